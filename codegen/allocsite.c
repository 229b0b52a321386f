// allocsite.c - the allocation-site table of GOSCAPE_DEBUG=allocs=2.
//
// Every call that may reach the heap allocator (runtime_new for new, &T{},
// closures, boxing and moved variables; makeslice, growslice, makemap,
// mapassign, concatstrings, ...) is emitted by alloc_call, which puts a
// label on its return address and records the site's position and source
// text. The records go to the section goscape_allocsites (the linker
// concatenates every object's; the runtime reads __start_/__stop_): the
// generated code is the same call as without the table, so the fast path
// costs nothing. Only with allocs=2 does the allocator walk the frame
// pointers to the first return address in the table (runtime/allocsites.c).
// alloc_verdict words the escape verdict commented at each such call.
#include <stdlib.h>
#include <string.h>
#include "cg.h"

// The records since the last allocsite_emit, written as the calls are
// (spill.c): the strings, and the table that points to them.
static struct {
	Spill strings, table;
	int n;
} sites;
static int seq;       // labels stay unique over the whole assembly file

// The lines are made without formats: a big program has thousands of sites.
void alloc_call(const char *fn, Pos pos, const char *text) {
	emit_insn("call", fn, NULL);
	if (pos.line <= 0)
		pos = cg.pos;
	int label = ++seq;
	PUT_NUMBER_LINE(cg.text, ".Lalloc", label, ":");
	if (!sites.n++) {
		spill_open(&sites.strings);
		spill_open(&sites.table);
	}
	const char *file = diag_file_name(pos.file);  // "file:line:col"
	size_t n = strlen(file);
	char *where = xmalloc(n + 2 * sizeof "-2147483648:"), *p = where + n;
	memcpy(where, file, n);
	*p++ = ':';
	p = put_int(p, pos.line);
	*p++ = ':';
	*put_int(p, pos.col) = '\0';
	PUT_NUMBER_LINE(sites.strings.f, ".Lallocpos", label, ":");
	emit_quoted(sites.strings.f, ".asciz", where);
	PUT_NUMBER_LINE(sites.strings.f, ".Lalloctext", label, ":");
	emit_quoted(sites.strings.f, ".asciz", text);
	free(where);
	char line[3 * sizeof ".Lalloctext-2147483648, " + 16];
	p = put_int(put_str(line, "\t.quad .Lalloc"), label);
	p = put_int(put_str(p, ", .Lallocpos"), label);
	p = put_int(put_str(p, ", .Lalloctext"), label);
	*p++ = '\n';
	put_text(sites.table.f, line, (size_t)(p - line));
}

char *alloc_verdict(Node *e) {
	const char *text = expr_text(e);
	switch (e->kind) {
	case ND_BUILTIN:
		if (e->builtin == BI_APPEND)
			return frame_text("%s: new backing array -> heap: growslice always allocates on the heap", text);
		return frame_text("make(%s) -> heap: %s (line %d)", frame_type_text(e->type, true),
		                  e->esc_reason ? e->esc_reason : node_is_stack(e) ? "non-constant size" : "escapes", e->pos.line);
	case ND_BINARY:
		return frame_text("%s: concatenation%s", text,
		                  node_is_stack(e) ? " (does not escape)" : " -> heap: runtime allocates the result");
	default:
		if (node_is_stack(e) && !e->lhs->is_const && type_under(e->type)->kind == TY_SLICE)
			return frame_text("%s -> stack buffer: %s", text, e->esc_reason ? e->esc_reason : "does not escape");
		return frame_text("%s -> heap: the runtime allocates the converted value", text);
	}
}

char *new_verdict(const char *what, Node *site) {
	if (node_is_stack(site))
		return frame_text("%s -> stack: %s", what, site->esc_reason ? site->esc_reason : "does not escape");
	if (!site) // an implicit conversion gc makes in walk, after escape analysis
		return frame_text("%s -> heap: converted after escape analysis (like gc's walk)", what);
	if (site->esc_reason)
		return frame_text("%s -> heap: %s", what, site->esc_reason);
	return frame_text("%s -> heap: %s (line %d)", what, site->esc == ESC_HEAP ? "escapes" : "not analysed",
	                  site->pos.line);
}

char *const_box_verdict(Node *x, Type *it) {
	return frame_text("box %s in %s -> static data: constant", expr_text(x), frame_type_text(it, true));
}

// A GoAllocSite (runtime/goscape.h) per call: return address, position, text.
void allocsite_emit(FILE *out) {
	if (!sites.n)
		return;
	fformat(out, "\n# allocation sites for GOSCAPE_DEBUG=allocs=2 (runtime/allocsites.c)\n\t.section .rodata\n");
	spill_copy(&sites.strings, out);
	fformat(out, "\t.section goscape_allocsites,\"aw\"\n\t.balign 8\n");
	spill_copy(&sites.table, out);
	sites.n = 0;
}

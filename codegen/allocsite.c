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
#include "cg.h"

// The records since the last allocsite_emit, written as the calls are
// (spill.c): the strings, and the table that points to them.
static struct {
	Spill strings, table;
	int n;
} sites;
static int seq;       // labels stay unique over the whole assembly file

void alloc_call(const char *fn, Pos pos, const char *text) {
	emit("call %s", fn);
	if (pos.line <= 0)
		pos = cg.pos;
	int label = ++seq;
	fformat(cg.text, ".Lalloc%d:\n", label);
	if (!sites.n++) {
		spill_open(&sites.strings);
		spill_open(&sites.table);
	}
	char *where = xasprintf("%s:%d:%d", diag_file_name(pos.file), pos.line, pos.col);
	fformat(sites.strings.f, ".Lallocpos%d:\n", label);
	emit_quoted(sites.strings.f, ".asciz", where);
	fformat(sites.strings.f, ".Lalloctext%d:\n", label);
	emit_quoted(sites.strings.f, ".asciz", text);
	free(where);
	fformat(sites.table.f, "\t.quad .Lalloc%d, .Lallocpos%d, .Lalloctext%d\n", label, label, label);
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

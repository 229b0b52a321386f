// report.c - prints -m diagnostics and -m=2 flow explanations in Go's
// format, and phrases the plain-words reasons codegen shows.
#include <stdarg.h>
#include <string.h>
#include <stdlib.h>
#include "escape_int.h"

// Go packs a column into 8 bits and treats 0 and the saturated 255 as
// unknown: such columns are not printed.
#define GO_COL_MAX 255

const char *fmt_pos(Pos p) {
	if (p.col <= 0 || p.col >= GO_COL_MAX)
		return xasprintf("%s:%d", diag_file_name(p.file), p.line);
	return xasprintf("%s:%d:%d", diag_file_name(p.file), p.line, p.col);
}

// Diagnostics belong to the user's files: not to the front end's stubs of
// imported packages ($GOROOT/...) nor to synthesized objects (line 0).
bool esc_reportable(Pos pos) {
	const char *f = diag_file_name(pos.file);
	return pos.line > 0 && f && strncmp(f, "$GOROOT", 7) != 0;
}

void report(Batch *b, Pos pos, const char *fmt, ...) {
	if (!esc_reportable(pos))
		return;
	FILE *out = b->opt->out ? b->opt->out : stderr;
	fprintf(out, "%s: ", fmt_pos(pos));
	va_list ap;
	va_start(ap, fmt);
	vfprintf(out, fmt, ap);
	va_end(ap);
	fputc('\n', out);
}

// Go's position for a node that appears in a diagnostic.
Pos esc_node_pos(Node *n) {
	Pos p;
	if (n->kind == ND_TOIFACE && esc_box_pos(n, &p))
		return p;
	Node *call = esc_dotdotdot_call(n);
	if (call)
		return call->pos;
	return n->pos;
}

Pos loc_pos(Loc *l) {
	if (l->var)
		return esc_var_pos(l->var);
	return l->n ? esc_node_pos(l->n) : (Pos){0};
}

const char *site_string(Node *n) {
	return expr_str(n);
}

const char *loc_name(Loc *l) {
	return l->var ? l->var->name : l->n ? site_string(l->n) : "{temp}";
}

const char *loc_string(Batch *b, Loc *l) {
	if (l == &b->heap)
		return "{heap}";
	if (l->var)
		return l->var->name;
	if (!l->n)
		return "{temp}";
	return xasprintf("{storage for %s}", site_string(l->n));
}

static bool is_stmt(Node *n) {
	return (n->kind >= ND_BLOCK && n->kind <= ND_EMPTY) || n->kind == ND_VARSPEC;
}

void explain_flow(Batch *b, Pos pos, Loc *dst, Loc *src, int derefs, Note *notes) {
	char ops[64] = "&";
	if (derefs >= 0) {
		int k = derefs < 60 ? derefs : 60;
		memset(ops, '*', (size_t)k);
		ops[k] = '\0';
	}
	FILE *out = b->opt->out ? b->opt->out : stderr;
	if (!esc_reportable(pos))
		return;
	fprintf(out, "%s:   flow: %s = %s%s:\n", fmt_pos(pos), loc_string(b, dst), ops, loc_string(b, src));
	for (Note *n = notes; n; n = n->next) {
		const char *where = is_stmt(n->where) ? stmt_str(n->where) : site_string(n->where);
		fprintf(out, "%s:     from %s (%s) at %s\n", fmt_pos(pos), where, n->why, fmt_pos(esc_node_pos(n->where)));
	}
}

void explain_path(Batch *b, Loc *root, Loc *src) {
	Pos pos = loc_pos(src);
	PtrMap visited = {0};
	for (Loc *l = src; l && l->dst;) {
		if (ptrmap_get(&visited, l)) {
			fprintf(b->opt->out ? b->opt->out : stderr,
			        "%s:   warning: truncated explanation due to assignment cycle; see golang.org/issue/35518\n",
			        fmt_pos(pos));
			break;
		}
		ptrmap_put(&visited, l, l);
		Loc *dst = l->dst;
		Edge *e = &dst->edges[l->dst_edge];
		explain_flow(b, pos, dst, l, e->derefs, e->notes);
		if (dst == root)
			break;
		l = dst;
	}
	free(visited.keys);
	free(visited.vals);
}

// "&v returned to caller (line 10)": what reached which kind of place,
// and the line of the statement that made it so.
const char *plain_reason(Batch *b, Loc *root, Loc *l, Note *notes) {
	const char *what = l->var ? l->var->name : l->n ? site_string(l->n) : "value";
	const char *where;
	if (root == &b->heap)
		where = "flows to the heap";
	else if (loc_is_result(root) && !root->escapes)
		where = "returned to caller";
	else if (root->escapes && root->n && root->n->kind == ND_FUNCLIT)
		where = "is captured by reference by a func literal that escapes";
	else if (root->escapes)
		where = xasprintf("flows into %s, which escapes", loc_string(b, root));
	else if (root->fn == l->fn)
		where = xasprintf("outlives its loop iteration (stored in %s)", loc_string(b, root));
	else
		where = xasprintf("outlives its closure (stored in %s)", loc_string(b, root));
	if (!notes && l->dst && l->dst_edge < l->dst->nedges)
		notes = l->dst->edges[l->dst_edge].notes;
	Note *outer = NULL;
	for (Note *n = notes; n; n = n->next)
		if (n->where)
			outer = n;
	if (!outer)
		return xasprintf("%s %s", what, where);
	const char *via = is_stmt(outer->where) ? stmt_str(outer->where) : site_string(outer->where);
	return xasprintf("%s %s via `%s` (line %d)", what, where, via, esc_node_pos(outer->where).line);
}

// report.c - gc's -m wording: the sentences of -m diagnostics and -m=2
// flow explanations in Go's format (the algorithm files call the say_*
// and explain_* functions and say nothing themselves), and the
// plain-words reasons codegen shows.
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

// ---- spelling: ir/fmt.h's IR spelling with what escape analysis knows ----

static bool packed_variadic(Node *n) {
	return esc_is_dotdotdot_arg(n);
}

static bool devirt_spelling(Node *call, Type **concrete, Type **recv, const char **field) {
	Devirt *dv = esc_devirt(call);
	if (!dv)
		return false;
	*concrete = dv->type;
	*recv = !dv->fn ? NULL : dv->fn->recv ? dv->fn->recv->type : dv->type;
	*field = dv->field;
	return true;
}

static const ExprHooks esc_hooks = {esc_alias, packed_variadic, devirt_spelling};
static const ExprStyle gc_style = {EXPR_IR, TS_GC, &esc_hooks};

const char *expr_str(Node *n) {
	StrBuf b = {0};
	expr_write(&b, n, &gc_style);
	return strbuf_text(&b);
}

const char *stmt_str(Node *n) {
	StrBuf b = {0};
	stmt_write(&b, n, &gc_style);
	return strbuf_text(&b);
}

const char *type_str(Type *t) {
	StrBuf b = {0};
	type_write(&b, t, TS_GC);
	return strbuf_text(&b);
}

// Diagnostics belong to the user's files: not to the front end's stubs of
// imported packages ($GOROOT/...) nor to synthesized objects (line 0).
bool esc_reportable(Pos pos) {
	const char *f = diag_file_name(pos.file);
	return pos.line > 0 && f && strncmp(f, "$GOROOT", 7) != 0;
}

__attribute__((format(printf, 3, 4))) static void report(Batch *b, Pos pos, const char *fmt, ...) {
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

// ---- gc's -m sentences ----

// gc analyses one body per GC shape: an instance whose shapes an earlier
// one has (Max[Celsius] after Max[float64]) says nothing, nor anything in
// its closures.
static bool repeated_shape(Func *fn) {
	while (fn && fn->outer)
		fn = fn->outer;
	return fn && fn->shape_repeat;
}

void say_param_tag(Batch *b, Func *fn, Obj *p, const Leaks *esc) {
	// instances print no parameter lines (their closures do)
	if (b->opt->m_level < 1 || fn->shape_name || repeated_shape(fn))
		return;
	if (leaks_empty(esc))
		report(b, p->pos, "%s does not escape", p->name);
	if (esc->heap == 0)
		report(b, p->pos, "leaking param: %s", p->name);
	else if (esc->heap > 0)
		report(b, p->pos, "leaking param content: %s", p->name);
	for (int i = 0; i < NUM_ESC_RESULTS; i++)
		if (esc->result[i] >= 0 && i < fn->results.len) {
			Obj *r = VEC_AT(fn->results, i);
			report(b, p->pos, "leaking param: %s to result %s level=%d", p->name, r->name, esc->result[i]);
		}
}

void say_unsafe_uintptr(Batch *b, Obj *p) {
	if (b->opt->m_level >= 1)
		report(b, p->pos, "assuming %s is unsafe uintptr", p->name);
}

void say_uintptr_escapes(Batch *b, Obj *p, bool dots) {
	if (b->opt->m_level >= 1)
		report(b, p->pos, "marking %s as escaping %suintptr", p->name, dots ? "..." : "");
}

void say_moved_to_heap(Batch *b, Loc *l) {
	if (b->opt->m_level >= 1 && !repeated_shape(l->fn))
		report(b, esc_var_pos(l->var), "moved to heap: %s", l->var->name);
}

// In an instance, gc boxes a value of type parameter type through its
// shape and spells the conversion unsafe.Pointer(x).
static const char *boxed_string(Loc *l) {
	Node *n = l->n;
	Func *fn = l->fn;
	while (fn && fn->outer)
		fn = fn->outer;
	bool box = n->kind == ND_TOIFACE || (n->kind == ND_CONV && type_is_interface(n->type));
	if (box && fn && fn->shape_name && esc_tparam_value(n->lhs) && type_under(n->lhs->type)->kind != TY_PTR)
		return xasprintf("unsafe.Pointer(%s)", expr_str(n->lhs));
	return site_string(n);
}

// A method value of an instance of a generic type: gc makes it a closure
// calling the shape method with its dictionary, and reports nothing of it.
static bool generic_method_value(Node *n) {
	Obj *m = n && n->kind == ND_METHODVAL ? n->obj : NULL;
	return m && m->func && m->func->shape_name;
}

void say_site(Batch *b, Loc *l) {
	if (b->opt->m_level >= 1 && !repeated_shape(l->fn) && !generic_method_value(l->n))
		report(b, loc_pos(l), "%s %s", boxed_string(l), l->escapes ? "escapes to heap" : "does not escape");
}

void say_self_assign(Batch *b, Node *where) {
	if (b->opt->m_level >= 1 && !repeated_shape(b->curfn))
		report(b, where->pos, "%s ignoring self-assignment in %s", esc_func_name(b->curfn), stmt_str(where));
}

void say_capture(Batch *b, Obj *v, Loc *l, bool byval, int64_t width) {
	if (b->opt->m_level >= 2)
		report(b, v->pos, "%s capturing by %s: %s (addr=%s assign=%s width=%lld)", esc_func_name(v->owner),
		       byval ? "value" : "ref", v->name, l->addrtaken ? "true" : "false", l->reassigned ? "true" : "false",
		       (long long)width);
}

void explain_escaping_flow(Batch *b, Loc *dst, Loc *src, int derefs, Note *notes) {
	if (b->opt->m_level < 2)
		return;
	Pos pos = loc_pos(src);
	report(b, pos, "%s escapes to heap:", loc_name(src));
	explain_flow(b, pos, dst, src, derefs, notes);
}

void explain_escape(Batch *b, Loc *root, Loc *l) {
	if (b->opt->m_level < 2)
		return;
	report(b, loc_pos(l), "%s escapes to heap:", loc_name(l));
	explain_path(b, root, l);
}

void explain_param_leak(Batch *b, Loc *root, Loc *l, int derefs) {
	if (b->opt->m_level < 2)
		return;
	report(b, loc_pos(l), "parameter %s leaks to %s with derefs=%d:", l->var->name, loc_string(b, root), derefs);
	explain_path(b, root, l);
}

// escape.c - escape_analyze: the program-wide driver. Orders functions
// bottom-up over the call graph (Tarjan's SCCs, closures together with
// their enclosing function), analyses each batch, turns the solution into
// parameter tags, verdicts (Obj.heap, Node.esc) and -m diagnostics.
#include <string.h>
#include "escape_int.h"

static const EscapeOptions *g_opt;
static PtrMap g_funcinfo;   // Func* -> FuncInfo*
static PtrMap g_dotdotdot;  // implicit variadic slice -> its call
static PtrMap g_wrappers;   // go/defer wrapper closures
static PtrMap g_boxpos;     // ND_TOIFACE -> Pos*
static PtrMap g_static;     // Obj* -> the expression it was initialised with
static PtrMap g_alias;      // Node* -> .autotmp_N it was moved into

static PtrMap g_varpos;     // Obj* -> Pos*

void esc_set_var_pos(Obj *v, Pos p) {
	Pos *pp = xcalloc(1, sizeof(Pos));
	*pp = p;
	ptrmap_put(&g_varpos, v, pp);
}

Pos esc_var_pos(Obj *v) {
	Pos *pp = ptrmap_get(&g_varpos, v);
	return pp ? *pp : v->pos;
}

void esc_set_alias(Node *n, const char *name) { ptrmap_put(&g_alias, n, (void *)name); }
const char *esc_alias(Node *n) { return ptrmap_get(&g_alias, n); }

FuncInfo *func_info(Func *fn) {
	FuncInfo *fi = ptrmap_get(&g_funcinfo, fn);
	if (!fi) {
		fi = xcalloc(1, sizeof(FuncInfo));
		fi->fn = fn;
		ptrmap_put(&g_funcinfo, fn, fi);
	}
	return fi;
}

bool esc_is_dotdotdot_arg(Node *n) { return ptrmap_get(&g_dotdotdot, n) != NULL; }
void esc_mark_dotdotdot_arg(Node *n, Node *call) { ptrmap_put(&g_dotdotdot, n, call); }
Node *esc_dotdotdot_call(Node *n) { return ptrmap_get(&g_dotdotdot, n); }
bool esc_is_wrapper(Node *n) { return ptrmap_get(&g_wrappers, n) != NULL; }
void esc_mark_wrapper(Node *n) { ptrmap_put(&g_wrappers, n, n); }

void esc_set_box_pos(Node *n, Pos p) {
	Pos *pp = xcalloc(1, sizeof(Pos));
	*pp = p;
	ptrmap_put(&g_boxpos, n, pp);
}

bool esc_box_pos(Node *n, Pos *p) {
	Pos *pp = ptrmap_get(&g_boxpos, n);
	if (pp)
		*p = *pp;
	return pp != NULL;
}

// The position of the last non-constant expression in a pre-order walk
// of n: where Go's compiler stands after converting n, hence where it
// puts implicit conversions in several contexts.
bool esc_cursor_pos(Node *n, Pos *p) {
	if (!n || n->is_const || n->is_type)
		return false;
	if (n->kind == ND_CALL || (n->kind == ND_BUILTIN && esc_is_fmt(n->builtin))) {
		*p = n->pos; // a call leaves the compiler at the call
		return true;
	}
	if (n->kind == ND_KEYVAL)
		return esc_cursor_pos(n->rhs, p);
	bool found = false;
	if (n->kind != ND_PAREN && n->kind != ND_TOIFACE && n->kind != ND_ADDR && n->kind != ND_DEREF) {
		*p = n->pos;
		found = true;
	}
	Node *kids[] = {n->lhs, n->rhs, n->lo, n->hi, n->max};
	for (size_t i = 0; i < sizeof kids / sizeof kids[0]; i++)
		found |= esc_cursor_pos(kids[i], p);
	for (int i = 0; i < n->list.len; i++)
		found |= esc_cursor_pos(VEC_AT(n->list, i), p);
	return found;
}

bool esc_is_var_name(Node *n) {
	return n && n->kind == ND_IDENT && n->obj && n->obj->kind == OBJ_VAR;
}

bool esc_is_fmt(Builtin bi) {
	return (bi >= BI_FMT_PRINTLN && bi <= BI_FMT_ERRORF) || bi == BI_FMT_FPRINTLN || bi == BI_FMT_FPRINT ||
	       bi == BI_FMT_FPRINTF;
}

bool esc_is_implicit_box(Node *n) {
	return n && n->kind == ND_TOIFACE && n->lhs && n->pos.line == n->lhs->pos.line && n->pos.col == n->lhs->pos.col;
}

bool esc_is_implicit_conv(Node *n) {
	return esc_is_implicit_box(n) || (n && n->kind == ND_CONV && n->lhs && type_is_interface(n->type) &&
	                                  n->pos.line == n->lhs->pos.line && n->pos.col == n->lhs->pos.col);
}

// Byte offset of a position in its file's text, or -1.
static long pos_offset(Pos p, const char **text, size_t *len) {
	*text = diag_file_text(p.file, len);
	if (!*text)
		return -1;
	int line = 1;
	size_t i = 0;
	for (; i < *len && line < p.line; i++)
		if ((*text)[i] == '\n')
			line++;
	long off = (long)i + p.col - 1;
	return off >= 0 && (size_t)off < *len ? off : -1;
}

const char *esc_conv_type_spelling(Pos pos) {
	const char *text;
	size_t len;
	long off = pos_offset(pos, &text, &len);
	if (off <= 0 || text[off] != '(')
		return NULL;
	long start = off;
	while (start > 0 && (text[start - 1] == '_' || text[start - 1] == '.' || (text[start - 1] >= 'a' && text[start - 1] <= 'z') ||
	                     (text[start - 1] >= 'A' && text[start - 1] <= 'Z') || (text[start - 1] >= '0' && text[start - 1] <= '9')))
		start--;
	if (start == off || (text[start] >= '0' && text[start] <= '9') || text[start] == '.')
		return NULL;
	if (start > 0 && (text[start - 1] == ']' || text[start - 1] == ')'))
		return NULL; // part of a composite type such as []byte

	return xstrndup(text + start, (size_t)(off - start));
}

static bool pos_before(Pos a, Pos b) {
	return a.line < b.line || (a.line == b.line && a.col < b.col);
}

// Go names a temporary after the number of declarations its function has
// when the temporary is made: parameters, results, the locals declared
// so far in source order, and earlier temporaries.
Obj *esc_new_autotmp(Batch *b, Type *t, Pos at) {
	Func *fn = b->curfn;
	FuncInfo *fi = func_info(fn);
	int n = (fn->recv ? 1 : 0) + fn->params.len + fn->results.len + fi->autotmps++;
	for (int i = 0; i < fn->locals.len; i++) {
		Obj *o = VEC_AT(fn->locals, i);
		if (o && pos_before(o->pos, at))
			n++;
	}
	Obj *o = new_obj(OBJ_VAR, xasprintf(".autotmp_%d", n), (Pos){0});
	o->type = t;
	o->owner = b->curfn;
	new_loc(b, NULL, o, false);
	return o;
}

Obj *esc_new_late_autotmp(Batch *b, Type *t, Pos pos) {
	Func *fn = b->curfn;
	FuncInfo *fi = func_info(fn);
	int n = (fn->recv ? 1 : 0) + fn->params.len + fn->results.len + fn->locals.len + fi->autotmps++;
	Obj *o = new_obj(OBJ_VAR, xasprintf(".autotmp_%d", n), pos);
	o->type = t;
	o->owner = fn;
	new_loc(b, NULL, o, false);
	return o;
}

Node *esc_static_init(Obj *var) {
	if (!var || var->addr_taken || var->reassigned || var->is_param || var->is_result || var->is_recv)
		return NULL;
	return ptrmap_get(&g_static, var);
}

const char *esc_func_name(Func *fn) {
	if (!fn || !fn->name)
		return "?";
	const char *dot = strchr(fn->name, '.');
	return dot && strncmp(fn->name, "main.", 5) == 0 ? dot + 1 : fn->name;
}

// ---- generic pre-order traversal ----

void esc_visit(Node *n, bool into_lits, VisitFn f, void *ctx) {
	if (!n)
		return;
	f(n, ctx);
	if (n->kind == ND_FUNCLIT && !into_lits)
		return;
	Node *kids[] = {n->init, n->lhs, n->rhs, n->cond, n->post, n->then, n->els,
	                n->lo, n->hi, n->max, n->body};
	for (size_t i = 0; i < sizeof kids / sizeof kids[0]; i++)
		esc_visit(kids[i], into_lits, f, ctx);
	for (int i = 0; i < n->list.len; i++)
		esc_visit(VEC_AT(n->list, i), into_lits, f, ctx);
	for (int i = 0; i < n->rlist.len; i++)
		esc_visit(VEC_AT(n->rlist, i), into_lits, f, ctx);
}

static Obj *decl_obj(Node *id) {
	id = esc_unparen(id);
	if (id && id->kind == ND_IDENT && id->obj && id->obj->kind == OBJ_VAR && id->obj->decl == id)
		return id->obj;
	return NULL;
}

static void record_static(Node *n, void *ctx) {
	(void)ctx;
	Vec *lhs = n->kind == ND_DEFINE ? &n->list : n->kind == ND_VARSPEC ? &n->names : NULL;
	if (!lhs || lhs->len != n->rlist.len)
		return;
	for (int i = 0; i < lhs->len; i++) {
		Obj *o = decl_obj(VEC_AT(*lhs, i));
		if (o)
			ptrmap_put(&g_static, o, VEC_AT(n->rlist, i));
	}
}

typedef struct LabelScan {
	FuncInfo *fi;
	Vec seen;            // ND_LABELED already passed
} LabelScan;

// A label is a loop head when a goto to it comes after it.
static void scan_labels(Node *n, void *ctx) {
	LabelScan *ls = ctx;
	if (n->kind == ND_LABELED) {
		vec_push(&ls->seen, n);
	} else if (n->kind == ND_GOTO && n->name) {
		for (int i = 0; i < ls->seen.len; i++) {
			Node *l = VEC_AT(ls->seen, i);
			if (l->name && strcmp(l->name, n->name) == 0)
				ptrmap_put(&ls->fi->labels, l, l);
		}
	}
}

// ---- call graph, bottom-up (Go's ir.VisitFuncsBottomUp) ----

typedef struct SCC {
	Vec stack;           // Func*
	PtrMap id;           // Func* -> (void *)(uintptr_t)id; UINT32_MAX when done
	unsigned gen;
	void (*analyze)(Vec *fns);
} SCC;

static unsigned scc_visit(SCC *s, Func *fn);

typedef struct SCCScan {
	SCC *s;
	unsigned min;
} SCCScan;

static void scc_do(SCCScan *sc, Func *callee) {
	if (!callee)
		return;
	unsigned m = scc_visit(sc->s, callee);
	if (m < sc->min)
		sc->min = m;
}

static void scc_refs(Node *n, void *ctx) {
	SCCScan *sc = ctx;
	if ((n->kind == ND_FUNCNAME || n->kind == ND_METHODVAL) && n->obj && n->obj->kind == OBJ_FUNC)
		scc_do(sc, n->obj->func);
	else if (n->kind == ND_FUNCLIT)
		scc_do(sc, n->func);
}

#define SCC_DONE 0xffffffffu

static unsigned scc_visit(SCC *s, Func *fn) {
	uintptr_t known = (uintptr_t)ptrmap_get(&s->id, fn);
	if (known)
		return (unsigned)known;
	unsigned id = ++s->gen;
	ptrmap_put(&s->id, fn, (void *)(uintptr_t)id);
	SCCScan sc = {.s = s, .min = ++s->gen};
	vec_push(&s->stack, fn);
	if (fn->decl && fn->decl->body)
		esc_visit(fn->decl->body, false, scc_refs, &sc);
	if ((sc.min == id || sc.min == id + 1) && !fn->outer) {
		int i;
		for (i = s->stack.len - 1; i >= 0; i--) {
			Func *x = VEC_AT(s->stack, i);
			ptrmap_put(&s->id, x, (void *)(uintptr_t)SCC_DONE);
			if (x == fn)
				break;
		}
		Vec block = {0};
		for (int j = i; j < s->stack.len; j++)
			vec_push(&block, VEC_AT(s->stack, j));
		s->stack.len = i;
		s->analyze(&block);
	}
	return sc.min;
}

// ---- one batch ----

static void init_func(Batch *b, Func *fn) {
	FuncInfo *fi = func_info(fn);
	fi->state = FN_STARTED;
	LabelScan ls = {.fi = fi};
	if (fn->decl && fn->decl->body)
		esc_visit(fn->decl->body, false, scan_labels, &ls);
	b->curfn = fn;
	b->loopdepth = 1;
	if (fn->recv)
		new_loc(b, NULL, fn->recv, false);
	for (int i = 0; i < fn->params.len; i++)
		new_loc(b, NULL, VEC_AT(fn->params, i), false);
	for (int i = 0; i < fn->results.len; i++) {
		Loc *l = new_loc(b, NULL, VEC_AT(fn->results, i), false);
		l->result_index = i + 1;
	}
	for (int i = 0; i < fn->locals.len; i++) {
		Obj *o = VEC_AT(fn->locals, i);
		if (o && o->kind == OBJ_VAR && !ptrmap_get(&b->varloc, o))
			new_loc(b, NULL, o, false);
	}
}

static bool is_const_int(Node *n, int64_t *v) {
	if (!n || !n->is_const || n->cval.kind != CV_INT)
		return false;
	*v = (int64_t)n->cval.i;
	return n->cval.i == (__int128)(int32_t)n->cval.i;
}

static int64_t closure_size(Node *lit) {
	int64_t size = 8;
	Func *fn = lit->func;
	for (int i = 0; fn && i < fn->captures.len; i++) {
		Capture *c = VEC_AT(fn->captures, i);
		size += c->byref ? 8 : (type_size(c->var->type) + 7) / 8 * 8;
	}
	return size;
}

static bool is_ptr_literal(Node *n) {
	if (n->kind == ND_UNARY || n->kind == ND_ADDR) {
		Node *x = esc_unparen(n->lhs);
		return x && x->kind == ND_COMPOSITE;
	}
	return n->kind == ND_COMPOSITE && type_under(n->type)->kind == TY_PTR;
}

// Go's HeapAllocReason: size rules that do not depend on the data flow.
static const char *heap_alloc_reason(Loc *l) {
	if (l->var) {
		if (l->var->is_param || l->var->is_result || l->var->is_recv)
			return NULL;
		return l->var->type && type_size(l->var->type) > MAX_STACK_VAR_SIZE ? "too large for stack" : NULL;
	}
	Node *n = l->n;
	if (!n || !n->type || esc_is_wrapper(n))
		return NULL;
	if (type_size(n->type) > MAX_STACK_VAR_SIZE)
		return "too large for stack";
	if ((n->kind == ND_BUILTIN && n->builtin == BI_NEW) || is_ptr_literal(n)) {
		Type *p = type_under(n->type);
		if (p->kind == TY_PTR && type_size(p->elem) > MAX_IMPLICIT_STACK_VAR_SIZE)
			return "too large for stack";
	}
	if (n->kind == ND_FUNCLIT && closure_size(n) > MAX_IMPLICIT_STACK_VAR_SIZE)
		return "too large for stack";
	if (n->kind == ND_METHODVAL && n->lhs && 8 + type_size(n->lhs->type) > MAX_IMPLICIT_STACK_VAR_SIZE)
		return "too large for stack";
	if (n->kind == ND_BUILTIN && n->builtin == BI_MAKE && type_under(n->type)->kind == TY_SLICE) {
		Node *r = n->list.len > 1 ? VEC_AT(n->list, 1) : n->list.len > 0 ? VEC_AT(n->list, 0) : NULL;
		int64_t v;
		if (!is_const_int(r, &v))
			return "non-constant size";
		int64_t esize = type_size(type_under(n->type)->elem);
		if (esize != 0 && v > MAX_IMPLICIT_STACK_VAR_SIZE / esize)
			return "too large for stack";
	}
	return NULL;
}

static bool is_blank_name(const char *s) {
	return !s || !*s || strcmp(s, "_") == 0;
}

// Computes (and at -m reports) the tag of one parameter.
static Leaks param_tag(Batch *b, Func *fn, Obj *p) {
	Leaks esc;
	leaks_init(&esc);
	bool m = b->opt->m_level >= 1;
	bool named = p && p->name && *p->name;
	if (!p)
		return esc;
	unsigned pragma = fn->decl ? fn->decl->pragma : 0;
	if (fn->name && strcmp(fn->name, "runtime.KeepAlive") == 0)
		return esc; // its real body only reads x
	if (!fn->decl || !fn->decl->body) {
		// Assembly: uintptr arguments are kept alive across the call;
		// pointers leak unless //go:noescape.
		if (type_under(p->type)->kind == TY_UINTPTR) {
			if (m && named)
				report(b, p->pos, "assuming %s is unsafe uintptr", p->name);
			return esc;
		}
		if (!type_pointerful(p->type))
			return esc;
		if (pragma & PRAGMA_NOESCAPE) {
			if (m && named)
				report(b, p->pos, "%s does not escape", p->name);
			return esc;
		}
		if (m && named)
			report(b, p->pos, "leaking param: %s", p->name);
		leaks_add(&esc, -1, 0);
		return esc;
	}
	if (pragma & PRAGMA_UINTPTRESCAPES) {
		Type *u = type_under(p->type);
		bool dots = u->kind == TY_SLICE && fn->type && type_under(fn->type)->variadic &&
		            p == VEC_AT(fn->params, fn->params.len - 1);
		if (u->kind == TY_UINTPTR || (dots && type_under(u->elem)->kind == TY_UINTPTR)) {
			if (m && named)
				report(b, p->pos, "marking %s as escaping %suintptr", p->name, dots ? "..." : "");
			return esc;
		}
	}
	if (!type_pointerful(p->type) || is_blank_name(p->name))
		return esc;
	Loc *l = var_loc(b, p);
	if (!l)
		return esc;
	esc = l->leaks;
	leaks_optimize(&esc);
	if (m && !l->escapes) {
		if (leaks_empty(&esc))
			report(b, p->pos, "%s does not escape", p->name);
		if (esc.heap == 0)
			report(b, p->pos, "leaking param: %s", p->name);
		else if (esc.heap > 0)
			report(b, p->pos, "leaking param content: %s", p->name);
		for (int i = 0; i < NUM_ESC_RESULTS; i++)
			if (esc.result[i] >= 0 && i < fn->results.len) {
				Obj *r = VEC_AT(fn->results, i);
				report(b, p->pos, "leaking param: %s to result %s level=%d", p->name, r->name, esc.result[i]);
			}
	}
	return esc;
}

static void tag_func(Batch *b, Func *fn) {
	FuncInfo *fi = func_info(fn);
	fi->state = FN_TAGGED;
	fi->ntags = (fn->recv ? 1 : 0) + fn->params.len;
	fi->tags = xcalloc((size_t)fi->ntags + 1, sizeof(Leaks));
	int k = 0;
	if (fn->recv)
		fi->tags[k++] = param_tag(b, fn, fn->recv);
	for (int i = 0; i < fn->params.len; i++)
		fi->tags[k++] = param_tag(b, fn, VEC_AT(fn->params, i));
}

static void finish(Batch *b) {
	for (int i = 0; i < b->funcs.len; i++)
		tag_func(b, VEC_AT(b->funcs, i));
	bool m = b->opt->m_level >= 1;
	for (int i = 0; i < b->locs.len; i++) {
		Loc *l = VEC_AT(b->locs, i);
		if (l->var) {
			if (l->escapes) {
				if (m)
					report(b, esc_var_pos(l->var), "moved to heap: %s", l->var->name);
				l->var->heap = true;
				l->var->heap_reason = l->reason;
			}
			continue;
		}
		Node *n = l->n;
		if (!n)
			continue;
		n->esc = l->escapes ? ESC_HEAP : ESC_STACK;
		n->esc_reason = l->escapes ? l->reason : "does not outlive its frame";
		if (m && !esc_is_wrapper(n))
			report(b, loc_pos(l), "%s %s", site_string(n), l->escapes ? "escapes to heap" : "does not escape");
	}
}

static const EscapeOptions *batch_opt;

static void analyze_batch(Vec *roots) {
	Batch *b = xcalloc(1, sizeof(Batch));
	b->opt = batch_opt;
	b->heap.escapes = true;
	b->heap.is_heap = true;
	b->blank.is_blank = true;
	// Closures are analysed with the function that contains them.
	for (int i = 0; i < roots->len; i++)
		vec_push(&b->funcs, VEC_AT(*roots, i));
	for (int i = 0; i < b->funcs.len; i++)
		init_func(b, VEC_AT(b->funcs, i));
	for (int i = 0; i < b->funcs.len; i++) {
		Func *fn = VEC_AT(b->funcs, i);
		if (!fn->outer)
			walk_func(b, fn);
	}
	for (int i = 0; i < b->closures.len; i++)
		flow_closure(b, VEC_AT(b->closures, i));
	for (int i = 0; i < b->locs.len; i++) {
		Loc *l = VEC_AT(b->locs, i);
		const char *why = heap_alloc_reason(l);
		if (why) {
			Node *where = l->n ? l->n : l->var->decl;
			b->curfn = l->fn;
			flow(b, hole_addr(b, heap_hole(b), where, why), l);
			if (!l->reason)
				l->reason = why;
		}
	}
	solve(b);
	finish(b);
}

static void force_heap(Node *n, void *ctx) {
	(void)ctx;
	if (esc_is_alloc_site(n) || (n->kind == ND_COMPOSITE && n->esc != ESC_UNDECIDED)) {
		n->esc = ESC_HEAP;
		n->esc_reason = "allocated by package initialisation";
	}
}

// Can Go's static initialiser lay this value out in data, without code
// in the package's init function (which escape analysis would see)?
static bool is_static_init(Node *e) {
	e = esc_unparen(e);
	if (!e || e->is_const)
		return true;
	switch (e->kind) {
	case ND_NIL: case ND_FUNCNAME: case ND_FUNCLIT:
		return true;
	case ND_IDENT:
		return !e->obj || e->obj->is_global;
	case ND_COMPOSITE:
		if (type_under(e->type)->kind == TY_MAP)
			return false;
		for (int i = 0; i < e->list.len; i++) {
			Node *elt = VEC_AT(e->list, i);
			if (!is_static_init(elt && elt->kind == ND_KEYVAL ? elt->rhs : elt))
				return false;
		}
		return true;
	case ND_UNARY: case ND_ADDR: case ND_TOIFACE: case ND_CONV:
		return (e->kind != ND_UNARY || e->lhs) && is_static_init(e->lhs);
	default:
		return false;
	}
}

static bool is_literal_shell(Node *e) {
	e = esc_unparen(e);
	if (e && (e->kind == ND_UNARY || e->kind == ND_ADDR))
		e = esc_unparen(e->lhs);
	return e && e->kind == ND_COMPOSITE && type_under(e->type)->kind != TY_MAP;
}

// Go lays a literal out statically and initialises only its dynamic
// elements with code: global = leaf for each of them.
static void dynamic_parts(Node *dst, Node *e, Node *body) {
	if (is_static_init(e))
		return;
	if (!is_literal_shell(e)) {
		Node *as = new_node(ND_ASSIGN, e->pos);
		vec_push(&as->list, dst);
		vec_push(&as->rlist, e);
		vec_push(&body->list, as);
		return;
	}
	Node *lit = esc_unparen(e);
	if (lit->kind != ND_COMPOSITE)
		lit = esc_unparen(lit->lhs);
	for (int i = 0; i < lit->list.len; i++) {
		Node *elt = VEC_AT(lit->list, i);
		dynamic_parts(dst, elt && elt->kind == ND_KEYVAL ? elt->rhs : elt, body);
	}
}

static void init_stmt(Node *s, Node *body) {
	bool pairs = s->kind != ND_VARSPEC || s->rlist.len == s->names.len;
	bool shells = pairs;
	for (int i = 0; i < s->rlist.len; i++) {
		Node *r = VEC_AT(s->rlist, i);
		if (!is_static_init(r) && !is_literal_shell(r))
			shells = false;
	}
	if (!shells) {
		vec_push(&body->list, s); // needs code as a whole
		return;
	}
	Vec *lhs = s->kind == ND_VARSPEC ? &s->names : &s->list;
	for (int i = 0; i < s->rlist.len && i < lhs->len; i++)
		dynamic_parts(VEC_AT(*lhs, i), VEC_AT(s->rlist, i), body);
}

// Package-level initialisers that need code form Go's init function,
// analysed last like any other function.
static void analyze_package_init(Program *prog) {
	Node *body = new_node(ND_BLOCK, (Pos){0});
	for (int i = 0; i < prog->init_order.len; i++)
		init_stmt(VEC_AT(prog->init_order, i), body);
	if (body->list.len == 0)
		return;
	Func *init = xcalloc(1, sizeof(Func));
	init->name = "main.init";
	init->decl = new_node(ND_FUNCDECL, (Pos){0});
	init->decl->body = body;
	init->decl->func = init;
	Vec batch = {0};
	vec_push(&batch, init);
	analyze_batch(&batch);
}

// Allocation sites the analysis did not reach (or that are never stack
// allocated: append growth, channels) get the safe verdict; the literal
// under &T{...} shares the verdict of its &.
static void settle_tree(Node *n, void *ctx) {
	(void)ctx;
	if ((n->kind == ND_UNARY || n->kind == ND_ADDR) && n->lhs && esc_unparen(n->lhs)->kind == ND_COMPOSITE &&
	    n->esc != ESC_UNDECIDED) {
		Node *lit = esc_unparen(n->lhs);
		lit->esc = n->esc;
		lit->esc_reason = n->esc_reason;
	}
	if (n->kind == ND_BINARY && n->esc != ESC_UNDECIDED) {
		// Inner operands of a concatenation chain are one allocation.
		for (Node *x = esc_unparen(n->lhs); x && x->kind == ND_BINARY && x->esc == ESC_UNDECIDED &&
		                                    type_is_string(type_under(x->type)) && !x->is_const;
		     x = esc_unparen(x->lhs)) {
			x->esc = n->esc;
			x->esc_reason = n->esc_reason;
		}
		Node *r = esc_unparen(n->rhs);
		if (r && r->kind == ND_BINARY && r->esc == ESC_UNDECIDED && !r->is_const) {
			r->esc = n->esc;
			r->esc_reason = n->esc_reason;
		}
	}
	if (esc_is_alloc_site(n) && n->esc == ESC_UNDECIDED) {
		n->esc = ESC_HEAP;
		n->esc_reason = "always heap allocated";
	}
}

void escape_analyze(Program *prog, const EscapeOptions *opt) {
	g_opt = opt;
	if (opt->off) {
		escape_conservative(prog);
		return;
	}
	batch_opt = opt;
	for (int i = 0; i < prog->funcs.len; i++) {
		Func *fn = VEC_AT(prog->funcs, i);
		if (fn->decl && fn->decl->body)
			esc_visit(fn->decl->body, false, record_static, NULL);
	}
	devirtualize(prog, opt);
	SCC s = {.analyze = analyze_batch};
	for (int i = 0; i < prog->funcs.len; i++) {
		Func *fn = VEC_AT(prog->funcs, i);
		if (!fn->outer)
			scc_visit(&s, fn);
	}
	for (int i = 0; i < prog->funcs.len; i++) {
		Func *fn = VEC_AT(prog->funcs, i);
		if (fn->decl && fn->decl->body)
			esc_visit(fn->decl->body, false, settle_tree, NULL);
	}
	analyze_package_init(prog);
	// Package initialisers run once, outside any Go frame codegen lays
	// out: whatever they allocate goes to the heap (-m still reports Go's
	// verdicts above).
	for (int i = 0; i < prog->init_order.len; i++)
		esc_visit(VEC_AT(prog->init_order, i), true, force_heap, NULL);
	if (opt->out)
		fflush(opt->out);
}

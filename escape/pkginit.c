// pkginit.c - package-level variable initialisers. Go lays out what it
// can statically; the rest becomes code in the package's init function,
// which escape analysis sees (and reports on) after every other function.
#include "escape_int.h"

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
		for (int i = 0; i < node_list(e)->len; i++) {
			Node *elt = VEC_AT(*node_list(e), i);
			if (!is_static_init(elt && elt->kind == ND_KEYVAL ? elt->rhs : elt))
				return false;
		}
		return true;
	case ND_CONV:
		if (e->lhs && e->lhs->is_const && esc_is_byte_or_rune_slice(e->type))
			return true; // []byte("s") and []rune("s") are laid out in data
		return !esc_is_alloc_site(e) && is_static_init(e->lhs); // string(b) needs code
	case ND_UNARY: case ND_ADDR: case ND_TOIFACE:
		return e->lhs && is_static_init(e->lhs);
	default:
		return false;
	}
}

// The literal under e, seen through & and an interface conversion (Go
// boxes a literal into a static temporary), if Go can lay it out: not
// maps.
static Node *literal_shell(Node *e) {
	e = esc_unparen(e);
	if (e && e->kind == ND_TOIFACE)
		e = esc_unparen(e->lhs);
	if (e && (e->kind == ND_UNARY || e->kind == ND_ADDR))
		e = esc_unparen(e->lhs);
	return e && e->kind == ND_COMPOSITE && type_under(e->type)->kind != TY_MAP ? e : NULL;
}

// Go lays a literal out statically and initialises only its dynamic
// elements with code: global = leaf for each of them.
static void dynamic_parts(Node *dst, Node *e, Node *body) {
	if (is_static_init(e))
		return;
	Node *lit = literal_shell(e);
	if (!lit) {
		Node *as = new_node(ND_ASSIGN, e->pos);
		vec_push(node_list_mut(as), dst);
		vec_push(&as->rlist, e);
		vec_push(node_list_mut(body), as);
		return;
	}
	for (int i = 0; i < node_list(lit)->len; i++) {
		Node *elt = VEC_AT(*node_list(lit), i);
		dynamic_parts(dst, elt && elt->kind == ND_KEYVAL ? elt->rhs : elt, body);
	}
}

static void init_stmt(Node *s, Node *body) {
	bool pairs = s->kind != ND_VARSPEC || s->rlist.len == node_ext(s)->names.len;
	bool shells = pairs;
	for (int i = 0; i < s->rlist.len; i++) {
		Node *r = VEC_AT(s->rlist, i);
		if (!is_static_init(r) && !literal_shell(r))
			shells = false;
	}
	if (!shells) {
		vec_push(node_list_mut(body), s); // needs code as a whole
		return;
	}
	const Vec *lhs = s->kind == ND_VARSPEC ? &node_ext_mut(s)->names : node_list(s);
	for (int i = 0; i < s->rlist.len && i < lhs->len; i++)
		dynamic_parts(VEC_AT(*lhs, i), VEC_AT(s->rlist, i), body);
}

// Package-level initialisers that need code form Go's init function,
// analysed last like any other function.
void esc_package_init(Program *prog, const EscapeOptions *opt) {
	Node *body = new_node(ND_BLOCK, (Pos){0});
	for (int i = 0; i < prog->init_order.len; i++)
		init_stmt(VEC_AT(prog->init_order, i), body);
	if (node_list(body)->len == 0)
		return;
	Func *init = xcalloc(1, sizeof(Func));
	init->name = xasprintf("%s.init", prog->path);
	init->decl = new_node(ND_FUNCDECL, (Pos){0});
	node_ext_mut(init->decl)->body = body;
	node_ext_mut(init->decl)->func = init;
	Vec batch = {0};
	vec_push(&batch, init);
	esc_analyze_batch(&batch, opt);
	// Package initialisers run once, outside any Go frame codegen lays
	// out: whatever they allocate goes to the heap (-m reported Go's
	// verdicts above).
	for (int i = 0; i < prog->init_order.len; i++)
		esc_visit(VEC_AT(prog->init_order, i), true, force_heap, NULL);
}

// Allocation sites the analysis did not reach (or that are never stack
// allocated: append growth, channels) get the safe verdict; the literal
// under &T{...} shares the verdict of its &.

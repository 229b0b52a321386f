// ast.c - constructors for syntax tree nodes and objects, and small
// structural helpers (kind names, start positions, deep copies).
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "ast.h"
#include "diag.h"

// Nodes are carved (util.h): a Node needs 8-byte alignment, not
// arena_zalloc's 16, which would round a short node up. Under
// AddressSanitizer each node is an allocation of its own instead, so
// that a read of a short node's missing fields is reported.
static Node *node_alloc(size_t size) {
#ifdef __SANITIZE_ADDRESS__
	return xcalloc(1, size);
#else
	static Carver nodes;
	return carve(&nodes, size);
#endif
}

Node *new_node(NodeKind kind, Pos pos) {
	Node *n = node_alloc(sizeof(Node));
	n->kind = kind;
	n->pos = pos;
	n->pos2 = pos;
	return n;
}

Node *new_short_node(NodeKind kind, Pos pos) {
	Node *n = node_alloc(offsetof(Node, list));
	n->kind = kind;
	n->is_short = true;
	n->pos = pos;
	return n;
}

const NodeExt node_ext_none;
const NodeRare node_rare_none;
const Vec vec_none;

void node_short_abort(const Node *n, const char *what) {
	fprintf(stderr, "goscape: internal error: %s node has no %s\n", node_kind_name(n->kind), what);
	abort();
}

NodeExt *node_ext_mut(Node *n) {
	if (n->is_short)
		node_short_abort(n, "NodeExt");
	if (!n->ext)
		n->ext = arena_zalloc(sizeof(NodeExt));
	return n->ext;
}

NodeRare *node_rare_mut(Node *n) {
	NodeExt *x = node_ext_mut(n);
	if (!x->rare)
		x->rare = arena_zalloc(sizeof(NodeRare));
	return x->rare;
}

Obj *new_obj(ObjKind kind, const char *name, Pos pos) {
	static Carver objs;
	Obj *o = carve(&objs, sizeof(Obj));
	o->kind = kind;
	o->name = name;
	o->pos = pos;
	return o;
}

void visit_stmts(Node *n, void (*f)(Node *n, void *ctx), void *ctx) {
	if (!n)
		return;
	f(n, ctx);
	switch (n->kind) {
	case ND_IF:
		visit_stmts(node_ext(n)->init, f, ctx);
		visit_stmts(node_ext(n)->then, f, ctx);
		visit_stmts(node_ext(n)->els, f, ctx);
		return;
	case ND_FOR:
		visit_stmts(node_ext(n)->init, f, ctx);
		visit_stmts(node_ext(n)->post, f, ctx);
		visit_stmts(node_ext(n)->body, f, ctx);
		return;
	case ND_RANGE:
	case ND_CASE:
		visit_stmts(node_ext(n)->body, f, ctx);
		return;
	case ND_SWITCH:
	case ND_TYPESWITCH:
		visit_stmts(node_ext(n)->init, f, ctx);
		break; // and the clauses
	case ND_COMMCLAUSE:
		visit_stmts(n->lhs, f, ctx);
		visit_stmts(node_ext(n)->body, f, ctx);
		return;
	case ND_LABELED:
		visit_stmts(n->lhs, f, ctx);
		return;
	case ND_GO:
	case ND_DEFER: // escape/godefer.c: the assignments of the argument temporaries
		for (int i = 0; i < n->rlist.len; i++)
			visit_stmts(n->rlist.data[i], f, ctx);
		return;
	case ND_BLOCK:
	case ND_SELECT:
	case ND_DECLSTMT:
		break;
	default:
		return; // simple statements and specs hold expressions only
	}
	for (int i = 0; i < node_list(n)->len; i++)
		visit_stmts(node_list(n)->data[i], f, ctx);
}

static const char *kind_names[] = {
	[ND_IDENT] = "ND_IDENT",
	[ND_INTLIT] = "ND_INTLIT",
	[ND_FLOATLIT] = "ND_FLOATLIT",
	[ND_IMAGLIT] = "ND_IMAGLIT",
	[ND_RUNELIT] = "ND_RUNELIT",
	[ND_STRLIT] = "ND_STRLIT",
	[ND_COMPOSITE] = "ND_COMPOSITE",
	[ND_KEYVAL] = "ND_KEYVAL",
	[ND_FUNCLIT] = "ND_FUNCLIT",
	[ND_PAREN] = "ND_PAREN",
	[ND_SELECTOR] = "ND_SELECTOR",
	[ND_INDEX] = "ND_INDEX",
	[ND_SLICEEXPR] = "ND_SLICEEXPR",
	[ND_TYPEASSERT] = "ND_TYPEASSERT",
	[ND_CALL] = "ND_CALL",
	[ND_STAR] = "ND_STAR",
	[ND_UNARY] = "ND_UNARY",
	[ND_BINARY] = "ND_BINARY",
	[ND_ARRAYTYPE] = "ND_ARRAYTYPE",
	[ND_MAPTYPE] = "ND_MAPTYPE",
	[ND_CHANTYPE] = "ND_CHANTYPE",
	[ND_FUNCTYPE] = "ND_FUNCTYPE",
	[ND_STRUCTTYPE] = "ND_STRUCTTYPE",
	[ND_INTERFACETYPE] = "ND_INTERFACETYPE",
	[ND_ELLIPSIS] = "ND_ELLIPSIS",
	[ND_FIELD] = "ND_FIELD",
	[ND_UNION] = "ND_UNION",
	[ND_TILDE] = "ND_TILDE",
	[ND_BLOCK] = "ND_BLOCK",
	[ND_EXPRSTMT] = "ND_EXPRSTMT",
	[ND_ASSIGN] = "ND_ASSIGN",
	[ND_DEFINE] = "ND_DEFINE",
	[ND_INCDEC] = "ND_INCDEC",
	[ND_SEND] = "ND_SEND",
	[ND_DECLSTMT] = "ND_DECLSTMT",
	[ND_IF] = "ND_IF",
	[ND_FOR] = "ND_FOR",
	[ND_RANGE] = "ND_RANGE",
	[ND_SWITCH] = "ND_SWITCH",
	[ND_TYPESWITCH] = "ND_TYPESWITCH",
	[ND_CASE] = "ND_CASE",
	[ND_SELECT] = "ND_SELECT",
	[ND_COMMCLAUSE] = "ND_COMMCLAUSE",
	[ND_RETURN] = "ND_RETURN",
	[ND_BREAK] = "ND_BREAK",
	[ND_CONTINUE] = "ND_CONTINUE",
	[ND_GOTO] = "ND_GOTO",
	[ND_FALLTHROUGH] = "ND_FALLTHROUGH",
	[ND_LABELED] = "ND_LABELED",
	[ND_GO] = "ND_GO",
	[ND_DEFER] = "ND_DEFER",
	[ND_EMPTY] = "ND_EMPTY",
	[ND_FUNCDECL] = "ND_FUNCDECL",
	[ND_IMPORT] = "ND_IMPORT",
	[ND_VARSPEC] = "ND_VARSPEC",
	[ND_CONSTSPEC] = "ND_CONSTSPEC",
	[ND_TYPESPEC] = "ND_TYPESPEC",
	[ND_CONV] = "ND_CONV",
	[ND_TOIFACE] = "ND_TOIFACE",
	[ND_ADDR] = "ND_ADDR",
	[ND_DEREF] = "ND_DEREF",
	[ND_BUILTIN] = "ND_BUILTIN",
	[ND_METHODVAL] = "ND_METHODVAL",
	[ND_FUNCNAME] = "ND_FUNCNAME",
	[ND_NIL] = "ND_NIL",};

const char *builtin_name(Builtin b) {
	static const char *names[] = {
		[BI_APPEND] = "append", [BI_CAP] = "cap", [BI_CLOSE] = "close", [BI_COMPLEX] = "complex",
		[BI_COPY] = "copy", [BI_DELETE] = "delete", [BI_IMAG] = "imag", [BI_LEN] = "len",
		[BI_MAKE] = "make", [BI_NEW] = "new", [BI_PANIC] = "panic", [BI_PRINT] = "print",
		[BI_PRINTLN] = "println", [BI_REAL] = "real", [BI_RECOVER] = "recover",
		[BI_FMT_PRINTLN] = "fmt.Println", [BI_FMT_PRINT] = "fmt.Print",
		[BI_FMT_PRINTF] = "fmt.Printf", [BI_FMT_SPRINTF] = "fmt.Sprintf",
		[BI_FMT_SPRINT] = "fmt.Sprint", [BI_FMT_SPRINTLN] = "fmt.Sprintln",
		[BI_FMT_ERRORF] = "fmt.Errorf",
		[BI_UNSAFE_SIZEOF] = "unsafe.Sizeof", [BI_UNSAFE_ALIGNOF] = "unsafe.Alignof",
		[BI_UNSAFE_OFFSETOF] = "unsafe.Offsetof", [BI_UNSAFE_ADD] = "unsafe.Add",
		[BI_UNSAFE_SLICE] = "unsafe.Slice", [BI_FMT_FPRINTLN] = "fmt.Fprintln",
		[BI_FMT_FPRINT] = "fmt.Fprint", [BI_FMT_FPRINTF] = "fmt.Fprintf",
	};
	return b < sizeof names / sizeof names[0] && names[b] ? names[b] : "builtin";
}

const char *node_kind_name(NodeKind kind) {
	if ((unsigned)kind >= sizeof(kind_names) / sizeof(kind_names[0]) || !kind_names[kind])
		return "ND_?";
	return kind_names[kind];
}

Pos node_start_pos(Node *n) {
	while (n) {
		switch (n->kind) {
		case ND_BINARY: case ND_CALL: case ND_SELECTOR: case ND_INDEX:
		case ND_SLICEEXPR: case ND_TYPEASSERT: case ND_KEYVAL:
		case ND_TOIFACE: case ND_DEREF: case ND_ADDR: case ND_METHODVAL:
		case ND_COMPOSITE: // with an elided type it starts at '{'
			if (!n->lhs)
				return n->pos;
			n = n->lhs;
			break;
		default:
			return n->pos;
		}
	}
	return (Pos){0, 0, 0};
}

static void copy_vec(Vec *v) {
	Vec old = *v;
	*v = (Vec){0};
	for (int i = 0; i < old.len; i++)
		vec_push(v, node_copy(old.data[i]));
}

Node *node_copy(Node *n) {
	if (!n)
		return NULL;
	Node *c = node_alloc(sizeof(Node)); // a copy is never short: it has an ext
	memcpy(c, n, node_size(n));
	c->is_short = false;
	// an ext and a rare of its own, not shared with n, if only for origin
	NodeExt *x = arena_zalloc(sizeof(NodeExt));
	*x = *node_ext(n);
	c->ext = x;
	NodeRare *r = arena_zalloc(sizeof(NodeRare));
	*r = *node_rare(n);
	x->rare = r;
	Node **kids[] = {&c->lhs, &c->rhs, &x->init, &x->cond, &x->post, &x->then, &x->els,
	                 &x->body, &r->lo, &r->hi, &r->max, &r->len, &r->recv, &r->tag};
	for (size_t i = 0; i < sizeof(kids) / sizeof(kids[0]); i++)
		*kids[i] = node_copy(*kids[i]);
	copy_vec(node_list_mut(c));
	copy_vec(&c->rlist);
	copy_vec(&x->names);
	copy_vec(&r->params);
	copy_vec(&r->results);
	copy_vec(&r->tparams);
	c->type = NULL;
	c->obj = NULL;
	x->func = NULL;
	r->origin = node_rare(n)->origin ? node_rare(n)->origin : n;
	return c;
}

// The runtime's C function behind a fmt function, or NULL.
const char *fmt_runtime_func(Builtin b) {
	switch (b) {
	case BI_FMT_PRINTLN: return "fmt_Println";
	case BI_FMT_PRINT: return "fmt_Print";
	case BI_FMT_PRINTF: return "fmt_Printf";
	case BI_FMT_SPRINTF: return "fmt_Sprintf";
	case BI_FMT_SPRINT: return "fmt_Sprint";
	case BI_FMT_SPRINTLN: return "fmt_Sprintln";
	case BI_FMT_ERRORF: return "fmt_Errorf";
	case BI_FMT_FPRINTLN: return "fmt_Fprintln";
	case BI_FMT_FPRINT: return "fmt_Fprint";
	case BI_FMT_FPRINTF: return "fmt_Fprintf";
	default: return NULL;
	}
}

// The leading arguments of a fmt function that are not packed into its
// ...any (writer, format); -1 for other builtins.
int fmt_fixed_args(Builtin b) {
	switch (b) {
	case BI_FMT_PRINTLN: case BI_FMT_PRINT: case BI_FMT_SPRINT: case BI_FMT_SPRINTLN:
		return 0;
	case BI_FMT_PRINTF: case BI_FMT_SPRINTF: case BI_FMT_ERRORF: case BI_FMT_FPRINTLN: case BI_FMT_FPRINT:
		return 1;
	case BI_FMT_FPRINTF:
		return 2;
	default:
		return -1;
	}
}

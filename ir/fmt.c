// fmt.c - expr_write and stmt_write (fmt.h): one walk over the tree for
// both of gc's spellings of an expression. The source spelling is what the
// syntax package prints; the IR spelling is cmd/compile/internal/ir/fmt.go's,
// which switches to the source spelling for a folded constant (Go prints
// such a constant as it was written).
#include <stdio.h>
#include <string.h>
#include "fmt.h"
#include "constant.h"
#include "diag.h"

typedef struct Printer {
	StrBuf *b;
	const ExprStyle *st;
	bool src; // spelling as written: EXPR_SOURCE, or a constant inside EXPR_IR
} Printer;

static void expr(Printer *p, Node *n, int prec);

static void put(Printer *p, const char *s) {
	strbuf_put(p->b, s);
}

static void put_type(Printer *p, Type *t) {
	type_write(p->b, t, p->st->types);
}

static const ExprHooks *hooks(Printer *p) {
	static const ExprHooks none;
	return !p->src && p->st->hooks ? p->st->hooks : &none;
}

static bool packed_variadic(Printer *p, Node *n) {
	return n && hooks(p)->packed_variadic && hooks(p)->packed_variadic(n);
}

static const char *name_of(Node *n) {
	return n->name ? n->name : n->obj && n->obj->name ? n->obj->name : "?";
}

bool node_is_implicit_conv(Node *n) {
	return n && n->lhs && (n->kind == ND_TOIFACE || (n->kind == ND_CONV && type_is_interface(n->type))) &&
	       n->pos.line == n->lhs->pos.line && n->pos.col == n->lhs->pos.col;
}

// ---- types as written ----

bool mentions_shape(Node *x) {
	if (!x)
		return false;
	if (x->kind == ND_IDENT)
		return x->obj && x->obj->shape;
	if (mentions_shape(x->lhs) || mentions_shape(x->rhs))
		return true;
	for (int i = 0; i < node_list(x)->len; i++)
		if (mentions_shape(VEC_AT(*node_list(x), i)))
			return true;
	return false;
}

// type A = B declared in source: gc's IR holds B (the universe's byte,
// rune and any keep their names there too).
static bool is_declared_alias(Obj *o) {
	return o && o->kind == OBJ_TYPE && !o->shape && o->pos.line > 0 && o->type &&
	       !(o->type->kind == TY_NAMED && o->type->obj == o);
}

// A type the IR spelling shows as the source wrote it (Go prints byte and
// any as spelled), with array lengths from the type.
static void typexpr(Printer *p, Node *x, Type *t) {
	x = x && x->kind == ND_PAREN ? x->lhs : x;
	if (!x) {
		put_type(p, t);
		return;
	}
	Type *u = t ? type_under(t) : NULL;
	switch (x->kind) {
	case ND_IDENT:
		if (!p->src && is_declared_alias(x->obj)) {
			put_type(p, x->obj->type);
			return;
		}
		// in an instance of a generic body, gc's -m spells a type parameter by its shape
		put(p, !p->src && x->obj && x->obj->shape ? x->obj->shape : x->name ? x->name : "?");
		return;
	case ND_INDEX: // G[T] in an instance: G[go.shape.int_0]
		if (!p->src && x->lhs && x->lhs->kind == ND_IDENT && mentions_shape(x)) {
			put(p, x->lhs->name);
			put(p, "[");
			Vec args = *node_list(x);
			if (!args.len)
				vec_push(&args, x->rhs);
			for (int i = 0; i < args.len; i++) {
				Node *a = VEC_AT(args, i);
				a = a && a->kind == ND_PAREN ? a->lhs : a;
				put(p, i ? "," : "");
				if (a && a->kind == ND_INDEX && mentions_shape(a) && a->type && a->type->pkg) {
					put(p, a->type->pkg); // a type argument is spelled qualified
					put(p, ".");
				}
				typexpr(p, a, NULL);
			}
			put(p, "]");
			return;
		}
		break;
	case ND_SELECTOR:
		if (x->lhs && x->lhs->kind == ND_IDENT && x->lhs->name) {
			put(p, x->lhs->name);
			put(p, ".");
		}
		put(p, x->name ? x->name : "?");
		return;
	case ND_STAR:
		put(p, "*");
		typexpr(p, x->lhs, t && t->kind == TY_PTR ? t->elem : NULL);
		return;
	case ND_ARRAYTYPE:
		if (!node_rare(x)->len) {
			put(p, "[]");
		} else {
			char tmp[32];
			snprintf(tmp, sizeof tmp, "[%lld]", u && u->kind == TY_ARRAY ? (long long)u->len : 0LL);
			put(p, tmp);
		}
		typexpr(p, x->lhs, u && (u->kind == TY_ARRAY || u->kind == TY_SLICE) && t->kind != TY_NAMED ? u->elem : NULL);
		return;
	case ND_MAPTYPE: {
		bool plain = t && t->kind != TY_NAMED && u->kind == TY_MAP;
		put(p, "map[");
		typexpr(p, x->lhs, plain ? u->key : NULL);
		put(p, "]");
		typexpr(p, x->rhs, plain ? u->elem : NULL);
		return;
	}
	case ND_INTERFACETYPE:
		if (node_list(x)->len == 0) {
			put(p, "interface {}");
			return;
		}
		break;
	case ND_STRUCTTYPE: // with fields of type parameter types, in an instance
		if (!p->src && mentions_shape(x) && node_list(x)->len) {
			put(p, "struct { ");
			for (int i = 0, n = 0; i < node_list(x)->len; i++) {
				Node *f = VEC_AT(*node_list(x), i);
				for (int k = 0; k < (node_ext(f)->names.len ? node_ext(f)->names.len : 1); k++, n++) {
					put(p, n ? "; " : "");
					if (node_ext(f)->names.len) {
						put(p, ((Node *)VEC_AT(node_ext(f)->names, k))->name);
						put(p, " ");
					}
					typexpr(p, f->lhs, NULL);
				}
			}
			put(p, " }");
			return;
		}
		break;
	default:
		break;
	}
	put_type(p, x->type ? x->type : t);
}

// The syntax package's short form of a type literal: compact
// (struct{a, b int}), function bodies elided.
static void src_type(Printer *p, Node *x, Type *t);

static void src_fields(Printer *p, const Vec *fields, const char *sep) {
	for (int i = 0; i < fields->len; i++) {
		Node *f = VEC_AT(*fields, i);
		if (i)
			put(p, sep);
		for (int j = 0; j < node_ext(f)->names.len; j++) {
			Node *id = VEC_AT(node_ext(f)->names, j);
			put(p, j ? ", " : "");
			put(p, id->name ? id->name : "?");
		}
		if (node_ext(f)->names.len)
			put(p, " ");
		src_type(p, f->lhs, NULL);
		if (node_rare(f)->tag && node_rare(f)->tag->lit) {
			put(p, " ");
			strbuf_putn(p->b, node_rare(f)->tag->lit, node_rare(f)->tag->litlen ? node_rare(f)->tag->litlen : strlen(node_rare(f)->tag->lit));
		}
	}
}

static void src_signature(Printer *p, Node *ft) {
	put(p, "(");
	src_fields(p, &node_rare_mut(ft)->params, ", ");
	put(p, ")");
	if (node_rare(ft)->results.len == 1 && node_ext(((Node *)VEC_AT(node_rare(ft)->results, 0)))->names.len == 0) {
		put(p, " ");
		src_type(p, ((Node *)VEC_AT(node_rare(ft)->results, 0))->lhs, NULL);
	} else if (node_rare(ft)->results.len > 0) {
		put(p, " (");
		src_fields(p, &node_rare_mut(ft)->results, ", ");
		put(p, ")");
	}
}

static void src_type(Printer *p, Node *x, Type *t) {
	if (!x) {
		put_type(p, t);
		return;
	}
	switch (x->kind) {
	case ND_PAREN:
		put(p, "(");
		src_type(p, x->lhs, NULL);
		put(p, ")");
		return;
	case ND_STAR: case ND_ELLIPSIS:
		put(p, x->kind == ND_STAR ? "*" : "...");
		src_type(p, x->lhs, NULL);
		return;
	case ND_ARRAYTYPE:
		put(p, "[");
		if (node_ext(x)->is_dotdotdot)
			put(p, "...");
		else if (node_rare(x)->len)
			expr(p, node_rare(x)->len, 0);
		put(p, "]");
		src_type(p, x->lhs, NULL);
		return;
	case ND_MAPTYPE:
		put(p, "map[");
		src_type(p, x->lhs, NULL);
		put(p, "]");
		src_type(p, x->rhs, NULL);
		return;
	case ND_CHANTYPE:
		put(p, node_ext(x)->chan_dir == 1 ? "chan<- " : node_ext(x)->chan_dir == 2 ? "<-chan " : "chan ");
		src_type(p, x->lhs, NULL);
		return;
	case ND_FUNCTYPE:
		put(p, "func");
		src_signature(p, x);
		return;
	case ND_STRUCTTYPE:
		put(p, "struct{");
		src_fields(p, node_list(x), "; ");
		put(p, "}");
		return;
	case ND_INTERFACETYPE:
		put(p, "interface{");
		for (int i = 0; i < node_list(x)->len; i++) {
			Node *m = VEC_AT(*node_list(x), i);
			if (i)
				put(p, "; ");
			if (node_ext(m)->names.len && m->lhs && m->lhs->kind == ND_FUNCTYPE) {
				put(p, ((Node *)VEC_AT(node_ext(m)->names, 0))->name);
				src_signature(p, m->lhs);
			} else {
				src_type(p, m->lhs, NULL);
			}
		}
		put(p, "}");
		return;
	default:
		typexpr(p, x, t);
		return;
	}
}

// ---- precedence (IR spelling) ----

// Go's operator precedences (ir.OpPrec).
static int binary_prec(Op op) {
	switch (op) {
	case OP_MUL: case OP_DIV: case OP_REM: case OP_SHL: case OP_SHR: case OP_AND: case OP_ANDNOT:
		return 6;
	case OP_ADD: case OP_SUB: case OP_OR: case OP_XOR:
		return 5;
	case OP_EQ: case OP_NE: case OP_LT: case OP_LE: case OP_GT: case OP_GE:
		return 4;
	case OP_LAND:
		return 3;
	case OP_LOR:
		return 2;
	default:
		return 5;
	}
}

static bool is_concat(Node *n) {
	return n && n->kind == ND_BINARY && !n->is_const && n->op == OP_ADD && n->type &&
	       type_is_string(type_under(n->type));
}

// Builtins whose ops gc's OpPrec leaves out (OREAL, OIMAG, OCOMPLEX and
// ORECOVERFP, recover after typechecking): they print parenthesised as an
// operand, as a concatenation does.
static bool has_no_prec(Node *n) {
	if (n->kind != ND_BUILTIN || n->is_const) // a constant is an OLITERAL
		return false;
	switch (n->builtin) {
	case BI_REAL: case BI_IMAG: case BI_COMPLEX: case BI_RECOVER:
		return true;
	default:
		return false;
	}
}

// Go gives OADDSTR no precedence: a concatenation is parenthesised
// wherever an operand is expected.
static int prec_of(Node *n) {
	if (is_concat(n) || has_no_prec(n))
		return 0;
	switch (n->kind) {
	case ND_UNARY: case ND_STAR:
		return 7;
	case ND_BINARY:
		return binary_prec(n->op);
	default:
		return 8;
	}
}

// Skips what the checker inserted and neither spelling shows. The source
// keeps its parentheses; in the IR spelling precedence decides.
static Node *visible(Printer *p, Node *n) {
	while (n && ((n->kind == ND_PAREN && !p->src) || node_is_implicit_conv(n) || n->kind == ND_ADDR ||
	             n->kind == ND_DEREF))
		n = n->lhs;
	return n;
}

// Whether interface a has every method of interface b (is assignable to it).
static bool iface_implements(Type *a, Type *b) {
	Vec *am = &type_under(a)->methods, *bm = &type_under(b)->methods;
	for (int i = 0; i < bm->len; i++) {
		Method *m = VEC_AT(*bm, i);
		if (!method_by_name(am, m->name))
			return false;
	}
	return true;
}

// A comparison of two interfaces of different types: gc's tcArith converts
// the left side to the right's type when it can, else the right side, and
// prints the conversion (T)(x), as it is no implicit one.
static bool mixed_ifaces(Node *n) {
	Type *l = n->lhs ? n->lhs->type : NULL, *r = n->rhs ? n->rhs->type : NULL;
	return l && r && type_is_interface(l) && type_is_interface(r) && !type_identical(l, r);
}

static void iface_operand(Printer *p, Node *x, Type *to, int prec) {
	if (!to) {
		expr(p, x, prec);
		return;
	}
	bool named = to->kind == TY_NAMED;
	put(p, named ? "" : "(");
	put_type(p, to);
	put(p, named ? "(" : ")(");
	expr(p, x, 0);
	put(p, ")");
}

// Go keeps a + b + (c + d) as one OADDSTR and prints its operands flat.
static void concat(Printer *p, Node *n, bool *first) {
	n = visible(p, n);
	if (is_concat(n)) {
		concat(p, n->lhs, first);
		concat(p, n->rhs, first);
		return;
	}
	if (!*first)
		put(p, " + ");
	*first = false;
	expr(p, n, 5);
}

// ---- composite parts ----

static void list(Printer *p, const Vec *v, int from) {
	for (int i = from; i < v->len; i++) {
		if (i > from)
			put(p, ", ");
		expr(p, VEC_AT(*v, i), 0);
	}
}

static bool is_fmt_builtin(Builtin bi) {
	return (bi >= BI_FMT_PRINTLN && bi <= BI_FMT_ERRORF) || (bi >= BI_FMT_FPRINTLN && bi <= BI_FMT_FPRINTF);
}

// The arguments of a call from the from-th. The source shows the extra
// arguments of a variadic call as written; so does the IR spelling until
// escape analysis walks the call (explanations printed during the walk
// show that form), afterwards they are one "... argument".
// True: printed as written.
static bool args(Printer *p, Node *call, int from) {
	const Vec *v = node_list(call);
	Node *last = v->len > from ? VEC_AT(*v, v->len - 1) : NULL;
	bool packed = packed_variadic(p, last);
	if (last && last->kind == ND_NIL && call->kind == ND_BUILTIN && !call->has_dots && !packed &&
	    is_fmt_builtin(call->builtin)) {
		// The checker's nil slice for no variadic arguments: not written.
		Vec written = *v;
		written.len--;
		list(p, &written, from);
		return true;
	}
	if (!last || last->kind != ND_COMPOSITE || last->lhs || call->has_dots || packed) {
		list(p, v, from);
		return false;
	}
	Vec written = {0};
	for (int i = from; i < v->len - 1; i++)
		vec_push(&written, VEC_AT(*v, i));
	for (int i = 0; i < node_list(last)->len; i++)
		vec_push(&written, VEC_AT(*node_list(last), i));
	list(p, &written, 0);
	return true;
}

static void composite(Printer *p, Node *n) {
	if (p->src) {
		if (n->lhs)
			src_type(p, n->lhs, n->type);
		put(p, node_list(n)->len ? "{\xe2\x80\xa6}" : "{}");
		return;
	}
	if (packed_variadic(p, n)) {
		put(p, "... argument");
		return;
	}
	Type *t = n->type;
	if (t && type_under(t)->kind == TY_PTR && t->kind != TY_NAMED) {
		put(p, "&");
		t = type_under(t)->elem;
	}
	if (n->lhs && (t == n->type || mentions_shape(n->lhs)))
		typexpr(p, n->lhs, t);
	else
		put_type(p, t);
	put(p, node_list(n)->len ? "{...}" : "{}");
}

// ---- calls and conversions ----

// T.M or (*T).M: the IR spelling of a method call.
static void method_expr(Printer *p, Type *recv, const char *name) {
	if (recv && recv->kind == TY_PTR) {
		put(p, "(*");
		put_type(p, recv->elem);
		put(p, ")");
	} else {
		put_type(p, recv);
	}
	put(p, ".");
	put(p, name);
}

// f(g()) with a multi-value g: the call's last argument is a tuple.
static bool has_tuple_arg(Node *n) {
	Node *last = node_list(n)->len ? VEC_AT(*node_list(n), node_list(n)->len - 1) : NULL;
	return last && last->type && last->type->kind == TY_TUPLE && !n->has_dots;
}

// A call spelled with ... after its arguments: f(xs...), and the
// checker's f(a, b) for variadic f (without its implicit slice) but not
// f(g()), whose results fill the parameters.
static bool is_variadic_call(Printer *p, Node *n) {
	Node *f = visible(p, n->lhs);
	Type *sig = f && f->type ? type_under(f->type) : NULL;
	if (node_list(n)->len == 1 && has_tuple_arg(n))
		return false;
	return n->has_dots || (sig && sig->kind == TY_FUNC && sig->variadic);
}

// The call up to its closing parenthesis as written: x.m(a, for a method
// call the checker rewrote to m(x, a).
static void written_call(Printer *p, Node *n, Node *f, bool method) {
	if (method) {
		expr(p, VEC_AT(*node_list(n), 0), 8);
		put(p, ".");
		put(p, f->obj->name);
	} else {
		expr(p, n->lhs, 8);
	}
	put(p, "(");
	args(p, n, method ? 1 : 0);
}

static void call(Printer *p, Node *n) {
	Node *f = visible(p, n->lhs);
	if (p->src) {
		// A method call x.m(a), rewritten by the checker to m(x, a).
		written_call(p, n, f, f && f->kind == ND_FUNCNAME && !f->name && f->obj && f->obj->recv_type && node_list(n)->len > 0);
		put(p, n->has_dots ? "...)" : ")");
		return;
	}
	Type *concrete, *recv;
	const char *field;
	Func *inst = f && f->kind == ND_FUNCNAME && f->obj && f->obj->func ? f->obj->func : NULL;
	bool devirt = hooks(p)->devirt && hooks(p)->devirt(n, &concrete, &recv, &field);
	if (node_rare(n)->dict_callee) {
		put(p, node_rare(n)->dict_callee);
		put(p, "(");
		args(p, n, 0);
		put(p, ")");
		return;
	}
	if (inst && inst->shape_name && f->name && f->obj->recv_type) {
		// T.m of a generic type: gc's stenciler calls a closure
		put(p, "(func literal)(");
		args(p, n, 0);
		put(p, ")");
		return;
	}
	if (inst && inst->shape_name) {
		// gc calls a generic function's shape instance with its dictionary
		put(p, inst->shape_name);
		put(p, "(");
		if (node_rare(n)->origin && node_rare(node_rare(n)->origin)->dict_len) {
			// a sub-dictionary, read out of the calling instance's own
			put(p, xasprintf("(*(*[%d]uintptr)(unsafe.Pointer(.dict)))[.dict]", node_rare(node_rare(n)->origin)->dict_len));
		} else {
			put(p, "&");
			put(p, inst->dict_name);
		}
		if (node_list(n)->len)
			put(p, ", ");
	} else if (has_tuple_arg(n)) {
		// f(g()): gc prints the call as it was before the rewrite (its
		// Orig), a method call as x.m, not as T.m(x, ...)
		written_call(p, n, f, f && f->kind == ND_FUNCNAME && !f->name && f->obj && f->obj->recv_type && node_list(n)->len == 2);
		put(p, ")");
		return;
	} else if (devirt && !recv) {
		// partially devirtualized: x.(T).F.M(args) still calls the
		// interface embedded in T
		expr(p, f->lhs, 8);
		put(p, ".(");
		put_type(p, concrete);
		put(p, ").");
		put(p, field);
		put(p, ".");
		put(p, f->name);
		put(p, "(");
	} else if (devirt) {
		method_expr(p, recv, f->name);
		put(p, "(");
		expr(p, f->lhs, 8);
		put(p, ".(");
		put_type(p, concrete);
		put(p, ")");
		if (field) {
			put(p, ".");
			put(p, field);
		}
		if (node_list(n)->len)
			put(p, ", ");
	} else if (f && f->kind == ND_FUNCNAME && f->obj && f->obj->func && f->obj->func->recv && node_list(n)->len > 0) {
		// x.m(a) became T.m(x, a) with m's receiver type; a method
		// expression T.m keeps the T written (gc's OMETHEXPR.X)
		Type *sig = f->name ? type_under(f->type) : NULL;
		Type *recv = sig && sig->kind == TY_FUNC && sig->params.len ? VEC_AT(sig->params, 0) : f->obj->func->recv->type;
		method_expr(p, recv, f->obj->name);
		put(p, "(");
	} else {
		expr(p, n->lhs, 8);
		put(p, "(");
	}
	if (!args(p, n, 0) && is_variadic_call(p, n))
		put(p, "...");
	put(p, ")");
}

static void builtin(Printer *p, Node *n) {
	if (!p->src && n->builtin == BI_RECOVER) {
		// gc's typechecker turns recover() into ORECOVERFP(FP), an op its
		// printer has no case for.
		put(p, "<node RECOVERFP>");
		return;
	}
	put(p, builtin_name(n->builtin));
	put(p, "(");
	if (n->lhs) { // make and new: the type argument
		if (p->src)
			expr(p, n->lhs, 0);
		else
			typexpr(p, n->lhs, n->builtin == BI_NEW ? type_under(n->type)->elem : n->type);
		if (node_list(n)->len)
			put(p, ", ");
	}
	bool as_written = args(p, n, 0);
	if (!as_written && (n->has_dots || (node_list(n)->len > 0 && packed_variadic(p, VEC_AT(*node_list(n), node_list(n)->len - 1)))))
		put(p, "...");
	put(p, ")");
}

// Byte offset of a position in its file's text, or -1.
static long pos_offset(Pos pos, const char **text, size_t *len) {
	*text = diag_file_text(pos.file, len);
	if (!*text)
		return -1;
	int line = 1;
	size_t i = 0;
	for (; i < *len && line < pos.line; i++)
		if ((*text)[i] == '\n')
			line++;
	long off = (long)i + pos.col - 1;
	return off >= 0 && (size_t)off < *len ? off : -1;
}

static bool is_name_char(char c) {
	return c == '_' || c == '.' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// T as written before the "(" at pos of T(x): a name such as rune or
// Celsius, or a slice/array type such as []byte, which Go parenthesises.
static const char *conv_type_spelling(Pos pos) {
	const char *text;
	size_t len;
	long off = pos_offset(pos, &text, &len);
	if (off <= 0 || text[off] != '(')
		return NULL;
	long start = off;
	while (start > 0 && is_name_char(text[start - 1]))
		start--;
	if (start == off || (text[start] >= '0' && text[start] <= '9') || text[start] == '.')
		return NULL;
	if (start > 0 && text[start - 1] == ')')
		return NULL; // (T)(x): Go's own spelling of T is used
	if (start == 0 || text[start - 1] != ']')
		return xstrndup(text + start, (size_t)(off - start));
	long s = start; // []T, [N]T: back over the brackets
	while (s > 0 && (text[s - 1] == ']' || text[s - 1] == '[' || (text[s - 1] >= '0' && text[s - 1] <= '9')))
		s--;
	if (text[s] != '[')
		return NULL;
	return xasprintf("(%.*s)", (int)(off - s), text + s);
}

// The source text of an explicit T(x) before its "(" (the checker keeps
// where T starts in pos2), or NULL.
static const char *written_type(Node *conv) {
	const char *text;
	size_t len;
	long from = pos_offset(node_pos2(conv), &text, &len), to = pos_offset(conv->pos, &text, &len);
	if (node_pos2(conv).file != conv->pos.file || from < 0 || to <= from || text[to] != '(')
		return NULL;
	while (to > from && (text[to - 1] == ' ' || text[to - 1] == '\t'))
		to--;
	return xstrndup(text + from, (size_t)(to - from));
}

// T(x). The source spelling shows T as written; the IR spelling as the
// source spells it when that is a name (byte, rune, any and named types),
// else Go's (T)(x) with T from the type.
static void conv(Printer *p, Node *n) {
	Type *t = n->type;
	if (p->src) {
		const char *written = written_type(n);
		if (written)
			put(p, written);
		else
			put_type(p, t);
		put(p, "(");
		expr(p, n->lhs, 0);
		put(p, ")");
		return;
	}
	const char *spelled = conv_type_spelling(n->pos);
	Type *u = type_under(t);
	if (u->kind == TY_SLICE && type_under(u->elem)->kind == TY_INT32 && n->lhs && n->lhs->is_const) {
		// Go rewrites []rune("s") into the literal []rune{'s'}.
		size_t len = spelled ? strlen(spelled) : 0;
		if (len > 2 && spelled[0] == '(' && spelled[len - 1] == ')')
			strbuf_putn(p->b, spelled + 1, len - 2);
		else if (spelled)
			put(p, spelled);
		else
			put_type(p, t);
		put(p, node_cval(n->lhs)->slen ? "{...}" : "{}");
		return;
	}
	if (spelled) {
		put(p, spelled);
	} else if (t->kind == TY_NAMED && t->obj && t->obj->targs.len) {
		put(p, t->obj->name); // an instance of a generic type: Pair[int,main.Celsius](x)
	} else {
		bool from_string = n->lhs && type_is_string(type_under(n->lhs->type));
		bool elem_plain = u->kind == TY_SLICE && u->elem->kind != TY_NAMED;
		put(p, "(");
		if (t->kind == TY_SLICE && from_string && elem_plain && u->elem->kind == TY_UINT8)
			put(p, "[]byte");
		else if (t->kind == TY_SLICE && from_string && elem_plain && u->elem->kind == TY_INT32)
			put(p, "[]rune");
		else
			put_type(p, t);
		put(p, ")");
	}
	put(p, "(");
	expr(p, n->lhs, 0);
	put(p, ")");
}

// ---- expressions ----

static void expr(Printer *p, Node *n, int prec) {
	n = visible(p, n);
	if (!n) {
		put(p, p->src ? "" : "<nil>");
		return;
	}
	int np = prec_of(n);
	if (!p->src) {
		const char *alias = hooks(p)->alias ? hooks(p)->alias(n) : NULL;
		if (alias) {
			put(p, alias);
			return;
		}
		if (prec > np) {
			put(p, "(");
			expr(p, n, 0);
			put(p, ")");
			return;
		}
		if (n->is_const) {
			Printer as_written = *p;
			as_written.src = true;
			expr(&as_written, n, 0);
			return;
		}
	}
	switch (n->kind) {
	case ND_PAREN:
		put(p, "(");
		expr(p, n->lhs, 0);
		put(p, ")");
		return;
	case ND_TOIFACE: // written T(x)
	case ND_CONV:
		conv(p, n);
		return;
	case ND_FUNCNAME:
		if (p->src && !n->name && n->obj && n->obj->recv_type) { // a method expression
			put(p, n->obj->ptr_recv ? "(*" : "");
			put(p, n->obj->recv_type->obj->name);
			put(p, n->obj->ptr_recv ? ")." : ".");
		}
		put(p, name_of(n));
		return;
	case ND_IDENT:
		put(p, name_of(n));
		return;
	case ND_INTLIT: case ND_FLOATLIT: case ND_IMAGLIT: case ND_RUNELIT: case ND_STRLIT:
		if (n->lit)
			strbuf_putn(p->b, n->lit, n->litlen ? n->litlen : strlen(n->lit));
		else
			put(p, const_string(*node_cval(n)));
		return;
	case ND_NIL:
		put(p, "nil");
		return;
	case ND_COMPOSITE:
		composite(p, n);
		return;
	case ND_FUNCLIT:
		if (p->src && n->lhs) {
			put(p, "func");
			src_signature(p, n->lhs);
			put(p, node_ext(n)->body && node_list(node_ext(n)->body)->len ? " {\xe2\x80\xa6}" : " {}");
			return;
		}
		put(p, "func literal");
		return;
	case ND_SELECTOR: case ND_METHODVAL:
		expr(p, n->lhs, 8);
		put(p, ".");
		put(p, name_of(n));
		return;
	case ND_INDEX:
		expr(p, n->lhs, 8);
		put(p, "[");
		expr(p, n->rhs, 0);
		put(p, "]");
		return;
	case ND_SLICEEXPR:
		expr(p, n->lhs, 8);
		put(p, "[");
		if (node_rare(n)->lo)
			expr(p, node_rare(n)->lo, 0);
		put(p, ":");
		if (node_rare(n)->hi)
			expr(p, node_rare(n)->hi, 0);
		if (node_ext(n)->slice3) {
			put(p, ":");
			if (node_rare(n)->max)
				expr(p, node_rare(n)->max, 0);
		}
		put(p, "]");
		return;
	case ND_TYPEASSERT:
		expr(p, n->lhs, 8);
		put(p, ".(");
		if (!p->src)
			put_type(p, n->type);
		else if (n->rhs)
			expr(p, n->rhs, 0);
		else
			put(p, "type");
		put(p, ")");
		return;
	case ND_CALL:
		call(p, n);
		return;
	case ND_BUILTIN:
		builtin(p, n);
		return;
	case ND_STAR:
		put(p, "*");
		expr(p, n->lhs, 8);
		return;
	case ND_UNARY: {
		put(p, op_string(n->op));
		Node *x = visible(p, n->lhs);
		if (!p->src && x && x->kind == ND_UNARY && x->op == n->op)
			put(p, " "); // gc's - (-x); the syntax package writes --x
		expr(p, n->lhs, 8);
		return;
	}
	case ND_BINARY:
		if (!p->src && is_concat(n)) {
			bool first = true;
			concat(p, n, &first);
			return;
		}
		if (!p->src && op_is_comparison(n->op) && mixed_ifaces(n)) {
			// gc's typechecker converts one side explicitly
			bool left = iface_implements(n->lhs->type, n->rhs->type);
			iface_operand(p, n->lhs, left ? n->rhs->type : NULL, np);
			put(p, " ");
			put(p, op_string(n->op));
			put(p, " ");
			iface_operand(p, n->rhs, left ? NULL : n->lhs->type, np + 1);
			return;
		}
		expr(p, n->lhs, np);
		put(p, " ");
		put(p, op_string(n->op));
		put(p, " ");
		expr(p, n->rhs, np + 1);
		return;
	case ND_KEYVAL:
		expr(p, n->lhs, 0);
		put(p, ": ");
		expr(p, n->rhs, 0);
		return;
	case ND_ARRAYTYPE: case ND_MAPTYPE: case ND_CHANTYPE: case ND_FUNCTYPE: case ND_STRUCTTYPE:
	case ND_INTERFACETYPE: case ND_ELLIPSIS:
		if (p->src) {
			src_type(p, n, n->type);
			return;
		}
		break;
	default:
		break;
	}
	if (n->is_type && n->type)
		put_type(p, n->type);
	else
		put(p, "?");
}

void expr_write(StrBuf *b, Node *n, const ExprStyle *st) {
	Printer p = {b, st, st->spelling == EXPR_SOURCE};
	expr(&p, n, 0);
}

void stmt_write(StrBuf *b, Node *n, const ExprStyle *st) {
	Printer p = {b, st, st->spelling == EXPR_SOURCE};
	switch (n->kind) {
	case ND_ASSIGN: case ND_DEFINE:
		list(&p, node_list(n), 0);
		if (n->kind == ND_DEFINE)
			put(&p, " := ");
		else if (n->op == OP_ASSIGN || n->op == OP_NONE)
			put(&p, " = ");
		else {
			put(&p, " ");
			put(&p, op_string(n->op));
			put(&p, "= ");
		}
		list(&p, &n->rlist, 0);
		return;
	case ND_VARSPEC:
		list(&p, &node_ext_mut(n)->names, 0);
		put(&p, " = ");
		list(&p, &n->rlist, 0);
		return;
	case ND_RETURN:
		put(&p, "return");
		if (node_list(n)->len) {
			put(&p, " ");
			list(&p, node_list(n), 0);
		}
		return;
	case ND_RANGE:
		put(&p, "for loop");
		return;
	case ND_SEND:
		expr(&p, n->lhs, 0);
		put(&p, " <- ");
		expr(&p, n->rhs, 0);
		return;
	case ND_INCDEC:
		expr(&p, n->lhs, 0);
		put(&p, n->op == OP_INC ? "++" : "--");
		return;
	case ND_EXPRSTMT:
		expr(&p, n->lhs, 0);
		return;
	case ND_GO: case ND_DEFER:
		put(&p, n->kind == ND_GO ? "go " : "defer ");
		expr(&p, n->lhs, 0);
		return;
	case ND_CASE:
		if (node_list(n)->len == 0) {
			put(&p, "default:");
		} else {
			put(&p, "case ");
			list(&p, node_list(n), 0);
			put(&p, ":");
		}
		if (node_ext(n)->body)
			for (int i = 0; i < node_list(node_ext(n)->body)->len; i++) {
				put(&p, i ? "; " : " ");
				stmt_write(b, VEC_AT(*node_list(node_ext(n)->body), i), st);
			}
		return;
	default:
		expr(&p, n, 0);
		return;
	}
}

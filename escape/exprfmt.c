// exprfmt.c - spells expressions, statements and types the way Go's
// compiler prints them in -m diagnostics (cmd/compile/internal/ir/fmt.go
// and types/fmt.go): implicit conversions, & and * the checker inserted
// are invisible, parentheses come from operator precedence, composite
// literals are abbreviated to T{...}, function literals are "func literal".
#include <string.h>
#include "escape_int.h"
#include "constant.h"
#include "strbuf.h"

// A type as written in the source (Go prints byte and any as spelled).
static void typexpr_fmt(StrBuf *b, Node *x, Type *t) {
	x = x && x->kind == ND_PAREN ? x->lhs : x;
	if (!x) {
		type_write(b, t, TS_GC);
		return;
	}
	Type *u = t ? type_under(t) : NULL;
	switch (x->kind) {
	case ND_IDENT:
		strbuf_put(b, x->name ? x->name : "?");
		return;
	case ND_SELECTOR:
		if (x->lhs && x->lhs->kind == ND_IDENT && x->lhs->name) {
			strbuf_put(b, x->lhs->name);
			strbuf_put(b, ".");
		}
		strbuf_put(b, x->name ? x->name : "?");
		return;
	case ND_STAR:
		strbuf_put(b, "*");
		typexpr_fmt(b, x->lhs, t && t->kind == TY_PTR ? t->elem : NULL);
		return;
	case ND_ARRAYTYPE:
		if (!x->len) {
			strbuf_put(b, "[]");
		} else {
			char tmp[32];
			snprintf(tmp, sizeof tmp, "[%lld]", u && u->kind == TY_ARRAY ? (long long)u->len : 0LL);
			strbuf_put(b, tmp);
		}
		typexpr_fmt(b, x->lhs, u && (u->kind == TY_ARRAY || u->kind == TY_SLICE) && t->kind != TY_NAMED ? u->elem : NULL);
		return;
	case ND_MAPTYPE: {
		bool plain = t && t->kind != TY_NAMED && u->kind == TY_MAP;
		strbuf_put(b, "map[");
		typexpr_fmt(b, x->lhs, plain ? u->key : NULL);
		strbuf_put(b, "]");
		typexpr_fmt(b, x->rhs, plain ? u->elem : NULL);
		return;
	}
	case ND_INTERFACETYPE:
		if (x->list.len == 0) {
			strbuf_put(b, "interface {}");
			return;
		}
		break;
	default:
		break;
	}
	if (x->type)
		type_write(b, x->type, TS_GC);
	else
		type_write(b, t, TS_GC);
}

// ---- source spelling of constant expressions ----
// Go prints a folded constant as its source, formatted by the syntax
// package's short printer: type literals compact (struct{a, b int}),
// literal contents and function bodies elided as {…}.

static void src_type_fmt(StrBuf *b, Node *x, Type *t);

static void src_fields_fmt(StrBuf *b, Vec *fields, const char *sep) {
	for (int i = 0; i < fields->len; i++) {
		Node *f = VEC_AT(*fields, i);
		if (i)
			strbuf_put(b, sep);
		for (int j = 0; j < f->names.len; j++) {
			Node *id = VEC_AT(f->names, j);
			strbuf_put(b, j ? ", " : "");
			strbuf_put(b, id->name ? id->name : "?");
		}
		if (f->names.len)
			strbuf_put(b, " ");
		src_type_fmt(b, f->lhs, NULL);
		if (f->tag && f->tag->lit) {
			strbuf_put(b, " ");
			strbuf_putn(b, f->tag->lit, f->tag->litlen ? f->tag->litlen : strlen(f->tag->lit));
		}
	}
}

static void src_signature_fmt(StrBuf *b, Node *ft) {
	strbuf_put(b, "(");
	src_fields_fmt(b, &ft->params, ", ");
	strbuf_put(b, ")");
	if (ft->results.len == 1 && ((Node *)VEC_AT(ft->results, 0))->names.len == 0) {
		strbuf_put(b, " ");
		src_type_fmt(b, ((Node *)VEC_AT(ft->results, 0))->lhs, NULL);
	} else if (ft->results.len > 0) {
		strbuf_put(b, " (");
		src_fields_fmt(b, &ft->results, ", ");
		strbuf_put(b, ")");
	}
}

static void expr_fmt(StrBuf *b, Node *n, int prec);

static void src_type_fmt(StrBuf *b, Node *x, Type *t) {
	if (!x) {
		type_write(b, t, TS_GC);
		return;
	}
	switch (x->kind) {
	case ND_PAREN:
		strbuf_put(b, "(");
		src_type_fmt(b, x->lhs, NULL);
		strbuf_put(b, ")");
		return;
	case ND_STAR: case ND_ELLIPSIS:
		strbuf_put(b, x->kind == ND_STAR ? "*" : "...");
		src_type_fmt(b, x->lhs, NULL);
		return;
	case ND_ARRAYTYPE:
		strbuf_put(b, "[");
		if (x->is_dotdotdot)
			strbuf_put(b, "...");
		else if (x->len)
			expr_fmt(b, x->len, 0);
		strbuf_put(b, "]");
		src_type_fmt(b, x->lhs, NULL);
		return;
	case ND_MAPTYPE:
		strbuf_put(b, "map[");
		src_type_fmt(b, x->lhs, NULL);
		strbuf_put(b, "]");
		src_type_fmt(b, x->rhs, NULL);
		return;
	case ND_CHANTYPE:
		strbuf_put(b, x->chan_dir == 1 ? "chan<- " : x->chan_dir == 2 ? "<-chan " : "chan ");
		src_type_fmt(b, x->lhs, NULL);
		return;
	case ND_FUNCTYPE:
		strbuf_put(b, "func");
		src_signature_fmt(b, x);
		return;
	case ND_STRUCTTYPE:
		strbuf_put(b, "struct{");
		src_fields_fmt(b, &x->list, "; ");
		strbuf_put(b, "}");
		return;
	case ND_INTERFACETYPE:
		strbuf_put(b, "interface{");
		for (int i = 0; i < x->list.len; i++) {
			Node *m = VEC_AT(x->list, i);
			if (i)
				strbuf_put(b, "; ");
			if (m->names.len && m->lhs && m->lhs->kind == ND_FUNCTYPE) {
				strbuf_put(b, ((Node *)VEC_AT(m->names, 0))->name);
				src_signature_fmt(b, m->lhs);
			} else {
				src_type_fmt(b, m->lhs, NULL);
			}
		}
		strbuf_put(b, "}");
		return;
	default:
		typexpr_fmt(b, x, t);
		return;
	}
}

const char *type_str(Type *t) {
	StrBuf b = {0};
	type_write(&b, t, TS_GC);
	return strbuf_text(&b);
}

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

// Skips what the checker inserted and Go does not print.
// Inside a constant expression parentheses stay (Go prints the source of
// a folded constant); elsewhere precedence decides.
static int const_depth;

static Node *visible(Node *n) {
	for (;;) {
		if (!n)
			return NULL;
		if ((n->kind == ND_PAREN && !(n->is_const && const_depth > 0)) || esc_is_implicit_conv(n) || n->kind == ND_ADDR ||
		    n->kind == ND_DEREF)
			n = n->lhs;
		else
			return n;
	}
}

static bool is_concat(Node *n);

// Go gives OADDSTR no precedence: a concatenation is parenthesised
// wherever an operand is expected.
static int prec_of(Node *n) {
	if (is_concat(n))
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


static bool is_concat(Node *n) {
	return n && n->kind == ND_BINARY && !n->is_const && n->op == OP_ADD && n->type &&
	       type_is_string(type_under(n->type));
}

// Go keeps a + b + (c + d) as one OADDSTR and prints its operands flat.
static void concat_fmt(StrBuf *b, Node *n, bool *first) {
	n = visible(n);
	if (is_concat(n)) {
		concat_fmt(b, n->lhs, first);
		concat_fmt(b, n->rhs, first);
		return;
	}
	if (!*first)
		strbuf_put(b, " + ");
	*first = false;
	expr_fmt(b, n, 5);
}

static void expr_list(StrBuf *b, Vec *v, int from) {
	for (int i = from; i < v->len; i++) {
		if (i > from)
			strbuf_put(b, ", ");
		expr_fmt(b, VEC_AT(*v, i), 0);
	}
}

static void composite_fmt(StrBuf *b, Node *n) {
	if (esc_is_dotdotdot_arg(n)) {
		strbuf_put(b, "... argument");
		return;
	}
	Type *t = n->type;
	if (t && type_under(t)->kind == TY_PTR && t->kind != TY_NAMED) {
		strbuf_put(b, "&");
		t = type_under(t)->elem;
	}
	if (const_depth > 0 && n->lhs && t == n->type) {
		src_type_fmt(b, n->lhs, t);
		strbuf_put(b, n->list.len ? "{\xe2\x80\xa6}" : "{}");
		return;
	}
	if (n->lhs && t == n->type)
		typexpr_fmt(b, n->lhs, t);
	else
		type_write(b, t, TS_GC);
	strbuf_put(b, n->list.len ? "{...}" : "{}");
}

// T.M or (*T).M: Go prints method calls in method-expression form.
static void method_expr_fmt(StrBuf *b, Type *recv, const char *name) {
	if (recv && recv->kind == TY_PTR) {
		strbuf_put(b, "(*");
		type_write(b, recv->elem, TS_GC);
		strbuf_put(b, ")");
	} else {
		type_write(b, recv, TS_GC);
	}
	strbuf_put(b, ".");
	strbuf_put(b, name);
}

static bool is_fmt_builtin(Builtin bi) {
	return (bi >= BI_FMT_PRINTLN && bi <= BI_FMT_ERRORF) || (bi >= BI_FMT_FPRINTLN && bi <= BI_FMT_FPRINTF);
}

static bool is_variadic_call(Node *n) {
	Node *f = visible(n->lhs);
	Type *sig = f && f->type ? type_under(f->type) : NULL;
	return n->has_dots || (sig && sig->kind == TY_FUNC && sig->variadic);
}

// Until escape analysis walks a variadic call, Go prints its extra
// arguments as written (explanations printed during the walk show that
// form), afterwards packed as "... argument". True: printed as written.
static bool args_fmt(StrBuf *b, Node *call) {
	Vec *v = &call->list;
	Node *last = v->len ? VEC_AT(*v, v->len - 1) : NULL;
	if (last && last->kind == ND_NIL && call->kind == ND_BUILTIN && !call->has_dots &&
	    !esc_is_dotdotdot_arg(last) && is_fmt_builtin(call->builtin)) {
		// The checker's nil slice for no variadic arguments: not written.
		Vec written = *v;
		written.len--;
		expr_list(b, &written, 0);
		return true;
	}
	if (!last || last->kind != ND_COMPOSITE || last->lhs || call->has_dots || esc_is_dotdotdot_arg(last)) {
		expr_list(b, v, 0);
		return false;
	}
	Vec written = {0};
	for (int i = 0; i < v->len - 1; i++)
		vec_push(&written, VEC_AT(*v, i));
	for (int i = 0; i < last->list.len; i++)
		vec_push(&written, VEC_AT(last->list, i));
	expr_list(b, &written, 0);
	return true;
}

static void call_fmt(StrBuf *b, Node *n) {
	Node *f = visible(n->lhs);
	Devirt *dv = esc_devirt(n);
	Func *devirt = dv ? dv->fn : NULL;
	bool method = f && f->kind == ND_FUNCNAME && f->obj && f->obj->func && f->obj->func->recv && n->list.len > 0;
	if (devirt) {
		method_expr_fmt(b, devirt->recv ? devirt->recv->type : dv->type, f->name);
		strbuf_put(b, "(");
		expr_fmt(b, f->lhs, 8);
		strbuf_put(b, ".(");
		type_write(b, dv->type, TS_GC);
		strbuf_put(b, ")");
		if (dv->field) {
			strbuf_put(b, ".");
			strbuf_put(b, dv->field);
		}
		if (n->list.len)
			strbuf_put(b, ", ");
	} else if (method) {
		method_expr_fmt(b, f->obj->func->recv->type, f->obj->name);
		strbuf_put(b, "(");
	} else {
		expr_fmt(b, n->lhs, 8);
		strbuf_put(b, "(");
	}
	if (!args_fmt(b, n) && is_variadic_call(n))
		strbuf_put(b, "...");
	strbuf_put(b, ")");
}

// T(x), with T as the source spells it when it is a name (byte, rune,
// any and named types), else Go's (T)(x) with T from the type.
static void conv_fmt(StrBuf *b, Node *n) {
	const char *spelled = esc_conv_type_spelling(n->pos);
	Type *t = n->type;
	Type *u = type_under(t);
	if (u->kind == TY_SLICE && type_under(u->elem)->kind == TY_INT32 && n->lhs && n->lhs->is_const) {
		// Go rewrites []rune("s") into the literal []rune{'s'}.
		size_t len = spelled ? strlen(spelled) : 0;
		if (len > 2 && spelled[0] == '(' && spelled[len - 1] == ')')
			strbuf_putn(b, spelled + 1, len - 2);
		else if (spelled)
			strbuf_put(b, spelled);
		else
			type_write(b, t, TS_GC);
		strbuf_put(b, n->lhs->cval.slen ? "{...}" : "{}");
		return;
	}
	if (spelled) {
		strbuf_put(b, spelled);
	} else {
		bool from_string = n->lhs && type_is_string(type_under(n->lhs->type));
		bool elem_plain = u->kind == TY_SLICE && u->elem->kind != TY_NAMED;
		strbuf_put(b, "(");
		if (t->kind == TY_SLICE && from_string && elem_plain && u->elem->kind == TY_UINT8)
			strbuf_put(b, "[]byte");
		else if (t->kind == TY_SLICE && from_string && elem_plain && u->elem->kind == TY_INT32)
			strbuf_put(b, "[]rune");
		else
			type_write(b, t, TS_GC);
		strbuf_put(b, ")");
	}
	strbuf_put(b, "(");
	expr_fmt(b, n->lhs, 0);
	strbuf_put(b, ")");
}

static void expr_fmt(StrBuf *b, Node *n, int prec) {
	n = visible(n);
	if (!n) {
		strbuf_put(b, "<nil>");
		return;
	}
	if (esc_alias(n)) {
		strbuf_put(b, esc_alias(n));
		return;
	}
	if (n->is_const && const_depth == 0) {
		const_depth++;
		expr_fmt(b, n, prec);
		const_depth--;
		return;
	}
	int np = prec_of(n);
	if (prec > np) {
		strbuf_put(b, "(");
		expr_fmt(b, n, 0);
		strbuf_put(b, ")");
		return;
	}
	switch (n->kind) {
	case ND_PAREN:
		strbuf_put(b, "(");
		expr_fmt(b, n->lhs, 0);
		strbuf_put(b, ")");
		return;
	case ND_TOIFACE: // written T(x)
	case ND_CONV:
		conv_fmt(b, n);
		return;
	case ND_IDENT: case ND_FUNCNAME:
		strbuf_put(b, n->name ? n->name : n->obj && n->obj->name ? n->obj->name : "?");
		return;
	case ND_INTLIT: case ND_FLOATLIT: case ND_IMAGLIT: case ND_RUNELIT: case ND_STRLIT:
		if (n->lit)
			strbuf_putn(b, n->lit, n->litlen ? n->litlen : strlen(n->lit));
		else
			strbuf_put(b, const_string(n->cval));
		return;
	case ND_NIL:
		strbuf_put(b, "nil");
		return;
	case ND_COMPOSITE:
		composite_fmt(b, n);
		return;
	case ND_FUNCLIT:
		if (const_depth > 0 && n->lhs) {
			strbuf_put(b, "func");
			src_signature_fmt(b, n->lhs);
			strbuf_put(b, n->body && n->body->list.len ? " {\xe2\x80\xa6}" : " {}");
			return;
		}
		strbuf_put(b, "func literal");
		return;
	case ND_SELECTOR: case ND_METHODVAL:
		expr_fmt(b, n->lhs, 8);
		strbuf_put(b, ".");
		strbuf_put(b, n->name ? n->name : "?");
		return;
	case ND_INDEX:
		expr_fmt(b, n->lhs, 8);
		strbuf_put(b, "[");
		expr_fmt(b, n->rhs, 0);
		strbuf_put(b, "]");
		return;
	case ND_SLICEEXPR:
		expr_fmt(b, n->lhs, 8);
		strbuf_put(b, "[");
		if (n->lo)
			expr_fmt(b, n->lo, 0);
		strbuf_put(b, ":");
		if (n->hi)
			expr_fmt(b, n->hi, 0);
		if (n->slice3) {
			strbuf_put(b, ":");
			if (n->max)
				expr_fmt(b, n->max, 0);
		}
		strbuf_put(b, "]");
		return;
	case ND_TYPEASSERT:
		expr_fmt(b, n->lhs, 8);
		strbuf_put(b, ".(");
		type_write(b, n->type, TS_GC);
		strbuf_put(b, ")");
		return;
	case ND_CALL:
		call_fmt(b, n);
		return;
	case ND_BUILTIN:
		strbuf_put(b, builtin_name(n->builtin));
		strbuf_put(b, "(");
		if (n->builtin == BI_NEW) {
			typexpr_fmt(b, n->lhs, type_under(n->type)->elem);
		} else if (n->builtin == BI_MAKE) {
			typexpr_fmt(b, n->lhs, n->type);
			if (n->list.len)
				strbuf_put(b, ", ");
			expr_list(b, &n->list, 0);
		} else {
			bool as_written = args_fmt(b, n);
			if (!as_written && (n->has_dots || (n->list.len > 0 && esc_is_dotdotdot_arg(VEC_AT(n->list, n->list.len - 1)))))
				strbuf_put(b, "...");
		}
		strbuf_put(b, ")");
		return;
	case ND_STAR:
		strbuf_put(b, "*");
		expr_fmt(b, n->lhs, 8);
		return;
	case ND_UNARY: {
		strbuf_put(b, op_string(n->op));
		Node *x = visible(n->lhs);
		if (x && x->kind == ND_UNARY && x->op == n->op)
			strbuf_put(b, " "); // Go's - (-x): no "--" token
		expr_fmt(b, n->lhs, 8);
		return;
	}
	case ND_BINARY:
		if (is_concat(n)) {
			bool first = true;
			concat_fmt(b, n, &first);
			return;
		}
		expr_fmt(b, n->lhs, np);
		strbuf_put(b, " ");
		strbuf_put(b, op_string(n->op));
		strbuf_put(b, " ");
		expr_fmt(b, n->rhs, np + 1);
		return;
	case ND_KEYVAL:
		expr_fmt(b, n->lhs, 0);
		strbuf_put(b, ": ");
		expr_fmt(b, n->rhs, 0);
		return;
	default:
		if (n->is_type && n->type) {
			type_write(b, n->type, TS_GC);
			return;
		}
		strbuf_put(b, "?");
		return;
	}
}

const char *expr_str(Node *n) {
	StrBuf b = {0};
	expr_fmt(&b, n, 0);
	return strbuf_text(&b);
}

const char *stmt_str(Node *n) {
	StrBuf b = {0};
	switch (n->kind) {
	case ND_ASSIGN: case ND_DEFINE: {
		expr_list(&b, &n->list, 0);
		Op op = n->op;
		if (n->kind == ND_DEFINE)
			strbuf_put(&b, " := ");
		else if (op == OP_ASSIGN || op == OP_NONE)
			strbuf_put(&b, " = ");
		else {
			strbuf_put(&b, " ");
			strbuf_put(&b, op_string(op));
			strbuf_put(&b, "= ");
		}
		expr_list(&b, &n->rlist, 0);
		break;
	}
	case ND_VARSPEC:
		expr_list(&b, &n->names, 0);
		strbuf_put(&b, " = ");
		expr_list(&b, &n->rlist, 0);
		break;
	case ND_RETURN:
		strbuf_put(&b, "return");
		if (n->list.len) {
			strbuf_put(&b, " ");
			expr_list(&b, &n->list, 0);
		}
		break;
	case ND_RANGE:
		strbuf_put(&b, "for loop");
		break;
	case ND_SEND:
		expr_fmt(&b, n->lhs, 0);
		strbuf_put(&b, " <- ");
		expr_fmt(&b, n->rhs, 0);
		break;
	case ND_INCDEC:
		expr_fmt(&b, n->lhs, 0);
		strbuf_put(&b, n->op == OP_INC ? "++" : "--");
		break;
	case ND_EXPRSTMT:
		expr_fmt(&b, n->lhs, 0);
		break;
	case ND_GO: case ND_DEFER:
		strbuf_put(&b, n->kind == ND_GO ? "go " : "defer ");
		expr_fmt(&b, n->lhs, 0);
		break;
	case ND_CASE:
		if (n->list.len == 0) {
			strbuf_put(&b, "default:");
		} else {
			strbuf_put(&b, "case ");
			expr_list(&b, &n->list, 0);
			strbuf_put(&b, ":");
		}
		if (n->body)
			for (int i = 0; i < n->body->list.len; i++) {
				strbuf_put(&b, i ? "; " : " ");
				strbuf_put(&b, stmt_str(VEC_AT(n->body->list, i)));
			}
		break;
	default:
		expr_fmt(&b, n, 0);
		break;
	}
	return strbuf_text(&b);
}

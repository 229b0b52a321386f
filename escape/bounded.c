// bounded.c - gc's "index bounds check elided" lines of -m: its walk
// (walkIndex) drops the bounds check of an array or constant string
// indexed by a non-constant value that provably fits (bounded()), and says
// so. gc prints them after escape analysis's lines, as it compiles each
// function: the package's functions in source order, then the instances
// of generic ones; each followed by its function literals, the last first.
#include "escape_int.h"
#include "constant.h"
#include "ops.h"

static bool small_int_const(Node *n, int64_t *v) {
	if (!n || !n->is_const || node_cval(n)->kind != CV_INT)
		return false;
	__int128 x = node_cval(n)->i;
	if (x != (int32_t)x)
		return false;
	*v = (int64_t)x;
	return true;
}

// gc's walk.bounded: whether integer n is always in [0, max).
static bool bounded(Node *n, int64_t max) {
	n = esc_unparen(n);
	Type *t = n && n->type ? type_under(n->type) : NULL;
	if (!t || !type_is_integer(t))
		return false;
	bool sign = !type_is_unsigned(t);
	int bits = 8 * (int)type_size(t);
	int64_t v;
	if (small_int_const(n, &v))
		return 0 <= v && v < max;
	if (n->kind == ND_BINARY) {
		bool rconst = small_int_const(esc_unparen(n->rhs), &v);
		switch (n->op) {
		case OP_AND: case OP_ANDNOT: {
			int64_t m = -1;
			if (small_int_const(esc_unparen(n->lhs), &m)) {
			} else if (rconst) {
				m = v;
				if (n->op == OP_ANDNOT) {
					m = ~m;
					if (!sign && bits < 64)
						m &= ((int64_t)1 << bits) - 1;
				}
			}
			if (0 <= m && m < max)
				return true;
			break;
		}
		case OP_REM:
			if (!sign && rconst && 0 <= v && v <= max)
				return true;
			break;
		case OP_DIV:
			if (!sign && rconst)
				for (; bits > 0 && v >= 2; v >>= 1)
					bits--;
			break;
		case OP_SHR:
			if (!sign && rconst) {
				if (v > bits)
					return true;
				bits -= (int)v;
			}
			break;
		default:
			break;
		}
	}
	return !sign && bits <= 62 && ((int64_t)1 << bits) <= max;
}

// The length an index of x is checked against, or -1: arrays (also through
// a pointer) and constant strings.
static int64_t checked_len(Node *x) {
	x = esc_unparen(x);
	Type *t = x && x->type ? type_under(x->type) : NULL;
	if (t && t->kind == TY_PTR)
		t = type_under(t->elem);
	if (t && t->kind == TY_ARRAY)
		return t->len;
	if (x && x->is_const && node_cval(x)->kind == CV_STRING)
		return (int64_t)node_cval(x)->slen;
	return -1;
}

static void visit(Node *n, void *ctx) {
	FILE *out = ctx;
	if (n->kind != ND_INDEX || !n->rhs || n->rhs->is_const || n->rhs->is_type)
		return;
	int64_t len = checked_len(n->lhs);
	if (len >= 0 && bounded(n->rhs, len) && esc_reportable(n->pos))
		fprintf(out, "%s: index bounds check elided\n", fmt_pos(n->pos));
}

static void report_func(FILE *out, Func *fn) {
	if (!func_info(fn)->walked || fn->wrapper || !fn->decl || !node_ext(fn->decl)->body)
		return;
	esc_visit_live(node_ext(fn->decl)->body, visit, out);
	for (int i = fn->funclits.len - 1; i >= 0; i--)
		report_func(out, VEC_AT(fn->funclits, i));
}

void esc_report_bounded(Program *prog, FILE *out) {
	for (int pass = 0; pass < 2; pass++)
		for (int i = 0; i < prog->funcs.len; i++) {
			Func *fn = VEC_AT(prog->funcs, i);
			if (!fn->outer && !fn->shape_repeat && (fn->shape_name != NULL) == (pass == 1))
				report_func(out, fn);
		}
}

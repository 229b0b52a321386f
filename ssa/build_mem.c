// build_mem.c - SSA construction for what lives in memory or calls the
// C runtime: package-level variables (their words at their symbol), local
// arrays (a frame area each), strings, slicing, and the builtins and
// conversions that call the runtime (make, append, copy, string
// concatenation and comparison, []byte(s), string(b)).
//
// A string is two words (pointer, length) like a slice's three. The
// runtime's functions take System V arguments (RtCall), most of them the
// address of a string or slice header: those headers, and the results the
// runtime writes, are frame areas (FrameAddr) the builder stores the words
// to and loads them back from, so the words themselves stay in registers
// everywhere else. A value that lives across the call is in a callee-saved
// register or a frame slot (regalloc.c), where the collector's
// conservative scan of the stack finds its pointers.
#include <stdlib.h>
#include <string.h>
#include "build.h"

Value *addr_of(Builder *B, const char *sym) {
	Value *v = value(B, SSA_ADDR, MT_PTR, 0, NULL, NULL);
	v->sym = sym;
	return v;
}

Value *frame_area(Builder *B, int64_t size) {
	Value *v = value(B, SSA_FRAMEADDR, MT_PTR, 0, NULL, NULL);
	v->aux = size;
	return v;
}

// fn(args...); site: the allocation it makes (its source text goes to
// the allocation-site table, its escape verdict into the assembly), or NULL.
Value *rtcall(Builder *B, const char *fn, MType t, int n, Value **args, Node *site) {
	Value *c = value(B, SSA_RTCALL, t, 0, NULL, NULL);
	c->sym = fn;
	if (site) {
		c->text = expr_text(site);
		c->note = alloc_verdict(site);
	}
	for (int k = 0; k < n; k++)
		ssa_add_arg(c, args[k]);
	return c;
}

static const MType header_types[3] = {MT_PTR, MT_I64, MT_I64};

// The n words w of machine types mt at area + off.
void store_words(Builder *B, Value *area, int64_t off, int n, Value **w, const MType *mt) {
	for (int k = 0; k < n; k++) {
		Value *st = value(B, SSA_STORE, mt[k], 2, area, w[k]);
		st->aux = off + 8 * k;
	}
}

static Value *load_word(Builder *B, Value *area, int64_t off, MType t) {
	Value *v = value(B, SSA_LOAD, t, 1, area, NULL);
	v->aux = off;
	return v;
}

// A header of n words in a frame area of its own, for the runtime to read.
Value *header(Builder *B, int n, Value **w) {
	Value *area = frame_area(B, 8 * n);
	store_words(B, area, 0, n, w, header_types);
	return area;
}

// The n words the runtime wrote at area.
int load_header(Builder *B, Value *area, int n, Value **out) {
	for (int k = 0; k < n; k++)
		out[k] = load_word(B, area, 8 * k, header_types[k]);
	return n;
}

bool is_global_var(Obj *v) {
	return v && v->kind == OBJ_VAR && v->is_global;
}

Value *global_addr(Builder *B, Obj *v) {
	return addr_of(B, v->sym ? v->sym : cg_sym(v->name));
}

bool is_array_local(Obj *v) {
	Type *u = v && v->kind == OBJ_VAR ? type_under(v->type) : NULL;
	return u && u->kind == TY_ARRAY && !v->is_global && !v->heap && !v->captured && !v->is_param && !v->is_result &&
	       !v->is_recv && word_count(u->elem);
}

// Stores, or memset when large.
void zero_area(Builder *B, Value *p, int64_t size) {
	if (size > 64) {
		Value *args[SSA_MAX_WORDS] = {p, constant(B, MT_I64, 0), constant(B, MT_I64, size)};
		rtcall(B, "memset", MT_PTR, 3, args, NULL);
		return;
	}
	for (int64_t off = 0; off < size; off += 8) {
		Value *st = value(B, SSA_STORE, MT_I64, 2, p, constant(B, MT_I64, 0));
		st->aux = off;
	}
}

static int64_t area_size(Type *t) {
	int64_t size = (tsize(t) + 7) / 8 * 8;
	return size ? size : 8;
}

Value *new_object(Builder *B, Type *t, Node *site, const char *what) {
	Value *p;
	if (node_is_stack(site)) {
		p = frame_area(B, area_size(t));
	} else {
		Value *args[2] = {constant(B, MT_I64, tsize(t)), addr_of(B, typedesc(t))};
		p = rtcall(B, "runtime_new", MT_PTR, 2, args, NULL);
		p->text = what;
		p->pos = site->pos;  // the allocation site
	}
	p->note = new_verdict(what, site);
	return p;
}

Value *local_area(Builder *B, Obj *v) {
	Value *a = ptrmap_get(&B->arrays, v);
	if (a)
		return a;
	Block *entry = B->f->blocks.data[0];
	a = ssa_new_value(entry, SSA_FRAMEADDR, MT_PTR, 0);
	a->aux = area_size(v->type);
	a->name = v->name;
	memmove(&entry->values.data[1], &entry->values.data[0], (size_t)(entry->values.len - 1) * sizeof(void *));
	entry->values.data[0] = a;
	ptrmap_put(&B->arrays, v, a);
	vec_push(&B->f->mem_vars, v);  // for the frame map and the debugger
	vec_push(&B->f->mem_areas, a);
	return a;
}

void zero_array(Builder *B, Obj *v) {
	zero_area(B, local_area(B, v), area_size(v->type));
}

bool array_words(Builder *B, Node *e, Value **out) {
	e = skip_parens(e);
	if (e->kind != ND_IDENT || !is_array_local(e->obj))
		return fail(B), false;
	out[0] = local_area(B, e->obj);
	out[1] = out[2] = constant(B, MT_I64, type_under(e->type)->len);
	return true;
}

int string_const(Builder *B, Node *e, Value **out) {
	const ConstVal *c = node_cval(e);
	out[0] = c->slen ? addr_of(B, frame_text(".Lstrdata.%d", string_literal(c->s, c->slen))) : constant(B, MT_PTR, 0);
	out[1] = constant(B, MT_I64, (int64_t)c->slen);
	return 2;
}

// Both operands' words, the one that calls first (as gc).
static bool operands(Builder *B, Node *l, Node *r, Value **lw, Value **rw) {
	Value **out[2] = {lw, rw};
	Node *e[2] = {l, r};
	bool swap = has_effects(r) && !has_effects(l);
	for (int i = 0; i < 2; i++) {
		int k = swap ? 1 - i : i;
		if (!expr_words(B, e[k], out[k]))
			return false;
	}
	return true;
}

Value *string_compare(Builder *B, Node *e) {
	Value *l[SSA_MAX_WORDS], *r[SSA_MAX_WORDS];
	if (!operands(B, e->lhs, e->rhs, l, r))
		return fail(B);
	Value *args[4] = {l[0], l[1], r[0], r[1]};  // the words in registers, not through memory
	if (e->op == OP_EQ || e->op == OP_NE) {
		Value *eq = rtcall(B, "runtime_eqstring_words", MT_I8, 4, args, NULL);
		return e->op == OP_EQ ? eq : value(B, SSA_NOT, MT_I8, 1, eq, NULL);
	}
	Value *c = rtcall(B, "runtime_cmpstring_words", MT_I64, 4, args, NULL);
	SsaOp op = e->op == OP_LT ? SSA_LESS : e->op == OP_LE ? SSA_LEQ : e->op == OP_GT ? SSA_GREATER : SSA_GEQ;
	return value(B, op, MT_I8, 2, c, constant(B, MT_I64, 0));
}

static void concat_parts(Node *e, Vec *parts) {
	e = skip_parens(e);
	if (e->kind == ND_BINARY && e->op == OP_ADD && !e->is_const) {
		concat_parts(e->lhs, parts);
		concat_parts(e->rhs, parts);
	} else {
		vec_push(parts, e);
	}
}

// All the operands of a + b + c in one runtime_concatstrings, which
// allocates the result (or returns the one non-empty operand).
int concat(Builder *B, Node *e, Value **out) {
	Vec parts = {0};
	concat_parts(e, &parts);
	Value ***w = ssa_zalloc(B->f, (size_t)parts.len * sizeof(Value **));
	int *n = ssa_zalloc(B->f, (size_t)parts.len * sizeof(int));
	eval_list(B, &parts, w, n);
	if (B->failed)
		return 0;
	B->pos = e->pos;
	free(parts.data);
	return concat_words(B, parts.len, w, e, out);
}

int concat_words(Builder *B, int n, Value ***w, Node *site, Value **out) {
	Value *area = frame_area(B, 16 * n);
	for (int i = 0; i < n; i++)
		store_words(B, area, 16 * i, 2, w[i], header_types);
	Value *dst = frame_area(B, 16);
	Value *args[SSA_MAX_WORDS] = {dst, area, constant(B, MT_I64, n)};
	Value *c = rtcall(B, "runtime_concatstrings", MT_VOID, 3, args, site);
	if (!site)
		c->text = "+= (string concatenation)";
	return load_header(B, dst, 2, out);
}

// base + lo * size, or base itself when the result is empty (cap, for a
// string its length, is 0), as gc: never a pointer past the end of the
// underlying object. The mask is -1 when newcap > 0, else 0.
static Value *slice_ptr(Builder *B, Value *base, Value *lo, int64_t size, Value *newcap) {
	Value *delta = value(B, SSA_MUL, MT_I64, 2, lo, constant(B, MT_I64, size));
	Value *neg = value(B, SSA_NEG, MT_I64, 1, newcap, NULL);
	Value *mask = value(B, SSA_RSH, MT_I64, 2, neg, constant(B, MT_I64, 63));
	return value(B, SSA_ADD, MT_PTR, 2, base, value(B, SSA_AND, MT_I64, 2, mask, delta));
}

static void slice_check(Builder *B, Value *x, Value *y, int which, bool uns) {
	Value *c = value(B, SSA_SLICECHECK, MT_VOID, 2, x, y);
	c->aux = which + (uns ? 256 : 0);
}

// s[lo:hi] and s[lo:hi:max] of a slice, string or local array: the bounds are
// evaluated, then checked in Go's order, each failure with Go's message.
int slice_expr(Builder *B, Node *e, Value **out) {
	Type *t = type_under(e->lhs->type);
	bool is_str = t->kind == TY_STRING, lenlike = is_str || t->kind == TY_ARRAY;
	Value *s[SSA_MAX_WORDS];
	if (t->kind == TY_ARRAY ? !array_words(B, e->lhs, s) : (t->kind != TY_SLICE && !is_str) || !expr_words(B, e->lhs, s))
		return fail(B), 0;
	if (is_str)
		s[2] = s[1];
	Node *lon = node_rare(e)->lo, *hin = node_rare(e)->hi, *maxn = node_rare(e)->max;
	Value *lo = lon ? expr(B, lon) : constant(B, MT_I64, 0);
	Value *hi = hin ? expr(B, hin) : s[1];
	Value *max = maxn ? expr(B, maxn) : s[2];
	if (B->failed)
		return 0;
	B->pos = e->pos;
	Type *it = lon ? lon->type : hin ? hin->type : ty_int;
	bool uns = type_is_unsigned(type_under(it));
	if (node_ext(e)->slice3) {
		slice_check(B, max, s[2], lenlike ? SLICE3_ALEN : SLICE3_ACAP, uns);
		slice_check(B, hi, max, SLICE3_B, uns);
		slice_check(B, lo, hi, SLICE3_C, uns);
	} else {
		slice_check(B, hi, s[2], lenlike ? SLICE_ALEN : SLICE_ACAP, uns);
		slice_check(B, lo, hi, SLICE_B, uns);
	}
	out[1] = value(B, SSA_SUB, MT_I64, 2, hi, lo);
	if (is_str) {
		out[0] = slice_ptr(B, s[0], lo, 1, out[1]);
		return 2;
	}
	out[2] = value(B, SSA_SUB, MT_I64, 2, max, lo);
	out[0] = slice_ptr(B, s[0], lo, tsize(t->elem), out[2]);
	return 3;
}

static bool is_bytes(Type *t) {
	Type *u = type_under(t);
	return u->kind == TY_SLICE && type_under(u->elem)->kind == TY_UINT8;
}

// string(b) of a []byte and []byte(s) of a string (not of a constant,
// whose bytes the tree walker lays out itself); a []byte(s) that does not
// escape gets Go's 32-byte stack buffer.
int string_conv(Builder *B, Node *e, Value **out) {
	Type *to = type_under(e->type), *from = type_under(e->lhs->type);
	Value *w[SSA_MAX_WORDS];
	bool to_str = to->kind == TY_STRING && is_bytes(from);
	if ((!to_str && !(is_bytes(to) && from->kind == TY_STRING)) || e->lhs->is_const || !expr_words(B, e->lhs, w))
		return fail(B), 0;
	B->pos = e->pos;
	Value *src = header(B, to_str ? 3 : 2, w);
	Value *dst = frame_area(B, to_str ? 16 : 24);
	Value *args[SSA_MAX_WORDS] = {dst, src, NULL};
	if (to_str) {
		rtcall(B, "runtime_slicebytetostring", MT_VOID, 2, args, e);
		return load_header(B, dst, 2, out);
	}
	if (node_is_stack(e)) {
		args[2] = frame_area(B, 32);
		rtcall(B, "runtime_stringtoslicebyte_buf", MT_VOID, 3, args, e);
	} else {
		rtcall(B, "runtime_stringtoslicebyte", MT_VOID, 2, args, e);
	}
	return load_header(B, dst, 3, out);
}

// A zeroed frame area for make([]T, len, cap) of constant sizes that
// escape analysis keeps on the stack (zeroed each time it runs: a loop
// makes a new one every iteration).
static int stack_make(Builder *B, Node *e, int64_t len, int64_t cap, Value **out) {
	Type *u = type_under(e->type);
	Type *arr = type_array(u->elem, cap);
	type_layout(arr);
	Value *p = frame_area(B, area_size(arr));
	p->note = new_verdict(frame_text("make(%s, %lld)", frame_type_text(e->type, true), (long long)cap), e);
	zero_area(B, p, area_size(arr));
	out[0] = p;
	out[1] = constant(B, MT_I64, len);
	out[2] = constant(B, MT_I64, cap);
	return 3;
}

int slice_literal(Builder *B, Node *e, Value **out) {
	Type *et = type_under(e->type)->elem;
	MType mt[SSA_MAX_WORDS];
	int ew = words_of(et, mt);
	int64_t len = node_list(e)->len, next = 0;
	int64_t *idx = xcalloc((size_t)len + 1, sizeof(int64_t));
	Vec vals = {0};  // the elements' values
	for (int i = 0; i < len && ew; i++) {
		Node *el = node_list(e)->data[i];
		if (el->kind == ND_KEYVAL) {
			if (!el->lhs || !el->lhs->is_const)
				return fail(B), 0;
			next = (int64_t)node_cval(el->lhs)->i;
			el = el->rhs;
		}
		idx[i] = next++;
		if (idx[i] >= len)  // a gap: the array would need zeroing
			return fail(B), 0;
		vec_push(&vals, el);
	}
	if (!ew)
		return fail(B), 0;
	B->pos = e->pos;
	Type *arr = type_array(et, len);
	type_layout(arr);
	// Go points an empty literal at zerobase: non-nil, no allocation
	out[0] = len ? new_object(B, arr, e, expr_text(e)) : addr_of(B, typedesc(e->type));
	Value ***w = ssa_zalloc(B->f, ((size_t)len + 1) * sizeof(Value **));
	int *n = ssa_zalloc(B->f, ((size_t)len + 1) * sizeof(int));
	eval_list(B, &vals, w, n);
	for (int i = 0; i < len && !B->failed; i++)
		store_words(B, out[0], idx[i] * tsize(et), ew, w[i], mt);
	out[1] = out[2] = constant(B, MT_I64, len);
	free(vals.data);
	free(idx);
	return B->failed ? 0 : 3;
}

// make([]T, len[, cap]): on the heap runtime_makeslice (which panics on
// bad sizes), or a frame area.
int make_slice(Builder *B, Node *e, Value **out) {
	int first = node_list(e)->len && ((Node *)node_list(e)->data[0])->is_type;
	Node *lenn = first < node_list(e)->len ? node_list(e)->data[first] : NULL;
	Node *capn = first + 1 < node_list(e)->len ? node_list(e)->data[first + 1] : NULL;
	Type *u = type_under(e->type);
	if (u->kind != TY_SLICE || !lenn)
		return fail(B), 0;
	if (node_is_stack(e) && lenn->is_const && (!capn || capn->is_const)) {
		int64_t len = (int64_t)node_cval(lenn)->i, cap = capn ? (int64_t)node_cval(capn)->i : len;
		if (len < 0 || len > cap)
			return fail(B), 0;
		B->pos = e->pos;
		return stack_make(B, e, len, cap, out);
	}
	Value *len = expr(B, lenn);
	Value *cap = capn ? expr(B, capn) : len;
	if (B->failed)
		return 0;
	B->pos = e->pos;
	Value *dst = frame_area(B, 24);
	Value *args[4] = {dst, addr_of(B, typedesc(u->elem)), len, cap};
	rtcall(B, "runtime_makeslice", MT_VOID, 4, args, e);
	out[0] = load_word(B, dst, 0, MT_PTR);
	out[1] = len;
	out[2] = cap;
	return 3;
}

// The address of element i of the slice whose pointer is p.
static Value *elem_at(Builder *B, Value *p, Value *i, int64_t size) {
	return value(B, SSA_ADD, MT_PTR, 2, p, value(B, SSA_MUL, MT_I64, 2, i, constant(B, MT_I64, size)));
}

// append(s, x, y) and append(s, t...): when the new length passes the
// capacity, runtime_growslice moves the elements to a bigger array; the
// pointer and capacity then merge with a phi. The new elements are stored
// (or, with ..., moved: t may overlap s) after the old ones.
int append_words(Builder *B, Node *e, Value **out) {
	Type *et = type_under(type_under(e->type)->elem);
	MType mt[SSA_MAX_WORDS];
	int ew = words_of(et, mt);
	if (e->rlist.len || !node_list(e)->len || (!ew && !e->has_dots))
		return fail(B), 0;
	Value ***w = ssa_zalloc(B->f, (size_t)node_list(e)->len * sizeof(Value **));
	int *n = ssa_zalloc(B->f, (size_t)node_list(e)->len * sizeof(int));
	eval_list(B, node_list(e), w, n);  // the slice too: append(s, f()) reads s after f
	if (B->failed || n[0] != 3)
		return fail(B), 0;
	B->pos = e->pos;
	int64_t es = tsize(et);
	Value *s_ptr = w[0][0], *s_len = w[0][1], *s_cap = w[0][2];
	Value *count = e->has_dots ? w[1][1] : constant(B, MT_I64, node_list(e)->len - 1);
	Value *newlen = value(B, SSA_ADD, MT_I64, 2, s_len, count);
	Var *ptr = ssa_zalloc(B->f, 2 * sizeof(Var)), *cap = ptr + 1;
	ptr[0] = (Var){.mt = MT_PTR, .name = "append ptr"};
	cap[0] = (Var){.mt = MT_I64, .name = "append cap"};
	write_var(B, B->cur, ptr, s_ptr);
	write_var(B, B->cur, cap, s_cap);
	Block *grow = new_block(B), *join = new_block(B);
	branch_on(B, value(B, SSA_GREATERU, MT_I8, 2, newlen, s_cap), grow, join);
	seal(B, grow);
	B->cur = grow;
	Value *hdr = header(B, 3, w[0]);
	Value *args[SSA_MAX_WORDS] = {hdr, addr_of(B, typedesc(et)), newlen};
	rtcall(B, "runtime_growslice", MT_VOID, 3, args, e);
	write_var(B, B->cur, ptr, load_word(B, hdr, 0, MT_PTR));
	write_var(B, B->cur, cap, load_word(B, hdr, 16, MT_I64));
	jump(B, join);
	seal(B, join);
	B->cur = join;
	Value *p = read_var(B, ptr, join), *c = read_var(B, cap, join);
	if (e->has_dots) {
		Value *cargs[5] = {elem_at(B, p, s_len, es), count, w[1][0], count, constant(B, MT_I64, es)};
		rtcall(B, "runtime_slicecopy", MT_I64, 5, cargs, NULL);
	} else {
		for (int i = 1; i < node_list(e)->len; i++) {
			Value *at = value(B, SSA_ADD, MT_I64, 2, s_len, constant(B, MT_I64, i - 1));
			store_words(B, elem_at(B, p, at, es), 0, ew, w[i], mt);
		}
	}
	out[0] = p;
	out[1] = newlen;
	out[2] = c;
	return 3;
}

// copy(dst, src) of slices (src may be a string): n = min(len(dst),
// len(src)) without a branch (lengths are never negative, so their
// difference d cannot overflow: n = len(src) + (d & d>>63)), then a
// memmove of n elements straight from the function (a small copy, as in
// fannkuch's loop, then costs one call, not two).
Value *copy_slices(Builder *B, Node *e) {
	Value *d[SSA_MAX_WORDS], *s[SSA_MAX_WORDS];
	if (e->rlist.len || node_list(e)->len != 2 || !operands(B, node_list(e)->data[0], node_list(e)->data[1], d, s))
		return fail(B);
	B->pos = e->pos;
	int64_t es = tsize(type_under(((Node *)node_list(e)->data[0])->type)->elem);
	Value *diff = value(B, SSA_SUB, MT_I64, 2, d[1], s[1]);
	Value *neg = value(B, SSA_RSH, MT_I64, 2, diff, constant(B, MT_I64, 63));
	Value *n = value(B, SSA_ADD, MT_I64, 2, s[1], value(B, SSA_AND, MT_I64, 2, diff, neg));
	Value *args[3] = {d[0], s[0], value(B, SSA_MUL, MT_I64, 2, n, constant(B, MT_I64, es))};
	rtcall(B, "memmove", MT_VOID, 3, args, NULL);
	return n;
}

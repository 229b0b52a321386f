// build.c - SSA construction from the checked, escape-decided tree, by
// Braun et al., "Simple and Efficient Construction of Static Single
// Assignment Form" (CC 2013): each block maps a Go variable to its current
// value; reading a variable a block does not define asks its
// predecessors, through a phi when there are several; a block whose
// predecessors are not all known yet (a loop header) is "unsealed" and
// gets incomplete phis, filled when it is sealed. Trivial phis become
// copies (copyprop.c removes them when optimising).
//
// The subset (transitional: see ssa.h): every variable of the function is
// a local or parameter of a bool, integer, float64, pointer, func, string,
// slice or interface type that is neither address-taken, captured, nor moved to the
// heap (a string is two variables: pointer, length; a slice three:
// pointer, length, capacity; an interface two: itab or type, data
// (build_iface.c); a func value one, its closure; a struct one per word
// of its fields, words.c), or a capture
// of a function literal's (build_closure.c); statements are blocks,
// assignments and definitions (to variables and slice elements), ++/--,
// if, for, range over slices, expression switches without fallthrough,
// unlabelled break/continue, return, and calls; expressions are
// constants, variables, arithmetic, comparisons, logic, shifts,
// conversions between those types, slice and string elements
// (bounds-checked), len and cap, fields and variables through pointers
// (nil-checked), and calls of Go functions and func values whose
// arguments and results are such values; build_mem.c adds package-level
// variables, local arrays in frame areas, slicing and what calls the C
// runtime (make, append, copy, string concatenation, comparison and
// conversions), build_struct.c struct literals, fields of struct values,
// ==, &T{...}, new(T) and address-taken struct locals, build_fmt.c fmt's
// printing functions. A function that
// makes a function literal, defers or recovers is outside. Anything else makes ssa_build
// return NULL and the tree walker compiles the function.
#include <stdlib.h>
#include <string.h>
#include "build.h"

bool mtype_of(Type *t, MType *mt, bool *sgn) {
	if (!t)
		return false;
	Type *u = type_under(t);
	*sgn = false;
	switch (u->kind) {
	case TY_BOOL: case TY_UINT8: *mt = MT_I8; return true;
	case TY_UINT16: *mt = MT_I16; return true;
	case TY_UINT32: *mt = MT_I32; return true;
	case TY_UINT: case TY_UINT64: case TY_UINTPTR: *mt = MT_I64; return true;
	case TY_INT8: *sgn = true; *mt = MT_I8; return true;
	case TY_INT16: *sgn = true; *mt = MT_I16; return true;
	case TY_INT32: *sgn = true; *mt = MT_I32; return true;
	case TY_INT: case TY_INT64: *sgn = true; *mt = MT_I64; return true;
	case TY_PTR: case TY_UNSAFEPTR: case TY_FUNC: *mt = MT_PTR; return true;  // a func value: its closure
	case TY_MAP: *mt = MT_PTR; return true;  // the runtime's map, build_map.c
	case TY_FLOAT64: *sgn = true; *mt = MT_F64; return true;
	default: return false;
	}
}

Value *fail(Builder *B) {
	if (!B->failed) {
		Pos p = B->at && B->at->pos.line > 0 ? B->at->pos : B->pos;
		B->why = xasprintf("%s at %d:%d", ssa_why_node(B->at), p.line, p.col);
	}
	B->failed = true;
	return ssa_new_value(B->cur, SSA_CONST, MT_I64, 0);
}

Value *value(Builder *B, SsaOp op, MType t, int nargs, Value *a, Value *b) {
	Value *v = ssa_new_value(B->cur, op, t, 0);
	v->pos = B->pos;
	v->inl = B->inl;
	if (nargs > 0)
		ssa_add_arg(v, a);
	if (nargs > 1)
		ssa_add_arg(v, b);
	return v;
}

Value *constant(Builder *B, MType t, int64_t c) {
	Value *v = value(B, SSA_CONST, t, 0, NULL, NULL);
	v->aux = c;
	return v;
}

// v re-extended to t's width (a no-op for 8-byte types).
Value *extend_to(Builder *B, Value *v, Type *t) {
	MType mt;
	bool sgn;
	if (!mtype_of(t, &mt, &sgn) || mtype_size(mt) == 8)  // a struct's words are 8 bytes
		return v;
	return value(B, sgn ? SSA_SIGNEXT : SSA_ZEROEXT, mt, 1, v, NULL);
}

Block *new_block(Builder *B) {
	Block *b = ssa_new_block(B->f, BK_PLAIN);
	b->pos = B->pos;
	return b;
}

void jump(Builder *B, Block *to) {
	if (!B->cur)
		return;
	ssa_add_edge(B->cur, to);
	B->cur = NULL;
}

void branch_on(Builder *B, Value *c, Block *t, Block *f) {
	B->cur->kind = BK_IF;
	ssa_push(B->f, &B->cur->controls, c);
	ssa_add_edge(B->cur, t);
	ssa_add_edge(B->cur, f);
	B->cur = NULL;
}

// Code after return, break or continue still has to be walked (it may
// declare things); it goes into a block no edge reaches.
static void ensure_block(Builder *B) {
	if (!B->cur) {
		B->cur = new_block(B);
		B->cur->sealed = true;
	}
}

// ---- variables (Braun et al.) ----

// The words of variable obj, named for the frame map and the debugger:
// "n", "s.len", "v.min.x"; in the function's arena, like the values
// named after them.
static Var *var_words_of(Builder *B, Obj *obj) {
	Var *w = ptrmap_get(&B->var_words, obj);
	if (!w) {
		SsaWords sw;
		ssa_words(obj->type, &sw);
		w = ssa_zalloc(B->f, (sw.n ? (size_t)sw.n : 1) * sizeof(Var));
		for (int i = 0; i < sw.n; i++)
			w[i] = (Var){.obj = obj, .mt = sw.mt[i],
			             .name = *sw.suffix[i] ? frame_text("%s%s", obj->name, sw.suffix[i]) : obj->name};
		ptrmap_put(&B->var_words, obj, w);
	}
	return w;
}

// Each block's current value of a variable, in the variable: an array
// by block id over the ids it was written or looked up in (a variable
// lives in a stretch of the function, whose blocks are numbered in
// order), grown in the function's arena. Braun's lookups write the value
// found into every block they pass: a hash table keyed by (block,
// variable) cost a hash and a probe for each of those reads and writes.
static Value *def_of(Var *var, Block *b) {
	unsigned k = (unsigned)(b->id - var->lo);
	return k < (unsigned)var->n ? var->def[k] : NULL;
}

// Room in var's array for block id.
static void def_room(Builder *B, Var *var, int id) {
	int lo = var->n && var->lo < id ? var->lo : id;
	int hi = var->n && var->lo + var->n > id + 1 ? var->lo + var->n : id + 1;
	int n = hi - lo < 8 ? 16 : 2 * (hi - lo);  // room for the blocks to come
	Value **def = ssa_zalloc(B->f, (size_t)n * sizeof(Value *));
	if (var->n)
		memcpy(def + (var->lo - lo), var->def, (size_t)var->n * sizeof(Value *));
	var->def = def;
	var->lo = lo;
	var->n = n;
}

void write_var(Builder *B, Block *b, Var *var, Value *v) {
	if (!v->name && v->op != SSA_CONST)
		v->name = var->name;
	if ((unsigned)(b->id - var->lo) >= (unsigned)var->n)
		def_room(B, var, b->id);
	var->def[b->id - var->lo] = v;
}

static void add_phi_operands(Builder *B, Var *var, Value *phi) {
	Block *b = phi->block;
	for (int i = 0; i < b->preds.len; i++)
		ssa_add_arg(phi, read_var(B, var, b->preds.data[i]));
	Value *same = ssa_trivial_phi(phi);
	if (!same)
		return;
	if (same == phi)  // no definition reaches (unreachable code): zero
		same = ssa_new_value(b, SSA_CONST, phi->type, 0);
	ssa_to_copy(phi, same);
}

Value *read_var(Builder *B, Var *var, Block *b) {
	Value *v = def_of(var, b);
	if (v)
		return v;
	if (!b->sealed) {
		v = ssa_new_phi(b, var->mt);
		v->pos = b->pos;
		ssa_push(B->f, &b->incomplete, var);  // the variable and its phi
		ssa_push(B->f, &b->incomplete, v);
	} else if (b->preds.len == 0) {
		v = ssa_new_value(b, SSA_CONST, var->mt, 0);
	} else if (b->preds.len == 1) {
		v = read_var(B, var, b->preds.data[0]);
	} else {
		v = ssa_new_phi(b, var->mt);
		v->pos = b->pos;
		write_var(B, b, var, v);
		add_phi_operands(B, var, v);
	}
	write_var(B, b, var, v);
	return v;
}

void seal(Builder *B, Block *b) {
	b->sealed = true;
	for (int i = 0; i + 1 < b->incomplete.len; i += 2)
		add_phi_operands(B, b->incomplete.data[i], b->incomplete.data[i + 1]);
	b->incomplete.len = 0;
}

// Whether v is an SSA variable: a local or parameter of the function, or
// a variable a function literal captured by value.
bool var_ok(Builder *B, Obj *v) {
	Capture *c = capture_of(B, v);
	if (c)
		return !c->byref && word_count(v->type);
	return v && v->kind == OBJ_VAR && !v->is_global && !v->addr_taken && !v->heap &&
	       (!v->captured || captured_by_value(B, v)) && word_count(v->type);
}

int read_words(Builder *B, Obj *obj, int first, int n, Value **out) {
	Var *w = var_words_of(B, obj);
	for (int k = 0; k < n; k++)
		out[k] = read_var(B, &w[first + k], B->cur);
	return n;
}

int read_obj(Builder *B, Obj *obj, Value **out) {
	return read_words(B, obj, 0, word_count(obj->type), out);
}

// Words first.. of obj (a field of a struct variable, or all of it).
static void write_words(Builder *B, Obj *obj, int first, int n, Value **vals) {
	if (B->params_set && (obj->is_param || obj->is_recv)) {
		bool seen = false;
		for (int i = 0; i < B->f->reassigned.len && !seen; i++)
			seen = B->f->reassigned.data[i] == obj;
		if (!seen)
			vec_push(&B->f->reassigned, obj);
	}
	Var *w = var_words_of(B, obj);
	for (int k = 0; k < n; k++)
		write_var(B, B->cur, &w[first + k], vals[k]);
}

void write_obj(Builder *B, Obj *obj, Value **vals) {
	write_words(B, obj, 0, word_count(obj->type), vals);
}

void bind_obj(Builder *B, Obj *obj, Value **vals) {
	int n = word_count(obj->type);
	Var *w = var_words_of(B, obj);
	for (int k = 0; k < n; k++)
		write_var(B, B->cur, &w[k], vals[k]);
}

// The words of variable obj (n of them); 0 after failing.
static int read_ident(Builder *B, Obj *obj, Value **out) {
	Capture *c = capture_of(B, obj);
	if (c && c->byref && word_count(obj->type))
		return load_words(B, byref_addr(B, c), 0, obj->type, out);
	if (is_global_var(obj) && word_count(obj->type))
		return load_words(B, global_addr(B, obj), 0, obj->type, out);
	if (is_struct_local(obj))
		return load_words(B, local_area(B, obj), 0, obj->type, out);
	if (!var_ok(B, obj)) {
		fail(B);
		return 0;
	}
	return read_obj(B, obj, out);
}

Obj *var_field(Builder *B, Node *e, int *first) {
	e = skip_parens(e);
	Type *lt = e->kind == ND_SELECTOR && e->lhs ? e->lhs->type : NULL;
	if (e->kind == ND_IDENT) {
		*first = 0;
		return var_ok(B, e->obj) ? e->obj : NULL;
	}
	if (!lt || type_under(lt)->kind != TY_STRUCT || e->field_index < 0 || e->field_index >= type_under(lt)->fields.len)
		return NULL;
	Obj *v = var_field(B, e->lhs, first);
	int at;
	field_words(lt, e->field_index, &at);
	*first += at;
	return v;
}

// ---- expressions ----

static void cond_branch(Builder *B, Node *e, Block *t, Block *f);

void check_nil(Builder *B, Value *p, int64_t off) {
	value(B, SSA_NILCHECK, MT_VOID, 1, p, NULL)->aux = off;
}

// The memory a field selection or a dereference names (p.f, p.a.b, *p:
// the checker made every dereference explicit; s[i].f: a slice or local
// array element's, its index checked): the pointer, and the offset from
// it in *off; a package-level variable's fields too (g.f); NULL (failing)
// for anything else.
Value *mem_addr(Builder *B, Node *e, int64_t *off) {
	e = skip_parens(e);
	Type *lt = e->lhs ? e->lhs->type : NULL;
	if (e->kind == ND_SELECTOR && lt && type_under(lt)->kind == TY_STRUCT && e->field_index >= 0 &&
	    e->field_index < type_under(lt)->fields.len) {
		Value *p = mem_addr(B, e->lhs, off);
		if (p)
			*off += ((Field *)type_under(lt)->fields.data[e->field_index])->offset;
		return p;
	}
	MType mt;
	bool sgn;
	if ((e->kind == ND_DEREF || e->kind == ND_STAR) && lt && type_under(lt)->kind == TY_PTR &&
	    mtype_of(lt, &mt, &sgn)) {
		*off = 0;
		return expr(B, e->lhs);
	}
	if (e->kind == ND_INDEX) {
		*off = 0;
		return elem_addr(B, e);
	}
	if (e->kind == ND_IDENT && (is_global_var(e->obj) || is_struct_local(e->obj))) {
		*off = 0;
		return is_struct_local(e->obj) ? local_area(B, e->obj) : global_addr(B, e->obj);
	}
	fail(B);
	return NULL;
}

// The words of the memory e names (a field through a pointer, *p, s[i].f),
// after the pointer's nil check; 0 after failing.
static int load_mem(Builder *B, Node *e, Value **out) {
	int64_t off;
	Value *p = mem_addr(B, e, &off);
	if (!p)
		return 0;
	if (through_pointer(e))
		check_nil(B, p, off);
	return load_words(B, p, off, e->type, out);
}

Node *skip_parens(Node *e) {
	while (e && e->kind == ND_PAREN)
		e = e->lhs;
	return e;
}

// Evaluates exprs[i] into the words out[i] (n[i] of them): those that
// call first, in order, then the others, as gc (and codegen/order.c).
void eval_list(Builder *B, const Vec *exprs, Value ***out, int *n) {
	bool *calls = ssa_zalloc(B->f, (size_t)exprs->len + 1);  // has_effects walks the whole expression: once
	for (int i = 0; i < exprs->len && exprs->len > 1; i++)  // one expression: no order to find
		calls[i] = has_effects(exprs->data[i]);
	for (int pass = 0; pass < 2 && !B->failed; pass++)
		for (int i = 0; i < exprs->len && !B->failed; i++)
			if (calls[i] == (pass == 0)) {
				Value *w[SSA_MAX_WORDS];
				n[i] = expr_words(B, exprs->data[i], w);
				out[i] = ssa_zalloc(B->f, (size_t)(n[i] > 0 ? n[i] : 1) * sizeof(Value *));  // as many as it has
				memcpy(out[i], w, (size_t)n[i] * sizeof(Value *));
			}
}

// The words of a value read from memory at addr + off, extended.
int load_words(Builder *B, Value *addr, int64_t off, Type *t, Value **out) {
	const SsaWords *w = words_known(t);
	MType mt;
	bool sgn;
	if (!w)
		return 0;
	for (int k = 0; k < w->n; k++) {
		out[k] = value(B, SSA_LOAD, w->mt[k], 1, addr, NULL);
		out[k]->aux = off + w->off[k];
		if (w->scalar[k] && mtype_of(w->scalar[k], &mt, &sgn) && sgn)
			out[k] = extend_to(B, out[k], w->scalar[k]);  // loads zero-extend
	}
	return w->n;
}

// The register ABI a func value of type ft is called with when its code
// has a register entry (abi.c), from the words of its parameters and of
// its results (rt, nres): what the callee's own ABI is made from. recv:
// a method called through an interface, whose receiver (the data word)
// comes first.
static const SsaAbi *func_value_abi(Type *ft, bool recv, const MType *rt, int nres) {
	MType in[64];
	int nin = 0;
	if (recv)
		in[nin++] = MT_PTR;
	for (int i = 0; i < ft->params.len; i++) {
		const SsaWords *w = words_known(ft->params.data[i]);
		if (!w || nin + w->n > 64)
			return NULL;
		for (int k = 0; k < w->n; k++)
			in[nin++] = w->mt[k];
	}
	return ssa_abi_of_words(in, nin, rt, nres);
}

// The call's result words (extended), *n of them; NULL after failing.
static Value **call(Builder *B, Node *e, int *n) {
	Node *fn = skip_parens(e->lhs);
	*n = 0;
	bool direct = fn && (fn->kind == ND_FUNCNAME || fn->kind == ND_IDENT) && fn->obj && fn->obj->kind == OBJ_FUNC;
	bool via_iface = is_iface_method(fn);
	if (!fn || e->has_dots || !fn->type || type_under(fn->type)->kind != TY_FUNC ||
	    (direct && (is_method_expr(fn) || !has_body(fn->obj)))) {
		fail(B);
		return NULL;
	}
	Type *ft = type_under(fn->type);
	MType rt[64];
	Type *rtype[64];
	int nres = 0;
	for (int i = 0; i < ft->results.len; i++) {
		const SsaWords *w = words_known(ft->results.data[i]);
		if (!w || nres + w->n > 64) {
			fail(B);
			return NULL;
		}
		for (int k = 0; k < w->n; k++) {
			rtype[nres] = w->scalar[k];
			rt[nres++] = w->mt[k];
		}
	}
	Value *fv = NULL, *iv[SSA_MAX_WORDS];  // Go's order: the func value (or interface), then the arguments
	if (via_iface)
		expr_words(B, fn->lhs, iv);
	else if (!direct)
		fv = expr(B, fn);
	Value ***args = ssa_zalloc(B->f, ((size_t)node_list(e)->len + 1) * sizeof(Value **));
	int *nargs = ssa_zalloc(B->f, ((size_t)node_list(e)->len + 1) * sizeof(int));
	eval_list(B, node_list(e), args, nargs);
	if (B->failed)
		return NULL;
	Value **in = direct ? inline_call(B, fn->obj->func, args, n) : NULL;
	if (in)
		return in;
	if (via_iface)  // its code's slot in the itab stands for the func value
		fv = iface_method(B, fn, iv);
	Value *c = value(B, SSA_CALL, nres ? rt[0] : MT_VOID, 0, NULL, NULL);
	if (direct) {
		c->sym = func_symbol(fn->obj);
		c->callee = fn->obj->func;
	} else {
		ssa_add_arg(c, fv);
		c->abi = func_value_abi(ft, via_iface, rt, nres);
	}
	if (via_iface) {  // the receiver: the data word
		c->note = frame_text("method %s through the itab", fn->name ? fn->name : "?");
		ssa_add_arg(c, iv[1]);
	}
	c->aux = nres;
	for (int i = 0; i < node_list(e)->len; i++)
		for (int k = 0; k < nargs[i]; k++)
			ssa_add_arg(c, args[i][k]);
	Value **res = ssa_zalloc(B->f, ((size_t)nres + 1) * sizeof(Value *));
	res[0] = c;
	for (int k = 1; k < nres; k++) {
		res[k] = value(B, SSA_RESULT, rt[k], 1, c, NULL);
		res[k]->aux = k;
	}
	for (int k = 0; k < nres; k++)
		if (rtype[k])
			res[k] = extend_to(B, res[k], rtype[k]);
	*n = nres;
	return res;
}

static SsaOp arith_op(Op op, bool sgn) {
	switch (op) {
	case OP_ADD: return SSA_ADD;
	case OP_SUB: return SSA_SUB;
	case OP_MUL: return SSA_MUL;
	case OP_DIV: return sgn ? SSA_DIV : SSA_DIVU;
	case OP_REM: return sgn ? SSA_MOD : SSA_MODU;
	case OP_AND: return SSA_AND;
	case OP_OR: return SSA_OR;
	case OP_XOR: return SSA_XOR;
	case OP_ANDNOT: return SSA_ANDNOT;
	case OP_SHL: return SSA_LSH;
	case OP_SHR: return sgn ? SSA_RSH : SSA_RSHU;
	case OP_EQ: return SSA_EQ;
	case OP_NE: return SSA_NEQ;
	case OP_LT: return sgn ? SSA_LESS : SSA_LESSU;
	case OP_LE: return sgn ? SSA_LEQ : SSA_LEQU;
	case OP_GT: return sgn ? SSA_GREATER : SSA_GREATERU;
	case OP_GE: return sgn ? SSA_GEQ : SSA_GEQU;
	default: return SSA_INVALID;
	}
}

static Value *float_op(Builder *B, Op op, Value *l, Value *r) {
	static const SsaOp ops[] = {
		[OP_ADD] = SSA_ADDF, [OP_SUB] = SSA_SUBF, [OP_MUL] = SSA_MULF, [OP_DIV] = SSA_DIVF,
		[OP_EQ] = SSA_EQF, [OP_NE] = SSA_NEQF, [OP_LT] = SSA_LESSF, [OP_LE] = SSA_LEQF,
		[OP_GT] = SSA_GREATERF, [OP_GE] = SSA_GEQF,
	};
	SsaOp sop = (size_t)op < sizeof ops / sizeof ops[0] ? ops[op] : SSA_INVALID;
	if (sop == SSA_INVALID)
		return fail(B);
	return value(B, sop, op_is_comparison(op) ? MT_I8 : MT_F64, 2, l, r);
}

// l op r of Go type t (the operands' type; count_type for shifts).
static Value *binop(Builder *B, Op op, Type *t, Type *count_type, Value *l, Value *r, Type *result) {
	MType mt, ct;
	bool sgn, csgn;
	if (!mtype_of(t, &mt, &sgn))
		return fail(B);
	if (mt == MT_F64)
		return float_op(B, op, l, r);
	SsaOp sop = arith_op(op, sgn);
	if (sop == SSA_INVALID)
		return fail(B);
	if (op_is_comparison(op))
		return value(B, sop, MT_I8, 2, l, r);
	if (mt == MT_PTR || type_under(t)->kind == TY_BOOL)  // only comparisons
		return fail(B);
	if ((op == OP_SHL || op == OP_SHR) && mtype_of(count_type, &ct, &csgn) && csgn)
		value(B, SSA_SHIFTCHECK, MT_VOID, 1, r, NULL);
	return extend_to(B, value(B, sop, MT_I64, 2, l, r), result);
}

// && and || as values: branches joined by a phi of constants.
static Value *logic_value(Builder *B, Node *e) {
	Block *t = new_block(B), *f = new_block(B), *join = new_block(B);
	cond_branch(B, e, t, f);
	seal(B, t);
	seal(B, f);
	B->cur = t;
	Value *one = constant(B, MT_I8, 1);
	jump(B, join);
	B->cur = f;
	Value *zero = constant(B, MT_I8, 0);
	jump(B, join);
	seal(B, join);
	B->cur = join;
	Value *phi = ssa_new_phi(join, MT_I8);
	phi->pos = B->pos;
	for (int i = 0; i < join->preds.len; i++)
		ssa_add_arg(phi, join->preds.data[i] == t ? one : zero);
	return phi;
}

static Value *const_value(Builder *B, Node *e) {
	MType mt;
	bool sgn;
	if (!mtype_of(e->type, &mt, &sgn))
		return fail(B);
	if (mt == MT_F64) {
		double d;
		if (node_cval(e)->kind == CV_FLOAT)
			d = node_cval(e)->f;
		else if (node_cval(e)->kind == CV_INT)
			d = (double)node_cval(e)->i;
		else
			return fail(B);
		int64_t bits;
		memcpy(&bits, &d, sizeof bits);
		return constant(B, MT_F64, bits);
	}
	switch (node_cval(e)->kind) {
	case CV_BOOL: return constant(B, mt, node_cval(e)->b);
	case CV_INT: return constant(B, mt, (int64_t)(uint64_t)node_cval(e)->i);
	default: return fail(B);
	}
}

// The address of slice, string or local array element e (ND_INDEX), its
// index checked.
Value *elem_addr(Builder *B, Node *e) {
	MType mt[SSA_MAX_WORDS];
	bool sgn;
	Type *st = type_under(e->lhs->type);
	Type *et = st->kind == TY_STRING ? ty_uint8 : st->elem;
	if ((st->kind != TY_SLICE && st->kind != TY_STRING && st->kind != TY_ARRAY) || !words_of(et, mt) ||
	    !mtype_of(e->rhs->type, &mt[0], &sgn)) {
		fail(B);
		return NULL;
	}
	Value *s[SSA_MAX_WORDS];
	if (st->kind == TY_ARRAY ? !array_words(B, e->lhs, s) : !expr_words(B, e->lhs, s)) {
		fail(B);
		return NULL;
	}
	Value *i = expr(B, e->rhs);
	B->pos = e->pos;
	Value *check = value(B, SSA_INDEXCHECK, MT_VOID, 2, i, s[1]);
	check->aux = !sgn;
	Value *addr = value(B, SSA_PTRINDEX, MT_PTR, 2, s[0], i);
	addr->aux = tsize(et);
	return addr;
}

// The words of e into out; returns how many (0 after failing).
static int words_node(Builder *B, Node *e, Value **out) {
	MType mt[SSA_MAX_WORDS];
	int n = words_of(e->type, mt);
	if (!n) {
		fail(B);
		return 0;
	}
	e = skip_parens(e);
	if (n == 1) {
		out[0] = expr(B, e);
		return 1;
	}
	if (e->is_const && node_cval(e)->kind == CV_STRING)
		return string_const(B, e, out);
	switch (e->kind) {
	case ND_NIL:
		for (int k = 0; k < n; k++)
			out[k] = constant(B, mt[k], 0);
		return n;
	case ND_IDENT:
		return read_ident(B, e->obj, out);
	case ND_TOIFACE:
		return toiface(B, e, out);
	case ND_CONV:  // between types of one underlying type, interfaces, or strings and []byte
		if (type_is_interface(type_under(e->type)) && !type_identical(type_under(e->type), type_under(e->lhs->type)))
			return toiface(B, e, out);
		if (!type_identical(type_under(e->type), type_under(e->lhs->type)))
			return string_conv(B, e, out);
		return expr_words(B, e->lhs, out);
	case ND_BINARY:
		if (e->op != OP_ADD) {
			fail(B);
			return 0;
		}
		return concat(B, e, out);
	case ND_SLICEEXPR:
		return slice_expr(B, e, out);
	case ND_BUILTIN:
		if (e->builtin == BI_MAKE)
			return make_slice(B, e, out);
		if (e->builtin == BI_APPEND)
			return append_words(B, e, out);
		return fmt_call(B, e, out);
	case ND_INDEX: {
		if (is_map_index(e))
			return map_index(B, e, out);
		Value *addr = elem_addr(B, e);
		return addr ? load_words(B, addr, 0, e->type, out) : 0;
	}
	case ND_SELECTOR:
		return in_memory(e) ? load_mem(B, e, out) : field_of_value(B, e, out);
	case ND_DEREF: case ND_STAR:
		return load_mem(B, e, out);
	case ND_COMPOSITE:
		if (type_under(e->type)->kind == TY_SLICE)
			return slice_literal(B, e, out);
		return struct_literal(B, e, out);
	case ND_CALL: {
		int got;
		Value **res = call(B, e, &got);
		if (!res || got != n) {
			fail(B);
			return 0;
		}
		memcpy(out, res, (size_t)n * sizeof(Value *));
		return n;
	}
	default:
		fail(B);
		return 0;
	}
}

// len(s) and cap(s) of a slice, len(s) of a string: the second and third words.
static Value *len_cap(Builder *B, Node *e) {
	Node *a = node_list(e)->len == 1 ? node_list(e)->data[0] : NULL;
	Value *w[SSA_MAX_WORDS];
	TypeKind k = a ? type_under(a->type)->kind : TY_INVALID;
	if (!a || e->rlist.len || (k != TY_SLICE && k != TY_STRING) || !expr_words(B, a, w))
		return fail(B);
	return w[e->builtin == BI_LEN ? 1 : 2];
}

static Value *expr_node(Builder *B, Node *e) {
	MType mt, ft;
	bool sgn, fsgn;
	if (e->is_const)
		return const_value(B, e);
	switch (e->kind) {
	case ND_PAREN:
		return expr(B, e->lhs);
	case ND_NIL:
		if (!mtype_of(e->type, &mt, &sgn) || mt != MT_PTR)
			return fail(B);
		return constant(B, MT_PTR, 0);
	case ND_IDENT: {
		Value *w[SSA_MAX_WORDS];
		if (!mtype_of(e->type, &mt, &sgn) || !read_ident(B, e->obj, w))
			return fail(B);
		return w[0];
	}
	case ND_UNARY: {
		if (!mtype_of(e->type, &mt, &sgn))
			return fail(B);
		if (e->op == OP_ADD)
			return expr(B, e->lhs);
		if (e->op == OP_AND)
			return addr_expr(B, e);
		if (e->op == OP_NOT)
			return value(B, SSA_NOT, MT_I8, 1, expr(B, e->lhs), NULL);
		if (e->op != OP_SUB && e->op != OP_XOR)
			return fail(B);
		if (mt == MT_F64 && e->op == OP_SUB)
			return value(B, SSA_NEGF, MT_F64, 1, expr(B, e->lhs), NULL);
		if (mt == MT_PTR || mt == MT_F64 || type_under(e->type)->kind == TY_BOOL)
			return fail(B);
		Value *x = expr(B, e->lhs);
		return extend_to(B, value(B, e->op == OP_SUB ? SSA_NEG : SSA_COM, MT_I64, 1, x, NULL), e->type);
	}
	case ND_BINARY: {
		if (e->op == OP_LAND || e->op == OP_LOR)
			return logic_value(B, e);
		Node *l = skip_parens(e->lhs), *r = skip_parens(e->rhs);
		if (op_is_comparison(e->op) && type_under(l->type)->kind == TY_STRING)
			return string_compare(B, e);
		if ((e->op == OP_EQ || e->op == OP_NE) && type_under(l->type)->kind == TY_STRUCT)
			return struct_compare(B, e);
		if ((e->op == OP_EQ || e->op == OP_NE) && type_is_interface(type_under(l->type)))
			return iface_compare(B, e);
		if ((e->op == OP_EQ || e->op == OP_NE) && type_under(l->type)->kind == TY_SLICE) {
			Value *w[SSA_MAX_WORDS];  // s == nil: its pointer
			if ((r->kind != ND_NIL && l->kind != ND_NIL) || expr_words(B, r->kind == ND_NIL ? l : r, w) != 3)
				return fail(B);
			return value(B, e->op == OP_EQ ? SSA_EQ : SSA_NEQ, MT_I8, 2, w[0], constant(B, MT_PTR, 0));
		}
		Value *lv, *rv;
		if (has_effects(e->rhs) && !has_effects(e->lhs)) {  // as gc: the call first
			rv = expr(B, e->rhs);
			lv = expr(B, e->lhs);
		} else {
			lv = expr(B, e->lhs);
			rv = expr(B, e->rhs);
		}
		return binop(B, e->op, e->lhs->type, e->rhs->type, lv, rv, e->type);
	}
	case ND_CONV: {
		if (!mtype_of(e->type, &mt, &sgn) || !mtype_of(e->lhs->type, &ft, &fsgn))
			return fail(B);
		if ((mt == MT_F64) != (ft == MT_F64)) {  // only signed integers: uint64 needs more
			bool is_int = type_is_integer(type_under(mt == MT_F64 ? e->lhs->type : e->type));
			if (!is_int || (mt == MT_F64 ? !fsgn : !sgn))
				return fail(B);
			if (mt == MT_F64)
				return value(B, SSA_CVTIF, MT_F64, 1, expr(B, e->lhs), NULL);
			return extend_to(B, value(B, SSA_CVTFI, MT_I64, 1, expr(B, e->lhs), NULL), e->type);
		}
		if ((mt == MT_PTR) != (ft == MT_PTR) ||
		    (type_under(e->type)->kind == TY_BOOL) != (type_under(e->lhs->type)->kind == TY_BOOL))
			return fail(B);
		return extend_to(B, expr(B, e->lhs), e->type);
	}
	case ND_CALL: {
		int n;
		Value **res = call(B, e, &n);
		if (!res || n != 1)
			return fail(B);
		return res[0];
	}
	case ND_ADDR:  // the receiver of a pointer method: &b, &b.min, &s[i]
		return addr_expr(B, e);
	case ND_INDEX: {
		Value *w[SSA_MAX_WORDS];
		if (!mtype_of(e->type, &mt, &sgn))
			return fail(B);
		if (is_map_index(e))
			return map_index(B, e, w) ? w[0] : NULL;
		Value *addr = elem_addr(B, e);
		if (!addr)
			return fail(B);
		load_words(B, addr, 0, e->type, w);
		return w[0];
	}
	case ND_SELECTOR: case ND_DEREF: case ND_STAR: {
		Value *w[SSA_MAX_WORDS];
		if (!mtype_of(e->type, &mt, &sgn))
			return fail(B);
		if (e->kind == ND_SELECTOR && !in_memory(e) ? !field_of_value(B, e, w) : !load_mem(B, e, w))
			return fail(B);
		return w[0];
	}
	case ND_FUNCLIT:
		return func_literal(B, e);
	case ND_BUILTIN:
		if (e->builtin == BI_MAKE && type_under(e->type)->kind == TY_MAP)
			return map_make(B, e);
		if (e->builtin == BI_LEN && node_list(e)->len == 1 && type_under(((Node *)node_list(e)->data[0])->type)->kind == TY_MAP)
			return map_len(B, node_list(e)->data[0]);
		if (e->builtin == BI_LEN || e->builtin == BI_CAP)
			return len_cap(B, e);
		if (e->builtin == BI_COPY)
			return copy_slices(B, e);
		if (e->builtin == BI_NEW)
			return new_zeroed(B, e);
		return fail(B);
	default:
		return fail(B);
	}
}

// expr and expr_words note the node they build, so that a failure
// inside says which construct ended the subset (why.c).
Value *expr(Builder *B, Node *e) {
	Node *outer = B->at;
	B->at = e;
	Value *v = expr_node(B, e);
	B->at = outer;
	return v;
}

int expr_words(Builder *B, Node *e, Value **out) {
	Node *outer = B->at;
	B->at = e;
	int n = words_node(B, e, out);
	B->at = outer;
	return n;
}

// Jumps to t when e holds, else to f; && and || branch without a value.
static void cond_branch(Builder *B, Node *e, Block *t, Block *f) {
	e = skip_parens(e);
	if (e->kind == ND_BINARY && (e->op == OP_LAND || e->op == OP_LOR) && !e->is_const) {
		Block *mid = new_block(B);
		if (e->op == OP_LAND)
			cond_branch(B, e->lhs, mid, f);
		else
			cond_branch(B, e->lhs, t, mid);
		seal(B, mid);
		B->cur = mid;
		cond_branch(B, e->rhs, t, f);
		return;
	}
	if (e->kind == ND_UNARY && e->op == OP_NOT && !e->is_const) {
		cond_branch(B, e->lhs, f, t);
		return;
	}
	branch_on(B, expr(B, e), t, f);
}

// ---- statements ----

static void stmt_node(Builder *B, Node *s);

static void block(Builder *B, const Vec *list) {
	for (int i = 0; i < list->len && !B->failed; i++)
		stmt(B, list->data[i]);
}

static bool is_blank(Node *lhs) {
	return lhs->kind == ND_IDENT && lhs->name && strcmp(lhs->name, "_") == 0 && !lhs->obj;
}

// Where an assignment stores: a variable, or memory (a package-level
// variable, a slice element, a field or variable through a pointer) whose
// address (with the index checked) is computed before the right-hand
// sides run (Go's first phase of assignment); a pointer is checked
// against nil when stored through.
typedef struct Target {
	Node *lhs;
	Obj *var;
	int word;      // var's first word that lhs names (a field of a struct variable)
	Value *addr;
	int64_t off;   // from addr
	bool deref;    // addr is a Go pointer: nil-checked at the store
	Value *map, *key;  // m[k]: its slot is made at the store, after the value
} Target;

static Target target(Builder *B, Node *lhs) {
	lhs = skip_parens(lhs);
	Target t = {lhs, NULL, 0, NULL, 0, false, NULL, NULL};
	if (is_blank(lhs))
		return t;
	Capture *c = lhs->kind == ND_IDENT ? capture_of(B, lhs->obj) : NULL;
	if ((t.var = var_field(B, lhs, &t.word)))
		;
	else if (c && c->byref && word_count(lhs->type))
		t.addr = byref_addr(B, c);
	else if (lhs->kind == ND_IDENT && is_global_var(lhs->obj) && word_count(lhs->type))
		t.addr = global_addr(B, lhs->obj);
	else if (lhs->kind == ND_IDENT && is_struct_local(lhs->obj))
		t.addr = local_area(B, lhs->obj);
	else if (is_map_index(lhs) && word_count(lhs->type))
		map_operands(B, lhs, &t.map, &t.key);
	else if (lhs->kind == ND_INDEX && word_count(lhs->type))
		t.addr = elem_addr(B, lhs);
	else if (word_count(lhs->type) && (t.addr = mem_addr(B, lhs, &t.off)))
		t.deref = through_pointer(lhs);
	else
		fail(B);
	return t;
}

static void store_to(Builder *B, Target *t, Value **vals) {
	MType mt[SSA_MAX_WORDS];
	int n = words_of(t->lhs->type, mt);
	if (t->map)
		t->addr = map_slot(B, t->lhs, t->map, t->key);
	if (t->var) {
		write_words(B, t->var, t->word, n, vals);
	} else if (t->addr) {
		if (t->deref)
			check_nil(B, t->addr, t->off);
		for (int k = 0; k < n; k++) {
			Value *st = value(B, SSA_STORE, mt[k], 2, t->addr, vals[k]);
			st->aux = t->off + 8 * k;
		}
	}
}

// lhs... = rhs... (or :=): the values first, then the assignments.
// in_order: the values left to right (gc does so for var declarations;
// for assignments it evaluates the calls first).
static void assign_list(Builder *B, const Vec *lhs, const Vec *rhs, bool in_order) {
	Target *t = ssa_zalloc(B->f, ((size_t)lhs->len + 1) * sizeof(Target));
	Value ***vals = ssa_zalloc(B->f, ((size_t)lhs->len + 1) * sizeof(Value **));
	int *n = ssa_zalloc(B->f, ((size_t)lhs->len + 1) * sizeof(int));
	if (rhs->len == 1 && lhs->len > 1) {
		Node *c = skip_parens(rhs->data[0]);
		int got, w = 0;
		for (int i = 0; i < lhs->len; i++)
			t[i] = target(B, lhs->data[i]);
		Value **res = c->kind == ND_CALL && !B->failed ? call(B, c, &got) : NULL;
		if (!res) {
			fail(B);
			return;
		}
		Type *tt = c->type;
		for (int i = 0; i < lhs->len && tt && tt->kind == TY_TUPLE && i < tt->results.len; i++) {
			Node *l = skip_parens(lhs->data[i]);
			if (!is_blank(l) && !type_identical(l->type, tt->results.data[i]))
				fail(B);  // an implicit conversion (to an interface) the checker left to codegen
			vals[i] = &res[w];
			w += word_count(tt->results.data[i]);
		}
		if (w != got) {
			fail(B);
			return;
		}
	} else {
		if (rhs->len != lhs->len) {
			fail(B);
			return;
		}
		for (int i = 0; i < lhs->len && !B->failed; i++)
			t[i] = target(B, lhs->data[i]);
		if (in_order) {
			for (int i = 0; i < rhs->len && !B->failed; i++) {
				vals[i] = ssa_zalloc(B->f, SSA_MAX_WORDS * sizeof(Value *));
				n[i] = expr_words(B, rhs->data[i], vals[i]);
			}
		} else {
			eval_list(B, rhs, vals, n);
		}
	}
	for (int i = 0; i < lhs->len && !B->failed; i++)
		store_to(B, &t[i], vals[i]);
}

// The words t holds now (x op= r reads them before storing the result):
// its variable's, or loaded from its address, nil-checked when that is a
// Go pointer. t is a variable or an address.
static void load_target(Builder *B, Target *t, Value **out) {
	if (t->var) {
		read_words(B, t->var, t->word, word_count(t->lhs->type), out);
		return;
	}
	if (t->deref)
		check_nil(B, t->addr, t->off);
	load_words(B, t->addr, t->off, t->lhs->type, out);
}

// s += t on strings: r first, then s's old words (as for the scalars).
static void string_update(Builder *B, Node *x, Node *r) {
	Target t = target(B, x);
	Value *rv[SSA_MAX_WORDS], *old[SSA_MAX_WORDS], *sum[SSA_MAX_WORDS];
	if (!expr_words(B, r, rv) || B->failed || (!t.var && !t.addr)) {
		fail(B);
		return;
	}
	load_target(B, &t, old);
	Value **parts[2] = {old, rv};
	concat_words(B, 2, parts, NULL, sum);
	store_to(B, &t, sum);
}

// x op= r, x++ and x--: x's storage is found once.
static void update(Builder *B, Node *x, Op op, Node *r) {
	MType mt;
	bool sgn;
	if (r && op == OP_ADD && type_under(x->type)->kind == TY_STRING) {
		string_update(B, x, r);
		return;
	}
	if (!mtype_of(x->type, &mt, &sgn)) {
		fail(B);
		return;
	}
	Target t = target(B, x);
	double one = 1;
	int64_t one_bits;
	memcpy(&one_bits, &one, sizeof one_bits);
	Value *rv = r ? expr(B, r) : mt == MT_F64 ? constant(B, MT_F64, one_bits) : constant(B, MT_I64, 1);  // ++ and --
	if (t.map)
		fail(B);  // m[k] op= v: gen_map_compound's order, not yet here
	if (B->failed || (!t.var && !t.addr))
		return;
	Value *old;
	load_target(B, &t, &old);
	Value *v = binop(B, op, x->type, r ? r->type : NULL, old, rv, x->type);
	store_to(B, &t, &v);
}

static void var_decl(Builder *B, Node *spec) {
	if (spec->kind != ND_VARSPEC)
		return;  // constants are folded into their uses; local types need no code
	if (spec->rlist.len) {
		assign_list(B, &node_ext_mut(spec)->names, &spec->rlist, true);
		return;
	}
	for (int i = 0; i < node_ext(spec)->names.len; i++) {
		Node *n = node_ext(spec)->names.data[i];
		MType mt[SSA_MAX_WORDS];
		if (!n->obj)
			continue;
		int w = words_of(n->obj->type, mt);
		if (is_array_local(n->obj) || is_struct_local(n->obj)) {
			zero_array(B, n->obj);
			continue;
		}
		if (!var_ok(B, n->obj)) {
			fail(B);
			return;
		}
		Value *zero[SSA_MAX_WORDS];
		for (int k = 0; k < w; k++)
			zero[k] = constant(B, mt[k], 0);
		write_obj(B, n->obj, zero);
	}
}

static void ret(Builder *B, Node *s) {
	Vec vals = {0};
	Func *fn = B->fn;
	if (node_list(s)->len == 0) {
		Value *w[SSA_MAX_WORDS];
		for (int i = 0; i < fn->results.len; i++)
			for (int k = 0, n = read_obj(B, fn->results.data[i], w); k < n; k++)
				vec_push(&vals, w[k]);
	} else if (node_list(s)->len == 1 && fn->results.len > 1) {
		int n;
		Node *c = skip_parens(node_list(s)->data[0]);
		for (int i = 0; c->type && c->type->kind == TY_TUPLE && i < fn->results.len; i++)
			if (!type_identical(((Obj *)fn->results.data[i])->type, c->type->results.data[i]))
				fail(B);  // an implicit conversion (to an interface) the checker left to codegen
		Value **res = c->kind == ND_CALL && !B->failed ? call(B, c, &n) : NULL;
		if (!res) {
			fail(B);
			return;
		}
		for (int i = 0; i < n; i++)
			vec_push(&vals, res[i]);
	} else {
		Value ***v = ssa_zalloc(B->f, ((size_t)node_list(s)->len + 1) * sizeof(Value **));
		int *n = ssa_zalloc(B->f, ((size_t)node_list(s)->len + 1) * sizeof(int));
		eval_list(B, node_list(s), v, n);
		for (int i = 0; i < node_list(s)->len; i++)
			for (int k = 0; k < n[i]; k++)
				vec_push(&vals, v[i][k]);
	}
	if (B->failed)
		return;
	if (B->inl_exit) {
		inline_return(B, &vals);
		return;
	}
	B->cur->kind = BK_RET;
	B->cur->controls = vals;
	B->cur = NULL;
}

static void if_stmt(Builder *B, Node *s) {
	if (node_ext(s)->init)
		stmt(B, node_ext(s)->init);
	Block *then = new_block(B), *join = new_block(B), *els = node_ext(s)->els ? new_block(B) : join;
	cond_branch(B, node_ext(s)->cond, then, els);
	seal(B, then);
	B->cur = then;
	stmt(B, node_ext(s)->then);
	jump(B, join);
	if (node_ext(s)->els) {
		seal(B, els);
		B->cur = els;
		stmt(B, node_ext(s)->els);
		jump(B, join);
	}
	seal(B, join);
	B->cur = join;
}

// A loop's body, with break going to exit and continue to post; leaves
// the builder in post.
static void loop_body(Builder *B, Node *body, Block *post, Block *exit) {
	vec_push(&B->brk, exit);
	vec_push(&B->cont, post);
	stmt(B, body);
	jump(B, post);
	B->brk.len--;
	B->cont.len--;
	seal(B, post);
	B->cur = post;
}

// The back edge to header, after which header and exit have all their
// predecessors; leaves the builder in exit.
static void loop_back(Builder *B, Block *header, Block *exit) {
	jump(B, header);
	seal(B, header);
	seal(B, exit);
	B->cur = exit;
}

static void for_stmt(Builder *B, Node *s) {
	if (node_ext(s)->init)
		stmt(B, node_ext(s)->init);
	Block *header = new_block(B), *body = new_block(B), *post = new_block(B), *exit = new_block(B);
	jump(B, header);
	B->cur = header;
	if (node_ext(s)->cond) {
		cond_branch(B, node_ext(s)->cond, body, exit);
	} else {
		jump(B, body);
	}
	seal(B, body);
	B->cur = body;
	loop_body(B, node_ext(s)->body, post, exit);
	if (node_ext(s)->post)
		stmt(B, node_ext(s)->post);
	loop_back(B, header, exit);
}

// for k, v := range s over a slice: s and its length are read once; a
// hidden index counts up (bce.c then drops the element's check).
static void range_stmt(Builder *B, Node *s) {
	Node *key = node_list(s)->len > 0 ? skip_parens(node_list(s)->data[0]) : NULL;
	Node *val = node_list(s)->len > 1 ? skip_parens(node_list(s)->data[1]) : NULL;
	Type *st = type_under(s->rhs->type);
	MType mt[SSA_MAX_WORDS];
	Value *w[SSA_MAX_WORDS];
	// `for _, x = range` into an interface variable boxes each value:
	// left to the tree walker, like other conversions to interfaces.
	bool boxes = (key && !is_blank(key) && !type_identical(key->type, ty_int)) ||
	             (val && !is_blank(val) && !type_identical(val->type, st->elem));
	if (st->kind != TY_SLICE || boxes || !words_of(st->elem, mt) || expr_words(B, s->rhs, w) != 3) {
		fail(B);
		return;
	}
	Var *idx = ssa_zalloc(B->f, sizeof(Var));
	*idx = (Var){.mt = MT_I64, .name = "range index"};
	write_var(B, B->cur, idx, constant(B, MT_I64, 0));
	Block *header = new_block(B), *body = new_block(B), *post = new_block(B), *exit = new_block(B);
	jump(B, header);
	B->cur = header;
	Value *i = read_var(B, idx, header);
	branch_on(B, value(B, SSA_LESS, MT_I8, 2, i, w[1]), body, exit);
	seal(B, body);
	B->cur = body;
	i = read_var(B, idx, body);
	if (key && !is_blank(key)) {
		Target t = target(B, key);
		store_to(B, &t, &i);
	}
	if (val && !is_blank(val)) {
		Target t = target(B, val);
		Value *check = value(B, SSA_INDEXCHECK, MT_VOID, 2, i, w[1]);
		check->aux = 0;
		Value *addr = value(B, SSA_PTRINDEX, MT_PTR, 2, w[0], i);
		addr->aux = tsize(st->elem);
		Value *ev[SSA_MAX_WORDS];
		load_words(B, addr, 0, st->elem, ev);
		store_to(B, &t, ev);
	}
	loop_body(B, node_ext(s)->body, post, exit);
	write_var(B, post, idx, value(B, SSA_ADD, MT_I64, 2, read_var(B, idx, post), constant(B, MT_I64, 1)));
	loop_back(B, header, exit);
}

static void switch_stmt(Builder *B, Node *s) {
	if (node_ext(s)->init)
		stmt(B, node_ext(s)->init);
	Value *tag = node_ext(s)->cond ? expr(B, node_ext(s)->cond) : NULL;
	MType mt;
	bool sgn;
	if (node_ext(s)->cond && (!mtype_of(node_ext(s)->cond->type, &mt, &sgn) || mt == MT_F64)) {
		fail(B);
		return;
	}
	Block *exit = new_block(B);
	Block **bodies = ssa_zalloc(B->f, ((size_t)node_list(s)->len + 1) * sizeof(Block *));
	int deflt = -1;
	for (int i = 0; i < node_list(s)->len; i++) {
		Node *c = node_list(s)->data[i];
		bodies[i] = new_block(B);
		if (node_list(c)->len == 0)
			deflt = i;
	}
	for (int i = 0; i < node_list(s)->len && !B->failed; i++) {
		Node *c = node_list(s)->data[i];
		for (int j = 0; j < node_list(c)->len; j++) {
			Node *x = node_list(c)->data[j];
			Block *next = new_block(B);
			if (tag) {
				if (!mtype_of(x->type, &mt, &sgn)) {
					fail(B);
					return;
				}
				B->pos = x->pos;
				Value *cv = expr(B, x);
				branch_on(B, value(B, SSA_EQ, MT_I8, 2, tag, cv), bodies[i], next);
			} else {
				cond_branch(B, x, bodies[i], next);
			}
			seal(B, next);
			B->cur = next;
		}
	}
	jump(B, deflt >= 0 ? bodies[deflt] : exit);
	vec_push(&B->brk, exit);
	vec_push(&B->cont, NULL);
	for (int i = 0; i < node_list(s)->len && !B->failed; i++) {
		Node *c = node_list(s)->data[i];
		seal(B, bodies[i]);
		B->cur = bodies[i];
		if (node_ext(c)->body)  // a fallthrough fails as an unsupported statement
			stmt(B, node_ext(c)->body);
		else
			block(B, &c->rlist);
		jump(B, exit);
	}
	B->brk.len--;
	B->cont.len--;
	seal(B, exit);
	B->cur = exit;
}

static void branch(Builder *B, Node *s) {
	Vec *targets = s->kind == ND_BREAK ? &B->brk : &B->cont;
	int i = targets->len - 1;
	if (s->kind == ND_CONTINUE)
		while (i >= 0 && !targets->data[i])
			i--;
	if (s->name || i < 0) {
		fail(B);
		return;
	}
	jump(B, targets->data[i]);
}

void stmt(Builder *B, Node *s) {
	if (!s || B->failed)
		return;
	Node *outer = B->at;
	B->at = s;
	stmt_node(B, s);
	B->at = outer;
}

static void stmt_node(Builder *B, Node *s) {
	ensure_block(B);
	if (s->kind != ND_BLOCK && s->pos.line > 0)
		B->pos = s->pos;
	switch (s->kind) {
	case ND_BLOCK: block(B, node_list(s)); break;
	case ND_EMPTY: break;
	case ND_EXPRSTMT: {
		int n;
		Node *c = skip_parens(s->lhs);
		Value *w[SSA_MAX_WORDS];
		if (c->kind == ND_BUILTIN && c->builtin == BI_COPY)
			copy_slices(B, c);
		else if (c->kind == ND_BUILTIN && c->builtin == BI_PANIC)
			panic_call(B, c);
		else if (c->kind == ND_BUILTIN)
			fmt_call(B, c, w);
		else if (c->kind != ND_CALL)
			fail(B);
		else
			call(B, c, &n);
		break;
	}
	case ND_ASSIGN:
		if (s->op == OP_ASSIGN)
			assign_list(B, node_list(s), &s->rlist, false);
		else
			update(B, node_list(s)->data[0], s->op, s->rlist.data[0]);
		break;
	case ND_DEFINE: assign_list(B, node_list(s), &s->rlist, false); break;
	case ND_INCDEC: update(B, s->lhs, s->op == OP_INC ? OP_ADD : OP_SUB, NULL); break;
	case ND_DECLSTMT:
		for (int i = 0; i < node_list(s)->len; i++)
			var_decl(B, node_list(s)->data[i]);
		break;
	case ND_IF: if_stmt(B, s); break;
	case ND_FOR: for_stmt(B, s); break;
	case ND_RANGE: range_stmt(B, s); break;
	case ND_SWITCH: switch_stmt(B, s); break;
	case ND_RETURN: ret(B, s); break;
	case ND_BREAK: case ND_CONTINUE: branch(B, s); break;
	default: fail(B); break;
	}
}

// A variable the function cannot keep in values: why (false).
static bool outside(Builder *B, Obj *v) {
	B->why = xasprintf("%s at %d:%d", ssa_why_var(v), v->pos.line, v->pos.col);
	return false;
}

// The incoming words: receiver, parameters, then the results.
static bool begin(Builder *B) {
	Func *fn = B->fn;
	Vec in = {0};
	if (fn->recv)
		vec_push(&in, fn->recv);
	for (int i = 0; i < fn->params.len; i++)
		vec_push(&in, fn->params.data[i]);
	for (int i = 0; i < fn->locals.len; i++) {
		Obj *v = fn->locals.data[i];
		if (v->kind == OBJ_VAR && !var_ok(B, v) && !is_array_local(v) && !is_struct_local(v))
			return outside(B, v);
	}
	for (int i = 0; i < in.len + fn->results.len; i++) {
		Obj *v = i < in.len ? in.data[i] : fn->results.data[i - in.len];
		if (!var_ok(B, v))
			return outside(B, v);
		vec_push(&B->f->vars, v);
	}
	B->cur = new_block(B);
	B->cur->sealed = true;
	B->pos = fn->decl->pos;
	int word = 0;
	B->f->in_types = xcalloc(SSA_MAX_WORDS * (size_t)in.len + 1, sizeof(MType));
	for (int i = 0; i < in.len; i++) {
		Obj *v = in.data[i];
		MType mt[SSA_MAX_WORDS];
		Value *w[SSA_MAX_WORDS];
		int n = words_of(v->type, mt);
		for (int k = 0; k < n; k++) {
			B->f->in_types[word] = mt[k];
			w[k] = value(B, SSA_ARG, mt[k], 0, NULL, NULL);
			w[k]->aux = word++;
			w[k]->sym = var_words_of(B, v)[k].name;
		}
		if (n == 1)
			w[0] = extend_to(B, w[0], v->type);
		write_obj(B, v, w);
	}
	B->f->argbase = 8 * word;
	B->f->nin = word;
	closure_entry(B);
	B->f->out_types = xcalloc(SSA_MAX_WORDS * (size_t)fn->results.len + 1, sizeof(MType));
	B->params_set = true;
	for (int i = 0; i < fn->results.len; i++) {
		Obj *v = fn->results.data[i];
		MType mt[SSA_MAX_WORDS];
		Value *w[SSA_MAX_WORDS];
		int n = words_of(v->type, mt);
		for (int k = 0; k < n; k++) {
			B->f->out_types[B->f->nresults + k] = mt[k];
			w[k] = constant(B, mt[k], 0);
		}
		B->f->nresults += n;
		write_obj(B, v, w);
	}
	for (int i = 0; i < fn->locals.len; i++) {
		Obj *v = fn->locals.data[i];
		if (v->kind == OBJ_VAR && !v->is_param && !v->is_result && !v->is_recv && !is_array_local(v) &&
		    !is_struct_local(v))
			vec_push(&B->f->vars, v);  // an array's frame area is named in the frame map's slots
	}
	return true;
}

// Why a function is the tree walker's before its body is looked at; NULL: it is not.
static const char *outside_func(Func *fn) {
	Pos p = fn->decl ? fn->decl->pos : (Pos){0};
	const char *what = fn->has_defer ? "defer" : fn->has_recover ? "recover" : fn->wrapper ? "go/defer wrapper" : NULL;
	return what ? xasprintf("%s at %d:%d", what, p.line, p.col) : NULL;
}

SsaFunc *ssa_build(Func *fn, const char **why) {
	*why = "no body";
	if (!fn->decl || !node_ext(fn->decl)->body || (*why = outside_func(fn)))
		return NULL;
	Builder B = {0};
	B.fn = B.root = fn;
	B.f = ssa_new_func(fn->name);
	Pool *texts = frame_texts_into(&B.f->arena);  // the values' names and notes
	bool ok = begin(&B);
	if (ok)
		stmt(&B, node_ext(fn->decl)->body);
	ok = ok && !B.failed;
	if (ok && B.cur) {  // the end of a function without results
		B.pos = fn->decl->pos;
		if (node_pos2(node_ext(fn->decl)->body).line > 0)
			B.pos = node_pos2(node_ext(fn->decl)->body);
		Value *w[SSA_MAX_WORDS];
		for (int i = 0; i < fn->results.len; i++)
			for (int k = 0, n = read_obj(&B, fn->results.data[i], w); k < n; k++)
				ssa_push(B.f, &B.cur->controls, w[k]);
		B.cur->kind = BK_RET;
	}
	frame_texts_into(texts);
	free(B.brk.data);
	ptrmap_free(&B.arrays);
	ptrmap_free(&B.var_words);
	free(B.cont.data);
	if (!ok) {
		*why = B.why;
		ssa_free_func(B.f);
		return NULL;
	}
	ssa_remove_unreachable(B.f);
	return B.f;
}

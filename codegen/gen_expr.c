// gen_expr.c - expressions: constants, variables, selectors, indexing
// (as locations, gen_loc, so that loads and stores happen in place),
// slicing, unary operators, conversions, interface boxing, and the
// expression dispatcher (binary operators: gen_arith.c).
// Scalars end in %rax, aggregates as an address in %rax (cg.h).
#include <string.h>
#include "cg.h"

static Node *skip_parens(Node *e) {
	while (e && e->kind == ND_PAREN)
		e = e->lhs;
	return e;
}

// ---- constants ----

static void gen_int_const(int64_t v) {
	if (v == 0)
		emit("xor %%eax, %%eax");
	else if (v >= INT32_MIN && v <= INT32_MAX)
		emit("mov $%lld, %%rax", (long long)v);
	else
		emit("movabs $%lld, %%rax", (long long)v);
}

static uint64_t float_bits(Type *t, double f) {
	if (type_under(t)->kind == TY_FLOAT32) {
		float x = (float)f;
		uint32_t bits;
		memcpy(&bits, &x, 4);
		return bits;
	}
	uint64_t bits;
	memcpy(&bits, &f, 8);
	return bits;
}

// The bits of a constant of type t held in one register (bool, integer,
// float); false for the others (complex, string) and for string(rune)
// constants, which are converted at run time.
bool const_scalar_bits(Type *t, const ConstVal *c, uint64_t *bits) {
	switch (c->kind) {
	case CV_BOOL:
		*bits = c->b;
		return true;
	case CV_INT:
		if (type_under(t)->kind == TY_STRING || type_is_complex(t))
			return false;
		*bits = is_float(t) ? float_bits(t, (double)c->i) : (uint64_t)c->i;
		return true;
	case CV_FLOAT:
		if (type_is_complex(t))
			return false;
		*bits = is_float(t) ? float_bits(t, c->f) : (uint64_t)(int64_t)c->f;
		return true;
	default:
		return false;
	}
}

static bool gen_const(Node *e) {
	const ConstVal *c = node_cval(e);
	uint64_t bits;
	if (const_scalar_bits(e->type, c, &bits)) {
		gen_int_const((int64_t)bits);
		return true;
	}
	switch (c->kind) {
	case CV_COMPLEX:
		gen_complex_const(e->type, c->f, c->im);
		return true;
	case CV_STRING:
		gen_string_const(c->s, c->slen);
		return true;
	default:
		return false;
	}
}

// ---- variables ----

static Capture *find_capture(Func *f, Obj *v) {
	for (int i = 0; f && i < f->captures.len; i++) {
		Capture *c = f->captures.data[i];
		if (c->var == v)
			return c;
	}
	return NULL;
}

void gen_var_addr(Obj *v) {
	if (v->is_global || !v->owner) {
		emit("lea %s(%%rip), %%rax", v->sym ? v->sym : cg_sym(v->name));
		return;
	}
	if (v->owner != cg.fn) {
		Capture *c = find_capture(cg.fn, v);
		if (!c) {
			error_at(v->pos, "internal error: codegen: %s is not captured by %s", v->name, cg.fn->name);
			emit("xor %%eax, %%eax");
			return;
		}
		emit("mov %d(%%rbp), %%rax", cg.closure_off);
		if (c->byref)
			emit("mov %d(%%rax), %%rax  # &%s (captured by reference)", c->offset, v->name);
		else
			emit("lea %d(%%rax), %%rax  # %s (captured by value)", c->offset, v->name);
		return;
	}
	if (v->heap)
		emit("mov %d(%%rbp), %%rax  # &%s (heap)", v->offset, v->name);
	else
		emit("lea %d(%%rbp), %%rax  # &%s", v->offset, v->name);
}

static void gen_nil(Type *t) {
	if (is_agg(t)) {
		int off = tmp_alloc(tsize(t), "nil");
		emit("lea %d(%%rbp), %%rdi", off);
		zero_mem(tsize(t));
		emit("lea %d(%%rbp), %%rax", off);
	} else {
		emit("xor %%eax, %%eax");
	}
}

// ---- allocation sites ----

bool node_is_stack(Node *site) {
	return site && site->esc == ESC_STACK;
}

// %rax = pointer to a zeroed T: a frame slot when escape analysis said the
// site does not escape (returns its offset), else a runtime_new block
// (returns 0). Stack objects are pinned so that later statements do not
// reuse their slot.
int gen_alloc(Type *t, Node *site, const char *what) {
	int64_t size = tsize(t);
	if (node_is_stack(site)) {
		int off = tmp_alloc(size, frame_text("%s (stack object)", what));
		tmp_pin();
		emit_comment_text(new_verdict(what, site));
		emit("lea %d(%%rbp), %%rdi", off);
		zero_mem(size);
		emit("lea %d(%%rbp), %%rax", off);
		return off;
	}
	emit_comment_text(new_verdict(what, site));
	emit("mov $%lld, %%rdi", (long long)size);
	emit("lea %s(%%rip), %%rsi", typedesc(t));
	alloc_call("runtime_new", site ? site->pos : (Pos){0}, what);
	return 0;
}

// ---- selectors, indexing, slicing ----

static Field *field_of(Type *st, int index) {
	Type *u = type_under(st);
	if (u->kind == TY_PTR)
		u = type_under(u->elem);
	if (index < 0 || index >= u->fields.len)
		return NULL;
	return u->fields.data[index];
}

// Bounds check of the index in %rcx against len (an operand).
static void bounds_check(Type *idx_type, const char *len) {
	const char *fn = type_is_unsigned(type_under(idx_type)) ? "runtime_panicindexu" : "runtime_panicindex";
	emit("cmp %s, %%rcx", len);
	const char *cold = cold_path(frame_text("\tmov %%rcx, %%rdi\n\tmov %s, %%rsi\n\tcall %s\n", len, fn));
	if (cold) {
		emit("jae %s", cold);
		return;
	}
	emit("jb 1f");
	emit("mov %%rcx, %%rdi");
	emit("mov %s, %%rsi", len);
	emit("call %s", fn);
	fputs("1:\n", cg.text);
}

static void index_to_rcx(Node *ix) {
	if (is_simple(ix)) {
		load_simple(ix, "%rcx");
	} else {
		gen_expr(ix);
		emit("mov %%rax, %%rcx");
	}
}

// %rax = the address of the array / slice header / string header a[i]
// indexes (through a pointer to an array: nil-checked).
static void index_base(Node *a, bool via_ptr) {
	gen_expr(a);
	if (via_ptr)
		nil_check("%rax");
}

// The element a[i] for arrays, pointers to arrays, slices and strings.
// A constant index into an array needs no code (the checker proved it in
// range); a variable array or slice header is read in place.
static Loc index_loc(Node *e) {
	Type *t = type_under(e->lhs->type);
	bool via_ptr = t->kind == TY_PTR;
	if (via_ptr)
		t = type_under(t->elem);
	bool is_array = t->kind == TY_ARRAY;
	int64_t es = tsize(t->kind == TY_STRING ? ty_uint8 : t->elem), k;
	Loc base;
	if (is_array && int_const(e->rhs, &k) && k >= 0 && k < t->len) {
		if (via_ptr) {
			index_base(e->lhs, true);
			base = loc_rax(0);
		} else {
			base = gen_loc(e->lhs);
		}
		base.off += k * es;
		base.desc = NULL;
		return base;
	}
	const char *len = "%rdx";
	if (!via_ptr && static_loc(e->lhs, &base)) {
		index_to_rcx(e->rhs);
		if (!is_array) {  // a slice or string variable: its header in place
			Loc lenloc = base;
			lenloc.off += 8;
			len = loc_text(lenloc);
			emit("mov %s, %%rax  # %s.ptr", loc_text(base), base.desc ? base.desc : "header");
			base = loc_rax(0);
		} else if (base.base == LOC_GLOBAL) {
			loc_addr(base);
			base = loc_rax(0);
		}
	} else {
		if (is_simple(e->rhs)) {
			index_base(e->lhs, via_ptr);
			load_simple(e->rhs, "%rcx");
		} else {
			int tmp = tmp_alloc(8, "index base");
			index_base(e->lhs, via_ptr);
			save_rax(tmp);
			gen_expr(e->rhs);
			emit("mov %%rax, %%rcx");
			load_rax(tmp);
		}
		if (!is_array) {
			emit("mov 8(%%rax), %%rdx");
			emit("mov (%%rax), %%rax");
		}
		base = loc_rax(0);
	}
	if (is_array) {
		if (is_imm32(t->len)) {
			len = frame_text("$%lld", (long long)t->len);
		} else {
			emit("movabs $%lld, %%rdx", (long long)t->len);
		}
	}
	bounds_check(e->rhs->type, len);
	base.desc = NULL;
	if (es == 0)
		return base;
	if (es != 1 && es != 2 && es != 4 && es != 8) {
		emit("imul $%lld, %%rcx", (long long)es);
		es = 1;
	}
	base.indexed = true;
	base.scale = (int)es;
	return base;
}

// Whether gen_loc(e) leaves %rdx alone: an element of an array or slice
// variable at a simple index (only %rax and %rcx are used).
bool loc_spares_rdx(Node *e) {
	Loc l;
	e = skip_parens(e);
	if (static_loc(e, &l))
		return true;
	if (e->kind != ND_INDEX)
		return false;
	TypeKind k = type_under(e->lhs->type)->kind;
	return (k == TY_ARRAY || k == TY_SLICE) && static_loc(e->lhs, &l) && is_simple(e->rhs);
}

void gen_index_addr(Node *e) {
	loc_addr(index_loc(e));
}

static void slice_check(int which, int x_off, int y_off, bool x_unsigned) {
	emit("mov %d(%%rbp), %%rsi", x_off);
	emit("mov %d(%%rbp), %%rdx", y_off);
	emit("cmp %%rdx, %%rsi");
	emit("jbe 1f");
	emit("mov $%d, %%edi", which);
	emit("mov $%d, %%ecx", x_unsigned);
	emit("call runtime_panicslice");
	fputs("1:\n", cg.text);
}

static int bound_temp(Node *b, int default_off, const char *what) {
	int off = tmp_alloc(8, what);
	if (b) {
		gen_expr(b);
	} else {
		load_rax(default_off);
	}
	save_rax(off);
	return off;
}

static void gen_slice_expr(Node *e) {
	Type *t = type_under(e->lhs->type);
	bool is_str = t->kind == TY_STRING;
	bool from_array = false;
	int ptr = tmp_alloc(8, "slice base"), len = tmp_alloc(8, "len"), cap = tmp_alloc(8, "cap");
	if (t->kind == TY_ARRAY || (t->kind == TY_PTR && type_under(t->elem)->kind == TY_ARRAY)) {
		if (t->kind == TY_PTR) {
			gen_expr(e->lhs);
			nil_check("%rax");
			t = type_under(t->elem);
		} else {
			gen_addr(e->lhs);
		}
		from_array = true;
		save_rax(ptr);
		emit("movq $%lld, %d(%%rbp)", (long long)t->len, len);
		emit("movq $%lld, %d(%%rbp)", (long long)t->len, cap);
	} else {
		gen_expr(e->lhs);
		emit("mov (%%rax), %%rcx");
		emit("mov %%rcx, %d(%%rbp)", ptr);
		emit("mov 8(%%rax), %%rcx");
		emit("mov %%rcx, %d(%%rbp)", len);
		if (is_str)
			emit("mov %%rcx, %d(%%rbp)", cap);
		else {
			emit("mov 16(%%rax), %%rcx");
			emit("mov %%rcx, %d(%%rbp)", cap);
		}
	}
	int zero = tmp_alloc(8, "0");
	emit("movq $0, %d(%%rbp)", zero);
	int lo = bound_temp(node_rare(e)->lo, zero, "lo");
	int hi = bound_temp(node_rare(e)->hi, is_str ? len : len, "hi");
	Type *it = node_rare(e)->lo ? node_rare(e)->lo->type : node_rare(e)->hi ? node_rare(e)->hi->type : ty_int;
	bool uns = type_is_unsigned(type_under(it));
	bool lenlike = is_str || from_array;
	if (node_ext(e)->slice3) {
		int max = bound_temp(node_rare(e)->max, cap, "max");
		slice_check(lenlike ? SLICE3_ALEN : SLICE3_ACAP, max, cap, uns);
		slice_check(SLICE3_B, hi, max, uns);
		slice_check(SLICE3_C, lo, hi, uns);
		cap = max;
	} else {
		slice_check(lenlike ? SLICE_ALEN : SLICE_ACAP, hi, is_str ? len : cap, uns);
		slice_check(SLICE_B, lo, hi, uns);
	}
	Type *elem = is_str ? ty_uint8 : t->elem;
	int res = tmp_alloc(is_str ? 16 : 24, "slice result");
	emit("mov %d(%%rbp), %%rcx", lo);
	emit("mov %d(%%rbp), %%rax", hi);
	emit("sub %%rcx, %%rax");
	emit("mov %%rax, %d(%%rbp)", res + 8);
	if (!is_str) {
		emit("mov %d(%%rbp), %%rax", cap);
		emit("sub %%rcx, %%rax");
		emit("mov %%rax, %d(%%rbp)", res + 16);
	}
	if (tsize(elem) != 1)
		emit("imul $%lld, %%rcx", (long long)tsize(elem));
	// As gc: an empty result (no capacity; a string: no length) keeps the
	// base, never pointing past the end of the underlying object.
	emit("xor %%edx, %%edx");
	emit("test %%rax, %%rax");
	emit("cmovz %%rdx, %%rcx");
	emit("add %d(%%rbp), %%rcx", ptr);
	emit("mov %%rcx, %d(%%rbp)", res);
	emit("lea %d(%%rbp), %%rax", res);
}

// ---- addresses ----

static bool is_addressable(Node *e) {
	switch (e->kind) {
	case ND_IDENT: return e->obj && e->obj->kind == OBJ_VAR;
	case ND_SELECTOR: case ND_STAR: case ND_DEREF: return true;
	case ND_INDEX: return type_under(e->lhs->type)->kind != TY_MAP;
	default: return false;
	}
}

// gen_loc of e, whose value is accessed at `access` bytes into it, or
// whose address is taken (access < 0). Go lets a load or store through a
// nil pointer fault, reporting addr=offset; it checks explicitly (addr=0)
// before taking an address: nil_check_at reports the same.
static Loc loc_accessed(Node *e, int64_t access) {
	e = skip_parens(e);
	Loc l;
	if (static_loc(e, &l))
		return l;
	switch (e->kind) {
	case ND_IDENT:
		if (e->obj && e->obj->kind == OBJ_VAR) {
			gen_var_addr(e->obj);
			return loc_rax(0);
		}
		break;
	case ND_SELECTOR: {
		Field *f = field_of(e->lhs->type, e->field_index);
		if (!f) {
			unsupported(e->pos, "selector");
			return loc_rax(0);
		}
		int64_t inner = access < 0 ? -1 : access + f->offset;
		if (type_under(e->lhs->type)->kind == TY_PTR) {
			gen_expr(e->lhs);
			nil_check_at("%rax", inner < 0 ? 0 : inner);
			l = loc_rax(0);
		} else {
			l = loc_accessed(e->lhs, inner);
		}
		l.off += f->offset;
		l.desc = NULL;
		return l;
	}
	case ND_INDEX:
		if (type_under(e->lhs->type)->kind != TY_MAP)
			return index_loc(e);
		break;
	case ND_STAR: case ND_DEREF:
		gen_expr(e->lhs);
		nil_check_at("%rax", access < 0 ? 0 : access);
		return loc_rax(0);
	default:
		break;
	}
	gen_addr(e);
	return loc_rax(0);
}

// Where the value of an addressable expression (or an aggregate rvalue's
// temporary) is, for loads and stores in place.
Loc gen_loc(Node *e) {
	return loc_accessed(e, 0);
}

void gen_addr(Node *e) {
	e = skip_parens(e);
	if (is_addressable(e)) {
		loc_addr(gen_loc(e));
		return;
	}
	if (is_agg(e->type)) {  // an rvalue aggregate: its temporary
		gen_expr(e);
		return;
	}
	// not addressable: materialise the value (e.g. a method call on a result)
	gen_expr(e);
	int off = to_temp(e->type);
	emit("lea %d(%%rbp), %%rax", off);
}

// %rax = the value at l (aggregates: its address).
static void value_at(Type *t, Loc l) {
	if (is_agg(t)) {
		loc_addr(l);
		return;
	}
	note_loc(l);
	load_into(t, loc_text(l), "%rax");
}

// &x, &T{...}
static void gen_address_of(Node *e) {
	Node *x = skip_parens(e->lhs);
	if (x->kind == ND_COMPOSITE) {
		gen_new_composite(x, e->esc != ESC_UNDECIDED ? e : x, frame_text("&%s", expr_text(x)));
		return;
	}
	if (is_addressable(x)) {
		loc_addr(loc_accessed(x, -1));
		return;
	}
	gen_addr(x);
}

// ---- unary operators ----

static void gen_unary(Node *e) {
	Op op = e->op;
	if (op == OP_AND) {
		gen_address_of(e);
		return;
	}
	if (op == OP_ARROW) {
		gen_recv(e);
		return;
	}
	if (op == OP_SUB && is_agg(e->type)) {  // complex
		gen_complex_neg(e);
		return;
	}
	gen_expr(e->lhs);
	switch (op) {
	case OP_SUB:
		if (is_float(e->type)) {
			if (type_under(e->type)->kind == TY_FLOAT32)
				emit("xor $0x80000000, %%eax");
			else {
				emit("btc $63, %%rax");
			}
			return;
		}
		emit("neg %%rax");
		break;
	case OP_XOR:
		emit("not %%rax");
		break;
	case OP_NOT:
		emit("xor $1, %%eax");
		return;
	default:
		return;
	}
	normalize(e->type);
}

// ---- conversions ----

static void int_to_float(Type *from, Type *to) {
	bool f32 = type_under(to)->kind == TY_FLOAT32;
	const char *cvt = f32 ? "cvtsi2ssq" : "cvtsi2sdq";
	if (type_under(from)->kind == TY_UINT64 || type_under(from)->kind == TY_UINT ||
	    type_under(from)->kind == TY_UINTPTR) {
		// values >= 2^63: halve (keeping the low bit), convert, double
		char *big = new_label("u2f"), *done = new_label("u2fdone");
		emit("test %%rax, %%rax");
		emit("js %s", big);
		emit("%s %%rax, %%xmm0", cvt);
		emit("jmp %s", done);
		emit_label(big);
		emit("mov %%rax, %%rcx");
		emit("shr %%rcx");
		emit("and $1, %%eax");
		emit("or %%rax, %%rcx");
		emit("%s %%rcx, %%xmm0", cvt);
		emit(f32 ? "addss %%xmm0, %%xmm0" : "addsd %%xmm0, %%xmm0");
		emit_label(done);
	} else {
		emit("%s %%rax, %%xmm0", cvt);
	}
	emit(f32 ? "movd %%xmm0, %%eax" : "movq %%xmm0, %%rax");
}

static void float_to_int(Type *from, Type *to) {
	bool f32 = type_under(from)->kind == TY_FLOAT32;
	emit(f32 ? "movd %%eax, %%xmm0" : "movq %%rax, %%xmm0");
	if (type_under(to)->kind == TY_UINT64 || type_under(to)->kind == TY_UINT ||
	    type_under(to)->kind == TY_UINTPTR) {
		// values >= 2^63 are converted after subtracting 2^63
		char *small = new_label("f2u"), *done = new_label("f2udone");
		emit("movabs $%s, %%rcx", f32 ? "0x5f000000" : "0x43e0000000000000");
		emit(f32 ? "movd %%ecx, %%xmm1" : "movq %%rcx, %%xmm1");
		emit(f32 ? "ucomiss %%xmm1, %%xmm0" : "ucomisd %%xmm1, %%xmm0");
		emit("jb %s", small);
		emit(f32 ? "subss %%xmm1, %%xmm0" : "subsd %%xmm1, %%xmm0");
		emit(f32 ? "cvttss2siq %%xmm0, %%rax" : "cvttsd2siq %%xmm0, %%rax");
		emit("btc $63, %%rax");
		emit("jmp %s", done);
		emit_label(small);
		emit(f32 ? "cvttss2siq %%xmm0, %%rax" : "cvttsd2siq %%xmm0, %%rax");
		emit_label(done);
	} else {
		emit(f32 ? "cvttss2siq %%xmm0, %%rax" : "cvttsd2siq %%xmm0, %%rax");
	}
	normalize(to);
}

static void gen_conv(Node *e) {
	Type *from = e->lhs->type, *to = e->type;
	Type *fu = type_under(from), *tu = type_under(to);
	if (tu->kind == TY_STRING || fu->kind == TY_STRING) {
		if (!(tu->kind == TY_STRING && fu->kind == TY_STRING)) {
			gen_string_conv(e);
			return;
		}
	}
	if (tu->kind == TY_INTERFACE && fu->kind == TY_INTERFACE) {
		gen_iface_conv(e->lhs, to, e);
		return;
	}
	if (tu->kind == TY_PTR && fu->kind == TY_SLICE) {
		gen_slice_to_array_ptr(e);
		return;
	}
	gen_expr(e->lhs);
	if ((fu->kind == TY_COMPLEX64 || fu->kind == TY_COMPLEX128) && (tu->kind == TY_COMPLEX64 || tu->kind == TY_COMPLEX128)) {
		gen_complex_conv(from, to);
	} else if (type_is_integer(fu) && type_is_integer(tu)) {
		normalize(to);
	} else if (type_is_integer(fu) && is_float(to)) {
		int_to_float(from, to);
	} else if (is_float(from) && type_is_integer(tu)) {
		float_to_int(from, to);
	} else if (is_float(from) && is_float(to)) {
		if (fu->kind == TY_FLOAT32 && tu->kind == TY_FLOAT64) {
			emit("movd %%eax, %%xmm0");
			emit("cvtss2sd %%xmm0, %%xmm0");
			emit("movq %%xmm0, %%rax");
		} else if (fu->kind == TY_FLOAT64 && tu->kind == TY_FLOAT32) {
			emit("movq %%rax, %%xmm0");
			emit("cvtsd2ss %%xmm0, %%xmm0");
			emit("movd %%xmm0, %%eax");
		}
	}
	// everything else (same underlying type, pointers, unsafe.Pointer,
	// uintptr) keeps its representation
}

// ---- interfaces ----

static bool pointer_shaped(Type *t) {
	switch (type_under(t)->kind) {
	case TY_PTR: case TY_MAP: case TY_CHAN: case TY_FUNC: case TY_UNSAFEPTR:
		return true;
	default:
		return false;
	}
}

bool type_pointer_shaped(Type *t) {
	return pointer_shaped(t);
}

// Boxing: the interface's first word is the type (empty interface) or
// the itab; the data word is the value itself for pointer-shaped types,
// else a pointer to a copy (an allocation site) or, for a constant, to
// its read-only image (constbox.c).
// The interface value of type it for dynamic type t with data word %rax,
// in a new temporary (returned).
static int iface_value(Type *t, Type *it, const char *what) {
	int res = tmp_alloc(16, frame_text("interface value of %s", what));
	emit("mov %%rax, %d(%%rbp)", res + 8);
	if (type_under(it)->methods.len)
		emit("lea %s(%%rip), %%rax", itab_symbol(t, it));
	else
		emit("lea %s(%%rip), %%rax", typedesc(t));
	emit("mov %%rax, %d(%%rbp)", res);
	return res;
}

// Boxes the value of type t held in the temporary val into interface
// type it; returns the temporary holding the interface value.
int box_value(Type *t, Type *it, int val, Node *site, const char *what) {
	if (pointer_shaped(t)) {
		load_rax(val);
	} else if (tsize(t) == 0) {
		emit("lea %s(%%rip), %%rax", typedesc(t));  // any non-nil address will do
	} else {
		// a box that would go to the heap may be one gc's runtime keeps
		// statically (constbox.c); a box on the stack costs no allocation
		const char *box_what = frame_text("box %s in %s", what, frame_type_text(it, true));
		bool heap = !node_is_stack(site);
		char *done = heap ? new_label("boxed") : NULL;
		StaticBox sb = heap ? static_box_test(t, val, done, box_what) : STATIC_BOX_NEVER;
		if (sb == STATIC_BOX_ALWAYS) {
			emit_comment_text(static_box_note(t, box_what));
			static_box_always(val);
			return iface_value(t, it, what);
		}
		gen_alloc(t, site, box_what);
		int box = tmp_alloc(8, "box");
		save_rax(box);
		emit("mov %%rax, %%rdi");
		emit("lea %d(%%rbp), %%rax", val);
		load(t);
		store(t);
		load_rax(box);
		if (sb == STATIC_BOX_TESTED)
			emit_label(done);
	}
	return iface_value(t, it, what);
}

static void gen_toiface(Node *e) {
	Node *x = e->lhs;
	if (type_is_interface(type_under(x->type))) {
		gen_iface_conv(x, e->type, e);
		return;
	}
	const char *image = x->is_const ? const_box_image(x->type, node_cval(x)) : NULL;
	if (image) {
		// gc too boxes constants without allocating, whatever escape says
		emit_comment_text(const_box_verdict(x, e->type));
		emit("lea %s(%%rip), %%rax", image);
		emit("lea %d(%%rbp), %%rax", iface_value(x->type, e->type, expr_text(x)));
		return;
	}
	int val = gen_expr_temp(x);
	int res = box_value(x->type, e->type, val, e, expr_text(x));
	emit("lea %d(%%rbp), %%rax", res);
}

// ---- the expression dispatcher ----

int gen_expr_temp(Node *e) {
	gen_expr(e);
	return to_temp(e->type);
}

void gen_expr(Node *e) {
	if (!e) {
		emit("xor %%eax, %%eax");
		return;
	}
	if (e->is_const && gen_const(e))
		return;
	switch (e->kind) {
	case ND_PAREN:
		gen_expr(e->lhs);
		return;
	case ND_IDENT:
		if (e->obj && e->obj->kind == OBJ_VAR) {
			value_at(e->type, gen_loc(e));
			return;
		}
		if (e->obj && e->obj->kind == OBJ_NIL) {
			gen_nil(e->type);
			return;
		}
		if (e->obj && e->obj->kind == OBJ_FUNC) {
			emit("lea %s..f(%%rip), %%rax", func_symbol(e->obj));
			return;
		}
		break;
	case ND_FUNCNAME:
		if (is_method_expr(e)) {
			gen_method_expr(e);
			return;
		}
		emit("lea %s..f(%%rip), %%rax", func_symbol(e->obj));
		return;
	case ND_NIL:
		gen_nil(e->type);
		return;
	case ND_SELECTOR:
		value_at(e->type, gen_loc(e));
		return;
	case ND_INDEX:
		if (type_under(e->lhs->type)->kind == TY_MAP) {
			gen_map_index(e);
			return;
		}
		value_at(e->type, gen_loc(e));
		return;
	case ND_SLICEEXPR:
		gen_slice_expr(e);
		return;
	case ND_STAR: case ND_DEREF:
		value_at(e->type, gen_loc(e));
		return;
	case ND_ADDR:
		gen_address_of(e);
		return;
	case ND_UNARY:
		gen_unary(e);
		return;
	case ND_BINARY:
		gen_binary(e);
		return;
	case ND_CONV:
		gen_conv(e);
		return;
	case ND_TOIFACE:
		gen_toiface(e);
		return;
	case ND_COMPOSITE:
		gen_composite(e);
		return;
	case ND_FUNCLIT:
		gen_funclit(e);
		return;
	case ND_CALL:
		gen_call(e);
		return;
	case ND_BUILTIN:
		gen_builtin(e);
		return;
	case ND_METHODVAL:
		gen_methodval(e);
		return;
	case ND_TYPEASSERT:
		gen_typeassert(e);
		return;
	default:
		break;
	}
	unsupported(e->pos, node_kind_name(e->kind));
	emit("xor %%eax, %%eax");
}

// operand.c - values and storage an instruction can name directly, so
// that the common cases need no frame temporary and no lea/mov pair:
//  - locations (Loc): off(%rbp), sym+off(%rip), off(reg[,%rcx,scale]);
//  - static locations: variables of this frame or globals, their fields
//    and constant-index array elements, addressable with no code at all;
//  - simple locations: static ones, or fields reached through a chain of
//    pointers starting at a static one (p.x, *p, p.next.x), which one
//    register can follow (each pointer nil-checked);
//  - simple values: integer constants and scalars at a simple location,
//    loadable into any register without touching another one. Reading
//    them after the calls of a neighbouring operand is what gc does too.
#include <string.h>
#include "cg.h"

static Node *skip_parens(Node *e) {
	while (e && e->kind == ND_PAREN)
		e = e->lhs;
	return e;
}

Loc loc_rax(int64_t off) {
	return (Loc){.base = LOC_REG, .reg = "%rax", .off = off};
}

// The operand text of l (frame_text's: it dies with the function).
const char *loc_text(Loc l) {
	switch (l.base) {
	case LOC_FRAME:
		if (l.indexed)
			return frame_text("%lld(%%rbp,%%rcx,%d)", (long long)l.off, l.scale);
		return frame_mem_operand(l.off, "%rbp");
	case LOC_GLOBAL:
		return l.off ? frame_text("%s+%lld(%%rip)", l.sym, (long long)l.off) : frame_text("%s(%%rip)", l.sym);
	case LOC_REG:
	default:
		if (l.indexed)
			return frame_text("%lld(%s,%%rcx,%d)", (long long)l.off, l.reg, l.scale);
		return l.off ? frame_mem_operand(l.off, l.reg) : frame_text("(%s)", l.reg);
	}
}

// %rax = the address l names.
void loc_addr(Loc l) {
	if (l.base == LOC_REG && !l.indexed && l.off == 0 && strcmp(l.reg, "%rax") == 0)
		return;
	if (l.desc)
		emit("lea %s, %%rax  # &%s", loc_text(l), l.desc);
	else
		emit("lea %s, %%rax", loc_text(l));
}

// The next instruction, which accesses l, names the variable in a comment.
void note_loc(Loc l) {
	if (l.desc)
		emit_note_text(l.desc);
}

// A scalar variable's storage when it is this frame's own slot or a global
// (not moved to the heap, not reached through a closure).
static bool var_loc(Obj *v, Loc *l) {
	if (!v || v->kind != OBJ_VAR)
		return false;
	if (v->is_global || !v->owner) {
		*l = (Loc){.base = LOC_GLOBAL, .sym = v->sym ? v->sym : cg_sym(v->name), .desc = v->name};
		return true;
	}
	if (v->owner != cg.fn || v->heap)
		return false;
	*l = (Loc){.base = LOC_FRAME, .off = v->offset, .desc = v->name};
	return true;
}

bool static_loc(Node *e, Loc *l) {
	e = skip_parens(e);
	if (!e || e->is_const)
		return false;
	switch (e->kind) {
	case ND_IDENT:
		return var_loc(e->obj, l);
	case ND_SELECTOR: {  // a field of a struct value (not through a pointer)
		Type *st = e->lhs ? type_under(e->lhs->type) : NULL;
		if (!st || st->kind != TY_STRUCT || e->field_index < 0 || e->field_index >= st->fields.len ||
		    !static_loc(e->lhs, l))
			return false;
		Field *f = st->fields.data[e->field_index];
		l->off += f->offset;
		l->desc = NULL;
		return true;
	}
	case ND_INDEX: {  // a constant index into an array value
		Type *at = e->lhs ? type_under(e->lhs->type) : NULL;
		int64_t k;
		if (!at || at->kind != TY_ARRAY || !int_const(e->rhs, &k) || k < 0 || k >= at->len ||
		    !static_loc(e->lhs, l))
			return false;
		l->off += k * tsize(at->elem);
		l->desc = NULL;
		return true;
	}
	default:
		return false;
	}
}

// The value of an integer or boolean constant of a non-float scalar type.
bool int_const(Node *e, int64_t *v) {
	e = skip_parens(e);
	if (!e || !e->is_const || !e->type || is_agg(e->type) || is_float(e->type))
		return false;
	switch (node_cval(e)->kind) {
	case CV_INT: *v = (int64_t)(uint64_t)node_cval(e)->i; return true;
	case CV_BOOL: *v = node_cval(e)->b; return true;
	case CV_FLOAT: *v = (int64_t)node_cval(e)->f; return true;
	default: return false;
	}
}

bool is_imm32(int64_t v) {
	return v >= INT32_MIN && v <= INT32_MAX;
}

// Float constants are loaded as their bits.
static bool const_bits(Node *e, int64_t *bits) {
	if (int_const(e, bits))
		return true;
	e = skip_parens(e);
	if (!e || !e->is_const || !e->type || !is_float(e->type) || (node_cval(e)->kind != CV_INT && node_cval(e)->kind != CV_FLOAT))
		return false;
	double f = node_cval(e)->kind == CV_INT ? (double)node_cval(e)->i : node_cval(e)->f;
	if (type_under(e->type)->kind == TY_FLOAT32) {
		float x = (float)f;
		uint32_t b;
		memcpy(&b, &x, 4);
		*bits = b;
	} else {
		memcpy(bits, &f, 8);
	}
	return true;
}

// A simple location: with gen, loads the pointers on the way into reg.
// The value is accessed at `access` bytes into e: a nil pointer on the
// way reports the address that access would fault at (nil_check_at).
static bool simple_loc(Node *e, bool gen, const char *reg, Loc *l, int64_t access) {
	e = skip_parens(e);
	if (static_loc(e, l))
		return true;
	if (!e || e->is_const)
		return false;
	switch (e->kind) {
	case ND_SELECTOR: {
		Type *lt = e->lhs ? type_under(e->lhs->type) : NULL;
		Type *st = lt && lt->kind == TY_PTR ? type_under(lt->elem) : lt;
		if (!st || st->kind != TY_STRUCT || e->field_index < 0 || e->field_index >= st->fields.len)
			return false;
		Field *f = st->fields.data[e->field_index];
		if (lt->kind == TY_PTR) {
			if (!is_simple(e->lhs))
				return false;
			if (gen) {
				load_simple(e->lhs, reg);
				nil_check_at(reg, access + f->offset);
			}
			*l = (Loc){.base = LOC_REG, .reg = reg};
		} else if (!simple_loc(e->lhs, gen, reg, l, access + f->offset)) {
			return false;
		}
		l->off += f->offset;
		l->desc = NULL;
		return true;
	}
	case ND_STAR: case ND_DEREF:
		if (!is_simple(e->lhs))
			return false;
		if (gen) {
			load_simple(e->lhs, reg);
			nil_check_at(reg, access);
		}
		*l = (Loc){.base = LOC_REG, .reg = reg};
		return true;
	default:
		return false;
	}
}

bool is_simple_loc(Node *e) {
	Loc l;
	return simple_loc(e, false, NULL, &l, 0);
}

Loc gen_simple_loc(Node *e, const char *reg) {
	Loc l = {0};
	simple_loc(e, true, reg, &l, 0);
	return l;
}

// len(x) / cap(x) of a slice or string: a word of x's header.
static bool header_word(Node *e, Node **x, int64_t *off) {
	e = skip_parens(e);
	if (!e || e->kind != ND_BUILTIN || (e->builtin != BI_LEN && e->builtin != BI_CAP) || node_list(e)->len != 1)
		return false;
	Node *a = node_list(e)->data[0];
	TypeKind k = a && a->type ? type_under(a->type)->kind : TY_INVALID;
	if (k != TY_SLICE && k != TY_STRING)
		return false;
	*x = a;
	*off = e->builtin == BI_LEN ? 8 : 16;
	return true;
}

bool is_simple(Node *e) {
	int64_t v;
	Node *x;
	if (!e || !e->type || is_agg(e->type))
		return false;
	return const_bits(e, &v) || is_simple_loc(e) || (header_word(e, &x, &v) && is_simple_loc(x));
}

void load_simple(Node *e, const char *reg) {
	int64_t v;
	if (const_bits(e, &v)) {
		if (v == 0)
			emit("xor %s, %s", reg_sized(reg, 4), reg_sized(reg, 4));
		else if (is_imm32(v))
			emit("mov $%lld, %s", (long long)v, reg);
		else
			emit("movabs $%lld, %s", (long long)v, reg);
		return;
	}
	Node *x;
	if (header_word(e, &x, &v)) {
		Loc l = gen_simple_loc(x, reg);
		l.off += v;
		if (l.desc)
			emit_note("%s of %s", v == 8 ? "len" : "cap", l.desc);
		emit_insn("mov", loc_text(l), reg);
		return;
	}
	Loc l = gen_simple_loc(e, reg);
	note_loc(l);
	load_into(e->type, loc_text(l), reg);
}

// "$imm" for a constant that fits an instruction's immediate, the memory
// operand of an 8-byte simple variable, else NULL.
const char *direct_operand(Node *e) {
	int64_t v;
	Loc l;
	Node *x;
	if (int_const(e, &v))
		return is_imm32(v) ? frame_text("$%lld", (long long)v) : NULL;
	if (header_word(e, &x, &v) && static_loc(x, &l)) {
		l.off += v;
		return loc_text(l);
	}
	if (e && e->type && !is_agg(e->type) && tsize(e->type) == 8 && static_loc(e, &l))
		return loc_text(l);
	return NULL;
}

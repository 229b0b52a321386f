// moves.c - how values of each type are loaded, stored, copied, zeroed
// and kept canonical in %rax (narrow integers always sign- or
// zero-extended to 64 bits, so comparisons and divisions can use the
// full register).
#include <string.h>
#include "cg.h"
#include "vformat.h"

int64_t align8(int64_t n) {
	return (n + 7) & ~(int64_t)7;
}

int64_t tsize(Type *t) {
	if (!t)
		return 0;
	if (t->kind == TY_TUPLE) {
		int64_t total;
		tuple_layout(&t->results, NULL, &total);
		return total;
	}
	return type_size(t);
}

// Members of a tuple (results, arguments) each start at a multiple of 8.
void tuple_layout(Vec *types, int64_t *offsets, int64_t *total) {
	int64_t off = 0;
	for (int i = 0; i < types->len; i++) {
		if (offsets)
			offsets[i] = off;
		off += align8(tsize(types->data[i]));
	}
	*total = off;
}

bool is_agg(Type *t) {
	if (!t)
		return false;
	if (t->kind == TY_TUPLE)
		return true;
	switch (type_under(t)->kind) {
	case TY_STRING: case TY_SLICE: case TY_INTERFACE: case TY_STRUCT: case TY_ARRAY:
	case TY_COMPLEX64: case TY_COMPLEX128: case TY_TUPLE:
		return true;
	default:
		return false;
	}
}

bool is_float(Type *t) {
	TypeKind k = type_under(t)->kind;
	return k == TY_FLOAT32 || k == TY_FLOAT64;
}

bool is_signed_int(Type *t) {
	TypeKind k = type_under(t)->kind;
	return k == TY_INT || k == TY_INT8 || k == TY_INT16 || k == TY_INT32 || k == TY_INT64;
}

// The narrower names of the registers values are moved through.
static const char *const regnames[][4] = {
	{"%rax", "%eax", "%ax", "%al"}, {"%rcx", "%ecx", "%cx", "%cl"}, {"%rdx", "%edx", "%dx", "%dl"},
	{"%rsi", "%esi", "%si", "%sil"}, {"%rdi", "%edi", "%di", "%dil"}, {"%r8", "%r8d", "%r8w", "%r8b"},
	{"%rbx", "%ebx", "%bx", "%bl"}, {"%r9", "%r9d", "%r9w", "%r9b"}, {"%r10", "%r10d", "%r10w", "%r10b"},
	{"%r11", "%r11d", "%r11w", "%r11b"}, {"%r12", "%r12d", "%r12w", "%r12b"}, {"%r13", "%r13d", "%r13w", "%r13b"},
	{"%r14", "%r14d", "%r14w", "%r14b"}, {"%r15", "%r15d", "%r15w", "%r15b"},
};

// reg's name for a size-byte access (reg: a 64-bit name from the table).
const char *reg_sized(const char *reg, int64_t size) {
	int w = size >= 8 ? 0 : size == 4 ? 1 : size == 2 ? 2 : 3;
	for (size_t i = 0; i < sizeof regnames / sizeof regnames[0]; i++)
		if (strcmp(regnames[i][0], reg) == 0)
			return regnames[i][w];
	return reg;
}

// The AT&T size suffix of a size-byte access.
char size_suffix(int64_t size) {
	return size >= 8 ? 'q' : size == 4 ? 'l' : size == 2 ? 'w' : 'b';
}

// reg = the scalar of type t at the memory operand mem, extended to 64 bits.
void load_into(Type *t, const char *mem, const char *reg) {
	bool sx = is_signed_int(t);
	int64_t size = tsize(t);
	switch (size) {
	case 0: emit("xor %s, %s", reg_sized(reg, 4), reg_sized(reg, 4)); break;
	case 1: case 2:
		emit("mov%c%cq %s, %s", sx ? 's' : 'z', size == 1 ? 'b' : 'w', mem, reg);
		break;
	case 4:
		if (sx)
			emit("movslq %s, %s", mem, reg);
		else
			emit("movl %s, %s", mem, reg_sized(reg, 4));
		break;
	default: emit_insn("mov", mem, reg); break;
	}
}

// Stores the scalar of type t held in reg to the memory operand mem.
void store_from(Type *t, const char *reg, const char *mem) {
	int64_t size = tsize(t);
	if (size)
		emit_insn("mov", reg_sized(reg, size), mem);
}

void load(Type *t) {
	if (!is_agg(t))
		load_into(t, "(%rax)", "%rax");
}

void store(Type *t) {
	if (is_agg(t))
		copy_mem(tsize(t));
	else
		store_from(t, "%rax", "(%rdi)");
}

void store_temp(Type *t, int off) {
	if (is_agg(t))
		emit("lea %d(%%rbp), %%rax", off);
	else
		load_rax(off);
	store(t);
}

// Small copies are unrolled through %rcx; large ones use rep movsb.
void copy_mem(int64_t size) {
	if (size > 128) {
		emit("mov %%rax, %%rsi");
		emit("mov $%lld, %%rcx", (long long)size);
		emit("rep movsb");
		return;
	}
	int64_t off = 0;
	static const struct { int n; const char *mov; const char *reg; } steps[] = {
		{8, "mov", "%rcx"}, {4, "movl", "%ecx"}, {2, "movw", "%cx"}, {1, "movb", "%cl"},
	};
	for (int k = 0; k < 4; k++)
		for (; size - off >= steps[k].n; off += steps[k].n) {
			char from[32], to[32];  // off(%rax), off(%rdi): a struct copy is many of these lines
			strcpy(put_int(from, off), "(%rax)");
			strcpy(put_int(to, off), "(%rdi)");
			emit_insn(steps[k].mov, from, steps[k].reg);
			emit_insn(steps[k].mov, steps[k].reg, to);
		}
}

void zero_mem(int64_t size) {
	if (size > 128) {
		emit("mov $%lld, %%rcx", (long long)size);
		emit("xor %%eax, %%eax");
		emit("rep stosb");
		return;
	}
	int64_t off = 0;
	for (; size - off >= 8; off += 8)
		emit("movq $0, %lld(%%rdi)", (long long)off);
	for (; off < size; off++)
		emit("movb $0, %lld(%%rdi)", (long long)off);
}

void normalize(Type *t) {
	switch (type_under(t)->kind) {
	case TY_INT8: emit("movsbq %%al, %%rax"); break;
	case TY_UINT8: case TY_BOOL: emit("movzbl %%al, %%eax"); break;
	case TY_INT16: emit("movswq %%ax, %%rax"); break;
	case TY_UINT16: emit("movzwl %%ax, %%eax"); break;
	case TY_INT32: emit("movslq %%eax, %%rax"); break;
	case TY_UINT32: case TY_FLOAT32: emit("mov %%eax, %%eax"); break;
	default: break;
	}
}

void save_rax(int off) {
	emit("mov %%rax, %d(%%rbp)", off);
}

void load_rax(int off) {
	emit("mov %d(%%rbp), %%rax", off);
}

// Scalars are spilled as a full 8-byte word; aggregates are copied.
int to_temp(Type *t) {
	int64_t size = is_agg(t) ? tsize(t) : 8;
	int off = tmp_alloc(size, "value");
	if (is_agg(t)) {
		emit("lea %d(%%rbp), %%rdi", off);
		copy_mem(tsize(t));
	} else {
		save_rax(off);
	}
	return off;
}

// Go checks explicitly before dereferencing a pointer that may be nil.
void nil_check(const char *reg) {
	nil_check_at(reg, 0);
}

// The same before an access at offset off: Go lets such a load or store
// fault on the unmapped first page instead (off < 4096), so its report
// says addr=off; goscape checks and reports the address the access would
// have faulted at.
void nil_check_at(const char *reg, int64_t off) {
	if (off < 0 || off >= 4096)
		off = 0;
	emit("test %s, %s", reg, reg);
	const char *call = off ? frame_text("\tmov $%lld, %%edi\n\tcall runtime_panicnilat\n", (long long)off)
	                       : "\tcall runtime_panicnil\n";
	const char *cold = cold_path(call);
	if (cold) {
		emit("jz %s", cold);
		return;
	}
	emit("jnz 1f");
	fputs(call, cg.text);
	fputs("1:\n", cg.text);
}

// gen.c - x86-64 GAS from allocated SSA: one function's body, with the
// product's annotations (codegen/emit.c's # LINE comments, .loc and
// line-table marks per statement, cold panic paths; the frame map says
// where each Go variable's values live). Operands are named where they
// are (register, slot or $immediate); %rax, %rcx and %rdx carry values
// through instructions that need fixed registers (division, shift counts)
// and between two memory operands. Phi moves are parallel copies at the
// end of each predecessor; a comparison used only by its block's if
// becomes cmp + jcc.
#include <stdlib.h>
#include <string.h>
#include "intern.h"
#include "ssa.h"
#include "vformat.h"
#include "../codegen/cg.h"

typedef struct Gen {
	SsaFunc *f;
	const char *sym;
	size_t symlen;
	const char *prefix;   // ".L<sym>_", the start of its labels
	size_t prefixlen;
	unsigned saved;       // callee-saved registers used
	int save_off[SSA_NREGS];
	Pos pos;              // the last position given a .loc
	SsaLifetimes lt;      // for the location lists (describe_vars)
	bool *need;           // per position: a list needs its label
	int *store_at;        // per incoming word of a register ABI body: where it goes to its slot
	                      // (0: the entry, else f->arg_store; -1: nowhere, never read there)
	Value **arg_of;       // per incoming word: its Arg, or NULL
	struct Event *ev;     // word_segs' events, then room for sort_events' half
	int evcap;
	Vec live;             // word_segs' values in their homes at a position
} Gen;

static const char *R(int r) {
	return ssa_reg_names[r];
}

// What is made for the function being emitted (the texts of operands,
// notes, location lists' labels and frame slots' descriptions; location
// segments and entries, parallel moves): it lives until the code is written, then goes at once
// (ssa_emit).
static Pool fn_mem;

// n zeroed elements of size bytes in fn_mem.
static void *fn_alloc(size_t n, size_t size) {
	return pool_zalloc(&fn_mem, n * size);
}

// head, k and tail in fn_mem: a move's note ("argument word 2"), made by hand.
static const char *fn_number(const char *head, long long k, const char *tail) {
	size_t nh = strlen(head), nt = strlen(tail);
	char *t = fn_alloc(nh + nt + sizeof "-9223372036854775808", 1), *p = t;  // zeroed: the NUL is there
	memcpy(p, head, nh);
	p = put_int(p + nh, k);
	memcpy(p, tail, nt);
	return t;
}

static const char *fn_text(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static const char *fn_text(const char *fmt, ...) {
	va_list ap;
	va_start(ap, fmt);
	const char *s = pool_vasprintf(&fn_mem, fmt, ap);
	va_end(ap);
	return s;
}

// "off(%rbp)", a slot's operand: made once per slot and function (most
// operands that are not registers are one of a few slots).
static PtrMap slot_texts;  // offset (never 0) -> its text

static const char *slot_text(int64_t off) {
	void *key = (void *)(intptr_t)off;
	const char *t = off ? ptrmap_get(&slot_texts, key) : NULL;
	if (!t) {
		t = frame_mem_operand(off, "%rbp");
		if (off)
			ptrmap_put(&slot_texts, key, (void *)t);
	}
	return t;
}

// "$imm", the most frequent operand after the registers: written by hand
// (pool memory is zeroed: the NUL is there).
static const char *imm_text(int64_t x) {
	char *t = fn_alloc(sizeof "$-18446744073709551616", 1), *p = t;
	*p++ = '$';
	put_int(p, x);
	return t;
}

// The label of a block (kind 'b': ".L<sym>_b<id>") or of a position
// (regalloc's numbering, 'p', that a location list names) for n, then
// tail, made by hand: a block and many positions have a label.
// write_label writes it at t (room for G->symlen + strlen(tail) + 24)
// and returns its end.
static char *write_label(Gen *G, char *t, char kind, int n, const char *tail) {
	memcpy(t, G->prefix, G->prefixlen);
	char *p = t + G->prefixlen;
	*p++ = kind;
	p = put_decimal(p, (unsigned)n);
	while (*tail)  // "", ":\n" or "+1"
		*p++ = *tail++;
	return p;
}

static const char *label_text(Gen *G, char kind, int n, const char *tail) {
	char *t = fn_alloc(G->symlen + strlen(tail) + 24, 1);  // zeroed: the NUL is there
	write_label(G, t, kind, n, tail);
	return t;
}

// The line of that label, made on the stack when the symbol fits.
static void put_label(Gen *G, char kind, int n) {
	char line[256];
	char *t = G->symlen + 32 <= sizeof line ? line : fn_alloc(G->symlen + 32, 1);
	put_text(cg.text, t, (size_t)(write_label(G, t, kind, n, ":\n") - t));
}

// A jump to block id ("jmp", or "j" and a condition code), made in its
// line: a block's jumps are among the most frequent instructions.
static void jump(Gen *G, const char *jcc, int id) {
	char line[EMIT_LINE], *p = line;
	if (G->symlen + 40 > EMIT_TEXT) {  // no room in the line: emit_insn's fallback
		char *t = fn_alloc(G->symlen + 32, 1);
		write_label(G, t, 'b', id, "");
		emit_insn(jcc, t, NULL);
		return;
	}
	*p++ = '\t';
	while (*jcc)
		*p++ = *jcc++;
	*p++ = ' ';
	emit_made(line, (size_t)(write_label(G, p, 'b', id, "") - line));
}

// The position being emitted (regalloc's numbering): an argument split
// by regalloc.c is read from its register up to its reg_end, from its
// slot after.
static int at_pos;
// And the index of the value being emitted in its block (v_block).
static int at_index;

static int reg_of(Value *v) {
	return v->reg_end && at_pos > v->reg_end ? -1 : v->reg;
}

// The label of position q, if a location list needs it (once: a block's
// start is also its arguments' and phis' position).
static void mark_pos(Gen *G, int q) {
	if (q >= 0 && q < G->lt.npos && G->need[q]) {
		put_label(G, 'p', q);
		G->need[q] = false;
	}
}

// A readable operand: register, slot, or $imm for a 32-bit constant;
// NULL for a wider constant or an address (load_to it).
static const char *operand(Value *v) {
	if (v->op == SSA_CONST)
		return is_imm32(v->aux) ? imm_text(v->aux) : NULL;
	if (v->op == SSA_ADDR || v->op == SSA_FRAMEADDR)
		return NULL;
	if (reg_of(v) >= 0)
		return R(reg_of(v));
	return slot_text(v->slot);
}

static bool in(Value *v, const char *reg) {
	return !ssa_rematerialised(v) && reg_of(v) >= 0 && strcmp(R(reg_of(v)), reg) == 0;
}

// The memory an Addr or FrameAddr names, off bytes in.
static const char *addr_mem(Value *v, int64_t off) {
	if (v->op == SSA_ADDR)
		return off ? fn_text("%s+%lld(%%rip)", v->sym, (long long)off) : fn_text("%s(%%rip)", v->sym);
	return slot_text(v->slot + off);
}

// reg = v
static void load_to(Value *v, const char *reg) {
	if (in(v, reg))
		return;
	if (v->op == SSA_ADDR || v->op == SSA_FRAMEADDR)
		emit_insn("lea", addr_mem(v, 0), reg);
	else if (v->op == SSA_CONST && v->aux == 0)
		emit_insn("xor", reg_sized(reg, 4), reg_sized(reg, 4));
	else if (v->op == SSA_CONST && !is_imm32(v->aux))
		emit("movabs $%lld, %s", (long long)v->aux, reg);
	else
		emit_insn("mov", operand(v), reg);
}

// An operand that may be a register, memory or an imm32: wide constants
// go through scratch.
static const char *source(Value *v, const char *scratch) {
	const char *o = operand(v);
	if (o)
		return o;
	load_to(v, scratch);
	return scratch;
}

// Where v's result is computed: its register, or %rax when spilled.
static const char *dest(Value *v) {
	return reg_of(v) >= 0 ? R(reg_of(v)) : "%rax";
}

// The result computed in reg goes to v's home: its register (by move) or
// its spill slot (by store), if it has one.
static void to_home(Value *v, const char *reg, const char *move, const char *store) {
	if (reg_of(v) >= 0) {
		if (strcmp(R(reg_of(v)), reg) != 0)
			emit_insn(move, reg, R(reg_of(v)));
	} else if (v->slot) {
		emit_insn(store, reg, slot_text(v->slot));
	}
}

static void finish(Value *v, const char *reg) {
	to_home(v, reg, "mov", "mov");
}

// ---- float64: SSE registers, %xmm0 and %xmm15 the scratch ----

static bool isf(Value *v) {
	return v->type == MT_F64 || v->type == MT_F32;
}

static const char *fdest(Value *v) {
	return reg_of(v) >= 0 ? R(reg_of(v)) : "%xmm0";
}

// A float constant's bits as a literal in .rodata.cst8, read where it is
// used: one movsd (or the operand of the op itself) instead of movabs +
// movq through an integer register. The section is mergeable, so the
// linker keeps one copy of each value.
static const char *fconst_mem(Value *v) {
	char *l = new_label("f64_");
	double d;
	memcpy(&d, &v->aux, sizeof d);
	fprintf(cg.text, "\t.pushsection .rodata.cst8,\"aM\",@progbits,8\n\t.balign 8\n%s:\n\t.quad %lld  # %.17g\n\t.popsection\n",
	        l, (long long)v->aux, d);
	return fn_text("%s(%%rip)", l);
}

// x = v
static void fload_to(Value *v, const char *x) {
	if (v->op == SSA_CONST) {
		if (v->aux == 0)
			emit("xorps %s, %s", x, x);
		else
			emit("movsd %s, %s", fconst_mem(v), x);
	} else if (reg_of(v) >= 0) {
		if (strcmp(R(reg_of(v)), x) != 0)
			emit("movapd %s, %s", R(reg_of(v)), x);
	} else {
		emit("movsd %d(%%rbp), %s", v->slot, x);
	}
}

static void ffinish(Value *v, const char *x) {
	to_home(v, x, "movapd", "movsd");
}

// An SSE operand: register or memory; a constant goes to scratch.
static const char *fsource(Value *v, const char *scratch) {
	if (v->op == SSA_CONST && v->aux != 0)
		return fconst_mem(v);
	if (v->op == SSA_CONST) {
		fload_to(v, scratch);
		return scratch;
	}
	return reg_of(v) >= 0 ? R(reg_of(v)) : slot_text(v->slot);
}

// Where binary v computes, given d its result's place: when only b sits
// in d (clash), a commutative op swaps *a and *b and computes in d, another
// computes in scratch.
static const char *binary_dest(Value *v, Value **a, Value **b, const char *d, bool clash, const char *scratch) {
	if (!clash)
		return d;
	if (!(ssa_ops[v->op].flags & OPF_COMMUTATIVE))
		return scratch;
	Value *t = *a;
	*a = *b;
	*b = t;
	return d;
}

static void v_float_binary(Value *v) {
	static const char *const insn[SSA_NOPS] = {
		[SSA_ADDF] = "addsd", [SSA_SUBF] = "subsd", [SSA_MULF] = "mulsd", [SSA_DIVF] = "divsd",
	};
	Value *a = v->args[0], *b = v->args[1];
	const char *d = fdest(v);
	bool clash = reg_of(b) >= 0 && strcmp(R(reg_of(b)), d) == 0 && !(reg_of(a) >= 0 && strcmp(R(reg_of(a)), d) == 0);
	d = binary_dest(v, &a, &b, d, clash, "%xmm0");
	fload_to(a, d);
	emit_insn(insn[v->op], fsource(b, "%xmm15"), d);
	ffinish(v, d);
}

// The flags for float comparison v: ucomisd with the operands ordered so
// that `a`/`ae` mean it holds (unordered: CF=ZF=PF=1, false).
static void fcompare(Value *v) {
	Value *a = v->args[0], *b = v->args[1];
	if (v->op == SSA_LESSF || v->op == SSA_LEQF) {
		Value *t = a;
		a = b;
		b = t;
	}
	fload_to(a, "%xmm0");
	emit("ucomisd %s, %%xmm0", fsource(b, "%xmm15"));
}

static void v_float_compare(Value *v) {
	fcompare(v);
	const char *d = dest(v);
	switch (v->op) {
	case SSA_EQF: case SSA_NEQF: float_eq_to_al(v->op == SSA_NEQF); break;
	case SSA_LESSF: case SSA_GREATERF: emit_text("seta %al"); break;
	default: emit_text("setae %al"); break;
	}
	emit("movzbl %%al, %s", reg_sized(d, 4));
	finish(v, d);
}

static bool is_mem(const char *o) {
	return o[0] != '%' && o[0] != '$';
}

static const char *cc(SsaOp op) {
	switch (op) {
	case SSA_EQ: return "e";
	case SSA_NEQ: return "ne";
	case SSA_LESS: return "l";
	case SSA_LEQ: return "le";
	case SSA_GREATER: return "g";
	case SSA_GEQ: return "ge";
	case SSA_LESSU: return "b";
	case SSA_LEQU: return "be";
	case SSA_GREATERU: return "a";
	case SSA_GEQU: return "ae";
	case SSA_LESSF: case SSA_GREATERF: return "a";   // fcompare's order
	case SSA_LEQF: case SSA_GEQF: return "ae";
	default: return "ne";
	}
}

static SsaOp negate(SsaOp op) {
	switch (op) {
	case SSA_EQ: return SSA_NEQ;
	case SSA_NEQ: return SSA_EQ;
	case SSA_LESS: return SSA_GEQ;
	case SSA_LEQ: return SSA_GREATER;
	case SSA_GREATER: return SSA_LEQ;
	case SSA_GEQ: return SSA_LESS;
	case SSA_LESSU: return SSA_GEQU;
	case SSA_LEQU: return SSA_GREATERU;
	case SSA_GREATERU: return SSA_LEQU;
	case SSA_GEQU: return SSA_LESSU;
	case SSA_LESSF: case SSA_GREATERF: return SSA_LEQU;  // jbe: not above, or unordered
	case SSA_LEQF: case SSA_GEQF: return SSA_LESSU;      // jb
	default: return SSA_EQ;
	}
}

// The flags of args[0] - args[1] for comparison v.
static void compare(Value *v) {
	Value *a = v->args[0], *b = v->args[1];
	const char *ao = a->op == SSA_CONST ? NULL : operand(a);
	if (!ao || is_mem(ao)) {
		load_to(a, "%rax");
		ao = "%rax";
	}
	const char *bo = source(b, "%rcx");
	if (b->op == SSA_CONST && b->aux == 0 && ao[0] == '%')
		emit_insn("test", ao, ao);
	else
		emit_insn("cmp", bo, ao);
}

static const char *const binop_insn[SSA_NOPS] = {
	[SSA_ADD] = "add", [SSA_SUB] = "sub", [SSA_AND] = "and", [SSA_OR] = "or", [SSA_XOR] = "xor", [SSA_MUL] = "imul",
};

// A binary op of type i32 (narrow.c) is computed in 32 bits, which x86
// zero-extends to the register: its operands' low halves.
static const char *sized(const char *o, bool w32) {
	return w32 && o[0] == '%' ? reg_sized(o, 4) : o;
}

static void v_binary(Value *v) {
	Value *a = v->args[0], *b = v->args[1];
	bool w32 = v->type == MT_I32;
	const char *d = dest(v);
	d = binary_dest(v, &a, &b, d, in(b, d) && !in(a, d), "%rax");
	load_to(a, d);
	if (v->op == SSA_MUL && b->op == SSA_CONST && b->aux > 0 && (b->aux & (b->aux - 1)) == 0) {
		shift_const(OP_SHL, false, __builtin_ctzll((uint64_t)b->aux), sized(d, w32));  // strength reduction
		finish(v, d);
		return;
	}
	const char *bo = sized(source(b, "%rcx"), w32), *dw = sized(d, w32);
	if (v->op == SSA_MUL && bo[0] == '$')
		emit("imul %s, %s, %s", bo, dw, dw);
	else
		emit_insn(binop_insn[v->op], bo, dw);
	finish(v, d);
}

static void v_andnot(Value *v) {
	Value *a = v->args[0], *b = v->args[1];
	if (b->op == SSA_CONST && is_imm32(~b->aux)) {
		const char *d = dest(v);
		load_to(a, d);
		emit("and $%lld, %s", (long long)~b->aux, d);
		finish(v, d);
		return;
	}
	load_to(b, "%rcx");
	emit_text("not %rcx");
	const char *d = dest(v);
	load_to(a, d);
	emit("and %%rcx, %s", d);
	finish(v, d);
}

static void v_shift(Value *v) {
	Value *a = v->args[0], *b = v->args[1];
	Op op = v->op == SSA_LSH ? OP_SHL : OP_SHR;
	bool arith = v->op == SSA_RSH;
	if (b->op == SSA_CONST) {
		const char *d = dest(v);
		load_to(a, d);
		uint64_t n = v->aux ? (uint64_t)b->aux & 63 : (uint64_t)b->aux;  // aux: the count mod 64
		shift_const(op, arith, n >= 64 ? 64 : (int64_t)n, sized(d, v->type == MT_I32));
		finish(v, d);
		return;
	}
	// By %cl, which x86 takes mod 64: a count below 64 (range.c), or one
	// the IR takes mod 64 too (aux), needs nothing more; a larger one shifts every bit out (an and with the
	// mask sbb makes of count < 64), or in sar's case is 63. A negative
	// signed count has panicked already (ShiftCheck).
	const char *d = dest(v);
	load_to(b, "%rcx");
	load_to(a, d);  // never %rcx, which is not allocated
	bool below64 = v->aux || ssa_umax(b) < 64;
	if (arith && !below64) {
		emit_text("mov $63, %edx");
		emit_text("cmp $64, %rcx");
		emit_text("cmovae %rdx, %rcx");
	}
	emit("%s %%cl, %s", op == OP_SHL ? "shl" : arith ? "sar" : "shr", d);
	if (!arith && !below64) {
		emit_text("cmp $64, %rcx");
		emit_text("sbb %rdx, %rdx");
		emit("and %%rdx, %s", d);
	}
	finish(v, d);
}

// bts takes the bit number mod 64, as BitSet does.
static void v_bitset(Value *v) {
	Value *a = v->args[0], *b = v->args[1];
	const char *d = dest(v), *bo;
	if (b->op == SSA_CONST) {
		bo = imm_text(b->aux & 63);
	} else if (b->reg >= 0 && !(in(b, d) && !in(a, d))) {
		bo = R(b->reg);
	} else {  // spilled, or in the register a goes to
		load_to(b, "%rcx");
		bo = "%rcx";
	}
	load_to(a, d);
	emit("bts %s, %s", bo, d);
	finish(v, d);
}

static void v_divmod(Value *v) {
	Value *a = v->args[0], *b = v->args[1];
	Op op = v->op == SSA_DIV || v->op == SSA_DIVU ? OP_DIV : OP_REM;
	bool uns = v->op == SSA_DIVU || v->op == SSA_MODU;
	load_to(a, "%rax");
	if (b->op == SSA_CONST && b->aux != 0 && b->aux != -1) {
		divmod_rax_const(op, uns, b->aux);
	} else {
		load_to(b, "%rcx");
		divmod_rax(op, uns);
	}
	finish(v, "%rax");
}

static void v_ext(Value *v) {
	const char *d = dest(v);
	load_to(v->args[0], d);
	bool sx = v->op == SSA_SIGNEXT;
	switch (mtype_size(v->type)) {
	case 1: emit(sx ? "movsbq %s, %s" : "movzbl %s, %s", reg_sized(d, 1), sx ? d : reg_sized(d, 4)); break;
	case 2: emit(sx ? "movswq %s, %s" : "movzwl %s, %s", reg_sized(d, 2), sx ? d : reg_sized(d, 4)); break;
	case 4:
		if (sx)
			emit("movslq %s, %s", reg_sized(d, 4), d);
		else
			emit_insn("mov", reg_sized(d, 4), reg_sized(d, 4));
		break;
	default: break;
	}
	finish(v, d);
}

// The 8-byte word x to memory: a float from its SSE register, any other
// bits through a general register (%rax).
static void store_word(Value *x, const char *mem, const char *note) {
	if (isf(x) && x->op != SSA_CONST && reg_of(x) >= 0) {
		emit("movsd %s, %s%s", R(reg_of(x)), mem, note);
		return;
	}
	const char *o = operand(x);
	if (!o || is_mem(o)) {
		load_to(x, "%rax");
		o = "%rax";
	}
	emit("%s %s, %s%s", o[0] == '$' ? "movq" : "mov", o, mem, note);
}

// v = the 8-byte word at mem.
static void load_word(Value *v, const char *mem) {
	if (isf(v)) {
		emit("movsd %s, %s", mem, fdest(v));
		ffinish(v, fdest(v));
	} else {
		emit_insn("mov", mem, dest(v));
		finish(v, dest(v));
	}
}

// ---- parallel copies: phi moves, and the register ABI's moves ----

// A Place: the home of value v (register, slot; a constant is only ever
// a source), or, without v, the register reg (a register ABI's register,
// or %rax/%xmm0 holding a value parked to break a cycle).
typedef struct Place {
	Value *v;
	int reg;
} Place;

typedef struct Move {
	Place src, dst;
} Move;

// The moves of one parallel copy (a call's arguments or results, a
// block's phis, ...) and their notes, n of each, zeroed: made, moved and
// done with at once, so one pair of arrays serves every copy of the
// program (a long function has many).
static Move *moves_for(size_t n, const char ***notes) {
	static Move *moves;
	static const char **texts;
	static size_t cap;
	if (n > cap) {
		cap = 2 * n;
		moves = xrealloc(moves, cap * sizeof(Move));
		texts = xrealloc(texts, cap * sizeof(char *));
	}
	memset(moves, 0, n * sizeof(Move));
	memset(texts, 0, n * sizeof(char *));
	if (notes)
		*notes = texts;
	return moves;
}

static Place home(Value *v) {
	return (Place){v, -1};
}

static Place fixed(int r) {
	return (Place){NULL, r};
}

static bool place_float(Place l) {
	return l.v ? isf(l.v) : l.reg >= SSA_X0;
}

static bool same_place(Place a, Place b) {
	if ((a.v && ssa_rematerialised(a.v)) || (b.v && ssa_rematerialised(b.v)))
		return false;
	int ra = a.v ? reg_of(a.v) : a.reg, rb = b.v ? reg_of(b.v) : b.reg;
	if (ra >= 0 || rb >= 0)
		return ra == rb;
	return a.v->slot && a.v->slot == b.v->slot;
}

// A Place's operand text (a constant: NULL, load it).
static const char *place_operand(Place l) {
	return l.v ? operand(l.v) : R(l.reg);
}

// dst = src (which differ), with note as the comment of its first
// instruction. Memory to memory goes through %rcx or %xmm15: %rax and
// %xmm0 may hold a parked value.
static void move(Place src, Place dst, const char *note) {
	bool fl = place_float(dst);
	int dr = dst.v ? reg_of(dst.v) : dst.reg;
	if (note && *note)
		emit_note_text(note);
	if (dr >= 0) {
		if (src.v && fl)
			fload_to(src.v, R(dr));
		else if (src.v)
			load_to(src.v, R(dr));
		else
			emit_insn(fl ? "movapd" : "mov", R(src.reg), R(dr));
		return;
	}
	const char *mem = slot_text(dst.v->slot);
	const char *so = place_operand(src);
	if (fl && src.v && src.v->op == SSA_CONST) {  // the bits, through %rcx
		load_to(src.v, "%rcx");
		so = "%rcx";
	} else if (fl && is_mem(so)) {
		emit("movsd %s, %%xmm15", so);
		so = "%xmm15";
	} else if (!so || is_mem(so)) {
		load_to(src.v, "%rcx");
		so = "%rcx";
	}
	if (strncmp(so, "%xmm", 4) == 0)
		emit("movsd %s, %s", so, mem);
	else
		emit_insn(so[0] == '$' ? "movq" : "mov", so, mem);
}

// Performs the n moves as if at once: a move goes when no other still
// reads its destination; a cycle parks one value in %rax (%xmm0).
static void parallel_moves(Move *m, int n, const char **notes) {
	int kept = 0;
	for (int i = 0; i < n; i++)
		if (!same_place(m[i].src, m[i].dst)) {
			if (notes)
				notes[kept] = notes[i];
			m[kept++] = m[i];
		}
	n = kept;
	while (n) {
		int pick = -1;
		for (int i = 0; i < n && pick < 0; i++) {
			bool read = false;
			for (int j = 0; j < n; j++)
				if (j != i && same_place(m[j].src, m[i].dst))
					read = true;
			if (!read)
				pick = i;
		}
		if (pick < 0) {  // a cycle: park the first destination's value
			Place park = fixed(place_float(m[0].dst) ? SSA_X0 : SSA_RAX);  // a cycle holds values of one class
			move(m[0].dst, park, "");
			for (int j = 0; j < n; j++)
				if (same_place(m[j].src, m[0].dst))
					m[j].src = park;
			continue;
		}
		move(m[pick].src, m[pick].dst, notes ? notes[pick] : "");
		m[pick] = m[--n];
		if (notes)
			notes[pick] = notes[n];
	}
}

// ---- calls ----

// The symbol of a register ABI's entry (abi.c).
static const char *regabi_sym(const char *sym) {
	return fn_text("%s..regabi", sym);
}

// A func value's call with the register ABI of its signature: the word
// before the code (abi.c) is the callee's register entry, or 0 for a
// callee that has only the stack ABI's (the tree walker's functions,
// thunks, the runtime's). That one is called from a cold path that
// stores the argument registers to 0(%rsp), and loads the results back
// into the registers a register callee would have left them in.
static void call_func_value(Value *v) {
	nil_check("%rdx");
	emit_text("mov (%rdx), %rax  # the func value's code");
	emit_text("mov -8(%rax), %rcx  # its register ABI entry, or 0");
	emit_text("test %rcx, %rcx");
	const char *back = new_label("called");
	StrBuf stack = {0};
	for (int k = 0; k < v->abi->nin; k++) {
		int r = v->abi->in[k];
		strbuf_printf(&stack, "\t%s %s, %d(%%rsp)\n", r >= SSA_X0 ? "movsd" : "mov", R(r), 8 * k);
	}
	strbuf_put(&stack, "\tcall *%rax  # the stack ABI\n");
	for (int k = 0; k < v->abi->nout; k++) {
		int r = v->abi->out[k];
		strbuf_printf(&stack, "\t%s %d(%%rsp), %s\n", r >= SSA_X0 ? "movsd" : "mov", 8 * (v->abi->nin + k), R(r));
	}
	strbuf_printf(&stack, "\tjmp %s\n", back);
	emit("jz %s", cold_path(strbuf_text(&stack)));
	free(stack.s);
	emit_text("call *%rcx  # register ABI");
	emit_label(back);
}

// Register ABI: the arguments go to their registers at once (a func
// value to %rdx), and the results come back in registers, to the homes
// of the call and of its Result values (right after it).
static void v_call_regs(Value *v) {
	int first = v->nargs - ssa_call_words(v);
	const char **notes;
	Move *m = moves_for((size_t)v->nargs + 1, &notes);
	for (int k = first; k < v->nargs; k++) {
		m[k] = (Move){home(v->args[k]), fixed(v->abi->in[k - first])};
		notes[k] = fn_number("argument word ", k - first, "");
	}
	if (first) {
		m[0] = (Move){home(v->args[0]), fixed(SSA_RDX)};
		notes[0] = "the func value";
	}
	parallel_moves(m, v->nargs, notes);
	frame_need_out(8 * (v->nargs - first + v->aux));
	if (first)
		call_func_value(v);
	else
		emit("call %s  # register ABI", regabi_sym(v->sym));
	m = moves_for((size_t)v->aux + 1, &notes);  // the results'
	int n = 0;
	if (v->type != MT_VOID && (v->reg >= 0 || v->slot)) {
		notes[n] = "result word 0";
		m[n++] = (Move){fixed(v->abi->out[0]), home(v)};
	}
	Vec *vals = &v->block->values;
	for (int j = at_index + 1; j < vals->len && ((Value *)vals->data[j])->op == SSA_RESULT; j++) {
		Value *r = vals->data[j];
		if (r->args[0] == v && (r->reg >= 0 || r->slot)) {
			notes[n] = fn_number("result word ", r->aux, "");
			m[n++] = (Move){fixed(v->abi->out[r->aux]), home(r)};
		}
	}
	parallel_moves(m, n, notes);
}

// The stack ABI: the argument words at 0(%rsp), the results after them.
// A func value's call passes its closure in %rdx (a nil one panics).
static void v_call(Value *v) {
	if (v->abi) {
		v_call_regs(v);
		return;
	}
	int first = v->nargs - ssa_call_words(v), words = ssa_call_words(v);
	for (int k = 0; k < words; k++)
		store_word(v->args[first + k], fn_text("%d(%%rsp)", 8 * k), "");
	frame_need_out(8 * (words + v->aux));
	if (v->sym) {
		emit("call %s", v->sym);
	} else {
		load_to(v->args[0], "%rdx");
		nil_check("%rdx");
		emit_text("call *(%rdx)  # the code the func value (or itab slot) points to");
	}
	if (v->type != MT_VOID)
		load_word(v, fn_text("%d(%%rsp)", 8 * words));
}

// v in a register: its own, or scratch after loading it there.
static const char *in_reg(Value *v, const char *scratch) {
	if (!ssa_rematerialised(v) && reg_of(v) >= 0)
		return R(reg_of(v));
	load_to(v, scratch);
	return scratch;
}

// A runtime call: the arguments go to the System V registers at once,
// then the call; a bool result is only %al.
static void v_rtcall(Value *v) {
	static const int abi[] = {SSA_RDI, SSA_RSI, SSA_RDX, SSA_RCX, SSA_R8, SSA_R9};
	Move m[6];
	for (int k = 0; k < v->nargs; k++)
		m[k] = (Move){home(v->args[k]), fixed(abi[k])};
	parallel_moves(m, v->nargs, NULL);
	if (v->text)
		alloc_call(v->sym, v->pos, v->text);
	else
		emit("call %s", v->sym);
	if (v->type == MT_VOID)
		return;
	if (v->type == MT_I8)
		emit_text("movzbl %al, %eax");
	finish(v, "%rax");
}

// x <= y, as unsigned, or runtime_panicslice(which, x, y, x unsigned).
static void v_slicecheck(Value *v) {
	const char *x = in_reg(v->args[0], "%rax");
	const char *y = source(v->args[1], "%rcx");
	emit_insn("cmp", y, x);
	emit("ja %s", cold_path(fn_text("\tmov %s, %%rdx\n\tmov %s, %%rsi\n\tmov $%d, %%edi\n\tmov $%d, %%ecx\n"
	                                  "\tcall runtime_panicslice\n",
	                                  y, x, (int)(v->aux & 255), (int)(v->aux >> 8))));
}

// The memory operand of the word at addr + off (%rax and %rcx as scratch).
static const char *address(Value *addr, int64_t off) {
	if (ssa_fused_index(addr)) {
		Value *base = addr->args[0], *idx = addr->args[1];
		int64_t scaled, folded; // a constant index out of any range (its check panics first) stays unfolded
		if (idx->op == SSA_CONST && !__builtin_mul_overflow(idx->aux, addr->aux, &scaled) &&
		    !__builtin_add_overflow(off, scaled, &folded) && is_imm32(folded))
			return address(base, folded);
		if (base->op == SSA_FRAMEADDR)  // an element of a frame area: off(%rbp,%idx,size)
			off += base->slot;
		const char *b = base->op == SSA_FRAMEADDR ? "%rbp" : in_reg(base, "%rax");
		return fn_text("%lld(%s,%s,%lld)", (long long)off, b, in_reg(idx, "%rcx"), (long long)addr->aux);
	}
	if (addr->op == SSA_ADDR || addr->op == SSA_FRAMEADDR)
		return addr_mem(addr, off);
	return frame_mem_operand(off, in_reg(addr, "%rax"));
}

// An element address whose size no addressing mode scales by.
static void v_ptrindex(Value *v) {
	Value *base = v->args[0], *idx = v->args[1];
	const char *d = dest(v);
	int64_t scaled;
	if (idx->op == SSA_CONST && !__builtin_mul_overflow(idx->aux, v->aux, &scaled) && is_imm32(scaled)) {
		load_to(base, d);
		emit("add $%lld, %s", (long long)scaled, d);
	} else {
		emit("imul $%lld, %s, %%rcx", (long long)v->aux, source(idx, "%rcx"));
		load_to(base, d);
		emit("add %%rcx, %s", d);
	}
	finish(v, d);
}

static void v_load(Value *v) {
	if (isf(v)) {
		load_word(v, address(v->args[0], v->aux));
		return;
	}
	const char *mem = address(v->args[0], v->aux), *d = dest(v);
	switch (mtype_size(v->type)) {
	case 1: emit("movzbl %s, %s", mem, reg_sized(d, 4)); break;
	case 2: emit("movzwl %s, %s", mem, reg_sized(d, 4)); break;
	case 4: emit_insn("mov", mem, reg_sized(d, 4)); break;
	default: emit_insn("mov", mem, d); break;
	}
	finish(v, d);
}

static void v_store(Value *v) {
	Value *x = v->args[1];
	int size = mtype_size(v->type);
	if (isf(x)) {  // the value first: a constant's bits go through %rcx
		const char *xr = x->op != SSA_CONST && reg_of(x) >= 0 ? R(reg_of(x)) : "%xmm0";
		fload_to(x, xr);
		emit("movsd %s, %s", xr, address(v->args[0], v->aux));
		return;
	}
	const char *o = operand(x);
	if (!o || is_mem(o)) {
		load_to(x, "%rdx");
		o = "%rdx";
	}
	const char *mem = address(v->args[0], v->aux);
	if (o[0] == '$')  // the size said by the instruction
		emit_insn(size >= 8 ? "movq" : size == 4 ? "movl" : size == 2 ? "movw" : "movb", o, mem);
	else
		emit_insn("mov", reg_sized(o, size), mem);
}

// 0 <= index < len, as unsigned: the cold path calls runtime_panicindex
// (the length through %rdx: the index may sit in %rsi).
// Panics unless i < n as unsigned (a negative i is huge); a constant i
// is an immediate: n <= i panics (test for s[0]: n == 0).
static void v_indexcheck(Value *v) {
	Value *x = v->args[0];
	const char *n = source(v->args[1], "%rcx"), *i, *jcc = "jae";
	if (x->op == SSA_CONST && is_imm32(x->aux) && n[0] != '$') {
		i = imm_text(x->aux);
		if (x->aux == 0 && n[0] == '%')
			emit_insn("test", n, n);
		else
			emit("cmpq %s, %s", i, n);
		jcc = "jbe";
	} else {
		i = in_reg(x, "%rax");
		emit_insn("cmp", n, i);
	}
	const char *panic = cold_path(fn_text("\tmov %s, %%rdx\n\tmov %s, %%rdi\n\tmov %%rdx, %%rsi\n\tcall %s\n", n, i,
	                                      v->aux ? "runtime_panicindexu" : "runtime_panicindex"));
	emit_insn(jcc, panic, NULL);
}

static void v_value(Gen *G, Value *v) {
	switch (v->op) {
	case SSA_CONST: case SSA_PHI: case SSA_INVALID: case SSA_ADDR: case SSA_FRAMEADDR:
	case SSA_CONTEXT:  // Context: entry_context
		return;
	case SSA_ARG:
		if (v->reg >= 0 && !G->f->abi)  // a register ABI's: the entry moves
			emit("%s %d(%%rbp), %s  # %s", isf(v) ? "movsd" : "mov", v->slot, R(v->reg), v->sym ? v->sym : "_");
		return;
	case SSA_COPY: {
		if (isf(v)) {
			fload_to(v->args[0], fdest(v));
			ffinish(v, fdest(v));
			return;
		}
		const char *d = dest(v);
		load_to(v->args[0], d);
		finish(v, d);
		return;
	}
	case SSA_ADD: case SSA_SUB: case SSA_AND: case SSA_OR: case SSA_XOR: case SSA_MUL:
		v_binary(v);
		return;
	case SSA_ANDNOT: v_andnot(v); return;
	case SSA_LSH: case SSA_RSH: case SSA_RSHU: v_shift(v); return;
	case SSA_BITSET: v_bitset(v); return;
	case SSA_DIV: case SSA_DIVU: case SSA_MOD: case SSA_MODU: v_divmod(v); return;
	case SSA_NEG: case SSA_COM: case SSA_NOT: {
		const char *d = dest(v);
		load_to(v->args[0], d);
		if (v->op == SSA_NOT)
			emit("xor $1, %s", d);
		else
			emit_insn(v->op == SSA_NEG ? "neg" : "not", d, NULL);
		finish(v, d);
		return;
	}
	case SSA_SIGNEXT: case SSA_ZEROEXT: v_ext(v); return;
	case SSA_SHIFTCHECK: {
		Value *c = v->args[0];
		const char *o = operand(c);
		if (o && o[0] == '%')
			emit_insn("test", o, o);
		else if (o && is_mem(o))
			emit("cmpq $0, %s", o);
		else {
			load_to(c, "%rax");
			emit_text("test %rax, %rax");
		}
		emit("js %s", cold_path("\tcall runtime_panicshift\n"));
		return;
	}
	case SSA_CALL: v_call(v); return;
	case SSA_RTCALL: v_rtcall(v); return;
	case SSA_SLICECHECK: v_slicecheck(v); return;
	case SSA_INDEXCHECK: v_indexcheck(v); return;
	case SSA_NILCHECK: nil_check_at(in_reg(v->args[0], "%rax"), v->aux); return;  // the cold path says the address
	case SSA_PTRINDEX:
		if (!ssa_fused_index(v))
			v_ptrindex(v);
		return;
	case SSA_LOAD: v_load(v); return;
	case SSA_STORE: v_store(v); return;
	case SSA_RESULT:
		if (!v->args[0]->abi)  // else the call put it in place
			load_word(v, fn_text("%d(%%rsp)", 8 * (int)(ssa_call_words(v->args[0]) + v->aux)));
		return;
	case SSA_ADDF: case SSA_SUBF: case SSA_MULF: case SSA_DIVF: v_float_binary(v); return;
	case SSA_NEGF: {  // flip the sign bit (0 - x would give +0 for +0)
		const char *d = fdest(v);
		fload_to(v->args[0], d);
		emit("movq %s, %%rax", d);
		emit_text("btc $63, %rax");
		emit("movq %%rax, %s", d);
		ffinish(v, d);
		return;
	}
	case SSA_EQF: case SSA_NEQF: case SSA_LESSF: case SSA_LEQF: case SSA_GREATERF: case SSA_GEQF:
		v_float_compare(v);
		return;
	case SSA_CVTIF: {
		const char *d = fdest(v);
		emit("xorps %s, %s", d, d);  // no dependence on its old value
		emit("cvtsi2sdq %s, %s", in_reg(v->args[0], "%rax"), d);
		ffinish(v, d);
		return;
	}
	case SSA_CVTFI:
		emit("cvttsd2siq %s, %s", fsource(v->args[0], "%xmm0"), dest(v));
		finish(v, dest(v));
		return;
	default:
		if (ssa_ops[v->op].flags & OPF_COMPARE) {
			compare(v);
			const char *d = dest(v);
			emit("set%s %s", cc(v->op), reg_sized(d, 1));
			emit("movzbl %s, %s", reg_sized(d, 1), reg_sized(d, 4));
			finish(v, d);
		}
		return;
	}
}

static void phi_moves(Block *b) {
	if (b->succs.len != 1)
		return;
	Block *to = b->succs.data[0];
	int p = 0;
	while (to->preds.data[p] != b)
		p++;
	Move *m = moves_for((size_t)to->values.len + 1, NULL);
	int n = 0;
	for (int j = 0; j < to->values.len; j++) {
		Value *phi = to->values.data[j];
		if (phi->op != SSA_PHI || (phi->reg < 0 && !phi->slot))
			continue;
		if (!same_place(home(phi->args[p]), home(phi)))
			m[n++] = (Move){home(phi->args[p]), home(phi)};
	}
	parallel_moves(m, n, NULL);
}

// An empty block whose phi moves are all in place only jumps: branches
// go straight to where it leads.
static bool no_moves(Block *b) {
	if (b->succs.len != 1)
		return false;
	Block *to = b->succs.data[0];
	int p = 0;
	while (to->preds.data[p] != b)
		p++;
	for (int j = 0; j < to->values.len; j++) {
		Value *phi = to->values.data[j];
		if (phi->op == SSA_PHI && (phi->reg >= 0 || phi->slot) && !same_place(home(phi->args[p]), home(phi)))
			return false;
	}
	return true;
}

static Block *thread(Block *b) {
	for (int hops = 0; hops < 8 && b->kind == BK_PLAIN && no_moves(b); hops++) {
		bool empty = true;
		for (int j = 0; j < b->values.len && empty; j++) {
			SsaOp op = ((Value *)b->values.data[j])->op;
			empty = op == SSA_CONST || op == SSA_PHI || op == SSA_ADDR || op == SSA_FRAMEADDR;
		}
		if (!empty)
			break;
		b = b->succs.data[0];
	}
	return b;
}

// ---- the register ABI: entry and return ----

// The results go to their registers (stack_entry stores them for the
// stack ABI's callers).
static void ret_regs(const SsaAbi *abi, Block *b) {
	const char **notes;
	Move *m = moves_for((size_t)b->controls.len + 1, &notes);
	for (int k = 0; k < b->controls.len; k++) {
		m[k] = (Move){home(b->controls.data[k]), fixed(abi->out[k])};
		notes[k] = fn_number("result ", k, " (register ABI)");
	}
	parallel_moves(m, b->controls.len, notes);
}

// The arguments from their registers to their incoming words (which the
// caller reserves: a spilled argument's slot, and where a debugger finds
// the parameters), those arg_stores leaves to the entry, and to their
// registers, and a function literal's closure (%rdx) to its home, before
// the entry block (its Args are defined at its start).
static void entry_moves(Gen *G) {
	SsaFunc *f = G->f;
	for (int k = 0; k < f->nin; k++) {
		int r = f->abi->in[k];
		if (G->store_at[k] == 0)
			emit("%s %s, %d(%%rbp)  # incoming word %d to its slot", r >= SSA_X0 ? "movsd" : "mov", R(r), 16 + 8 * k, k);
	}
	Block *b = f->blocks.data[0];
	const char **notes;
	Move *m = moves_for((size_t)b->values.len + 1, &notes);
	int n = 0;
	for (int j = 0; j < b->values.len; j++) {
		Value *v = b->values.data[j];
		if (v->op == SSA_CONTEXT && (v->reg >= 0 || v->slot)) {
			notes[n] = "the closure context";
			m[n++] = (Move){fixed(SSA_RDX), home(v)};
		}
		if (v->op != SSA_ARG || v->reg < 0)
			continue;
		notes[n] = fn_text("%s (argument word %lld)", v->sym ? v->sym : "_", (long long)v->aux);
		m[n++] = (Move){fixed(f->abi->in[v->aux]), home(v)};
	}
	parallel_moves(m, n, notes);
}

// Whether v is live at position p (per the lifetimes).
static bool live_at(const SsaLifetimes *lt, Value *v, int p) {
	for (int r = 0; v->id < lt->nv && r < lt->nranges[v->id]; r++)
		if (lt->ranges[v->id][r].from <= p && p <= lt->ranges[v->id][r].to)
			return true;
	return false;
}

// Where each incoming word goes to its slot. A register ABI body stores
// them at its entry, or, when regalloc.c found a block that every call
// and every later block goes through (f->arg_store), there: an argument
// still in its register at that block's start is stored then (the
// paths that return before any call store nothing), one dead by then
// nowhere (no use reads its slot), one without a register (spilled) at
// the entry. Each caller's frame on a stack, stopped at a call, so has
// its parameters in their slots, for gdb and the collector alike.
static void arg_stores(Gen *G) {
	SsaFunc *f = G->f;
	G->store_at = xcalloc((size_t)f->nin + 1, sizeof(int));
	G->arg_of = xcalloc((size_t)f->nin + 1, sizeof(Value *));
	int *args = xcalloc((size_t)f->nin + 1, sizeof(int));
	Block *entry = f->blocks.data[0];
	for (int j = 0; j < entry->values.len; j++) {
		Value *v = entry->values.data[j];
		if (v->op == SSA_ARG && v->aux >= 0 && v->aux < f->nin) {
			G->arg_of[v->aux] = v;
			args[v->aux]++;
		}
	}
	int at = f->arg_store;
	for (int k = 0; at && k < f->nin; k++) {
		Value *v = G->arg_of[k];
		if (!v || args[k] != 1 || v->reg < 0)
			continue;  // at the entry
		if (v->reg_end)
			G->store_at[k] = v->reg_end >= at ? at : 0;
		else
			G->store_at[k] = live_at(&G->lt, v, at) ? at : -1;
	}
	free(args);
}

// At the block that f->arg_store names: the incoming words arg_stores
// put there, from their registers.
static void sunk_arg_stores(Gen *G, Block *b) {
	if (!G->f->arg_store || b->start != G->f->arg_store)
		return;
	for (int k = 0; k < G->f->nin; k++)
		if (G->store_at[k] == b->start)
			emit("%s %s, %d(%%rbp)  # incoming word %d to its slot (the first call's paths)",
			     isf(G->arg_of[k]) ? "movsd" : "mov", R(G->arg_of[k]->reg), 16 + 8 * k, k);
}

// A function literal's closure (in %rdx at the entry) to its home.
static void entry_context(SsaFunc *f) {
	Block *b = f->blocks.data[0];
	for (int j = 0; j < b->values.len; j++) {
		Value *v = b->values.data[j];
		if (v->op == SSA_CONTEXT && (v->reg >= 0 || v->slot))
			move(fixed(SSA_RDX), home(v), "the closure context");
	}
}

// The stack ABI's entry of a function with a register ABI, a thunk (Go's
// ABI wrappers): it calls the body at SYM..regabi with the incoming words
// in their registers, its own outgoing area standing for the body's
// incoming words and results, and stores the results where its caller
// reads them, so that the body returns them only in registers (without
// results, it jumps to the body, which returns to its caller). Its code
// is a wrapper's in the traceback's table (linetab_wrapper, whose label
// body_start marks where the body starts): tracebacks hide its frame, as
// Go hides its ABI wrappers.
static void stack_entry(StrBuf *s, SsaFunc *f, const char *body_start) {
	int words = f->nin + f->abi->nout;
	if (words && f->abi->nout)  // 16-byte aligned at the call, as at the caller's
		strbuf_printf(s, "\tsub $%d, %%rsp  # room for the body's incoming words and results\n",
		              (8 * words + 15) / 16 * 16);
	for (int k = 0; k < f->nin; k++) {
		int r = f->abi->in[k];
		strbuf_printf(s, "\t%s %d(%%rbp), %s  # stack ABI entry: incoming word %d to its register\n",
		              r >= SSA_X0 ? "movsd" : "mov", 16 + 8 * k, R(r), k);
	}
	if (!f->abi->nout) {  // nothing to store after it: the body takes this frame's place
		strbuf_printf(s, "\tleave\n\t.cfi_def_cfa %%rsp, 8\n\tjmp %s\n%s:\n", regabi_sym(cg.fnsym), body_start);
		return;
	}
	strbuf_printf(s, "\tcall %s\n", regabi_sym(cg.fnsym));
	for (int k = 0; k < f->abi->nout; k++) {
		int r = f->abi->out[k];
		strbuf_printf(s, "\t%s %s, %lld(%%rbp)  # result word %d for the stack ABI's caller\n",
		              r >= SSA_X0 ? "movsd" : "mov", R(r), (long long)(16 + f->argbase + 8 * k), k);
	}
	strbuf_put(s, "\tleave\n\t.cfi_def_cfa %rsp, 8\n\tret\n");
	strbuf_printf(s, "%s:\n", body_start);
}

// ---- blocks ----

// A comparison its block's if reads, computed last: cmp + jcc.
static Value *fused(Block *b) {
	if (b->kind != BK_IF || !b->values.len)
		return NULL;
	Value *c = b->controls.data[0];
	if (c != b->values.data[b->values.len - 1] || c->uses != 1 || !(ssa_ops[c->op].flags & OPF_COMPARE) ||
	    c->op == SSA_EQF || c->op == SSA_NEQF)  // those need two flags
		return NULL;
	return c;
}

// v's line (and inlined call, which gets a comment where it starts).
static void line(Gen *G, Value *v) {
	Pos pos = v->pos;
	if (pos.line <= 0 || (pos.line == G->pos.line && pos.file == G->pos.file && v->inl == cg.inl))
		return;
	if (v->inl && v->inl != cg.inl) {
		SsaInlined *in = G->f->inlined.data[v->inl - 1];
		emit_comment("inlined %s, called at line %d", in->callee->name, in->call.line);
	}
	G->pos = pos;
	cg.inl = v->inl;
	emit_line(pos);
}

// The callee-saved registers back, then (unless the shared epilogue
// follows, which func_return writes) leave and ret: a return block's own
// copy, cheaper than a jump to the shared one (a taken jump before every
// ret of a short call costs as much as the rest of its path).
static void restore_saved(Gen *G) {
	for (int r = 0; r < SSA_NREGS; r++)
		if (G->saved & (1u << r))
			emit("mov %d(%%rbp), %s", G->save_off[r], R(r));
}

static void epilogue(Gen *G) {
	restore_saved(G);
	emit_text("leave");
	emit_text(".cfi_def_cfa %rsp, 8");
	emit_text("ret");
	emit_text(".cfi_def_cfa %rbp, 16");  // the code after it: the frame as before
}

static void v_block(Gen *G, Block *b, Block *next) {
	put_label(G, 'b', b->id);
	mark_pos(G, b->start);
	at_pos = b->start;
	sunk_arg_stores(G, b);
	Value *fuse = fused(b);
	for (int j = 0; j < b->values.len; j++) {
		Value *v = b->values.data[j];
		if (v->op == SSA_PHI)
			continue;
		if (v->id < G->lt.nv) {
			at_pos = G->lt.pos[v->id];
			mark_pos(G, at_pos);
		}
		if (v->note) {  // an allocation's escape verdict, where it is made
			line(G, v);
			emit_comment_text(v->note);
		}
		if (ssa_rematerialised(v))
			continue;
		line(G, v);
		at_index = j;
		if (v != fuse)
			v_value(G, v);
	}
	at_pos = b->end;
	mark_pos(G, b->end);
	phi_moves(b);
	switch (b->kind) {
	case BK_PLAIN: {
		Block *to = thread(b->succs.data[0]);
		if (to != next && (!next || thread(next) != to))
			jump(G, "jmp", to->id);
		return;
	}
	case BK_IF: {
		Block *t = thread(b->succs.data[0]), *f = thread(b->succs.data[1]);
		SsaOp op = SSA_NEQ;
		if (fuse) {
			at_pos = G->lt.pos[fuse->id];  // its operands' last use may be there
			if (fuse->op >= SSA_LESSF && fuse->op <= SSA_GEQF)
				fcompare(fuse);
			else
				compare(fuse);
			op = fuse->op;
		} else {
			Value *c = b->controls.data[0];
			const char *o = operand(c);
			if (o && o[0] == '%') {
				emit_insn("test", o, o);
			} else {
				load_to(c, "%rax");
				emit_text("test %rax, %rax");
			}
		}
		Block *fall = next ? thread(next) : NULL;
		char jcc[4] = "j";
		if (t == next || t == fall) {
			jump(G, strcat(jcc, cc(negate(op))), f->id);
		} else {
			jump(G, strcat(jcc, cc(op)), t->id);
			if (f != next && f != fall)
				jump(G, "jmp", f->id);
		}
		return;
	}
	case BK_RET:
		if (G->f->abi)  // the stack ABI's caller gets them from stack_entry
			ret_regs(G->f->abi, b);
		else
			for (int k = 0; k < b->controls.len; k++)
				store_word(b->controls.data[k], fn_text("%lld(%%rbp)", (long long)(16 + G->f->argbase + 8 * k)),
				           fn_text("  # result %d", k));
		if (next)
			epilogue(G);
		return;
	}
}

// "# register ABI (SYM..regabi): n int in %rdi; ~r0 int in %rdi"
static void abi_map(StrBuf *s, SsaFunc *f, Func *fn) {
	strbuf_printf(s, "# register ABI (entry %s..regabi; %s the stack ABI's):\n#   in: ", cg.fnsym, cg.fnsym);
	Vec in = {0};
	if (fn->recv)
		vec_push(&in, fn->recv);
	for (int i = 0; i < fn->params.len; i++)
		vec_push(&in, fn->params.data[i]);
	int word = 0;
	for (int i = 0; i < in.len + fn->results.len; i++) {
		bool res = i >= in.len;
		Obj *v = res ? fn->results.data[i - in.len] : in.data[i];
		if (i == in.len)
			strbuf_put(s, "\n#   out:"), word = 0;
		strbuf_printf(s, " %s %s", v->name ? v->name : "_", frame_type_text(v->type, false));
		for (int64_t k = 0, n = align8(tsize(v->type)) / 8; k < n; k++, word++) {
			strbuf_put(s, k ? ", " : " ");
			strbuf_put(s, R(res ? f->abi->out[word] : f->abi->in[word]));
		}
		strbuf_put(s, ";");
	}
	free(in.data);
	strbuf_put(s, "\n");
}

// The word of var that v holds: "" for a one-word variable, "ptr", "len"
// or "cap" for a string's or slice's, "tab" or "data" for an interface's
// (values are named "s.len"); NULL if none.
static const char *word_of(Value *v, Obj *var) {
	size_t n = strlen(var->name);
	if (!v->name || ssa_rematerialised(v) || strncmp(v->name, var->name, n) != 0)
		return NULL;
	return v->name[n] == '\0' ? "" : v->name[n] == '.' ? v->name + n + 1 : NULL;
}

// The values that may be a variable's (their names start with a
// variable's name, word_of decides), each with its block, in block order.
typedef struct VarValue {
	Value *v;
	Block *b;
} VarValue;
typedef struct VarValues {
	VarValue *at;
	int n, cap;
} VarValues;

// For each name of f->vars, its values: one pass over the function
// (a name "s.len" is looked up as "s" and "s.len"), where asking each
// variable's values of every value would be quadratic in a long function.
static PtrMap values_by_var(SsaFunc *f) {
	PtrMap m = {0};  // interned variable name -> VarValues*
	for (int i = 0; i < f->vars.len; i++) {
		Obj *var = f->vars.data[i];
		if (var->name && !ptrmap_get(&m, intern(var->name)))
			ptrmap_put(&m, intern(var->name), xcalloc(1, sizeof(VarValues)));
	}
	for (int bi = 0; bi < f->blocks.len; bi++) {
		Block *b = f->blocks.data[bi];
		for (int j = 0; j < b->values.len; j++) {
			Value *v = b->values.data[j];
			for (size_t n = 0; v->name && (n == 0 || v->name[n - 1]); n++) {
				if (n == 0 || (v->name[n] != '.' && v->name[n] != '\0'))
					continue;
				const char *prefix = intern_find(v->name, n);
				VarValues *vv = prefix ? ptrmap_get(&m, prefix) : NULL;
				if (!vv)
					continue;
				if (vv->n == vv->cap) {
					vv->cap = vv->cap ? 2 * vv->cap : 8;
					vv->at = xrealloc(vv->at, (size_t)vv->cap * sizeof(VarValue));
				}
				vv->at[vv->n++] = (VarValue){v, b};
			}
		}
	}
	return m;
}

static void free_values_by_var(PtrMap *m) {
	for (int i = 0; i < m->cap; i++)
		if (m->keys[i]) {
			VarValues *vv = m->vals[i];
			free(vv->at);
			free(vv);
		}
	ptrmap_free(m);
}

// One copy of each distinct home text of a function (var_map compares
// them as pointers): an open-addressed set, gone with the function, where
// interning them would keep every function's texts.
typedef struct HomeSet {
	const char **slots;
	size_t cap, len;
} HomeSet;

static const char *home_canon(HomeSet *h, const char *s) {
	if (2 * (h->len + 1) > h->cap) {
		HomeSet grown = {xcalloc(h->cap ? 2 * h->cap : 64, sizeof(char *)), h->cap ? 2 * h->cap : 64, 0};
		for (size_t i = 0; i < h->cap; i++)
			if (h->slots[i])
				home_canon(&grown, h->slots[i]);
		free(h->slots);
		*h = grown;
	}
	size_t x = 5381;
	for (const char *p = s; *p; p++)
		x = x * 33 + (unsigned char)*p;
	size_t i = x & (h->cap - 1);
	while (h->slots[i] && strcmp(h->slots[i], s) != 0)
		i = (i + 1) & (h->cap - 1);
	if (!h->slots[i]) {
		h->slots[i] = s;
		h->len++;
	}
	return h->slots[i];
}

// "word home" in fn_mem: a home of a word of a slice, "len %r12".
static const char *word_home(const char *word, const char *home) {
	size_t nw = strlen(word), nh = strlen(home);
	char *t = fn_alloc(nw + 1 + nh + 1, 1);
	memcpy(t, word, nw);
	t[nw] = ' ';
	memcpy(t + nw + 1, home, nh);
	return t;
}

// A line of var_map up to its homes: "#   " and "name type" padded to 20
// columns, then a space (strbuf_printf's "#   %-20s ", without the format).
static void var_head(StrBuf *s, Obj *var) {
	static const char spaces[] = "                     ";  // 21
	const char *type = type_string(var->type, false);
	size_t n = strlen(var->name) + 1 + strlen(type);
	strbuf_putn(s, "#   ", 4);
	strbuf_put(s, var->name);
	strbuf_putn(s, " ", 1);
	strbuf_put(s, type);
	strbuf_putn(s, spaces, n < 20 ? 21 - n : 1);
	free((char *)type);
}

// "#   n int  %rbx" ... : the homes of each variable's values (of each
// word of a slice: "s []int  ptr %rbx, len %r12, cap -8(%rbp)").
static void var_map(StrBuf *s, SsaFunc *f, PtrMap *by_var) {
	strbuf_put(s, "# registers (SSA back end):\n");
	HomeSet texts = {0};
	PtrMap seen = {0};  // home (texts' copy) -> the last variable listing it
	for (int i = 0; i < f->vars.len; i++) {
		Obj *var = f->vars.data[i];
		if (!var->name || strcmp(var->name, "_") == 0)
			continue;
		Vec homes = {0};
		bool promoted = false;  // it pointed to a stack object whose words are values now
		VarValues *vv = ptrmap_get(by_var, intern(var->name));
		for (int j = 0; j < vv->n; j++) {
			Value *v = vv->at[j].v;
			const char *word = word_of(v, var);
			bool object = !word && v->op == SSA_FRAMEADDR && v->name && strcmp(v->name, var->name) == 0;
			promoted |= object && !v->slot;
			if (!word && (!object || !v->slot))
				continue;
			const char *home;
			if (object)
				home = fn_text("&%d(%%rbp)", v->slot);  // a pointer to a stack object
			else if (v->reg_end && v->reg >= 0)
				home = fn_text("%s then %d(%%rbp)", R(v->reg), v->slot);
			else if (v->reg >= 0)
				home = R(v->reg);
			else if (v->slot)
				home = slot_text(v->slot);
			else
				continue;
			const char *h = home_canon(&texts, word && *word ? word_home(word, home) : home);  // a word of a slice: s.len
			if (ptrmap_get(&seen, h) != var) {
				ptrmap_put(&seen, h, var);
				vec_push(&homes, (void *)h);
			}
		}
		var_head(s, var);
		strbuf_put(s, homes.len ? "" : promoted ? "(its object's words promoted to values)" : "(constant or unused)");
		for (int k = 0; k < homes.len; k++) {
			strbuf_put(s, k ? ", " : "");
			strbuf_put(s, homes.data[k]);
		}
		free(homes.data);
		strbuf_put(s, "\n");
	}
	for (int i = 0; i < f->mem_vars.len; i++) {  // "#   b Box  -48(%rbp) (frame area)"
		Obj *var = f->mem_vars.data[i];
		Value *area = f->mem_areas.data[i];
		var_head(s, var);
		if (area->slot) {
			strbuf_put(s, slot_text(area->slot));
			strbuf_put(s, " (frame area)\n");
		} else {
			strbuf_put(s, "(its words promoted to values)\n");
		}
	}
	ptrmap_free(&seen);
	free(texts.slots);
}

// ---- where gdb finds each variable (codegen/dwarf.c) ----
//
// A parameter's word that is never reassigned stays in its incoming slot
// for the whole call, even when its value was dropped or copied to a
// register: one location. Any other word is where its values are, each
// from its definition (a phi: its block's start) to its last use, per
// regalloc's lifetimes: a location list over the positions' labels
// (.L<sym>_p<N>, emitted only where a list needs one). Where two values of
// the word are live at once, or none, the word is nowhere (gdb:
// <optimized out>); a slice or string is described where all its words are.

typedef struct Seg {
	int lo, hi;              // positions, inclusive
	DwarfPiece pieces[];     // one per word of the variable
} Seg;

// A segment of a variable of n words in fn_mem, the first of its pieces p.
static Seg *new_seg(int n, int lo, int hi, DwarfPiece p) {
	Seg *g = pool_zalloc(&fn_mem, sizeof(Seg) + (size_t)(n > 1 ? n : 1) * sizeof(DwarfPiece));
	g->lo = lo;
	g->hi = hi;
	g->pieces[0] = p;
	return g;
}

// A split argument's slot holds it throughout (the entry stores it).
static DwarfPiece home_of(Value *v) {
	return v->reg >= 0 && !v->reg_end ? (DwarfPiece){.kind = DW_REG, .reg = R(v->reg), .size = 8}
	                   : (DwarfPiece){.kind = DW_FRAME, .off = v->slot, .size = 8};
}

static bool same_piece(const DwarfPiece *a, const DwarfPiece *b) {
	return a->kind == b->kind && (a->kind == DW_REG ? strcmp(a->reg, b->reg) == 0 : a->off == b->off);
}

typedef struct Event {
	int at;                  // position
	int delta;               // +1: starts there, -1: ended before it
	Value *v;
} Event;

// A parameter word that arg_stores does not store at the entry: in the
// register of its Arg where that holds it before the store, in its slot
// from the store on (every later position is reached through it).
static Vec later_stored_segs(Gen *G, int n, int k, int in_off) {
	Vec segs = {0};
	Value *v = G->arg_of[k];
	int stored = G->store_at[k] > 0 ? G->store_at[k] : G->lt.npos;
	int reg_to = v->reg_end ? v->reg_end : G->lt.npos - 1;
	for (int r = 0; r < G->lt.nranges[v->id]; r++) {
		SsaRange rg = G->lt.ranges[v->id][r];
		int hi = rg.to < reg_to ? rg.to : reg_to;
		if (hi >= stored)
			hi = stored - 1;
		if (rg.from > hi)
			continue;
		vec_push(&segs, new_seg(n, rg.from, hi, (DwarfPiece){.kind = DW_REG, .reg = R(v->reg), .size = 8}));
	}
	if (stored < G->lt.npos)
		vec_push(&segs, new_seg(n, stored, G->lt.npos - 1, (DwarfPiece){.kind = DW_FRAME, .off = in_off, .size = 8}));
	return segs;
}

static bool event_before(const Event *x, const Event *y) {
	return x->at != y->at ? x->at < y->at : x->delta < y->delta;
}

// The events by position, the ends (-1) before the starts there: a merge
// sort with the comparison inline (qsort's call per comparison cost more
// than the rest of word_segs); tmp holds n / 2. Events of one position
// may come in any order: word_segs takes all of them before it looks.
static void sort_events(Event *ev, Event *tmp, int n) {
	if (n <= 12) {
		for (int i = 1; i < n; i++) {
			Event e = ev[i];
			int j = i;
			for (; j > 0 && event_before(&e, &ev[j - 1]); j--)
				ev[j] = ev[j - 1];
			ev[j] = e;
		}
		return;
	}
	int h = n / 2;
	sort_events(ev, tmp, h);
	sort_events(ev + h, tmp, n - h);
	if (!event_before(&ev[h], &ev[h - 1]))
		return;  // in order already, as a variable's values mostly are
	memcpy(tmp, ev, (size_t)h * sizeof *ev);
	int i = 0, j = h, k = 0;
	while (i < h && j < n)
		ev[k++] = event_before(&ev[j], &tmp[i]) ? ev[j++] : tmp[i++];
	while (i < h)
		ev[k++] = tmp[i++];
}

// The segments (sorted, disjoint) where exactly one value of the word is
// in its home, with room for the n words of var; in_off >= 0: a parameter word, in its slot for the whole
// call if the body never assigns the parameter (the builder records it).
static Vec word_segs(Gen *G, Obj *var, int n, const VarValues *vv, const char *word, int in_off) {
	SsaFunc *f = G->f;
	SsaLifetimes *lt = &G->lt;
	Vec segs = {0};
	bool incoming = in_off >= 0;
	for (int i = 0; i < f->reassigned.len && incoming; i++)
		incoming = f->reassigned.data[i] != var;
	int k = (in_off - 16) / 8;
	if (incoming && G->store_at && k < f->nin && G->store_at[k] != 0)
		return later_stored_segs(G, n, k, in_off);
	if (incoming) {
		vec_push(&segs, new_seg(n, 0, lt->npos - 1, (DwarfPiece){.kind = DW_FRAME, .off = in_off, .size = 8}));
		return segs;
	}
	int nev = 0;
	for (int j = 0; j < vv->n; j++) {
		Value *v = vv->at[j].v;
		const char *w = word_of(v, var);
		if (!w || strcmp(w, word) != 0 || (v->reg < 0 && !v->slot) || v == fused(vv->at[j].b) || v->id >= lt->nv)
			continue; // not the word's, or never in a home of its own
		int need = nev + 2 * lt->nranges[v->id];
		if (need + need / 2 + 1 > G->evcap) {  // the events and sort_events' half
			G->evcap = 2 * (need + need / 2 + 1);
			G->ev = xrealloc(G->ev, (size_t)G->evcap * sizeof(Event));
		}
		Event *ev = G->ev;
		for (int r = 0; r < lt->nranges[v->id]; r++) {
			SsaRange rg = lt->ranges[v->id][r];
			int lo = rg.from == lt->pos[v->id] && v->op != SSA_PHI ? rg.from + 1 : rg.from;
			if (lo > rg.to)
				continue;
			if (nev && ev[nev - 1].v == v && ev[nev - 1].at == lo) {
				// v's ranges one block after the other: one range (the set of
				// values in their homes is the same at each position)
				ev[nev - 1].at = rg.to + 1;
				continue;
			}
			ev[nev++] = (Event){lo, +1, v};
			ev[nev++] = (Event){rg.to + 1, -1, v};
		}
	}
	Event *ev = G->ev;
	if (nev)
		sort_events(ev, ev + nev, nev);
	Vec live = G->live;
	live.len = 0;
	for (int i = 0; i < nev;) {
		int at = ev[i].at;
		for (; i < nev && ev[i].at == at; i++) {
			if (ev[i].delta > 0) {
				vec_push(&live, ev[i].v);
				continue;
			}
			for (int k = 0; k < live.len; k++)
				if (live.data[k] == ev[i].v) {
					live.data[k] = live.data[--live.len];
					break;
				}
		}
		if (live.len != 1 || i == nev)
			continue;
		DwarfPiece p = home_of(live.data[0]);
		Seg *last = segs.len ? segs.data[segs.len - 1] : NULL;
		if (last && last->hi + 1 == at && same_piece(&last->pieces[0], &p)) {
			last->hi = ev[i].at - 1;
		} else {
			vec_push(&segs, new_seg(n, at, ev[i].at - 1, p));
		}
	}
	G->live = live;  // its memory, for the next word
	return segs;
}

static void free_segs(Vec *segs) {
	free(segs->data);  // the segments are fn_mem's
}

// The segments of a and b that overlap, with a's first k pieces and b's
// first (a and b are freed), of n words.
static Vec intersect(Vec a, Vec b, int n, int k) {
	Vec out = {0};
	for (int i = 0, j = 0; i < a.len && j < b.len;) {
		Seg *x = a.data[i], *y = b.data[j];
		int lo = x->lo > y->lo ? x->lo : y->lo, hi = x->hi < y->hi ? x->hi : y->hi;
		if (lo <= hi) {
			Seg *g = new_seg(n, lo, hi, x->pieces[0]);
			memcpy(g->pieces, x->pieces, (size_t)k * sizeof(DwarfPiece));
			g->pieces[k] = y->pieces[0];
			vec_push(&out, g);
		}
		if (x->hi < y->hi)
			i++;
		else
			j++;
	}
	free_segs(&a);
	free_segs(&b);
	return out;
}

// The label of position q, which mark_pos is to emit; plus: "+1" for the
// end of a range that ends with q.
static const char *pos_label(Gen *G, int q, const char *plus) {
	G->need[q] = true;
	return label_text(G, 'p', q, plus);
}

// The function's variables for codegen/dwarf.c (after register
// allocation, before the body is emitted: it marks the labels the lists
// need). The receiver and parameters come first in f->vars, in the order
// of their incoming words at 16(%rbp).
static void describe_vars(Gen *G, SsaFunc *f, PtrMap *by_var) {
	int in_off = 16;
	for (int i = 0; i < f->vars.len; i++) {
		Obj *var = f->vars.data[i];
		bool param = (var->is_param || var->is_recv) && !var->is_result;
		SsaWords w;  // a string's, slice's or struct's words: a piece each
		ssa_words(var->type, &w);
		int n = w.n;
		if (!var->name) {
			in_off += param ? (int)align8(type_size(var->type)) : 0;
			continue;
		}
		VarValues *vv = ptrmap_get(by_var, intern(var->name));
		Vec segs = word_segs(G, var, n, vv, w.suffix[0] + (*w.suffix[0] == '.'), param ? in_off : -1);
		for (int k = 1; k < n; k++)
			segs = intersect(segs, word_segs(G, var, n, vv, w.suffix[k] + 1, param ? in_off + 8 * k : -1), n, k);
		if (param)
			in_off += (int)align8(type_size(var->type));
		Seg *whole = segs.len == 1 ? segs.data[0] : NULL;
		if (whole && whole->lo == 0 && whole->hi == G->lt.npos - 1) { // the incoming slots
			dwarf_var(var, whole->pieces, n);
			free_segs(&segs);
			continue;
		}
		DwarfLocEntry *e = fn_alloc((size_t)segs.len + 1, sizeof(DwarfLocEntry));
		for (int k = 0; k < segs.len; k++) {
			Seg *g = segs.data[k];
			e[k] = (DwarfLocEntry){pos_label(G, g->lo, ""), pos_label(G, g->hi, "+1"), g->pieces, n};
		}
		dwarf_var_list(var, e, segs.len);
		free_segs(&segs);
	}
}

// The locals in frame areas: at their area, or nowhere once promote.c
// made their words values.
static void describe_mem_vars(SsaFunc *f) {
	for (int i = 0; i < f->mem_vars.len; i++) {
		Value *area = f->mem_areas.data[i];
		DwarfPiece p = {.kind = DW_FRAME, .off = area->slot};
		dwarf_var(f->mem_vars.data[i], &p, area->slot ? 1 : 0);
	}
}

// Each FrameAddr's area, for the whole function; one nothing uses (a
// stack object promote.c made values of) takes no room.
static void frame_areas(SsaFunc *f) {
	for (int i = 0; i < f->blocks.len; i++) {
		Block *b = f->blocks.data[i];
		for (int j = 0; j < b->values.len; j++) {
			Value *v = b->values.data[j];
			if (v->op == SSA_FRAMEADDR && v->uses > 0)
				v->slot = frame_slot(v->aux, v->name ? fn_text("%s (FrameAddr v%d)", v->name, v->id)
				                                     : fn_text("v%d: %lld bytes (FrameAddr)", v->id, (long long)v->aux));
		}
	}
}

static int spill_slot(const char *desc) {
	return frame_slot(8, desc);
}

void ssa_emit(SsaFunc *f, Func *fn, const char *sym) {
	Gen G = {0};
	G.f = f;
	G.sym = sym;
	G.symlen = strlen(sym);
	G.prefixlen = G.symlen + 3;
	char *prefix = fn_alloc(G.prefixlen + 1, 1);
	memcpy(prefix, ".L", 2);
	memcpy(prefix + 2, sym, G.symlen);
	prefix[G.symlen + 2] = '_';
	G.prefix = prefix;
	cg.fn = fn;
	cg.fnsym = sym;
	cg.last_line = 0;
	frame_begin();
	cg.text = func_body();
	ssa_split_critical(f);
	for (int i = 0; i < f->blocks.len; i++) {
		Block *b = f->blocks.data[i];
		for (int j = 0; j < b->values.len; j++) {
			Value *v = b->values.data[j];
			if (v->op == SSA_CALL && v->sym)  // a func value's: its signature's (build.c)
				v->abi = ssa_callee_abi(v->callee);
		}
	}
	G.saved = ssa_regalloc(f, spill_slot, &G.lt);
	at_pos = 0;  // the entry
	ssa_count_uses(f);
	frame_areas(f);
	for (int r = 0; r < SSA_NREGS; r++)
		if (G.saved & (1u << r)) {
			G.save_off[r] = frame_slot(8, fn_text("saved %s (callee-saved)", R(r)));
			emit("mov %s, %d(%%rbp)", R(r), G.save_off[r]);
		}
	arg_stores(&G);
	if (f->abi)
		entry_moves(&G);
	else
		entry_context(f);
	linetab_begin(fn, fn->name);
	const char *body_start = f->abi ? linetab_wrapper() : NULL;
	for (int i = 0; i < f->inlined.len; i++) {  // the line table's inlined calls are numbered as f's
		SsaInlined *in = f->inlined.data[i];
		linetab_inlined(in->callee->name, in->parent, in->call);
	}
	dwarf_func(fn, sym);
	G.need = xcalloc((size_t)G.lt.npos + 1, sizeof(bool));
	PtrMap by_var = values_by_var(f);  // for describe_vars and var_map
	describe_vars(&G, f, &by_var);
	describe_mem_vars(f);
	cg.pos = G.pos = fn->decl->pos;  // its .loc is func_write's (codegen/gen_func.c)
	Block **order;
	int n;
	ssa_emit_order(f, &order, &n);
	for (int i = 0; i < n; i++)
		v_block(&G, order[i], i + 1 < n ? order[i + 1] : NULL);
	free(order);
	restore_saved(&G);
	ssa_free_lifetimes(&G.lt);
	free(G.need);
	free(G.ev);
	free(G.live.data);
	free(G.store_at);
	free(G.arg_of);
	const char *overflow = func_return();
	StrBuf map = {0}, entry = {0};
	if (f->abi) {
		abi_map(&map, f, fn);
		stack_entry(&entry, f, body_start);
	}
	var_map(&map, f, &by_var);
	free_values_by_var(&by_var);
	char *signature = func_signature(fn);
	func_write(fn, signature, strbuf_text(&map), f->abi ? strbuf_text(&entry) : NULL, overflow);
	free(signature);
	free(map.s);
	free(entry.s);
	ptrmap_free(&slot_texts);
	pool_free(&fn_mem);
}

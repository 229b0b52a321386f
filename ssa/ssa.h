// ssa.h - the optimising back end's contract: a per-function SSA IR
// between the checked, escape-decided tree and the assembly, its passes,
// its textual form, and the entry point codegen calls.
//
// A Func is a list of Blocks; a Block holds Values in execution order
// (phis first) and ends by its kind: plain (one successor), if (control
// value: successor 0 when true, 1 when false), ret (the controls are the
// function's results). A Value is `vN = Op <type> [aux] {sym} args...`:
// machine types only (i8 ... i64, ptr; f32/f64 reserved for floats);
// a string is two values (pointer, length), a slice three (pointer,
// length, capacity), a struct its fields' words (words.c), an argument or
// result as many words; every integer lives in a 64-bit register extended
// to its width, so the
// arithmetic ops work on 64 bits and an explicit SignExt/ZeroExt <iK>
// re-extends a narrow result (and a narrow value read from memory: Arg,
// Call results). Signedness is in the op (Div/DivU, Less/LessU, Rsh/RshU).
// Late in the passes (narrow.c) an Add, Sub, Mul or Lsh by a constant
// of type i32 is computed in 32 bits and zero-extended, as x86 does.
//
// Transitional: a function goes through this IR only when its body is
// within the subset ssa_build accepts (integers, bools, float64, pointers,
// strings, func values, slices, interfaces and structs of those in
// non-escaping locals and package-level variables, stack objects, slice
// elements, slicing, if/for/switch, calls, the builtins
// that call the runtime, fmt's printing; function literals and their
// bodies, captures by value); every other
// function still goes through codegen's tree walker (codegen/gen_*.c).
#ifndef GOSCAPE_SSA_H
#define GOSCAPE_SSA_H

#include <stdint.h>
#include <stdio.h>
#include "ast.h"

typedef enum { MT_VOID, MT_I8, MT_I16, MT_I32, MT_I64, MT_PTR, MT_F32, MT_F64 } MType;

typedef enum {
	SSA_INVALID,  // a removed value
	SSA_CONST,    // aux = the value (extended to 64 bits)
	SSA_ARG,      // aux = index of the incoming word (receiver, parameters); sym = name
	SSA_PHI,      // one arg per predecessor, in pred order
	SSA_COPY,
	SSA_ADD, SSA_SUB, SSA_MUL, SSA_DIV, SSA_DIVU, SSA_MOD, SSA_MODU,
	SSA_AND, SSA_OR, SSA_XOR, SSA_ANDNOT,
	SSA_LSH, SSA_RSH, SSA_RSHU,  // the count as unsigned: >= 64 shifts everything out;
	                             // aux 1: the count is taken mod 64 (x86's shift by %cl)
	SSA_BITSET,                  // arg0 with bit arg1 mod 64 set: x | 1<<y (bts)
	SSA_NEG, SSA_COM, SSA_NOT,
	SSA_EQ, SSA_NEQ, SSA_LESS, SSA_LEQ, SSA_GREATER, SSA_GEQ,
	SSA_LESSU, SSA_LEQU, SSA_GREATERU, SSA_GEQU,
	SSA_SIGNEXT, SSA_ZEROEXT,    // re-extend the low bits of the type's width
	SSA_SHIFTCHECK,              // panics (runtime_panicshift) when the signed count is negative
	SSA_CALL,     // sym = callee; aux = number of result words; the value is word 0
	              // (callee: its Func, abi: its register ABI or NULL for the stack ABI);
	              // without sym, a call of the func value arg 0 (closure in %rdx; abi: the
	              // register ABI of its signature, used when the callee has one)
	SSA_CONTEXT,  // the closure context: the func value a function literal was called through
	SSA_RESULT,   // aux = k >= 1: result word k of the call arg 0 (right after it)
	SSA_INDEXCHECK, // panics (index out of range) unless 0 <= arg0 < arg1; aux 1: unsigned index
	SSA_NILCHECK,   // panics (nil pointer dereference at address aux) when arg0 is nil
	SSA_PTRINDEX,   // arg0 + arg1 * aux (the element size)
	SSA_LOAD,       // the word of the value's type at arg0 + aux, zero-extended
	SSA_STORE,      // stores arg1 (the type's width) at arg0 + aux
	// float64, in SSE registers (constants: aux holds the bits)
	SSA_ADDF, SSA_SUBF, SSA_MULF, SSA_DIVF, SSA_NEGF,
	SSA_EQF, SSA_NEQF, SSA_LESSF, SSA_LEQF, SSA_GREATERF, SSA_GEQF,  // false when unordered (NaN), but Neq
	SSA_CVTIF,      // signed integer -> float64
	SSA_CVTFI,      // float64 -> int64, truncated
	// memory and the C runtime (rtcall.c builds them)
	SSA_ADDR,       // sym's address (string data, type descriptors): rematerialised, no register
	SSA_FRAMEADDR,  // the address of a frame area of aux bytes of its own (a runtime call's
	                // operands or results, a stack buffer): rematerialised, no register
	SSA_RTCALL,     // calls C function sym with the args as System V integer arguments
	                // (at most 6); the value is %rax (void: no result). Clobbers the
	                // caller-saved registers like any call
	SSA_SLICECHECK, // panics (runtime_panicslice) unless arg0 <= arg1, as unsigned;
	                // aux = which bound (runtime/panic.c's order) + 256 if arg0's Go type is unsigned
	SSA_NOPS
} SsaOp;

enum {
	OPF_COMMUTATIVE = 1,
	OPF_EFFECT = 2,     // never removed nor merged (calls, checks)
	OPF_MAYPANIC = 4,   // removable only when it cannot panic (division by a non-zero constant)
	OPF_COMPARE = 8,    // bool result of a comparison
};
typedef struct OpInfo {
	const char *name;
	int nargs;          // -1: variable
	int flags;
} OpInfo;
extern const OpInfo ssa_ops[SSA_NOPS];

typedef struct Block Block;
typedef struct SsaFunc SsaFunc;

// abi.c: the register ABI of a function the SSA back end compiles: the
// register of each incoming word (receiver, parameters) and each result
// word (see abi.c).
typedef struct SsaAbi {
	int nin, nout;
	int *in, *out;      // SSA_RDI ... or SSA_X1 ...
} SsaAbi;

typedef struct Value {
	int id;
	SsaOp op;
	MType type;
	int64_t aux;
	const char *sym;
	struct Value **args;  // argbuf until a third argument
	int nargs, cap;
	struct Value *argbuf[2];
	Block *block;
	Pos pos;            // the statement that made it: # LINE and .loc
	int inl;            // the inlined call it belongs to: 1 + index in SsaFunc.inlined; 0: none
	const char *name;   // the Go variable it was assigned to (frame map), or NULL
	const char *text;   // RtCall that may allocate: its source text (allocation-site table), or NULL
	const char *note;   // the assembly's comment where it is made (an allocation's escape verdict), or NULL
	int uses;           // ssa_count_uses
	Func *callee;       // SSA_CALL: the Go function called (NULL in parsed IR)
	const SsaAbi *abi;  // SSA_CALL: the callee's register ABI (gen.c), NULL: the stack
	bool as_value;      // a PtrIndex used other than as a Load's or Store's address (&s[i]): not fused
	// register allocation (regalloc.c)
	int reg;            // SSA_REG_* or -1
	int slot;           // frame offset when spilled (Arg: its incoming slot), else 0
	int reg_end;        // an Arg split (regalloc.c): reg holds it up to this position, slot after; 0: not split
} Value;

// A call inlined into the function (build_inline.c): the callee and
// where it was called; tracebacks show it as a frame of its own.
typedef struct SsaInlined {
	Func *callee;
	int parent;         // the inlined call the call is in (like Value.inl); 0: the function's own code
	Pos call;
} SsaInlined;

typedef enum { BK_PLAIN, BK_IF, BK_RET } BlockKind;

struct Block {
	int id;
	SsaFunc *func;
	BlockKind kind;
	Vec values;         // Value*, phis first
	Vec controls;       // Value*: if: the condition; ret: the results
	Vec preds, succs;   // Block*
	Pos pos;
	// construction (build.c)
	bool sealed;
	Vec incomplete;     // Var*, Value*: a variable whose phi waits for the block to be sealed, the phi
	// layout and liveness (regalloc.c)
	int order;          // index in the emission order, -1 unreachable
	int start, end;     // positions
};

struct SsaFunc {
	const char *name;
	Vec blocks;         // Block*; blocks[0] is the entry
	int next_value, next_block;
	int nresults;       // results stored by ret blocks
	int64_t argbase;    // offset of the first result word from 16(%rbp) (8 * incoming words)
	int nin;            // incoming words
	MType *in_types, *out_types;  // the type of each incoming word and result word
	const SsaAbi *abi;  // its register ABI (abi.c), or NULL: stack ABI only
	Vec vars;           // Obj*: the Go variables kept in values (frame map)
	Vec mem_vars;       // Obj*: local arrays and address-taken structs, each in a frame area
	Vec mem_areas;      // Value*: their FrameAddr, in the same order
	Vec reassigned;     // Obj*: parameters the body assigns (gen.c: their incoming slots go stale)
	int arg_store;      // regalloc.c: the position where a register ABI body stores its incoming
	                    // words to their slots (a block's start, see store_point), 0: the entry
	Vec inlined;        // SsaInlined*: the calls build_inline.c inlined, a tree (Value.inl)
	bool copy_work;     // a copy or a phi was made or an edge removed since copy propagation
	                    // last ran: only then may it find work (ssa_optimise skips it otherwise)
	// Memory: values, blocks and argument arrays come from the function's
	// own arena, released with the function by ssa_free_func (the IR of
	// a function is dead once its assembly is written).
	Vec all_blocks;     // Block*: every block made, reachable or not (their Vecs and maps)
	Pool arena;
};

// words.c: the machine words of a value of Go type t in memory order
// (a struct's fields flattened), each with its byte offset in the value,
// its Go type when it is a scalar (NULL: a string's or slice's header
// word) and its name's suffix ("" for a scalar, ".len", ".min.x"); false
// when t is outside the subset.
enum { SSA_MAX_WORDS = 16 };
typedef struct SsaWords {
	int n;
	MType mt[SSA_MAX_WORDS];
	int64_t off[SSA_MAX_WORDS];
	Type *scalar[SSA_MAX_WORDS];
	const char *suffix[SSA_MAX_WORDS];
} SsaWords;
bool ssa_words(Type *t, SsaWords *w);

// ---- func.c: making and editing the IR ----
SsaFunc *ssa_new_func(const char *name);
void ssa_free_func(SsaFunc *f);  // f and everything made for it: no Value or Block of f survives
// Zeroed memory from f's arena: the many small objects of the IR, and the
// builder's scratch arrays, freed all at once with f.
void *ssa_zalloc(SsaFunc *f, size_t n);
Block *ssa_new_block(SsaFunc *f, BlockKind kind);
Value *ssa_new_value(Block *b, SsaOp op, MType t, int nargs, ...);   // appended
Value *ssa_new_phi(Block *b, MType t);                               // after the phis
void ssa_add_arg(Value *v, Value *a);
void ssa_push(SsaFunc *f, Vec *v, void *item);  // onto a block's list (values, preds, ...), in f's arena
void ssa_add_edge(Block *from, Block *to);
void ssa_remove_edge(Block *from, int succ_index);  // drops the phis' matching args too
void ssa_to_copy(Value *v, Value *src);             // v becomes Copy src
void ssa_count_uses(SsaFunc *f);
void ssa_remove_dead_values(SsaFunc *f);            // drop SSA_INVALID values from blocks (a pass that made some)
void ssa_remove_unreachable(SsaFunc *f);            // blocks not reachable from the entry
// Through Copy chains. Inline, like the two tests below: every pass and
// the emitter ask them about most values.
static inline Value *ssa_resolve(Value *v) {
	while (v && v->op == SSA_COPY)
		v = v->args[0];
	return v;
}
// copyprop.c: the one value other than phi v that v merges; v itself when
// it merges nothing else, NULL when it merges two or more.
Value *ssa_trivial_phi(Value *v);
int mtype_size(MType t);
// Const, Addr and FrameAddr get no register: each use makes them again
// (an immediate, a lea).
static inline bool ssa_rematerialised(Value *v) {
	return v->op == SSA_CONST || v->op == SSA_ADDR || v->op == SSA_FRAMEADDR;
}
// A PtrIndex an x86 addressing mode does (size 1, 2, 4, 8).
static inline bool ssa_fused_index(Value *v) {
	return v->op == SSA_PTRINDEX && !v->as_value && (v->aux == 1 || v->aux == 2 || v->aux == 4 || v->aux == 8);
}
void ssa_mark_fused(SsaFunc *f); // sets as_value of the PtrIndexes that are values too (before regalloc)
int ssa_call_words(Value *call);  // the argument words a Call passes (not the func value it calls)

// ---- print.c / parse.c: the textual form ----
//   func NAME
//   b1:
//     v1 = Arg <i64> [0] {n}
//     v2 (7) = Less <i8> v1 v3
//     If v2 -> b2 b3
//   b2: <- b1
//     Ret v1
void ssa_print(FILE *out, SsaFunc *f);
void ssa_print_value(FILE *out, Value *v);
const char *ssa_mtype_name(MType t);
// Returns NULL and sets *err (with the line number) on malformed text.
SsaFunc *ssa_parse(const char *text, char **err);

// ---- passes (one file each) ----
bool ssa_fold(SsaFunc *f);      // fold.c: constant folding and propagation, constant branches
bool ssa_copyprop(SsaFunc *f);  // copyprop.c: uses of copies and trivial phis go to the source
bool ssa_dce(SsaFunc *f);       // dce.c: unused pure values, unreachable blocks
bool ssa_cse(SsaFunc *f);       // cse.c: the same pure value twice in a block
bool ssa_divmod(SsaFunc *f);    // divmod.c: remainders by constants as divisions CSE shares, or masks
bool ssa_bce(SsaFunc *f);       // bce.c: index checks a dominating i < len(s) proves
bool ssa_promote(SsaFunc *f);   // promote.c: frame areas only Loads and Stores use become SSA values
bool ssa_ranges(SsaFunc *f);    // range.c: extensions and index checks a value's bound makes redundant
bool ssa_bitset(SsaFunc *f);    // bitset.c: x | 1<<y as one BitSet
bool ssa_narrow(SsaFunc *f);    // narrow.c: uint32(x op y) as a 32-bit op
bool ssa_narrowed(Value *v);    // narrow.c: v is such an op
uint64_t ssa_umax(Value *v);    // range.c: the largest value v may hold, as unsigned
void ssa_split_critical(SsaFunc *f); // critical.c: an edge from an if block into a phi's block gets a block

// ---- regalloc.c: linear scan over the allocatable registers ----
enum {
	SSA_RAX, SSA_RCX, SSA_RDX, SSA_RBX, SSA_RSI, SSA_RDI, SSA_R8, SSA_R9,
	SSA_R10, SSA_R11, SSA_R12, SSA_R13, SSA_R14, SSA_R15,
	SSA_X0, SSA_X1, SSA_X14 = SSA_X0 + 14, SSA_X15, SSA_NREGS
};
extern const char *const ssa_reg_names[SSA_NREGS];
// Where values are live, in positions of the emission order: each
// block's start (its phis' definition), each other value, the block's
// end (its phi moves and branch). A range runs from a definition (or a
// block's start, for a value live into it) to the last use.
typedef struct SsaRange {
	int from, to;
} SsaRange;
typedef struct SsaLifetimes {
	int nv, npos;       // value ids are below nv, positions below npos
	int *pos;           // per value id: its position
	SsaRange **ranges;  // per value id: where it is live, ascending
	int *nranges;
	SsaRange *pool;     // the memory of all the ranges
} SsaLifetimes;
void ssa_free_lifetimes(SsaLifetimes *lt);
// Allocates registers; spilled values get frame slots from slot_alloc.
// Returns the mask of callee-saved registers used, and sets *lt to the
// lifetimes it worked with (and the blocks' order, start and end), for
// gen.c's debug information: valid while the IR does not change.
typedef int (*SlotAlloc)(const char *desc);
unsigned ssa_regalloc(SsaFunc *f, SlotAlloc slot_alloc, SsaLifetimes *lt);
void ssa_layout(SsaFunc *f, Block ***order, int *n);  // reverse postorder
// rotate.c: the emission order (register allocation's positions follow
// it): reverse postorder with each loop's test at its bottom.
void ssa_emit_order(SsaFunc *f, Block ***order, int *n);

// ---- abi.c: the register calling convention ----
// f's register ABI, or NULL when its words do not fit the registers.
const SsaAbi *ssa_abi_of(SsaFunc *f);
// The register ABI of incoming and result words of these types, or NULL.
const SsaAbi *ssa_abi_of_words(const MType *in, int nin, const MType *out, int nout);
// The register ABI of fn when fn is a function of the package being
// compiled that goes through SSA (its IR is built and kept for
// ssa_take_built), else NULL.
const SsaAbi *ssa_callee_abi(Func *fn);
// Whether fn is a function of the package being compiled that goes
// through SSA (false while its own IR is being built: a recursion).
bool ssa_builds(Func *fn);
// The IR that ssa_callee_abi built for fn, or fn built now (NULL: outside
// the subset, *why says why).
SsaFunc *ssa_take_built(Func *fn, const char **why);

// ---- build.c: the tree -> SSA (Braun et al.) ----
// NULL when the function is outside the subset (see the comment atop);
// *why then says what put it outside.
SsaFunc *ssa_build(Func *fn, const char **why);

// ---- ssa.c: the back end's entry for one function ----
typedef struct SsaOptions {
	bool no_opt;            // -N: no optimisation passes
	const char *dump;       // -d=ssa/FUNC: the IR after every pass on stderr
} SsaOptions;
extern SsaOptions ssa_options;
// Emits f through SSA when it is in the subset; false: use the tree
// walker, *why says what kept f out ("map index at 12:9").
bool ssa_gen_func(Func *f, const char **why);
// Runs the passes (all, or none under -N), dumping after each when asked.
void ssa_optimise(SsaFunc *f, bool dump);
// gen.c: allocates registers and writes fn's assembly from f.
void ssa_emit(SsaFunc *f, Func *fn, const char *sym);

#endif

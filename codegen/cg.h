// cg.h - codegen's internal interface: the emitter state shared by the
// codegen/*.c files, and the helpers each of them exports.
//
// Model (see codegen.h for the calling convention):
//  - %rsp is fixed inside a function body: the frame covers locals,
//    temporaries and the largest outgoing argument area at 0(%rsp).
//  - gen_expr leaves a scalar value in %rax (floats as their bits), or,
//    for an aggregate (string, slice, interface, struct, array, tuple),
//    the ADDRESS of the value in %rax.
//  - Values that must survive the evaluation of something else live in
//    frame temporaries; only caller-saved registers are used.
//  - Constants and variables are used in place where an instruction can
//    name them (operand.c): $imm, off(%rbp), sym(%rip), off(reg); then
//    no temporary is needed.
#ifndef GOSCAPE_CG_H
#define GOSCAPE_CG_H

#include <stdio.h>
#include "ast.h"
#include "types.h"
#include "diag.h"
#include "vformat.h"

#include "ops.h"
#include "../runtime/abi.h"

// ---- emit.c: output, labels, comments, line info ----
typedef struct CG {
	FILE *out;         // the final assembly
	FILE *text;        // where emit() writes: the current function body, or out
	Program *prog;
	Func *fn;          // function being generated
	const char *fnsym; // its assembly symbol
	int label_seq;
	int last_line;     // last line given a # LINE comment
	Pos pos;           // position of the last .loc: the statement being generated
	int inl;           // the inlined call pos is in (linetab_inlined's number), 0: none
	int *file_no;      // Pos.file -> the number of its .file directive (0: none)
	int nfile_no;
	int closure_off;   // frame slot holding the closure context (%rdx at entry)
	int defer_off;     // frame slot of the GoDeferFrame (0: no defers)
} CG;
extern CG cg;

void emit(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void emit_label(const char *label);
void emit_insn(const char *op, const char *a, const char *b);  // emit("op a, b"), or "op a" without b
void emit_text(const char *text);           // emit("%s", text): an instruction without operands to format
// A line its caller made at line[0..len), its tab included, in a buffer of
// EMIT_LINE bytes (len at most EMIT_TEXT): written with the pending note
// and the newline, as emit writes its line.
enum { EMIT_TEXT = 1 + 512, EMIT_LINE = EMIT_TEXT + 4 + 96 + 1 };
void emit_made(char *line, size_t len);
void emit_quoted(FILE *out, const char *directive, const char *s); // directive "s", escaped, to out
void emit_comment(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void emit_comment_text(const char *text);    // emit_comment("%s", text), without the format
void emit_note(const char *fmt, ...) __attribute__((format(printf, 1, 2))); // trailing comment of the next emit
void emit_note_text(const char *s);          // emit_note("%s", s), without the format
char *new_label(const char *what);          // ".L<func>_<what><n>", a frame text
// One label per clause of a switch or type switch (s->list); *deflt: the
// default clause's index, or -1.
char **clause_labels(Node *s, const char *what, int *deflt);
const char *cold_path(const char *code);    // label of code ("\tinsn\n"...) placed at the function's end; NULL outside functions
void emit_cold_paths(void);                 // at the function's end
void emit_entry_word(FILE *out, const char *regabi);  // before a function's entry: its register entry or 0
void emit_line(Pos pos);                    // # LINE: text + .loc
void emit_loc(Pos pos);                     // .loc + line table entry
void emit_dwarf_loc(Pos pos);               // .loc alone
char *source_line(Pos pos);                 // the source text of pos's line, to free
char *cg_sym(const char *name);             // a valid GAS symbol for a Go name
char *expr_text(Node *e);                   // short source text of an expression, a frame text
void unsupported(Pos pos, const char *what);

// ---- allocsite.c: the allocation-site table of GOSCAPE_DEBUG=allocs=2 ----
// call fn, an allocating runtime entry, as the allocation site at pos
// (line 0: the current statement) whose source text is text.
void alloc_call(const char *fn, Pos pos, const char *text);
void allocsite_emit(FILE *out);                 // the records, once per object
// The escape verdict the annotated assembly shows before the runtime call
// of allocation e (append, make of a slice, concatenation, []byte(s) and
// other conversions), for both back ends. These texts are frame texts.
char *alloc_verdict(Node *e);
// The same for a new object (new, &T{}, a box, a literal's backing array)
// that `what` names: stack or heap, and why.
char *new_verdict(const char *what, Node *site);
// The same for constant x boxed into interface type it (static data).
char *const_box_verdict(Node *x, Type *it);

// ---- linetab.c: the pc -> function/line table of tracebacks ----
void linetab_begin(Func *f, const char *name);  // after func_begin, for Go functions only
const char *linetab_wrapper(void);               // a wrapper first: line 0 up to the label it returns
void linetab_mark(Pos pos);                      // the code from here on is pos's line (in call cg.inl)
// The next inlined call of the current function (numbered from 1): the
// function name, called at call in the inlined call parent (0: none).
void linetab_inlined(const char *name, int parent, Pos call);
void linetab_end(void);                          // at the function's last instruction
// The table, once per object: of the packages pkgs[only] (all: -1).
void linetab_emit(FILE *out, Vec *pkgs, int only);

// ---- frame.c: slots and temporaries ----
void frame_begin(void);
// Zeroed memory, and text, that live as long as the function being
// generated (until the next frame_begin frees them at once): a
// statement's working arrays, operands, slot descriptions.
void *frame_zalloc(size_t n);
char *frame_text(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
char *frame_strdup(const char *s);  // frame_text("%s", s), without the format
// frame_text("%lld(%s)", off, base): the most frequent memory operand
// (base a register), written without a format.
const char *frame_mem_operand(int64_t off, const char *base);
// frame_text(".L%s_%s%d", sym, what, n): a label, written without a format.
char *frame_label(const char *sym, const char *what, int n);
// frame_text's copy of type_string(t, qualified).
const char *frame_type_text(Type *t, bool qualified);
// frame_text (and the texts made with it: labels, expression texts,
// verdicts) writes into p, NULL: the frame's pool; returns where it wrote
// before. The SSA builder keeps what it makes in its function's arena.
Pool *frame_texts_into(Pool *p);
int frame_slot(int64_t size, const char *desc);   // a local: never reused in the function
int tmp_alloc(int64_t size, const char *desc);    // a temporary: freed by tmp_release
int tmp_mark(void);
void tmp_release(int mark);
void tmp_pin(void);                                   // keep everything allocated so far (stack objects)
void frame_need_out(int64_t size);                // reserve outgoing argument space
int64_t frame_size(void);                         // final 16-aligned size
// After `push %rbp; mov %rsp, %rbp`: the stack check, then `sub $size,
// %rsp`. overflow: a cold path calling stack_overflow_call (NULL: inline).
void frame_enter(int64_t size, const char *overflow);
extern const char stack_overflow_call[];
void frame_map_comment(FILE *out);
// The start of a frame map line, "#   -24(%rbp)     8  " (vformat.h's put_padded;
// func_write's lines of the incoming words have it too).
char *put_frame_slot(char *p, int64_t off, int64_t size);
Node *temp_node(int off, Type *t, const char *desc); // an ND_IDENT naming a temporary

// ---- types helpers (gen_expr.c) ----
bool is_agg(Type *t);          // value handled by address
int field_index_by_name(Type *st, const char *name);  // the index of the field named so in struct st, or -1
bool is_float(Type *t);
bool is_signed_int(Type *t);
int64_t tsize(Type *t);
int64_t align8(int64_t n);
void tuple_layout(Vec *types, int64_t *offsets, int64_t *total);

// ---- moves (moves.c) ----
void load(Type *t);            // %rax = address -> %rax = value (no-op for aggregates)
void store(Type *t);           // *(%rdi) = value/aggregate at %rax
void store_temp(Type *t, int off); // *(%rdi) = the value in the temporary at off(%rbp)
void load_into(Type *t, const char *mem, const char *reg); // reg = scalar at mem, extended
void store_from(Type *t, const char *reg, const char *mem); // scalar in reg -> mem
const char *reg_sized(const char *reg, int64_t size); // "%rcx", 1 -> "%cl"
char size_suffix(int64_t size);                       // 4 -> 'l'
void copy_mem(int64_t size);   // copy size bytes from (%rax) to (%rdi)
void zero_mem(int64_t size);   // clear size bytes at (%rdi)
void normalize(Type *t);       // re-extend %rax to t's width
void save_rax(int off);        // mov %rax, off(%rbp)
void load_rax(int off);        // mov off(%rbp), %rax
int to_temp(Type *t);          // spill the value in %rax (copying aggregates) to a new temp
void nil_check(const char *reg);
void nil_check_at(const char *reg, int64_t off);  // before an access at reg+off: Go's addr=off
// Go's itab holds the methods' code from this offset: a method call
// through a nil interface faults at GO_ITAB_FUN + 8 * index (its addr=).
#define GO_ITAB_FUN 24

// ---- operands and locations (operand.c) ----
// Where a value lives, in a form an instruction can name: off(%rbp),
// sym+off(%rip), or off(reg) after the code that loaded reg; indexed:
// plus %rcx*scale.
typedef enum { LOC_REG, LOC_FRAME, LOC_GLOBAL } LocBase;
typedef struct Loc {
	LocBase base;
	const char *reg;   // LOC_REG: the base register ("%rax" for gen_loc)
	const char *sym;   // LOC_GLOBAL
	int64_t off;
	bool indexed;      // + %rcx * scale
	int scale;
	const char *desc;  // variable name, for comments
} Loc;
Loc loc_rax(int64_t off);
const char *loc_text(Loc l);
void loc_addr(Loc l);                 // %rax = the address
void note_loc(Loc l);                 // the next instruction's comment: the variable's name
bool static_loc(Node *e, Loc *l);     // a location needing no code (frame/global vars, their fields)
bool is_simple_loc(Node *e);          // static, or reached from one simple pointer (p.f, *p, p.q.f)
Loc gen_simple_loc(Node *e, const char *reg); // its location, loading pointers into reg only
bool int_const(Node *e, int64_t *v);  // integer/bool constant of a non-float scalar type
bool is_imm32(int64_t v);
bool is_simple(Node *e);              // a constant or a scalar at a simple location
void load_simple(Node *e, const char *reg); // reg = its value, no other register touched
const char *direct_operand(Node *e);  // "$imm" or an 8-byte variable's memory operand, or NULL

// ---- expressions (gen_expr.c) ----
void gen_expr(Node *e);
void gen_addr(Node *e);        // address of an addressable expression into %rax
int gen_expr_temp(Node *e);    // evaluate into a fresh temporary; returns its offset
void gen_var_addr(Obj *v);
bool node_is_stack(Node *site);
int gen_alloc(Type *t, Node *site, const char *what); // %rax = pointer to zeroed T; stack: its offset, heap: 0
void gen_composite(Node *e);
void gen_composite_into(Node *lit, int ptr_off); // fill zeroed storage whose address is in a temp
void gen_composite_in_frame(Node *lit, int obj_off); // fill a zeroed object at obj_off(%rbp)
void gen_new_composite(Node *lit, Node *site, const char *what); // %rax = &T{...}
void gen_iface_conv(Node *x, Type *to, Node *site);
void gen_typeassert(Node *e);
void gen_typeswitch(Node *s);
bool type_pointer_shaped(Type *t);
int box_value(Type *t, Type *it, int val, Node *site, const char *what);
bool const_scalar_bits(Type *t, const ConstVal *c, uint64_t *bits);
// constbox.c
const char *const_box_image(Type *t, const ConstVal *c); // NULL: not static
void emit_const_boxes(void);
// Which heap boxes of type t gc's runtime keeps statically: all (a bool or
// a byte), those below 256 (2/4/8-byte pointer-free values), an empty
// string, a nil slice (also in a struct of one field or array of one).
typedef enum { STATIC_NONE, STATIC_ALWAYS, STATIC_BELOW_256, STATIC_EMPTY_STRING, STATIC_NIL_SLICE } StaticKind;
StaticKind static_box_kind(Type *t);
char *static_box_note(Type *t, const char *what);  // the assembly's comment on it (NULL: STATIC_NONE)
typedef enum { STATIC_BOX_NEVER, STATIC_BOX_TESTED, STATIC_BOX_ALWAYS } StaticBox;
StaticBox static_box_test(Type *t, int val, const char *done, const char *what); // run-time test: a box without allocation
void static_box_always(int val);                                                  // %rax = static box of a bool or byte
int assign_conv_temp(Type *from, Type *to, int v, const char *what); // tuple member -> assigned type (boxing)
void gen_index_addr(Node *e);  // element address for slice/array/string index
Loc gen_loc(Node *e);          // code leaving an addressable expression's storage at a Loc
bool loc_spares_rdx(Node *e);  // gen_loc(e) uses only %rax and %rcx

// ---- operators (gen_arith.c) ----
void gen_binary(Node *e);
void gen_cond_jump(Node *e, bool when, const char *label);
void gen_eq(Type *t, int lhs_off, bool negate); // %rax = (temp lhs == value in %rax)
void gen_binop_values(Op op, Type *t, Type *count_type, int lhs_off); // %rax = lhs op %rax
void gen_op_rcx(Op op, Type *t, Type *count_type);  // %rax = %rax op %rcx (scalars)
// on %rax with %rcx the divisor or count (the SSA back end uses them too)
void divmod_rax(Op op, bool uns);
void divmod_rax_const(Op op, bool uns, int64_t d);  // d not 0 nor -1: no checks
void shift_rax(Op op, bool arith, bool signed_count);
void shift_const(Op op, bool arith, int64_t n, const char *reg);  // reg: any 64-bit register
void float_eq_to_al(bool ne);  // after ucomis: %al = (in)equal, NaN unequal (uses %cl)
bool inplace_op(Op op, Type *t);   // op= can be done by one instruction on memory
void gen_inplace_op(Op op, Type *t, const char *src, const char *mem); // mem op= src

// ---- calls (gen_call.c) ----
typedef enum { CALL_DIRECT, CALL_IFACE, CALL_VALUE } CallKind;
typedef struct CallPlan {
	CallKind kind;
	Node *fn;
	const char *sym;      // CALL_DIRECT
	int fnval;            // temporary: closure pointer / interface value
	struct ArgSlot *args;
	int nargs;
	int64_t *outoff;      // argument offsets in the outgoing area
	Vec *results;
	int64_t res_base, res_total;
} CallPlan;
CallPlan plan_call(Node *e, bool in_order); // in_order: arguments left to right (go, defer)
void emit_args(CallPlan *p, const char *base);
void callee_code(CallPlan *p, const char *base);
void gen_call(Node *call);     // result: scalar in %rax, aggregate/tuple address
void gen_funclit(Node *e);
void gen_methodval(Node *e);
void gen_iface_method_expr(Node *e);
const char *method_expr_thunk(Type *outer, bool by_value, int *path, int npath, Obj *m, Method *im, int iindex);
// ---- method expressions (gen_methodexpr.c) ----
bool is_method_expr(Node *e);          // ND_FUNCNAME for T.m, (*T).m or I.m
const char *method_expr_code(Node *e); // code symbol of T.m's function (NULL for I.m)
void gen_method_expr(Node *e);         // %rax = its func value
void gen_static_closures(void);
const char *func_symbol(Obj *fn);
bool has_body(Obj *fn);               // false for a stub-only function (Func.stub_only)
const char *method_word_fn(Obj *m, bool word_is_ptr); // m taking its receiver as one word
Type *closure_layout(Func *f);  // sets Capture.offset; the closure object's struct type
const char *promoted_thunk(Type *outer, int *path, int npath, Obj *m, Method *im, int iindex);
void gen_thunks(void);

// ---- complex numbers (gen_complex.c) ----
void gen_complex_const(Type *t, double re, double im);
void complex_const_bits(Type *t, double re, double im, uint64_t w[2]);
void gen_complex_binary(Node *e, Op op);
void gen_complex_op(Op op, Type *t, int lhs_off); // %rax = &(temp lhs op complex at %rax)
void gen_complex_eq(Type *t, int lhs_off);   // %rax = (temp lhs == complex at %rax)
void gen_complex_neg(Node *e);
void gen_complex_conv(Type *from, Type *to); // complex at %rax
void gen_complex_builtin(Node *e);           // complex, real, imag

// ---- builtins (gen_builtin.c) ----
void gen_builtin(Node *e);

// ---- maps (gen_map.c) ----
void gen_map_index(Node *e);   // rvalue m[k] (comma_ok: tuple address)
void gen_map_literal(Node *e);
void gen_map_delete(Node *m, Node *k);
void gen_map_compound(Node *e, Op op, Node *rhs); // m[k] op= v, as m[k] = m[k] op v

// ---- strings (gen_string.c) ----
void gen_string_concat(Node *e);
void gen_string_compare(Op op, int lhs_off);   // rhs string address in %rax
void gen_string_concat2(int lhs_off);          // lhs temp + string at %rax
void gen_string_conv(Node *e);                 // string <-> []byte/[]rune, string(rune)

// ---- conversions building or checking memory (gen_conv.c) ----
void gen_const_string_slice(Node *e);          // []byte / []rune of a constant string: cap == len
void gen_slice_to_array_ptr(Node *e);          // (*[N]T)(s), with the length check
bool needs_mixed_eq(Type *lt, Type *rt);      // == of different types, one an interface
void gen_mixed_eq(Type *lt, int lhs_off, Type *rt, bool negate); // like gen_eq, both sides as interface{}
int string_literal(const char *s, size_t len); // pool index
void gen_string_const(const char *s, size_t len); // %rax = address of the header

// ---- evaluation order (order.c) ----
bool has_effects(Node *e);     // may call a function or receive (observable by other operands)
void exprs_to_temps(const Vec *exprs, int *temps); // each into a temporary, those with effects first

// ---- statements (gen_stmt.c) ----
void gen_stmt(Node *s);
void gen_block(const Vec *stmts);
void push_break_target(const char *brk);
void pop_break_target(void);
void gen_heap_var(Obj *v);     // runtime_new block for a moved-to-heap variable
void gen_compound_operand(Type *t, Node *rhs); // %rax = rhs of x op= rhs (1 for ++/--)

// ---- channels (gen_chan.c) ----
void gen_makechan(Node *e);
void gen_send(Node *s);
void gen_recv(Node *e);
void gen_range_chan(Node *s, Node *val, const char *top, const char *cont, const char *brk);
void gen_select(Node *s);
// gen_stmt.c helpers for them
void range_assign(Node *lhs, int src, Type *from);
void assign_received(Node *comm, int tuple_off, Type *vt);

// ---- defer (gen_defer.c) ----
bool func_has_defer(Func *f);
void gen_defer_or_go(Node *s);
void defer_prologue(void);
void run_defers(void);

// ---- functions (gen_func.c) ----
void gen_func(Func *f);
void func_begin(Func *f, const char *sym);
void func_end(const char *comment, const char *extra);  // extra: more header lines, or NULL
char *func_signature(Func *f);  // "func main.f(a int) (int, error)"
FILE *func_body(void);  // the stream a function's body is written to, empty
const char *func_return(void);  // leave, ret, cold paths; ends the body; the overflow path's label
// Writes the function with the body: stack_entry, for a body that takes
// its arguments in registers (the SSA back end's register ABI), is the
// stack ABI entry's code: a thunk that calls the body's SYM..regabi entry.
void func_write(Func *f, const char *comment, const char *extra, const char *stack_entry, const char *overflow);
const char *ret_label(void);

// ---- type descriptors (typedesc.c) ----
const char *typedesc(Type *t);    // symbol of t's GoType (registers it for emission)
// ---- typekey.c ----
// A text equal for two types exactly when they are identical (Go's rules),
// in whichever package's object: descriptor and itab symbols derive from it.
const char *type_identity_key(Type *t);
const char *itab_symbol(Type *concrete, Type *iface);
void emit_typedescs(void);

// ---- DWARF (dwarf.c): what gdb needs to show variables ----
// One word group of a variable's location: a frame offset from %rbp, the
// same holding a pointer to the variable's heap block, or a register.
typedef enum { DW_FRAME, DW_HEAP, DW_REG } DwarfPieceKind;
enum { DWARF_MAX_PIECES = 16 };  // a variable's words (the SSA back end's struct of 16 words)
typedef struct DwarfPiece {
	DwarfPieceKind kind;
	int off;             // DW_FRAME, DW_HEAP
	const char *reg;     // DW_REG: "%rbx", "%xmm3"
	int size;            // bytes, when the variable has several pieces
} DwarfPiece;
void dwarf_begin(const char *unit_name);       // a new assembly file, the unit named so
void dwarf_func(Func *f, const char *sym);     // a function with a .L<sym>_end label (linetab.c)
void dwarf_func_end(void);                     // its code is out: write its DIE away and forget it
// v of the last dwarf_func: npieces 0 says its value is nowhere (optimised out).
void dwarf_var(Obj *v, const DwarfPiece *pieces, int npieces);
void dwarf_frame_var(Obj *v);                  // v at v->offset (its heap block's pointer if moved)
// v at pieces for pcs lo..hi (assembler expressions), entry by entry;
// no entries: optimised out. The entries, their labels and pieces are
// read where they are, up to dwarf_func_end (a long function's lists are
// big: not copied).
typedef struct DwarfLocEntry {
	const char *lo, *hi;
	const DwarfPiece *pieces;
	int npieces;
} DwarfLocEntry;
void dwarf_var_list(Obj *v, const DwarfLocEntry *entries, int n);
void dwarf_global(Obj *v, const char *pkgpath);  // a package-level variable at v->sym
void dwarf_emit(FILE *out);                    // the sections, at the end of the file


// ---- spill.c: text kept for the end of the file, out of memory ----
typedef struct Spill {
	FILE *f;
	bool in_memory;  // the fallback: the text is buf[0..len)
	char *buf;
	size_t len;
} Spill;
void spill_open(Spill *s);
void spill_copy(Spill *s, FILE *out);  // appends what s holds to out and closes s

// ---- data (data.c) ----
void assign_global_symbols(void);
void emit_globals(void);
void emit_strings(void);
void gen_init_func(Vec *pkgs, int k);  // PATH..init of pkgs[k]; main..init first runs the others'

#endif

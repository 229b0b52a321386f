// build.h - private to the SSA construction: the builder's state and the
// steps build.c (variables, statements, scalar expressions), build_mem.c
// (package-level variables, strings, slicing, and the builtins and
// conversions that call the C runtime), build_fmt.c (fmt's printing
// functions), build_iface.c (interface values), build_closure.c
// (function literals' captures) and why.c (what ends the subset) share.
#ifndef GOSCAPE_SSA_BUILD_H
#define GOSCAPE_SSA_BUILD_H

#include "ssa.h"
#include "../codegen/cg.h"

typedef struct Builder {
	SsaFunc *f;
	Func *fn;
	Block *cur;        // NULL after return/break/continue: unreachable code
	bool failed;
	Pos pos;           // the statement being built
	Vec brk, cont;     // Block*: targets of the enclosing loops and switches (cont: NULL for switch)
	Node *at;          // the innermost statement or expression being built
	const char *why;   // where the subset ended: the construct at its position (why.c)
	bool params_set;   // the parameters have their incoming values: later writes reassign
	Value *ctx;        // a function literal's closure (Context), or NULL
	PtrMap arrays;     // Obj* -> Value* (FrameAddr): the local arrays, in memory (build_mem.c)
	PtrMap var_words;  // Obj* -> Var[]: the words of each variable (build.c)
	// Inlining (build_inline.c): fn is the callee while its body is built
	// into the caller, root the function being built.
	Func *root;
	int inl;           // the inlined call being built (Value.inl); 0: root's own body
	Block *inl_exit;   // where the inlined body's returns go
	int inl_cost;      // the cost of the bodies inlined so far
} Builder;

// One word of a Go variable, or of a value the builder merges itself
// (obj NULL), and its value in each block that defines or looked it up.
typedef struct Var {
	Obj *obj;
	MType mt;
	const char *name;
	Value **def;  // its value in block id lo + i (build.c), NULL: not known there
	int lo, n;
} Var;

// ---- build.c ----
bool mtype_of(Type *t, MType *mt, bool *sgn);   // a one-word type: its machine type and signedness
// Whether v is an SSA variable: a local or parameter of the function, or
// a variable a function literal captured by value.
bool var_ok(Builder *B, Obj *v);
// The SSA variable e names (a variable, or a field of a struct variable:
// v.min.x) and in *first the word of it where e's words start; NULL when
// e is something else.
Obj *var_field(Builder *B, Node *e, int *first);
int read_words(Builder *B, Obj *obj, int first, int n, Value **out);  // words first.. of obj
Value *fail(Builder *B);  // the function is outside the subset; returns a dummy value
Value *value(Builder *B, SsaOp op, MType t, int nargs, Value *a, Value *b);
Value *constant(Builder *B, MType t, int64_t c);
Value *extend_to(Builder *B, Value *v, Type *t);  // re-extended to t's width
Block *new_block(Builder *B);
void jump(Builder *B, Block *to);  // ends the current block (if any) with an edge to `to`
void branch_on(Builder *B, Value *c, Block *t, Block *f);  // ends it with "if c goto t else f"
void seal(Builder *B, Block *b);   // all of b's predecessors are known
void write_var(Builder *B, Block *b, Var *var, Value *v);
Value *read_var(Builder *B, Var *var, Block *b);
void write_obj(Builder *B, Obj *obj, Value **vals);  // all the words of a Go variable
// Its words bound to vals (write_obj without noting a parameter reassigned).
void bind_obj(Builder *B, Obj *obj, Value **vals);
Node *skip_parens(Node *e);
Value *expr(Builder *B, Node *e);                 // a one-word value
int expr_words(Builder *B, Node *e, Value **out); // its words; 0 after failing
// exprs[i] into the words out[i] (n[i] of them), those that call first.
void eval_list(Builder *B, const Vec *exprs, Value ***out, int *n);
int load_words(Builder *B, Value *addr, int64_t off, Type *t, Value **out);
Value *elem_addr(Builder *B, Node *e);  // a slice or string element's address, index checked
// The pointer p.f, p.a.b or *p goes through, and the offset from it.
Value *mem_addr(Builder *B, Node *e, int64_t *off);
void check_nil(Builder *B, Value *p, int64_t off);  // a panic when p is nil (Go's addr=off)

// ---- words.c ----
// The machine words of a value of type t (see ssa_words; 1 for scalars,
// 2 for strings, 3 for slices, a struct's fields flattened; at most
// SSA_MAX_WORDS) into mt; 0: outside the subset.
int words_of(Type *t, MType *mt);
int word_count(Type *t);  // words_of without the machine types
// The words of t (see ssa_words), computed once per type; NULL: outside the subset.
const SsaWords *words_known(Type *t);
// The words of field index of struct type st: how many, the first in *first.
int field_words(Type *st, int index, int *first);

// ---- build_struct.c ----
// A field selection through a dereference, of a slice or array element
// or of a package-level variable (p.a.b, s[i].a, g.a): memory, not a value.
bool in_memory(Node *e);
bool through_pointer(Node *e);  // memory through a dereference: nil-checked
int struct_literal(Builder *B, Node *lit, Value **out);  // the words of T{...}
int field_of_value(Builder *B, Node *e, Value **out);    // v.f of a struct value (not through memory)
Value *new_composite(Builder *B, Node *e);               // &T{...}: a new object, stack or heap
Value *new_zeroed(Builder *B, Node *e);                  // new(T)
Value *struct_compare(Builder *B, Node *e);              // a == b, a != b on structs of scalar words
// A local struct in the subset whose address is taken (b.extend(p) takes
// &b) but that stays on the stack: like a local array, it lives in a
// frame area of its own (local_area), its fields are memory.
bool is_struct_local(Obj *v);
Value *addr_expr(Builder *B, Node *e);  // &x of such a local, of memory (&p.f, &s[i], &g)

// ---- build_map.c ----
bool is_map_index(Node *n);                    // m[k] on a map (frontend/check_expr.c)
Value *map_make(Builder *B, Node *e);          // make(map[K]V[, hint])
Value *map_len(Builder *B, Node *m);           // len(m)
int map_index(Builder *B, Node *e, Value **out);  // m[k] read (zero when absent)
// The map and a frame copy of the key of m[k] (e), for a store's map_slot.
bool map_operands(Builder *B, Node *e, Value **map, Value **key);
Value *map_slot(Builder *B, Node *e, Value *map, Value *key);  // runtime_mapassign: nil map panics

// ---- build_mem.c ----
Value *addr_of(Builder *B, const char *sym);    // Addr {sym}
Value *frame_area(Builder *B, int64_t size);    // FrameAddr [size]: a new frame area
// A new object of type t for allocation site `site`: a frame area of its
// own when escape analysis keeps it on the stack (the caller stores every
// byte of it), else runtime_new's zeroed block; what: its text.
Value *new_object(Builder *B, Type *t, Node *site, const char *what);
void zero_area(Builder *B, Value *p, int64_t size);  // size bytes (a multiple of 8) of zeros at p
// RtCall fn(args...); site: the allocation it makes (its source text goes
// to the allocation-site table, its escape verdict into the assembly), or NULL.
Value *rtcall(Builder *B, const char *fn, MType t, int n, Value **args, Node *site);
// The n words w of machine types mt at area + off.
void store_words(Builder *B, Value *area, int64_t off, int n, Value **w, const MType *mt);
Value *header(Builder *B, int n, Value **w);    // a string or slice header in a new frame area
int load_header(Builder *B, Value *area, int n, Value **out);  // the n header words at area
bool is_global_var(Obj *v);                   // a package-level variable
Value *global_addr(Builder *B, Obj *v);       // its address (its words are there)
// A local array of elements in the subset, neither moved to the heap nor
// captured: it lives in a frame area of its own.
bool is_array_local(Obj *v);
// A local array's or struct_local's area, made once, first in the entry
// block (before any use).
Value *local_area(Builder *B, Obj *v);
void zero_array(Builder *B, Obj *v);          // its declaration (a struct_local's too)
// The words {address, len, len} of such an array e (an identifier);
// false (after failing) for another array.
bool array_words(Builder *B, Node *e, Value **out);
int string_const(Builder *B, Node *e, Value **out);
Value *string_compare(Builder *B, Node *e);    // ==, !=, <, <=, >, >= on strings
int concat(Builder *B, Node *e, Value **out);  // a + b + ... on strings
// The n strings w[i] concatenated; site: the + (NULL: a +=).
int concat_words(Builder *B, int n, Value ***w, Node *site, Value **out);
int slice_expr(Builder *B, Node *e, Value **out);
int string_conv(Builder *B, Node *e, Value **out);  // string([]byte), []byte(string)
int make_slice(Builder *B, Node *e, Value **out);
// []T{...} whose elements cover every index: a backing array (a frame
// area or runtime_new, as escape analysis decided) filled after it is
// made, the calls among the elements first (as codegen/gen_composite.c).
int slice_literal(Builder *B, Node *e, Value **out);
int append_words(Builder *B, Node *e, Value **out);
Value *copy_slices(Builder *B, Node *e);

// ---- build_inline.c ----
// The result words (*nres of them) of the direct call of fn with the
// arguments args[i] (receiver first; evaluated) when fn is inlined there,
// else NULL.
Value **inline_call(Builder *B, Func *fn, Value ***args, int *nres);
// A return statement of the body being inlined: vals are its result words.
void inline_return(Builder *B, Vec *vals);
void stmt(Builder *B, Node *s);
int read_obj(Builder *B, Obj *obj, Value **out);  // the words of an SSA variable

// ---- build_closure.c ----
Capture *capture_of(Builder *B, Obj *v);    // v's capture by the literal being built, or NULL
Value *byref_addr(Builder *B, Capture *c);  // the address of a variable captured by reference
void closure_entry(Builder *B);             // the Context; captures by value become SSA variables
bool captured_by_value(Builder *B, Obj *v);  // by the function's literals, never by reference
Value *func_literal(Builder *B, Node *e);    // the closure of a function literal

// ---- why.c: what keeps a function out of the subset, in words ----
const char *ssa_why_node(Node *n);  // "map index", "type switch", "interface value", ...
const char *ssa_why_var(Obj *v);    // "variable of map type", "address-taken variable", ...

// ---- build_iface.c: interface values (two words: itab or type, data) ----
int toiface(Builder *B, Node *e, Value **out);  // e: a conversion of e->lhs to interface type e->type
// The interface w of type from as one of type to (nil stays nil).
void iface_conv(Builder *B, Type *from, Type *to, Value **w, Value **out);
Value *iface_compare(Builder *B, Node *e);      // == and != on interfaces
void panic_call(Builder *B, Node *e);           // panic(v)
bool is_iface_method(Node *fn);                 // fn (a call's callee) is a method through an interface
// The address of fn's code slot in the itab of the interface w (nil-checked).
Value *iface_method(Builder *B, Node *fn, Value **w);

// ---- build_fmt.c ----
// Whether site (converting its operand, not an interface, to an interface
// type) can box here: a constant with a read-only image or a value of
// the subset's types.
bool boxable(Node *site);
// The words of value w (of site->lhs's type) boxed by site into site's
// interface type; note: the comment the box's verdict goes in when no
// allocation has it.
void box(Builder *B, Node *site, Value **w, Value **iface, const char **note);
// fmt.Print, Println, Printf, Sprint, Sprintln, Sprintf: the words of
// the result (2 for Sprint*, else 0).
int fmt_call(Builder *B, Node *e, Value **out);

#endif

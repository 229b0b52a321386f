// goscape.h - the contract between generated code and the runtime.
//
// Generated assembly calls these functions with the System V ABI. Every
// multi-word Go value (string, slice, interface, struct, array) crosses
// the boundary BY POINTER, so neither side depends on the SysV rules for
// passing structs. Type descriptors (GoType) are emitted by codegen as
// data with exactly the layout below, whose numbers abi.h holds for both
// sides (asserted below); codegen/typedesc.c is the emitter.
//
// Go functions themselves use goscape's stack convention (ABI0-like, see
// codegen/README in the top-level README): arguments and results in the
// caller's outgoing area, closure context in %rdx. They preserve %rbx,
// %rbp and %r12-%r15 like C code, so the runtime may call them through
// runtime_call_go (runtime/callgo.S).
#ifndef GOSCAPE_RUNTIME_H
#define GOSCAPE_RUNTIME_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "abi.h"

typedef struct GoString {
	const uint8_t *ptr;
	intptr_t len;
} GoString;

typedef struct GoSlice {
	void *ptr;
	intptr_t len, cap;
} GoSlice;

typedef struct GoType GoType;

// Empty interface (any): the dynamic type and the data word. For
// pointer-shaped types (pointers, maps, chans, funcs, unsafe.Pointer) the
// data word is the value itself; for every other type it points to a copy.
typedef struct GoEface {
	const GoType *type;
	void *data;
} GoEface;

// Non-empty interface: itab instead of type. The itab's first word is the
// dynamic type, so runtime code that only needs the type treats both alike.
typedef struct GoItab {
	const GoType *type;        // dynamic type
	const GoType *inter;       // interface type
	void *fun[];               // method code pointers, in the interface's method order
} GoItab;

typedef struct GoIface {
	const GoItab *itab;
	void *data;
} GoIface;

typedef struct GoField {
	GoString name;             // "" never; embedded fields carry the type name
	const GoType *type;
	uintptr_t offset;
	uintptr_t embedded;        // 1 for embedded fields
} GoField;

// A method a runtime helper may need to call (String, Error), on the
// value receiver form: fn takes the receiver as its first argument in the
// Go convention, with the receiver passed as a pointer-sized word when
// the type is pointer-shaped, else as a pointer to the value.
typedef struct GoMethod {
	GoString name;
	void *fn;
	const struct GoType *sig;  // the signature (receiver excluded); NULL in the runtime's own
	                           // tables, whose methods are known by name
} GoMethod;

struct GoType {
	uintptr_t size;            // 0
	uintptr_t ptrdata;         // 8: bytes of prefix that can hold pointers (0: no pointers)
	const uint8_t *gcbits;     // 16: one bit per word of ptrdata, LSB first (NULL if ptrdata == 0)
	uint32_t hash;             // 24: hash of the type's string, for type switches and map keys
	uint8_t kind;              // 28: KIND_*
	uint8_t align;             // 29
	uint8_t named;             // 30: 1 for defined (named) types
	uint8_t pad;               // 31
	GoString str;              // 32: Go's %T spelling: "int", "main.Point", "[]*main.Node"
	const GoType *elem;        // 48: PTR, SLICE, ARRAY, CHAN elem; MAP value
	const GoType *key;         // 56: MAP key
	uintptr_t len;             // 64: ARRAY length; STRUCT field count; FUNC/INTERFACE method count
	const GoField *fields;     // 72: STRUCT fields
	const GoMethod *methods;   // 80: NAMED: methods with value receivers (sorted by name); INTERFACE: names only
	uintptr_t nmethods;        // 88
	const GoType *ptrto;       // 96: the descriptor of *T when emitted, else NULL
};                             // 104 bytes

// Codegen emits these structs as data from abi.h's numbers.
#define GOSCAPE_ABI_AT(S, f, off) _Static_assert(offsetof(S, f) == (off), #S "." #f " moved: update abi.h")
GOSCAPE_ABI_AT(GoType, size, ABI_TYPE_SIZE);
GOSCAPE_ABI_AT(GoType, ptrdata, ABI_TYPE_PTRDATA);
GOSCAPE_ABI_AT(GoType, gcbits, ABI_TYPE_GCBITS);
GOSCAPE_ABI_AT(GoType, hash, ABI_TYPE_HASH);
GOSCAPE_ABI_AT(GoType, kind, ABI_TYPE_KIND);
GOSCAPE_ABI_AT(GoType, align, ABI_TYPE_ALIGN);
GOSCAPE_ABI_AT(GoType, named, ABI_TYPE_NAMED);
GOSCAPE_ABI_AT(GoType, str, ABI_TYPE_STR);
GOSCAPE_ABI_AT(GoType, elem, ABI_TYPE_ELEM);
GOSCAPE_ABI_AT(GoType, key, ABI_TYPE_KEY);
GOSCAPE_ABI_AT(GoType, len, ABI_TYPE_LEN);
GOSCAPE_ABI_AT(GoType, fields, ABI_TYPE_FIELDS);
GOSCAPE_ABI_AT(GoType, methods, ABI_TYPE_METHODS);
GOSCAPE_ABI_AT(GoType, nmethods, ABI_TYPE_NMETHODS);
GOSCAPE_ABI_AT(GoType, ptrto, ABI_TYPE_PTRTO);
_Static_assert(sizeof(GoType) == ABI_TYPE_BYTES, "GoType size: update abi.h");
_Static_assert(sizeof(GoField) == ABI_FIELD_BYTES, "GoField size: update abi.h");
_Static_assert(sizeof(GoMethod) == ABI_METHOD_BYTES, "GoMethod size: update abi.h");
GOSCAPE_ABI_AT(GoItab, fun, ABI_ITAB_FUN);

// ---- memory ----
void *runtime_new(uintptr_t size, const GoType *type);   // zeroed; never NULL
// The runtime's own allocations (map buckets, strings it builds): noscan
// blocks hold no pointers; the others are scanned conservatively by the GC.
void *runtime_alloc(uintptr_t size, bool noscan);

// ---- strings ----
void runtime_concatstrings(GoString *dst, const GoString *parts, intptr_t n);
intptr_t runtime_cmpstring(const GoString *a, const GoString *b);   // <0, 0, >0
bool runtime_eqstring(const GoString *a, const GoString *b);
intptr_t runtime_cmpstring_words(const uint8_t *ap, intptr_t an, const uint8_t *bp, intptr_t bn);
bool runtime_eqstring_words(const uint8_t *ap, intptr_t an, const uint8_t *bp, intptr_t bn);
void runtime_intstring(GoString *dst, int64_t rune);                  // string(rune)
void runtime_slicebytetostring(GoString *dst, const GoSlice *b);
void runtime_stringtoslicebyte(GoSlice *dst, const GoString *s);
void runtime_slicerunetostring(GoString *dst, const GoSlice *r);
void runtime_stringtoslicerune(GoSlice *dst, const GoString *s);
// Decodes the rune at s[k] (k < len): stores it in *rune and returns the
// index of the next one, as `for i, r := range s` needs.
intptr_t runtime_decoderune(const GoString *s, intptr_t k, int32_t *rune);

// ---- slices ----
void runtime_makeslice(GoSlice *dst, const GoType *elem, intptr_t len, intptr_t cap);
// Grows s so that cap >= newlen with Go's growth rule and size-class
// rounding; copies the old elements; keeps s->len unchanged.
void runtime_growslice(GoSlice *s, const GoType *elem, intptr_t newlen);
intptr_t runtime_slicecopy(void *dst, intptr_t dstlen, const void *src, intptr_t srclen,
                           uintptr_t elemsize);

// ---- maps (hash map; iteration order randomised like Go) ----
typedef struct GoMap GoMap;
typedef struct GoMapIter {
	void *key;                 // NULL when iteration is over
	void *value;
	uintptr_t state[6];        // private to the runtime
} GoMapIter;                   // 64 bytes; codegen reserves this much in the frame
GoMap *runtime_makemap(const GoType *maptype, intptr_t hint);
void *runtime_mapaccess1(const GoType *maptype, GoMap *m, const void *key);  // &zero if absent
void *runtime_mapaccess2(const GoType *maptype, GoMap *m, const void *key, bool *ok);
void *runtime_mapassign(const GoType *maptype, GoMap *m, const void *key);   // panics on nil map
void runtime_mapdelete(const GoType *maptype, GoMap *m, const void *key);
intptr_t runtime_maplen(GoMap *m);
void runtime_mapiterinit(const GoType *maptype, GoMap *m, GoMapIter *it);
void runtime_mapiternext(GoMapIter *it);

// ---- interfaces ----
bool runtime_efaceeq(const GoEface *a, const GoEface *b);  // panics on uncomparable types
bool runtime_valueeq(const GoType *t, const void *a, const void *b);  // == on any comparable type

// ---- panics (never return; exit status 2) ----
_Noreturn void runtime_panicindex(intptr_t i, intptr_t len);
_Noreturn void runtime_panicindexu(uintptr_t i, intptr_t len);      // unsigned index
// Slice bounds: which is abi.h's SLICE_* (the failing check).
_Noreturn void runtime_panicslice(int which, intptr_t x, intptr_t y, bool x_unsigned);
_Noreturn void runtime_panicdivide(void);
_Noreturn void runtime_panicnil(void);       // nil pointer dereference
_Noreturn void runtime_panicwrap(const char *msg, intptr_t len);  // value method called through nil
_Noreturn void runtime_panicnilat(uintptr_t addr);  // the same before an access at offset addr
_Noreturn void runtime_panicshift(void);     // negative shift amount
_Noreturn void runtime_panicmakeslicelen(void);
_Noreturn void runtime_gopanic(const GoEface *value);   // panic(v)

// ---- complex numbers (complex.c) ----
// n / m for complex128 (complex64 operands are widened), Go's
// runtime.complex128div: returned in %xmm0 (real) and %xmm1 (imaginary).
typedef struct { double re, im; } GoComplex128;
GoComplex128 runtime_complex128div(double nre, double nim, double mre, double mim);

// ---- print / println builtins (stderr, Go's formats) ----
void runtime_printint(int64_t v);
void runtime_printuint(uint64_t v);
void runtime_printbool(bool v);
void runtime_printfloat(double v);
void runtime_printcomplex(double re, double im);  // complex64 widened
void runtime_printstring(const GoString *s);
void runtime_printpointer(const void *p);
void runtime_printslice(const GoSlice *s);
void runtime_printeface(const GoEface *e);
void runtime_printsp(void);
void runtime_printnl(void);

// ---- fmt subset; args is a []interface{} ----
intptr_t fmt_Println(const GoSlice *args);
intptr_t fmt_Print(const GoSlice *args);
intptr_t fmt_Printf(const GoString *format, const GoSlice *args);
void fmt_Sprintf(GoString *dst, const GoString *format, const GoSlice *args);
void fmt_Sprint(GoString *dst, const GoSlice *args);
void fmt_Sprintln(GoString *dst, const GoSlice *args);

// ---- os (GOROOT's, over hooks_os.c) ----
extern GoSlice runtime_args_slice;  // os.Args, set before main..init runs

// ---- program entry ----
// The runtime's C main() sets up the arguments and signal handlers, calls the
// generated "main..init" (package initialisation), then "main.main", then
// exits 0 after flushing stdout.

// ---- the pc -> function/line table of tracebacks (codegen/linetab.c emits it) ----
// One GoFuncInfo per Go function (wrappers and thunks have none); a pc
// belongs to the last line entry at or below its offset from entry.
typedef struct GoLineEntry {
	uint32_t pcoff;            // offset from the function's entry
	uint32_t file;             // index into its function's files
	uint32_t line;             // 0: a wrapper's code, whose frames are not shown
	uint32_t inl;              // the inlined call the code is in: 1 + index in inlined; 0: none
} GoLineEntry;

// A call the compiler inlined (the SSA back end's build_inline.c): a
// traceback shows it as the frame of name, called at file:line.
typedef struct GoInlined {
	const char *name;          // the inlined function: "main.f"
	uint32_t parent;           // the inlined call the call is in, like GoLineEntry.inl
	uint32_t file, line;       // the call
	uint32_t pad;
} GoInlined;

typedef struct GoFuncInfo {
	uintptr_t entry;
	uint32_t size, nlines;
	const char *name;          // Go's name: "main.(*T).M", "main.main.func1"
	const GoLineEntry *lines;  // in pc order; the first is at offset 0
	uintptr_t has_args;        // a receiver or parameters: printed "(...)", else "()"
	const char *const *files;  // absolute source paths (one table per object file)
	const GoInlined *inlined;  // the calls inlined into the function (NULL: none)
} GoFuncInfo;

// Every object's GoFuncInfo records, which the linker concatenates in
// the section goscape_functab.
extern const GoFuncInfo __start_goscape_functab[], __stop_goscape_functab[];

// ---- additions (runtime helper): conversions, assertions, errors, Fprint ----
// Non-escaping []byte(s) / []rune(s) of a non-constant s: buf is a 32-byte
// (resp. 32-rune = 128-byte) stack buffer used when the result fits, giving
// cap 32 as Go does; buf == NULL behaves like the plain forms above.
void runtime_stringtoslicebyte_buf(GoSlice *dst, const GoString *s, void *buf);
void runtime_stringtoslicerune_buf(GoSlice *dst, const GoString *s, void *buf);
bool runtime_ifaceeq(const GoIface *a, const GoIface *b);  // == on non-empty interfaces
// The itab of a concrete type for an interface type (built on first use,
// cached). type == NULL or a missing method: NULL when canfail, else panics
// "interface conversion: interface is nil, not main.I" /
// "interface conversion: main.T is not main.I: missing method M".
const GoItab *runtime_getitab(const GoType *inter, const GoType *type, bool canfail);
// A failed x.(T) for concrete T: have = x's dynamic type (NULL if nil),
// iface = x's static interface type (for "interface {} is string, not int").
_Noreturn void runtime_panicdottype(const GoType *have, const GoType *want, const GoType *iface);
// (*[N]T)(s) with len(s) < N (runtime-fix helper): "runtime error: cannot
// convert slice with length <len> to pointer to array with length <want>".
_Noreturn void runtime_panicsliceconvert(intptr_t len, intptr_t want);
// goscape's runtime package (lib/runtime) calls these through hooks.S.
void runtime_gosched(void);
intptr_t runtime_numgoroutine(void);
intptr_t runtime_numcpu(void);
// errors.New and fmt.Errorf return an `error` (non-empty interface).
void errors_New(GoIface *dst, const GoString *text);
void fmt_Errorf(GoIface *dst, const GoString *format, const GoSlice *args);
// fmt.Fprint* write to any writer (an `any`) through its Write method.
intptr_t fmt_Fprintln(const GoEface *w, const GoSlice *args);
intptr_t fmt_Fprint(const GoEface *w, const GoSlice *args);
intptr_t fmt_Fprintf(const GoEface *w, const GoString *format, const GoSlice *args);

// ---- goroutines, channels, defer (owner: "sched" helper; runtime/sched.h has the internals) ----
// Go func values are pointers to closure objects whose first word is the
// code address. Argument blocks (args, argsize) are laid out exactly like
// the callee's incoming area (codegen.h): parameters then result slots,
// each rounded to 8; argsize covers the result slots too (they are
// scratch space the callee may write).
//
// go f(args): the new goroutine copies the block and runs f on its own stack.
void runtime_go(void *closure, const void *args, uintptr_t argsize);

// Stacks (runtime/stack.c). Every Go function's prologue checks that its
// frame ends at or above runtime_stack_guard (0: no limit) and otherwise
// calls runtime_morestack with its %rsp, which prints Go's "goroutine
// stack exceeds 1000000000-byte limit" report and exits 2. The guard
// leaves room below for frames up to STACK_SMALL bytes, which therefore
// compare %rsp itself.
#define STACK_SMALL 4096
extern uintptr_t runtime_stack_guard;
_Noreturn void runtime_morestack(uintptr_t sp);

// Channels. A nil GoChan* is the nil channel. The first two words are
// len and cap (codegen may read them directly after a nil check).
typedef struct GoChan GoChan;
GoChan *runtime_makechan(const GoType *chantype, intptr_t size);  // chantype: KIND_CHAN
void runtime_chansend(GoChan *c, const void *elem);
bool runtime_chanrecv(GoChan *c, void *elem);   // elem may be NULL; returns ok (false: closed)
void runtime_closechan(GoChan *c);
intptr_t runtime_chanlen(GoChan *c);
intptr_t runtime_chancap(GoChan *c);

// select: codegen builds the cases in source order (default excluded).
// Send cases: elem points to the value to send. Receive cases: elem is
// where the value goes (NULL to drop it). Returns the chosen case index,
// or -1 when block is false and no case is ready (the default clause);
// *recv_ok receives the ok of a chosen receive case.
enum { SELECT_RECV = 0, SELECT_SEND = 1 };
typedef struct GoSelectCase {
	GoChan *c;
	void *elem;
	intptr_t dir;              // SELECT_RECV or SELECT_SEND
} GoSelectCase;
intptr_t runtime_select(GoSelectCase *cases, intptr_t n, bool block, bool *recv_ok);

// defer / panic / recover. A function containing defer statements keeps
// one GoDeferFrame in its own frame and:
//   - right after its prologue (with %rsp at its body value):
//       runtime_deferframe_push(&frame, &&landing)
//     which records %rsp/%rbp and the callee-saved registers, and links
//     the frame into the goroutine's chain;
//   - for each defer statement: runtime_deferproc(&frame, closure, NULL, 0)
//     (the compiler wraps a call with arguments in a closure that has
//     none; the runtime's own C callers pass an argument block);
//   - at `landing`, the single return path every return statement jumps
//     to once the result slots are set: runtime_deferreturn(&frame), then
//     load the results and return. Results must start zeroed (they do).
// When a deferred call recovers a panic, the runtime resumes at `landing`
// with %rsp, %rbp, %rbx, %r12-%r15 as they were recorded, so the
// remaining deferred calls run and the function returns its result slots
// (which deferred closures may have modified: named results).
typedef struct GoDefer GoDefer;
typedef struct GoDeferFrame {
	struct GoDeferFrame *link; // 0: enclosing frame of the same goroutine
	GoDefer *defers;           // 8: pending deferred calls, last first
	void *landing;             // 16
	uintptr_t rsp, rbp;        // 24, 32
	uintptr_t rbx, r12, r13, r14, r15;  // 40..72
} GoDeferFrame;                // 80 bytes; codegen reserves this much in the frame
GOSCAPE_ABI_AT(GoDeferFrame, link, ABI_DEFER_LINK);
GOSCAPE_ABI_AT(GoDeferFrame, defers, ABI_DEFER_DEFERS);
GOSCAPE_ABI_AT(GoDeferFrame, landing, ABI_DEFER_LANDING);
GOSCAPE_ABI_AT(GoDeferFrame, rsp, ABI_DEFER_RSP);
GOSCAPE_ABI_AT(GoDeferFrame, rbp, ABI_DEFER_RBP);
GOSCAPE_ABI_AT(GoDeferFrame, rbx, ABI_DEFER_RBX);
GOSCAPE_ABI_AT(GoDeferFrame, r15, ABI_DEFER_RBX + 32);
_Static_assert(sizeof(GoDeferFrame) == ABI_DEFER_BYTES, "GoDeferFrame size: update abi.h");
void runtime_deferframe_push(GoDeferFrame *f, void *landing);   // context.S
void runtime_deferproc(GoDeferFrame *f, void *closure, const void *args, uintptr_t argsize);
void runtime_deferreturn(GoDeferFrame *f);
// recover(): argp is the caller's incoming argument area (16(%rbp)); only
// a function called directly by the panic machinery as a deferred call
// recovers. *dst = the panic value, or nil.
void runtime_gorecover(GoEface *dst, uintptr_t argp);
// Prologue of a go/defer wrapper closure, argp its incoming area: if the
// panic machinery called it, the call it wraps (incoming area callee_argp)
// counts as the deferred call for recover().
void runtime_wrapper_argp(uintptr_t argp, uintptr_t callee_argp);

#endif

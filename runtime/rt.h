// rt.h - declarations shared by the runtime's own files (not part of the
// ABI with generated code, which is goscape.h).
#ifndef GOSCAPE_RT_H
#define GOSCAPE_RT_H

#include <stdarg.h>
#include "goscape.h"

// ---- byte buffers built with malloc (never hold the only pointer to a Go object) ----
typedef struct RtBuf {
	char *p;
	size_t len, cap;
} RtBuf;

void buf_write(RtBuf *b, const void *p, size_t n);
void buf_byte(RtBuf *b, char c);
void buf_str(RtBuf *b, const char *s);
void buf_gostr(RtBuf *b, const GoString *s);
void buf_printf(RtBuf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void buf_vprintf(RtBuf *b, const char *fmt, va_list ap) __attribute__((format(printf, 2, 0)));
void buf_rune(RtBuf *b, int32_t r);         // UTF-8 encodes r (invalid -> U+FFFD)
void buf_free(RtBuf *b);
// Copies the buffer into a fresh Go string (noscan heap block).
GoString buf_to_gostring(const RtBuf *b);

// memcmp(a, b, n) == 0 that allows NULL when n == 0 (the empty string's
// pointer may be nil; memcmp's arguments may not, even for n == 0).
static inline bool mem_eq(const void *a, const void *b, size_t n) {
	return n == 0 || __builtin_memcmp(a, b, n) == 0;
}

// printf arguments for a GoString: "%.*s"
#define GOSTR_ARG(s) (int)(s).len, (const char *)(s).ptr

// ---- process (os.c, signal.c) ----
extern void *runtime_stack_top;  // highest address of the running stack (the GC scans up to it)
void rt_install_signals(void);

// ---- stacks (stack.c; the prologue's check is in goscape.h) ----
void stack_alloc(uintptr_t *lo, uintptr_t *hi);     // a goroutine's slot, usable [lo, hi)
void stack_release(uintptr_t lo, uintptr_t hi);     // a dead one's deep pages back to the OS
void stack_set_running(uintptr_t lo, uintptr_t hi); // the stack now running (lo 0: the OS stack)
uintptr_t stack_running_lo(void);                   // its lowest address (0: the OS stack)
// Runs body on a fresh stack for the main goroutine, then exits 0.
_Noreturn void stack_run_main(void (*body)(void));
// Leaves the running stack for good: fn runs with %rsp = sp, %rbp = fp.
_Noreturn void stack_call_on(uintptr_t sp, void (*fn)(void), uintptr_t fp);   // context.S

// ---- output (os.c) ----
void rt_stdout_write(const void *p, size_t n);   // buffered fd 1
void rt_stdout_flush(void);
void rt_stderr_write(const void *p, size_t n);   // fd 2, flushes stdout first
_Noreturn void rt_exit(int code);                // flushes stdout, exits

// ---- UTF-8 (utf8.c) ----
enum { RUNE_ERROR = 0xFFFD, RUNE_MAX = 0x10FFFF };
int utf8_encode(uint8_t out[4], int32_t r);      // returns 1..4; invalid -> U+FFFD
// Decodes at p[0..n) (n > 0): returns the width (1 for invalid bytes, rune = U+FFFD).
int utf8_decode(const uint8_t *p, intptr_t n, int32_t *rune);
intptr_t utf8_count(const uint8_t *p, intptr_t n);
bool rune_is_print(int32_t r);                   // strconv.IsPrint (utf8_isprint.c)

// ---- types (type.c) ----
bool type_is_pointer_shaped(const GoType *t);
bool type_same(const GoType *a, const GoType *b);
// The dynamic type of an interface value stored at p of interface type t.
const GoType *iface_dyntype(const GoType *t, const void *p);
// Address of the value held by an interface-like pair (type, data word).
const void *eface_valueptr(const GoType *dyn, void *const *dataword);
// Finds a method by name in t's method set, or NULL.
void *type_method(const GoType *t, const char *name);
// Whether == is defined on the type (an uncomparable one makes hashing panic).
bool type_comparable(const GoType *t);

// ---- calling Go code from C (callgo.S) ----
// Copies argsize bytes (a multiple of 8: arguments then result space) to
// the outgoing area, calls fn with ctx in %rdx, copies the area back.
void runtime_call_go(void *fn, void *args, size_t argsize, void *ctx);

// Calls fn(arg) and stops any panic raised inside it, like a deferred
// recover() in a Go caller would (fmt's catchPanic): returns whether one
// was recovered, its value in out->value (callgo.S; rt_recover_into in
// panic.c is the recover half).
typedef struct RtRecovery {
	bool recovered;            // must stay the first byte (callgo.S)
	GoEface value;
} RtRecovery;
bool rt_call_recovering(void (*fn)(void *), void *arg, RtRecovery *out);
void rt_recover_into(RtRecovery *out, uintptr_t argp);
// Calls a `func() string` method fn on the receiver data word, stopping a
// panic inside the method: false, with the panic in *rec (type.c).
bool call_string_method_recovering(void *fn, void *recvword, GoString *result, RtRecovery *rec);

// ---- hashing and equality of Go values (hash.c) ----
uint64_t hash_bytes(const void *p, size_t n, uint64_t seed);
uint64_t hash_value(const GoType *t, const void *p, uint64_t seed);
uint64_t rt_random(void);

// ---- panics (panic.c) ----
// Runtime errors panic with "runtime error: <msg>" (recoverable: the
// defer machinery in defer_panic.c runs deferred calls first, and prints
// "panic: ..." and exits 2 when nothing recovers).
_Noreturn void rt_panic_runtime_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
// Panics without the "runtime error: " prefix ("assignment to entry in nil map").
_Noreturn void rt_panic_plain(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
// The message text of a bounds failure, as Go's boundsError.Error() builds it.
enum { BOUNDS_INDEX = -1 };  // an index check, besides goscape.h's SLICE_* ones
void rt_format_bounds(RtBuf *b, int which, int64_t x, int64_t y, bool x_unsigned);
// Formats panic(v)'s value as Go's printpanicval does.
void rt_format_panic_value(RtBuf *b, const GoEface *v);
// Writes the goroutine header and traceback-like tail, then exits 2.
_Noreturn void rt_die_after_panic(void);
_Noreturn void rt_fatal(const char *msg);  // "fatal error: msg", exit 2, not recoverable
// The nil dereference panic with its "[signal ...]" line (signal.c, panicnil).
_Noreturn void rt_report_nil_deref(uintptr_t addr, uintptr_t pc, const char *signame, int code);

// ---- print formatting (print.c) ----
void rt_format_float_print(RtBuf *b, double v);  // println's +1.500000e+000 form

#endif

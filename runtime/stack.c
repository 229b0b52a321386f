// stack.c - goroutine stacks: where they live, the limit the generated
// code checks, giving memory of dead stacks back, and the overflow report.
//
// A stack never moves (the collector is conservative, so pointers into
// a frame cannot be rewritten) and never grows in pieces: each goroutine
// gets a fixed reservation of address space up front, big enough for
// deep recursion, of which only the touched pages cost memory. The
// reservations are slots carved from a few large MAP_NORESERVE mappings
// (CHUNK_SLOTS slots each), all read-write: no guard pages, since each
// one would split a mapping in two and 100k goroutines would then exceed
// vm.max_map_count. Instead every Go function compares, in its prologue,
// the stack pointer less its frame with runtime_stack_guard, the running
// stack's lowest address plus STACK_GUARD (codegen/gen_func.c), as Go's
// prologues compare with g.stackguard0. The STACK_GUARD bytes below the
// limit are for C code of the runtime, which has no checks.
//
//   slot:  lo ... lo+STACK_GUARD (limit) ......... frames ... hi
//
// Address space is the budget: 128 TiB of user space holds the heap's
// reservation and about 450k slots of GOROUTINE_STACK bytes.
#include <sys/mman.h>
#include "heap.h"
#include "rt.h"

enum {
	STACK_GUARD = 256 << 10,   // below the limit: room for the runtime's C frames
	STACK_KEEP = 16 << 10,     // top of a dead stack kept resident for its next goroutine
	CHUNK_SLOTS = 64,          // goroutine slots per mapping (16 GiB)
};
// Go stops a stack at 512 MiB (the next doubling would pass its 1e9-byte
// maxstacksize); main gets that, a goroutine half of it so that many
// more of them fit in the address space.
#define MAIN_STACK ((uintptr_t)512 << 20)
#define GOROUTINE_STACK ((uintptr_t)256 << 20)

uintptr_t runtime_stack_guard;

static uint8_t *chunk;         // the mapping slots are carved from
static int chunk_used;         // slots of it handed out

static uint8_t *reserve(uintptr_t size) {
	void *p = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
	if (p == MAP_FAILED)
		rt_fatal("runtime: cannot allocate goroutine stack");
	return p;
}

void stack_alloc(uintptr_t *lo, uintptr_t *hi) {
	if (!chunk || chunk_used == CHUNK_SLOTS) {
		chunk = reserve(CHUNK_SLOTS * GOROUTINE_STACK);
		chunk_used = 0;
	}
	*lo = (uintptr_t)chunk + (uintptr_t)chunk_used++ * GOROUTINE_STACK;
	*hi = *lo + GOROUTINE_STACK;
}

// Everything but the top STACK_KEEP bytes, which a new goroutine touches
// at once: reusing a dead goroutine's stack then costs no page fault.
void stack_release(uintptr_t lo, uintptr_t hi) {
	madvise((void *)lo, hi - STACK_KEEP - lo, MADV_DONTNEED);
}

void stack_set_running(uintptr_t lo, uintptr_t hi) {
	runtime_stack_top = (void *)hi;
	runtime_stack_guard = lo ? lo + STACK_GUARD : 0;
}

uintptr_t stack_running_lo(void) {
	return runtime_stack_guard ? runtime_stack_guard - STACK_GUARD : 0;
}

#if defined(__SANITIZE_ADDRESS__)
#include <sanitizer/common_interface_defs.h>
// A stack left for good: ASan learns the new one's bounds (else it takes
// deep frames for a stack of half a gigabyte and warns).
#define fiber_leave(lo, size) __sanitizer_start_switch_fiber(NULL, lo, size)
#define fiber_enter() __sanitizer_finish_switch_fiber(NULL, NULL, NULL)
#else
#define fiber_leave(lo, size) ((void)0)
#define fiber_enter() ((void)0)
#endif

// The main goroutine's body, started on its own stack by stack_run_main.
static void (*main_body)(void);

static _Noreturn void enter_main(void) {
	fiber_enter();
	main_body();
	rt_exit(0);
}

_Noreturn void stack_run_main(void (*body)(void)) {
	uint8_t *lo = reserve(MAIN_STACK);
	main_body = body;
	stack_set_running((uintptr_t)lo, (uintptr_t)lo + MAIN_STACK);
	fiber_leave(lo, MAIN_STACK);
	stack_call_on((uintptr_t)lo + MAIN_STACK, enter_main, 0);
}

// Go's report runs on a stack of its own, as Go's morestack runs on g0:
// a fault handler may call it with no room left on the goroutine's. The
// frame pointer chain still leads into the goroutine's frames.
static uint8_t report_stack[64 << 10] __attribute__((aligned(16)));
static uintptr_t overflow_sp;

static _Noreturn void report_overflow(void) {
	fiber_enter();
	RtBuf b = {0};
	buf_printf(&b, "runtime: goroutine stack exceeds 1000000000-byte limit\n"
	               "runtime: sp=0x%lx stack=[0x%lx, 0x%lx]\nfatal error: stack overflow\n",
	           (unsigned long)overflow_sp, (unsigned long)stack_running_lo(),
	           (unsigned long)(uintptr_t)runtime_stack_top);
	rt_stderr_write(b.p, b.len);
	rt_die_after_panic();
}

// Called with the stack pointer of a function whose frame does not fit
// (its prologue's cold path), and by the fault handler for a fault next
// to the stack pointer (on the signal stack).
_Noreturn void runtime_morestack(uintptr_t sp) {
	overflow_sp = sp;
	fiber_leave(report_stack, sizeof report_stack);
	stack_call_on((uintptr_t)report_stack + sizeof report_stack, report_overflow,
	              (uintptr_t)__builtin_frame_address(0));
}

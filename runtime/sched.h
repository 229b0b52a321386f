// sched.h - internals of goroutines, channels and defer/panic (the
// "sched" files: sched*.c, chan*.c, select*.c, defer*.c, context.S).
//
// One OS thread runs every goroutine, cooperatively, like Go with one P:
// a goroutine runs until it blocks on a channel or exits. The main
// goroutine and the others run on stacks of stack.c (in the runtime's unit
// tests main stays on the OS stack). Readying a goroutine puts it in the "run next" slot (the
// previous occupant moves to the tail of the FIFO run queue), which is
// what gives Go 1.19's observable orderings (docs/go-runtime.md 9.3).
#ifndef GOSCAPE_SCHED_H
#define GOSCAPE_SCHED_H

#include "rt.h"

enum { G_RUNNABLE, G_RUNNING, G_WAITING, G_DEAD };

typedef struct G G;
typedef struct Sudog Sudog;
typedef struct GoPanic GoPanic;

// A goroutine. Allocated with runtime_alloc(..., false) and kept on the
// allgs list so the collector sees everything it points to.
struct G {
	uintptr_t sp;              // saved stack pointer while not running (context.S)
	uintptr_t stack_lo, stack_hi;  // its stack (stack.c); lo 0: the OS stack
	bool stack_released;       // dead, and its pages given back
	int64_t id;
	int status;
	const char *waitreason;    // "chan receive", ... while G_WAITING
	G *schedlink;              // run queue / free list
	G *alllink;                // every goroutine ever created
	// What the goroutine runs: a Go closure with an argument block, or a
	// C function (tests).
	void *closure, *args;
	uintptr_t argsize;
	void (*cfn)(void *);
	void *carg;
	// Channel waits: the sudog that woke us, and select's "already won" flag.
	Sudog *waking;
	bool selectdone;
	// defer / panic
	GoDeferFrame *frames;      // innermost function with defers first
	GoPanic *panic;            // innermost active panic first
	const char *sigline;       // "[signal ...]" of a fault being panicked, else NULL
	uintptr_t gopc;            // return address of the go statement's call (traceback's "created by")
	bool system;               // the runtime's own (finalizer.c): not counted, not shown
};

// A goroutine waiting on a channel (one per case for select).
struct Sudog {
	G *g;
	GoChan *c;
	void *elem;                // value to send / where to receive
	Sudog *next, *prev;
	bool isselect;
	bool queued;               // on its channel's queue
	bool success;              // woken by a communication (false: by close)
	intptr_t caseindex;
};

typedef struct WaitQ {
	Sudog *first, *last;
} WaitQ;

struct GoChan {
	intptr_t qcount;           // 0: elements in buf (len)
	intptr_t dataqsiz;         // 8: capacity
	uint8_t *buf;
	const GoType *elemtype;
	uintptr_t elemsize;
	uintptr_t sendx, recvx;
	bool closed;
	WaitQ recvq, sendq;
};

// A deferred call: the closure and a copy of its argument block.
struct GoDefer {
	GoDefer *link;
	void *closure;
	uintptr_t argsize;
	bool started;              // being run by a panic
	GoPanic *panic;            // that panic (marked aborted if another takes over)
	uint64_t args[];
};

// An active panic (docs/go-runtime.md 5.4 for how chains print).
struct GoPanic {
	GoEface arg;
	GoPanic *link;             // the panic that was active when this one began
	uintptr_t argp;            // incoming area of the deferred call now running
	uintptr_t fp;              // frame of the C function running its deferred calls
	const char *file;          // and where it calls them, for tracebacks
	int line;
	bool recovered, aborted;
};

// Under AddressSanitizer, stack memory that frames left without returning
// (a dead goroutine's stack being reused, frames a recovery jumps over)
// keeps their redzone poison: clear it before running code there again.
#if defined(__SANITIZE_ADDRESS__)
#include <sanitizer/asan_interface.h>
#define stack_unpoison(lo, hi) \
	__asan_unpoison_memory_region((void *)(lo), (size_t)((uintptr_t)(hi) - (uintptr_t)(lo)))
#else
#define stack_unpoison(lo, hi) ((void)0)
#endif

// ---- scheduler (sched.c) ----
extern G *sched_cur;           // the running goroutine (NULL before the first switch need)
G *sched_current(void);        // sched_cur, creating the main G on first use

// Tracebacks (traceback.c): "\ngoroutine N [state]:" and the frames of
// the running goroutine (from the caller of rt_format_traceback), or of
// a suspended one.
void rt_format_traceback(RtBuf *b);
void rt_format_traceback_waiting(RtBuf *b, const G *g);
// Every live goroutine's traceback, the running one's from the caller on.
void sched_format_all(RtBuf *b);
// Blocks the current goroutine until sched_ready; reports a deadlock when
// nothing else can run.
void sched_park(const char *reason);
void sched_ready(G *g);        // make g runnable, next in line
_Noreturn void sched_block_forever(const char *reason);
// Ends the running goroutine (its deferred calls already ran); the main
// goroutine instead waits forever.
_Noreturn void sched_goexit(void);
// Starts a goroutine running fn(arg) (C code: the unit tests, finalizers).
G *sched_go_c(void (*fn)(void *), void *arg);
// Runs other goroutines until all of them are blocked or dead (tests).
void sched_yield_all(void);

// context.S
void sched_switch(uintptr_t *save_sp, uintptr_t new_sp);
void sched_gostart(void);      // first return address of a new goroutine
// Calls a Go closure with a copy of the argument block; *argp_out (if
// not NULL) receives the address of the callee's incoming area.
void defer_call_go(void *closure, const void *args, uintptr_t argsize, uintptr_t *argp_out);
_Noreturn void defer_resume(GoDeferFrame *f);   // jump to f->landing with f's registers

// ---- timers (timer.c) ----
int64_t rt_nanotime(void);     // CLOCK_MONOTONIC in nanoseconds
bool timers_pending(void);
void timers_run(int64_t now);  // runs the timers due at now
// Sleeps until the earliest timer is due and runs it; false when there
// is none (a deadlock, if nothing can run).
bool timers_wait(void);

// The earliest pending timer's deadline (rt_nanotime), -1 if none.
int64_t timers_next(void);

// ---- the poller (netpoll.c) ----
bool netpoll_waiting(void);    // some goroutine waits for a descriptor
// Readies the goroutines whose descriptors are ready, first waiting for
// one until `until` (rt_nanotime; -1 for ever, 0 not at all).
void netpoll(int64_t until);
// Waits, letting the other goroutines run, until child pid changes state.
void netpoll_wait_child(int pid);

// ---- wait queues (chan.c) ----
void waitq_push(WaitQ *q, Sudog *s);
void waitq_remove(WaitQ *q, Sudog *s);
Sudog *waitq_pop_ready(WaitQ *q);    // first waiter that can still be woken
// Non-blocking halves of send/receive shared with select: true when done.
bool chan_trysend(GoChan *c, const void *elem);
bool chan_tryrecv(GoChan *c, void *elem, bool *ok);

// ---- panics (defer_panic.c) ----
// Raises a panic with value v: runs deferred calls, resumes a recovering
// frame or prints the panic chain and exits 2.
_Noreturn void rt_panic_value(const GoEface *v);
// A run-time error with Go's message text (one line; an optional second
// line "[signal ...]" for faults): panics with the matching runtime error
// value (runtime.boundsError, runtime.errorString, runtime.plainError,
// *runtime.TypeAssertionError), which prints as the text.
_Noreturn void rt_panic_text(const char *text, size_t len);
#define rt_panic_literal(s) rt_panic_text(s, sizeof(s) - 1)
// signal.c, for a nil dereference fault: rewrites the interrupted context
// so that, once the handler returns, the faulting goroutine itself raises
// the panic (recoverable, and on the right stack for the GC).
void rt_sigpanic_redirect(void *ucontext, uintptr_t addr, uintptr_t pc, const char *signame, int code);

#endif

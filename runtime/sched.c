// sched.c - goroutines on one OS thread: creating them, the run queue
// (a "run next" slot plus a FIFO, as in Go's P), parking and readying,
// the deadlock report, and the suspended stacks the collector must scan
// (and, once dead, give back: stack.c says where stacks live).
#include <string.h>
#include "heap.h"
#include "sched.h"

enum {
	FIRST_GOID = 18,           // what Go's user goroutines usually get (only 1 matters)
};

G *sched_cur;
// Every goroutine in creation order (main first), for the deadlock
// report and the collector; dead ones stay listed and are reused.
static G *allgs, *allgs_tail;
static G *gfree;
static G *runnext, *runq_head, *runq_tail;
static int64_t next_goid = FIRST_GOID;

static void scan_suspended_stacks(void (*scan)(uintptr_t lo, uintptr_t hi)) {
	for (G *g = allgs; g; g = g->alllink)
		if (g != sched_cur && g->status != G_DEAD)
			scan(g->sp, g->stack_hi);
}

// After a collection, like Go's markrootFreeGStacks: the pages of stacks
// whose goroutines died since the last one go back to the OS. A stack
// reused in between never costs a system call.
static void release_dead_stacks(void) {
	for (G *g = gfree; g && !g->stack_released; g = g->schedlink) {
		stack_release(g->stack_lo, g->stack_hi);
		g->stack_released = true;
	}
}

static void add_to_allgs(G *g) {
	if (allgs_tail)
		allgs_tail->alllink = g;
	else
		allgs = g;
	allgs_tail = g;
}

// The main goroutine is created the first time the scheduler is needed;
// it runs on the stack it already has (main.c's, or the OS stack in the
// runtime's unit tests).
G *sched_current(void) {
	if (sched_cur)
		return sched_cur;
	G *g = runtime_alloc(sizeof *g, false);
	g->id = 1;
	g->status = G_RUNNING;
	g->stack_lo = stack_running_lo();
	g->stack_hi = gc_stack_top();
	add_to_allgs(g);
	sched_cur = g;
	runtime_gc_scan_stacks = scan_suspended_stacks;
	runtime_gc_release_stacks = release_dead_stacks;
	return g;
}

static G *newg(void) {
	sched_current();
	// Not the dead goroutine whose last call into the scheduler is still
	// running (a timer's function starting a goroutine, timer.c).
	G **link = &gfree;
	if (*link == sched_cur)
		link = &sched_cur->schedlink;
	G *g = *link;
	if (g) {
		*link = g->schedlink;
		// Frames below the dead goroutine's last sp all returned (or were
		// unpoisoned by the recovery that jumped over them).
		stack_unpoison(g->sp, g->stack_hi);
	} else {
		g = runtime_alloc(sizeof *g, false);
		stack_alloc(&g->stack_lo, &g->stack_hi);
		add_to_allgs(g);
	}
	g->id = next_goid++;
	g->schedlink = NULL;
	g->stack_released = false;
	// The first switch pops six zero registers and returns to sched_gostart.
	uintptr_t *sp = (uintptr_t *)g->stack_hi;
	*--sp = 0;
	*--sp = (uintptr_t)sched_gostart;
	for (int i = 0; i < 6; i++)
		*--sp = 0;
	g->sp = (uintptr_t)sp;
	return g;
}

static void runq_put_tail(G *g) {
	g->schedlink = NULL;
	if (runq_tail)
		runq_tail->schedlink = g;
	else
		runq_head = g;
	runq_tail = g;
}

static G *runq_get(void) {
	G *g = runnext;
	if (g) {
		runnext = NULL;
		return g;
	}
	g = runq_head;
	if (g) {
		runq_head = g->schedlink;
		if (!runq_head)
			runq_tail = NULL;
	}
	return g;
}

void sched_ready(G *g) {
	g->status = G_RUNNABLE;
	g->waitreason = NULL;
	if (runnext)
		runq_put_tail(runnext);
	runnext = g;
}

void sched_format_all(RtBuf *b) {
	for (G *g = allgs; g; g = g->alllink) {
		if (g->status == G_DEAD || g->system)
			continue;
		if (g == sched_cur)
			rt_format_traceback(b);
		else
			rt_format_traceback_waiting(b, g);
	}
}

static bool main_exited;   // the main goroutine called runtime.Goexit

static _Noreturn void report_deadlock(void) {
	if (main_exited) {   // Go shows no goroutine here
		static const char msg[] = "fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n";
		rt_stderr_write(msg, sizeof msg - 1);
		rt_exit(2);
	}
	RtBuf b = {0};
	buf_str(&b, "fatal error: all goroutines are asleep - deadlock!\n");
	sched_format_all(&b);
	rt_stderr_write(b.p, b.len);
	buf_free(&b);
	rt_exit(2);
}

#if defined(__SANITIZE_ADDRESS__)
#include <sanitizer/common_interface_defs.h>
// AddressSanitizer must be told about stack switches: its idea of the
// current stack decides what __asan_handle_no_return may clear.
static G *switching_from;
static const void *main_bottom;   // of the OS stack, learnt when main first switches away
static size_t main_size;

static void fiber_leave(G *prev, G *next, void **fake) {
	switching_from = prev;
	bool to_os_stack = next->stack_lo == 0;   // main in the runtime's unit tests
	__sanitizer_start_switch_fiber(prev->status == G_DEAD ? NULL : fake,
	                               to_os_stack ? main_bottom : (const void *)next->stack_lo,
	                               to_os_stack ? main_size : next->stack_hi - next->stack_lo);
}

static void fiber_enter(void *fake) {
	const void *bottom;
	size_t size;
	__sanitizer_finish_switch_fiber(fake, &bottom, &size);
	if (switching_from->stack_lo == 0) {
		main_bottom = bottom;
		main_size = size;
	}
}
#else
static void fiber_leave(G *prev, G *next, void **fake) {}
static void fiber_enter(void *fake) {}
#endif

// Runs the due timers, readies the goroutines whose I/O is ready, and
// runs the next runnable goroutine (waiting for I/O or a timer when none
// is); returns when the current one is resumed. The
// caller has already set the current goroutine's status.
static void schedule(void) {
	G *prev = sched_cur;
	if (timers_pending())
		timers_run(rt_nanotime());
	if (netpoll_waiting())
		netpoll(0);
	G *next;
	while (!(next = runq_get())) {
		if (netpoll_waiting()) {   // not a deadlock: wait for I/O or the next timer
			netpoll(timers_next());
			timers_run(rt_nanotime());
		} else if (!timers_wait())
			report_deadlock();
	}
	next->status = G_RUNNING;
	if (next == prev)
		return;
	sched_cur = next;
	stack_set_running(next->stack_lo, next->stack_hi);
	void *fake = NULL;
	fiber_leave(prev, next, &fake);
	sched_switch(&prev->sp, next->sp);
	fiber_enter(fake);
}

void sched_park(const char *reason) {
	G *g = sched_current();
	g->status = G_WAITING;
	g->waitreason = reason;
	schedule();
}

_Noreturn void sched_block_forever(const char *reason) {
	sched_park(reason);
	rt_fatal("runtime: goroutine blocked forever was woken");
}

void sched_yield_all(void) {
	G *g = sched_current();
	while (runnext || runq_head) {
		g->status = G_RUNNABLE;
		runq_put_tail(g);
		schedule();
	}
}

_Noreturn void sched_goexit(void) {
	G *g = sched_cur;
	if (g->id == 1) {
		// main runs on the process's stack, which no other goroutine may
		// reuse: it waits forever instead, and a deadlock says why
		main_exited = true;
		g->frames = NULL;
		g->panic = NULL;
		sched_block_forever("goexit");
	}
	g->status = G_DEAD;
	g->closure = g->args = g->carg = NULL;
	g->cfn = NULL;
	g->frames = NULL;
	g->panic = NULL;
	g->schedlink = gfree;
	gfree = g;
	schedule();
	rt_fatal("runtime: dead goroutine resumed");
}

// The first C frame of every goroutine but main (called by sched_gostart).
_Noreturn void sched_goentry(void);
_Noreturn void sched_goentry(void) {
	fiber_enter(NULL);
	G *g = sched_cur;
	if (g->cfn)
		g->cfn(g->carg);
	else
		defer_call_go(g->closure, g->args, g->argsize, NULL);
	sched_goexit();
}

void runtime_go(void *closure, const void *args, uintptr_t argsize) {
	if (!closure)
		rt_fatal("go of nil func value");
	G *g = newg();
	g->gopc = (uintptr_t)__builtin_return_address(0);
	g->closure = closure;
	g->system = false;
	g->argsize = (argsize + 7) & ~(uintptr_t)7;
	g->args = runtime_alloc(g->argsize, false);
	if (argsize)
		memcpy(g->args, args, argsize);
	sched_ready(g);
}

G *sched_go_c(void (*fn)(void *), void *arg) {
	G *g = newg();
	g->cfn = fn;
	g->carg = arg;
	g->system = false;
	sched_ready(g);
	return g;
}

// runtime.Gosched (lib/runtime): the current goroutine goes to the back
// of the run queue and the next runnable one runs.
void runtime_gosched(void) {
	G *g = sched_current();
	g->status = G_RUNNABLE;
	runq_put_tail(g);
	schedule();
}

// runtime.NumGoroutine: the goroutines that have not exited.
intptr_t runtime_numgoroutine(void) {
	sched_current();
	intptr_t n = 0;
	for (G *g = allgs; g; g = g->alllink)
		n += g->status != G_DEAD && !g->system;
	return n;
}

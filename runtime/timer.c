// timer.c - the time package's body-less functions (GOROOT's time
// compiles from source over these; entry points in hooks.S): the wall
// and monotonic clocks, time.Sleep, and the timers behind time.Timer,
// Ticker, After and AfterFunc. Every pending timer is in one min-heap by
// deadline; the scheduler (sched.c) runs the due ones each time it picks
// a goroutine, and when nothing can run it sleeps until the earliest one
// instead of reporting a deadlock, as Go's checkdead does.
#include <stdint.h>
#include <time.h>
#include "sched.h"

// time.runtimeTimer, which Go's runtime shares with package time. pp is
// Go's P; goscape keeps 1 + the timer's index in the heap there while it
// is pending (0 otherwise). A timer with no f is a sleeping goroutine's
// (arg.data is the G).
typedef struct GoTimer {
	uintptr_t pp;
	int64_t when, period;
	void *f;                   // func(arg any, seq uintptr), not a closure
	GoEface arg;
	uintptr_t seq;
	int64_t nextwhen;
	uint32_t status;
} GoTimer;

// The heap lives in the GC heap (so it keeps the timers alive, as Go's
// runtime does for a timer nothing else references) and is reached from
// here, a root.
static GoTimer **heap;
static intptr_t nheap, capheap;

int64_t rt_nanotime(void) {
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

static void heap_set(intptr_t i, GoTimer *t) {
	heap[i] = t;
	t->pp = (uintptr_t)i + 1;
}

static void sift_up(intptr_t i) {
	GoTimer *t = heap[i];
	while (i > 0) {
		intptr_t parent = (i - 1) / 2;
		if (heap[parent]->when <= t->when)
			break;
		heap_set(i, heap[parent]);
		i = parent;
	}
	heap_set(i, t);
}

static void sift_down(intptr_t i) {
	GoTimer *t = heap[i];
	for (;;) {
		intptr_t c = 2 * i + 1;
		if (c >= nheap)
			break;
		if (c + 1 < nheap && heap[c + 1]->when < heap[c]->when)
			c++;
		if (t->when <= heap[c]->when)
			break;
		heap_set(i, heap[c]);
		i = c;
	}
	heap_set(i, t);
}

static void timer_add(GoTimer *t) {
	if (t->when < 0)   // overflowed: never, in practice
		t->when = INT64_MAX;
	if (nheap == capheap) {
		intptr_t cap = capheap ? 2 * capheap : 16;
		GoTimer **bigger = runtime_alloc((uintptr_t)cap * sizeof *bigger, false);
		for (intptr_t i = 0; i < nheap; i++)
			bigger[i] = heap[i];
		heap = bigger;
		capheap = cap;
	}
	heap_set(nheap++, t);
	sift_up(nheap - 1);
}

// Takes t out of the heap; false when it was not pending.
static bool timer_del(GoTimer *t) {
	if (!t->pp)
		return false;
	intptr_t i = (intptr_t)t->pp - 1;
	t->pp = 0;
	GoTimer *last = heap[--nheap];
	heap[nheap] = NULL;
	if (i < nheap) {
		heap_set(i, last);
		sift_down(i);
		sift_up((intptr_t)last->pp - 1);
	}
	return true;
}

bool timers_pending(void) { return nheap > 0; }

// Runs the timers due at now, earliest first: a sleeping goroutine is
// readied, a timer's f(arg, seq) is called on the current stack (time's
// functions only send without blocking or start a goroutine), a
// periodic timer is put back for its next period.
void timers_run(int64_t now) {
	while (nheap > 0 && heap[0]->when <= now) {
		GoTimer *t = heap[0];
		if (t->period > 0) {
			t->when += t->period * (1 + (now - t->when) / t->period);
			if (t->when < 0)
				t->when = INT64_MAX;
			sift_down(0);
		} else {
			timer_del(t);
		}
		if (!t->f) {
			sched_ready(t->arg.data);
			continue;
		}
		struct { GoEface arg; uintptr_t seq; } args = {t->arg, t->seq};
		runtime_call_go(*(void **)t->f, &args, sizeof args, t->f);
	}
}

int64_t timers_next(void) {
	return nheap ? heap[0]->when : -1;
}

// Nothing can run: sleeps until the earliest timer is due and runs the
// due ones. False when there is no timer to wait for.
bool timers_wait(void) {
	if (nheap == 0)
		return false;
	int64_t when = heap[0]->when;
	struct timespec ts = {when / 1000000000, when % 1000000000};
	while (clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &ts, NULL) != 0) {
	}
	timers_run(rt_nanotime());
	return true;
}

// The argument blocks of the hooks (codegen's 8-byte slots).
typedef struct { int64_t sec; int32_t nsec; int64_t mono; } NowFrame;
typedef struct { GoTimer *t; bool pending; } StopFrame;
typedef struct { GoTimer *t; int64_t when; bool pending; } ResetFrame;
typedef struct { GoTimer *t; int64_t when, period; void *f; GoEface arg; uintptr_t seq; } ModFrame;

// func now() (sec int64, nsec int32, mono int64)
void hook_time_now(NowFrame *f) {
	struct timespec ts;
	clock_gettime(CLOCK_REALTIME, &ts);
	f->sec = ts.tv_sec;
	f->nsec = (int32_t)ts.tv_nsec;
	f->mono = rt_nanotime();
}

// func runtimeNano() int64
void hook_time_nano(int64_t *f) { f[0] = rt_nanotime(); }

// func Sleep(d Duration): the goroutine waits on a timer of its own, on
// its stack (which stays put while it is parked).
void hook_time_sleep(int64_t *f) {
	int64_t d = f[0];
	if (d <= 0)
		return;
	GoTimer t = {.when = rt_nanotime() + d, .arg = {.data = sched_current()}};
	if (t.when < 0)
		t.when = INT64_MAX;
	timer_add(&t);
	sched_park("sleep");
}

// func startTimer(t *runtimeTimer)
void hook_time_start(GoTimer **f) { timer_add(f[0]); }

// func stopTimer(t *runtimeTimer) bool
void hook_time_stop(StopFrame *f) { f->pending = timer_del(f->t); }

// func resetTimer(t *runtimeTimer, when int64) bool
void hook_time_reset(ResetFrame *f) {
	f->pending = timer_del(f->t);
	f->t->when = f->when;
	timer_add(f->t);
}

// func modTimer(t *runtimeTimer, when, period int64, f func(any, uintptr), arg any, seq uintptr)
void hook_time_mod(ModFrame *f) {
	GoTimer *t = f->t;
	timer_del(t);
	t->when = f->when;
	t->period = f->period;
	t->f = f->f;
	t->arg = f->arg;
	t->seq = f->seq;
	timer_add(t);
}

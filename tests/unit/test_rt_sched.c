// test_rt_sched.c - the scheduler, channels and select driven from C:
// goroutine bodies are small C functions started with sched_go_c.
#include <stdio.h>
#include <string.h>
#include "rt_test_main.h"
#include "../../runtime/heap.h"
#include "../../runtime/sched.h"

static const GoType int_type = {.size = 8, .kind = KIND_INT, .align = 8};
static const GoType chan_int = {.size = 8, .kind = KIND_CHAN, .align = 8, .elem = &int_type};

static char trace[256];
static void note(const char *s) { strcat(trace, s); }

static GoChan *ch, *done;

static void receiver3(void *arg) {
	for (int i = 0; i < 3; i++) {
		intptr_t v;
		cr_assert(runtime_chanrecv(ch, &v));
		char s[32];
		snprintf(s, sizeof s, "r%ld ", (long)v);
		note(s);
	}
	intptr_t one = 1;
	runtime_chansend(done, &one);
}

// docs 9.3: the sender keeps running after handing a value to a waiter.
Test(sched, unbuffered_ping_pong_order) {
	ch = runtime_makechan(&chan_int, 0);
	done = runtime_makechan(&chan_int, 0);
	sched_go_c(receiver3, NULL);
	for (intptr_t i = 0; i < 3; i++) {
		char s[32];
		snprintf(s, sizeof s, "s%ld ", (long)i);
		note(s);
		runtime_chansend(ch, &i);
	}
	runtime_chanrecv(done, NULL);
	cr_assert_str_eq(trace, "s0 r0 s1 s2 r1 r2 ");
}

static void append_id(void *arg) {
	char s[32];
	snprintf(s, sizeof s, "%ld ", (long)(intptr_t)arg);
	note(s);
}

// The last goroutine started runs first, the others in FIFO order.
Test(sched, runnext_order) {
	for (intptr_t i = 0; i < 5; i++)
		sched_go_c(append_id, (void *)i);
	sched_yield_all();
	cr_assert_str_eq(trace, "4 0 1 2 3 ");
}

static void send_10_20(void *arg) {
	intptr_t a = 10, b = 20;
	runtime_chansend(ch, &a);
	runtime_chansend(ch, &b);   // blocks: the buffer is full
	note("sent ");
}

Test(sched, buffered_fifo_and_blocked_sender) {
	ch = runtime_makechan(&chan_int, 1);
	cr_assert_eq(runtime_chancap(ch), 1);
	sched_go_c(send_10_20, NULL);
	sched_yield_all();
	cr_assert_eq(runtime_chanlen(ch), 1);
	cr_assert_str_eq(trace, "");
	intptr_t v;
	runtime_chanrecv(ch, &v);
	cr_assert_eq(v, 10);
	cr_assert_eq(runtime_chanlen(ch), 1);   // the blocked value moved in
	runtime_chanrecv(ch, &v);
	cr_assert_eq(v, 20);
	sched_yield_all();
	cr_assert_str_eq(trace, "sent ");
	cr_assert_eq(runtime_chanlen(NULL), 0);
}

static void wait_closed(void *arg) {
	intptr_t v = 99;
	bool ok = runtime_chanrecv(ch, &v);
	cr_assert(!ok);
	cr_assert_eq(v, 0);
	note("w");
}

Test(sched, close_wakes_receivers_and_drains) {
	ch = runtime_makechan(&chan_int, 0);
	for (int i = 0; i < 3; i++)
		sched_go_c(wait_closed, NULL);
	sched_yield_all();
	runtime_closechan(ch);
	sched_yield_all();
	cr_assert_str_eq(trace, "www");

	GoChan *b = runtime_makechan(&chan_int, 3);
	intptr_t x = 7, v;
	runtime_chansend(b, &x);
	runtime_closechan(b);
	cr_assert(runtime_chanrecv(b, &v));
	cr_assert_eq(v, 7);
	cr_assert(!runtime_chanrecv(b, &v));
}

static void send_5(void *arg) {
	intptr_t five = 5;
	runtime_chansend(arg, &five);
}

Test(sched, select_default_ready_and_blocking) {
	GoChan *a = runtime_makechan(&chan_int, 1), *b = runtime_makechan(&chan_int, 0);
	intptr_t v = 0, one = 1;
	bool ok = false;
	GoSelectCase cases[3] = {{a, &v, SELECT_RECV}, {b, &one, SELECT_SEND}, {NULL, &v, SELECT_RECV}};
	cr_assert_eq(runtime_select(cases, 3, false, &ok), -1);
	runtime_chansend(a, &one);
	cr_assert_eq(runtime_select(cases, 3, false, &ok), 0);
	cr_assert(ok);
	cr_assert_eq(v, 1);
	// Blocking: the receive on b is satisfied by a goroutine.
	GoSelectCase wait[2] = {{a, &v, SELECT_RECV}, {b, &v, SELECT_RECV}};
	sched_go_c(send_5, b);
	cr_assert_eq(runtime_select(wait, 2, true, &ok), 1);
	cr_assert(ok);
	cr_assert_eq(v, 5);
	cr_assert_null(a->recvq.first);   // the losing case left its queue
}

Test(sched, select_random_among_ready) {
	GoChan *a = runtime_makechan(&chan_int, 100), *b = runtime_makechan(&chan_int, 100);
	intptr_t v = 1;
	int wins[2] = {0, 0};
	for (int i = 0; i < 100; i++) {
		runtime_chansend(a, &v);
		runtime_chansend(b, &v);
	}
	GoSelectCase cases[2] = {{a, &v, SELECT_RECV}, {b, &v, SELECT_RECV}};
	for (int i = 0; i < 100; i++)
		wins[runtime_select(cases, 2, false, NULL)]++;
	cr_assert(wins[0] > 20 && wins[1] > 20);
}

static void block_on_recv(void *arg) { runtime_chanrecv(arg, NULL); }

Test(sched, deadlock_report, .exit_code = 2) {
	ch = runtime_makechan(&chan_int, 0);
	sched_go_c(block_on_recv, ch);
	runtime_chanrecv(ch, NULL);
}

Test(sched, send_on_closed_panics, .exit_code = 2) {
	ch = runtime_makechan(&chan_int, 1);
	runtime_closechan(ch);
	intptr_t v = 1;
	runtime_chansend(ch, &v);
}

Test(sched, makechan_negative_panics, .exit_code = 2) {
	runtime_makechan(&chan_int, -1);
}

static void **held;
static void hold_and_block(void *arg) {
	void *p = runtime_alloc(64, false);
	memset(p, 0x5a, 64);
	held = &p;                 // only this suspended stack refers to p
	runtime_chanrecv(ch, NULL);
	cr_assert_eq(((unsigned char *)p)[63], 0x5a);
	note("ok");
}

// A collection while a goroutine is suspended keeps what its stack holds.
Test(sched, gc_scans_suspended_stacks) {
	ch = runtime_makechan(&chan_int, 0);
	sched_go_c(hold_and_block, NULL);
	sched_yield_all();
	runtime_gc();
	for (int i = 0; i < 1000; i++)
		memset(runtime_alloc(64, false), 0, 64);
	runtime_closechan(ch);
	sched_yield_all();
	cr_assert_str_eq(trace, "ok");
}

static void close_it(void *arg) { runtime_closechan(arg); }

// A blocked select is woken by close: the receive case wins with ok=false.
Test(sched, select_woken_by_close) {
	GoChan *a = runtime_makechan(&chan_int, 0), *b = runtime_makechan(&chan_int, 0);
	intptr_t v = 9;
	bool ok = true;
	GoSelectCase cases[2] = {{a, &v, SELECT_RECV}, {b, &v, SELECT_RECV}};
	sched_go_c(close_it, b);
	cr_assert_eq(runtime_select(cases, 2, true, &ok), 1);
	cr_assert(!ok);
	cr_assert_eq(v, 0);
	cr_assert_null(a->recvq.first);
}

Test(sched, empty_select_deadlocks, .exit_code = 2) {
	runtime_select(NULL, 0, true, NULL);
}

// chan.c - channels: make, send, receive, close, len, cap, with Go's
// semantics (docs/go-runtime.md 9.1): a waiting partner gets the value
// handed over directly, buffered values are FIFO, a blocked sender's value
// moves into the slot a receive frees, waiters queue FIFO, and close wakes
// everyone.
#include <string.h>
#include "sched.h"

static const uintptr_t MAX_ALLOC = (uintptr_t)1 << 47;

GoChan *runtime_makechan(const GoType *chantype, intptr_t size) {
	const GoType *elem = chantype->elem;
	if (size < 0 || (elem->size && (uintptr_t)size > (MAX_ALLOC - sizeof(GoChan)) / elem->size))
		rt_panic_literal("makechan: size out of range");
	GoChan *c = runtime_alloc(sizeof *c, false);
	c->dataqsiz = size;
	c->elemtype = elem;
	c->elemsize = elem->size;
	uintptr_t bytes = (uintptr_t)size * elem->size;
	if (bytes)
		c->buf = elem->ptrdata ? runtime_new(bytes, elem) : runtime_alloc(bytes, true);
	return c;
}

intptr_t runtime_chanlen(GoChan *c) { return c ? c->qcount : 0; }
intptr_t runtime_chancap(GoChan *c) { return c ? c->dataqsiz : 0; }

void waitq_push(WaitQ *q, Sudog *s) {
	s->next = NULL;
	s->prev = q->last;
	if (q->last)
		q->last->next = s;
	else
		q->first = s;
	q->last = s;
	s->queued = true;
}

void waitq_remove(WaitQ *q, Sudog *s) {
	if (!s->queued)
		return;
	if (s->prev)
		s->prev->next = s->next;
	else
		q->first = s->next;
	if (s->next)
		s->next->prev = s->prev;
	else
		q->last = s->prev;
	s->next = s->prev = NULL;
	s->queued = false;
}

// A select waits on several queues at once; the first case to fire wins
// and its goroutine's other sudogs are dropped as they are met.
Sudog *waitq_pop_ready(WaitQ *q) {
	Sudog *s;
	while ((s = q->first)) {
		waitq_remove(q, s);
		if (!s->isselect)
			return s;
		if (!s->g->selectdone) {
			s->g->selectdone = true;
			return s;
		}
	}
	return NULL;
}

static void copy_elem(GoChan *c, void *dst, const void *src) {
	if (dst && c->elemsize)
		memmove(dst, src, c->elemsize);
}

static void clear_elem(GoChan *c, void *dst) {
	if (dst && c->elemsize)
		memset(dst, 0, c->elemsize);
}

static void *slot(GoChan *c, uintptr_t i) { return c->buf + i * c->elemsize; }

static void wake(Sudog *s, bool success) {
	s->success = success;
	s->g->waking = s;
	sched_ready(s->g);
}

static _Noreturn void panic_send_closed(void) { rt_panic_literal("send on closed channel"); }

bool chan_trysend(GoChan *c, const void *elem) {
	if (c->closed)
		panic_send_closed();
	Sudog *r = waitq_pop_ready(&c->recvq);
	if (r) {
		copy_elem(c, r->elem, elem);
		wake(r, true);
		return true;
	}
	if (c->qcount < c->dataqsiz) {
		copy_elem(c, slot(c, c->sendx), elem);
		if (++c->sendx == (uintptr_t)c->dataqsiz)
			c->sendx = 0;
		c->qcount++;
		return true;
	}
	return false;
}

bool chan_tryrecv(GoChan *c, void *elem, bool *ok) {
	if (c->closed && c->qcount == 0) {
		clear_elem(c, elem);
		*ok = false;
		return true;
	}
	Sudog *s = waitq_pop_ready(&c->sendq);
	if (s) {
		if (c->dataqsiz == 0) {
			copy_elem(c, elem, s->elem);
		} else {
			// Full buffer: take the head, the sender's value becomes the tail.
			copy_elem(c, elem, slot(c, c->recvx));
			copy_elem(c, slot(c, c->recvx), s->elem);
			if (++c->recvx == (uintptr_t)c->dataqsiz)
				c->recvx = 0;
			c->sendx = c->recvx;
		}
		wake(s, true);
		*ok = true;
		return true;
	}
	if (c->qcount > 0) {
		copy_elem(c, elem, slot(c, c->recvx));
		clear_elem(c, slot(c, c->recvx));
		if (++c->recvx == (uintptr_t)c->dataqsiz)
			c->recvx = 0;
		c->qcount--;
		*ok = true;
		return true;
	}
	return false;
}

void runtime_chansend(GoChan *c, const void *elem) {
	if (!c)
		sched_block_forever("chan send (nil chan)");
	if (chan_trysend(c, elem))
		return;
	Sudog s = {.g = sched_current(), .c = c, .elem = (void *)elem};
	waitq_push(&c->sendq, &s);
	sched_park("chan send");
	if (!s.success)
		panic_send_closed();
}

bool runtime_chanrecv(GoChan *c, void *elem) {
	if (!c)
		sched_block_forever("chan receive (nil chan)");
	bool ok;
	if (chan_tryrecv(c, elem, &ok))
		return ok;
	Sudog s = {.g = sched_current(), .c = c, .elem = elem};
	waitq_push(&c->recvq, &s);
	sched_park("chan receive");
	return s.success;
}

void runtime_closechan(GoChan *c) {
	if (!c)
		rt_panic_literal("close of nil channel");
	if (c->closed)
		rt_panic_literal("close of closed channel");
	c->closed = true;
	// Go collects the waiters on a stack and readies them from its top,
	// receivers before senders (who will panic).
	Sudog *woken = NULL;
	for (WaitQ *q = &c->recvq; q; q = q == &c->recvq ? &c->sendq : NULL) {
		Sudog *s;
		while ((s = waitq_pop_ready(q))) {
			if (q == &c->recvq)
				clear_elem(c, s->elem);
			s->next = woken;
			woken = s;
		}
	}
	while (woken) {
		Sudog *s = woken;
		woken = s->next;
		wake(s, false);
	}
}

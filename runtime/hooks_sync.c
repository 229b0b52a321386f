// hooks_sync.c - the runtime side of GOROOT's sync package (and of
// internal/poll's descriptor locks): semaphores and notify lists on
// goroutines that park, and the rest of sync's body-less functions (the
// list the compiler checks is driver/hooks.c, the entry points
// runtime/hooks.S). One thread runs every goroutine and switches only
// where one blocks, so no lock guards these lists; a waiting goroutine's
// entry lives in its own frame.
#include <stdbool.h>
#include "sched.h"

typedef struct SemaWaiter {
	uint32_t *sema;
	G *g;
	struct SemaWaiter *next;
} SemaWaiter;

static SemaWaiter *sema_waiters; // in the order they are woken

static void sema_wait(uint32_t *sema, bool lifo) {
	while (*sema == 0) {
		SemaWaiter w = {sema, sched_current(), NULL};
		SemaWaiter **wp = &sema_waiters;
		while (!lifo && *wp)
			wp = &(*wp)->next;
		w.next = *wp;
		*wp = &w;
		sched_park("semacquire");
	}
	(*sema)--;
}

// runtime_Semacquire(s *uint32): waits until *s > 0, decrements it.
void hook_semacquire(uint32_t **f) { sema_wait(f[0], false); }

// sync.runtime_SemacquireMutex(s *uint32, lifo bool, skipframes int): a
// waiter that waited before queues first (lifo).
void hook_semacquire_mutex(uint64_t *f) { sema_wait((uint32_t *)f[0], *(bool *)&f[1]); }

// runtime_Semrelease(s *uint32[, handoff bool, skipframes int]):
// increments *s and wakes the first goroutine waiting on it.
void hook_semrelease(uint32_t **f) {
	uint32_t *sema = f[0];
	(*sema)++;
	for (SemaWaiter **wp = &sema_waiters; *wp; wp = &(*wp)->next)
		if ((*wp)->sema == sema) {
			G *g = (*wp)->g;
			*wp = (*wp)->next;
			sched_ready(g);
			return;
		}
}

// sync's notifyList (runtime2.go), as Go's runtime lays it out: Cond's
// tickets. Add hands out wait++; Notify moves notify past the tickets it
// wakes.
typedef struct NotifyList {
	uint32_t wait, notify;
	uintptr_t lock;
	void *head, *tail;
} NotifyList;

typedef struct NotifyWaiter {
	NotifyList *l;
	uint32_t ticket;
	G *g;
	struct NotifyWaiter *next;
} NotifyWaiter;

static NotifyWaiter *notify_waiters;

// Has ticket t been notified (t < notify, counting with wraparound)?
static bool notified(NotifyList *l, uint32_t t) { return (int32_t)(t - l->notify) < 0; }

// Wakes l's waiters with tickets notified (all: every one).
static void notify_wake(NotifyList *l, bool all, uint32_t ticket) {
	for (NotifyWaiter **wp = &notify_waiters; *wp;) {
		NotifyWaiter *w = *wp;
		if (w->l == l && (all || w->ticket == ticket)) {
			*wp = w->next;
			sched_ready(w->g);
			if (!all)
				return;
		} else
			wp = &w->next;
	}
}

// runtime_notifyListAdd(l *notifyList) uint32
void hook_notify_add(uint64_t *f) {
	NotifyList *l = (NotifyList *)f[0];
	*(uint32_t *)&f[1] = l->wait++;
}

// runtime_notifyListWait(l *notifyList, t uint32)
void hook_notify_wait(uint64_t *f) {
	NotifyList *l = (NotifyList *)f[0];
	uint32_t t = *(uint32_t *)&f[1];
	if (notified(l, t))
		return;
	NotifyWaiter w = {l, t, sched_current(), notify_waiters};
	notify_waiters = &w;
	sched_park("sync.Cond.Wait");
}

// runtime_notifyListNotifyAll(l *notifyList)
void hook_notify_all(NotifyList **f) {
	NotifyList *l = f[0];
	if (l->wait == l->notify)
		return;
	l->notify = l->wait;
	notify_wake(l, true, 0);
}

// runtime_notifyListNotifyOne(l *notifyList)
void hook_notify_one(NotifyList **f) {
	NotifyList *l = f[0];
	if (l->wait == l->notify)
		return;
	uint32_t t = l->notify++;
	notify_wake(l, false, t);
}

// runtime_notifyListCheck(size uintptr): sync's notifyList is the runtime's.
void hook_notify_check(uintptr_t *f) {
	if (f[0] != sizeof(NotifyList))
		rt_fatal("sync: inconsistent notifyList size");
}

// runtime_canSpin(i int) bool: spinning never helps with one thread.
void hook_sync_canspin(uint64_t *f) { *(bool *)&f[1] = false; }

// fastrandn(n uint32) uint32: Pool's random steal order.
void hook_sync_fastrandn(uint64_t *f) {
	uint32_t n = *(uint32_t *)&f[0];
	*(uint32_t *)&f[1] = n ? (uint32_t)(rt_random() % n) : 0;
}

// runtime_LoadAcquintptr(ptr *uintptr) uintptr
void hook_sync_loadacq(uintptr_t *f) { f[1] = *(uintptr_t *)f[0]; }

// runtime_StoreReluintptr(ptr *uintptr, val uintptr) uintptr
void hook_sync_storerel(uintptr_t *f) {
	*(uintptr_t *)f[0] = f[1];
	f[2] = 0;
}

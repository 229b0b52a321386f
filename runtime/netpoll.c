// netpoll.c - goscape's network poller: internal/poll's runtime hooks
// (entry points in hooks.S) over poll(2). Go's os puts a pipe, socket or
// terminal it opens into non-blocking mode once the poller accepts it; a
// read or write that would block then parks its goroutine here ("IO
// wait") and the others run. The scheduler (sched.c) polls the waiting
// descriptors each time it picks a goroutine, and when nothing else can
// run it blocks in poll(2) until one is ready or the earliest timer is
// due. Regular files and directories are refused, as epoll refuses them
// in Go, so they keep blocking system calls. A wait for a child process
// (os/exec's Wait) waits here too, on a pidfd, so that the goroutines
// feeding and draining the child's pipes can run meanwhile.
#include <errno.h>
#include <poll.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>
#include "sched.h"

// internal/poll's pollErrClosing and pollErrTimeout.
enum { POLL_OK, POLL_CLOSING, POLL_TIMEOUT };

// One registered descriptor; internal/poll keeps its address as the
// uintptr "ctx" (outside the GC heap: malloc'd, freed by pollClose).
typedef struct PollDesc {
	int fd;
	bool closing;
	int64_t rd, wd;            // deadlines (rt_nanotime); 0 none, -1 passed
	G *rg, *wg;                // the goroutine waiting to read / to write
	struct PollDesc *next, *prev;
} PollDesc;

static PollDesc *descs;        // every registered descriptor
static int nwaiting;           // goroutines parked in netpoll_park

static PollDesc *desc_new(int fd) {
	PollDesc *pd = calloc(1, sizeof(PollDesc));
	if (!pd)
		rt_fatal("out of memory");
	pd->fd = fd;
	pd->next = descs;
	if (descs)
		descs->prev = pd;
	descs = pd;
	return pd;
}

static void desc_free(PollDesc *pd) {
	if (pd->prev)
		pd->prev->next = pd->next;
	else
		descs = pd->next;
	if (pd->next)
		pd->next->prev = pd->prev;
	free(pd);
}

static bool deadline_passed(int64_t d) {
	return d < 0 || (d > 0 && d <= rt_nanotime());
}

static int check(PollDesc *pd, int mode) {
	if (pd->closing)
		return POLL_CLOSING;
	if (deadline_passed(mode == 'r' ? pd->rd : pd->wd))
		return POLL_TIMEOUT;
	return POLL_OK;
}

static void wake(G **gp) {
	if (*gp) {
		sched_ready(*gp);
		*gp = NULL;
	}
}

bool netpoll_waiting(void) {
	return nwaiting > 0;
}

// Readies the goroutines whose descriptor is ready or whose deadline has
// passed, waiting in poll(2) until `until` (rt_nanotime; -1 for ever, 0
// not at all) or a deadline, whichever is first, if none is.
void netpoll(int64_t until) {
	int n = 0;
	for (PollDesc *pd = descs; pd; pd = pd->next)
		n += pd->rg || pd->wg;
	if (n == 0)
		return;
	struct pollfd *fds = calloc((size_t)n, sizeof(struct pollfd));
	PollDesc **who = calloc((size_t)n, sizeof(PollDesc *));
	if (!fds || !who)
		rt_fatal("out of memory");
	int i = 0;
	for (PollDesc *pd = descs; pd; pd = pd->next) {
		if (!pd->rg && !pd->wg)
			continue;
		fds[i] = (struct pollfd){pd->fd, (short)((pd->rg ? POLLIN : 0) | (pd->wg ? POLLOUT : 0)), 0};
		who[i++] = pd;
		int64_t ds[2] = {pd->rg ? pd->rd : 0, pd->wg ? pd->wd : 0};
		for (int k = 0; k < 2; k++)
			if (ds[k] > 0 && (until < 0 || ds[k] < until))
				until = ds[k];
	}
	int timeout = -1;
	if (until >= 0) {
		int64_t ms = until == 0 ? 0 : (until - rt_nanotime() + 999999) / 1000000;
		timeout = ms < 0 ? 0 : ms > 1000000 ? 1000000 : (int)ms;
	}
	if (until != 0)
		rt_stdout_flush();  // output before a wait shows first
	int r;
	while ((r = poll(fds, (nfds_t)n, timeout)) < 0 && errno == EINTR) {
	}
	for (i = 0; i < n; i++) {
		PollDesc *pd = who[i];
		short ev = r > 0 ? fds[i].revents : 0;
		if ((ev & (POLLIN | POLLHUP | POLLERR | POLLNVAL)) || (pd->rg && deadline_passed(pd->rd)))
			wake(&pd->rg);
		if ((ev & (POLLOUT | POLLHUP | POLLERR | POLLNVAL)) || (pd->wg && deadline_passed(pd->wd)))
			wake(&pd->wg);
	}
	free(fds);
	free(who);
}

// Parks the running goroutine until pd is ready for mode ('r' or 'w'),
// closed, or past its deadline.
static int netpoll_park(PollDesc *pd, int mode) {
	G **gp = mode == 'r' ? &pd->rg : &pd->wg;
	int r = check(pd, mode);
	if (r != POLL_OK)
		return r;
	if (*gp)
		rt_fatal("internal/poll: two goroutines wait on one descriptor");
	*gp = sched_current();
	nwaiting++;
	sched_park("IO wait");
	nwaiting--;
	*gp = NULL;
	return check(pd, mode);
}

// func runtime_pollOpen(fd uintptr) (uintptr, int)
void hook_poll_open(uintptr_t *f) {
	struct stat st;
	int fd = (int)f[0];
	if (fstat(fd, &st) == 0 && (S_ISREG(st.st_mode) || S_ISDIR(st.st_mode))) {
		f[1] = 0;
		f[2] = EPERM;
		return;
	}
	f[1] = (uintptr_t)desc_new(fd);
	f[2] = 0;
}

// func runtime_pollClose(ctx uintptr)
void hook_poll_close(uintptr_t *f) { desc_free((PollDesc *)f[0]); }

// func runtime_pollWait(ctx uintptr, mode int) int
void hook_poll_wait(uintptr_t *f) { f[2] = (uintptr_t)netpoll_park((PollDesc *)f[0], (int)f[1]); }

// func runtime_pollReset(ctx uintptr, mode int) int
void hook_poll_reset(uintptr_t *f) { f[2] = (uintptr_t)check((PollDesc *)f[0], (int)f[1]); }

// func runtime_pollSetDeadline(ctx uintptr, d int64, mode int): d is
// absolute (rt_nanotime), 0 for none, negative when already past; a
// waiter whose deadline passes is woken.
void hook_poll_setdeadline(uintptr_t *f) {
	PollDesc *pd = (PollDesc *)f[0];
	int64_t d = (int64_t)f[1];
	int mode = (int)f[2];
	if (d < 0)
		d = -1;
	if (mode == 'r' || mode == 'r' + 'w')
		pd->rd = d;
	if (mode == 'w' || mode == 'r' + 'w')
		pd->wd = d;
	if (deadline_passed(pd->rd))
		wake(&pd->rg);
	if (deadline_passed(pd->wd))
		wake(&pd->wg);
}

// func runtime_pollUnblock(ctx uintptr): the descriptor is being closed.
void hook_poll_unblock(uintptr_t *f) {
	PollDesc *pd = (PollDesc *)f[0];
	pd->closing = true;
	wake(&pd->rg);
	wake(&pd->wg);
}

// Waits, letting the other goroutines run, until child pid has changed
// state, when the kernel gives a pidfd for it (Linux 5.3); otherwise the
// caller's wait blocks the process, as it did before.
void netpoll_wait_child(int pid) {
#ifdef SYS_pidfd_open
	int fd = (int)syscall(SYS_pidfd_open, pid, 0);
	if (fd < 0)
		return;
	PollDesc *pd = desc_new(fd);
	netpoll_park(pd, 'r');
	desc_free(pd);
	close(fd);
#else
	(void)pid;
#endif
}

// select.c - the select statement: poll the cases in a random order and
// take the first ready one; otherwise (blocking) wait on every channel at
// once and let the first communication win, as Go's selectgo does.
#include "sched.h"

intptr_t runtime_select(GoSelectCase *cases, intptr_t n, bool block, bool *recv_ok) {
	G *g = sched_current();
	// A random permutation of the non-nil cases (nil channels are never ready).
	intptr_t order[n + 1];
	intptr_t norder = 0;
	for (intptr_t i = 0; i < n; i++) {
		if (!cases[i].c)
			continue;
		intptr_t j = (intptr_t)(rt_random() % (uint64_t)(norder + 1));
		order[norder] = order[j];
		order[j] = i;
		norder++;
	}
	for (intptr_t k = 0; k < norder; k++) {
		GoSelectCase *cs = &cases[order[k]];
		bool ok;
		if (cs->dir == SELECT_SEND ? chan_trysend(cs->c, cs->elem) : chan_tryrecv(cs->c, cs->elem, &ok)) {
			if (cs->dir == SELECT_RECV && recv_ok)
				*recv_ok = ok;
			return order[k];
		}
	}
	if (!block)
		return -1;
	if (norder == 0)
		sched_block_forever(n == 0 ? "select (no cases)" : "select");

	Sudog sg[n];
	g->selectdone = false;
	g->waking = NULL;
	for (intptr_t i = 0; i < n; i++) {
		GoChan *c = cases[i].c;
		sg[i] = (Sudog){.g = g, .c = c, .elem = cases[i].elem, .isselect = true, .caseindex = i};
		if (c)
			waitq_push(cases[i].dir == SELECT_SEND ? &c->sendq : &c->recvq, &sg[i]);
	}
	sched_park("select");
	for (intptr_t i = 0; i < n; i++)
		if (cases[i].c)
			waitq_remove(cases[i].dir == SELECT_SEND ? &cases[i].c->sendq : &cases[i].c->recvq, &sg[i]);
	Sudog *won = g->waking;
	if (cases[won->caseindex].dir == SELECT_SEND) {
		if (!won->success)
			rt_panic_literal("send on closed channel");
	} else if (recv_ok) {
		*recv_ok = won->success;
	}
	return won->caseindex;
}

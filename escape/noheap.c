// noheap.c - the //goscape:noheap directive: a function so marked must
// not allocate on the heap. Every variable moved to the heap and every
// allocation site sent to the heap inside it — its closures' bodies
// included, since they are its text — is a compile error at the -m
// position, with escape analysis' own reason:
//
//	f.go:5:9: heap allocation in noheap function main.f: &T{} escapes to heap (&T{} returned to caller)
//	f.go:9:2: heap allocation in noheap function main.g: moved to heap: x (&x flows to the heap)
//
// Only escape analysis' verdicts are checked: storage the runtime always
// allocates (map buckets, append growth, channels) is not an escape
// decision.
#include "escape_int.h"

static Func *noheap_func(Func *fn) {
	for (; fn; fn = fn->outer)
		if (fn->decl && fn->decl->kind == ND_FUNCDECL && (node_ext(fn->decl)->pragma & PRAGMA_NOHEAP))
			return fn;
	return NULL;
}

void esc_check_noheap(Loc *l) {
	Func *fn = l->escapes ? noheap_func(l->fn) : NULL;
	if (!fn || !esc_reportable(l->var ? esc_var_pos(l->var) : loc_pos(l)))
		return;
	const char *reason = l->reason ? xasprintf(" (%s)", l->reason) : "";
	if (l->var)
		error_at(esc_var_pos(l->var), "heap allocation in noheap function %s: moved to heap: %s%s",
		         esc_func_name(fn), l->var->name, reason);
	else if (l->n && !esc_is_wrapper(l->n))
		error_at(loc_pos(l), "heap allocation in noheap function %s: %s escapes to heap%s", esc_func_name(fn),
		         site_string(l->n), reason);
}

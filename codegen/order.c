// order.c - what codegen needs to keep Go's order of evaluation, as gc
// does it: gc evaluates the operands that call or receive first, in
// order, and reads the other operands (variables, fields) afterwards.
#include "cg.h"

bool has_effects(Node *e) {
	if (!e || e->kind == ND_FUNCLIT)
		return false;
	if (e->kind == ND_CALL || (e->kind == ND_UNARY && e->op == OP_ARROW))
		return true;
	if (e->kind == ND_BUILTIN && !e->is_const)  // len and cap too: gc orders them like calls
		return true;
	if (has_effects(e->lhs) || has_effects(e->rhs))
		return true;
	if (e->is_short) // no slice bounds, no list
		return false;
	const NodeRare *r = node_rare(e);
	if (has_effects(r->lo) || has_effects(r->hi) || has_effects(r->max))
		return true;
	for (int i = 0; i < e->list.len; i++)
		if (has_effects(e->list.data[i]))
			return true;
	return false;
}

// Evaluates each of exprs into a fresh temporary (temps[i]): those with
// effects first, in order, then the others.
void exprs_to_temps(const Vec *exprs, int *temps) {
	for (int pass = 0; pass < 2; pass++)
		for (int i = 0; i < exprs->len; i++)
			if (has_effects(exprs->data[i]) == (pass == 0))
				temps[i] = gen_expr_temp(exprs->data[i]);
}

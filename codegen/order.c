// order.c - what codegen needs to know to keep Go's order of evaluation:
// whether evaluating an expression can have an effect another operand
// could observe (a call, a receive).
#include "cg.h"

bool has_effects(Node *e) {
	if (!e || e->kind == ND_FUNCLIT)
		return false;
	if (e->kind == ND_CALL || (e->kind == ND_UNARY && op_of(e->op) == OP_ARROW))
		return true;
	if (e->kind == ND_BUILTIN && e->builtin != BI_LEN && e->builtin != BI_CAP)
		return true;
	if (has_effects(e->lhs) || has_effects(e->rhs) || has_effects(e->lo) || has_effects(e->hi) ||
	    has_effects(e->max))
		return true;
	for (int i = 0; i < e->list.len; i++)
		if (has_effects(e->list.data[i]))
			return true;
	return false;
}

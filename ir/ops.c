// ops.c - the operator set of ops.h: how Go spells each operator in
// messages.
#include "ops.h"

const char *op_string(Op op) {
	static const char *names[] = {
		[OP_ADD] = "+", [OP_SUB] = "-", [OP_MUL] = "*", [OP_DIV] = "/", [OP_REM] = "%",
		[OP_AND] = "&", [OP_OR] = "|", [OP_XOR] = "^", [OP_SHL] = "<<", [OP_SHR] = ">>",
		[OP_ANDNOT] = "&^", [OP_LAND] = "&&", [OP_LOR] = "||", [OP_EQ] = "==", [OP_NE] = "!=",
		[OP_LT] = "<", [OP_LE] = "<=", [OP_GT] = ">", [OP_GE] = ">=", [OP_NOT] = "!",
		[OP_ARROW] = "<-", [OP_INC] = "++", [OP_DEC] = "--", [OP_ASSIGN] = "=",
	};
	return op < sizeof names / sizeof names[0] && names[op] ? names[op] : "?";
}

bool op_is_comparison(Op op) {
	return op >= OP_EQ && op <= OP_GE;
}

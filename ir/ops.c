// ops.c - the operator set of ops.h: where the parser's token codes
// become operators, and how Go spells each one in messages.
#include "ops.h"
#include "parser.h"

Op op_of_token(int tk) {
	switch (tk) {
	case TK_ADD: case TK_ADD_ASSIGN: return OP_ADD;
	case TK_SUB: case TK_SUB_ASSIGN: return OP_SUB;
	case TK_MUL: case TK_MUL_ASSIGN: return OP_MUL;
	case TK_QUO: case TK_QUO_ASSIGN: return OP_DIV;
	case TK_REM: case TK_REM_ASSIGN: return OP_REM;
	case TK_AND: case TK_AND_ASSIGN: return OP_AND;
	case TK_OR: case TK_OR_ASSIGN: return OP_OR;
	case TK_XOR: case TK_XOR_ASSIGN: return OP_XOR;
	case TK_SHL: case TK_SHL_ASSIGN: return OP_SHL;
	case TK_SHR: case TK_SHR_ASSIGN: return OP_SHR;
	case TK_AND_NOT: case TK_AND_NOT_ASSIGN: return OP_ANDNOT;
	case TK_LAND: return OP_LAND;
	case TK_LOR: return OP_LOR;
	case TK_EQL: return OP_EQ;
	case TK_NEQ: return OP_NE;
	case TK_LSS: return OP_LT;
	case TK_LEQ: return OP_LE;
	case TK_GTR: return OP_GT;
	case TK_GEQ: return OP_GE;
	case TK_NOT: return OP_NOT;
	case TK_ARROW: return OP_ARROW;
	case TK_INC: return OP_INC;
	case TK_DEC: return OP_DEC;
	case TK_ASSIGN: return OP_ASSIGN;
	default: return OP_NONE;
	}
}

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

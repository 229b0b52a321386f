// ops.h - Go's operators, independent of the parser's token numbering.
// The parser stores them in Node.op; every later stage reads that Op.
#ifndef GOSCAPE_OPS_H
#define GOSCAPE_OPS_H

#include <stdbool.h>

typedef enum {
	OP_NONE,
	OP_ADD, OP_SUB, OP_MUL, OP_DIV, OP_REM,
	OP_AND, OP_OR, OP_XOR, OP_SHL, OP_SHR, OP_ANDNOT,
	OP_LAND, OP_LOR,
	OP_EQ, OP_NE, OP_LT, OP_LE, OP_GT, OP_GE,
	OP_NOT, OP_ARROW, OP_INC, OP_DEC, OP_ASSIGN,
} Op;

const char *op_string(Op op);
bool op_is_comparison(Op op);

#endif

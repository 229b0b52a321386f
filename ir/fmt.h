// fmt.h - the one printer of expressions (and of the statements -m
// quotes), in the two spellings of Go's compiler:
//   EXPR_SOURCE  the expression as written, in the syntax package's short
//                form (bodies and literal contents elided as {…}): the
//                checker's messages (types2), and gc's spelling of a
//                folded constant;
//   EXPR_IR      the typed tree as cmd/compile/internal/ir/fmt.go prints
//                it in -m: what the checker inserted is invisible,
//                parentheses come from operator precedence, literals read
//                T{...}, function literals "func literal".
// Types inside are spelled with type_write in the style's TypeStyle.
// What only escape analysis knows about a node reaches the IR spelling
// through ExprHooks.
#ifndef GOSCAPE_FMT_H
#define GOSCAPE_FMT_H

#include <stdbool.h>
#include "ast.h"
#include "strbuf.h"
#include "types.h"

typedef enum { EXPR_SOURCE, EXPR_IR } ExprSpelling;

typedef struct ExprHooks {
	// The temporary (.autotmp_N) Go moved n into, or NULL.
	const char *(*alias)(Node *n);
	// Is n the implicit slice of a variadic call that escape analysis has
	// already walked (printed "... argument")?
	bool (*packed_variadic)(Node *n);
	// A call through an interface that Go devirtualized: the concrete type,
	// the method's receiver type and the embedded field it comes from
	// (partially: no receiver type, the path of fields to the interface).
	bool (*devirt)(Node *call, Type **concrete, Type **recv, const char **field);
} ExprHooks;

typedef struct ExprStyle {
	ExprSpelling spelling;
	TypeStyle types;
	const ExprHooks *hooks; // EXPR_IR only; NULL: none
} ExprStyle;

void expr_write(StrBuf *b, Node *n, const ExprStyle *st);
// Assignments, returns, sends, go/defer, case clauses...; other nodes as
// expressions.
void stmt_write(StrBuf *b, Node *n, const ExprStyle *st);
// An interface conversion the checker inserted (not written T(x)): it
// stands at its operand's position.
bool node_is_implicit_conv(Node *n);
// Whether type expression x names a type parameter of an instance (whose
// Obj.shape gc's -m spells it by).
bool mentions_shape(Node *x);

#endif

// constant.h - Go's constant values: exact arithmetic, comparison,
// shifts, representability in a type and Go's spelling of a value.
// The checker folds constant expressions with these; later stages read
// the folded values (ConstVal in ast.h) and spell them in -m output.
#ifndef GOSCAPE_CONSTANT_H
#define GOSCAPE_CONSTANT_H

#include "ast.h"
#include "ops.h"

ConstVal cv_int(__int128 i);
ConstVal cv_float(double f);
ConstVal cv_bool(bool b);
ConstVal cv_string(const char *s, size_t n);
// The exact value of an integer or float literal's spelling (CV_NONE when
// malformed).
ConstVal const_from_literal(const char *lit, size_t n, bool is_float);
// Whether v, the lexer's value of an integer literal, is already what
// const_from_literal gives for its spelling (a decimal below 10^15).
bool const_literal_decoded(const char *lit, size_t n, const ConstVal *v);
// The value of an imaginary literal's spelling (1i, 0x1p-2i, 0123i is
// decimal); CV_NONE when malformed.
ConstVal const_from_imag_literal(const char *lit, size_t n);
// Binary arithmetic on two constants, exact. Integer division truncates
// when integer is set (typed or untyped integer operands). False only for
// division by zero or an operator the kinds do not have; limits are the
// caller's (const_int_overflow, const_represent).
bool const_binary(Op op, ConstVal a, ConstVal b, bool integer, ConstVal *out);
bool const_compare(Op op, ConstVal a, ConstVal b);
bool const_unary(Op op, ConstVal a, Type *t, ConstVal *out);
bool const_shift(Op op, ConstVal a, uint64_t count, ConstVal *out);
// Is an integer constant beyond Go's 512 bits for untyped constants?
bool const_int_overflow(ConstVal v);
// The value of an integral numeric constant if it fits int64.
bool const_int64(ConstVal v, int64_t *out);
// Why a constant does not fit a type.
typedef enum { REPR_OK, REPR_OVERFLOW, REPR_TRUNCATED, REPR_MISMATCH } Repr;
// Converts v to the representation of basic type t (rounding to nearest
// even for float64/float32, exact integers, untyped kinds keep the exact
// value); reports whether v is representable.
Repr const_represent(ConstVal v, Type *t, ConstVal *out);
bool const_is_zero(ConstVal v);
ConstVal const_to_float(ConstVal v);   // an integer constant as a float
ConstVal const_to_complex(ConstVal v); // a real constant as a complex number
// real(v), imag(v) (untyped floats) and complex(re, im), exact.
ConstVal const_real(ConstVal v);
ConstVal const_imag(ConstVal v);
ConstVal const_complex(ConstVal re, ConstVal im);
const char *const_string(ConstVal v);  // Go's spelling in messages

#endif

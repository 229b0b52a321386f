// utf8.h - UTF-8 as Go's unicode/utf8 defines it, for the compiler: the
// lexer decodes source text and encodes escapes, the checker folds
// string(rune) constants, codegen folds []rune("constant"). (The runtime,
// a separate program, has its own copy in runtime/utf8.c.)
#ifndef GOSCAPE_UTF8_H
#define GOSCAPE_UTF8_H

#include <stddef.h>
#include <stdint.h>

enum { UTF8_MAX = 4, RUNE_ERROR = 0xFFFD };

// Writes the UTF-8 encoding of r to buf; returns its width. Like Go's
// utf8.EncodeRune, a negative, surrogate or too large r encodes U+FFFD.
int utf8_encode(char buf[UTF8_MAX], int64_t r);
// Decodes one rune at s[0:n] (n > 0) into *r; returns its width. Like Go's
// utf8.DecodeRune, an invalid or short sequence decodes as U+FFFD, one
// byte wide.
int utf8_decode(const unsigned char *s, size_t n, int32_t *r);

#endif

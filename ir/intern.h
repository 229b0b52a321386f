// intern.h - one copy of each distinct string (identifier spelling,
// literal contents, symbol), so that equal strings are equal pointers.
//
// The lexer interns every identifier, and scopes key their tables by the
// interned pointer, so resolving a name is a pointer hash and pointer
// comparisons instead of strcmp over every declaration in scope; codegen
// deduplicates string literals and symbols the same way.
#ifndef GOSCAPE_INTERN_H
#define GOSCAPE_INTERN_H

#include <stddef.h>

// The canonical copy of s[0..n) (which may hold NUL bytes), NUL-terminated;
// never freed, never to be modified.
const char *intern_n(const char *s, size_t n);
const char *intern(const char *s);
// The canonical copy of s[0..n) if there is one, else NULL (nothing is
// added): for asking whether a string is one of some interned names.
const char *intern_find(const char *s, size_t n);

#endif

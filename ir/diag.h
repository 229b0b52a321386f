// diag.h - source files and positioned error reporting for every stage.
//
// Errors are collected, sorted by position and printed as Go does:
// "FILE:LINE:COL: message". After 10 errors the run stops with
// "too many errors". A stage checks diag_count() to decide whether to go on.
#ifndef GOSCAPE_DIAG_H
#define GOSCAPE_DIAG_H

#include <stdbool.h>
#include <stddef.h>
#include "ast.h"

// Registers a file's contents; returns its index for Pos.file. The copy
// it keeps stays until the compiler exits: tokens and literal nodes point
// into it.
int diag_add_file(const char *name, const char *text, size_t len);
const char *diag_file_name(int file);
const char *diag_file_text(int file, size_t *len);
// The text of one line (1-based) without its newline, in O(1) after the
// first call for a file; "" with *len 0 when out of range.
const char *diag_line_text(int file, int line, size_t *len);

// Reports an error at pos (printf-style). Extra lines (Go's indented
// "\thave (...)" follow-ups) may be part of the message after '\n'. Like
// Go, a non-syntax error that repeats the previous one's message on the
// same line (any column) is dropped and not counted.
void error_at(Pos pos, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
int diag_count(void);
// A point to take the reports back to, as if nothing had been reported
// since (the parser redoes a file that turns out to have a syntax error).
typedef struct DiagMark {
	int len;
	Pos last_pos;           // what repeats_last_error compares with
	const char *last_msg;
} DiagMark;
DiagMark diag_mark(void);
void diag_rollback(DiagMark m);
// While a filter is set, the errors it rejects are dropped (the checker's
// look at generic bodies that nothing instantiates keeps only the errors
// that do not depend on the type arguments).
void diag_set_filter(bool (*keep)(Pos pos, const char *msg));
// Orders positions by file, line, column (-1, 0, 1), as diagnostics print.
int pos_compare(Pos a, Pos b);
// How many of them are syntax errors ("syntax error: ..."). Like Go, a
// file with only lexical errors (bad characters, unterminated literals)
// is still type-checked; syntax errors stop the compilation after parsing.
int diag_syntax_count(void);
// Prints the collected errors sorted by position to stderr; returns count.
int diag_flush(void);
// Takes back the errors reported since mark (an earlier diag_count()) and
// returns the first of them by position as "FILE:LINE:COL: message", or
// NULL when there were none: the loader turns them into one reason why
// an imported package cannot be compiled.
char *diag_take_since(int mark);

#endif

// diag.c - the source file table, error collection and reporting.
//
// Errors are collected rather than printed at once so that they can be
// sorted by position like Go's compiler does before printing: the type
// checker does not discover errors in source order.
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "diag.h"

typedef struct SourceFile {
	const char *name;
	const char *text;
	size_t len;
	size_t *line_starts; // offset of each line's first byte, built on first use
	int nlines;
} SourceFile;

typedef struct Diag {
	Pos pos;
	char *msg;
	int seq; // report order: keeps the sort stable
} Diag;

static Vec files;  // SourceFile*
static Vec diags;  // Diag*

// The text is copied with a terminating NUL so that the lexer can use it
// as a sentinel.
int diag_add_file(const char *name, const char *text, size_t len) {
	if (files.len > 0x7fff) { // Pos.file has 16 bits
		fprintf(stderr, "goscape: too many source files (the limit is 32768)\n");
		exit(1);
	}
	SourceFile *f = xcalloc(1, sizeof(SourceFile));
	f->name = xstrdup(name);
	f->text = xstrndup(text, len);
	f->len = len;
	vec_push(&files, f);
	return files.len - 1;
}

const char *diag_file_name(int file) {
	if (file < 0 || file >= files.len)
		return "<unknown>";
	return ((SourceFile *)files.data[file])->name;
}

const char *diag_file_text(int file, size_t *len) {
	if (file < 0 || file >= files.len) {
		*len = 0;
		return "";
	}
	SourceFile *f = files.data[file];
	*len = f->len;
	return f->text;
}

// Code generation asks for the text of every statement's line, so the
// lookup must not rescan the file: index the line starts once.
// The newlines are found with memchr, many bytes at a time: the first
// # LINE comment of a file's code indexes all of it.
static void index_lines(SourceFile *f) {
	const char *end = f->text + f->len;
	int n = 1;
	for (const char *p = f->text; (p = memchr(p, '\n', (size_t)(end - p))); p++)
		n++;
	f->line_starts = xmalloc(sizeof(size_t) * (size_t)n);
	f->line_starts[0] = 0;
	f->nlines = 1;
	for (const char *p = f->text; (p = memchr(p, '\n', (size_t)(end - p))); p++)
		f->line_starts[f->nlines++] = (size_t)(p + 1 - f->text);
}

const char *diag_line_text(int file, int line, size_t *len) {
	*len = 0;
	if (file < 0 || file >= files.len)
		return "";
	SourceFile *f = files.data[file];
	if (!f->line_starts)
		index_lines(f);
	if (line < 1 || line > f->nlines)
		return "";
	size_t start = f->line_starts[line - 1];
	const char *nl = memchr(f->text + start, '\n', f->len - start);
	*len = nl ? (size_t)(nl - (f->text + start)) : f->len - start;
	return f->text + start;
}

static bool is_syntax_error(const char *msg) {
	return strncmp(msg, "syntax error", 12) == 0;
}

// Like Go's compiler, a non-syntax error is dropped when the previously
// reported one is on the same line (any column) with the same message:
// one bad constant used twice in an expression is one error, and the
// duplicate must not count towards the limit of 10 either.
static Pos last_pos;
static const char *last_msg;

static bool repeats_last_error(Pos pos, const char *msg) {
	if (is_syntax_error(msg))
		return false;
	if (last_msg && last_pos.file == pos.file && last_pos.line == pos.line && !strcmp(last_msg, msg))
		return true;
	last_pos = pos;
	last_msg = msg;
	return false;
}

static bool (*filter)(Pos pos, const char *msg);

void diag_set_filter(bool (*keep)(Pos pos, const char *msg)) {
	filter = keep;
}

void error_at(Pos pos, const char *fmt, ...) {
	va_list ap;
	va_start(ap, fmt);
	char *msg = xvasprintf(fmt, ap);
	va_end(ap);
	if ((filter && !filter(pos, msg)) || repeats_last_error(pos, msg)) {
		free(msg);
		return;
	}
	Diag *d = xcalloc(1, sizeof(Diag));
	d->msg = msg;
	d->pos = pos;
	d->seq = diags.len;
	vec_push(&diags, d);
}

DiagMark diag_mark(void) {
	return (DiagMark){diags.len, last_pos, last_msg};
}

void diag_rollback(DiagMark m) {
	diags.len = m.len;
	last_pos = m.last_pos;
	last_msg = m.last_msg;
}

int diag_count(void) {
	return diags.len;
}

int diag_syntax_count(void) {
	int n = 0;
	for (int i = 0; i < diags.len; i++)
		n += is_syntax_error(((Diag *)diags.data[i])->msg);
	return n;
}

int pos_compare(Pos a, Pos b) {
	if (a.file != b.file)
		return a.file < b.file ? -1 : 1;
	if (a.line != b.line)
		return a.line < b.line ? -1 : 1;
	if (a.col != b.col)
		return a.col < b.col ? -1 : 1;
	return 0;
}

static int cmp_diag(const void *a, const void *b) {
	const Diag *x = *(Diag *const *)a, *y = *(Diag *const *)b;
	int c = pos_compare(x->pos, y->pos);
	return c ? c : x->seq < y->seq ? -1 : x->seq > y->seq;
}

char *diag_take_since(int mark) {
	Diag *first = NULL;
	for (int i = mark; i < diags.len; i++) {
		Diag *d = diags.data[i];
		if (!first || cmp_diag(&d, &first) < 0)
			first = d;
	}
	char *msg = first ? xasprintf("%s:%d:%d: %s", diag_file_name(first->pos.file), first->pos.line,
	                              first->pos.col, first->msg)
	                  : NULL;
	if (diags.len > mark)
		diags.len = mark;
	return msg;
}

static bool same_diag(const Diag *x, const Diag *y) {
	return x->pos.file == y->pos.file && x->pos.line == y->pos.line &&
	       x->pos.col == y->pos.col && strcmp(x->msg, y->msg) == 0;
}

static void print_diag(Pos pos, const char *msg) {
	fprintf(stderr, "%s:%d:%d: %s\n", diag_file_name(pos.file), pos.line, pos.col, msg);
}

// Like Go: identical reports (same position and message) are printed once,
// and after the 10th error
// "too many errors" is printed at the 10th error's position.
int diag_flush(void) {
	enum { MAX_ERRORS = 10 };
	if (diags.len > 1)
		qsort(diags.data, (size_t)diags.len, sizeof(void *), cmp_diag);
	int printed = 0;
	Diag *prev = NULL;
	for (int i = 0; i < diags.len; i++) {
		Diag *d = diags.data[i];
		if (prev && same_diag(prev, d))
			continue;
		if (printed == MAX_ERRORS) {
			print_diag(prev->pos, "too many errors");
			break;
		}
		print_diag(d->pos, d->msg);
		printed++;
		prev = d;
	}
	fflush(stderr);
	return diags.len;
}

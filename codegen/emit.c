// emit.c - the assembly text: instructions, labels, comments, symbols,
// and the line information (# LINE comments and .loc) that makes the
// output readable and steppable in gdb.
#define _GNU_SOURCE // strchrnul
#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "cg.h"
#include "vformat.h"

CG cg;

static char note[96];  // emit_note's text, for the next instruction
_Static_assert(EMIT_LINE >= EMIT_TEXT + sizeof "  # " - 1 + sizeof note, "room for the note and the newline");

// `directive "s"` (.asciz or .string) on a line of its own: quote and
// backslash escaped, control characters in octal.
void emit_quoted(FILE *out, const char *directive, const char *s) {
	size_t nd = strlen(directive), n = 0;
	while (s[n] && s[n] != '"' && s[n] != '\\' && (unsigned char)s[n] >= ' ')
		n++;
	char line[256];
	if (!s[n] && nd + n + 5 <= sizeof line) {  // nothing to escape (a name): one write
		line[0] = '\t';
		memcpy(line + 1, directive, nd);
		memcpy(line + 1 + nd, " \"", 2);
		memcpy(line + 3 + nd, s, n);
		memcpy(line + 3 + nd + n, "\"\n", 2);
		put_text(out, line, nd + n + 5);
		return;
	}
	putc_unlocked('\t', out);
	put_string(out, directive);
	put_string(out, " \"");
	for (; *s; s++) {
		if (*s == '"' || *s == '\\') {
			putc_unlocked('\\', out);
			putc_unlocked(*s, out);
		} else if ((unsigned char)*s < ' ') {
			fprintf(out, "\\%03o", (unsigned char)*s);
		} else {
			putc_unlocked(*s, out);
		}
	}
	put_string(out, "\"\n");
}

// line[0..len), which has room for them, with the pending note and a
// newline, written at once.
static void end_line(char *line, size_t len) {
	if (note[0]) {
		size_t k = strlen(note);
		memcpy(line + len, "  # ", 4);
		memcpy(line + len + 4, note, k);
		len += 4 + k;
		note[0] = '\0';
	}
	line[len++] = '\n';
	put_text(cg.text, line, len);
}

// The instruction is formatted into one line with its tab, note and
// newline, and written at once: emit writes most of the assembly.
void emit(const char *fmt, ...) {
	char line[EMIT_LINE];
	va_list ap;
	va_start(ap, fmt);
	int n = vformat(line + 1, 513, fmt, ap);
	va_end(ap);
	size_t len = 1;
	line[0] = '\t';
	if (n >= 0) {
		len += (size_t)n;
	} else {  // a conversion vformat leaves to the C library
		put_text(cg.text, line, len);
		va_start(ap, fmt);
		vfprintf(cg.text, fmt, ap);
		va_end(ap);
		len = 0;
	}
	end_line(line, len);
}

// s at p if it ends before end, else NULL.
static char *put_within(char *p, const char *end, const char *s) {
	for (; *s; s++) {
		if (p == end)
			return NULL;
		*p++ = *s;
	}
	return p;
}

// The line emit would make of "op a, b" (without b, "op a"), made by
// hand: the most frequent instructions, whose format would cost more
// than copying their text.
void emit_insn(const char *op, const char *a, const char *b) {
	char line[EMIT_LINE];
	const char *end = line + EMIT_TEXT - 2;  // emit's room, less ", "
	char *p = put_within(line + 1, end, op);
	if (p) {
		*p++ = ' ';
		p = put_within(p, end, a);
	}
	if (p && b) {
		*p++ = ',';
		*p++ = ' ';
		p = put_within(p, end, b);
	}
	if (!p) {  // longer than emit's line: its fallback
		if (b)
			emit("%s %s, %s", op, a, b);
		else
			emit("%s %s", op, a);
		return;
	}
	line[0] = '\t';
	end_line(line, (size_t)(p - line));
}

void emit_text(const char *text) {
	size_t n = strlen(text);
	if (n > EMIT_TEXT - 1) {  // longer than emit's line: its fallback
		emit("%s", text);
		return;
	}
	char line[EMIT_LINE];
	line[0] = '\t';
	memcpy(line + 1, text, n);
	end_line(line, n + 1);
}

void emit_made(char *line, size_t len) {
	end_line(line, len);
}

void emit_note(const char *fmt, ...) {
	va_list ap;
	va_start(ap, fmt);
	int n = vformat(note, sizeof note, fmt, ap);
	va_end(ap);
	if (n < 0) {  // vsnprintf's: cut to fit
		va_start(ap, fmt);
		vsnprintf(note, sizeof note, fmt, ap);
		va_end(ap);
	}
}

void emit_note_text(const char *s) {
	size_t n = strnlen(s, sizeof note - 1);  // cut as vsnprintf cuts
	memcpy(note, s, n);
	note[n] = '\0';
}

// ---- cold paths ----
// The calls that only run to panic (nil pointer, index out of range, ...)
// or to report a stack overflow (the prologue's check) are moved to the end of the function, so that the hot path falls
// through its checks. Identical ones share one copy.
typedef struct Cold {
	const char *label, *code;
	Pos pos;  // the statement it belongs to, for the line table
	int inl;  // and its inlined call
} Cold;
static Vec colds;

const char *cold_path(const char *code) {
	if (!cg.fn)
		return NULL;  // a thunk: no function end to put it at
	for (int i = 0; i < colds.len; i++) {
		Cold *c = colds.data[i];
		if (strcmp(c->code, code) == 0 && c->pos.file == cg.pos.file && c->pos.line == cg.pos.line &&
		    c->inl == cg.inl)
			return c->label;
	}
	Cold *c = frame_zalloc(sizeof(Cold));
	c->label = new_label("panic");
	c->code = frame_strdup(code);
	c->pos = cg.pos;
	c->inl = cg.inl;
	vec_push(&colds, c);
	return c->label;
}

void emit_cold_paths(void) {
	if (colds.len)  // reached from the body: the frame is still set up
		put_string(cg.text, "# cold paths: run-time panics, stack overflow\n\t.cfi_def_cfa %rbp, 16\n");
	for (int i = 0; i < colds.len; i++) {
		Cold *c = colds.data[i];
		emit_label(c->label);
		cg.inl = c->inl;
		emit_loc(c->pos);
		put_string(cg.text, c->code);
	}
	colds.len = 0;
}

void emit_label(const char *label) {
	put_string(cg.text, label);
	put_string(cg.text, ":\n");
}

// One comment line: a newline in the text (an expression quoted with a
// multi-line raw string in it) is written as \n, or the assembler would
// read the rest as instructions.
void emit_comment(const char *fmt, ...) {
	va_list ap;
	va_start(ap, fmt);
	char *text = xvasprintf(fmt, ap);
	va_end(ap);
	emit_comment_text(text);
	free(text);
}

void emit_comment_text(const char *text) {
	put_string(cg.text, "\t# ");
	for (const char *p = text, *nl; *p; p = nl + 1) {
		nl = strchrnul(p, '\n');
		put_text(cg.text, p, (size_t)(nl - p));
		if (!*nl)
			break;
		put_string(cg.text, "\\n");
	}
	putc_unlocked('\n', cg.text);
}

char *new_label(const char *what) {
	return frame_label(cg.fnsym ? cg.fnsym : "g", what, ++cg.label_seq);
}

char **clause_labels(Node *s, const char *what, int *deflt) {
	char **labels = frame_zalloc(((size_t)node_list(s)->len + 1) * sizeof(char *));
	*deflt = -1;
	for (int i = 0; i < node_list(s)->len; i++) {
		labels[i] = new_label(what);
		if (node_list(((Node *)node_list(s)->data[i]))->len == 0)
			*deflt = i;
	}
	return labels;
}

// GAS symbols may hold letters, digits, '_', '.' and '$'. Go names such
// as "main.(*T).m" lose the parentheses and the star ("main.T.m": a type
// cannot have a value and a pointer method of the same name); the '/' of
// an import path becomes '$', which no Go name contains
// ("unicode$utf8.RuneLen"; in gdb, quote it).
char *cg_sym(const char *name) {
	size_t n = strlen(name);
	char *s = xmalloc(n + 1), *p = s;
	for (const char *q = name; *q; q++) {
		if (*q == '(' || *q == ')' || *q == '*')
			continue;
		*p++ = *q == '/' ? '$' : (isalnum((unsigned char)*q) || *q == '_' || *q == '.') ? *q : '_';
	}
	*p = '\0';
	return s;
}

// Returns line pos.line of pos.file without its newline (tabs kept).
char *source_line(Pos pos) {
	size_t len;
	const char *text = diag_line_text(pos.file, pos.line, &len);
	return xstrndup(text, len);
}

// A statement's code starts with its source line (once per line) and a
// .loc directive so that gdb can break on the line.
void emit_line(Pos pos) {
	if (pos.line <= 0)
		return;
	if (pos.line != cg.last_line) {
		size_t len;
		const char *s = diag_line_text(pos.file, pos.line, &len);
		const char *nul = memchr(s, '\0', len);  // the text is written up to one, as a C string
		const char *end = nul ? nul : s + len;
		while (s < end && (*s == '\t' || *s == ' '))
			s++;
		char head[32] = "# LINE ";
		char *p = put_decimal(head + 7, (unsigned)pos.line);
		*p++ = ':';
		*p++ = ' ';
		put_text(cg.text, head, (size_t)(p - head));
		put_text(cg.text, s, (size_t)(end - s));
		putc_unlocked('\n', cg.text);
		cg.last_line = pos.line;
	}
	emit_loc(pos);
}

// The line information of the code that follows: a .loc for gdb and an
// entry of the traceback's line table.
void emit_loc(Pos pos) {
	if (pos.line <= 0)
		return;
	cg.pos = pos;
	linetab_mark(pos);
	emit_dwarf_loc(pos);
}

// The .loc directive alone: gdb's line for the code that follows.
// One a statement, the most frequent line of the output: written without
// a format.
void emit_dwarf_loc(Pos pos) {
	if (pos.line <= 0 || pos.file < 0 || pos.file >= cg.nfile_no || !cg.file_no[pos.file])
		return;
	char line[64 + sizeof "  # " + sizeof note] = "\t.loc ";
	char *p = put_decimal(line + 6, (unsigned)cg.file_no[pos.file]);
	*p++ = ' ';
	p = put_decimal(p, (unsigned)pos.line);
	*p++ = ' ';
	p = put_decimal(p, (unsigned)(pos.col > 0 ? pos.col : 1));
	end_line(line, (size_t)(p - line));
}

// The length of the expression that starts at s: up to the first ',' or
// ';' or unmatched closing bracket outside brackets and literals, or a
// comment. The tree keeps only where an expression starts.
static size_t expr_extent(const char *s) {
	int depth = 0;
	for (size_t i = 0; s[i]; i++) {
		char c = s[i];
		if (c == '"' || c == '\'' || c == '`') {
			size_t j = i + 1;
			while (s[j] && s[j] != c)
				j += s[j] == '\\' && c != '`' && s[j + 1] ? 2 : 1;
			if (!s[j])
				return j;
			i = j;
		} else if (c == '(' || c == '[' || c == '{') {
			depth++;
		} else if (c == ')' || c == ']' || c == '}') {
			if (depth-- == 0)
				return i;
		} else if ((c == ',' || c == ';') && depth == 0) {
			return i;
		} else if (c == '/' && s[i + 1] == '/') {
			return i;
		}
	}
	return strlen(s);
}

// Source text of an expression for comments, cut at 40 bytes (and at the
// end of its first line); enough to recognise the expression.
char *expr_text(Node *e) {
	if (!e)
		return frame_text("?");
	if (e->kind == ND_IDENT && e->name)
		return frame_strdup(e->name);
	Pos start = node_start_pos(e);
	char *line = source_line(start);
	size_t len = strlen(line);
	size_t col = start.col > 0 ? (size_t)start.col - 1 : 0;
	if (col > len)
		col = len;
	// A builtin call and the checker's packed variadic arguments are at
	// their '(': the callee's name is what precedes it.
	size_t name = col;
	while (name > 0 && (isalnum((unsigned char)line[name - 1]) || line[name - 1] == '_' || line[name - 1] == '.'))
		name--;
	char *text;
	if (line[col] == '(' && e->kind == ND_COMPOSITE && !e->lhs && name < col) {
		line[col] = '\0';  // line is source_line's copy
		text = frame_text("... argument of %s", line + name);
	} else {
		if (line[col] == '(' && e->kind == ND_BUILTIN)
			col = name;
		char *s = line + col;
		size_t n = expr_extent(s);
		if (n > 40)
			n = 40;
		while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '{'))
			n--;
		s[n] = '\0';
		text = frame_strdup(s);
	}
	free(line);
	return text;
}

void unsupported(Pos pos, const char *what) {
	error_at(pos, "not yet supported by codegen: %s", what);
}

// The 8 bytes right before a function's entry (which stays 16-byte
// aligned): the address of its register ABI's entry, or 0 when it has
// only the stack ABI's. A func value's code word is the stack entry; SSA
// callers of func values read this word to pick the entry (ssa/abi.c).
void emit_entry_word(FILE *out, const char *regabi) {
	fformat(out, "\t.p2align 4\n\t.skip 8, 0xcc\n\t.quad %s  # register ABI entry (ssa/abi.c)\n", regabi ? regabi : "0");
}

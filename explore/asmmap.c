// asmmap.c - the assembly the explorer shows: the functions of the
// explored file only (`goscape asm` prints the whole program, imported
// packages included), each line tagged with the source line it was
// generated for. The compiler puts a `.loc FILE LINE COL` before the
// code of each statement (and `# LINE n:` comments quoting it); a line
// belongs to the source line of the latest .loc above it.
#include <stdlib.h>
#include <string.h>

#include "explore.h"

typedef struct Line {
	const char *s;
	size_t n;
} Line;

static bool starts(Line l, const char *prefix) {
	size_t k = strlen(prefix);
	return l.n >= k && memcmp(l.s, prefix, k) == 0;
}

// The line without leading blanks.
static Line trimmed(Line l) {
	while (l.n > 0 && (*l.s == '\t' || *l.s == ' ')) {
		l.s++;
		l.n--;
	}
	return l;
}

// `.loc FILE LINE COL`: true with *file and *line set.
static bool parse_loc(Line l, long *file, long *line) {
	l = trimmed(l);
	if (!starts(l, ".loc "))
		return false;
	char *end;
	*file = strtol(l.s + 5, &end, 10);
	*line = strtol(end, NULL, 10);
	return true;
}

// `.file N "path"` naming path: N, else 0.
static long main_file_number(Line l, const char *path) {
	l = trimmed(l);
	if (!starts(l, ".file "))
		return 0;
	char *end;
	long n = strtol(l.s + 6, &end, 10);
	size_t k = strlen(path);
	const char *q = end + 1;
	if (*end != ' ' || q[0] != '"' || (size_t)(l.s + l.n - q) != k + 2 || memcmp(q + 1, path, k) != 0)
		return 0;
	return n;
}

static bool ends_function(Line l) {
	return starts(trimmed(l), ".size ");
}

// A function's lines start at its `# func` comment (or, for the
// wrappers without one, at its .type directive).
static bool starts_function(Line l) {
	if (starts(l, "# func "))
		return true;
	Line t = trimmed(l);
	static const char fn[] = "@function";
	size_t k = sizeof fn - 1;
	return starts(t, ".type ") && t.n > k && memcmp(t.s + t.n - k, fn, k) == 0;
}

static void emit(StrBuf *b, Line *lines, int from, int to, long file, bool *first) {
	long src = 0, f, ln;
	for (int i = from; i <= to; i++) {
		// The `# LINE n:` comment quoting a statement comes just before
		// its .loc: it starts the statement's lines.
		if (parse_loc(lines[i], &f, &ln))
			src = f == file ? ln : 0;
		else if (starts(lines[i], "# LINE "))
			src = strtol(lines[i].s + 7, NULL, 10);
		strbuf_put(b, *first ? "[" : ",[");
		*first = false;
		json_int(b, src);
		strbuf_put(b, ",");
		json_string(b, lines[i].s, lines[i].n);
		strbuf_put(b, "]\n");
	}
}

void asm_lines_json(StrBuf *b, const char *asm_text, const char *path) {
	int n = 0, cap = 1024;
	Line *lines = malloc((size_t)cap * sizeof *lines);
	LineCursor c = lines_of(asm_text, strlen(asm_text));
	const char *p;
	size_t len;
	while (lines && next_line(&c, &p, &len)) {
		if (n == cap) {
			cap *= 2;
			Line *grown = realloc(lines, (size_t)cap * sizeof *lines);
			if (!grown)
				break;
			lines = grown;
		}
		lines[n++] = (Line){p, len};
	}
	long file = 0;
	for (int i = 0; i < n && !file; i++)
		file = main_file_number(lines[i], path);
	strbuf_put(b, "[");
	bool first = true;
	int start = -1;
	long first_loc = -1;
	for (int i = 0; i < n; i++) {
		long f, ln;
		if (start < 0 && starts_function(lines[i])) {
			start = i;
			first_loc = -1;
		} else if (start >= 0 && first_loc < 0 && parse_loc(lines[i], &f, &ln)) {
			first_loc = f;
		} else if (start >= 0 && ends_function(lines[i])) {
			if (file && first_loc == file)
				emit(b, lines, start, i, file, &first);
			start = -1;
		}
	}
	strbuf_put(b, "]");
	free(lines);
}

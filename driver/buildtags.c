// buildtags.c - which .go files of a package directory goscape compiles:
// go/build's rules for GOOS=linux GOARCH=amd64 with cgo off.
//
// A file is excluded when its name starts with '_' or '.', ends in
// _test.go, or carries a foreign _GOOS, _GOARCH or _GOOS_GOARCH suffix,
// or when its build constraint (a //go:build expression, else the
// // +build lines, before the package clause) is false.
//
// The tags that hold are linux, amd64, unix, goscape and go1.1 ... go1.19,
// plus three that select pure-Go code where a package has a faster
// variant goscape cannot compile: purego and math_big_pure_go (no
// assembly), and compiler_bootstrap, under which math/bits and strconv
// carry their own helpers instead of reaching into the runtime through
// //go:linkname (the way Go builds its bootstrap compiler). gc, gccgo and
// cgo do not hold: goscape is neither compiler, and files that import "C"
// are dropped by the loader.
//
// goscape has no assembler. A GOROOT package with amd64 assembly (math,
// internal/cpu...) is therefore selected as for an architecture Go has no
// assembly for: amd64 and the _amd64 suffix do not hold, and the files
// Go keeps for such architectures (math's *_noasm.go: haveArchFloor =
// false...) are compiled instead.
#include <ctype.h>
#include <stdbool.h>
#include <string.h>

#include "../ir/diag.h"
#include "driver.h"

// Whether amd64 holds: not while selecting the files of a package with
// assembly (see select_arch).
static bool with_arch = true;

void select_arch(bool amd64) {
	with_arch = amd64;
}

static bool tag_holds(const char *tag, size_t n) {
	static const char *tags[] = {"linux", "unix", "goscape", "purego", "math_big_pure_go",
	                             "compiler_bootstrap"};
	if (n == 5 && !strncmp(tag, "amd64", 5))
		return with_arch;
	for (size_t i = 0; i < sizeof tags / sizeof tags[0]; i++)
		if (strlen(tags[i]) == n && !strncmp(tags[i], tag, n))
			return true;
	// go1.N for every release up to Go 1.19
	if (n > 4 && !strncmp(tag, "go1.", 4)) {
		int minor = 0;
		for (size_t i = 4; i < n; i++) {
			if (!isdigit((unsigned char)tag[i]))
				return false;
			minor = minor * 10 + (tag[i] - '0');
		}
		return minor >= 1 && minor <= 19;
	}
	return false;
}

static bool is_tag_char(char c) {
	return isalnum((unsigned char)c) || c == '_' || c == '.';
}

// ---- //go:build expressions: || over && over ! and parentheses ----

typedef struct Expr {
	const char *p;
	bool bad;
} Expr;

static void skip_space(Expr *e) {
	while (*e->p == ' ' || *e->p == '\t')
		e->p++;
}

static bool parse_or(Expr *e);

static bool parse_unary(Expr *e) {
	skip_space(e);
	if (*e->p == '!') {
		e->p++;
		return !parse_unary(e);
	}
	if (*e->p == '(') {
		e->p++;
		bool v = parse_or(e);
		skip_space(e);
		if (*e->p != ')')
			e->bad = true;
		else
			e->p++;
		return v;
	}
	const char *start = e->p;
	while (is_tag_char(*e->p))
		e->p++;
	if (e->p == start) {
		e->bad = true;
		return false;
	}
	return tag_holds(start, (size_t)(e->p - start));
}

static bool parse_and(Expr *e) {
	bool v = parse_unary(e);
	for (skip_space(e); e->p[0] == '&' && e->p[1] == '&'; skip_space(e)) {
		e->p += 2;
		v = parse_unary(e) && v;
	}
	return v;
}

static bool parse_or(Expr *e) {
	bool v = parse_and(e);
	for (skip_space(e); e->p[0] == '|' && e->p[1] == '|'; skip_space(e)) {
		e->p += 2;
		v = parse_and(e) || v;
	}
	return v;
}

// A malformed expression excludes the file, as go/build does.
static bool go_build_holds(const char *expr) {
	Expr e = {expr, false};
	bool v = parse_or(&e);
	skip_space(&e);
	return v && !e.bad && *e.p == '\0';
}

// ---- // +build lines: OR of space-separated terms, AND of commas ----

static bool plus_build_holds(const char *line) {
	const char *p = line;
	bool any = false;
	while (*p) {
		while (*p == ' ' || *p == '\t')
			p++;
		if (!*p)
			break;
		bool term = true;
		while (*p && *p != ' ' && *p != '\t') {
			bool neg = false;
			while (*p == '!') {
				neg = !neg;
				p++;
			}
			const char *start = p;
			while (*p && *p != ',' && *p != ' ' && *p != '\t')
				p++;
			bool v = tag_holds(start, (size_t)(p - start));
			term = term && (neg ? !v : v);
			if (*p == ',')
				p++;
		}
		any = any || term;
	}
	return any;
}

bool constraints_hold(const char *text, size_t len) {
	const char *p = text, *end = text + len;
	bool have_go_build = false, go_build = true, plus_build = true;
	while (p < end) {
		const char *eol = memchr(p, '\n', (size_t)(end - p));
		if (!eol)
			eol = end;
		const char *s = p;
		while (s < eol && (*s == ' ' || *s == '\t' || *s == '\r'))
			s++;
		char *line = xstrndup(s, (size_t)(eol - s));
		size_t n = strlen(line);
		while (n && (line[n - 1] == '\r' || line[n - 1] == ' ' || line[n - 1] == '\t'))
			line[--n] = '\0';
		p = eol + 1;
		if (n == 0)
			continue;
		if (!strncmp(line, "/*", 2)) {
			// a block comment before the package clause: skip it
			const char *close = strstr(s, "*/");
			if (!close || close >= end)
				break;
			p = close + 2;
			continue;
		}
		if (strncmp(line, "//", 2))
			break; // the package clause (or anything else) ends the header
		if (!strncmp(line, "//go:build", 10) && (line[10] == ' ' || line[10] == '\t')) {
			have_go_build = true;
			go_build = go_build_holds(line + 11);
		} else if (!strncmp(line, "// +build", 9) && (line[9] == ' ' || line[9] == '\t')) {
			plus_build = plus_build_holds(line + 10) && plus_build;
		}
	}
	return have_go_build ? go_build : plus_build;
}

// ---- file names ----

static bool in_list(const char *s, size_t n, const char *const *list) {
	for (; *list; list++)
		if (strlen(*list) == n && !strncmp(*list, s, n))
			return true;
	return false;
}

static const char *const known_os[] = {
	"aix", "android", "darwin", "dragonfly", "freebsd", "hurd", "illumos", "ios", "js", "linux",
	"nacl", "netbsd", "openbsd", "plan9", "solaris", "windows", "zos", NULL,
};
static const char *const known_arch[] = {
	"386", "amd64", "amd64p32", "arm", "armbe", "arm64", "arm64be", "loong64", "mips", "mipsle",
	"mips64", "mips64le", "mips64p32", "mips64p32le", "ppc", "ppc64", "ppc64le", "riscv",
	"riscv64", "s390", "s390x", "sparc", "sparc64", "wasm", NULL,
};

bool file_name_selected(const char *name) {
	size_t n = strlen(name);
	if (n < 4 || strcmp(name + n - 3, ".go") || name[0] == '_' || name[0] == '.')
		return false;
	n -= 3;
	if (n >= 5 && !strncmp(name + n - 5, "_test", 5))
		return false;
	// the last one or two '_'-separated elements (not the first element)
	const char *last = NULL, *prev = NULL;
	for (size_t i = 1; i < n; i++)
		if (name[i] == '_') {
			prev = last;
			last = name + i + 1;
		}
	if (!last)
		return true;
	size_t lastn = (size_t)(name + n - last);
	if (prev) {
		size_t prevn = (size_t)(last - 1 - prev);
		if (in_list(prev, prevn, known_os) && in_list(last, lastn, known_arch))
			return with_arch && !strncmp(prev, "linux", prevn) && !strncmp(last, "amd64", lastn) && prevn == 5 &&
			       lastn == 5;
	}
	if (in_list(last, lastn, known_os))
		return lastn == 5 && !strncmp(last, "linux", 5);
	if (in_list(last, lastn, known_arch))
		return with_arch && lastn == 5 && !strncmp(last, "amd64", 5);
	return true;
}

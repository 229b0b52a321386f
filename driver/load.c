// load.c - the package loader: finds, reads and parses the main package
// and every package it imports, and orders them for checking (imports
// first, as Go initialises them: depth-first in import order).
//
// Where an import path is found, first match wins:
//  1. fmt and unsafe are the compiler's own (frontend/universe.c);
//  2. goscape's own packages, lib/PATH next to the compiler binary
//     ($GOSCAPE_LIB overrides): the runtime's business, written in Go
//     (internal/bytealg...); only their body-less functions may be
//     implemented by goscape's runtime;
//  3. the main module: a go.mod in the main package's directory or above
//     whose `module M` line makes M/sub the directory sub;
//  4. $GOROOT/src/PATH, GOROOT being $GOROOT, else /usr/lib/go-1.19, else
//     what `go env GOROOT` prints.
// A package goscape cannot compile (a function without a Go body that
// goscape's runtime does not implement (hooks.c), a runtime package
// goscape has no version of, an import cycle) is marked broken with the
// reason; the pipeline reports it at each import of it.
#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../frontend/frontend.h"
#include "driver.h"

// Go's own compiler refuses nothing this small, but a 64 MiB source file
// is surely a mistake, and the limit keeps every offset within an int.
#define MAX_SOURCE_SIZE ((size_t)64 << 20)

char *read_source(const char *path, size_t *len) {
	FILE *f = fopen(path, "rb");
	if (!f) {
		const char *why = strerror(errno);
		fprintf(stderr, "open %s: %c%s\n", path, tolower((unsigned char)why[0]), why + 1);
		return NULL;
	}
	struct stat st;
	if (fstat(fileno(f), &st) != 0 || !S_ISREG(st.st_mode)) {
		fprintf(stderr, "read %s: not a regular file\n", path);
		fclose(f);
		return NULL;
	}
	if ((size_t)st.st_size > MAX_SOURCE_SIZE) {
		fprintf(stderr, "%s: file too large (%lld bytes; goscape's limit is 64 MiB)\n", path,
		        (long long)st.st_size);
		fclose(f);
		return NULL;
	}
	char *text = xmalloc((size_t)st.st_size + 1);
	size_t n = fread(text, 1, (size_t)st.st_size, f);
	bool failed = ferror(f);
	fclose(f);
	if (failed) {
		fprintf(stderr, "read %s: %s\n", path, strerror(errno));
		free(text);
		return NULL;
	}
	text[n] = '\0';
	*len = n;
	return text;
}

static bool is_dir(const char *path) {
	struct stat st;
	return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

// ---- where packages live ----

// A folder the environment variable env names, else found(); looked up
// once (*cache).
static const char *located(const char **cache, const char *env, const char *(*found)(void)) {
	if (!*cache) {
		const char *set = getenv(env);
		*cache = set && *set ? set : found();
	}
	return *cache;
}

static const char *find_goroot(void) {
	if (is_dir("/usr/lib/go-1.19/src"))
		return "/usr/lib/go-1.19";
	FILE *p = popen("go env GOROOT 2>/dev/null", "r");
	char buf[4096] = "";
	if (p) {
		if (!fgets(buf, sizeof buf, p))
			buf[0] = '\0';
		pclose(p);
	}
	buf[strcspn(buf, "\n")] = '\0';
	return xstrdup(buf[0] ? buf : "/usr/lib/go-1.19");
}

const char *goroot(void) {
	static const char *root;
	return located(&root, "GOROOT", find_goroot);
}

// DIR/goscape or DIR/build-X/goscape: DIR/lib
static const char *find_lib_dir(void) {
	const char *bin = compiler_dir();
	if (!bin)
		return "lib";
	const char *next = xasprintf("%s/lib", bin);
	return is_dir(next) ? next : xasprintf("%s/../lib", bin);
}

static const char *lib_dir(void) {
	static const char *dir;
	return located(&dir, "GOSCAPE_LIB", find_lib_dir);
}

typedef struct Module {
	const char *path;    // module path, or NULL without a go.mod
	const char *dir;
} Module;

// The `module` line of the go.mod in dir or the nearest directory above.
static Module find_module(const char *dir) {
	char *abs = realpath(dir, NULL);
	Module m = {0};
	for (char *d = abs; d && *d;) {
		char *gomod = xasprintf("%s/go.mod", d);
		size_t len;
		FILE *f = fopen(gomod, "r");
		if (f) {
			fclose(f);
			char *text = read_source(gomod, &len);
			for (char *line = text; line && *line;) {
				char *eol = strchr(line, '\n');
				if (eol)
					*eol = '\0';
				while (*line == ' ' || *line == '\t')
					line++;
				if (!strncmp(line, "module", 6) && (line[6] == ' ' || line[6] == '\t')) {
					char *p = line + 7;
					while (*p == ' ' || *p == '\t' || *p == '"')
						p++;
					size_t n = strcspn(p, " \t\r\"/");
					while (p[n] == '/' && p[n + 1] && p[n + 1] != ' ')
						n += 1 + strcspn(p + n + 1, " \t\r\"/");
					m.path = xstrndup(p, n);
					m.dir = xstrdup(d);
					return m;
				}
				line = eol ? eol + 1 : NULL;
			}
			return m;
		}
		char *slash = strrchr(d, '/');
		if (!slash || slash == d)
			break;
		*slash = '\0';
	}
	return m;
}

static bool builtin_package(const char *path) {
	return !strcmp(path, "fmt") || !strcmp(path, "unsafe");
}

// Packages that are part of Go's runtime: goscape compiles only its own
// versions of them (lib/), never GOROOT's.
static bool runtime_package(const char *path) {
	static const char *const pkgs[] = {"runtime", "reflect", "internal/reflectlite", "internal/bytealg",
	                                   "internal/abi", NULL};
	for (int i = 0; pkgs[i]; i++)
		if (!strcmp(path, pkgs[i]))
			return true;
	return !strncmp(path, "runtime/", 8);
}

// ---- reading one package ----

typedef struct Loader {
	Module mod;
	Vec order;           // Package* loaded from source, in dependency order
	Vec all;             // Package* every import path seen
	bool failed;         // unreadable files: stop
} Loader;

static int cmp_names(const void *a, const void *b) {
	return strcmp(*(char *const *)a, *(char *const *)b);
}

// The directory's entries whose names end in ext, sorted.
static Vec dir_files(const char *dir, const char *ext) {
	Vec names = {0};
	DIR *d = opendir(dir);
	if (!d)
		return names;
	size_t k = strlen(ext);
	for (struct dirent *e; (e = readdir(d));) {
		size_t n = strlen(e->d_name);
		if (n > k && !strcmp(e->d_name + n - k, ext))
			vec_push(&names, xstrdup(e->d_name));
	}
	closedir(d);
	if (names.len > 1)
		qsort(names.data, (size_t)names.len, sizeof(char *), cmp_names);
	return names;
}

static bool imports_c(File *f) {
	for (int i = 0; i < f->imports.len; i++)
		if (!strcmp(import_path(f->imports.data[i]), "C"))
			return true;
	return false;
}

// Parses one file; with select, only when its build constraints hold
// and it does not use cgo.
static File *parse_path(Loader *ld, const char *path, bool select) {
	size_t len;
	char *text = read_source(path, &len);
	if (!text) {
		ld->failed = true;
		return NULL;
	}
	if (select && !constraints_hold(text, len)) {
		free(text);
		return NULL;
	}
	File *f = parse_file(diag_add_file(path, text, len));
	free(text);
	return select && f && imports_c(f) ? NULL : f;
}

static void read_dir(Loader *ld, Package *p) {
	// a GOROOT package with amd64 assembly: its portable variant, unless
	// goscape's runtime implements the assembly (hooks.c)
	select_arch(p->own || runtime_hooks_package(p->path) || dir_files(p->dir, "_amd64.s").len == 0);
	Vec names = dir_files(p->dir, ".go");
	for (int i = 0; i < names.len; i++) {
		if (!file_name_selected(names.data[i]))
			continue;
		File *f = parse_path(ld, xasprintf("%s/%s", p->dir, (char *)names.data[i]), true);
		if (f)
			vec_push(&p->files, f);
	}
	select_arch(true);
}

// Why goscape cannot compile p, as far as its files tell.
static const char *why_broken(Package *p) {
	if (p->files.len == 0)
		return xasprintf("no Go files for linux/amd64 in %s", p->dir);
	const char *name = ((File *)p->files.data[0])->pkgname;
	for (int i = 0; i < p->files.len; i++) {
		File *f = p->files.data[i];
		if (f->pkgname && name && strcmp(f->pkgname, name))
			return xasprintf("found packages %s and %s in %s", name, f->pkgname, p->dir);
		// goscape's own packages leave such functions to the runtime
		for (int k = 0; !p->own && k < f->decls.len; k++) {
			Node *d = f->decls.data[k];
			if (d && d->kind == ND_FUNCDECL && !node_ext(d)->body && d->name && !runtime_hook(p->path, d->name))
				return xasprintf("%s has no Go body at %s:%d: goscape does not compile assembly or "
				                 "Go's runtime hooks", d->name, diag_file_name(d->pos.file), d->pos.line);
		}
	}
	return NULL;
}

static Package *new_package(Loader *ld, const char *path, const char *dir) {
	Package *p = xcalloc(1, sizeof(Package));
	p->path = path;
	p->dir = dir;
	vec_push(&ld->all, p);
	return p;
}

static void load_imports(Loader *ld, Package *p);

// Reads p's files, then (depth-first, in import order) its imports, and
// appends p to the order after them.
static Package *load_dir(Loader *ld, Package *p) {
	p->state = 1;
	int mark = diag_count();
	read_dir(ld, p);
	// a package goscape cannot parse is broken, not the build (only what imports it fails)
	const char *syntax = diag_take_since(mark);
	p->broken = syntax ? xasprintf("goscape cannot parse it: %s", syntax) : why_broken(p);
	load_imports(ld, p);
	p->state = 2;
	vec_push(&ld->order, p);
	return p;
}

// The package an import path names (NULL for fmt and unsafe).
static Package *resolve_import(Loader *ld, const char *path) {
	if (builtin_package(path))
		return NULL;
	for (int i = 0; i < ld->all.len; i++) {
		Package *p = ld->all.data[i];
		if (!strcmp(p->path, path))
			return p;
	}
	const char *own = xasprintf("%s/%s", lib_dir(), path);
	if (is_dir(own)) {
		Package *p = new_package(ld, path, own);
		p->own = true;
		return load_dir(ld, p);
	}
	size_t n = ld->mod.path ? strlen(ld->mod.path) : 0;
	if (n && !strncmp(path, ld->mod.path, n) && (path[n] == '/' || path[n] == '\0')) {
		Package *p = new_package(ld, path, xasprintf("%s%s", ld->mod.dir, path + n));
		if (is_dir(p->dir))
			return load_dir(ld, p);
		p->missing = xasprintf("package %s is not in the main module (%s)", path, p->dir);
		return p;
	}
	Package *p = new_package(ld, path, xasprintf("%s/src/%s", goroot(), path));
	if (runtime_package(path))
		p->broken = "it belongs to Go's runtime, and goscape has no version of it yet";
	else if (!is_dir(p->dir))
		p->missing = xasprintf("package %s is not in GOROOT (%s)", path, p->dir);
	else
		return load_dir(ld, p);
	return p;
}

static void load_imports(Loader *ld, Package *p) {
	for (int i = 0; i < p->files.len; i++) {
		File *f = p->files.data[i];
		for (int k = 0; k < f->imports.len; k++) {
			Node *imp = f->imports.data[k];
			Package *dep = resolve_import(ld, import_path(imp));
			if (!dep)
				continue;
			if (dep->state == 1 && !p->broken)
				p->broken = xasprintf("import cycle through %s", dep->path);
			bool have = false;
			for (int j = 0; j < p->deps.len && !have; j++)
				have = p->deps.data[j] == dep;
			if (!have)
				vec_push(&p->deps, dep);
		}
	}
}

// The main package's import path: main, always (like go build).
bool load_program(const Options *opt, Vec *order) {
	Loader ld = {0};
	Package *main_pkg = xcalloc(1, sizeof(Package));
	main_pkg->path = "main";
	main_pkg->state = 1;
	if (opt->dir) {
		main_pkg->dir = opt->dir;
		read_dir(&ld, main_pkg);
		if (main_pkg->files.len == 0 && !ld.failed) {
			fprintf(stderr, "no Go files in %s\n", opt->dir);
			return false;
		}
	} else {
		const char *slash = strrchr(opt->files[0], '/');
		main_pkg->dir = slash ? xstrndup(opt->files[0], (size_t)(slash - opt->files[0])) : ".";
		for (int i = 0; i < opt->nfiles; i++) {
			File *f = parse_path(&ld, opt->files[i], false);
			if (f)
				vec_push(&main_pkg->files, f);
		}
	}
	if (ld.failed)
		return false;
	ld.mod = find_module(main_pkg->dir);
	load_imports(&ld, main_pkg);
	main_pkg->state = 2;
	vec_push(&ld.order, main_pkg);
	*order = ld.order;
	return !ld.failed;
}

const char *dir_import_path(const char *dir) {
	Module m = find_module(dir);
	char *abs = realpath(dir, NULL);
	if (!m.path || !abs)
		return NULL;
	return xasprintf("%s%s", m.path, abs + strlen(m.dir));
}

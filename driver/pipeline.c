// pipeline.c - runs the stages in order for each command: load the
// packages (load.c), check each (imports first), escape analysis (-m
// diagnostics of the main package), codegen of the whole program, then
// link and possibly run. A stage runs only when the previous ones reported no
// error, except that codegen errors never hide escape diagnostics.
#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "../codegen/codegen.h"
#include "../escape/escape.h"
#include "../frontend/frontend.h"
#include "driver.h"

// Reports the imports of p that name no package or one goscape cannot
// compile: for the main package at the import (gc's wording), for an
// imported package as the reason it cannot be compiled either. `compile`
// keeps the checker's type-check-only declarations as a fallback.
static void check_imports(const Options *opt, Package *p, bool is_main) {
	for (int i = 0; i < p->files.len; i++) {
		File *f = p->files.data[i];
		for (int k = 0; k < f->imports.len; k++) {
			Node *imp = f->imports.data[k];
			const char *path = import_path(imp);
			Package *dep = NULL;
			for (int j = 0; j < p->deps.len && !dep; j++)
				if (!strcmp(((Package *)p->deps.data[j])->path, path))
					dep = p->deps.data[j];
			if (!dep || (!dep->missing && !dep->broken))
				continue;
			if (opt->cmd == CMD_COMPILE && stub_known(path))
				continue;
			const char *why = dep->missing ? dep->missing : dep->broken;
			if (!is_main) {
				if (!p->broken)
					p->broken = xasprintf("it imports %s: %s", path, why);
			} else if (dep->missing) {
				error_at(imp->pos, "%s", why);
			} else {
				error_at(imp->pos, "could not import %s (%s)", path, why);
			}
		}
	}
}

// Checks the packages in order; an imported package that fails is
// marked broken (its first error becomes the reason) and its importers
// report it. checked gets the Program of each package that passed.
static bool check_packages(const Options *opt, Vec *pkgs, Vec *checked) {
	for (int i = 0; i < pkgs->len; i++) {
		Package *p = pkgs->data[i];
		bool is_main = i == pkgs->len - 1;
		check_imports(opt, p, is_main);
		if (is_main && diag_count() > 0)
			return false;
		if (p->broken)
			continue;
		int mark = diag_count();
		Program *prog = check_package(p->path, (File **)p->files.data, p->files.len, checked);
		if (diag_count() > mark) {
			if (is_main)
				return false;
			p->broken = xasprintf("goscape cannot compile it yet: %s", diag_take_since(mark));
			continue;
		}
		p->prog = prog;
		vec_push(checked, prog);
	}
	return true;
}

// Front end and escape analysis of every package: checked gets the
// Program of each, imports first, the main package last. Returns false
// after printing the errors.
static bool analyse(const Options *opt, Vec *checked) {
	if (opt->phases)
		phases_enable();
	types_init();
	Vec pkgs = {0};
	if (!load_program(opt, &pkgs)) {
		diag_flush();
		return false;
	}
	phase_done("parse");
	// Like gc: syntax errors end the run before type checking; lexical
	// errors (a bad character, an unterminated literal) do not.
	if (diag_syntax_count() > 0 || !check_packages(opt, &pkgs, checked)) {
		diag_flush();
		return false;
	}
	phase_done("check");
	// -m reports on the main package only, like -gcflags=-m; the others'
	// parameter tags stay on their functions for the calls into them.
	for (int i = 0; i < checked->len; i++) {
		bool main_pkg = i == checked->len - 1;
		EscapeOptions eo = {.m_level = main_pkg && !opt->m_dot ? opt->m_level : 0,
		                    .off = opt->escape_off,
		                    .out = stderr,
		                    .dot = main_pkg && opt->m_dot ? stderr : NULL};
		escape_analyze(checked->data[i], &eo);
	}
	if (diag_count() > 0) {   // //goscape:noheap violations
		diag_flush();
		return false;
	}
	phase_done("escape");
	codegen_options(!opt->no_opt, opt->ssa_dump);
	fflush(stderr);
	return true;
}

// Generates the assembly into out; returns false after printing errors.
static bool generate(Vec *pkgs, FILE *out, const char *out_name) {
	codegen_program(pkgs, out);
	if (diag_count() > 0) {
		diag_flush();
		return false;
	}
	bool flushed = fflush(out) == 0;
	phase_done("codegen");
	if (!flushed || ferror(out)) {
		fprintf(stderr, "goscape: writing %s: %s\n", out_name, strerror(errno));
		return false;
	}
	return true;
}

static bool is_main_package(const Options *opt, Vec *pkgs) {
	Program *prog = pkgs->data[pkgs->len - 1];
	if (prog->pkgname && strcmp(prog->pkgname, "main") == 0)
		return true;
	fprintf(stderr, "goscape %s: package %s is not a main package (goscape compile checks any package)\n",
	        command_name(opt->cmd), prog->pkgname ? prog->pkgname : "?");
	return false;
}

// The default executable name: the first file's base name without .go,
// or the last element of the directory's import path, like go build.
static char *program_name(const Options *opt) {
	if (opt->dir) {
		// like go build: the last element of the package's import path
		const char *path = dir_import_path(opt->dir);
		if (!path)
			path = realpath(opt->dir, NULL);
		const char *slash = path ? strrchr(path, '/') : NULL;
		return xstrdup(slash && slash[1] ? slash + 1 : path && *path ? path : "main");
	}
	const char *path = opt->files[0];
	const char *slash = strrchr(path, '/');
	const char *base = slash ? slash + 1 : path;
	return xstrndup(base, strlen(base) - 3);
}

// Compiles and links the program into exe: one object per package
// (cache.c), or with keep_as one assembly file for the whole program,
// kept there. Returns EXIT_OK or, after printing why, EXIT_BUILD.
static int build_executable(const Options *opt, const char *exe, const char *keep_as) {
	Vec pkgs = {0};
	if (!analyse(opt, &pkgs) || !is_main_package(opt, &pkgs))
		return EXIT_BUILD;
	if (!keep_as) {
		Vec objs = {0};
		if (!package_objects(opt, &pkgs, &objs))
			return EXIT_BUILD;
		phase_done("codegen+as");
		int linked = link_program((char *const *)objs.data, objs.len, exe);
		phase_done("link");
		return linked == 0 ? EXIT_OK : EXIT_BUILD;
	}
	char *asm_path = xstrdup(keep_as);
	FILE *out = fopen(asm_path, "w");
	if (!out) {
		fprintf(stderr, "goscape: cannot create %s: %s\n", asm_path, strerror(errno));
		return EXIT_BUILD;
	}
	bool ok = generate(&pkgs, out, asm_path);
	if (fclose(out) != 0)
		ok = false;
	if (!ok)
		return EXIT_BUILD;
	return link_program(&asm_path, 1, exe) == 0 ? EXIT_OK : EXIT_BUILD;
}

// Like go build: -o naming an existing directory, or ending in a slash,
// writes the default name into that directory (created if need be).
static const char *output_path(const Options *opt) {
	const char *o = opt->out;
	if (!o)
		return program_name(opt);
	size_t n = strlen(o);
	struct stat st;
	bool dir = (n > 0 && o[n - 1] == '/') || (stat(o, &st) == 0 && S_ISDIR(st.st_mode));
	if (!dir)
		return o;
	if (make_dirs(o) != 0) {
		fprintf(stderr, "goscape: cannot create directory %s: %s\n", o, strerror(errno));
		return NULL;
	}
	return xasprintf("%s%s%s", o, o[n - 1] == '/' ? "" : "/", program_name(opt));
}

int cmd_build(const Options *opt) {
	const char *exe = output_path(opt);
	if (!exe)
		return EXIT_BUILD;
	return build_executable(opt, exe, opt->keep_asm ? xasprintf("%s.s", exe) : NULL);
}

int cmd_run(const Options *opt) {
	char *name = program_name(opt);
	char *exe = xasprintf("%s/%s", make_temp_dir(), name);
	int status = build_executable(opt, exe, opt->keep_asm ? xasprintf("%s.s", name) : NULL);
	if (status != EXIT_OK)
		return status;
	char **argv = xcalloc((size_t)opt->nargs + 2, sizeof(char *));
	argv[0] = exe;
	for (int i = 0; i < opt->nargs; i++)
		argv[i + 1] = opt->args[i];
	status = run_command(argv);
	return status < 0 ? EXIT_COMPILE : status;
}

int cmd_asm(const Options *opt) {
	Vec pkgs = {0};
	if (!analyse(opt, &pkgs))
		return EXIT_COMPILE;
	return generate(&pkgs, stdout, "stdout") ? EXIT_OK : EXIT_COMPILE;
}

// compile: like asm, but quiet unless -o says where the assembly goes;
// codegen still runs so that its errors are reported; without -o only
// for the main package (the imported ones' code would go nowhere).
int cmd_compile(const Options *opt) {
	Vec pkgs = {0};
	if (!analyse(opt, &pkgs))
		return EXIT_COMPILE;
	const char *path = opt->out ? opt->out : "/dev/null";
	bool to_stdout = strcmp(path, "-") == 0;
	FILE *out = to_stdout ? stdout : fopen(path, "w");
	if (!out) {
		fprintf(stderr, "goscape: cannot create %s: %s\n", path, strerror(errno));
		return EXIT_COMPILE;
	}
	if (!opt->out) {
		Program *main_pkg = pkgs.data[pkgs.len - 1];
		pkgs = (Vec){0};
		vec_push(&pkgs, main_pkg);
	}
	bool ok = generate(&pkgs, out, path);
	if (!to_stdout && fclose(out) != 0)
		ok = false;
	return ok ? EXIT_OK : EXIT_COMPILE;
}

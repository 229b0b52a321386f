// pipeline.c - runs the stages in order for each command: read the files,
// parse, check, escape analysis (its -m diagnostics), codegen, then link
// and possibly run. A stage runs only when the previous ones reported no
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

// Go's own compiler refuses nothing this small, but a 64 MiB source file
// is surely a mistake, and the limit keeps every offset within an int.
#define MAX_SOURCE_SIZE ((size_t)64 << 20)

// Reads a whole source file; prints Go-style messages on failure.
static char *read_source(const char *path, size_t *len) {
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

// Front end and escape analysis: returns the checked Program, or NULL
// after printing the errors.
static Program *analyse(const Options *opt) {
	types_init();
	File **files = xcalloc((size_t)opt->nfiles, sizeof(File *));
	for (int i = 0; i < opt->nfiles; i++) {
		size_t len;
		char *text = read_source(opt->files[i], &len);
		if (!text)
			return NULL;
		files[i] = parse_file(diag_add_file(opt->files[i], text, len));
	}
	// Like gc: syntax errors end the run before type checking; lexical
	// errors (a bad character, an unterminated literal) do not.
	if (diag_syntax_count() > 0) {
		diag_flush();
		return NULL;
	}
	Program *prog = check_program(files, opt->nfiles);
	if (diag_count() > 0 || !prog) {
		diag_flush();
		return NULL;
	}
	EscapeOptions eo = {.m_level = opt->m_level, .off = opt->escape_off, .out = stderr};
	escape_analyze(prog, &eo);
	fflush(stderr);
	return prog;
}

// Generates the assembly into out (for linking into an executable when
// `linking`); returns false after printing errors.
static bool generate(Program *prog, FILE *out, const char *out_name, bool linking) {
	(linking ? codegen_executable : codegen_program)(prog, out);
	if (diag_count() > 0) {
		diag_flush();
		return false;
	}
	if (fflush(out) != 0 || ferror(out)) {
		fprintf(stderr, "goscape: writing %s: %s\n", out_name, strerror(errno));
		return false;
	}
	return true;
}

static bool is_main_package(const Options *opt, Program *prog) {
	if (prog->pkgname && strcmp(prog->pkgname, "main") == 0)
		return true;
	fprintf(stderr, "goscape %s: package %s is not a main package (goscape compile checks any package)\n",
	        command_name(opt->cmd), prog->pkgname ? prog->pkgname : "?");
	return false;
}

// The default executable name: the first file's base name without .go.
static char *program_name(const Options *opt) {
	const char *path = opt->files[0];
	const char *slash = strrchr(path, '/');
	const char *base = slash ? slash + 1 : path;
	return xstrndup(base, strlen(base) - 3);
}

// Compiles and links the program into exe. The assembly goes to
// keep_as when given (it is kept), else into the temporary directory.
// Returns EXIT_OK or, after printing why, EXIT_BUILD.
static int build_executable(const Options *opt, const char *exe, const char *keep_as) {
	Program *prog = analyse(opt);
	if (!prog || !is_main_package(opt, prog))
		return EXIT_BUILD;
	char *asm_path = keep_as ? xstrdup(keep_as) : xasprintf("%s/prog.s", make_temp_dir());
	FILE *out = fopen(asm_path, "w");
	if (!out) {
		fprintf(stderr, "goscape: cannot create %s: %s\n", asm_path, strerror(errno));
		return EXIT_BUILD;
	}
	bool ok = generate(prog, out, asm_path, true);
	if (fclose(out) != 0)
		ok = false;
	if (!ok)
		return EXIT_BUILD;
	return link_program(asm_path, exe) == 0 ? EXIT_OK : EXIT_BUILD;
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
	Program *prog = analyse(opt);
	if (!prog)
		return EXIT_COMPILE;
	return generate(prog, stdout, "stdout", false) ? EXIT_OK : EXIT_COMPILE;
}

// compile: like asm, but quiet unless -o says where the assembly goes;
// codegen still runs so that its errors are reported.
int cmd_compile(const Options *opt) {
	Program *prog = analyse(opt);
	if (!prog)
		return EXIT_COMPILE;
	const char *path = opt->out ? opt->out : "/dev/null";
	bool to_stdout = strcmp(path, "-") == 0;
	FILE *out = to_stdout ? stdout : fopen(path, "w");
	if (!out) {
		fprintf(stderr, "goscape: cannot create %s: %s\n", path, strerror(errno));
		return EXIT_COMPILE;
	}
	bool ok = generate(prog, out, path, false);
	if (!to_stdout && fclose(out) != 0)
		ok = false;
	return ok ? EXIT_OK : EXIT_COMPILE;
}

// driver.h - what the driver's files share: the parsed command line, the
// compile pipeline and the helpers that run the system toolchain.
#ifndef GOSCAPE_DRIVER_H
#define GOSCAPE_DRIVER_H

#include <stdbool.h>
#include <stdio.h>

#include "../ir/ast.h"

#define GOSCAPE_VERSION "0.1"

// Exit statuses of the driver itself (a `run` passes the program's through):
// compile errors end `compile` and `asm` with 1 like `go tool compile`,
// `build` and `run` with 2 like `go build` and `go run`.
enum { EXIT_OK = 0, EXIT_COMPILE = 1, EXIT_USAGE = 2, EXIT_BUILD = 2 };

typedef enum { CMD_BUILD, CMD_RUN, CMD_ASM, CMD_COMPILE, CMD_EXPLORE, CMD_VERSION, CMD_HELP } Command;

typedef struct Options {
	Command cmd;
	const char *out;      // -o: binary (build) or assembly file (compile)
	int m_level;          // -m, -m=2, -m -m
	bool m_dot;           // -m=dot: the escape graph as Graphviz DOT on stderr instead
	bool escape_off;      // -escape=off
	bool no_opt;          // -N: no SSA optimisation passes
	const char *ssa_dump; // -d=ssa/FUNC: FUNC's IR after every pass on stderr
	bool phases;          // -d=phases: each stage's time and memory on stderr (phases.c)
	bool keep_asm;        // -S or GOSCAPE_KEEP=1: keep the .s next to the output
	char **files;         // the .go files, in command-line order
	int nfiles;
	const char *dir;      // or the directory of the main package (`goscape build .`)
	char **args;          // run: the program's arguments
	int nargs;
} Options;

// ---- phases.c ----
// -d=phases: phases_enable starts the clock; phase_done(NAME) prints the
// time since the last mark and the process's memory (nothing when disabled).
void phases_enable(void);
void phase_done(const char *name);

// ---- options.c ----
const char *command_name(Command cmd);
bool command_lookup(const char *name, Command *cmd);
// Fills opt from argv[0..argc) (the words after the command name).
// Returns -1 when the command should go on, else the exit status to end
// with (0 after -h, EXIT_USAGE after a usage message).
int parse_options(Command cmd, int argc, char **argv, Options *opt);
void print_usage(FILE *out);
void print_command_usage(FILE *out, Command cmd);

// ---- load.c: the packages of a program ----
typedef struct Program Program;
typedef struct Package {
	const char *path;     // import path ("main" for the main package)
	const char *dir;      // its directory
	bool own;             // one of goscape's own packages (lib/)
	Vec files;            // File*, the selected files sorted by name
	Vec deps;             // Package* it imports (not fmt/unsafe), in import order
	const char *missing;  // why the import path names no package (Go's wording), or NULL
	const char *broken;   // why goscape cannot compile it, or NULL
	Program *prog;        // after checking
	int state;            // loader: 0 new, 1 loading, 2 loaded
} Package;

// Finds, reads and parses the main package (opt->files, or the directory
// opt->dir) and every package it imports, recursively. order gets the
// packages to compile in dependency order (Go's initialisation order), the
// main package last. Returns false after printing why a file could not be
// read; syntax errors are in diag.
bool load_program(const Options *opt, Vec *order);
// The import path a directory has in its module (NULL outside a module).
const char *dir_import_path(const char *dir);
char *read_source(const char *path, size_t *len);
const char *goroot(void);

// ---- buildtags.c: file selection (GOOS=linux GOARCH=amd64, cgo off) ----
bool file_name_selected(const char *name);
bool constraints_hold(const char *text, size_t len);
// While false, amd64 does not hold (packages with assembly, see buildtags.c).
void select_arch(bool amd64);

// ---- hooks.c: body-less GOROOT functions goscape's runtime implements ----
bool runtime_hook(const char *pkg, const char *name);
bool runtime_hooks_package(const char *pkg);
// One PKG.NAME a line (the symbols runtime/hooks.S must define).
void list_runtime_hooks(FILE *out);

// ---- cache.c: the object of each package, imported ones cached ----
// objs gets the object file of every package of pkgs (checked Programs,
// initialisation order), compiling those not in the cache. Returns false
// after the errors were printed.
bool package_objects(const Options *opt, Vec *pkgs, Vec *objs);

// ---- pipeline.c ----
int cmd_build(const Options *opt);
int cmd_run(const Options *opt);
int cmd_asm(const Options *opt);
int cmd_compile(const Options *opt);

// ---- toolchain.c ----
// A fresh private directory, removed with its contents when the driver exits.
const char *make_temp_dir(void);
// rm -rf: removes path and everything under it (symbolic links, not
// what they point to).
void remove_tree(const char *path);
// mkdir -p: 0, or -1 with errno set.
int make_dirs(const char *path);
// Runs argv[0] (searched in PATH) without a shell and waits for it.
// Returns its exit status, 128+N when killed by signal N, or -1 (after
// printing why) when it could not be started.
int run_command(char *const argv[]);
// Links assembly or object files with the runtime into the executable
// out. Returns 0 on success (the toolchain's messages went to stderr).
int link_program(char *const *inputs, int n, const char *out);
// The path of the compiler binary ("" when it cannot be read).
const char *self_exe(void);
// The directory of the compiler binary, or NULL.
const char *compiler_dir(void);

#endif

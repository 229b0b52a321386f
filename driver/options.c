// options.c - the command line: command names, flags, usage texts.
//
// Flags may come before or between the files, except for `run`, where
// (as with `go run`) the first word after the files that is not a .go file
// starts the program's arguments; `--` ends the flags explicitly.
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "driver.h"

// Which flags each command accepts.
enum { F_OUT = 1, F_M = 2, F_ESCAPE = 4, F_KEEP = 8, F_SSA = 16 };

typedef struct CommandInfo {
	const char *name;
	int flags;
	const char *synopsis;
	const char *help;
} CommandInfo;

static const CommandInfo commands[] = {
	[CMD_BUILD] = {"build", F_OUT | F_M | F_ESCAPE | F_KEEP | F_SSA,
		"build [-o OUT] [-m[=2|dot]] [-escape=off] [-N] [-S] FILE.go... | DIR",
		"Compiles package main (the files, or the package in DIR, e.g. `.`) and\n"
		"the packages it imports into a native executable, named after the first\n"
		"file without .go (or DIR's name) unless -o is given.\n"},
	[CMD_RUN] = {"run", F_M | F_ESCAPE | F_KEEP | F_SSA,
		"run [-m[=2|dot]] [-escape=off] [-N] [-S] FILE.go...|DIR [--] [ARGS...]",
		"Builds the program in a temporary directory and runs it with ARGS;\n"
		"exits with the program's status (128+N if killed by signal N).\n"},
	[CMD_ASM] = {"asm", F_M | F_ESCAPE | F_SSA,
		"asm [-m[=2|dot]] [-escape=off] [-N] [-d=ssa/FUNC|-d=phases] FILE.go...|DIR",
		"Prints the annotated x86-64 assembly of the program on stdout.\n"},
	[CMD_COMPILE] = {"compile", F_OUT | F_M | F_ESCAPE | F_SSA,
		"compile [-m[=2|dot]] [-escape=off] [-N] [-o FILE.s] FILE.go...|DIR",
		"Type-checks, analyses and generates code for the files without linking\n"
		"(any package name); writes the assembly only when -o is given ('-' is\n"
		"stdout). With -m the escape diagnostics come before any codegen error.\n"},
	[CMD_EXPLORE] = {"explore", 0,
		"explore FILE.go [-o PAGE.html] [--run] | explore --serve [ADDR] [FILE.go] [--allow-run]",
		"Writes one self-contained HTML page (PAGE.html, default FILE.html) showing the\n"
		"source with its -m verdicts beside the annotated assembly, linked by colour,\n"
		"for escape analysis on, -escape=off and -N, with the -m=2 explanation of a\n"
		"clicked line and the escape graph (with Graphviz). --run adds a run's output\n"
		"and allocation counts. --serve serves the page live on ADDR (default 127.0.0.1:8080;\n"
		"port 0 picks a free one): edit the source and it recompiles. --allow-run\n"
		"lets the page run the program on the server, in a child with CPU, memory,\n"
		"output and time limits.\n"},
	[CMD_VERSION] = {"version", 0, "version", "Prints goscape's version.\n"},
	[CMD_HELP] = {"help", 0, "help [COMMAND]", "Prints the usage of goscape or of one command.\n"},
};

// The flags, each with the commands that accept it (-h is everyone's).
static const struct {
	int flag;
	const char *text;
} flag_help[] = {
	{F_OUT, "  -o OUT         output file (build: a directory if it ends in / or exists)\n"},
	{F_M, "  -m, -m=2       print escape-analysis decisions (-m=2 or -m -m: with reasons)\n"
	      "  -m=dot         print the escape data-flow graph as Graphviz DOT on stderr instead\n"},
	{F_ESCAPE, "  -escape=off    allocate every escaping-capable value on the heap\n"},
	{F_SSA, "  -N             no optimisation passes on the SSA IR (like -gcflags=-N)\n"
	        "  -d=ssa/FUNC    print FUNC's SSA IR after every pass on stderr (FUNC: main.f or f)\n"
	        "  -d=phases      print each compiler stage's time and memory on stderr\n"},
	{F_KEEP, "  -S             keep the generated assembly (OUT.s); also GOSCAPE_KEEP=1\n"},
};

// The help lines of the flags in the set `flags`.
static void print_flags(FILE *out, int flags) {
	fprintf(out, "Flags:\n");
	for (size_t i = 0; i < sizeof flag_help / sizeof flag_help[0]; i++)
		if (flags & flag_help[i].flag)
			fputs(flag_help[i].text, out);
	fputs("  -h, --help     this help\n", out);
}

static const char packages_help[] =
	"Packages: fmt and unsafe are goscape's own; the main module's packages and\n"
	"standard packages are compiled from source ($GOROOT/src), with goscape's\n"
	"own internal/bytealg, internal/reflectlite, sync, sync/atomic, runtime,\n"
	"runtime/debug and a reflect subset (lib/), and the runtime hooks of syscall,\n"
	"time, os and internal/poll in C. Known to work: errors, unicode,\n"
	"unicode/utf8, unicode/utf16, math, math/bits, math/rand, strings, strconv,\n"
	"sort, container/*, bytes, bufio, io, io/fs, io/ioutil, os, os/exec,\n"
	"text/tabwriter, syscall, time, path, path/filepath, log, flag, context,\n"
	"regexp, encoding/binary, encoding/hex, encoding/base64. Packages that need\n"
	"more (runtime/pprof, testing, math/big, encoding/json...) give 'could not\n"
	"import'. Compiled packages are cached in $XDG_CACHE_HOME/goscape\n"
	"(GOSCAPE_CACHE=DIR or off).\n";

const char *command_name(Command cmd) {
	return commands[cmd].name;
}

bool command_lookup(const char *name, Command *cmd) {
	for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++) {
		if (strcmp(commands[i].name, name) == 0) {
			*cmd = (Command)i;
			return true;
		}
	}
	return false;
}

void print_usage(FILE *out) {
	fprintf(out, "goscape compiles a subset of Go to x86-64 executables.\n\nUsage:\n");
	for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
		fprintf(out, "  goscape %s\n", commands[i].synopsis);
	fputc('\n', out);
	print_flags(out, F_OUT | F_M | F_ESCAPE | F_KEEP | F_SSA);
	fprintf(out, "\n%s\nRun 'goscape help COMMAND' for details.\n", packages_help);
}

void print_command_usage(FILE *out, Command cmd) {
	fprintf(out, "usage: goscape %s\n\n%s", commands[cmd].synopsis, commands[cmd].help);
	if (commands[cmd].flags) {
		fputc('\n', out);
		print_flags(out, commands[cmd].flags);
	}
}

static int usage_error(Command cmd, const char *fmt, const char *arg) {
	fprintf(stderr, "goscape %s: ", command_name(cmd));
	fprintf(stderr, fmt, arg);
	fprintf(stderr, "\n");
	print_command_usage(stderr, cmd);
	return EXIT_USAGE;
}

static bool ends_with_go(const char *s) {
	size_t n = strlen(s);
	return n > 3 && strcmp(s + n - 3, ".go") == 0;
}

// Handles one flag word (and its value word for -o). Returns the number
// of words consumed, or 0 for an error already reported.
static int parse_flag(Command cmd, char **argv, int i, int argc, Options *opt, int *status) {
	int allowed = commands[cmd].flags;
	const char *a = argv[i];
	if (a[1] == '-' && a[2] != '\0' && strcmp(a, "--help") != 0)
		a++; // accept --flag like -flag, as Go's flag package does
	if (strcmp(a, "-h") == 0 || strcmp(a, "-help") == 0 || strcmp(argv[i], "--help") == 0) {
		print_command_usage(stdout, cmd);
		*status = EXIT_OK;
		return 0;
	}
	if ((allowed & F_M) && strncmp(a, "-m", 2) == 0) {
		if (a[2] == '\0') {
			opt->m_level++;
			return 1;
		}
		if (a[2] == '=' && (strcmp(a + 3, "0") == 0 || strcmp(a + 3, "1") == 0 || strcmp(a + 3, "2") == 0)) {
			opt->m_level = atoi(a + 3);
			return 1;
		}
		if (strcmp(a, "-m=dot") == 0) {
			opt->m_dot = true;
			return 1;
		}
	}
	if ((allowed & F_ESCAPE) && strncmp(a, "-escape=", 8) == 0) {
		if (strcmp(a + 8, "off") == 0 || strcmp(a + 8, "on") == 0) {
			opt->escape_off = strcmp(a + 8, "off") == 0;
			return 1;
		}
		*status = usage_error(cmd, "bad value for -escape (want on or off): %s", a + 8);
		return 0;
	}
	if ((allowed & F_SSA) && strcmp(a, "-N") == 0) {
		opt->no_opt = true;
		return 1;
	}
	if ((allowed & F_SSA) && strncmp(a, "-d=ssa/", 7) == 0 && a[7]) {
		opt->ssa_dump = a + 7;
		return 1;
	}
	if ((allowed & F_SSA) && strcmp(a, "-d=phases") == 0) {
		opt->phases = true;
		return 1;
	}
	if ((allowed & F_KEEP) && strcmp(a, "-S") == 0) {
		opt->keep_asm = true;
		return 1;
	}
	if ((allowed & F_OUT) && strncmp(a, "-o", 2) == 0) {
		if (a[2] == '=') {
			opt->out = a + 3;
			return 1;
		}
		if (a[2] != '\0') {
			*status = usage_error(cmd, "unknown flag %s", argv[i]);
			return 0;
		}
		if (i + 1 >= argc) {
			*status = usage_error(cmd, "flag needs an argument: %s", a);
			return 0;
		}
		opt->out = argv[i + 1];
		return 2;
	}
	*status = usage_error(cmd, "unknown flag %s", argv[i]);
	return 0;
}

static bool is_directory(const char *path) {
	struct stat st;
	return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

int parse_options(Command cmd, int argc, char **argv, Options *opt) {
	memset(opt, 0, sizeof *opt);
	opt->cmd = cmd;
	const char *keep = getenv("GOSCAPE_KEEP");
	opt->keep_asm = keep && *keep && strcmp(keep, "0") != 0;
	opt->files = calloc((size_t)argc + 1, sizeof(char *));
	if (!opt->files) {
		perror("goscape");
		return EXIT_COMPILE;
	}

	bool flags_done = false;
	for (int i = 0; i < argc; i++) {
		char *a = argv[i];
		if (!flags_done && strcmp(a, "--") == 0) {
			flags_done = true;
			if (cmd == CMD_RUN && (opt->nfiles > 0 || opt->dir)) {
				opt->args = argv + i + 1;
				opt->nargs = argc - i - 1;
				break;
			}
			continue;
		}
		if (cmd == CMD_RUN && (opt->nfiles > 0 || opt->dir) && !ends_with_go(a)) {
			opt->args = argv + i;
			opt->nargs = argc - i;
			break;
		}
		if (!flags_done && a[0] == '-' && a[1] != '\0') {
			int status = EXIT_USAGE;
			int used = parse_flag(cmd, argv, i, argc, opt, &status);
			if (used == 0)
				return status;
			i += used - 1;
			continue;
		}
		if (!ends_with_go(a) && opt->nfiles == 0 && !opt->dir && is_directory(a)) {
			opt->dir = a;
			continue;
		}
		opt->files[opt->nfiles++] = a;
	}

	if (cmd == CMD_VERSION || cmd == CMD_HELP)
		return -1;
	if (opt->dir && opt->nfiles > 0)
		return usage_error(cmd, "%s", "give either a package directory or .go files, not both");
	if (opt->nfiles == 0 && !opt->dir)
		return usage_error(cmd, "%s", "no .go files or package directory given");
	for (int i = 0; i < opt->nfiles; i++) {
		if (!ends_with_go(opt->files[i])) {
			fprintf(stderr, "goscape %s: named files must be .go files: %s\n", command_name(cmd),
			        opt->files[i]);
			return EXIT_COMPILE;
		}
	}
	if (opt->m_level > 2)
		opt->m_level = 2;
	return -1;
}

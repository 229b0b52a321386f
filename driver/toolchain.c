// toolchain.c - the driver's dealings with the system: private temporary
// directories, running programs without a shell, finding the runtime
// library and linking with cc.
#define _GNU_SOURCE
#include <errno.h>
#include <ftw.h>
#include <limits.h>
#include <signal.h>
#include <spawn.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "driver.h"

extern char **environ;

// Set by the Makefile to the -fsanitize flags the compiler was built with,
// so that programs are linked against the same sanitizer runtime as the
// (instrumented) goscape runtime library.
#ifndef GOSCAPE_LINK_FLAGS
#define GOSCAPE_LINK_FLAGS ""
#endif

// ---- temporary directories ----

enum { MAX_TEMP_DIRS = 8 };
static char *temp_dirs[MAX_TEMP_DIRS];
static int ntemp_dirs;

static int remove_entry(const char *path, const struct stat *st, int flag, struct FTW *ftw) {
	remove(path);
	return 0;
}

void remove_tree(const char *path) {
	nftw(path, remove_entry, 16, FTW_DEPTH | FTW_PHYS);
}

static void remove_temp_dirs(void) {
	for (int i = 0; i < ntemp_dirs; i++)
		remove_tree(temp_dirs[i]);
}

const char *make_temp_dir(void) {
	if (ntemp_dirs == MAX_TEMP_DIRS) {
		fprintf(stderr, "goscape: too many temporary directories\n");
		exit(EXIT_COMPILE);
	}
	const char *tmp = getenv("TMPDIR");
	if (!tmp || !*tmp)
		tmp = "/tmp";
	char *dir = malloc(strlen(tmp) + sizeof "/goscape-XXXXXX");
	if (!dir) {
		perror("goscape");
		exit(EXIT_COMPILE);
	}
	sprintf(dir, "%s/goscape-XXXXXX", tmp);
	if (!mkdtemp(dir)) {
		fprintf(stderr, "goscape: cannot create a temporary directory in %s: %s\n", tmp,
		        strerror(errno));
		exit(EXIT_COMPILE);
	}
	if (ntemp_dirs == 0)
		atexit(remove_temp_dirs);
	temp_dirs[ntemp_dirs++] = dir;
	return dir;
}

int make_dirs(const char *path) {
	char *p = strdup(path);
	if (!p)
		return -1;
	// Every prefix ending before a slash, then the whole path.
	for (char *q = p + 1;; q++) {
		if (*q != '/' && *q != '\0')
			continue;
		char c = *q;
		*q = '\0';
		if (mkdir(p, 0777) != 0 && errno != EEXIST) {
			free(p);
			return -1;
		}
		*q = c;
		if (c == '\0' || q[1] == '\0')
			break;
	}
	free(p);
	return 0;
}

// ---- running programs ----

int run_command(char *const argv[]) {
	// Like system(): while the child runs, a terminal's ^C or ^\ is its
	// business; the driver waits, reports its status and cleans up.
	struct sigaction ignore = {.sa_handler = SIG_IGN}, old_int, old_quit;
	sigemptyset(&ignore.sa_mask);
	sigaction(SIGINT, &ignore, &old_int);
	sigaction(SIGQUIT, &ignore, &old_quit);

	posix_spawnattr_t attr;
	posix_spawnattr_init(&attr);
	sigset_t defaults;
	sigemptyset(&defaults);
	sigaddset(&defaults, SIGINT);
	sigaddset(&defaults, SIGQUIT);
	posix_spawnattr_setsigdefault(&attr, &defaults);
	posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSIGDEF);

	fflush(stdout);
	pid_t pid;
	int err = posix_spawnp(&pid, argv[0], NULL, &attr, argv, environ);
	posix_spawnattr_destroy(&attr);
	int status = -1;
	if (err != 0) {
		fprintf(stderr, "goscape: cannot run %s: %s\n", argv[0], strerror(err));
	} else {
		int ws;
		while (waitpid(pid, &ws, 0) < 0 && errno == EINTR)
			;
		if (WIFEXITED(ws))
			status = WEXITSTATUS(ws);
		else if (WIFSIGNALED(ws))
			status = 128 + WTERMSIG(ws);
	}
	sigaction(SIGINT, &old_int, NULL);
	sigaction(SIGQUIT, &old_quit, NULL);
	return status;
}

// ---- linking ----

static bool is_file(const char *path) {
	struct stat st;
	return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

const char *self_exe(void) {
	static char path[PATH_MAX];
	if (!path[0]) {
		ssize_t n = readlink("/proc/self/exe", path, sizeof path - 1);
		path[n > 0 ? n : 0] = '\0';
	}
	return path;
}

const char *compiler_dir(void) {
	static char dir[PATH_MAX];
	if (dir[0])
		return dir;
	if (!self_exe()[0])
		return NULL;
	strcpy(dir, self_exe());
	char *slash = strrchr(dir, '/');
	if (slash)
		*slash = '\0';
	return dir;
}

// The runtime library: $GOSCAPE_RUNTIME, else next to the compiler binary
// DIR/goscape: DIR/build/libgoscape_rt.a (the default `make` layout) or
// DIR/libgoscape_rt.a (`make BUILD=X` puts both in X/).
static const char *runtime_library(void) {
	const char *env = getenv("GOSCAPE_RUNTIME");
	if (env && *env)
		return env;
	static char lib[PATH_MAX + 32];
	const char *dir = compiler_dir();
	if (!dir) {
		fprintf(stderr, "goscape: cannot locate the compiler binary; set GOSCAPE_RUNTIME\n");
		return NULL;
	}
	snprintf(lib, sizeof lib, "%s/build/libgoscape_rt.a", dir);
	if (is_file(lib))
		return lib;
	snprintf(lib, sizeof lib, "%s/libgoscape_rt.a", dir);
	if (is_file(lib))
		return lib;
	fprintf(stderr,
	        "goscape: runtime library not found (looked for %s/build/libgoscape_rt.a and %s); "
	        "run make or set GOSCAPE_RUNTIME\n",
	        dir, lib);
	return NULL;
}

int link_program(char *const *inputs, int n, const char *out) {
	const char *rt = runtime_library();
	if (!rt)
		return -1;
	// -no-pie: generated code may use absolute addresses of its data.
	// noexecstack: the assembly carries no .note.GNU-stack section.
	char **argv = xcalloc((size_t)n + 64, sizeof(char *));
	int argc = 0;
	argv[argc++] = "cc";
	argv[argc++] = "-no-pie";
	argv[argc++] = "-Wl,-z,noexecstack";
	argv[argc++] = "-o";
	argv[argc++] = (char *)out;
	for (int i = 0; i < n; i++)
		argv[argc++] = inputs[i];
	argv[argc++] = (char *)rt;
	argv[argc++] = "-lm";
	static char link_flags[] = GOSCAPE_LINK_FLAGS;
	for (char *f = strtok(link_flags, " "); f && argc < n + 63; f = strtok(NULL, " "))
		argv[argc++] = f;
	argv[argc] = NULL;
	int status = run_command(argv);
	free(argv);
	return status == 0 ? 0 : -1;
}

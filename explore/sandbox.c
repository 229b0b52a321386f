// sandbox.c - child processes under limits: the compiles of the explorer
// and, with `explore --serve --allow-run`, programs typed into the page.
// The child gets its own process group, stdin from /dev/null, no other
// inherited descriptor (not the server's listening socket), and
// setrlimit limits on CPU time, address space and file size that the
// processes it starts inherit; the parent kills the whole group at the
// wall-time limit, when it writes more than the output limit, or when its
// resident set passes the memory limit. (A goscape program reserves tens
// of GiB of address space up front for its heap and stacks, touching only
// what it uses, like a Go program: RLIMIT_AS can only bound that
// reservation, so the parent also watches the memory actually used.) A
// goscape built with AddressSanitizer (make asan) sets no address-space
// limit: its shadow memory alone reserves terabytes.
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "explore.h"

extern char **environ;

static void set_limit(int resource, rlim_t soft, rlim_t hard) {
	struct rlimit rl = {soft, hard};
	setrlimit(resource, &rl);
}

// In the child, between fork and exec: only async-signal-safe calls.
static void child(char *const argv[], const char *dir, char *const envp[], const Limits *lim,
                  int out_fd, int err_fd) {
	setpgid(0, 0);
	int null_fd = open("/dev/null", O_RDONLY);
	if (null_fd < 0 || dup2(null_fd, 0) < 0 || dup2(out_fd, 1) < 0 || dup2(err_fd, 2) < 0)
		_exit(127);
	close_range(3, ~0U, 0);
	if (dir && chdir(dir) != 0)
		_exit(127);
	// SIGXCPU at the soft CPU limit (the status tells why), SIGKILL a
	// second later for a child that handles it.
	set_limit(RLIMIT_CPU, (rlim_t)lim->cpu_seconds, (rlim_t)lim->cpu_seconds + 1);
#ifndef __SANITIZE_ADDRESS__
	set_limit(RLIMIT_AS, (rlim_t)lim->memory_bytes, (rlim_t)lim->memory_bytes);
#endif
	set_limit(RLIMIT_CORE, 0, 0);
	if (lim->file_bytes > 0)
		set_limit(RLIMIT_FSIZE, (rlim_t)lim->file_bytes, (rlim_t)lim->file_bytes);
	// A second clock beside the parent's: SIGALRM ends the child itself
	// at the wall-time limit even if the parent is gone.
	alarm((unsigned)lim->wall_seconds + 1);
	execve(argv[0], argv, envp);
	_exit(127);
}

// The name part of "NAME=value", with its '='.
static size_t name_len(const char *kv) {
	const char *eq = strchr(kv, '=');
	return eq ? (size_t)(eq - kv) + 1 : strlen(kv);
}

// The environment with the entries of `set` ("NAME=value", NULL-ended)
// replacing or adding to ours (NULL: ours). Built before fork, as the
// child may not allocate; the strings are the caller's.
static char **child_env(char *const *set) {
	if (!set)
		return environ;
	int n = 0, m = 0;
	while (environ[n])
		n++;
	while (set[m])
		m++;
	char **env = calloc((size_t)(n + m + 1), sizeof *env);
	if (!env)
		return environ;
	int k = 0;
	for (int i = 0; i < n; i++) {
		bool replaced = false;
		for (int j = 0; j < m && !replaced; j++)
			replaced = strncmp(environ[i], set[j], name_len(set[j])) == 0;
		if (!replaced)
			env[k++] = environ[i];
	}
	for (int j = 0; j < m; j++)
		env[k++] = set[j];
	return env;
}

typedef struct Sink {
	int fd;
	char *buf;
	size_t len, cap;
} Sink;

// Reads what is there; false at end of file. Past the limit the bytes
// are dropped and *over set.
static bool drain(Sink *s, long limit, bool *over) {
	char chunk[65536];
	ssize_t n = read(s->fd, chunk, sizeof chunk);
	if (n < 0 && (errno == EINTR || errno == EAGAIN))
		return true;
	if (n <= 0)
		return false;
	size_t keep = (size_t)n;
	if (s->len + keep > (size_t)limit) {
		keep = (size_t)limit - s->len;
		*over = true;
	}
	if (s->len + keep + 1 > s->cap) {
		size_t cap = (s->len + keep + 1) * 2;
		char *grown = realloc(s->buf, cap);
		if (!grown) {
			*over = true;
			return true;
		}
		s->buf = grown;
		s->cap = cap;
	}
	memcpy(s->buf + s->len, chunk, keep);
	s->len += keep;
	return true;
}

// The resident set of process pid in bytes (0 when it cannot be read).
static long resident(pid_t pid) {
	char path[64];
	snprintf(path, sizeof path, "/proc/%d/statm", (int)pid);
	FILE *f = fopen(path, "r");
	long size = 0, pages = 0;
	if (f) {
		if (fscanf(f, "%ld %ld", &size, &pages) != 2)
			pages = 0;
		fclose(f);
	}
	return pages * sysconf(_SC_PAGESIZE);
}

static double now(void) {
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static char *finish(Sink *s, size_t *len) {
	*len = s->len;
	char *text = s->buf ? s->buf : malloc(1);
	if (text)
		text[s->len] = '\0';
	return text;
}

void sandbox_run(char *const argv[], const char *dir, char *const *env, const Limits *lim,
                 Outcome *o) {
	memset(o, 0, sizeof *o);
	o->status = -1;
	int out_pipe[2], err_pipe[2];
	if (pipe2(out_pipe, O_CLOEXEC) != 0)
		return;
	if (pipe2(err_pipe, O_CLOEXEC) != 0) {
		close(out_pipe[0]);
		close(out_pipe[1]);
		return;
	}
	char **envp = child_env(env);
	pid_t pid = fork();
	if (pid == 0)
		child(argv, dir, envp, lim, out_pipe[1], err_pipe[1]);
	if (envp != environ)
		free(envp);
	close(out_pipe[1]);
	close(err_pipe[1]);
	Sink sinks[2] = {{.fd = out_pipe[0]}, {.fd = err_pipe[0]}};
	if (pid > 0) {
		setpgid(pid, pid); // also here: no window in which the child has no group of its own
		double deadline = now() + lim->wall_seconds;
		bool open_[2] = {true, true};
		while (open_[0] || open_[1]) {
			double left = deadline - now();
			if (left <= 0) {
				o->timed_out = true;
				break;
			}
			struct pollfd pf[2] = {{open_[0] ? sinks[0].fd : -1, POLLIN, 0},
			                       {open_[1] ? sinks[1].fd : -1, POLLIN, 0}};
			// With a memory limit, a look at the resident set every 50 ms.
			int wait_ms = (int)(left * 1000) + 1;
			if (lim->resident_bytes > 0 && wait_ms > 50)
				wait_ms = 50;
			if (poll(pf, 2, wait_ms) < 0 && errno != EINTR)
				break;
			if (lim->resident_bytes > 0 && resident(pid) > lim->resident_bytes) {
				o->too_big = true;
				break;
			}
			for (int i = 0; i < 2; i++)
				if (open_[i] && (pf[i].revents & (POLLIN | POLLHUP | POLLERR)))
					open_[i] = drain(&sinks[i], lim->output_bytes, &o->truncated);
			if (o->truncated)
				break;
		}
		// The group: the child and whatever it started (cc, the program).
		if (o->timed_out || o->truncated || o->too_big)
			kill(-pid, SIGKILL);
		int ws;
		while (waitpid(pid, &ws, 0) < 0 && errno == EINTR)
			;
		o->status = WIFEXITED(ws) ? WEXITSTATUS(ws) : WIFSIGNALED(ws) ? 128 + WTERMSIG(ws) : -1;
		if (WIFSIGNALED(ws) && WTERMSIG(ws) == SIGALRM)
			o->timed_out = true;
		// Grandchildren still holding the group are of no further use.
		kill(-pid, SIGKILL);
	}
	close(out_pipe[0]);
	close(err_pipe[0]);
	o->out = finish(&sinks[0], &o->out_len);
	o->err = finish(&sinks[1], &o->err_len);
}

void outcome_free(Outcome *o) {
	free(o->out);
	free(o->err);
	o->out = o->err = NULL;
}

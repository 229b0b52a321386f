// run.c - running the explored program: `explore FILE.go --run` (the
// user's own file) and `explore --serve --allow-run` (a program typed into
// the page). It is built, then run in a sandboxed child (sandbox.c): CPU,
// memory, file-size, output and wall-time limits, stdin from /dev/null,
// no inherited descriptors, its own process group killed at the end.
// These bound what the program can use; they do not stop it from doing
// what the server's user may do (open files, start processes): that is
// why a server runs programs only with the explicit flag, and why the
// page says so. The run has GOSCAPE_DEBUG=allocs=2,heap=1, so its
// allocation sites' counts (runtime/allocsites.c) and the allocator's
// state at exit (runtime/heap_report.c, heap.c) come back with it.
#define _GNU_SOURCE
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../driver/driver.h"
#include "explore.h"

// The address space limit only bounds the runtime's reservations (about
// 40 GiB: heap arena and goroutine stack slots, see runtime/stack.c);
// memory in use is bounded by the resident-set limit.
static const Limits run_limits = {
	.cpu_seconds = 2,
	.wall_seconds = 5,
	.memory_bytes = 96L << 30,
	.resident_bytes = 256L << 20,
	.output_bytes = 64L << 10,
	.file_bytes = 1L << 20,
};

// The runtime's reports at exit: the heap's state (heap_report_head, heap.c),
// then the totals line "goscape: N heap allocations, ..." and the table
// of sites.
static const char report_start[] = "goscape: ";
static const char totals[] = " heap allocations, ";

// The line of err[0..len) that starts with "goscape: " and contains what
// (the offset of its first byte), or len.
static size_t report_line(const char *err, size_t len, const char *what) {
	LineCursor c = lines_of(err, len);
	const char *line;
	size_t n;
	while (next_line(&c, &line, &n))
		if (n > sizeof report_start && memcmp(line, report_start, sizeof report_start - 1) == 0 &&
		    memmem(line, n, what, strlen(what)))
			return (size_t)(line - err);
	return len;
}

// "  BYTES  COUNT  PATH:LINE:COL  EXPRESSION" lines about path, as
// [{"line","col","bytes","count","expr"}...].
static void allocs_json(StrBuf *b, const char *report, const char *path) {
	strbuf_put(b, "[");
	bool first = true;
	size_t k = strlen(path);
	LineCursor c = lines_of(report, strlen(report));
	const char *p;
	size_t n;
	while (next_line(&c, &p, &n)) {
		char *line = strndup(p, n);
		long bytes, count, ln, col;
		int at = 0;
		if (line && sscanf(line, " %ld %ld %n", &bytes, &count, &at) == 2 && at > 0 &&
		    strncmp(line + at, path, k) == 0 && line[at + k] == ':' &&
		    sscanf(line + at + k, ":%ld:%ld", &ln, &col) == 2) {
			const char *expr = strchr(line + at + k + 1, ' ');
			while (expr && *expr == ' ')
				expr++;
			strbuf_put(b, first ? "{\"line\":" : ",{\"line\":");
			first = false;
			json_int(b, ln);
			strbuf_put(b, ",\"col\":");
			json_int(b, col);
			strbuf_put(b, ",\"bytes\":");
			json_int(b, bytes);
			strbuf_put(b, ",\"count\":");
			json_int(b, count);
			strbuf_put(b, ",\"expr\":");
			json_cstring(b, expr ? expr : "");
			strbuf_put(b, "}");
		}
		free(line);
	}
	strbuf_put(b, "]");
}

void run_program_json(StrBuf *b, const char *path) {
	const char *dir = make_temp_dir();
	char exe[4096];
	snprintf(exe, sizeof exe, "%s/prog", dir);
	char *build[] = {(char *)self_exe(), "build", "-o", exe, (char *)path, NULL};
	Outcome o;
	sandbox_run(build, NULL, NULL, &compile_limits, &o);
	if (o.status != 0) {
		strbuf_put(b, "{\"ok\":false,\"errors\":");
		errors_json(b, o.timed_out ? "the build was stopped at its time limit" : o.err, path, base_name(path));
		strbuf_put(b, "}");
		outcome_free(&o);
		return;
	}
	outcome_free(&o);
	char *prog[] = {exe, NULL};
	char tmpdir[4200];
	snprintf(tmpdir, sizeof tmpdir, "TMPDIR=%s", dir);
	char *env[] = {tmpdir, "GOSCAPE_DEBUG=allocs=2,heap=1", NULL};
	sandbox_run(prog, dir, env, &run_limits, &o);
	char note[200];
	snprintf(note, sizeof note, "%s(limits: CPU %d s, memory %ld MiB, output %ld KiB, files %ld KiB, %d s)",
	         o.timed_out                     ? "stopped at the time limit "
	         : o.truncated                   ? "stopped: too much output "
	         : o.too_big                     ? "stopped at the memory limit "
	         : o.status == 128 + SIGXCPU     ? "stopped at the CPU limit "
	         : o.status == 128 + SIGXFSZ     ? "stopped at the file-size limit "
	                                         : "",
	         run_limits.cpu_seconds, run_limits.resident_bytes >> 20, run_limits.output_bytes >> 10,
	         run_limits.file_bytes >> 10, run_limits.wall_seconds);
	// The program's stderr, then the runtime's reports.
	size_t heap_at = report_line(o.err, o.err_len, heap_report_head + sizeof report_start - 1);
	size_t totals_at = report_line(o.err, o.err_len, totals);
	size_t cut = heap_at < totals_at ? heap_at : totals_at;
	const char *report = o.err + totals_at;
	const char *eol = strchr(report, '\n');
	size_t summary = eol ? (size_t)(eol - report) : strlen(report);
	strbuf_put(b, "{\"ok\":true,\"errors\":\"\",\"stdout\":");
	json_string(b, o.out, o.out_len);
	strbuf_put(b, ",\"stderr\":");
	json_string(b, o.err, cut);
	strbuf_put(b, ",\"exit\":");
	json_int(b, o.status);
	strbuf_put(b, ",\"note\":");
	json_cstring(b, note);
	strbuf_put(b, ",\"alloc_summary\":");
	json_string(b, summary > sizeof report_start ? report + sizeof report_start - 1 : "",
	            summary > sizeof report_start ? summary - (sizeof report_start - 1) : 0);
	strbuf_put(b, ",\"allocs\":");
	allocs_json(b, report, path);
	strbuf_put(b, ",\"heap\":");
	heap_json(b, o.err + cut, o.err_len - cut);
	strbuf_put(b, "}");
	outcome_free(&o);
}

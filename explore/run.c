// run.c - `explore --serve --allow-run`: builds the program typed into
// the page and runs it in a sandboxed child (sandbox.c): CPU, memory,
// file-size, output and wall-time limits, stdin from /dev/null, no
// inherited descriptors, its own process group killed at the end. These
// bound what the program can use; they do not stop it from doing what
// the server's user may do (open files, start processes): that is why
// running needs the explicit flag, and why the page says so.
#include <signal.h>
#include <stdio.h>
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

static void put_output(StrBuf *b, const char *key, const char *text, size_t len) {
	strbuf_put(b, key);
	json_string(b, text, len);
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
		const char *slash = strrchr(path, '/');
		errors_json(b, o.timed_out ? "the build was stopped at its time limit" : o.err, path,
		            slash ? slash + 1 : path);
		strbuf_put(b, "}\n");
		outcome_free(&o);
		return;
	}
	outcome_free(&o);
	char *prog[] = {exe, NULL};
	sandbox_run(prog, dir, dir, &run_limits, &o);
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
	strbuf_put(b, "{\"ok\":true,\"errors\":\"\"");
	put_output(b, ",\"stdout\":", o.out, o.out_len);
	put_output(b, ",\"stderr\":", o.err, o.err_len);
	strbuf_put(b, ",\"exit\":");
	json_int(b, o.status);
	strbuf_put(b, ",\"note\":");
	json_cstring(b, note);
	strbuf_put(b, "}\n");
	outcome_free(&o);
}

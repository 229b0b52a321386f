// os.c - process-level state and I/O: exit, the buffered
// stdout writer used by fmt, unbuffered stderr for print/panics, and the
// main thread's stack top (kept here, not in main.c, so that unit tests
// linking the runtime archive do not pull in the program's main()).
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "heap.h"
#include "rt.h"

void *runtime_stack_top;

static char stdout_buf[1 << 16];
static size_t stdout_len;

static void write_all(int fd, const char *p, size_t n) {
	while (n > 0) {
		ssize_t w = write(fd, p, n);
		if (w <= 0)
			return;  // nothing sensible to do: Go ignores EPIPE on stdout too
		p += w;
		n -= (size_t)w;
	}
}

void rt_stdout_flush(void) {
	write_all(1, stdout_buf, stdout_len);
	stdout_len = 0;
}

void rt_stdout_write(const void *p, size_t n) {
	if (stdout_len + n > sizeof stdout_buf)
		rt_stdout_flush();
	if (n > sizeof stdout_buf) {
		write_all(1, p, n);
		return;
	}
	memcpy(stdout_buf + stdout_len, p, n);
	stdout_len += n;
}

// Go writes stdout unbuffered; flushing ours before every stderr write keeps
// the two streams interleaved in program order on a shared terminal.
void rt_stderr_write(const void *p, size_t n) {
	rt_stdout_flush();
	write_all(2, p, n);
}

_Noreturn void rt_exit(int code) {
	rt_stdout_flush();
	runtime_heap_exit_report();
	_exit(code);
}

// runtime.NumCPU (lib/runtime).
intptr_t runtime_numcpu(void) {
	long n = sysconf(_SC_NPROCESSORS_ONLN);
	return n > 0 ? n : 1;
}

// phases.c - -d=phases: how long each stage of the compiler took and how
// much memory the process held after it, on stderr. Compile speed is a
// product figure (issue 11: lines per second, peak RSS), and this is where a
// student or a maintainer sees which stage a big program spends it in.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "driver.h"

static bool enabled;
static double start, last;

static double now(void) {
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

// The resident and peak resident set from /proc, in KiB (0 where the
// system has no /proc).
static void memory(long *rss, long *peak) {
	*rss = *peak = 0;
	FILE *f = fopen("/proc/self/status", "r");
	if (!f)
		return;
	char line[256];
	while (fgets(line, sizeof line, f)) {
		if (strncmp(line, "VmRSS:", 6) == 0)
			*rss = atol(line + 6);
		else if (strncmp(line, "VmHWM:", 6) == 0)
			*peak = atol(line + 6);
	}
	fclose(f);
}

void phases_enable(void) {
	enabled = true;
	start = last = now();
	fprintf(stderr, "phase        time ms  total ms   RSS MiB  peak MiB\n");
}

void phase_done(const char *name) {
	if (!enabled)
		return;
	double t = now();
	long rss, peak;
	memory(&rss, &peak);
	fprintf(stderr, "%-10s %9.1f %9.1f %9.1f %9.1f\n", name, (t - last) * 1e3, (t - start) * 1e3, rss / 1024.0,
	        peak / 1024.0);
	last = t;
}

// cli.c - `goscape explore`: its command line, and the page written to
// disk.
//
//   goscape explore FILE.go [-o PAGE.html] [--run]
//                                                one self-contained page (--run:
//                                                with a run's output and allocations)
//   goscape explore --serve [ADDR] [FILE.go] [--allow-run]
//                                                the page served live
//   goscape explore --json FILE.go               the page's data (JSON) on stdout
//   goscape explore --run-json FILE.go           build and run under the run
//                                                limits, the outcome as JSON
// The last two are what the server's sandboxed children run; they are
// also handy to look at the data.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../ir/util.h"
#include "explore.h"

static const char usage[] =
	"usage: goscape explore FILE.go [-o PAGE.html] [--run]\n"
	"       goscape explore --serve [ADDR] [FILE.go] [--allow-run]\n"
	"       goscape explore --json FILE.go | --run-json FILE.go\n";

static bool ends_with(const char *s, const char *suffix) {
	size_t n = strlen(s), k = strlen(suffix);
	return n >= k && strcmp(s + n - k, suffix) == 0;
}

const char *base_name(const char *path) {
	const char *slash = strrchr(path, '/');
	return slash ? slash + 1 : path;
}

static int bad_usage(const char *why, const char *arg) {
	fprintf(stderr, "goscape explore: %s%s\n%s", why, arg, usage);
	return 2;
}

bool write_file(const char *path, const char *text, size_t len) {
	FILE *f = fopen(path, "w");
	if (!f)
		return false;
	bool written = fwrite(text, 1, len, f) == len;
	return fclose(f) == 0 && written;
}

static int write_page(const char *file, const char *out, bool run) {
	StrBuf data = {0}, page = {0};
	if (!explore_data(&data, file, base_name(file), run))
		return 1;
	page_html(&page, base_name(file), strbuf_text(&data), NULL, false);
	char *path = out ? (char *)out
	                 : xasprintf("%.*s.html", (int)(strlen(base_name(file)) - 3), base_name(file));
	if (!write_file(path, strbuf_text(&page), page.len)) {
		perror(path);
		return 1;
	}
	return 0;
}

static int print_json(const char *file, bool run) {
	StrBuf b = {0};
	if (run)
		run_program_json(&b, file);
	else if (!explore_data(&b, file, base_name(file), false))
		return 1;
	return fwrite(strbuf_text(&b), 1, b.len, stdout) == b.len && fflush(stdout) == 0 ? 0 : 1;
}

int explore_main(int argc, char **argv) {
	const char *file = NULL, *out = NULL, *addr = NULL;
	bool serve = false, allow_run = false, json = false, run_json = false, run = false;
	for (int i = 0; i < argc; i++) {
		const char *a = argv[i];
		if (a[0] == '-' && a[1] == '-' && a[2])
			a++; // --flag like -flag
		if (!strcmp(a, "-h") || !strcmp(a, "-help")) {
			fputs(usage, stdout);
			return 0;
		} else if (!strcmp(a, "-serve")) {
			serve = true;
			if (i + 1 < argc && argv[i + 1][0] != '-' && !ends_with(argv[i + 1], ".go"))
				addr = argv[++i];
		} else if (!strcmp(a, "-run")) {
			run = true;
		} else if (!strcmp(a, "-allow-run")) {
			allow_run = true;
		} else if (!strcmp(a, "-json")) {
			json = true;
		} else if (!strcmp(a, "-run-json")) {
			run_json = true;
		} else if (!strcmp(a, "-o")) {
			if (i + 1 >= argc)
				return bad_usage("flag needs an argument: ", "-o");
			out = argv[++i];
		} else if (a[0] == '-') {
			return bad_usage("unknown flag ", argv[i]);
		} else if (!ends_with(a, ".go")) {
			return bad_usage("not a .go file: ", a);
		} else if (file) {
			return bad_usage("one .go file at a time: ", a);
		} else {
			file = a;
		}
	}
	if (serve + json + run_json > 1)
		return bad_usage("--serve, --json and --run-json exclude each other", "");
	if (allow_run && !serve)
		return bad_usage("--allow-run goes with --serve", "");
	if ((out || run) && (serve || json || run_json))
		return bad_usage("-o and --run go with `goscape explore FILE.go`", "");
	if (serve)
		return explore_serve(addr ? addr : "127.0.0.1:8080", file, allow_run);
	if (!file)
		return bad_usage("no .go file given", "");
	if (json || run_json)
		return print_json(file, run_json);
	return write_page(file, out, run);
}

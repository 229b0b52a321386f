// explore.h - what the files of `goscape explore` share: the page of
// source, verdicts and annotated assembly side by side (page.c,
// page.html), the data it shows (data.c, asmmap.c, diags.c, graph.c,
// heap.c, json.c), the sandboxed child processes that compute it (sandbox.c) and the live
// server (serve.c, run.c).
//
// The data of a page is one JSON object, computed by data.c from the
// output of `goscape asm` run once per variant (escape analysis on,
// -escape=off, -N), and of `goscape compile -m=dot` for the escape graph:
//   {"file": NAME, "source": TEXT, "variants": [{"name", "flags", "ok",
//    "errors", "asm": [[SRCLINE, TEXT]...], "diags": [{"line", "col",
//    "msg", "why": [TEXT...]}...]}...], "graph": SVG|null, "graph_note",
//    "run": null or run.c's object}
// The page's script draws everything from it, the same way for a page
// written to disk and for one served live.
#ifndef GOSCAPE_EXPLORE_H
#define GOSCAPE_EXPLORE_H

#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>

#include "../ir/strbuf.h"

// ---- cli.c: `goscape explore ...` (argv after the command name) ----
int explore_main(int argc, char **argv);
// The last element of a path (a file's name as the page shows it).
const char *base_name(const char *path);
// Writes text[0..len) to the file path (created or truncated); false,
// with errno set, when that fails.
bool write_file(const char *path, const char *text, size_t len);

// ---- lines.c ----
// A position in a text [p, end) being read line by line.
typedef struct LineCursor {
	const char *p, *end;
} LineCursor;
LineCursor lines_of(const char *text, size_t len);
// The next line of c, without its '\n', in *line and *len; false at the
// end of the text.
bool next_line(LineCursor *c, const char **line, size_t *len);

// ---- json.c ----
// Appends s[0..n) as a JSON string literal, quotes included. '<', '>' and
// '&' are written as \u escapes, so the text is safe inside an HTML
// <script> element too.
void json_string(StrBuf *b, const char *s, size_t n);
void json_cstring(StrBuf *b, const char *s);
void json_int(StrBuf *b, long v);

// ---- sandbox.c: child processes with limits ----
typedef struct Limits {
	int cpu_seconds;    // RLIMIT_CPU of the child (and of each process it starts)
	int wall_seconds;   // the whole process group is killed after this
	long memory_bytes;  // RLIMIT_AS
	long resident_bytes; // the child is killed when its resident set passes this, 0 for no limit
	long output_bytes;  // stdout and stderr are each cut (and the child killed) here
	long file_bytes;    // RLIMIT_FSIZE (files it writes), 0 for no limit
} Limits;

typedef struct Outcome {
	char *out, *err;    // what the child wrote (malloc'd, NUL-terminated)
	size_t out_len, err_len;
	int status;         // exit status, 128+N when killed by signal N, -1 not started
	bool timed_out;     // killed at the wall-time limit
	bool truncated;     // killed for writing more than output_bytes
	bool too_big;       // killed for a resident set over resident_bytes
} Outcome;

// Runs argv[0] (a path) in directory dir (NULL: the current one) with
// stdin from /dev/null, no other inherited descriptor, in its own process
// group, under the limits; waits for it and collects its output.
// env, when not NULL, lists "NAME=value" entries (NULL-ended) that
// replace or add to the child's environment.
void sandbox_run(char *const argv[], const char *dir, char *const *env, const Limits *lim,
                 Outcome *o);
void outcome_free(Outcome *o);
// A compile's limits (data.c): generous, they only stop a runaway.
extern const Limits compile_limits;

// ---- asmmap.c ----
// Appends to b the JSON array [[SRCLINE, TEXT]...] of the assembly lines
// that belong to the functions of the source file `path` (the name the
// compiler was given), SRCLINE being the source line of the latest .loc
// (0 for lines before the first one).
void asm_lines_json(StrBuf *b, const char *asm_text, const char *path);

// ---- diags.c ----
// Appends to b the JSON array of the -m diagnostics about `path` in
// text (stderr of `goscape asm -m=2 path`), each with the -m=2
// explanations given at its position; `path` is shown as `name`.
void diags_json(StrBuf *b, const char *text, const char *path, const char *name);
// Appends text as a JSON string with every "path:" replaced by "name:".
void errors_json(StrBuf *b, const char *text, const char *path, const char *name);

// ---- graph.c ----
// Appends `"graph": SVG or null, "graph_note": why not` for the escape
// graph of `path` (-m=dot drawn by Graphviz's dot when installed).
void graph_json(StrBuf *b, const char *path);

// ---- heap.c ----
// Appends the allocator's state that GOSCAPE_DEBUG=heap=1 printed in
// err[0..len) as {"classes": [{"class", "size", "kind", "mcache",
// "partial", "full", "pages", "objects", "bytes"}...], "large": {"spans",
// "pages", "objects", "bytes"}, "mheap": TEXT, "objects": TEXT}, or null.
void heap_json(StrBuf *b, const char *err, size_t len);
// The first line of that report (runtime/heap_report.c prints it).
extern const char heap_report_head[];

// ---- data.c ----
// Compiles `path` (the compiler's view; shown as `name`) in every variant
// and appends the page's JSON object to b; with run, also builds and runs
// it (run.c) into its "run" member. Returns false (after printing why)
// when the file cannot be read.
bool explore_data(StrBuf *b, const char *path, const char *name, bool run);

// ---- page.c ----
// Writes the page. data: the JSON object of data.c, or NULL for a live
// page (mode "serve") that asks the server and starts from `source`.
// allow_run: the page offers to run the program (serve --allow-run).
void page_html(StrBuf *b, const char *title, const char *data, const char *source, bool allow_run);

// ---- serve.c ----
// Serves the live page on addr (HOST:PORT, :PORT or PORT) until killed.
// Each request's work runs in a sandboxed child (`goscape explore --json`
// or `--run-json` on a file in a private directory), so the server itself
// only relays bytes and never runs the compiler in its own process.
int explore_serve(const char *addr, const char *initial_file, bool allow_run);

// ---- run.c (explore --run, serve --allow-run) ----
// Builds the program `path` and runs it under the run limits; appends the
// JSON object {"ok", "errors", "stdout", "stderr", "exit", "note",
// "alloc_summary", "allocs": [{"line", "col", "bytes", "count", "expr"}],
// "heap": heap.c's object}.
void run_program_json(StrBuf *b, const char *path);

#endif

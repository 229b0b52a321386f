// data.c - the data of an explorer page: the source; for each variant
// of the compile (escape analysis on, -escape=off, -N), the annotated
// assembly of the file's functions and the -m verdicts with their -m=2
// explanations; and the escape graph as SVG (graph.c). Each variant is a
// `goscape asm` child process (sandbox.c), so the compiles share no state
// and a crash or a runaway compile is only that variant's error.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../driver/driver.h"
#include "../ir/util.h"
#include "explore.h"

typedef struct Variant {
	const char *name;  // the page's label
	const char *flags; // shown on the page
	const char *argv[3];
} Variant;

static const Variant variants[] = {
	{"escape analysis", "-m=2", {"-m=2"}},
	{"-escape=off", "-m -escape=off", {"-m", "-escape=off"}},
	{"-N", "-m=2 -N", {"-m=2", "-N"}},
};

// A compile is the compiler's business: generous limits that only stop
// a runaway (the server's requests get the same).
const Limits compile_limits = {
	.cpu_seconds = 20,
	.wall_seconds = 30,
	.memory_bytes = 4L << 30, // the compiler reserves a 1 GiB stack
	.output_bytes = 256L << 20,
};

static void variant_json(StrBuf *b, const Variant *v, const char *path, const char *name) {
	char *argv[8];
	int argc = 0;
	argv[argc++] = (char *)self_exe();
	argv[argc++] = "asm";
	for (int i = 0; v->argv[i]; i++)
		argv[argc++] = (char *)v->argv[i];
	argv[argc++] = (char *)path;
	argv[argc] = NULL;
	Outcome o;
	sandbox_run(argv, NULL, NULL, &compile_limits, &o);
	bool ok = o.status == 0;
	strbuf_put(b, "{\"name\":");
	json_cstring(b, v->name);
	strbuf_put(b, ",\"flags\":");
	json_cstring(b, v->flags);
	strbuf_put(b, ok ? ",\"ok\":true" : ",\"ok\":false");
	strbuf_put(b, ",\"errors\":");
	if (ok) {
		strbuf_put(b, "\"\"");
	} else {
		const char *why = o.timed_out  ? "\n(the compile was stopped at its time limit)"
		                  : o.truncated ? "\n(the compile was stopped: too much output)"
		                  : o.status > 128 ? "\n(the compiler was killed by a signal)"
		                                   : "";
		char *text = xasprintf("%s%s", o.err ? o.err : "", why);
		errors_json(b, text, path, name);
		free(text);
	}
	strbuf_put(b, ",\n\"asm\":");
	if (ok)
		asm_lines_json(b, o.out, path);
	else
		strbuf_put(b, "[]");
	strbuf_put(b, ",\n\"diags\":");
	diags_json(b, o.err ? o.err : "", path, name);
	strbuf_put(b, "}");
	outcome_free(&o);
}

bool explore_data(StrBuf *b, const char *path, const char *name, bool run) {
	size_t len;
	char *source = read_source(path, &len);
	if (!source)
		return false;
	strbuf_put(b, "{\"file\":");
	json_cstring(b, name);
	strbuf_put(b, ",\n\"source\":");
	json_string(b, source, len);
	strbuf_put(b, ",\n\"variants\":[");
	for (size_t i = 0; i < sizeof variants / sizeof variants[0]; i++) {
		if (i)
			strbuf_put(b, ",\n");
		variant_json(b, &variants[i], path, name);
	}
	strbuf_put(b, "],\n");
	graph_json(b, path);
	strbuf_put(b, ",\n\"run\":");
	if (run)
		run_program_json(b, path);
	else
		strbuf_put(b, "null");
	strbuf_put(b, "}\n");
	return true;
}

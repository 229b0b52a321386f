// graph.c - the escape data-flow graph of the explored file as a picture
// for the page: `goscape compile -m=dot` (escape/dot.c) writes the graph as
// Graphviz DOT, and Graphviz's `dot -Tsvg`, when installed, draws it. Both
// run as sandboxed children; without dot the page says how to get it.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../driver/driver.h"
#include "explore.h"

// `dot` in PATH, or NULL.
static char *find_dot(void) {
	const char *path = getenv("PATH");
	if (!path)
		return NULL;
	char *copy = strdup(path), *save = NULL;
	char *found = NULL;
	for (char *dir = strtok_r(copy, ":", &save); dir && !found; dir = strtok_r(NULL, ":", &save)) {
		char *candidate = xasprintf("%s/dot", *dir ? dir : ".");
		if (access(candidate, X_OK) == 0)
			found = candidate;
		else
			free(candidate);
	}
	free(copy);
	return found;
}

static void note(StrBuf *b, const char *why) {
	strbuf_put(b, "null,\"graph_note\":");
	json_cstring(b, why);
}

void graph_json(StrBuf *b, const char *path) {
	strbuf_put(b, "\"graph\":");
	char *dot = find_dot();
	if (!dot) {
		note(b, "the escape graph needs Graphviz's dot (Debian package graphviz)");
		return;
	}
	char *compile[] = {(char *)self_exe(), "compile", "-m=dot", (char *)path, NULL};
	Outcome o;
	sandbox_run(compile, NULL, NULL, &compile_limits, &o);
	if (o.status != 0) {
		note(b, "no escape graph: the file does not compile");
		outcome_free(&o);
		return;
	}
	char *dot_file = xasprintf("%s/escape.dot", make_temp_dir());
	bool written = write_file(dot_file, o.err, o.err_len);
	outcome_free(&o);
	if (!written) {
		note(b, "no escape graph: cannot write its DOT file");
		return;
	}
	char *draw[] = {dot, "-Tsvg", dot_file, NULL};
	sandbox_run(draw, NULL, NULL, &compile_limits, &o);
	if (o.status == 0) {
		json_string(b, o.out, o.out_len);
		strbuf_put(b, ",\"graph_note\":\"\"");
	} else {
		note(b, "dot -Tsvg failed on the escape graph");
	}
	outcome_free(&o);
}

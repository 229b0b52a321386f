// diags.c - the -m diagnostics of one compile, as the explorer shows
// them: each verdict ("moved to heap: x", "&T{...} escapes to heap")
// with its source position and the -m=2 explanations printed at the
// same position ("x escapes to heap:" followed by its indented "flow:" and
// "from ..." lines), and compile errors as text.
#include <stdlib.h>
#include <string.h>

#include "explore.h"

typedef struct Diag {
	long line, col;
	const char *msg; // after "PATH:L:C: "
	size_t len;
	bool header;     // an explanation's first line (ends with ':')
	int body_from, body_to; // header: the indented lines after it (indexes)
} Diag;

// Appends s[0..n) as a JSON string with every occurrence of path
// replaced by name (the page shows the file by its own name, not the
// private path the compiler saw).
static void json_renamed(StrBuf *b, const char *s, size_t n, const char *path, const char *name) {
	StrBuf t = {0};
	size_t k = strlen(path);
	size_t start = 0;
	for (size_t i = 0; k > 0 && i + k <= n; i++) {
		if (memcmp(s + i, path, k) != 0)
			continue;
		strbuf_putn(&t, s + start, i - start);
		strbuf_put(&t, name);
		i += k - 1;
		start = i + 1;
	}
	strbuf_putn(&t, s + start, n - start);
	json_string(b, strbuf_text(&t), t.len);
}

void errors_json(StrBuf *b, const char *text, const char *path, const char *name) {
	json_renamed(b, text, strlen(text), path, name);
}

// "PATH:L:C: msg" -> d; false for other lines.
static bool parse_line(const char *s, size_t n, const char *path, Diag *d) {
	size_t k = strlen(path);
	if (n <= k + 1 || memcmp(s, path, k) != 0 || s[k] != ':')
		return false;
	char *end;
	d->line = strtol(s + k + 1, &end, 10);
	if (*end != ':')
		return false;
	d->col = strtol(end + 1, &end, 10);
	if (end[0] != ':' || end[1] != ' ')
		return false;
	d->msg = end + 2;
	d->len = n - (size_t)(d->msg - s);
	d->header = d->len > 0 && d->msg[d->len - 1] == ':' && d->msg[0] != ' ';
	return true;
}

static bool indented(const Diag *d) {
	return d->len > 0 && d->msg[0] == ' ';
}

static void put_why(StrBuf *b, Diag *ds, const Diag *h, const char *path, const char *name, bool *first) {
	for (int j = h->body_from - 1; j < h->body_to; j++) {
		const Diag *w = &ds[j];
		strbuf_put(b, *first ? "" : ",");
		*first = false;
		// The header without its colon, the body as printed.
		json_renamed(b, w->msg, w == h ? w->len - 1 : w->len, path, name);
	}
}

void diags_json(StrBuf *b, const char *text, const char *path, const char *name) {
	int n = 0, cap = 64;
	Diag *ds = malloc((size_t)cap * sizeof *ds);
	LineCursor c = lines_of(text, strlen(text));
	const char *p;
	size_t len;
	while (ds && next_line(&c, &p, &len)) {
		Diag d = {0};
		if (parse_line(p, len, path, &d)) {
			if (n == cap) {
				cap *= 2;
				Diag *grown = realloc(ds, (size_t)cap * sizeof *ds);
				if (!grown)
					break;
				ds = grown;
			}
			ds[n++] = d;
		}
	}
	// Each header owns the indented lines at its position that follow it.
	for (int i = 0; i < n; i++) {
		if (!ds[i].header)
			continue;
		int j = i + 1;
		while (j < n && indented(&ds[j]) && ds[j].line == ds[i].line && ds[j].col == ds[i].col)
			j++;
		ds[i].body_from = i + 1;
		ds[i].body_to = j;
	}
	strbuf_put(b, "[");
	bool first_diag = true;
	for (int i = 0; i < n; i++) {
		Diag *d = &ds[i];
		if (d->header || indented(d))
			continue;
		strbuf_put(b, first_diag ? "{\"line\":" : ",\n{\"line\":");
		first_diag = false;
		json_int(b, d->line);
		strbuf_put(b, ",\"col\":");
		json_int(b, d->col);
		strbuf_put(b, ",\"msg\":");
		json_renamed(b, d->msg, d->len, path, name);
		strbuf_put(b, ",\"why\":[");
		bool first = true;
		for (int j = 0; j < n; j++)
			if (ds[j].header && ds[j].line == d->line && ds[j].col == d->col)
				put_why(b, ds, &ds[j], path, name, &first);
		strbuf_put(b, "]}");
	}
	strbuf_put(b, "]");
	free(ds);
}

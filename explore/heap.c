// heap.c - the allocator's state after a run, for the page to draw: the
// table GOSCAPE_DEBUG=heap=1 prints at exit (runtime/heap_report.c: one
// row per span class with the mcache's span, the mcentral's partial and
// full spans, pages and objects in use; the large objects; the mheap's
// pages) turned into JSON.
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "explore.h"

const char heap_report_head[] = "goscape: heap supply chain at exit";

static void put_num(StrBuf *b, const char *key, unsigned long long v) {
	strbuf_put(b, key);
	json_int(b, (long)v);
}

// The text after "prefix" on a line of [p, end) that starts with it.
static char *line_after(const char *p, const char *end, const char *prefix) {
	size_t k = strlen(prefix);
	LineCursor c = lines_of(p, (size_t)(end - p));
	const char *line;
	size_t n;
	while (next_line(&c, &line, &n))
		if (n >= k && memcmp(line, prefix, k) == 0)
			return strndup(line + k, n - k);
	return NULL;
}

void heap_json(StrBuf *b, const char *err, size_t len) {
	const char *end = err + len;
	const char *start = memmem(err, len, heap_report_head, sizeof heap_report_head - 1);
	if (!start) {
		strbuf_put(b, "null");
		return;
	}
	strbuf_put(b, "{\"classes\":[");
	bool first = true;
	unsigned long long large_spans = 0, large_pages = 0, large_objects = 0, large_bytes = 0;
	LineCursor c = lines_of(start, (size_t)(end - start));
	const char *p;
	size_t n;
	while (next_line(&c, &p, &n)) {
		char *line = strndup(p, n);
		unsigned cls, cached, partial, full;
		unsigned long long size, pages, objects, bytes;
		char kind[8];
		if (line && sscanf(line, "%u %llu %7s %u %u %u %llu %llu %llu", &cls, &size, kind, &cached, &partial, &full,
		                   &pages, &objects, &bytes) == 9) {
			strbuf_put(b, first ? "{" : ",{");
			first = false;
			put_num(b, "\"class\":", cls);
			put_num(b, ",\"size\":", size);
			strbuf_put(b, ",\"kind\":");
			json_cstring(b, kind);
			put_num(b, ",\"mcache\":", cached);
			put_num(b, ",\"partial\":", partial);
			put_num(b, ",\"full\":", full);
			put_num(b, ",\"pages\":", pages);
			put_num(b, ",\"objects\":", objects);
			put_num(b, ",\"bytes\":", bytes);
			strbuf_put(b, "}");
		} else if (line) {
			sscanf(line, "large objects %llu %llu %llu %llu", &large_spans, &large_pages, &large_objects, &large_bytes);
		}
		bool last = line && strncmp(line, "objects: ", 9) == 0;
		free(line);
		if (last)
			break;
	}
	strbuf_put(b, "]");
	put_num(b, ",\"large\":{\"spans\":", large_spans);
	put_num(b, ",\"pages\":", large_pages);
	put_num(b, ",\"objects\":", large_objects);
	put_num(b, ",\"bytes\":", large_bytes);
	strbuf_put(b, "}");
	char *mheap = line_after(start, end, "mheap: "), *objects = line_after(start, end, "objects: ");
	strbuf_put(b, ",\"mheap\":");
	json_cstring(b, mheap ? mheap : "");
	strbuf_put(b, ",\"objects\":");
	json_cstring(b, objects ? objects : "");
	strbuf_put(b, "}");
	free(mheap);
	free(objects);
}

// page.c - the explorer's HTML page: the template explore/page.html
// (embedded by the Makefile as build/gen/explore_page.h) with its
// placeholders filled in: the title (HTML-escaped), the data and the
// initial source (JSON, escaped so that no text can end the <script>
// element that holds it), and whether the page may offer to run the
// program.
#include <string.h>

#include "explore.h"
#include "explore_page.h"

static void html_text(StrBuf *b, const char *s) {
	for (; *s; s++) {
		switch (*s) {
		case '<': strbuf_put(b, "&lt;"); break;
		case '>': strbuf_put(b, "&gt;"); break;
		case '&': strbuf_put(b, "&amp;"); break;
		case '"': strbuf_put(b, "&quot;"); break;
		case '\'': strbuf_put(b, "&#39;"); break;
		default: strbuf_putn(b, s, 1);
		}
	}
}

void page_html(StrBuf *b, const char *title, const char *data, const char *source, bool allow_run) {
	static const char *const holes[] = {"__TITLE__", "/*DATA*/", "/*SOURCE*/", "/*ALLOWRUN*/"};
	const char *p = page_template;
	for (;;) {
		// The next placeholder.
		const char *at = NULL;
		int which = -1;
		for (int i = 0; i < 4; i++) {
			const char *q = strstr(p, holes[i]);
			if (q && (!at || q < at)) {
				at = q;
				which = i;
			}
		}
		if (!at) {
			strbuf_put(b, p);
			return;
		}
		strbuf_putn(b, p, (size_t)(at - p));
		switch (which) {
		case 0: html_text(b, title); break;
		case 1:
			if (data)
				strbuf_put(b, data);
			else
				strbuf_put(b, "null");
			break;
		case 2: json_cstring(b, source ? source : ""); break;
		case 3: strbuf_put(b, allow_run ? "true" : "false"); break;
		}
		p = at + strlen(holes[which]);
	}
}

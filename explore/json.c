// json.c - JSON text for the explorer's data: string literals that are
// also safe inside an HTML <script> element, and numbers.
#include <stdio.h>
#include <string.h>

#include "explore.h"

void json_string(StrBuf *b, const char *s, size_t n) {
	strbuf_put(b, "\"");
	size_t start = 0;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		const char *esc = NULL;
		char hex[8];
		switch (c) {
		case '"': esc = "\\\""; break;
		case '\\': esc = "\\\\"; break;
		case '\n': esc = "\\n"; break;
		case '\t': esc = "\\t"; break;
		case '\r': esc = "\\r"; break;
		default:
			// Controls are not allowed raw; <, > and & would let the text
			// close the <script> element or start a comment in it.
			if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == 0x7f) {
				snprintf(hex, sizeof hex, "\\u%04x", c);
				esc = hex;
			}
		}
		if (!esc)
			continue;
		strbuf_putn(b, s + start, i - start);
		strbuf_put(b, esc);
		start = i + 1;
	}
	strbuf_putn(b, s + start, n - start);
	strbuf_put(b, "\"");
}

void json_cstring(StrBuf *b, const char *s) {
	json_string(b, s, strlen(s));
}

void json_int(StrBuf *b, long v) {
	char num[24];
	snprintf(num, sizeof num, "%ld", v);
	strbuf_put(b, num);
}

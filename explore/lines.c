// lines.c - walking a text line by line: the assembly, the -m output and
// the runtime's reports that explore/ reads are all split the same way.
#include <string.h>

#include "explore.h"

LineCursor lines_of(const char *text, size_t len) {
	return (LineCursor){text, text + len};
}

bool next_line(LineCursor *c, const char **line, size_t *len) {
	if (c->p >= c->end)
		return false;
	const char *eol = memchr(c->p, '\n', (size_t)(c->end - c->p));
	*line = c->p;
	*len = eol ? (size_t)(eol - c->p) : (size_t)(c->end - c->p);
	// A last line without '\n' ends the text too.
	c->p = eol ? eol + 1 : c->end;
	return true;
}

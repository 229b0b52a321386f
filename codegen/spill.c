// spill.c - text made while the functions are generated that belongs
// after all of them (the debug sections): written to an unlinked
// temporary file, so that a big program's is not held in memory, and
// copied into the output at the end. Without a temporary file (no
// writable TMPDIR) it stays in memory, as it used to.
#include <stdio_ext.h>
#include <stdlib.h>
#include "cg.h"

void spill_open(Spill *s) {
	*s = (Spill){0};
	s->f = tmpfile();
	if (!s->f) {
		s->in_memory = true;
		s->f = open_memstream(&s->buf, &s->len);
	}
	if (!s->f) {
		fprintf(stderr, "goscape: out of memory (opening a text buffer)\n");
		abort();
	}
	__fsetlocking(s->f, FSETLOCKING_BYCALLER); // only the compiler's thread writes it
}

void spill_copy(Spill *s, FILE *out) {
	if (!s->f)
		return;
	if (fflush(s->f) != 0 || ferror(s->f)) {
		fprintf(stderr, "goscape: writing a temporary file failed\n");
		exit(1);
	}
	if (s->in_memory) {
		fclose(s->f);
		fwrite(s->buf, 1, s->len, out);
		free(s->buf);
	} else {
		rewind(s->f);
		char chunk[1 << 16];
		size_t n;
		while ((n = fread(chunk, 1, sizeof chunk, s->f)) > 0)
			fwrite(chunk, 1, n, out);
		fclose(s->f);
	}
	*s = (Spill){0};
}

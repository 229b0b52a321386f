// constbox.c - constants boxed into interfaces. As in gc, the data word of
// such an interface points at a read-only image of the value instead of a
// heap copy: one image per distinct size and bits, emitted in .rodata
// (a string's image is its literal's header, gen_string.c). The runtime
// never writes through a data word, and the collector ignores pointers
// outside the heap, so the images need no more than being read-only.
#include <stdio.h>
#include "cg.h"
#include "intern.h"

typedef struct Image {
	int64_t size;
	uint64_t w[2];
} Image;
static Vec images;
static PtrMap index_of; // interned "size:w0:w1" -> images index + 1

static const char *image_symbol(int64_t size, const uint64_t w[2]) {
	char key[64];
	int len = snprintf(key, sizeof key, "%lld:%llx:%llx", (long long)size, (unsigned long long)w[0],
	                   (unsigned long long)w[1]);
	const char *k = intern_n(key, (size_t)len);
	intptr_t i = (intptr_t)ptrmap_get(&index_of, k);
	if (!i) {
		Image *im = xcalloc(1, sizeof(Image));
		*im = (Image){size, {w[0], w[1]}};
		vec_push(&images, im);
		i = images.len;
		ptrmap_put(&index_of, k, (void *)i);
	}
	return xasprintf(".Lconstbox.%d", (int)i - 1);
}

const char *const_box_image(Type *t, const ConstVal *c) {
	uint64_t w[2] = {0, 0};
	if (c->kind == CV_STRING && type_under(t)->kind == TY_STRING)
		return xasprintf(".Lstr.%d", string_literal(c->s, c->slen));
	if (c->kind == CV_COMPLEX && type_is_complex(t))
		complex_const_bits(t, c->f, c->im, w);
	else if (!const_scalar_bits(t, c, &w[0]))
		return NULL;
	return image_symbol(tsize(t), w);
}

void emit_const_boxes(void) {
	if (!images.len)
		return;
	fprintf(cg.out, "\n# constants boxed into interfaces\n\t.section .rodata\n\t.balign 8\n");
	for (int i = 0; i < images.len; i++) {
		Image *im = images.data[i];
		fprintf(cg.out, ".Lconstbox.%d:\t.quad %llu", i, (unsigned long long)im->w[0]);
		if (im->size > 8)
			fprintf(cg.out, ", %llu", (unsigned long long)im->w[1]);
		fputc('\n', cg.out);
	}
}

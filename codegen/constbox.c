// constbox.c - boxes that need no allocation. As in gc, the data word of
// an interface holding a constant points at a read-only image of the
// value instead of a heap copy: one image per distinct size and bits,
// emitted in .rodata (a string's image is its literal's header,
// gen_string.c). And as gc's runtime does (convT16/32/64, convTstring,
// convTslice), a box that would go to the heap is not allocated when the
// value is a bool or a byte, a small number below 256, an empty string or
// a nil slice: its data word points into runtime_staticuint64s or
// runtime_zeroval. The runtime never writes through a data word, and the
// collector ignores pointers outside the heap, so these need no more than
// being read-only.
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
	fformat(cg.out, "\n# constants boxed into interfaces\n\t.section .rodata\n\t.balign 8\n");
	for (int i = 0; i < images.len; i++) {
		Image *im = images.data[i];
		fformat(cg.out, ".Lconstbox.%d:\t.quad %llu", i, (unsigned long long)im->w[0]);
		if (im->size > 8)
			fformat(cg.out, ", %llu", (unsigned long long)im->w[1]);
		fputc('\n', cg.out);
	}
}

// gc's SoleComponent: the one scalar a struct of one field or an array of
// one element comes down to (t itself when it is neither).
static Type *sole_component(Type *t) {
	Type *u = type_under(t);
	if (u->kind == TY_STRUCT)
		return u->fields.len == 1 ? sole_component(((Field *)u->fields.data[0])->type) : NULL;
	if (u->kind == TY_ARRAY)
		return u->len == 1 ? sole_component(u->elem) : NULL;
	return u;
}

StaticKind static_box_kind(Type *t) {
	Type *sc = sole_component(t);
	int64_t size = tsize(t);
	if (sc && (sc->kind == TY_BOOL || (size == 1 && type_is_integer(sc))))
		return STATIC_ALWAYS;
	if ((size == 2 || size == 4 || size == 8) && type_align(t) == size && !type_has_pointers(t))
		return STATIC_BELOW_256;
	if (sc && sc->kind == TY_STRING)
		return STATIC_EMPTY_STRING;
	if (sc && sc->kind == TY_SLICE)
		return STATIC_NIL_SLICE;
	return STATIC_NONE;
}

char *static_box_note(Type *t, const char *what) {
	switch (static_box_kind(t)) {
	case STATIC_ALWAYS: return frame_text("%s -> static data: a bool or byte value", what);
	case STATIC_BELOW_256: return frame_text("%s -> static data if below 256 (gc: convT%d)", what, (int)tsize(t) * 8);
	case STATIC_EMPTY_STRING: return frame_text("%s -> static data if empty (gc: convTstring)", what);
	case STATIC_NIL_SLICE: return frame_text("%s -> static data if nil (gc: convTslice)", what);
	default: return NULL;
	}
}

// The run-time test for a box without allocation (gc's dataWord and the
// runtime's convT* functions), on the value of type t in the temporary
// val: emits code that leaves the data word in %rax and jumps to done when
// the value has a static box. ALWAYS: every value of t has one (a bool or
// a byte), and nothing is emitted. what names the box in comments.
StaticBox static_box_test(Type *t, int val, const char *done, const char *what) {
	int64_t size = tsize(t);
	StaticKind kind = static_box_kind(t);
	if (kind == STATIC_ALWAYS)
		return STATIC_BOX_ALWAYS;
	if (kind == STATIC_BELOW_256) {
		emit_comment_text(static_box_note(t, what));
		const char *mov = size == 8 ? "mov %d(%%rbp), %%rax" : size == 4 ? "mov %d(%%rbp), %%eax" : "movzwl %d(%%rbp), %%eax";
		emit(mov, val);
		emit("cmp $256, %%rax");
		char *slow = new_label("boxalloc");
		emit("jae %s", slow);
		emit("lea runtime_staticuint64s(%%rip), %%rcx");
		emit("lea (%%rcx,%%rax,8), %%rax");
		emit("jmp %s", done);
		emit_label(slow);
		return STATIC_BOX_TESTED;
	}
	if (kind == STATIC_EMPTY_STRING || kind == STATIC_NIL_SLICE) {
		// an empty string (length 0) or a nil slice (array nil) reads back
		// the same from zeroed memory
		emit_comment_text(static_box_note(t, what));
		emit("cmpq $0, %d(%%rbp)", kind == STATIC_EMPTY_STRING ? val + 8 : val);
		emit("lea runtime_zeroval(%%rip), %%rax");
		emit("je %s", done);
		return STATIC_BOX_TESTED;
	}
	return STATIC_BOX_NEVER;
}

// The data word of an ALWAYS static box of the value in val.
void static_box_always(int val) {
	emit("movzbl %d(%%rbp), %%eax", val);
	emit("lea runtime_staticuint64s(%%rip), %%rcx");
	emit("lea (%%rcx,%%rax,8), %%rax");
}

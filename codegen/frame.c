// frame.c - the frame layout of the function being generated.
//
//   16(%rbp)...        incoming arguments and results (the caller's area)
//   8(%rbp)            return address;  0(%rbp) saved %rbp
//   -8(%rbp)...        locals (one slot per variable, never reused), then
//                      temporaries, reused in a stack discipline: a
//                      statement releases what its expressions allocated
//   0(%rsp)...         outgoing arguments of the largest call
//
// %rsp = %rbp - frame_size() for the whole body, so every call site is
// 16-byte aligned without push/pop bookkeeping.
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include "cg.h"

typedef struct Slot {
	int off;
	int64_t size;
	const char *desc;
	bool temp;
} Slot;

static struct {
	int64_t depth;      // bytes in use below %rbp
	int64_t max_depth;
	int64_t out_max;
	int64_t pinned;     // temporaries below this depth are never released
	Vec slots;          // Slot*, for the frame map comment
	Pool pool;          // the slots and frame_text's texts
} fr;

// Where frame_text writes: the frame's pool, or while an SSA function is
// built (which may be ahead of its turn, from another function's code)
// that function's arena.
static Pool *texts;

void frame_begin(void) {
	pool_free(&fr.pool); // the previous function's
	free(fr.slots.data);
	memset(&fr, 0, sizeof fr);
}

Pool *frame_texts_into(Pool *p) {
	Pool *was = texts;
	texts = p;
	return was;
}

void *frame_zalloc(size_t n) {
	return pool_zalloc(&fr.pool, n);
}

static Pool *text_pool(void) {
	return texts ? texts : &fr.pool;
}

char *frame_text(const char *fmt, ...) {
	va_list ap;
	va_start(ap, fmt);
	char *s = pool_vasprintf(text_pool(), fmt, ap);
	va_end(ap);
	return s;
}

char *frame_strdup(const char *s) {
	size_t n = strlen(s) + 1;
	return memcpy(pool_alloc(text_pool(), n), s, n);
}

const char *frame_mem_operand(int64_t off, const char *base) {
	char *s = pool_alloc(text_pool(), sizeof "-9223372036854775808()" + strlen(base));
	char *p = put_int(s, off);
	*p++ = '(';
	p = put_str(p, base);
	*p++ = ')';
	*p = '\0';
	return s;
}

char *frame_label(const char *sym, const char *what, int n) {
	size_t ns = strlen(sym), nw = strlen(what);
	char *s = pool_alloc(text_pool(), ns + nw + sizeof ".L_-2147483648"), *p = s;
	memcpy(p, ".L", 2);
	memcpy(p + 2, sym, ns);
	p += 2 + ns;
	*p++ = '_';
	memcpy(p, what, nw);
	p = put_int(p + nw, n);
	*p = '\0';
	return s;
}

const char *frame_type_text(Type *t, bool qualified) {
	const char *s = type_string(t, qualified);
	char *text = frame_strdup(s);
	free((char *)s);
	return text;
}

static int reserve(int64_t size, const char *desc, bool temp) {
	if (size <= 0)
		size = 8;
	int64_t align = size >= 16 ? 16 : 8;
	fr.depth = (fr.depth + size + align - 1) / align * align;
	if (fr.depth > fr.max_depth)
		fr.max_depth = fr.depth;
	Slot *s = frame_zalloc(sizeof(Slot));
	s->off = (int)-fr.depth;
	s->size = size;
	s->desc = desc;
	s->temp = temp;
	vec_push(&fr.slots, s);
	return s->off;
}

int frame_slot(int64_t size, const char *desc) {
	return reserve(size, desc, false);
}

int tmp_alloc(int64_t size, const char *desc) {
	return reserve(size, desc, true);
}

int tmp_mark(void) {
	return (int)fr.depth;
}

void tmp_release(int mark) {
	fr.depth = mark > fr.pinned ? mark : fr.pinned;
}

// A non-escaping allocation lives as long as its function, not just its
// statement.
void tmp_pin(void) {
	fr.pinned = fr.depth;
}

void frame_need_out(int64_t size) {
	if (size > fr.out_max)
		fr.out_max = size;
}

int64_t frame_size(void) {
	return (fr.max_depth + fr.out_max + 15) / 16 * 16;
}

// runtime/goscape.h: runtime_stack_guard is the running stack's lowest
// address plus a guard zone of which STACK_SMALL bytes may be taken by a
// frame before the check, so small frames compare %rsp itself, as Go's
// prologues do. The check costs a compare with memory and a branch
// predicted not taken: no stack grows, a failed check prints Go's
// "goroutine stack exceeds 1000000000-byte limit" and exits.
enum { STACK_SMALL = 4096 };

const char stack_overflow_call[] = "\tmov %rsp, %rdi\n\tcall runtime_morestack\n";

void frame_enter(int64_t size, const char *overflow) {
	if (size <= STACK_SMALL) {
		emit("cmp runtime_stack_guard(%%rip), %%rsp  # stack check: room for this %lld-byte frame below the guard",
		     (long long)size);
	} else {
		emit("lea -%lld(%%rsp), %%rax  # stack check: the frame must end above the guard", (long long)size);
		emit_text("cmp runtime_stack_guard(%rip), %rax");
	}
	if (overflow) {
		emit("jb %s", overflow);
	} else {
		emit_text("jae 1f");
		fputs(stack_overflow_call, cg.text);
		fputs("1:\n", cg.text);
	}
	if (size)
		emit("sub $%lld, %%rsp", (long long)size);
}

char *put_frame_slot(char *p, int64_t off, int64_t size) {
	memcpy(p, "#   ", 4);
	p = put_padded(p + 4, off, 6);
	memcpy(p, "(%rbp) ", 7);
	p = put_padded(p + 7, size, 5);
	memcpy(p, "  ", 2);
	return p + 2;
}

// Every slot with its offset, size and what it holds. Temporaries share
// offsets (they are reused statement by statement): each offset is listed
// once, with its first use and the number of later ones.
void frame_map_comment(FILE *out) {
	fformat(out, "# frame: %lld bytes (locals and temporaries %lld, outgoing arguments %lld at 0(%%rsp))\n",
	        (long long)frame_size(), (long long)fr.max_depth, (long long)fr.out_max);
	// The first slot at each offset collects the largest size and the
	// number of later uses; later[i] marks the others.
	int n = fr.slots.len;
	bool *later = xcalloc((size_t)n + 1, sizeof(bool));
	int *reuses = xcalloc((size_t)n + 1, sizeof(int));
	int64_t *size = xcalloc((size_t)n + 1, sizeof(int64_t));
	// -offset / 8 -> the first index there + 1 (reserve's offsets are
	// negative multiples of 8, down to -max_depth)
	int *by_off = xcalloc((size_t)fr.max_depth / 8 + 1, sizeof(int));
	for (int i = 0; i < n; i++) {
		Slot *s = fr.slots.data[i];
		int *first = &by_off[-s->off / 8], f = *first;
		if (!f) {
			*first = i + 1;
			size[i] = s->size;
			continue;
		}
		later[i] = true;
		reuses[f - 1]++;
		if (s->size > size[f - 1])
			size[f - 1] = s->size;
	}
	for (int i = 0; i < n; i++) {
		if (later[i])
			continue;
		Slot *s = fr.slots.data[i];
		char line[64], *p = put_frame_slot(line, s->off, size[i]);
		if (s->temp)
			p = put_str(p, "tmp: ");
		put_text(out, line, (size_t)(p - line));
		if (s->desc)
			put_string(out, s->desc);
		p = line;
		if (reuses[i])
			p = put_str(put_int(put_str(p, " (+"), reuses[i]), " later uses)");
		*p++ = '\n';
		put_text(out, line, (size_t)(p - line));
	}
	free(later);
	free(reuses);
	free(size);
	free(by_off);
}

// A variable node naming the temporary at off: lets a rewritten
// expression read a value evaluated earlier (the operands of a tuple
// assignment's left side, spread call results) through the ordinary paths.
Node *temp_node(int off, Type *t, const char *desc) {
	Obj *o = frame_zalloc(sizeof(Obj));
	o->kind = OBJ_VAR;
	o->name = desc;
	o->type = t;
	o->owner = cg.fn;
	o->offset = off;
	Node *n = new_node(ND_IDENT, cg.pos);
	n->name = desc;
	n->obj = o;
	n->type = t;
	return n;
}

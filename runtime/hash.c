// hash.c - hashing and == of Go values described by a GoType (map keys,
// interface comparison), and the runtime's random numbers.
#include <string.h>
#include <time.h>
#include <unistd.h>
#include "rt.h"

static uint64_t mix64(uint64_t h) {
	h ^= h >> 33;
	h *= 0xff51afd7ed558ccdULL;
	h ^= h >> 33;
	h *= 0xc4ceb9fe1a85ec53ULL;
	h ^= h >> 33;
	return h;
}

uint64_t hash_bytes(const void *p, size_t n, uint64_t seed) {
	const uint8_t *b = p;
	uint64_t h = seed ^ (n * 0x9E3779B97F4A7C15ULL);
	while (n >= 8) {
		uint64_t w;
		memcpy(&w, b, 8);
		h = (h ^ w) * 0x100000001b3ULL;
		h ^= h >> 29;
		b += 8;
		n -= 8;
	}
	uint64_t tail = 0;
	if (n > 0)  // b may be NULL for empty strings and zero-size values
		memcpy(&tail, b, n);
	return mix64(h ^ tail ^ (n << 56));
}

uint64_t rt_random(void) {
	static uint64_t state;
	if (state == 0) {
		struct timespec ts;
		clock_gettime(CLOCK_REALTIME, &ts);
		state = mix64((uint64_t)ts.tv_nsec ^ ((uint64_t)ts.tv_sec << 20) ^ ((uint64_t)getpid() << 40)) | 1;
	}
	// xorshift64*
	state ^= state >> 12;
	state ^= state << 25;
	state ^= state >> 27;
	return state * 2685821657736338717ULL;
}

static _Noreturn void panic_type(const char *what, const GoType *t) {
	rt_panic_runtime_error("%s%.*s", what, (int)t->str.len, (const char *)t->str.ptr);
}

static uint64_t hash_float(double f, uint64_t seed) {
	if (f == 0)
		f = 0;  // +0 and -0 are equal keys
	if (f != f)
		return mix64(seed ^ rt_random());  // NaN never equals itself: any hash will do
	return hash_bytes(&f, sizeof f, seed);
}

static bool is_blank_field(const GoField *f) { return f->name.len == 1 && f->name.ptr[0] == '_'; }

uint64_t hash_value(const GoType *t, const void *p, uint64_t seed) {
	switch (t->kind) {
	case KIND_FLOAT32:
		return hash_float(*(const float *)p, seed);
	case KIND_FLOAT64:
		return hash_float(*(const double *)p, seed);
	case KIND_COMPLEX64:
		return hash_float(((const float *)p)[1], hash_float(((const float *)p)[0], seed));
	case KIND_COMPLEX128:
		return hash_float(((const double *)p)[1], hash_float(((const double *)p)[0], seed));
	case KIND_STRING: {
		const GoString *s = p;
		return hash_bytes(s->ptr, (size_t)s->len, seed);
	}
	case KIND_INTERFACE: {
		const GoType *dyn = iface_dyntype(t, p);
		if (!dyn)
			return mix64(seed);
		if (!type_comparable(dyn))
			panic_type("hash of unhashable type ", dyn);
		return hash_value(dyn, eface_valueptr(dyn, &((void *const *)p)[1]), seed ^ dyn->hash);
	}
	case KIND_ARRAY:
		for (uintptr_t i = 0; i < t->len; i++)
			seed = hash_value(t->elem, (const char *)p + i * t->elem->size, seed);
		return seed;
	case KIND_STRUCT:
		for (uintptr_t i = 0; i < t->len; i++) {
			const GoField *f = &t->fields[i];
			if (!is_blank_field(f))
				seed = hash_value(f->type, (const char *)p + f->offset, seed);
		}
		return seed;
	case KIND_SLICE: case KIND_MAP: case KIND_FUNC:
		panic_type("hash of unhashable type ", t);
	}
	return hash_bytes(p, t->size, seed);
}

bool runtime_valueeq(const GoType *t, const void *a, const void *b) {
	switch (t->kind) {
	case KIND_FLOAT32:
		return *(const float *)a == *(const float *)b;
	case KIND_FLOAT64:
		return *(const double *)a == *(const double *)b;
	case KIND_COMPLEX64:
		return ((const float *)a)[0] == ((const float *)b)[0] &&
		       ((const float *)a)[1] == ((const float *)b)[1];
	case KIND_COMPLEX128:
		return ((const double *)a)[0] == ((const double *)b)[0] &&
		       ((const double *)a)[1] == ((const double *)b)[1];
	case KIND_STRING:
		return runtime_eqstring(a, b);
	case KIND_INTERFACE: {
		const GoType *ta = iface_dyntype(t, a), *tb = iface_dyntype(t, b);
		if (!ta || !tb)
			return ta == tb;
		if (!type_same(ta, tb))
			return false;
		if (!type_comparable(ta))
			panic_type("comparing uncomparable type ", ta);
		return runtime_valueeq(ta, eface_valueptr(ta, &((void *const *)a)[1]),
		                       eface_valueptr(ta, &((void *const *)b)[1]));
	}
	case KIND_ARRAY:
		for (uintptr_t i = 0; i < t->len; i++) {
			uintptr_t off = i * t->elem->size;
			if (!runtime_valueeq(t->elem, (const char *)a + off, (const char *)b + off))
				return false;
		}
		return true;
	case KIND_STRUCT:
		for (uintptr_t i = 0; i < t->len; i++) {
			const GoField *f = &t->fields[i];
			if (!is_blank_field(f) &&
			    !runtime_valueeq(f->type, (const char *)a + f->offset, (const char *)b + f->offset))
				return false;
		}
		return true;
	case KIND_SLICE: case KIND_MAP: case KIND_FUNC:
		panic_type("comparing uncomparable type ", t);
	}
	return mem_eq(a, b, t->size);
}

// iface.c - interface comparison, run-time itab construction (conversions
// to interface types, type switches on interface cases) and the failed
// type assertion panic.
#include <stdlib.h>
#include <string.h>
#include "rt.h"

bool runtime_efaceeq(const GoEface *a, const GoEface *b) {
	static const GoType empty_iface = {.size = 16, .kind = KIND_INTERFACE};
	return runtime_valueeq(&empty_iface, a, b);
}

bool runtime_ifaceeq(const GoIface *a, const GoIface *b) {
	GoEface ea = {a->itab ? a->itab->type : NULL, a->data};
	GoEface eb = {b->itab ? b->itab->type : NULL, b->data};
	return runtime_efaceeq(&ea, &eb);
}

static bool gostr_eq(const GoString *a, const GoString *b) {
	return a->len == b->len && mem_eq(a->ptr, b->ptr, (size_t)a->len);
}


typedef struct ItabEntry {
	struct ItabEntry *next;
	GoItab *itab;              // NULL: the type does not implement the interface
	const GoType *type, *inter;
	const GoString *missing;   // first missing method when itab is NULL
} ItabEntry;

static ItabEntry *itab_table[256];

// Descriptors of identical types are one descriptor, so the signatures
// are compared by address.
static bool same_method(const GoMethod *have, const GoMethod *want) {
	return gostr_eq(&have->name, &want->name) && (!have->sig || !want->sig || have->sig == want->sig);
}

// Builds the itab by walking both sorted method lists once.
static ItabEntry *build_itab(const GoType *inter, const GoType *type) {
	ItabEntry *e = calloc(1, sizeof *e);
	GoItab *itab = malloc(sizeof(GoItab) + inter->nmethods * sizeof(void *));
	if (!e || !itab)
		rt_fatal("out of memory");
	e->type = type;
	e->inter = inter;
	itab->type = type;
	itab->inter = inter;
	uintptr_t j = 0;
	for (uintptr_t i = 0; i < inter->nmethods; i++) {
		const GoMethod *want = &inter->methods[i];
		while (j < type->nmethods && !gostr_eq(&type->methods[j].name, &want->name))
			j++;
		if (j == type->nmethods || !same_method(&type->methods[j], want)) {
			e->missing = &want->name;
			free(itab);
			return e;
		}
		itab->fun[i] = type->methods[j].fn;
	}
	e->itab = itab;
	return e;
}

const GoItab *runtime_getitab(const GoType *inter, const GoType *type, bool canfail) {
	if (!type) {
		if (canfail)
			return NULL;
		rt_panic_plain("interface conversion: interface is nil, not %.*s", GOSTR_ARG(inter->str));
	}
	uintptr_t h = ((uintptr_t)inter ^ ((uintptr_t)type >> 4) ^ type->hash) % 256;
	ItabEntry *e = itab_table[h];
	while (e && !(e->inter == inter && e->type == type))
		e = e->next;
	if (!e) {
		e = build_itab(inter, type);
		e->next = itab_table[h];
		itab_table[h] = e;
	}
	if (!e->itab && !canfail)
		rt_panic_plain("interface conversion: %.*s is not %.*s: missing method %.*s",
		               GOSTR_ARG(type->str), GOSTR_ARG(inter->str), GOSTR_ARG(*e->missing));
	return e->itab;
}

_Noreturn void runtime_panicdottype(const GoType *have, const GoType *want, const GoType *iface) {
	GoString inter = iface ? iface->str : (GoString){(const uint8_t *)"interface", 9};
	if (!have)
		rt_panic_plain("interface conversion: %.*s is nil, not %.*s", GOSTR_ARG(inter),
		               GOSTR_ARG(want->str));
	const char *extra = gostr_eq(&have->str, &want->str) ? " (types from different scopes)" : "";
	rt_panic_plain("interface conversion: %.*s is %.*s, not %.*s%s", GOSTR_ARG(inter),
	               GOSTR_ARG(have->str), GOSTR_ARG(want->str), extra);
}

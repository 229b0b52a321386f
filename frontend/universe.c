// universe.c - the predeclared identifiers (types, constants, nil,
// builtins) and the members of imported packages: those of packages
// compiled from source, and those of the packages the compiler knows
// (fmt and unsafe), each mapped to a builtin or a type.
#include <string.h>
#include "check.h"

static Obj *add(ObjKind kind, const char *name, Type *t) {
	Obj *o = new_obj(kind, name, (Pos){0});
	o->type = t;
	scope_insert(ck.universe, o);
	return o;
}

static void add_builtin(const char *name, Builtin b) {
	add(OBJ_BUILTIN, name, ty_invalid)->builtin = b;
}

void universe_init(void) {
	types_init();
	ck.universe = scope_new(NULL);
	struct { const char *name; Type **t; } types[] = {
		{"bool", &ty_bool}, {"int", &ty_int}, {"int8", &ty_int8}, {"int16", &ty_int16},
		{"int32", &ty_int32}, {"int64", &ty_int64}, {"uint", &ty_uint}, {"uint8", &ty_uint8},
		{"uint16", &ty_uint16}, {"uint32", &ty_uint32}, {"uint64", &ty_uint64},
		{"uintptr", &ty_uintptr}, {"float32", &ty_float32}, {"float64", &ty_float64},
		{"complex64", &ty_complex64}, {"complex128", &ty_complex128}, {"string", &ty_string},
		{"byte", &ty_byte}, {"rune", &ty_rune}, {"error", &ty_error}, {"any", &ty_any},
	};
	for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
		add(OBJ_TYPE, types[i].name, *types[i].t);
	// comparable: an interface only constraints may use (check_generic_constraint.c)
	Obj *comparable = add(OBJ_TYPE, "comparable", NULL);
	comparable->type = new_type(TY_NAMED);
	comparable->type->obj = comparable;
	comparable->type->underlying = new_type(TY_INTERFACE);
	add(OBJ_CONST, "true", ty_untyped_bool)->val = const_new(cv_bool(true));
	add(OBJ_CONST, "false", ty_untyped_bool)->val = const_new(cv_bool(false));
	add(OBJ_CONST, "iota", ty_untyped_int);
	add(OBJ_NIL, "nil", ty_untyped_nil);
	struct { const char *name; Builtin b; } builtins[] = {
		{"append", BI_APPEND}, {"cap", BI_CAP}, {"close", BI_CLOSE}, {"complex", BI_COMPLEX},
		{"copy", BI_COPY}, {"delete", BI_DELETE}, {"imag", BI_IMAG}, {"len", BI_LEN},
		{"make", BI_MAKE}, {"new", BI_NEW}, {"panic", BI_PANIC}, {"print", BI_PRINT},
		{"println", BI_PRINTLN}, {"real", BI_REAL}, {"recover", BI_RECOVER},
	};
	for (size_t i = 0; i < sizeof builtins / sizeof builtins[0]; i++)
		add_builtin(builtins[i].name, builtins[i].b);
}

// A member object of a known package, made on first use and then shared.
typedef struct Member {
	const char *pkg, *name;
	Builtin builtin;     // BI_NONE: a type or variable made by make_member
} Member;

static const Member members[] = {
	{"fmt", "Println", BI_FMT_PRINTLN}, {"fmt", "Print", BI_FMT_PRINT},
	{"fmt", "Printf", BI_FMT_PRINTF}, {"fmt", "Sprintf", BI_FMT_SPRINTF},
	{"fmt", "Sprint", BI_FMT_SPRINT}, {"fmt", "Sprintln", BI_FMT_SPRINTLN},
	{"fmt", "Errorf", BI_FMT_ERRORF}, {"fmt", "Fprintln", BI_FMT_FPRINTLN},
	{"fmt", "Fprint", BI_FMT_FPRINT}, {"fmt", "Fprintf", BI_FMT_FPRINTF},
	{"fmt", "Stringer", BI_NONE},
	{"unsafe", "Sizeof", BI_UNSAFE_SIZEOF}, {"unsafe", "Alignof", BI_UNSAFE_ALIGNOF},
	{"unsafe", "Offsetof", BI_UNSAFE_OFFSETOF}, {"unsafe", "Add", BI_UNSAFE_ADD},
	{"unsafe", "Slice", BI_UNSAFE_SLICE}, {"unsafe", "Pointer", BI_NONE},
};

static Obj *make_member(const Member *m) {
	if (m->builtin) {
		Obj *o = new_obj(OBJ_BUILTIN, m->name, (Pos){0});
		o->builtin = m->builtin;
		o->type = ty_invalid;
		return o;
	}
	if (!strcmp(m->name, "Pointer")) {
		Obj *o = new_obj(OBJ_TYPE, "Pointer", (Pos){0});
		o->type = ty_unsafeptr;
		return o;
	}
	return type_named_string_method("fmt", "Stringer", "String")->obj;  // fmt.Stringer
}

Obj *package_member(Obj *pkg, const char *name) {
	if (pkg->pkg) {
		Obj *m = scope_lookup_local(pkg->pkg->scope, name);
		return m && name[0] >= 'A' && name[0] <= 'Z' ? m : NULL;
	}
	static Obj *made[sizeof members / sizeof members[0]];
	for (size_t i = 0; i < sizeof members / sizeof members[0]; i++) {
		if (strcmp(members[i].pkg, pkg->path) || strcmp(members[i].name, name))
			continue;
		if (!made[i])
			made[i] = make_member(&members[i]);
		return made[i];
	}
	return stub_member(pkg->path, name);
}

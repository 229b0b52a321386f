// types.h - Go types as the checker builds them and later stages read them.
//
// Named types are TY_NAMED with an underlying type (like go/types); use
// type_under() before switching on the kind. Types are not hash-consed:
// compare with type_identical(). Sizes and alignments follow gc on amd64.
#ifndef GOSCAPE_TYPES_H
#define GOSCAPE_TYPES_H

#include "ast.h"
#include "strbuf.h"

typedef enum {
	TY_INVALID,
	TY_BOOL,
	TY_INT, TY_INT8, TY_INT16, TY_INT32, TY_INT64,
	TY_UINT, TY_UINT8, TY_UINT16, TY_UINT32, TY_UINT64, TY_UINTPTR,
	TY_FLOAT32, TY_FLOAT64, TY_COMPLEX64, TY_COMPLEX128,
	TY_STRING, TY_UNSAFEPTR,
	// untyped constant kinds; never left on an expression after checking
	TY_UNTYPED_BOOL, TY_UNTYPED_INT, TY_UNTYPED_RUNE, TY_UNTYPED_FLOAT, TY_UNTYPED_COMPLEX, TY_UNTYPED_STRING,
	TY_UNTYPED_NIL,
	// composite
	TY_PTR, TY_ARRAY, TY_SLICE, TY_STRUCT, TY_FUNC, TY_INTERFACE, TY_MAP, TY_CHAN,
	TY_NAMED,
	TY_TUPLE, // multiple results of a call
} TypeKind;

typedef struct Field {
	const char *name;    // for embedded fields: the type's name (an alias's, if spelled so)
	const char *pkgpath; // an unexported name's package (its import path): part of the identity
	const char *tag;     // the tag's value, or NULL (also part of the identity)
	const char *shape;   // (generics) a field of an instance declared with a type
	                     // parameter's type: its GC shape; with a type made from
	                     // one: TPARAM_DERIVED (frontend/check_generic_instance.c)
	Type *type;
	bool embedded;
	int64_t offset;      // byte offset in the struct
	Pos pos;
} Field;

typedef struct Method {
	const char *name;
	const char *pkgpath; // interfaces: an unexported name's package (part of the identity)
	Type *type;          // TY_FUNC without the receiver
	Obj *func;           // OBJ_FUNC for concrete methods; NULL in interfaces
	bool ptr_recv;
} Method;

struct Type {
	TypeKind kind;
	int64_t size;        // bytes; -1 until laid out
	int align;

	Type *elem;          // PTR, ARRAY, SLICE, MAP (value), CHAN
	Type *key;           // MAP
	int64_t len;         // ARRAY
	int chan_dir;        // CHAN: 0 both, 1 send-only, 2 recv-only

	Vec fields;          // STRUCT: Field*
	Vec params;          // FUNC: Type*; the last is a SLICE when variadic
	Vec results;         // FUNC: Type*;  TUPLE: Type* members
	bool variadic;       // FUNC

	Vec methods;         // INTERFACE: Method* (complete method set, sorted by name)
	                     // NAMED: Method* declared methods (value and pointer receivers)
	Vec embeds;          // INTERFACE: embedded interface types (before completion)

	// NAMED
	Obj *obj;            // the OBJ_TYPE; obj->name is the Go name
	Type *underlying;
	const char *pkg;     // package name: "main" for user types; NULL for predeclared
	const char *pkgpath; // import path of the declaring package ("main", "unicode/utf8")

	int id;              // unique per type, for codegen symbols of type descriptors

	// (generics) This type is a copy of an unnamed type argument standing
	// for a type parameter in an instance (identical to the argument):
	// the parameter's GC shape, so that -m can spell values of type
	// parameter type as gc does (frontend/check_generic_instance.c).
	const char *shape;
};

extern Type *ty_bool, *ty_int, *ty_int8, *ty_int16, *ty_int32, *ty_int64;
extern Type *ty_uint, *ty_uint8, *ty_uint16, *ty_uint32, *ty_uint64, *ty_uintptr;
extern Type *ty_float32, *ty_float64, *ty_complex64, *ty_complex128;
extern Type *ty_string, *ty_unsafeptr, *ty_error, *ty_any;
extern Type *ty_untyped_bool, *ty_untyped_int, *ty_untyped_rune, *ty_untyped_float, *ty_untyped_complex;
extern Type *ty_untyped_string, *ty_untyped_nil, *ty_invalid;
// (checker addition) byte and rune: identical to uint8 and int32 (same kind)
// but spelled byte/rune in messages, as types2 does; %T spells uint8/int32.
extern Type *ty_byte, *ty_rune;

void types_init(void);
Type *new_type(TypeKind kind);
// (cleanup addition) The named interface `type NAME interface{ METHOD() string }`
// of package pkg (NULL: the universe), with its type-name object: error
// and fmt.Stringer.
Type *type_named_string_method(const char *pkg, const char *name, const char *method);
Type *type_ptr(Type *elem);
Type *type_slice(Type *elem);
Type *type_array(Type *elem, int64_t len);
Type *type_map(Type *key, Type *elem);
Type *type_under(Type *t);           // underlying type (identity for unnamed)
bool type_identical(Type *a, Type *b);
void type_layout(Type *t);           // computes size/align (and field offsets)
// (checker addition) gc's MaxWidth on amd64: a variable of a type this large
// is an error ("larger than address space"); layout saturates sizes here.
#define TYPE_MAX_SIZE ((int64_t)1 << 50)
int64_t type_size(Type *t);
int type_align(Type *t);
bool type_is_integer(Type *t);       // after type_under
bool type_is_unsigned(Type *t);
bool type_is_float(Type *t);
bool type_is_complex(Type *t);
bool type_is_numeric(Type *t);
bool type_is_string(Type *t);
bool type_is_untyped(Type *t);
bool type_is_interface(Type *t);
bool type_is_comparable(Type *t);
bool type_has_pointers(Type *t);     // does a value hold any pointer (for GC bitmaps)
Type *type_default(Type *t);         // default type of an untyped kind
// Go's spellings of a type: in the checker's messages (types2: "[]T",
// "struct{X int}", byte, rune, any), by %T and in symbols (reflect:
// "[]main.T", "struct { X int }", uint8), and in gc's -m output
// (unqualified, spaced, byte and rune but "interface {}" for any).
typedef enum { TS_TYPES2, TS_REFLECT, TS_GC } TypeStyle;
void type_write(StrBuf *b, Type *t, TypeStyle style);
// type_write with every type (and instance's type argument) t within
// written as map(t, ctx) (generics: a type spelled with its type
// parameters replaced).
void type_write_mapped(StrBuf *b, Type *t, TypeStyle style, Type *(*map)(Type *t, void *ctx), void *ctx);
// type_write's text for TS_REFLECT (qualified) or TS_TYPES2.
const char *type_string(Type *t, bool qualified);
// The package whose checker messages are being written: named types of
// other packages are spelled with their package name ("strings.Builder").
void type_set_local_package(const char *path);
// (checker addition) Gives identical types the same id and lays out every
// type made so far (size/align/offsets filled); check_program calls it at
// the end, so later stages can name descriptors by id. Call it again after
// making new types if their ids must be canonical too.
void type_canonicalize_ids(void);

// ---- lookup.c: selectors ----
// What x.name selects for x of type t (through one pointer, then
// embedded fields breadth first; the shallowest depth wins, two
// candidates there make it ambiguous).
typedef enum { SEL_NONE, SEL_FIELD, SEL_METHOD, SEL_AMBIGUOUS } SelKind;
typedef struct Selection {
	SelKind kind;
	int path[32];        // indices of the embedded fields walked, then the field itself
	int npath;           // for methods: embedded fields only
	Field *field;
	Method *method;      // concrete method or interface method
	bool iface_method;   // method of an interface (the last embedded step or T itself)
	bool indirect;       // some step (or t itself) went through a pointer
} Selection;
Selection lookup_field_or_method(Type *t, const char *name);
// The index of method name in methods (Method*), or -1.
int method_index(Vec *methods, const char *name);
Method *method_by_name(Vec *methods, const char *name);

#endif

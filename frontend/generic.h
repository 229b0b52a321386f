// generic.h - what the check_generic*.c files share (private to them):
// generics, their instances, the instance bodies waiting to be checked,
// and the state of the package being checked.
#ifndef GOSCAPE_GENERIC_H
#define GOSCAPE_GENERIC_H

#include "check.h"

typedef struct Instance {
	Vec targs;           // Type*
	const char *shapes;  // "[go.shape.int_0,go.shape.string_1]" (gc's -m names)
	Obj *obj;            // the instantiated function or type name
	struct Generic *g;
} Instance;

typedef struct Generic {
	Obj *obj;            // the generic function or type name
	Node *decl;          // ND_FUNCDECL / ND_TYPESPEC as parsed
	Scope *file_scope;
	const char *pkg, *path; // the declaring package's name and import path
	Vec names;           // Node* ND_IDENT: the type parameters in order
	Vec constraints;     // Node*: each one's constraint expression
	Vec instances;       // Instance*
} Generic;

// A method declared on a generic type: instantiated with the type.
typedef struct GenericMethod {
	Node *decl;
	const char *base;    // the receiver's type name
	Scope *file_scope;
} GenericMethod;

// An instance body waiting to be checked.
typedef struct BodyJob {
	Obj *fn;
	Scope *scope;
	DeclInfo *decl;
	int depth;           // instances between it and non-generic code
	bool (*filter)(Pos pos, const char *msg); // which of its errors are reported (NULL: all)
	struct Generic *g;   // what it is an instance of
	bool stand_in;       // its type arguments are stand-ins (check_generics)
	bool layout;         // a body of the generic layout_generics lays out
	Vec targs;           // Type*: the instance's type arguments
} BodyJob;

// A generic's reference to a generic function with type arguments made of
// its type parameters (layout_generics).
typedef struct Site {
	Vec *params;         // Type*: the stand-ins of the referring generic
	Vec targs;           // Type*: the callee's type arguments in their terms
} Site;

// What kinds all the terms of a stand-in's type set have.
typedef struct TermKinds {
	bool all_string, all_boolean;
} TermKinds;

// A generic body's call of a method of a type parameter's value, which gc
// makes through a closure in the dictionary (check_generic_dict.c).
typedef struct BoundCall {
	int param;           // which type parameter
	Type *sig;           // the method's signature, in terms of the stand-ins
	Vec *params;         // Type*: the stand-ins
	int dict_len;        // the caller's dictionary length
} BoundCall;

// An instance gc makes for a dictionary only (shape_body_shapes).
typedef struct Pending {
	struct Generic *g;
	Vec targs;
} Pending;


// Generics of every package checked so far (an importer instantiates them),
// and what is being checked.
typedef struct GenericState {
	PtrMap generic_of; // Obj* (generic name) -> Generic*
	PtrMap instance_of; // Type* (instantiated named type) -> Instance*
	PtrMap func_instance_of; // Obj* (instantiated function) -> Instance*
	Vec methods; // GenericMethod*
	Vec jobs; // BodyJob* of the package being checked
	Vec declared; // Generic* of the package being checked
	PtrMap stand_in_of; // stand-in Type* (check_generics) -> its constraint's spelling
	PtrMap comparable_stand_ins; // stand-in Type* whose constraint is comparable
	PtrMap no_core_stand_ins; // stand-in Type* whose type set has no core type
	PtrMap term_kinds; // stand-in Type* of a type set -> TermKinds*
	PtrMap bound_calls; // parsed call Node* of a type parameter's method -> BoundCall*
	PtrMap local_types;
	Generic *shaping;   // whose type arguments write_shape spells (their constraints decide) // parsed local ND_TYPESPEC -> its number in the package (number_local_types)
	Generic *stand_in_check; // the generic check_generics is instantiating with stand-ins
	bool laying_out; // layout_generics is running
	bool standing_in; // check_generics is running (what it makes is dropped)
	Vec laid_out; // Instance* it made (dropped after)
	Vec *layout_targs; // the stand-ins of the generic it lays out
	PtrMap sites; // parsed callee Node* (a method's: the call) -> Site*
	Vec pending; // Pending*
	int instance_count; // for unique assembly symbols
	int type_depth; // nesting of type instantiations (runaway recursion)
	int body_depth; // BodyJob.depth of the body being checked
	BodyJob *cur_job; // the body being checked
	bool checking_instance;
} GenericState;

extern GenericState gen;

// check_generic.c
Generic *generic(Obj *o);
void write_constraint(StrBuf *b, Node *c, const char *sep);
const char *tparam_pos(Node *tp);
Node *recv_base(Node *fd, bool *ptr);
Vec index_args(Node *n);

// check_generic_shape.c
const char *bracketed(Vec *targs, void (*put)(StrBuf *, Type *, int));
void write_targ(StrBuf *b, Type *t, int i);
void write_shape(StrBuf *b, Type *t, int i);
bool shape_seen(Generic *g, Instance *in);
void name_shape(Generic *g, Func *f, const char *shape_name, bool repeat);
const char *instance_sym(const char *name);
const char *shape_body_shapes(Node *callee, Generic *g, Vec *targs);
// "[go.shape.int_0,...]": the GC shapes of g's instance for targs.
const char *shapes_of(Generic *g, Vec *targs);
// In the body of the instance being checked: the calls of methods of
// generic types' instances made of its type parameters call the methods
// gc compiles for the shapes its shape body gives them (shape_method).
void shape_method_calls(Node *body);

// check_generic_instance.c
Scope *bind_scope(Generic *g, Scope *fs, Vec *params, Vec *targs);
Instance *find_instance(Generic *g, Vec *targs, const char *shapes);
Type *type_in(const char *path, Scope *s, Node *n, bool signature);
// Whether pred(part, depth + 1) holds for a part of t: its element, key,
// parameter, result or field types (not a named type's arguments).
bool any_part(Type *t, bool (*pred)(Type *, int), int depth);
bool has_stand_in(Type *t, int depth);
Obj *instance_func(Generic *g, Vec *targs, const char *shapes);
Type *instance_type(Generic *g, Vec *targs);
Obj *shape_method(Obj *method, const char *shapes);
void check_job(BodyJob *j);

// check_generic_constraint.c
Type *type_of_expr(Node *n, Scope *s);
Scope *decl_scope(Obj *o, Scope *fallback);
bool check_constraints(Generic *g, Vec *targs, Pos *at);
bool instantiation_cycle(Generic *g, Vec *targs, Pos at);

// check_generic_infer.c
int tparam_index(Generic *g, Node *p);
// Whether type expression n names a type parameter of g whose index pick
// accepts (pick NULL: any of them).
bool names_tparam(Generic *g, Node *n, bool (*pick)(void *ctx, int i), void *ctx);
// A constraint's core type term (the T of ~T, or its only type term), or NULL.
Node *core_term(Node *c, Scope *s);

// check_generic_dict.c
void spell_dict_calls(Node *n, Generic *g, Vec *targs);

// check_generic_standin.c
bool type_independent(Pos pos, const char *msg);
bool report_none(Pos pos, const char *msg);
bool novel(Pos pos, const char *msg);
bool strict(Generic *g);
Vec stand_ins(Generic *g, int vparam, int vterm);
// Whether constraint c (in scope s) is or embeds comparable.
bool embeds_comparable(Node *c, Scope *s);

#endif

// check.h - internal interface between the type checker's files.
//
// The checker works in place on the tree: check_expr(n) fills n->type,
// n->is_const/cval, n->is_type and n->obj, and may turn n into another
// kind (a selector into ND_FUNCNAME, a call into ND_BUILTIN) or wrap it
// (node_wrap moves the node's contents into a new child, so parents keep
// their pointers). Untyped results stay untyped until convert_untyped()
// gives them their context's type.
#ifndef GOSCAPE_CHECK_H
#define GOSCAPE_CHECK_H

#include "frontend.h"
#include "constant.h"
#include "ops.h"
#include "scope.h"

// A package-level object still to be resolved, with what its initializer
// (or a function's body) refers to, for the initialisation order.
typedef struct DeclInfo {
	Obj *obj;
	Node *spec;          // ND_VARSPEC / ND_CONSTSPEC / ND_TYPESPEC / ND_FUNCDECL
	int index;           // position of obj in spec->names
	Scope *file_scope;
	int state;           // 0 unresolved, 1 being resolved, 2 done
	Vec deps;            // Obj* package-level vars and funcs referred to
	                     // (may repeat: record_dep only drops a repeat of
	                     // the last one)
	Vec lhs;             // var specs: all objects the spec declares
} DeclInfo;

typedef struct Checker {
	Program *prog;
	const char *pkg;     // package name, qualifies named types
	const char *path;    // import path, qualifies symbols ("unicode/utf8.RuneLen")
	const Vec *checked;  // Program* the packages already checked, which this one may import
	Scope *universe;
	Scope *pkg_scope;
	Scope *scope;        // current innermost scope
	Func *func;          // function whose body is being checked, or NULL
	DeclInfo *decl;      // declaration whose dependencies are being recorded
	PtrMap decls;        // Obj* -> DeclInfo*: package-level objects (no owner)
	int iota;            // value of iota, -1 outside constant declarations
	Obj *os_args;        // the global behind os.Args
	Obj *os_stdout;
	int glob_lits;       // literals at package level: main.glob..funcN
	bool in_constraint;  // checking a constraint: interfaces with type sets are allowed
} Checker;

extern Checker ck;

// ---- check_type.c ----
Type *check_typexpr(Node *n);          // resolves a type expression (reports "is not a type")
Type *signature_of(Node *ftype);       // ND_FUNCTYPE -> TY_FUNC
Type *new_named(Obj *obj);
bool is_exported(const char *name);  // starts with an upper-case (ASCII) letter
// An interface with type-set elements (~T, unions, non-interface types) or
// comparable: only a constraint may use it.
bool is_constraint_iface(Type *t);
void attach_method(Obj *fn, Type *base, bool ptr_recv, Type *sig);

// Does T implement interface iface? On failure *why is Go's parenthesised
// explanation ("missing method M", "M method has pointer receiver").
bool implements(Type *t, Type *iface, const char **why);

// ---- check_assign.c ----
// Gives an untyped expression the type target (or its default when target
// is NULL or an interface); reports unrepresentable constants. context is
// Go's "assignment", "argument"... or NULL for operand-to-operand uses.
bool convert_untyped(Node *x, Type *target, const char *context);
// The full assignment rule: converts x for a destination of type t,
// inserting ND_TOIFACE / ND_NIL / interface ND_CONV. Returns false after
// reporting "cannot use ...".
bool assign_value(Node *x, Type *t, const char *context);
// Types an untyped constant operand of a folded operation (e.g. 1<<70 ==
// 0) with its default type without the representability check: Go never
// materializes such operands, so their values need not fit.
void settle_folded(Node *x);
bool assignable_to(Node *x, Type *t, const char **why);
void check_assign_stmt(Node *s);
void check_define_stmt(Node *s);
void mark_assigned(Node *lhs);
// Types objs (from spec->names) by spec's type or its values.
void check_var_init(Obj **objs, int n, Node *spec, const char *context);

// ---- check_expr.c ----
void check_expr(Node *n);              // single value (may stay untyped)
void check_expr_or_type(Node *n);
void check_multi(Node *n);             // like check_expr but a call may yield a tuple
void check_callee(Node *n);            // the function part of a call: may be a type or builtin
void check_value(Node *n);             // check_expr then default untyped to its default type
void check_bool_cond(Node *n, const char *what);
bool is_addressable(Node *n);
bool is_map_index(Node *n);
// (cleanup addition) The operand of len, cap or range, checked and valid:
// an untyped string constant becomes a string; returns the underlying
// type, seen through a pointer to an array.
Type *container_type(Node *x);
// (cleanup addition) The variable whose own storage n is: x, x.f or x[i]
// of an array x, not through a pointer or slice; NULL otherwise.
// Assigning to n reassigns it; &n takes its address.
Obj *storage_var(Node *n);
Obj *lookup_name(const char *name);
void use_obj(Obj *o);                  // a read of o: ref_obj + "used"
void ref_obj(Obj *o);                  // any reference: resolves, records captures and deps
void check_composite(Node *n, Type *hint);
void check_funclit(Node *n);
void check_binary_nodes(Node *n);
// check_binary_nodes for case == tag (cmp: lhs the case value, rhs the
// tag), with Go's "invalid case ... in switch on ..." reports.
void check_case_value(Node *cmp);
// check_binary_nodes for x op= y (op: the operation x op y), whose
// mismatch Go spells as the assignment.
void check_assign_op(Node *op);
Node *node_wrap(Node *n, NodeKind kind, Type *t);
Node *unparen(Node *n);
bool is_invalid(Node *n);
void set_invalid(Node *n);
void set_const(Node *n, Type *t, ConstVal v);
Pos expr_pos(Node *n);                 // where Go reports errors about n (its start)
const char *expr_string(Node *n);
const char *operand_string(Node *n);
const char *tstr(Type *t);             // unqualified spelling for messages
Type *tuple_type(Vec *types);
Type *void_type(void);

// ---- check_call.c ----
void check_call(Node *n);

// ---- check_stmt.c ----
void check_func_body(Func *f, Node *ftype, Node *body, Obj *recv);
void check_stmt(Node *s);
Func *new_func(Node *decl, const char *name);
void declare_obj(Scope *s, Obj *o);
const char *pos_label(Pos p);          // "./file.go:3:6" as in Go's follow-up lines
void record_local(Obj *o);

// ---- check_decl.c ----
void resolve_obj(Obj *o);
void check_const_spec(Node *spec, Obj **objs, int n);
void record_dep(Obj *o);
// Go's "invalid recursive type" for the cycle of named types cycle[0..n-1]
// (each refers to the next); breaks the cycle.
void recursive_type_error(Type **cycle, int n);
// Reports t if it contains itself by value (struct fields, array elements).
void check_recursive_type(Type *t);

// (cleanup addition) The receiver variable of a method declaration's receiver field.
Obj *new_receiver(Node *recv_field);
// The declaration record of an instantiated function (check_generic_instance.c), so
// that package initialisation order sees through it.
DeclInfo *declare_instance(Obj *o, Node *fd, Scope *s);

// ---- check_generic*.c ----
void generics_begin(void);
// Numbers the package's local type declarations in source order, as gc
// does (an instance's name spells a local type argument main.Int·1).
void number_local_types(File **files, int nfiles);
void declare_generic_func(Node *fd, Scope *fs);
// A generic type declared in scope (the package's, or a block's for a local
// type), its declaration checked in fs.
void declare_generic_type(Node *spec, Scope *fs, Scope *scope);
// A method whose receiver is a generic type (T[P]): false if it is not one.
bool declare_generic_method(Node *fd, Scope *fs);
bool is_generic(Obj *o);
// "Pair[K comparable, V any]": a generic name with its type parameters.
const char *generic_string(Obj *o);
// T[args] in a type position.
Type *instantiate_type_expr(Node *n);
// n = x[args] where x names a generic function or type: instantiates it
// (n becomes ND_FUNCNAME or a type); false if x is not generic.
bool generic_index(Node *n);
// A call of a generic function: infers the missing type arguments and
// makes the callee the instance's ND_FUNCNAME. False after an error
// (n is then invalid); true also when the callee is not generic.
bool instantiate_call(Node *n);
void check_instance_bodies(void);
// Learns gc's dictionary layout of each generic body of the package (the
// lengths -m prints in sub-dictionary arguments); before the instances'
// bodies are checked.
void layout_generics(void);
// Checks each generic declaration once with stand-ins for its type
// parameters (what gc reports about generic bodies); no code is kept.
void check_generics(void);
// A stand-in's constraint as Go spells it in "T constrained by any", or NULL.
const char *stand_in_constraint(Type *t);
// A stand-in for a type parameter whose constraint has no type terms (its
// underlying type is an interface, but its values are not interface
// values: no nil, no assertions, conversions only from itself).
bool opaque_stand_in(Type *t);
// Whether such a stand-in's constraint is (or embeds) comparable.
bool stand_in_comparable(Type *t);
// Whether t stands for a type parameter whose type set has no core type
// (~[]int | ~string): Go's range, make and the like need one.
bool stand_in_no_core(Type *t);
// For a stand-in of a type set: whether all its terms are strings, all
// booleans (false when t is no such stand-in).
bool stand_in_term_kinds(Type *t, bool *all_string, bool *all_boolean);
// Whether an instance body is being checked: constants there that are
// type parameter values in Go (T(0)) may repeat a case or a map key, and
// a type may be impossible for one instance only; gc reports neither.
bool in_instance(void);

// ---- universe.c ----
void universe_init(void);
Obj *package_member(Obj *pkg, const char *name);

// ---- check_stub.c ----
Obj *stub_member(const char *path, const char *name);

#endif

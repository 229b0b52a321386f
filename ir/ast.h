// ast.h - the syntax tree, the objects names resolve to, and the program
// the front end hands to escape analysis and code generation.
//
// The parser builds Nodes; the type checker fills in Node.type, Node.obj,
// Node.cval and rewrites a few nodes into explicit forms so that later
// stages never re-derive Go's implicit rules.
//
// Checker contract (what escape/ and codegen/ may rely on after checking):
//  1. Every expression has a final, typed Node.type (never untyped). A
//     constant expression has is_const and cval already converted to its
//     type (CV_FLOAT for floats, CV_COMPLEX for complex numbers, CV_INT for
//     ints/runes, CV_STRING...); it
//     can be emitted without looking at its children.
//  2. ND_IDENT has obj. A top-level function or method expression used as
//     a value becomes ND_FUNCNAME. Untyped nil becomes ND_NIL typed by context.
//  3. Implicit conversions are explicit: a concrete value assigned, passed,
//     returned, sent, or compared to an interface is wrapped in ND_TOIFACE;
//     explicit T(x) is ND_CONV (folded away when constant).
//  4. Field selection: ND_SELECTOR whose lhs has struct type (the checker
//     inserts ND_DEREF for pointers and expands promoted fields into a
//     chain of selectors); field_index is set. Package members: fmt.X and
//     unsafe.X calls become ND_BUILTIN.
//  5. Method calls x.m(a) become ND_CALL{lhs = ND_FUNCNAME(method),
//     list = [receiver, a...]} with the receiver adjusted (ND_ADDR or
//     ND_DEREF inserted) to the method's receiver type. Method values are
//     ND_METHODVAL. Calls through interfaces keep ND_CALL{lhs =
//     ND_SELECTOR on an interface-typed lhs, obj = NULL, field_index =
//     method index}.
//  6. Calls: list holds converted arguments; for a variadic callee the
//     extra arguments are packed into an ND_COMPOSITE of the slice type
//     (an allocation site) unless has_dots. f(g()) with multi-value g
//     keeps one argument of TY_TUPLE type.
//  7. Builtins are ND_BUILTIN (builtin set, list = arguments, type = result
//     type; for make/new the type argument is lhs and node->type is the
//     made type / the pointer type).
//  8. Comma-ok forms (v, ok = m[k] / x.(T) / <-ch) have comma_ok set on
//     the single right-hand expression.
//  9. Every Obj declared in a function is in its Func.locals; closures have
//     their Func.captures computed.
#ifndef GOSCAPE_AST_H
#define GOSCAPE_AST_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "ops.h"
#include "util.h"

typedef struct Type Type;
typedef struct Node Node;
typedef struct Obj Obj;
typedef struct Func Func;
typedef struct Program Program;

// A source position. file indexes the table in diag.h; line and col are
// 1-based, col counts bytes like Go's compiler does. Packed into 8 bytes
// (every Node holds two): the lexer saturates a line or column beyond
// POS_MAX, as Go's compiler does beyond its own limits.
typedef struct Pos {
	long long file : 16, line : 24, col : 24;
} Pos;
enum { POS_MAX = (1 << 23) - 1 };

// Constant values. A typed constant's value is exactly i (CV_INT), f
// (CV_FLOAT) or f + im*i (CV_COMPLEX). Untyped numeric constants are exact
// like Go's (integers up to 512 bits, floats as fractions, complex numbers
// as two fractions): when i/f/im only approximate such a value, big (the
// real part) and bigim hold it (bignum.h); only the checker reads them.
typedef enum { CV_NONE, CV_BOOL, CV_INT, CV_FLOAT, CV_COMPLEX, CV_STRING } ConstKind;

typedef struct ConstVal {
	ConstKind kind;
	bool b;
	__int128 i;
	double f;      // CV_FLOAT; the real part of CV_COMPLEX
	double im;     // the imaginary part of CV_COMPLEX
	const char *s; // not NUL-safe: use slen
	size_t slen;
	const struct BigRat *big;   // (checker addition) exact value, or NULL when i/f is exact
	const struct BigRat *bigim; // exact imaginary part, or NULL when im is exact
} ConstVal;

typedef enum {
	// ---- expressions ----
	ND_IDENT,      // name
	ND_INTLIT,     // cval (CV_INT; CV_NONE when beyond 128 bits); lit points at the source
               // spelling (litlen bytes, in the file's text: no NUL after them)
	               // Literals the lexer reported as malformed still get a value (0, or the
	               // decodable part of a string): Go type-checks despite lexical errors.
	ND_FLOATLIT,   // cval (CV_FLOAT)
	ND_IMAGLIT,    // cval (CV_COMPLEX with a zero real part)
	ND_RUNELIT,    // cval (CV_INT)
	ND_STRLIT,     // cval (CV_STRING), escapes already decoded
	ND_COMPOSITE,  // lhs = type expr (NULL when elided inside another literal), list = elements
	ND_KEYVAL,     // lhs : rhs   (element of a composite literal)
	ND_FUNCLIT,    // lhs = ND_FUNCTYPE, body = ND_BLOCK, func = its Func
	ND_PAREN,      // (lhs)
	ND_SELECTOR,   // lhs . name
	ND_INDEX,      // lhs [ rhs ]; f[A, B] (instantiation): list = all indices, rhs = the first
	ND_SLICEEXPR,  // lhs [ lo : hi : max ]  (slice3 set for the 3-index form)
	ND_TYPEASSERT, // lhs .( rhs )   rhs == NULL for .(type)
	ND_CALL,       // lhs ( list )   has_dots for f(x...)
	ND_STAR,       // *lhs  (dereference or pointer type)
	ND_UNARY,      // op lhs : + - ! ^ & <-
	ND_BINARY,     // lhs op rhs

	// ---- type expressions ----
	ND_ARRAYTYPE,     // [len]lhs; len == NULL: slice type; is_dotdotdot: [...]T
	ND_MAPTYPE,       // map[lhs]rhs
	ND_CHANTYPE,      // chan lhs; chan_dir: 0 both, 1 send-only, 2 recv-only
	ND_FUNCTYPE,      // params = list of ND_FIELD, results = list of ND_FIELD
	ND_STRUCTTYPE,    // list = ND_FIELD
	ND_INTERFACETYPE, // list = ND_FIELD (methods: names[0] + lhs FUNCTYPE; embedded: lhs only)
	ND_ELLIPSIS,      // ...lhs (type of the last parameter of a variadic func)
	ND_FIELD,         // names (Vec of Node ND_IDENT, may be empty), lhs = type, tag, embedded
	ND_UNION,         // list = terms of a constraint union A | ~B (pos: the first term)
	ND_TILDE,         // ~lhs: the type set of types whose underlying type is lhs

	// ---- statements ----
	ND_BLOCK,       // list
	ND_EXPRSTMT,    // lhs
	ND_ASSIGN,      // list = lhs exprs, rlist = rhs exprs, op = OP_ASSIGN for '=', else the compound op's binary operator (OP_ADD for +=...)
	ND_DEFINE,      // list := rlist
	ND_INCDEC,      // lhs ++ (op = OP_INC) or -- (op = OP_DEC)
	ND_SEND,        // lhs <- rhs
	ND_DECLSTMT,    // list of ND_VARSPEC / ND_CONSTSPEC / ND_TYPESPEC
	ND_IF,          // init; cond { then } else els
	ND_FOR,         // for init; cond; post { body }
	ND_RANGE,       // for list(key, value) [:= or =] range rhs { body }; is_define
	ND_SWITCH,      // switch init; tag { list of ND_CASE }   (the tag is in cond, may be NULL)
	ND_TYPESWITCH,  // switch init; bind := lhs.(type) { list of ND_CASE }; name = bind or NULL
	ND_CASE,        // case list: body ; list empty = default. In type switches the list holds types.
	ND_SELECT,      // list of ND_COMMCLAUSE
	ND_COMMCLAUSE,  // lhs = comm statement (send/recv stmt) or NULL (default); body
	ND_RETURN,      // list
	ND_BREAK,       // name = label or NULL
	ND_CONTINUE,    // name = label or NULL
	ND_GOTO,        // name
	ND_FALLTHROUGH,
	ND_LABELED,     // name : lhs (the statement)
	ND_GO,          // go lhs (a call)
	ND_DEFER,       // defer lhs (a call)
	ND_EMPTY,

	// ---- declarations ----
	ND_FUNCDECL,  // recv (ND_FIELD or NULL), name, lhs = ND_FUNCTYPE, body (NULL: no body), tparams
	ND_IMPORT,    // name = local name or NULL, lit = import path
	ND_VARSPEC,   // names (Vec of ND_IDENT), lhs = type or NULL, rlist = values
	ND_CONSTSPEC, // names, lhs = type or NULL, rlist = values (copied from the previous spec when omitted), iota
	ND_TYPESPEC,  // name, lhs = type, is_alias, tparams

	// ---- inserted by the type checker ----
	ND_CONV,      // convert lhs to node->type (explicit T(x) and implicit conversions)
	ND_TOIFACE,   // box lhs (concrete type) into node->type (an interface): an allocation site
	ND_ADDR,      // &lhs where the checker needed an address (method receivers); never from source
	ND_DEREF,     // *lhs where the checker inserted it (auto-deref of pointer receivers/fields)
	ND_BUILTIN,   // builtin call: builtin = which, list = args (already converted), lhs = type arg for make/new;
	              // b(f()) with a multi-value f: list = [the call], rlist = the arguments, reading the
	              // results through ND_IDENTs whose Obj (no owner) names the result temporary
	ND_METHODVAL, // lhs.method bound to its receiver (method value): method = the Obj
	ND_FUNCNAME,  // reference to a top-level function or method expression T.m: obj = the function
	ND_NIL,       // the value nil converted to node->type
} NodeKind;

// Builtin functions, as resolved by the checker (ND_BUILTIN.builtin).
typedef enum {
	BI_NONE,
	BI_APPEND, BI_CAP, BI_CLOSE, BI_COMPLEX, BI_COPY, BI_DELETE, BI_IMAG, BI_LEN,
	BI_MAKE, BI_NEW, BI_PANIC, BI_PRINT, BI_PRINTLN, BI_REAL, BI_RECOVER,
	// package functions the compiler treats specially
	BI_FMT_PRINTLN, BI_FMT_PRINT, BI_FMT_PRINTF, BI_FMT_SPRINTF, BI_FMT_SPRINT, BI_FMT_SPRINTLN,
	BI_FMT_ERRORF,
	BI_UNSAFE_SIZEOF, BI_UNSAFE_ALIGNOF, BI_UNSAFE_OFFSETOF, BI_UNSAFE_ADD, BI_UNSAFE_SLICE,
	// (checker addition) fmt.Fprint* with list[0] = the writer
	BI_FMT_FPRINTLN, BI_FMT_FPRINT, BI_FMT_FPRINTF,
} Builtin;

// //go: (and goscape's own) directives recorded on the following function (Node.pragma).
enum {
	PRAGMA_NOESCAPE = 1,       // //go:noescape
	PRAGMA_UINTPTRESCAPES = 2, // //go:uintptrescapes
	PRAGMA_NOINLINE = 4,       // //go:noinline
	PRAGMA_NOSPLIT = 8,        // //go:nosplit
	PRAGMA_NOHEAP = 16,        // //goscape:noheap (escape/noheap.c)
};

// Escape verdict of an allocation site (new, &T{}, composite literal,
// make, func literal, ND_TOIFACE, string/[]byte conversions, concatenation).
typedef enum { ESC_UNDECIDED, ESC_STACK, ESC_HEAP } EscVerdict;

// The fields of the kinds of node that are not expressions or simple
// statements, kept out of line (Node.ext): most nodes are identifiers,
// literals and operators, and would carry them empty. Those of the
// statements and fields the bench program is full of (if, for, case,
// struct fields, var specs) are here; the rest, which a few nodes have,
// one pointer further (NodeRare): 96 bytes, not 216, for 36,000 nodes.
typedef struct NodeExt {
	Node *init, *cond, *post; // if/for/switch headers; cond = switch tag too
	Node *then, *els, *body;  // body: also of function literals
	Func *func;               // ND_FUNCLIT and ND_FUNCDECL: the function
	Vec names;                // declared identifiers (ND_IDENT nodes)
	bool slice3;              // a[i:j:k]
	bool is_define;           // range with :=
	bool is_dotdotdot;        // [...]T
	bool embedded;            // embedded struct field
	bool is_alias;            // type A = B
	int chan_dir;
	int iota;                 // ND_CONSTSPEC
	unsigned pragma;          // ND_FUNCDECL: PRAGMA_* of the //go: directives before it
	struct NodeRare *rare;    // read it with node_rare, set it with node_rare_mut
} NodeExt;

// The NodeExt fields of the kinds of node few programs have many of.
typedef struct NodeRare {
	Node *lo, *hi, *max;      // slice expression bounds (any may be NULL)
	Node *len;                // array type length
	Node *recv;               // method receiver field
	Node *tag;                // struct field tag (ND_STRLIT)
	Vec params, results;      // ND_FUNCTYPE
	Vec tparams;              // ND_FUNCDECL, ND_TYPESPEC: type parameters, ND_FIELD groups
	                          // (names, lhs = constraint); empty when not generic

	// (generics) A copy's parsed original (node_copy): an instance body's
	// nodes share what frontend/check_generic_dict.c learnt about the generic's.
	Node *origin;
	// (generics) On a parsed call in a generic body whose callee gets a
	// sub-dictionary of the caller's: the caller's dictionary length, which
	// gc's -m prints in the sub-dictionary's expression.
	int dict_len;
	// (generics) On an instance body's call of a method of a type
	// parameter's value: how gc's -m spells the callee it reads out of the
	// dictionary, "(func(go.shape.int_0) string)(&(*(*[N]uintptr)...)[.dict])".
	const char *dict_callee;
} NodeRare;

// Why a Node looks like this: the whole program's tree stays in memory
// until code generation ends (bench's 100,000-line program: 540,000
// nodes), so every byte of a Node is half a megabyte of the compiler's
// peak. Hence the flags in bit-fields, the unions of fields no kind uses
// together, positions packed into 8 bytes, and the fields few kinds use
// kept out of line (NodeExt). Most nodes are *short* (is_short): the
// parser's identifiers, literals and the operators over them, and the
// simple statements without a second position or list, are allocated
// without the tail (list, pos2, rlist, ext), which none of those kinds
// has; what the checker turns them into (node_wrap, a name resolved to a
// function) uses the head only. A selector has a pos2 (its name's): it is
// not short, nor what the checker turns it into; nor is a return
// statement with values, a declaration statement or an instantiation
// F[A, B] (a list). Walks that read every node's list or rlist skip short
// nodes; node_list, node_rlist, node_pos2 and node_ext do.
struct Node {
	// ---- the head: every node has these ----
	NodeKind kind : 8;
	Op op : 8;            // unary/binary/assign/incdec operator, set by the parser
	Builtin builtin : 8;  // ND_BUILTIN (checker)
	EscVerdict esc : 2;   // allocation sites only (escape analysis)
	bool has_dots : 1;    // f(x...)
	bool comma_ok : 1;    // v, ok := m[k] / x.(T) / <-ch (checker)
	bool is_const : 1;    // (checker) cval holds its value
	bool is_type : 1;     // (checker) expression denotes a type
	bool is_short : 1;    // allocated without the tail (see above; node_size)
	union {
		unsigned litlen;  // literals, ND_IMPORT: the length of lit (it may hold NUL bytes)
		int field_index;  // (checker) ND_SELECTOR on a struct: index in the (underlying)
		                  // struct's fields; ND_KEYVAL, methods: see the kinds above
	};
	// Go's position for this node, as Go's syntax package sets it (these
	// are the columns escape -m reports). pos2 (in the tail) is a second
	// position where Go reports some errors; read it with node_pos2 (a
	// short node has none: pos is its second one too). By kind (pos / pos2):
	//   IDENT, literals: first byte.  COMPOSITE: '{' / '}'.  KEYVAL: ':'.
	//   FUNCLIT: 'func'.  PAREN: '('.  SELECTOR: '.' / the selected name.
	//   INDEX, SLICEEXPR: '['.  TYPEASSERT: '.'.  CALL: '(' / ')'; a
	//   conversion T(x) (CONV, TOIFACE): '(' / where T starts.
	//   STAR, UNARY, BINARY: the operator.  Type literals: their first token
	//   ('[', 'map', 'chan' or '<-', 'func', 'struct', 'interface', '...').
	//   FIELD: first name, else the type.  BLOCK: '{' / '}'.
	//   EXPRSTMT: the expression's pos.  ASSIGN, DEFINE, INCDEC, SEND: the
	//   operator ('=', ':=', '+=', '++', '<-').  IF, FOR, SWITCH, TYPESWITCH,
	//   SELECT, RETURN, BREAK, CONTINUE, GOTO, FALLTHROUGH, GO, DEFER,
	//   DECLSTMT, CASE, COMMCLAUSE: the keyword; for BREAK/CONTINUE/GOTO
	//   pos2 = the label.  RANGE: 'range' / 'for'.  TYPESWITCH pos2 = the
	//   bound name when name != NULL.  LABELED: the label.
	//   FUNCDECL: 'func' / the name; its body's pos2 is the closing '}'
	//   ("missing return").  IMPORT: the path / the local name.
	//   VARSPEC, CONSTSPEC: first name.  TYPESPEC: the name.
	// Type errors are mostly reported at an expression's start: see
	// node_start_pos.
	Pos pos;
	Node *lhs, *rhs;
	const char *name;
	union {
		const char *lit;        // literals: the spelling; ND_IMPORT: the path
		const char *esc_reason; // (escape analysis) allocation sites: the plain-words
		                        // reason of esc, for the assembly comments
	};

	// ---- filled in by the type checker ----
	Type *type;        // type of an expression (final, never untyped after checking), or of a type expr
	Obj *obj;          // ND_IDENT / ND_FUNCNAME: what the name denotes; ND_SELECTOR: the field or method
	// constant value when is_const: read it with node_cval; shared
	// between nodes and never modified (set it with const_new)
	const ConstVal *cval;

	// ---- the tail: not in short nodes ----
	Vec list;                 // generic lists (see kinds above): read it with
	                          // node_list, set it with node_list_mut
	Pos pos2;                 // see pos
	Vec rlist;
	struct NodeExt *ext;      // the fields few kinds use: read them with
	                          // node_ext, set them with node_ext_mut
};

typedef enum { OBJ_VAR, OBJ_CONST, OBJ_TYPE, OBJ_FUNC, OBJ_PKG, OBJ_BUILTIN, OBJ_NIL, OBJ_LABEL } ObjKind;

// The flags and small numbers first, packed: a 100,000-line program has
// some 33,000 objects, so every 8 bytes here are a quarter of a megabyte.
struct Obj {
	ObjKind kind : 8;
	Builtin builtin : 8; // OBJ_BUILTIN

	// OBJ_VAR
	bool is_global : 1;
	bool is_param : 1, is_result : 1, is_recv : 1;
	bool used : 1;       // for "declared but not used"
	bool addr_taken : 1; // &x appears (or an implicit & for a method call / slicing an array)
	bool reassigned : 1; // assigned after its declaration (for closure capture by value)
	bool captured : 1;   // referenced from a nested func literal
	bool heap : 1;       // (escape analysis) "moved to heap": the frame slot holds a pointer
	                     // to a runtime_new block
	bool ptr_recv : 1;   // OBJ_FUNC: the method has a pointer receiver
	bool pkg_used : 1;   // OBJ_PKG
	int index;           // OBJ_VAR: parameter/result index
	int offset;          // OBJ_VAR (codegen): frame offset (from %rbp) or argument offset

	const char *name;
	Pos pos;
	Type *type;
	Node *decl;          // the declaring node (ND_IDENT of the name, or the ND_FUNCDECL)

	// OBJ_VAR
	Func *owner;         // function that declares it (NULL for globals); OBJ_TYPE too
	const char *heap_reason; // (escape analysis) why heap is set
	const char *sym;     // (codegen) assembly symbol for globals

	// OBJ_CONST: its value, shared and read-only like Node.cval (NULL
	// until known; read it with obj_cval)
	const ConstVal *val;

	// OBJ_FUNC (functions and methods)
	Node *funcdecl;
	Func *func;
	Type *recv_type;     // method: receiver's base named type

	// OBJ_TYPE binding a type parameter in an instance (frontend/check_generic_instance.c):
	// the type argument's GC shape as gc's -m spells it ("go.shape.int_0");
	// OBJ_VAR of an instance declared with a type parameter's type: that
	// shape; with a type made from one ([]T, Box[T]): TPARAM_DERIVED
	const char *shape;

	// OBJ_TYPE of an instantiated generic type: its name as the checker's
	// messages spell it (types2: "Pair[Celsius, []int]"; name is the
	// linker's "Pair[main.Celsius,[]int]", which %T and -m show)
	const char *msg_name;
	Vec targs;           // and its type arguments (Type*)

	// OBJ_PKG
	const char *path;    // "fmt", "unsafe", "strings"...
	Program *pkg;        // the imported package when compiled from source (NULL: fmt,
	                     // unsafe and the type-check-only stubs)
};

// Obj.shape and Field.shape of what is declared with a type made from a type parameter.
#define TPARAM_DERIVED "derived"

// A closure's captured variable: var is the Obj in the enclosing function.
typedef struct Capture {
	Obj *var;
	bool byref;          // captured by reference (Go: reassigned, address taken, or > 128 bytes)
	int offset;          // codegen: offset of the slot in the closure environment
} Capture;

// One function body: a declaration, a method or a function literal.
struct Func {
	Node *decl;          // ND_FUNCDECL or ND_FUNCLIT
	const char *name;    // Go name for diagnostics: "main.f", "main.(*T).m", "main.f.func1"
	const char *sym;     // assembly symbol
	Type *type;          // TY_FUNC signature (receiver not included)
	Obj *recv;           // receiver variable or NULL
	Vec params;          // Obj* (named or "_" / unnamed placeholders)
	Vec results;         // Obj* (unnamed results get names ~r0, ~r1 ...)
	Vec locals;          // Obj* every local declared in the body, in order
	Vec captures;        // Capture* (function literals)
	Vec funclits;        // Func* nested literals, in source order
	Func *outer;         // enclosing function for literals
	bool has_defer;
	bool has_recover;
	bool calls_iface;    // (checker) the body calls an interface method: only such
	                     // bodies are walked by escape's devirtualization
	bool stub_only;      // declared for type checking only: no code exists (check_stub.c)
	const char *stub_tags; // a stub's //goscape:leaks: per parameter, receiver first,
	                       // 'h' leaks, 'c' its contents leak, 'n' does not escape
	int lit_index;       // n in main.f.funcN
	bool wrapper;        // the argument-less closure of a go/defer (escape/godefer.c):
	                     // recover() looks through it, -m says nothing about it
	// (generics) An instance of a generic function or method: how gc's -m
	// names it, by GC shape ("Max[go.shape.int_0]"), and its dictionary
	// (".dict.Max[int]"). shape_repeat: an earlier instance has the same
	// shapes; gc compiles and reports one body per shape.
	const char *shape_name, *dict_name;
	bool shape_repeat;
};

// A source file after parsing.
typedef struct File {
	int index;           // into diag.h's file table
	const char *pkgname;
	Vec imports;         // ND_IMPORT
	Vec decls;           // ND_FUNCDECL, ND_DECLSTMT (top level)
	int ntypespecs;      // ND_TYPESPEC the parser made, top level or not
} File;

// One checked package. A build checks several, each after the packages
// it imports; the main package comes last (see driver/load.h).
struct Program {
	const char *pkgname;
	const char *path;    // import path ("main" for the main package)
	Vec imports;         // Program* the imported packages compiled from source, in source order
	struct Scope *scope; // the package scope: what importers select with pkg.Name
	Vec files;           // File*
	Vec funcs;           // Func* every function incl. literals; declarations in source order
	Vec globals;         // Obj* package-level variables, in declaration order
	Vec init_order;      // Node* ND_VARSPEC / ND_ASSIGN to globals, in Go's initialisation order
	Vec init_funcs;      // Func* user func init(), in source order
	Vec types;           // Type* every named type declared
};

Node *new_node(NodeKind kind, Pos pos);
// A short node (Node.is_short): for the kinds of node that never get a
// list, a pos2, an rlist or an ext (the parser's names, literals and
// operators; expression, ++/-- and bare return statements).
Node *new_short_node(NodeKind kind, Pos pos);
// The bytes n occupies: what copying it in place may read or write.
static inline size_t node_size(const Node *n) {
	return n->is_short ? offsetof(Node, list) : sizeof(Node);
}
// n's second position (Node.pos2), which is pos in a short node.
static inline Pos node_pos2(const Node *n) {
	return n->is_short ? n->pos : n->pos2;
}
// n's NodeExt fields, all empty when it has none; to read only.
static inline const NodeExt *node_ext(const Node *n) {
	extern const NodeExt node_ext_none;
	return !n->is_short && n->ext ? n->ext : &node_ext_none;
}
// n's rlist, empty for a short node (which has none); to read only.
static inline const Vec *node_rlist(const Node *n) {
	extern const Vec vec_none;
	return n->is_short ? &vec_none : &n->rlist;
}
// n's list, empty for a short node (which has none); to read only.
static inline const Vec *node_list(const Node *n) {
	extern const Vec vec_none;
	return n->is_short ? &vec_none : &n->list;
}
// n's list, to set it or push onto it; n must not be short.
static inline Vec *node_list_mut(Node *n) {
	void node_short_abort(const Node *n, const char *what);
	if (n->is_short)
		node_short_abort(n, "list");
	return &n->list;
}
// n's NodeExt fields, created empty when it has none; to set them.
NodeExt *node_ext_mut(Node *n);
// n's NodeRare fields, all empty when it has none; to read only.
static inline const NodeRare *node_rare(const Node *n) {
	extern const NodeRare node_rare_none;
	const NodeExt *x = node_ext(n);
	return x->rare ? x->rare : &node_rare_none;
}
// n's NodeRare fields, created empty when it has none; to set them.
NodeRare *node_rare_mut(Node *n);
// n's constant value; CV_NONE when n has none. (A pointer: most nodes are
// not constants, and the 80-byte value made every node that much bigger.)
static inline const ConstVal *node_cval(const Node *n) {
	extern const ConstVal cv_none;
	return n->cval ? n->cval : &cv_none;
}
// o's constant value; CV_NONE when o has none.
static inline const ConstVal *obj_cval(const Obj *o) {
	extern const ConstVal cv_none;
	return o->val ? o->val : &cv_none;
}
// v's stored copy, for Node.cval and Obj.val: one for all equal values
// (ir/cvtable.c), so never to be modified.
const ConstVal *const_new(ConstVal v);
// Leftmost source position of an expression (where go/types reports most
// errors), e.g. the start of the left operand of a binary expression.
Pos node_start_pos(Node *n);
// Deep copy of an expression tree (fresh nodes, checker fields cleared);
// used for the implicit repetition of constant specs.
Node *node_copy(Node *n);
Obj *new_obj(ObjKind kind, const char *name, Pos pos);
// Pre-order visit of the statements (and the specs of declaration
// statements) in the statement tree n, in source order. Expressions are
// not entered: they hold no statements except in function literals,
// which are functions of their own. Cheaper than a walk of every node
// for the passes that look for one kind of statement.
void visit_stmts(Node *n, void (*f)(Node *n, void *ctx), void *ctx);
const char *node_kind_name(NodeKind kind);
// fmt function: its arguments before the ...any (writer, format); else -1.
int fmt_fixed_args(Builtin b);
// fmt function: the runtime's C function that implements it; else NULL.
const char *fmt_runtime_func(Builtin b);
// How Go spells a builtin in messages and -m: "append", "fmt.Println".
const char *builtin_name(Builtin b);

#endif

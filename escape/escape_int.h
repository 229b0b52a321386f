// escape_int.h - the data structures shared by the files of escape/:
// locations, edges and holes of the data-flow graph (graph.c), the walk
// that builds it from the tree (walk_stmt.c, walk_expr.c, walk_call.c),
// the solver (solve.c), the bottom-up order (scc.c), parameter tags and
// the batch driver (escape.c), package initialisers (pkginit.c),
// devirtualization (devirt.c), the go/defer lowering (godefer.c), side
// tables (tables.c), gc's -m wording (report.c, which spells
// expressions with ir/fmt.h) and the graph as DOT (dot.c). README.md in this folder explains the algorithm.
//
// The model is Go 1.19's cmd/compile/internal/escape: one location per
// variable and per allocating expression; an edge dst <- src carries the
// number of dereferences applied to src's value (-1 for &src).
#ifndef GOSCAPE_ESCAPE_INT_H
#define GOSCAPE_ESCAPE_INT_H

#include "escape.h"
#include "diag.h"
#include "fmt.h"
#include "types.h"

// Go encodes at most this many result leaks in a parameter tag; flows to
// later results count as heap leaks.
#define NUM_ESC_RESULTS 7
// Go's ir.MaxStackVarSize (explicit variables) and
// ir.MaxImplicitStackVarSize (new, &T{}, make, closures).
#define MAX_STACK_VAR_SIZE ((int64_t)10 << 20)
#define MAX_IMPLICIT_STACK_VAR_SIZE ((int64_t)64 << 10)

typedef struct Loc Loc;

// Why a flow exists (kept for -m=2 explanations and for the plain-words
// reasons codegen prints). Notes form a list, the innermost first.
typedef struct Note {
	struct Note *next;
	Node *where;
	const char *why;
} Note;

typedef struct Edge {
	Loc *src;
	int derefs;
	Note *notes;
} Edge;

// Where a parameter's value goes: minimal dereferences to the heap and to
// each result, -1 for no flow.
typedef struct Leaks {
	int heap;
	int result[NUM_ESC_RESULTS];
} Leaks;

struct Loc {
	Node *n;             // allocation site, or NULL
	Obj *var;            // variable, or NULL
	Func *fn;            // function the location belongs to
	Edge *edges;         // incoming flows
	int nedges, capedges;
	// -m=dot only: &src flowing into this location once it escaped; flow()
	// makes src escape at once instead of adding an edge, so the solver
	// never walks these, but the picture shows why src escaped.
	Edge *shortcuts;
	int nshortcuts, capshortcuts;
	int loopdepth;
	int result_index;    // 1 + index for result variables, else 0
	int id;              // creation order within the batch

	// scratch of one solver walk
	int derefs;
	unsigned walkgen;
	Loc *dst;
	int dst_edge;
	bool queued;

	bool escapes;
	bool transient;
	bool is_heap;        // the batch's heap location
	bool is_blank;       // the sink for discarded values

	// closure capture analysis
	bool captured, reassigned, addrtaken;

	Leaks leaks;         // parameters: accumulated tag
	const char *reason;  // plain-words reason once it escapes
};

// The context an expression's value flows into.
typedef struct Hole {
	Loc *dst;
	int derefs;
	Note *notes;
	bool addrtaken;
} Hole;

// A func literal to be wired to its captured variables after the walk.
typedef struct ClosureSite {
	Hole k;              // hole of the closure's storage
	Node *lit;           // ND_FUNCLIT (or a go/defer wrapper)
	Vec temps;           // wrapper: Obj* temporaries it captures
	Vec refs;            // wrapper: the ND_IDENT of each temporary in the call
} ClosureSite;

// Per-function facts gathered before the walk.
typedef struct FuncInfo {
	Func *fn;
	int state;           // FN_*
	bool closure_called; // a literal called where it is written
	bool walked;         // its body was analysed (literals in dead code are not)
	bool scanned;        // scan.c walked its body
	bool statics_recorded; // (outermost functions) esc_static_init knows its and its literals' variables
	PtrMap labels;       // ND_LABELED -> itself when a goto after it loops back
	int stencil_found;   // variables of the stenciler's closures in its body (scan.c)
	Vec settle;          // Node*: the nodes to settle after its batch, literals' too (scan.c)
	int typecheck_tmps;  // .autotmp_N named at the typechecker's time (tables.c)
	Vec stencil_tmps;    // char*: names of the stenciler's temporaries, filled in later
	Vec escape_tmps;     // char*: names of escape analysis's temporaries, filled in later
	int stencil_vars;    // variables of the stenciler's closures for generic values
	Leaks *tags;         // final tags, one per receiver+parameter
	int ntags;
} FuncInfo;

enum { FN_UNKNOWN, FN_STARTED, FN_TAGGED };

typedef struct Batch {
	// what lives only while the batch is analysed: its locations, edges,
	// notes and holes (verdicts and reasons outlive it, in the tree)
	Pool pool;
	const EscapeOptions *opt;
	Vec funcs;           // Func* analysed together
	Vec locs;            // Loc* in creation order
	Vec closures;        // ClosureSite*
	Loc heap, blank;
	PtrMap varloc;       // Obj* -> Loc*
	// walking state
	Func *curfn;
	int loopdepth;
	Node *defining;      // the := being walked: gc declares its new locals after its right-hand side
} Batch;

// ---- tables.c: program-wide side tables ----
FuncInfo *func_info(Func *fn);
// Is n the implicit "... argument" slice of a variadic call?
bool esc_is_dotdotdot_arg(Node *n);
void esc_mark_dotdotdot_arg(Node *n, Node *call);
Node *esc_dotdotdot_call(Node *n);
// Where Go declares a variable when that is not Obj.pos (the implicit
// variable of a type switch clause is declared at its case).
void esc_set_var_pos(Obj *v, Pos p);
Pos esc_var_pos(Obj *v);
// Expressions Go moved into a temporary print as its name (.autotmp_N).
void esc_set_alias(Node *n, const char *name);
const char *esc_alias(Node *n);
// Go's position for the implicit interface conversion n (see walk_call.c).
void esc_set_box_pos(Node *n, Pos p);
bool esc_box_pos(Node *n, Pos *p);
void esc_record_static(Node *n);
void esc_record_iface_statics(Program *prog);
// The value a never-reassigned local of func or interface type was
// initialised with, or NULL.
Node *esc_static_init(Obj *var);
// The Go name of a function for messages: "f", "(*T).m", "f.func1".
const char *esc_func_name(Func *fn);
// (generics) Whether x's type in the generic source is or mentions a type
// parameter ([]T, Box[T]): made of an unnamed type argument's copy, or a
// variable or field declared so.
bool esc_tparam_value(Node *x);
// Whether x's type in the generic source is a type parameter itself.
bool esc_tparam_typed(Node *x);
// Wrapper closures of go/defer statements are never diagnosed.
bool esc_is_wrapper(Node *n);

typedef void (*VisitFn)(Node *n, void *ctx);
// Pre-order walk of a tree; into_lits: also the bodies of func literals.
void esc_visit(Node *n, bool into_lits, VisitFn f, void *ctx);
// Is n an interface conversion the checker inserted (not written T(x))?
bool esc_is_implicit_box(Node *n);
bool esc_is_fmt(Builtin bi);          // fmt.Print* and friends (real calls in Go)
bool esc_is_var_name(Node *n);        // a variable (not a constant or function)
Obj *esc_declared_obj(Node *id);      // the variable id declares (x in x := ...), or NULL
bool esc_cursor_pos(Node *n, Pos *p);
// Whether fn is (in) an instance of a generic body: gc compiled it from
// the generic body by substitution.
bool esc_in_shape_body(Func *fn);
// Where gc's substitution stands after n (a statement or a call), which
// is where it puts the implicit conversions it makes for n: the last node
// in pre-order with a position of its own (not a name, a named constant or
// a type); n's own position when there is none.
Pos esc_subst_pos(Node *n);
// Whether gc's node for n has a position of its own (moves that cursor).
bool esc_unique_pos(Node *n);
// A synthetic local (Go's .autotmp_N) of the function being walked, made
// by gc's typechecker, or by its stenciler (stencil: for a call of a
// generic function or method); named as tables.c explains.
Obj *esc_new_autotmp(Batch *b, Type *t, Pos at, bool stencil);
// A temporary made by escape analysis itself (after the whole function
// was declared), positioned at pos.
Obj *esc_new_late_autotmp(Batch *b, Type *t, Pos pos);
// The same for a temporary the lowering made (godefer.c): names it in
// Go's order and gives it its location.
const char *esc_next_autotmp_name(Batch *b, Pos at);
const char *esc_later_autotmp_name(Batch *b, bool stencil);
Obj *esc_name_autotmp(Batch *b, Obj *o, Pos at, bool stencil);
Obj *esc_name_late_autotmp(Batch *b, Obj *o, Pos pos);
// x, y = g() with a result converted, and return g(): gc's typechecker
// assigns g's results to temporaries, then each (boxed at box_pos if its
// destination type to[i] is an interface; to[i] NULL: dropped) to ks[i].
void esc_spread_results(Batch *b, Hole *ks, Type **to, Node *call, Pos box_pos, Node *where, const char *why);
// Writes the names of fn's later temporaries (once its walk is over).
// T.m of a generic type: gc's stenciler makes a closure of it even where
// it is called.
bool esc_generic_method_expr(Node *n);
void esc_finish_autotmps(Func *fn);

// ---- godefer.c: go/defer statements in Go's wrapper form ----
typedef struct LoweredArg {
	Vec temps;           // Obj*: its temporaries (several for a multi-value call)
	Vec reads;           // ND_IDENT: every read of them, the assignment's first
	Node *assign;        // temps = the argument, at the statement
} LoweredArg;
typedef struct LoweredTail {
	Vec elems;           // the implicit slice's elements over the temporaries, as Go analyses them
	Node *lit;           // the slice the wrapper builds
} LoweredTail;
void esc_lower_go_defer(Program *prog);
// The temporaries of a go/defer argument; NULL when Go leaves it in the
// wrapper (constants, nil, function names).
LoweredArg *esc_lowered_arg(Node *arg);
// f(g()) spread into an implicit slice of a go/defer call, keyed by g().
LoweredTail *esc_lowered_tail(Node *call);
// The wrapper's copy of a slice literal argument (lit itself if none).
Node *esc_lowered_lit(Node *lit);
void esc_set_lowered_lit(Node *model, Node *copy);

// ---- paramcall.c: the functions a parameter can hold (not in main) ----
void esc_record_param_callees(Program *prog);
// For a callee x that is such a parameter of the function being walked:
// the functions it can hold (all already tagged), else NULL.
Vec *esc_param_callees(Batch *b, Node *x);

// ---- scan.c: the walk of a function when scc.c first meets it ----
// Gathers fn's facts (FuncInfo) and calls ref on each name of a
// function, call and func literal in the code Go keeps.
void esc_scan_func(Func *fn, VisitFn ref, void *ctx);

// ---- scc.c ----
typedef void (*BatchFn)(Vec *fns, void *ctx);
// Calls analyze on each batch of functions, callees first.
void esc_bottom_up(Program *prog, BatchFn analyze, void *ctx);

// ---- escape.c / pkginit.c ----
void esc_analyze_batch(Vec *fns, const EscapeOptions *opt);
void esc_package_init(Program *prog, const EscapeOptions *opt);

// ---- devirt.c ----
// x.M() analysed as T.M(x.(T)) or, for a method promoted from an
// embedded field F, as F's method on x.(T).F.
typedef struct Devirt {
	Func *fn;            // NULL: partial (M comes from an embedded interface)
	Type *type;          // the concrete type T
	const char *field;   // the embedded field the method comes from, or NULL
	                     // (partial: the path of fields to the interface, "S.I1")
	int recv_derefs;     // dereferences from x's value to the receiver (partial:
	                     // to the embedded interface value)
} Devirt;
void devirtualize(Program *prog, const EscapeOptions *opt);
Devirt *esc_devirt(Node *call);

// ---- graph.c ----
Loc *new_loc(Batch *b, Node *n, Obj *var, bool transient);
Loc *var_loc(Batch *b, Obj *var);       // NULL for globals and unknown objects
static inline Hole loc_hole(Loc *l) {
	return (Hole){.dst = l};
}
static inline Hole discard_hole(Batch *b) {
	return loc_hole(&b->blank);
}
static inline Hole heap_hole(Batch *b) {
	return loc_hole(&b->heap);
}
Hole hole_note(Batch *b, Hole k, Node *where, const char *why);
Hole hole_shift(Hole k, int delta);
Hole hole_deref(Batch *b, Hole k, Node *where, const char *why);
Hole hole_addr(Batch *b, Hole k, Node *where, const char *why);
void flow(Batch *b, Hole k, Loc *src);
Hole spill(Batch *b, Hole k, Node *n);
Hole tee_hole(Batch *b, Hole *ks, int nk);
Hole later_hole(Batch *b, Hole k);
bool loc_is_param(Loc *l);
bool loc_is_result(Loc *l);
void leaks_add(Leaks *l, int idx, int derefs); // idx -1: heap
void leaks_init(Leaks *l);
bool leaks_empty(const Leaks *l);
void leaks_optimize(Leaks *l);

// ---- walk_stmt.c / walk_expr.c / walk_call.c ----
void walk_func(Batch *b, Func *fn);
void walk_stmt(Batch *b, Node *n);
void walk_block(Batch *b, Node *n);
void walk_expr(Batch *b, Hole k, Node *n);
void walk_discard(Batch *b, Node *n);
Hole walk_addr(Batch *b, Node *n);
void walk_assign_heap(Batch *b, Node *src, const char *why, Node *where);
// A call with holes for its results (ks may be NULL: results discarded).
void walk_call(Batch *b, Hole *ks, int nk, Node *call);
void walk_go_defer(Batch *b, Node *stmt);
// Where argument idx (0 = receiver if any) of a call to fn flows, given
// holes for the call's results.
Hole walk_tag_hole(Batch *b, Hole *ks, int nk, Func *fn, int idx);
bool in_mutual_batch(Func *fn);
void flow_closure(Batch *b, ClosureSite *cs);
void mark_captures(Batch *b, Node *lit);
bool type_direct_iface(Type *t);
void map_key_box_pos(Node *index);
bool is_reflect_header_data(Node *n);
void unsafe_value(Batch *b, Hole k, Node *n);
bool type_pointerful(Type *t);
static inline Node *esc_unparen(Node *n) {
	while (n && n->kind == ND_PAREN)
		n = n->lhs;
	return n;
}

// ---- live.c: what Go's dead-code pass keeps ----
// A condition folded to a constant *v.
bool const_bool(Node *n, bool *v);
// Each operand of an if condition's && and || chain that Go keeps.
void cond_leaves(Node *n, VisitFn leaf, void *ctx);
// The clause of switch sw that runs (-1: any may, -2: none does).
int live_clause(Node *sw);
// How many statements of block are kept (all but those after
// `if true { ...; return }`).
int live_stmts(Node *block);
// A pre-order traversal in esc_visit's order that tells visit what is
// kept (live) from what is not (walked only when dead is set). Names and
// basic literals are not visited. The bodies of func literals are walked
// when enter says so, with leave after them.
typedef struct LiveWalk {
	void (*visit)(Node *n, bool live, void *ctx);
	bool dead;
	bool (*enter)(Node *lit, void *ctx);
	void (*leave)(Node *lit, void *ctx);
	void *ctx;
} LiveWalk;
void live_walk(const LiveWalk *w, Node *n);
// esc_visit (no literal bodies) of the code kept only, names and basic
// literals left out.
void esc_visit_live(Node *n, VisitFn f, void *ctx);

// ---- solve.c ----
void solve(Batch *b);
bool outlives(Batch *b, Loc *l, Loc *other);
bool contains_closure(Func *f, Func *c);

// ---- bounded.c: walk's "index bounds check elided" ----
void esc_report_bounded(Program *prog, FILE *out);

// ---- report.c ----
bool esc_reportable(Pos pos);
Pos loc_pos(Loc *l);
const char *loc_string(Batch *b, Loc *l);      // "{heap}", "x", "{storage for new(int)}"
const char *site_string(Node *n);              // the -m spelling of an allocation site
const char *loc_name(Loc *l);                  // a variable's name or a site's spelling
void explain_path(Batch *b, Loc *root, Loc *src);
void explain_flow(Batch *b, Pos pos, Loc *dst, Loc *src, int derefs, Note *notes);
const char *plain_reason(Batch *b, Loc *root, Loc *l, Note *notes); // notes: of the last edge, or NULL
const char *fmt_pos(Pos p);
Pos esc_node_pos(Node *n);                     // Go's position of a node in a diagnostic
// gc's -m sentences (each checks the -m level itself)
void say_param_tag(Batch *b, Func *fn, Obj *p, const Leaks *esc);
void say_unsafe_uintptr(Batch *b, Obj *p);
void say_uintptr_escapes(Batch *b, Obj *p, bool dots);
void say_moved_to_heap(Batch *b, Loc *l);
void say_site(Batch *b, Loc *l);              // "X escapes to heap" / "X does not escape"
void esc_check_noheap(Loc *l);                // an error if l escapes inside a //goscape:noheap function
void say_self_assign(Batch *b, Node *where);
void say_capture(Batch *b, Obj *v, Loc *l, bool byval, int64_t width);
// -m=2: why l escapes, or why parameter l leaks to root
void explain_escaping_flow(Batch *b, Loc *dst, Loc *src, int derefs, Note *notes);
void explain_escape(Batch *b, Loc *root, Loc *l);
void explain_param_leak(Batch *b, Loc *root, Loc *l, int derefs);

// Go's %v of an expression, of a statement (notes) and of a type in -m
const char *expr_str(Node *n);
const char *stmt_str(Node *n);
const char *type_str(Type *t);

// ---- dot.c: -m=dot ----
void esc_dot_begin(FILE *out);
void esc_dot_batch(Batch *b, FILE *out);
void esc_dot_end(FILE *out);

// ---- conservative.c ----
void escape_conservative(Program *prog, const EscapeOptions *opt);
bool esc_is_alloc_site(Node *n);
bool esc_is_byte_or_rune_slice(Type *t); // []byte, []rune (and named ones)

#endif

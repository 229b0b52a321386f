// test_escape.c - escape analysis: the graph and solver on hand-built
// locations (leak levels, result tags, loop depth), tag encoding rules,
// and whole-package runs through the front end (SCC handling, closures,
// size limits, verdicts written into the tree).
#include <stdlib.h>
#include "../../escape/escape_int.h"
#include "front_test.h"

// ---- hand-built graphs ----

static EscapeOptions quiet = {.m_level = 0};

static Batch *new_batch(Func *fn) {
	Batch *b = xcalloc(1, sizeof(Batch));
	b->opt = &quiet;
	b->heap.escapes = true;
	b->heap.is_heap = true;
	b->blank.is_blank = true;
	b->curfn = fn;
	b->loopdepth = 1;
	return b;
}

static Obj *var(const char *name, bool param, bool result) {
	Obj *o = new_obj(OBJ_VAR, name, (Pos){0});
	o->is_param = param;
	o->is_result = result;
	return o;
}

static Func *func(void) {
	Func *fn = xcalloc(1, sizeof(Func));
	fn->name = "main.f";
	return fn;
}

Test(escape_graph, param_to_result_levels) {
	Func *fn = func();
	Batch *b = new_batch(fn);
	Loc *p = new_loc(b, NULL, var("p", true, false), false);
	Loc *r = new_loc(b, NULL, var("~r0", false, true), false);
	r->result_index = 1;
	flow(b, hole_shift(loc_hole(r), 1), p); // return *p
	solve(b);
	cr_assert_eq(p->leaks.result[0], 1);
	cr_assert_eq(p->leaks.heap, -1);
	cr_assert(!p->escapes);
}

Test(escape_graph, address_to_heap_moves_variable) {
	Func *fn = func();
	Batch *b = new_batch(fn);
	Loc *x = new_loc(b, NULL, var("x", false, false), false);
	Loc *q = new_loc(b, NULL, var("q", false, false), false);
	flow(b, hole_addr(b, loc_hole(q), NULL, "address-of"), x); // q = &x
	flow(b, heap_hole(b), q);                                  // sink = q
	solve(b);
	cr_assert(x->escapes);
	cr_assert(!q->escapes, "q's value escapes, not q itself");
	cr_assert(x->addrtaken);
}

Test(escape_graph, deref_then_addr_clamps) {
	// root = &l; l = x: l's address reaches root, x's does not.
	Func *fn = func();
	Batch *b = new_batch(fn);
	Loc *x = new_loc(b, NULL, var("x", false, false), false);
	Loc *l = new_loc(b, NULL, var("l", false, false), false);
	flow(b, hole_addr(b, heap_hole(b), NULL, "address-of"), l);
	flow(b, loc_hole(l), x);
	solve(b);
	cr_assert(l->escapes);
	cr_assert(!x->escapes);
}

Test(escape_graph, loop_depth_outlives) {
	Func *fn = func();
	Batch *b = new_batch(fn);
	Loc *p = new_loc(b, NULL, var("p", false, false), false);
	b->loopdepth = 2;
	Loc *q = new_loc(b, NULL, var("q", false, false), false);
	flow(b, hole_addr(b, loc_hole(p), NULL, "address-of"), q); // p = &q inside the loop
	solve(b);
	cr_assert(q->escapes);
	cr_assert(!p->escapes);
}

Test(escape_graph, self_copy_and_blank_add_no_edges) {
	Func *fn = func();
	Batch *b = new_batch(fn);
	Loc *x = new_loc(b, NULL, var("x", false, false), false);
	flow(b, loc_hole(x), x);                 // x = x
	flow(b, hole_shift(loc_hole(x), 1), x);  // x = *x
	flow(b, discard_hole(b), x);             // _ = x
	cr_assert_eq(x->nedges, 0);
}

Test(escape_tags, optimize_drops_dominated_results) {
	Leaks l;
	leaks_init(&l);
	cr_assert(leaks_empty(&l));
	leaks_add(&l, -1, 1);
	leaks_add(&l, 0, 2);
	leaks_add(&l, 1, 0);
	leaks_add(&l, 1, 3); // the minimum wins
	leaks_optimize(&l);
	cr_assert_eq(l.heap, 1);
	cr_assert_eq(l.result[0], -1, "a longer path than the heap's is dropped");
	cr_assert_eq(l.result[1], 0);
}

// ---- whole packages ----

// Analyses src as one file and returns the -m (or -m=2) output.
static char *analyse(const char *src, int level, Program **out_prog) {
	Program *prog = check_source("t.go", src);
	cr_assert_eq(diag_count(), 0, "the test program must check");
	MemOut out;
	EscapeOptions opt = {.m_level = level, .out = memout_open(&out)};
	escape_analyze(prog, &opt);
	char *text = memout_close(&out);
	if (out_prog)
		*out_prog = prog;
	return text;
}

static Obj *find_local(Func *fn, const char *name) {
	for (int i = 0; i < fn->locals.len; i++) {
		Obj *o = VEC_AT(fn->locals, i);
		if (o->name && strcmp(o->name, name) == 0)
			return o;
	}
	cr_assert_fail("no local %s", name);
	return NULL;
}

Test(escape_package, mutual_recursion_degrades_result_tags) {
	char *out = analyse("package main\n"
	                    "func a(p *int, n int) *int { if n == 0 { return p }; return b(p, n-1) }\n"
	                    "func b(p *int, n int) *int { return a(p, n) }\n"
	                    "func s(p *int, n int) *int { if n == 0 { return p }; return s(p, n-1) }\n"
	                    "func main() {}\n",
	                    1, NULL);
	cr_assert(strstr(out, "t.go:2:8: leaking param: p\n"), "got:\n%s", out);
	cr_assert(strstr(out, "t.go:3:8: leaking param: p\n"), "got:\n%s", out);
	cr_assert(strstr(out, "t.go:4:8: leaking param: p to result ~r0 level=0\n"), "got:\n%s", out);
}

Test(escape_package, callee_tags_are_used_bottom_up) {
	Program *prog;
	char *out = analyse("package main\n"
	                    "var g *int\n"
	                    "func keep(p *int) { g = p }\n"
	                    "func look(p *int) int { return *p }\n"
	                    "func main() { x, y := 1, 2; keep(&x); println(look(&y)) }\n",
	                    1, &prog);
	Func *m = find_func(prog, "main.main");
	cr_assert(find_local(m, "x")->heap);
	cr_assert(!find_local(m, "y")->heap);
	cr_assert(strstr(out, "t.go:5:15: moved to heap: x\n"), "got:\n%s", out);
	cr_assert(strstr(out, "t.go:4:11: p does not escape\n"), "got:\n%s", out);
}

Test(escape_package, closures_capture_and_escape) {
	Program *prog;
	char *out = analyse("package main\n"
	                    "func counter() func() int { n := 0; return func() int { n++; return n } }\n"
	                    "func direct() int { u := 0; *(func() *int { return &u }()) = 1; return u }\n"
	                    "func main() { println(counter()(), direct()) }\n",
	                    1, &prog);
	cr_assert(find_local(find_func(prog, "main.counter"), "n")->heap);
	cr_assert(!find_local(find_func(prog, "main.direct"), "u")->heap);
	cr_assert(strstr(out, "t.go:2:44: func literal escapes to heap\n"), "got:\n%s", out);
	cr_assert(strstr(out, "t.go:3:31: func literal does not escape\n"), "got:\n%s", out);
	Func *lit = find_func(prog, "main.counter.func1");
	cr_assert_eq(lit->captures.len, 1);
	cr_assert(((Capture *)VEC_AT(lit->captures, 0))->byref, "n is reassigned in the closure");
}

Test(escape_package, size_limits) {
	char *out = analyse("package main\n"
	                    "func f(n int) int {\n"
	                    "\ta := make([]int64, 8192)\n"
	                    "\tb := make([]int64, 8193)\n"
	                    "\tc := make([]int, n)\n"
	                    "\treturn len(a) + len(b) + len(c)\n"
	                    "}\n"
	                    "func main() { println(f(1)) }\n",
	                    1, NULL);
	cr_assert(strstr(out, "t.go:3:11: make([]int64, 8192) does not escape\n"), "got:\n%s", out);
	cr_assert(strstr(out, "t.go:4:11: make([]int64, 8193) escapes to heap\n"), "got:\n%s", out);
	cr_assert(strstr(out, "t.go:5:11: make([]int, n) escapes to heap\n"), "got:\n%s", out);
}

Test(escape_package, verdicts_and_reasons_reach_the_tree) {
	Program *prog;
	analyse("package main\n"
	        "func f() *int { v := 1; return &v }\n"
	        "func main() { println(*f()) }\n",
	        0, &prog);
	Obj *v = find_local(find_func(prog, "main.f"), "v");
	cr_assert(v->heap);
	cr_assert_not_null(v->heap_reason);
	cr_assert(strstr(v->heap_reason, "returned to caller"), "reason: %s", v->heap_reason);
}

Test(escape_package, explanations_at_m2) {
	char *out = analyse("package main\n"
	                    "var g *int\n"
	                    "func main() { b := 2; g = &b }\n",
	                    2, NULL);
	cr_assert(strstr(out, "t.go:3:15: b escapes to heap:\n"
	                      "t.go:3:15:   flow: {heap} = &b:\n"
	                      "t.go:3:15:     from &b (address-of) at t.go:3:27\n"
	                      "t.go:3:15:     from g = &b (assign) at t.go:3:25\n"),
	          "got:\n%s", out);
}

Test(escape_package, off_moves_everything) {
	Program *prog = check_source("off.go", "package main\nfunc main() { x := 1; p := &x; q := new(int); println(*p, *q) }\n");
	EscapeOptions opt = {.off = true};
	escape_analyze(prog, &opt);
	cr_assert(find_local(find_func(prog, "main.main"), "x")->heap);
}

Test(escape_package, returns_assign_captured_results) {
	Program *prog;
	analyse("package main\n"
	        "func c() (n int) { defer func() { println(n) }(); return 7 }\n"
	        "func d() (n int) { f := func() int { return n }; _ = f; panic(1) }\n"
	        "func main() { println(c(), d()) }\n",
	        0, &prog);
	Func *lc = find_func(prog, "main.c.func1");
	cr_assert(((Capture *)VEC_AT(lc->captures, 0))->byref, "return 7 assigns n after the capture");
	Func *ld = find_func(prog, "main.d.func1");
	cr_assert(!((Capture *)VEC_AT(ld->captures, 0))->byref, "no return: n is never reassigned");
}

Test(escape_package, off_moves_huge_locals) {
	Program *prog = check_source("off.go", "package main\n"
	                                       "func f() int { var big [1310721]int; var small [8]int; return big[1] + small[1] }\n"
	                                       "func main() { println(f()) }\n");
	EscapeOptions opt = {.off = true};
	escape_analyze(prog, &opt);
	Func *f = find_func(prog, "main.f");
	cr_assert(find_local(f, "big")->heap, "over 10 MB: never in a frame");
	cr_assert(!find_local(f, "small")->heap);
}

// test_parser.c - the Go grammar: representative constructs give the right
// node kinds, fields and positions; syntax errors use Go's wording.
#include <criterion/criterion.h>
#include <criterion/redirect.h>
#include <string.h>
#include "frontend.h"

static File *parse(const char *src) {
	return parse_file(diag_add_file("t.go", src, strlen(src)));
}

static File *parse_ok(const char *src) {
	File *f = parse(src);
	cr_assert_eq(diag_count(), 0, "unexpected errors in:\n%s", src);
	return f;
}

#define N(v, i) ((Node *)(v).data[i])

// The statements of `func f() { BODY }`.
static Vec body_of(const char *body) {
	static char src[4096];
	snprintf(src, sizeof(src), "package p\nfunc f() {\n%s\n}\n", body);
	File *f = parse_ok(src);
	Node *fn = N(f->decls, 0);
	cr_assert_eq(fn->kind, ND_FUNCDECL);
	return *node_list(node_ext(fn)->body);
}

static Node *stmt1(const char *body) {
	Vec v = body_of(body);
	cr_assert_eq(v.len, 1, "%d statements", v.len);
	return N(v, 0);
}

// The expression of `x = EXPR`.
static Node *expr_of(const char *expr) {
	char buf[1024];
	snprintf(buf, sizeof(buf), "x = %s", expr);
	Node *s = stmt1(buf);
	cr_assert_eq(s->kind, ND_ASSIGN);
	return N(s->rlist, 0);
}

static void expect_pos(Pos p, int line, int col) {
	cr_expect_eq(p.line, line, "line %d, want %d", p.line, line);
	cr_expect_eq(p.col, col, "col %d, want %d", p.col, col);
}

Test(parser, package_and_imports) {
	File *f = parse_ok("package main\nimport \"fmt\"\nimport (\n\tx \"os\"\n\t. \"a/b\"\n\t_ \"unsafe\"\n)\n");
	cr_assert_str_eq(f->pkgname, "main");
	cr_assert_eq(f->imports.len, 4);
	cr_assert_str_eq(N(f->imports, 0)->lit, "fmt");
	cr_assert_null(N(f->imports, 0)->name);
	expect_pos(N(f->imports, 0)->pos, 2, 8);
	cr_assert_str_eq(N(f->imports, 1)->name, "x");
	cr_assert_str_eq(N(f->imports, 2)->name, ".");
	cr_assert_str_eq(N(f->imports, 2)->lit, "a/b");
	cr_assert_str_eq(N(f->imports, 3)->name, "_");
}

Test(parser, const_iota_repetition) {
	File *f = parse_ok("package p\nconst (\n\tA = iota * 2\n\tB\n\tC float64 = 1\n\tD\n)\n");
	Node *d = N(f->decls, 0);
	cr_assert_eq(d->kind, ND_DECLSTMT);
	cr_assert_eq(node_list(d)->len, 4);
	Node *a = N(*node_list(d), 0), *b = N(*node_list(d), 1), *c = N(*node_list(d), 2), *dd = N(*node_list(d), 3);
	cr_assert_eq(a->kind, ND_CONSTSPEC);
	cr_assert_eq(node_ext(b)->iota, 1);
	cr_assert_eq(node_ext(dd)->iota, 3);
	cr_assert_eq(b->rlist.len, 1);
	cr_assert_eq(N(b->rlist, 0)->kind, ND_BINARY);
	cr_assert_neq(N(b->rlist, 0), N(a->rlist, 0), "copies are fresh nodes");
	cr_assert_neq(N(b->rlist, 0)->lhs, N(a->rlist, 0)->lhs);
	cr_assert_null(b->lhs);
	cr_assert_not_null(dd->lhs);
	cr_assert_str_eq(dd->lhs->name, "float64");
	cr_assert_neq(dd->lhs, c->lhs);
}

Test(parser, var_and_type_decls) {
	File *f = parse_ok("package p\nvar a, b int = 1, 2\nvar (\n\tc = 3\n\td []string\n)\n"
	                   "type T struct {\n\tx, y int `json:\"x\"`\n\tE\n\t*pkg.F\n}\ntype A = T\n");
	Node *v = N(*node_list(N(f->decls, 0)), 0);
	cr_assert_eq(v->kind, ND_VARSPEC);
	cr_assert_eq(node_ext(v)->names.len, 2);
	cr_assert_eq(v->rlist.len, 2);
	Node *d = N(*node_list(N(f->decls, 1)), 1);
	cr_assert_eq(d->lhs->kind, ND_ARRAYTYPE);
	cr_assert_null(node_rare(d->lhs)->len);
	Node *t = N(*node_list(N(f->decls, 2)), 0);
	cr_assert_eq(t->kind, ND_TYPESPEC);
	cr_assert_str_eq(t->name, "T");
	Node *st = t->lhs;
	cr_assert_eq(st->kind, ND_STRUCTTYPE);
	cr_assert_eq(node_list(st)->len, 3);
	cr_assert_eq(node_ext(N(*node_list(st), 0))->names.len, 2);
	cr_assert_not_null(node_rare(N(*node_list(st), 0))->tag);
	cr_assert_eq(node_cval(node_rare(N(*node_list(st), 0))->tag)->slen, 8);
	cr_assert(node_ext(N(*node_list(st), 1))->embedded);
	cr_assert(node_ext(N(*node_list(st), 2))->embedded);
	cr_assert_eq(N(*node_list(st), 2)->lhs->kind, ND_STAR);
	cr_assert_eq(N(*node_list(st), 2)->lhs->lhs->kind, ND_SELECTOR);
	cr_assert(node_ext(N(*node_list(N(f->decls, 3)), 0))->is_alias);
}

Test(parser, funcs_params_results) {
	File *f = parse_ok("package p\nfunc (r *T) M(a, b int, c ...string) (x int, err error) { return }\n"
	                   "func g(int, string) bool\n//go:noescape\nfunc h() (int, error)\n");
	Node *m = N(f->decls, 0);
	cr_assert_str_eq(m->name, "M");
	expect_pos(node_pos2(m), 2, 13);
	cr_assert_eq(node_rare(m)->recv->kind, ND_FIELD);
	cr_assert_eq(node_rare(m)->recv->lhs->kind, ND_STAR);
	Node *ft = m->lhs;
	cr_assert_eq(ft->kind, ND_FUNCTYPE);
	cr_assert_eq(node_rare(ft)->params.len, 2);
	cr_assert_eq(node_ext(N(node_rare(ft)->params, 0))->names.len, 2);
	cr_assert_eq(N(node_rare(ft)->params, 1)->lhs->kind, ND_ELLIPSIS);
	cr_assert_eq(node_rare(ft)->results.len, 2);
	cr_assert_str_eq(N(node_ext(N(node_rare(ft)->results, 1))->names, 0)->name, "err");
	expect_pos(node_pos2(node_ext(m)->body), 2, 66);
	Node *g = N(f->decls, 1);
	cr_assert_null(node_ext(g)->body);
	cr_assert_eq(node_rare(g->lhs)->params.len, 2);
	cr_assert_eq(node_ext(N(node_rare(g->lhs)->params, 0))->names.len, 0);
	cr_assert_eq(node_rare(g->lhs)->results.len, 1);
	cr_assert_eq(node_ext(N(f->decls, 2))->pragma, PRAGMA_NOESCAPE);
	cr_assert_eq(node_ext(g)->pragma, 0);
}

Test(parser, types) {
	File *f = parse_ok("package p\nvar (\n\ta [3]int\n\tm map[string][]*T\n\tc1 chan<- int\n"
	                   "\tc2 <-chan int\n\tc3 chan <-chan int\n\tfn func(int) (int, error)\n"
	                   "\ti interface {\n\t\tM(x int) string\n\t\tfmt.Stringer\n\t}\n)\n");
	Vec v = *node_list(N(f->decls, 0));
	cr_assert_eq(N(v, 0)->lhs->kind, ND_ARRAYTYPE);
	cr_assert_eq(node_rare(N(v, 0)->lhs)->len->kind, ND_INTLIT);
	cr_assert_eq(N(v, 1)->lhs->kind, ND_MAPTYPE);
	cr_assert_eq(N(v, 1)->lhs->rhs->lhs->kind, ND_STAR);
	cr_assert_eq(node_ext(N(v, 2)->lhs)->chan_dir, 1);
	cr_assert_eq(node_ext(N(v, 3)->lhs)->chan_dir, 2);
	Node *c3 = N(v, 4)->lhs; // chan<- (chan int)
	cr_assert_eq(node_ext(c3)->chan_dir, 1);
	cr_assert_eq(c3->lhs->kind, ND_CHANTYPE);
	cr_assert_eq(node_ext(c3->lhs)->chan_dir, 0);
	cr_assert_eq(node_rare(N(v, 5)->lhs)->results.len, 2);
	Node *it = N(v, 6)->lhs;
	cr_assert_eq(it->kind, ND_INTERFACETYPE);
	cr_assert_eq(node_list(it)->len, 2);
	cr_assert_str_eq(N(node_ext(N(*node_list(it), 0))->names, 0)->name, "M");
	cr_assert_eq(N(*node_list(it), 0)->lhs->kind, ND_FUNCTYPE);
	cr_assert(node_ext(N(*node_list(it), 1))->embedded);
}

Test(parser, simple_statements) {
	Vec v = body_of("x := 1\na, b = b, a\nx += 2\nx <<= 1\ni++\nch <- v\nf()\nvar y int\n;");
	cr_assert_eq(v.len, 8);
	cr_assert_eq(N(v, 0)->kind, ND_DEFINE);
	expect_pos(N(v, 0)->pos, 3, 3);
	cr_assert_eq(N(v, 1)->kind, ND_ASSIGN);
	cr_assert_eq(N(v, 1)->op, OP_ASSIGN);
	cr_assert_eq(node_list(N(v, 1))->len, 2);
	cr_assert_eq(N(v, 2)->op, OP_ADD);
	cr_assert_eq(N(v, 3)->op, OP_SHL);
	cr_assert_eq(N(v, 4)->kind, ND_INCDEC);
	cr_assert_eq(N(v, 4)->op, OP_INC);
	cr_assert_eq(N(v, 5)->kind, ND_SEND);
	cr_assert_eq(N(v, 6)->kind, ND_EXPRSTMT);
	cr_assert_eq(N(v, 7)->kind, ND_DECLSTMT);
}

Test(parser, if_else_chain) {
	Node *s = stmt1("if x := f(); x > 0 {\n} else if y {\n} else {\n}");
	cr_assert_eq(s->kind, ND_IF);
	cr_assert_eq(node_ext(s)->init->kind, ND_DEFINE);
	cr_assert_eq(node_ext(s)->cond->kind, ND_BINARY);
	cr_assert_eq(node_ext(s)->then->kind, ND_BLOCK);
	cr_assert_eq(node_ext(s)->els->kind, ND_IF);
	cr_assert_eq(node_ext(node_ext(s)->els)->els->kind, ND_BLOCK);
	// composite literals in parentheses inside the header
	s = stmt1("if x == (T{}) {\n}");
	cr_assert_eq(node_ext(s)->cond->rhs->kind, ND_PAREN);
	cr_assert_eq(node_ext(s)->cond->rhs->lhs->kind, ND_COMPOSITE);
}

Test(parser, for_forms) {
	Vec v = body_of("for {\n}\nfor x < 3 {\n}\nfor i := 0; i < n; i++ {\n}\nfor ; ; {\n}\n"
	                "for k, v := range m {\n}\nfor k = range m {\n}\nfor range ch {\n}\n"
	                "for _, v := range []int{1, 2} {\n}");
	cr_assert_eq(v.len, 8);
	cr_assert_eq(N(v, 0)->kind, ND_FOR);
	cr_assert_null(node_ext(N(v, 0))->cond);
	cr_assert_not_null(node_ext(N(v, 1))->cond);
	cr_assert_not_null(node_ext(N(v, 2))->init);
	cr_assert_eq(node_ext(N(v, 2))->post->kind, ND_INCDEC);
	Node *r = N(v, 4);
	cr_assert_eq(r->kind, ND_RANGE);
	cr_assert(node_ext(r)->is_define);
	cr_assert_eq(node_list(r)->len, 2);
	expect_pos(r->pos, 11, 13);
	expect_pos(node_pos2(r), 11, 1);
	cr_assert_not(node_ext(N(v, 5))->is_define);
	cr_assert_eq(node_list(N(v, 6))->len, 0);
	cr_assert_eq(N(v, 7)->rhs->kind, ND_COMPOSITE);
	cr_assert_eq(node_list(N(v, 7)->rhs)->len, 2);
}

Test(parser, switches) {
	Node *s = stmt1("switch x := f(); x {\ncase 1, 2:\n\tg()\n\tfallthrough\ncase 3:\ndefault:\n}");
	cr_assert_eq(s->kind, ND_SWITCH);
	cr_assert_not_null(node_ext(s)->init);
	cr_assert_eq(node_ext(s)->cond->kind, ND_IDENT);
	cr_assert_eq(node_list(s)->len, 3);
	cr_assert_eq(node_list(N(*node_list(s), 0))->len, 2);
	cr_assert_eq(node_list(node_ext(N(*node_list(s), 0))->body)->len, 2);
	cr_assert_eq(N(*node_list(node_ext(N((*node_list(s)), 0))->body), 1)->kind, ND_FALLTHROUGH);
	cr_assert_eq(node_list(N(*node_list(s), 2))->len, 0);
	s = stmt1("switch v := x.(type) {\ncase int, *T, []byte, nil:\ncase error:\n}");
	cr_assert_eq(s->kind, ND_TYPESWITCH);
	cr_assert_str_eq(s->name, "v");
	cr_assert_eq(s->lhs->kind, ND_IDENT);
	cr_assert_str_eq(s->lhs->name, "x");
	cr_assert_eq(node_list(N(*node_list(s), 0))->len, 4);
	s = stmt1("switch x.(type) {\n}");
	cr_assert_eq(s->kind, ND_TYPESWITCH);
	cr_assert_null(s->name);
	s = stmt1("switch {\ncase x > 1:\n}");
	cr_assert_null(node_ext(s)->cond);
}

Test(parser, select_labels_jumps) {
	Vec v = body_of("select {\ncase v := <-ch:\ncase ch <- 1:\ncase <-done:\ndefault:\n}\n"
	                "L:\n\tfor {\n\t\tbreak L\n\t\tcontinue L\n\t}\ngoto L\ngo f(x)\ndefer g()\nreturn 1, 2");
	Node *sel = N(v, 0);
	cr_assert_eq(sel->kind, ND_SELECT);
	cr_assert_eq(node_list(sel)->len, 4);
	cr_assert_eq(N(*node_list(sel), 0)->lhs->kind, ND_DEFINE);
	cr_assert_eq(N(*node_list(sel), 1)->lhs->kind, ND_SEND);
	cr_assert_eq(N(*node_list(sel), 2)->lhs->kind, ND_EXPRSTMT);
	cr_assert_null(N(*node_list(sel), 3)->lhs);
	Node *l = N(v, 1);
	cr_assert_eq(l->kind, ND_LABELED);
	cr_assert_str_eq(l->name, "L");
	Node *brk = N(*node_list(node_ext(l->lhs)->body), 0);
	cr_assert_eq(brk->kind, ND_BREAK);
	cr_assert_str_eq(brk->name, "L");
	cr_assert_eq(N(*node_list(node_ext(l->lhs)->body), 1)->kind, ND_CONTINUE);
	cr_assert_eq(N(v, 2)->kind, ND_GOTO);
	cr_assert_eq(N(v, 3)->kind, ND_GO);
	cr_assert_eq(N(v, 3)->lhs->kind, ND_CALL);
	cr_assert_eq(N(v, 4)->kind, ND_DEFER);
	cr_assert_eq(node_list(N(v, 5))->len, 2);
}

Test(parser, precedence) {
	// a || b && c == d + e * f  →  a || (b && (c == (d + (e * f))))
	Node *e = expr_of("a || b && c == d + e * f");
	cr_assert_eq(e->op, OP_LOR);
	cr_assert_eq(e->rhs->op, OP_LAND);
	cr_assert_eq(e->rhs->rhs->op, OP_EQ);
	cr_assert_eq(e->rhs->rhs->rhs->op, OP_ADD);
	cr_assert_eq(e->rhs->rhs->rhs->rhs->op, OP_MUL);
	e = expr_of("a - b - c"); // left associative
	cr_assert_eq(e->lhs->kind, ND_BINARY);
	e = expr_of("-x * <-ch");
	cr_assert_eq(e->op, OP_MUL);
	cr_assert_eq(e->lhs->kind, ND_UNARY);
	cr_assert_eq(e->lhs->op, OP_SUB);
	cr_assert_eq(e->rhs->op, OP_ARROW);
	e = expr_of("*p + &x");
	cr_assert_eq(e->lhs->kind, ND_STAR);
	cr_assert_eq(e->rhs->op, OP_AND);
}

Test(parser, primary_expressions) {
	Node *e = expr_of("a.b[1:2:3]");
	cr_assert_eq(e->kind, ND_SLICEEXPR);
	cr_assert(node_ext(e)->slice3);
	cr_assert_eq(e->lhs->kind, ND_SELECTOR);
	e = expr_of("s[:]");
	cr_assert_null(node_rare(e)->lo);
	cr_assert_null(node_rare(e)->hi);
	cr_assert_not(node_ext(e)->slice3);
	e = expr_of("f(a, b...)");
	cr_assert(e->has_dots);
	cr_assert_eq(node_list(e)->len, 2);
	e = expr_of("x.(*T)");
	cr_assert_eq(e->kind, ND_TYPEASSERT);
	cr_assert_eq(e->rhs->kind, ND_STAR);
	e = expr_of("make(map[string]int, 10)");
	cr_assert_eq(N(*node_list(e), 0)->kind, ND_MAPTYPE);
	e = expr_of("make(chan int)");
	cr_assert_eq(N(*node_list(e), 0)->kind, ND_CHANTYPE);
	e = expr_of("[]byte(s)");
	cr_assert_eq(e->kind, ND_CALL);
	cr_assert_eq(e->lhs->kind, ND_ARRAYTYPE);
	e = expr_of("(*T).M");
	cr_assert_eq(e->kind, ND_SELECTOR);
	cr_assert_eq(e->lhs->kind, ND_PAREN);
	e = expr_of("interface{}(x)");
	cr_assert_eq(e->lhs->kind, ND_INTERFACETYPE);
	e = expr_of("func(x int) int { return x }(3)");
	cr_assert_eq(e->kind, ND_CALL);
	cr_assert_eq(e->lhs->kind, ND_FUNCLIT);
	cr_assert_eq(node_list(node_ext(e->lhs)->body)->len, 1);
}

Test(parser, composite_literals) {
	Node *e = expr_of("[]Point{{1, 2}, {X: 3}}");
	cr_assert_eq(e->kind, ND_COMPOSITE);
	cr_assert_eq(e->lhs->kind, ND_ARRAYTYPE);
	Node *inner = N(*node_list(e), 1);
	cr_assert_eq(inner->kind, ND_COMPOSITE);
	cr_assert_null(inner->lhs);
	cr_assert_eq(N(*node_list(inner), 0)->kind, ND_KEYVAL);
	e = expr_of("[...]int{1, 2, 3,\n}");
	cr_assert(node_ext(e->lhs)->is_dotdotdot);
	cr_assert_eq(node_list(e)->len, 3);
	e = expr_of("map[string]int{\"a\": 1}");
	cr_assert_eq(e->lhs->kind, ND_MAPTYPE);
	e = expr_of("&pkg.T{}");
	cr_assert_eq(e->kind, ND_UNARY);
	cr_assert_eq(e->lhs->kind, ND_COMPOSITE);
	cr_assert_eq(e->lhs->lhs->kind, ND_SELECTOR);
	e = expr_of("struct{ a int }{1}");
	cr_assert_eq(e->lhs->kind, ND_STRUCTTYPE);
}

// The columns escape analysis reports (go-escape-analysis notes b.13).
Test(parser, go_positions) {
	Vec v = body_of("p := new(T)\nq := &T{}\nf := func() {}\ns := []int{1}\nx := a + b\nm := x.f");
	expect_pos(N(N(v, 0)->rlist, 0)->pos, 3, 9);   // new( at '('
	expect_pos(N(N(v, 1)->rlist, 0)->pos, 4, 6);   // &T{} at '&'
	expect_pos(N(N(v, 1)->rlist, 0)->lhs->pos, 4, 8); // T{} at '{'
	expect_pos(N(N(v, 2)->rlist, 0)->pos, 5, 6);   // func
	expect_pos(N(N(v, 3)->rlist, 0)->pos, 6, 11);  // {
	expect_pos(N(N(v, 4)->rlist, 0)->pos, 7, 8);   // +
	Node *sel = N(N(v, 5)->rlist, 0);
	expect_pos(sel->pos, 8, 7);                      // .
	expect_pos(node_pos2(sel), 8, 8);                     // f
	expect_pos(node_start_pos(N(N(v, 4)->rlist, 0)), 7, 6);
}

Test(parser, syntax_error_in_argument_list, .init = cr_redirect_stderr) {
	File *f = parse("package main\n\nimport \"fmt\"\n\nfunc main() {\n\ttotal := 0\n"
	                "\tfmt.Println(\"total:\", total\n}\n");
	cr_assert_not_null(f);
	cr_assert_eq(diag_count(), 1);
	diag_flush();
	fflush(stderr);
	cr_assert_stderr_eq_str(
		"t.go:7:29: syntax error: unexpected newline in argument list; possibly missing comma or )\n");
}

static void expect_syntax_error(const char *src, const char *want) {
	parse(src);
	cr_assert_eq(diag_count(), 1, "%s", src);
	diag_flush();
	fflush(stderr);
	cr_assert_stderr_eq_str(want);
}

Test(parser, composite_literal_in_header, .init = cr_redirect_stderr) {
	expect_syntax_error("package p\nfunc f() {\n\tif x == T{} {\n\t}\n}\n",
	                    "t.go:3:14: syntax error: unexpected { at end of statement\n");
}

Test(parser, statement_outside_function, .init = cr_redirect_stderr) {
	expect_syntax_error("package p\nx := 1\n",
	                    "t.go:2:1: syntax error: non-declaration statement outside function body\n");
}

Test(parser, missing_package, .init = cr_redirect_stderr) {
	expect_syntax_error("func f() {}\n", "t.go:1:1: expected 'package', found 'func'\n");
}

Test(parser, truncated_input_is_partial, .init = cr_redirect_stderr) {
	File *f = parse("package p\nfunc a() {}\nfunc b() {\n\tif x {\n");
	cr_assert_eq(diag_count(), 1);
	cr_assert_eq(f->decls.len, 1);
	diag_flush();
	fflush(stderr);
	cr_assert_stderr_eq_str("t.go:5:1: syntax error: unexpected EOF, expecting }\n");
}

Test(parser, deep_nesting_does_not_crash, .init = cr_redirect_stderr) {
	static char src[200000];
	strcpy(src, "package p\nvar x = ");
	size_t n = strlen(src);
	for (int i = 0; i < 50000; i++)
		src[n++] = '(';
	src[n] = '\0';
	parse(src);
	cr_assert_geq(diag_count(), 1);
}

// "syntax error: ..." lines of `func f() { BODY }` (first error only).
static void expect_body_error(const char *body, const char *want) {
	char src[1024];
	snprintf(src, sizeof(src), "package p\nfunc f() {\n%s\n}\n", body);
	expect_syntax_error(src, want);
}

Test(parser, header_errors, .init = cr_redirect_stderr) {
	expect_body_error("\tif x := 1 {\n\t}", "t.go:3:7: syntax error: cannot use x := 1 as value\n");
}

Test(parser, for_header_error, .init = cr_redirect_stderr) {
	expect_body_error("\tfor i := 0; i < 10 i++ {\n\t}",
	                  "t.go:3:21: syntax error: unexpected i, expecting semicolon or newline\n");
}

Test(parser, case_colon_error, .init = cr_redirect_stderr) {
	expect_body_error("\tswitch x {\n\tcase 1\n\t}", "t.go:4:8: syntax error: unexpected newline, expecting :\n");
}

Test(parser, go_needs_call, .init = cr_redirect_stderr) {
	File *f = parse("package p\nfunc f() {\n\tgo g\n\tdefer h()\n}\n");
	cr_assert_eq(f->decls.len, 1, "parsing goes on");
	cr_assert_eq(diag_count(), 1);
	cr_assert_eq(diag_syntax_count(), 0, "not a syntax error: Go still type-checks");
	diag_flush();
	fflush(stderr);
	cr_assert_stderr_eq_str("t.go:3:5: expression in go must be function call\n");
}

Test(parser, lexical_errors_keep_the_tree, .init = cr_redirect_stderr) {
	File *f = parse("package p\nvar s = \"a\\qb\"\nvar n = 0x_\nfunc f() {}\n");
	cr_assert_eq(f->decls.len, 3);
	cr_assert_eq(diag_syntax_count(), 0);
	Node *s = N(N(*node_list(N(f->decls, 0)), 0)->rlist, 0);
	cr_assert_eq(node_cval(s)->kind, CV_STRING);
	Node *n = N(N(*node_list(N(f->decls, 1)), 0)->rlist, 0);
	cr_assert_eq(node_cval(n)->kind, CV_INT);
	diag_flush();
	fflush(stderr);
	cr_assert_stderr_eq_str("t.go:2:12: unknown escape\nt.go:3:12: hexadecimal literal has no digits\n");
}

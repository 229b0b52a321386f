// test_lexer.c - the Go tokenizer: tokens, automatic semicolons (also
// around comments), literal decoding, positions, LBODY marking, errors.
#include <criterion/criterion.h>
#include <criterion/redirect.h>
#include <string.h>
#include "diag.h"
#include "lexer.h"
#include "parser.h"

// Lexes src and returns up to max tokens (the last one has kind 0).
static int lex_all(const char *src, Token *out, int max) {
	int file = diag_add_file("t.go", src, strlen(src));
	Lexer L;
	lexer_init(&L, file);
	int n = 0;
	while (n < max) {
		lexer_next(&L, &out[n]);
		if (out[n++].kind == 0)
			break;
	}
	return n;
}

static void expect_kinds(const char *src, const int *kinds, int nkinds) {
	Token t[64];
	int n = lex_all(src, t, 64);
	for (int i = 0; i < nkinds && i < n; i++)
		cr_expect_eq(t[i].kind, kinds[i], "%s: token %d is %s, want %s", src, i,
		             token_name(t[i].kind), token_name(kinds[i]));
	cr_assert_eq(n, nkinds, "%s: %d tokens, want %d", src, n, nkinds);
}

#define KINDS(src, ...) do { \
	static const int k_[] = {__VA_ARGS__}; \
	expect_kinds(src, k_, (int)(sizeof(k_) / sizeof(k_[0]))); \
} while (0)

Test(lexer, operators_and_keywords) {
	KINDS("x := a &^ b << 2 >= c",
	      TK_IDENT, TK_DEFINE, TK_IDENT, TK_AND_NOT, TK_IDENT, TK_SHL, TK_INT, TK_GEQ, TK_IDENT,
	      TK_SEMICOLON, 0);
	KINDS("a &^= b; c <<= d; e... <- ch != f",
	      TK_IDENT, TK_AND_NOT_ASSIGN, TK_IDENT, TK_SEMICOLON, TK_IDENT, TK_SHL_ASSIGN, TK_IDENT,
	      TK_SEMICOLON, TK_IDENT, TK_ELLIPSIS, TK_ARROW, TK_IDENT, TK_NEQ, TK_IDENT, TK_SEMICOLON, 0);
	KINDS("package func chan interface fallthrough iffy",
	      TK_PACKAGE, TK_FUNC, TK_CHAN, TK_INTERFACE, TK_FALLTHROUGH, TK_IDENT, TK_SEMICOLON, 0);
}

Test(lexer, semicolon_insertion) {
	// after ident, literal, keywords, ++ -- ) ] } at end of line
	KINDS("a\n1\nbreak\ncontinue\nfallthrough\nreturn\nx++\ny--\n)\n]\n}\n",
	      TK_IDENT, TK_SEMICOLON, TK_INT, TK_SEMICOLON, TK_BREAK, TK_SEMICOLON,
	      TK_CONTINUE, TK_SEMICOLON, TK_FALLTHROUGH, TK_SEMICOLON, TK_RETURN, TK_SEMICOLON,
	      TK_IDENT, TK_INC, TK_SEMICOLON, TK_IDENT, TK_DEC, TK_SEMICOLON,
	      TK_RPAREN, TK_SEMICOLON, TK_RBRACK, TK_SEMICOLON, TK_RBRACE, TK_SEMICOLON, 0);
	// not after operators or opening brackets
	KINDS("a +\nb (\n", TK_IDENT, TK_ADD, TK_IDENT, TK_LPAREN, 0);
	// at EOF without a newline
	Token t[8];
	int n = lex_all("x", t, 8);
	cr_assert_eq(n, 3);
	cr_assert_eq(t[1].kind, TK_SEMICOLON);
	cr_assert_eq(t[1].len, 3);
	cr_assert(memcmp(t[1].text, "EOF", 3) == 0);
	n = lex_all("x\n", t, 8);
	cr_assert(memcmp(t[1].text, "newline", 7) == 0);
	cr_assert_eq(t[1].pos.line, 1);
	cr_assert_eq(t[1].pos.col, 2);
}

Test(lexer, comments_and_semicolons) {
	KINDS("x // comment\ny", TK_IDENT, TK_SEMICOLON, TK_IDENT, TK_SEMICOLON, 0);
	KINDS("x /* one line */ y", TK_IDENT, TK_IDENT, TK_SEMICOLON, 0);
	// a general comment spanning lines acts like a newline
	KINDS("x /* two\nlines */ y", TK_IDENT, TK_SEMICOLON, TK_IDENT, TK_SEMICOLON, 0);
	KINDS("+ /* two\nlines */ y", TK_ADD, TK_IDENT, TK_SEMICOLON, 0);
	KINDS("x // at EOF", TK_IDENT, TK_SEMICOLON, 0);
	Token t[8];
	lex_all("a /*\n*/ b\n", t, 8);
	cr_assert_eq(t[2].pos.line, 2);
	cr_assert_eq(t[2].pos.col, 4);
}

Test(lexer, positions) {
	Token t[16];
	lex_all("package main\n\n\tfoo(x)\n", t, 16);
	cr_assert_eq(t[0].pos.line, 1);
	cr_assert_eq(t[0].pos.col, 1);
	cr_assert_eq(t[1].pos.col, 9);
	cr_assert_eq(t[3].kind, TK_IDENT);
	cr_assert_eq(t[3].pos.line, 3);
	cr_assert_eq(t[3].pos.col, 2);
	cr_assert_eq(t[4].pos.col, 5);
	cr_assert_eq(t[4].len, 1);
}

static Token lex_one(const char *src) {
	Token t[4];
	lex_all(src, t, 4);
	return t[0];
}

static void expect_int(const char *src, long long v) {
	Token t = lex_one(src);
	cr_assert_eq(t.kind, TK_INT, "%s", src);
	cr_assert_eq(t.cval->kind, CV_INT, "%s", src);
	cr_assert_eq((long long)t.cval->i, v, "%s = %lld", src, (long long)t.cval->i);
	cr_assert_eq(t.len, strlen(src));
}

Test(lexer, integer_literals) {
	expect_int("0", 0);
	expect_int("42", 42);
	expect_int("1_000_000", 1000000);
	expect_int("0x_1F", 31);
	expect_int("0XfF", 255);
	expect_int("0o17", 15);
	expect_int("017", 15);
	expect_int("0b1011", 11);
	expect_int("9223372036854775807", 9223372036854775807LL);
	Token t = lex_one("340282366920938463463374607431768211456"); // 2^128
	cr_assert_eq(t.kind, TK_INT);
	cr_assert_eq(t.cval->kind, CV_NONE);
}

static void expect_float(const char *src, int kind, double v) {
	Token t = lex_one(src);
	cr_assert_eq(t.kind, kind, "%s", src);
	cr_assert_eq(t.cval->kind, CV_FLOAT, "%s", src);
	cr_assert_float_eq(t.cval->f, v, 1e-12, "%s", src);
}

Test(lexer, float_and_imaginary_literals) {
	expect_float("1.5", TK_FLOAT, 1.5);
	expect_float("1.", TK_FLOAT, 1.0);
	expect_float(".25", TK_FLOAT, 0.25);
	expect_float("1e3", TK_FLOAT, 1000.0);
	expect_float("1_0.5E-1", TK_FLOAT, 1.05);
	expect_float("0x1p-2", TK_FLOAT, 0.25);
	expect_float("0x1.8p1", TK_FLOAT, 3.0);
	expect_float("2i", TK_IMAG, 2.0);
	expect_float("1.5i", TK_IMAG, 1.5);
	KINDS("x.y", TK_IDENT, TK_PERIOD, TK_IDENT, TK_SEMICOLON, 0);
}

static void expect_rune(const char *src, long long v) {
	Token t = lex_one(src);
	cr_assert_eq(t.kind, TK_CHAR, "%s", src);
	cr_assert_eq(t.cval->kind, CV_INT, "%s", src);
	cr_assert_eq((long long)t.cval->i, v, "%s = %lld", src, (long long)t.cval->i);
}

Test(lexer, rune_literals) {
	expect_rune("'a'", 'a');
	expect_rune("'\\n'", '\n');
	expect_rune("'\\''", '\'');
	expect_rune("'\\x41'", 0x41);
	expect_rune("'\\377'", 255);
	expect_rune("'\\u00e9'", 0xe9);
	expect_rune("'\\U0001F600'", 0x1F600);
	expect_rune("'\xc3\xa9'", 0xe9); // é in UTF-8
}

static void expect_string(const char *src, const char *want, size_t wantlen) {
	Token t = lex_one(src);
	cr_assert_eq(t.kind, TK_STRING, "%s", src);
	cr_assert_eq(t.cval->kind, CV_STRING, "%s", src);
	cr_assert_eq(t.cval->slen, wantlen, "%s: length %zu", src, t.cval->slen);
	cr_assert(memcmp(t.cval->s, want, wantlen) == 0, "%s", src);
	cr_assert_eq(t.len, strlen(src), "raw spelling kept");
}

Test(lexer, string_literals) {
	expect_string("\"\"", "", 0);
	expect_string("\"a\\tb\"", "a\tb", 3);
	expect_string("\"\\x41\\101\\u00e9\\U0001F600\"", "AA\xc3\xa9\xf0\x9f\x98\x80", 8);
	expect_string("\"\\xff\"", "\xff", 1);
	expect_string("\"\\\"\\\\\"", "\"\\", 2);
	expect_string("`a\\n\r\nb`", "a\\n\nb", 5);
	Token t[8];
	lex_all("`x\ny` z", t, 8);
	cr_assert_eq(t[1].pos.line, 2);
	cr_assert_eq(t[1].pos.col, 4);
}

Test(lexer, body_braces) {
	// a '{' at the depth of a pending if/for/switch/select is TK_LBODY
	KINDS("if x { }", TK_IF, TK_IDENT, TK_LBODY, TK_RBRACE, TK_SEMICOLON, 0);
	KINDS("if x == (T{}) {", TK_IF, TK_IDENT, TK_EQL, TK_LPAREN, TK_IDENT, TK_LBRACE, TK_RBRACE,
	      TK_RPAREN, TK_LBODY, 0);
	KINDS("T{}", TK_IDENT, TK_LBRACE, TK_RBRACE, TK_SEMICOLON, 0);
	// once the parser has seen the body, later braces are ordinary
	int file = diag_add_file("t.go", "for { x{} }", 11);
	Lexer L;
	lexer_init(&L, file);
	Token t;
	lexer_next(&L, &t);
	lexer_next(&L, &t);
	cr_assert_eq(t.kind, TK_LBODY);
	lexer_body_opened(&L, t.depth);
	lexer_next(&L, &t);
	lexer_next(&L, &t);
	cr_assert_eq(t.kind, TK_LBRACE);
}

Test(lexer, errors_keep_going, .init = cr_redirect_stderr) {
	KINDS("a @ b", TK_IDENT, TK_IDENT, TK_SEMICOLON, 0);
	KINDS("x = \"abc\ny", TK_IDENT, TK_ASSIGN, TK_STRING, TK_SEMICOLON, TK_IDENT, TK_SEMICOLON, 0);
	KINDS("'ab' /* open", TK_CHAR, TK_SEMICOLON, 0);
	cr_assert_eq(diag_count(), 4);
	diag_flush();
	fflush(stderr);
	cr_assert_stderr_eq_str(
		"t.go:1:3: invalid character U+0040 '@'\n"
		"t.go:1:9: newline in string\n"
		"t.go:1:1: more than one character in rune literal\n"
		"t.go:1:6: comment not terminated\n");
}

// lexer.re - Go tokenizer (re2c): tokens, literal decoding, automatic
// semicolons, and the LBODY marking of statement-body braces (lexer.h).
//
// The scanner proper (scan) recognises one token at a time with re2c;
// string/rune literals and general comments are walked by hand because
// their error messages depend on where they go wrong. lexer_next wraps it
// with the bookkeeping of nesting depths for TK_LBODY.
#include <stdlib.h>
#include <string.h>
#include "diag.h"
#include "intern.h"
#include "lexer.h"
#include "parser.h"
#include "strbuf.h"
#include "utf8.h"

enum { TOK_SKIP = -1 }; // internal: whitespace or comment, scan again

static Pos pos_of(Lexer *L, const unsigned char *p) {
	long col = (long)(p - L->line_start) + 1;
	return (Pos){L->file, L->line, col < POS_MAX ? col : POS_MAX};
}

// Records that the newline at p has been consumed.
static void newline_at(Lexer *L, const unsigned char *p) {
	if (L->line < POS_MAX)
		L->line++;
	L->line_start = p + 1;
}

void lexer_init(Lexer *L, int file) {
	memset(L, 0, sizeof(*L));
	size_t len;
	const char *text = diag_file_text(file, &len);
	L->file = file;
	L->cur = (const unsigned char *)text;
	L->lim = L->cur + len;
	L->line_start = L->cur;
	L->line = 1;
	if (len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0)
		L->cur += 3; // a leading byte order mark is ignored, as in Go
}

// ---- literal decoding ----

static int digit_value(int c) {
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return 99;
}

// Integer literal (already validated by the regular expressions). Values
// beyond 128 bits leave cval.kind CV_NONE; the checker reports overflow.
static ConstVal decode_int(const unsigned char *s, size_t n) {
	ConstVal v = {.kind = CV_INT};
	int base = 10;
	size_t i = 0;
	if (n >= 2 && s[0] == '0') {
		switch (s[1] | 0x20) {
		case 'x': base = 16; i = 2; break;
		case 'b': base = 2; i = 2; break;
		case 'o': base = 8; i = 2; break;
		default: base = 8; i = 1; break;
		}
	}
	unsigned __int128 x = 0, limit = ~(unsigned __int128)0 >> 1;
	for (; i < n; i++) {
		if (s[i] == '_')
			continue;
		int d = digit_value(s[i]);
		if (x > (limit - (unsigned)d) / (unsigned)base) {
			v.kind = CV_NONE;
			return v;
		}
		x = x * (unsigned)base + (unsigned)d;
	}
	v.i = (__int128)x;
	v.f = (double)v.i; // as cv_int has it: then const_new shares the small ones
	return v;
}

static ConstVal decode_float(const unsigned char *s, size_t n) {
	char buf[128], *p = n < sizeof(buf) ? buf : xmalloc(n + 1);
	size_t k = 0;
	for (size_t i = 0; i < n; i++)
		if (s[i] != '_' && s[i] != 'i')
			p[k++] = (char)s[i];
	p[k] = '\0';
	ConstVal v = {.kind = CV_FLOAT, .f = strtod(p, NULL)};
	if (p != buf)
		free(p);
	return v;
}

// Decodes the escape sequence after the backslash at L->cur into b.
// Returns false (after reporting) when it is invalid.
static bool scan_escape(Lexer *L, StrBuf *b, int quote, bool *is_byte) {
	const unsigned char *p = L->cur;
	if (p >= L->lim)
		return true; // the caller complains about the missing terminator
	int n, base;
	unsigned max;
	*is_byte = false;
	switch (*p) {
	case 'a': strbuf_putn(b, "\a", 1); L->cur++; return true;
	case 'b': strbuf_putn(b, "\b", 1); L->cur++; return true;
	case 'f': strbuf_putn(b, "\f", 1); L->cur++; return true;
	case 'n': strbuf_putn(b, "\n", 1); L->cur++; return true;
	case 'r': strbuf_putn(b, "\r", 1); L->cur++; return true;
	case 't': strbuf_putn(b, "\t", 1); L->cur++; return true;
	case 'v': strbuf_putn(b, "\v", 1); L->cur++; return true;
	case '\\': strbuf_putn(b, "\\", 1); L->cur++; return true;
	case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7':
		n = 3, base = 8, max = 255;
		break;
	case 'x': n = 2, base = 16, max = 255; p++; break;
	case 'u': n = 4, base = 16, max = 0x10FFFF; p++; break;
	case 'U': n = 8, base = 16, max = 0x10FFFF; p++; break;
	default:
		if (*p == quote) {
			strbuf_putn(b, (const char *)p, 1);
			L->cur++;
			return true;
		}
		error_at(pos_of(L, p), "unknown escape");
		return false;
	}
	unsigned x = 0;
	for (int i = 0; i < n; i++, p++) {
		if (p >= L->lim) {
			L->cur = p;
			return true;
		}
		int d = digit_value(*p);
		if (d >= base) {
			L->cur = p;
			const char *what = base == 8 ? "octal" : "hexadecimal";
			if (*p >= 0x20 && *p < 0x7F)
				error_at(pos_of(L, p), "invalid character '%c' in %s escape", *p, what);
			else
				error_at(pos_of(L, p), "invalid character '\\x%02x' in %s escape", *p, what);
			return false;
		}
		x = x * (unsigned)base + (unsigned)d;
	}
	L->cur = p;
	if (x > max && base == 8) {
		error_at(pos_of(L, p), "octal escape value %u > 255", x);
		return false;
	}
	if (x > max || (x >= 0xD800 && x < 0xE000)) {
		error_at(pos_of(L, p), "escape is invalid Unicode code point U+%04X", x);
		return false;
	}
	if (max == 255) {
		unsigned char c = (unsigned char)x;
		strbuf_putn(b, (const char *)&c, 1);
		*is_byte = true;
	} else {
		char u[UTF8_MAX];
		strbuf_putn(b, u, (size_t)utf8_encode(u, x));
	}
	return true;
}

// A string literal's value from its decoded bytes; b's buffer goes when
// an equal value is already stored (most literals repeat).
static void string_value(Token *t, StrBuf *b) {
	t->cval = const_new((ConstVal){.kind = CV_STRING, .s = strbuf_text(b), .slen = b->len});
	if (t->cval->s != b->s)
		free(b->s);
}

// Interpreted string literal; L->cur is just past the opening quote.
static void scan_string(Lexer *L, Token *t) {
	StrBuf b = {0};
	bool is_byte;
	for (;;) {
		if (L->cur >= L->lim) {
			error_at(t->pos, "string not terminated");
			break;
		}
		unsigned char c = *L->cur;
		if (c == '"') {
			L->cur++;
			break;
		}
		if (c == '\n') {
			error_at(pos_of(L, L->cur), "newline in string");
			break;
		}
		L->cur++;
		if (c == '\\') {
			scan_escape(L, &b, '"', &is_byte);
			continue;
		}
		strbuf_putn(&b, (const char *)&c, 1);
	}
	// a malformed literal (already reported) keeps what could be decoded
	string_value(t, &b);
}

// Raw string literal: carriage returns are dropped, as the spec says.
static void scan_raw_string(Lexer *L, Token *t) {
	StrBuf b = {0};
	for (;;) {
		if (L->cur >= L->lim) {
			error_at(t->pos, "string not terminated");
			break;
		}
		unsigned char c = *L->cur;
		if (c == '`') {
			L->cur++;
			break;
		}
		if (c == '\n')
			newline_at(L, L->cur);
		L->cur++;
		if (c != '\r')
			strbuf_putn(&b, (const char *)&c, 1);
	}
	string_value(t, &b);
}

static void scan_rune(Lexer *L, Token *t) {
	StrBuf b = {0};
	bool ok = true, is_byte = false;
	int n = 0;
	unsigned value = 0;
	for (;; n++) {
		if (L->cur >= L->lim) {
			if (ok)
				error_at(t->pos, "rune literal not terminated");
			ok = false;
			break;
		}
		const unsigned char *p = L->cur;
		if (*p == '\'') {
			if (ok && n == 0) {
				error_at(pos_of(L, p), "empty rune literal or unescaped '");
				ok = false;
			} else if (ok && n != 1) {
				error_at(t->pos, "more than one character in rune literal");
				ok = false;
			}
			L->cur++;
			break;
		}
		if (*p == '\n') {
			if (ok)
				error_at(pos_of(L, p), "newline in rune literal");
			ok = false;
			break;
		}
		if (*p == '\\') {
			L->cur++;
			b.len = 0;
			ok &= scan_escape(L, &b, '\'', &is_byte);
			if (is_byte)
				value = (unsigned char)b.s[0];
			else if (b.len) {
				int32_t r;
				utf8_decode((const unsigned char *)b.s, b.len, &r);
				value = (unsigned)r;
			}
			continue;
		}
		int32_t r;
		L->cur += utf8_decode(p, (size_t)(L->lim - p), &r);
		value = (unsigned)r;
	}
	// also for a malformed literal (already reported)
	__int128 i = ok ? value : 0;
	t->cval = const_new((ConstVal){.kind = CV_INT, .i = i, .f = (double)i});
}

// General comment; L->cur is just past "/*". Returns whether it spanned
// a newline (which then counts as one for semicolon insertion).
static bool scan_general_comment(Lexer *L, Pos start) {
	bool multiline = false;
	for (;;) {
		if (L->cur + 1 >= L->lim) {
			if (L->cur < L->lim && *L->cur == '\n')
				newline_at(L, L->cur);
			L->cur = L->lim;
			error_at(start, "comment not terminated");
			return multiline;
		}
		if (L->cur[0] == '*' && L->cur[1] == '/') {
			L->cur += 2;
			return multiline;
		}
		if (*L->cur == '\n') {
			newline_at(L, L->cur);
			multiline = true;
		}
		L->cur++;
	}
}

// //go: directives (and //goscape:noheap) that matter to escape analysis and code generation.
static void scan_directive(Lexer *L, const unsigned char *s, const unsigned char *e) {
	static const struct { const char *name; unsigned flag; } pragmas[] = {
		{"//go:noescape", PRAGMA_NOESCAPE},
		{"//go:uintptrescapes", PRAGMA_UINTPTRESCAPES},
		{"//go:noinline", PRAGMA_NOINLINE},
		{"//go:nosplit", PRAGMA_NOSPLIT},
		{"//goscape:noheap", PRAGMA_NOHEAP},
	};
	for (size_t i = 0; i < sizeof(pragmas) / sizeof(pragmas[0]); i++) {
		size_t n = strlen(pragmas[i].name);
		if ((size_t)(e - s) >= n && memcmp(s, pragmas[i].name, n) == 0 &&
		    ((size_t)(e - s) == n || s[n] == ' ' || s[n] == '\t' || s[n] == '\r'))
			L->pragma |= pragmas[i].flag;
	}
}

// Reports what is wrong with an integer literal the regular expressions
// rejected, where Go does: a digit beyond the base, a misplaced '_', or
// no digits after the prefix.
static void bad_number(Lexer *L, Token *t, const unsigned char *s, int base) {
	t->cval = const_new((ConstVal){.kind = CV_INT}); // value 0: the checker need not know it was malformed
	const unsigned char *p = s, *end = L->cur;
	if (base != 10 && end - s >= 2 && ((s[1] | 0x20) == 'x' || (s[1] | 0x20) == 'o' || (s[1] | 0x20) == 'b'))
		p += 2;
	else if (base == 8)
		p += 1;
	const char *name = base == 16 ? "hexadecimal" : base == 8 ? "octal" : base == 2 ? "binary" : "decimal";
	bool digits = false;
	for (const unsigned char *q = p; q < end; q++) {
		if (*q != '_' && digit_value(*q) >= base) {
			error_at(pos_of(L, q), "invalid digit '%c' in %s literal", *q, name);
			return;
		}
		digits |= *q != '_';
	}
	if (!digits && p > s + 1) {
		error_at(pos_of(L, end), "%s literal has no digits", name);
		return;
	}
	for (const unsigned char *q = s; q < end; q++) {
		if (*q == '_' && (q + 1 == end || (q > s && q[-1] == '_'))) {
			error_at(pos_of(L, q), "'_' must separate successive digits");
			return;
		}
	}
	error_at(t->pos, "invalid %s literal", name);
}

static void invalid_char(Lexer *L, const unsigned char *p) {
	int32_t r;
	int len = utf8_decode(p, (size_t)(L->lim - p), &r);
	L->cur = p + len;
	if (r == 0)
		error_at(pos_of(L, p), "invalid NUL character");
	else if (r >= 0x20 && r < 0x7F)
		error_at(pos_of(L, p), "invalid character U+%04X '%c'", r, (int)r);
	else if (r >= 0xA0 && len > 1)
		error_at(pos_of(L, p), "invalid character U+%04X '%.*s'", r, len, (const char *)p);
	else
		error_at(pos_of(L, p), "invalid character U+%04X", r);
}

/*!re2c
	re2c:define:YYCTYPE = "unsigned char";
	re2c:define:YYCURSOR = "L->cur";
	re2c:define:YYMARKER = "L->mar";
	re2c:define:YYLIMIT = "L->lim";
	re2c:yyfill:enable = 0;
	re2c:eof = 0;

	dec      = [0-9] ("_"? [0-9])*;
	hexd     = [0-9a-fA-F];
	hexs     = ("_"? hexd)+;
	decexp   = [eE] [+-]? dec;
	hexexp   = [pP] [+-]? dec;
	decint   = "0" | [1-9] ("_"? [0-9])*;
	binint   = "0" [bB] ("_"? [01])+;
	octint   = "0" [oO] ("_"? [0-7])+ | "0" ("_"? [0-7])+;
	hexint   = "0" [xX] hexs;
	int      = decint | binint | octint | hexint;
	decfloat = dec "." dec? decexp? | dec decexp | "." dec decexp?;
	hexfloat = "0" [xX] (hexs ("." (hexd ("_"? hexd)*)?)? | "." hexd ("_"? hexd)*) hexexp;
	float    = decfloat | hexfloat;
	letter   = [a-zA-Z_] | [\x80-\xff];
	ident    = letter (letter | [0-9])*;
*/

// Returns the next raw token kind (0 at end of input, TOK_SKIP for
// blanks and comments) with t->pos/text set at its start.
static int scan(Lexer *L, Token *t) {
	// Blanks are skipped here rather than as a token of their own: there
	// is a run of them before most tokens. (The text ends in a NUL.)
	const unsigned char *s = L->cur;
	while (*s == ' ' || *s == '\t' || *s == '\r')
		s++;
	L->cur = s;
	L->tok = s;
	t->pos = pos_of(L, s);
	t->text = (const char *)s;
	/*!re2c
	$ { return 0; }
	"\n" {
		if (L->semi_ok) {
			newline_at(L, s);
			t->text = "newline";
			t->len = 7;
			return TK_SEMICOLON;
		}
		newline_at(L, s);
		return TOK_SKIP;
	}
	"//" [^\n\x00]* {
		scan_directive(L, s, L->cur);
		// an embedded NUL inside a comment: keep skipping up to the newline
		while (L->cur < L->lim && *L->cur != '\n')
			L->cur++;
		return TOK_SKIP;
	}
	"/*" {
		if (scan_general_comment(L, t->pos) && L->semi_ok) {
			t->text = "newline";
			t->len = 7;
			return TK_SEMICOLON;
		}
		return TOK_SKIP;
	}

	"break"       { return TK_BREAK; }
	"case"        { return TK_CASE; }
	"chan"        { return TK_CHAN; }
	"const"       { return TK_CONST; }
	"continue"    { return TK_CONTINUE; }
	"default"     { return TK_DEFAULT; }
	"defer"       { return TK_DEFER; }
	"else"        { return TK_ELSE; }
	"fallthrough" { return TK_FALLTHROUGH; }
	"for"         { return TK_FOR; }
	"func"        { return TK_FUNC; }
	"go"          { return TK_GO; }
	"goto"        { return TK_GOTO; }
	"if"          { return TK_IF; }
	"import"      { return TK_IMPORT; }
	"interface"   { return TK_INTERFACE; }
	"map"         { return TK_MAP; }
	"package"     { return TK_PACKAGE; }
	"range"       { return TK_RANGE; }
	"return"      { return TK_RETURN; }
	"select"      { return TK_SELECT; }
	"struct"      { return TK_STRUCT; }
	"switch"      { return TK_SWITCH; }
	"type"        { return TK_TYPE; }
	"var"         { return TK_VAR; }
	ident         { return TK_IDENT; }

	int           { t->cval = const_new(decode_int(s, (size_t)(L->cur - s))); return TK_INT; }
	float         { t->cval = const_new(decode_float(s, (size_t)(L->cur - s))); return TK_FLOAT; }
	(dec | int | float) "i" {
		t->cval = const_new(decode_float(s, (size_t)(L->cur - s)));
		return TK_IMAG;
	}
	// Malformed numbers (the rules above win for well-formed ones).
	(dec "." dec? | dec | "." dec) [eE] [+-]? | "0" [xX] hexs? ("." hexd*)? [pP] [+-]? {
		error_at(pos_of(L, L->cur), "exponent has no digits");
		t->cval = const_new((ConstVal){.kind = CV_NONE}); // reported: the checker takes it as invalid
		return TK_FLOAT;
	}
	"0" [xX] (hexs "." (hexd ("_"? hexd)*)? | "." hexd ("_"? hexd)*) {
		error_at(pos_of(L, L->cur), "hexadecimal mantissa requires a 'p' exponent");
		t->cval = const_new((ConstVal){.kind = CV_NONE});
		return TK_FLOAT;
	}
	"0" [0-9_]+                      { bad_number(L, t, s, 8); return TK_INT; }
	[0-9] [0-9_]*                    { bad_number(L, t, s, 10); return TK_INT; }
	"0" [oO] [0-9_]*                 { bad_number(L, t, s, 8); return TK_INT; }
	"0" [bB] [0-9_]*                 { bad_number(L, t, s, 2); return TK_INT; }
	"0" [xX] [0-9a-fA-F_]*           { bad_number(L, t, s, 16); return TK_INT; }

	["]  { scan_string(L, t); return TK_STRING; }
	[`]  { scan_raw_string(L, t); return TK_STRING; }
	[']  { scan_rune(L, t); return TK_CHAR; }

	"+"   { return TK_ADD; }
	"-"   { return TK_SUB; }
	"*"   { return TK_MUL; }
	"/"   { return TK_QUO; }
	"%"   { return TK_REM; }
	"&"   { return TK_AND; }
	"|"   { return TK_OR; }
	"^"   { return TK_XOR; }
	"<<"  { return TK_SHL; }
	">>"  { return TK_SHR; }
	"&^"  { return TK_AND_NOT; }
	"+="  { return TK_ADD_ASSIGN; }
	"-="  { return TK_SUB_ASSIGN; }
	"*="  { return TK_MUL_ASSIGN; }
	"/="  { return TK_QUO_ASSIGN; }
	"%="  { return TK_REM_ASSIGN; }
	"&="  { return TK_AND_ASSIGN; }
	"|="  { return TK_OR_ASSIGN; }
	"^="  { return TK_XOR_ASSIGN; }
	"<<=" { return TK_SHL_ASSIGN; }
	">>=" { return TK_SHR_ASSIGN; }
	"&^=" { return TK_AND_NOT_ASSIGN; }
	"&&"  { return TK_LAND; }
	"||"  { return TK_LOR; }
	"<-"  { return TK_ARROW; }
	"++"  { return TK_INC; }
	"--"  { return TK_DEC; }
	"=="  { return TK_EQL; }
	"<"   { return TK_LSS; }
	">"   { return TK_GTR; }
	"="   { return TK_ASSIGN; }
	"!"   { return TK_NOT; }
	"!="  { return TK_NEQ; }
	"<="  { return TK_LEQ; }
	">="  { return TK_GEQ; }
	":="  { return TK_DEFINE; }
	"..." { return TK_ELLIPSIS; }
	"("   { return TK_LPAREN; }
	"["   { return TK_LBRACK; }
	"{"   { return TK_LBRACE; }
	","   { return TK_COMMA; }
	"."   { return TK_PERIOD; }
	")"   { return TK_RPAREN; }
	"]"   { return TK_RBRACK; }
	"}"   { return TK_RBRACE; }
	";"   { t->text = "semicolon"; t->len = 9; return TK_SEMICOLON; }
	":"   { return TK_COLON; }
	"~"   { return TK_TILDE; }

	* { invalid_char(L, s); return TOK_SKIP; }
	*/
}

// Tokens after which a newline ends the statement (Go spec "Semicolons").
static bool ends_statement(int kind) {
	switch (kind) {
	case TK_IDENT: case TK_INT: case TK_FLOAT: case TK_IMAG: case TK_CHAR: case TK_STRING:
	case TK_BREAK: case TK_CONTINUE: case TK_FALLTHROUGH: case TK_RETURN:
	case TK_INC: case TK_DEC: case TK_RPAREN: case TK_RBRACK: case TK_RBRACE:
		return true;
	default:
		return false;
	}
}

static void push_header(Lexer *L) {
	if (L->nheaders == L->capheaders) {
		L->capheaders = L->capheaders ? L->capheaders * 2 : 16;
		int *h = xmalloc(sizeof(int) * (size_t)L->capheaders);
		if (L->headers) {
			memcpy(h, L->headers, sizeof(int) * (size_t)L->nheaders);
			free(L->headers);
		}
		L->headers = h;
	}
	L->headers[L->nheaders++] = L->depth;
}

void lexer_body_opened(Lexer *L, int depth) {
	for (int i = L->nheaders - 1; i >= 0; i--) {
		if (L->headers[i] == depth) {
			memmove(&L->headers[i], &L->headers[i + 1], sizeof(int) * (size_t)(L->nheaders - i - 1));
			L->nheaders--;
			return;
		}
	}
}

void lexer_next(Lexer *L, Token *t) {
	int kind;
	do {
		memset(t, 0, sizeof(*t));
		if (L->at_eof)
			kind = 0;
		else
			kind = scan(L, t);
	} while (kind == TOK_SKIP);
	if (kind == 0) {
		L->at_eof = true;
		t->pos = pos_of(L, L->lim);
		if (L->semi_ok) {
			kind = TK_SEMICOLON;
			t->text = "EOF";
			t->len = 3;
		} else {
			t->text = "EOF";
			t->len = 3;
		}
	} else if (kind != TK_SEMICOLON || t->len == 0) {
		t->len = (unsigned)(L->cur - L->tok);
	}
	if (kind == TK_IDENT)
		t->text = intern_n(t->text, t->len);
	L->semi_ok = ends_statement(kind);
	t->kind = kind;
	if (kind == TK_FUNC) // the only token whose directives matter
		t->pragma = L->pragma;
	L->pragma = 0;

	switch (kind) {
	case TK_IF: case TK_FOR: case TK_SWITCH: case TK_SELECT:
		push_header(L);
		break;
	case TK_LPAREN: case TK_LBRACK:
		L->depth++;
		break;
	case TK_LBRACE:
		if (L->nheaders > 0 && L->headers[L->nheaders - 1] == L->depth) {
			t->kind = TK_LBODY;
			t->depth = L->depth;
		}
		L->depth++;
		break;
	case TK_RPAREN: case TK_RBRACK: case TK_RBRACE:
		if (L->depth > 0)
			L->depth--;
		// a header that never got its body (syntax error) is forgotten
		while (L->nheaders > 0 && L->headers[L->nheaders - 1] > L->depth)
			L->nheaders--;
		break;
	}
}

const char *token_name(int kind) {
	switch (kind) {
	case 0: return "EOF";
	case TK_IDENT: return "name";
	case TK_INT: case TK_FLOAT: case TK_IMAG: case TK_CHAR: case TK_STRING: return "literal";
	case TK_COMMA: return "comma";
	case TK_SEMICOLON: return "semicolon or newline";
	case TK_ADD: return "+"; case TK_SUB: return "-"; case TK_MUL: return "*";
	case TK_QUO: return "/"; case TK_REM: return "%"; case TK_AND: return "&";
	case TK_OR: return "|"; case TK_XOR: return "^"; case TK_SHL: return "<<";
	case TK_SHR: return ">>"; case TK_AND_NOT: return "&^";
	case TK_ADD_ASSIGN: return "+="; case TK_SUB_ASSIGN: return "-=";
	case TK_MUL_ASSIGN: return "*="; case TK_QUO_ASSIGN: return "/=";
	case TK_REM_ASSIGN: return "%="; case TK_AND_ASSIGN: return "&=";
	case TK_OR_ASSIGN: return "|="; case TK_XOR_ASSIGN: return "^=";
	case TK_SHL_ASSIGN: return "<<="; case TK_SHR_ASSIGN: return ">>=";
	case TK_AND_NOT_ASSIGN: return "&^=";
	case TK_LAND: return "&&"; case TK_LOR: return "||"; case TK_ARROW: return "<-";
	case TK_INC: return "++"; case TK_DEC: return "--"; case TK_EQL: return "==";
	case TK_LSS: return "<"; case TK_GTR: return ">"; case TK_ASSIGN: return "=";
	case TK_NOT: return "!"; case TK_NEQ: return "!="; case TK_LEQ: return "<=";
	case TK_GEQ: return ">="; case TK_DEFINE: return ":="; case TK_ELLIPSIS: return "...";
	case TK_LPAREN: return "("; case TK_LBRACK: return "["; case TK_LBRACE: return "{";
	case TK_LBODY: return "{"; case TK_PERIOD: return "."; case TK_RPAREN: return ")";
	case TK_RBRACK: return "]"; case TK_RBRACE: return "}"; case TK_COLON: return ":";
	case TK_TILDE: return "~";
	case TK_BREAK: return "break"; case TK_CASE: return "case"; case TK_CHAN: return "chan";
	case TK_CONST: return "const"; case TK_CONTINUE: return "continue";
	case TK_DEFAULT: return "default"; case TK_DEFER: return "defer";
	case TK_ELSE: return "else"; case TK_FALLTHROUGH: return "fallthrough";
	case TK_FOR: return "for"; case TK_FUNC: return "func"; case TK_GO: return "go";
	case TK_GOTO: return "goto"; case TK_IF: return "if"; case TK_IMPORT: return "import";
	case TK_INTERFACE: return "interface"; case TK_MAP: return "map";
	case TK_PACKAGE: return "package"; case TK_RANGE: return "range";
	case TK_RETURN: return "return"; case TK_SELECT: return "select";
	case TK_STRUCT: return "struct"; case TK_SWITCH: return "switch";
	case TK_TYPE: return "type"; case TK_VAR: return "var";
	default: return "token";
	}
}

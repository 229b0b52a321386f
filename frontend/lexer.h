// lexer.h - the Go tokenizer (lexer.re) as the parser glue (parse.c) sees it.
//
// Besides splitting the text into tokens the lexer does two things the
// grammar cannot: Go's automatic semicolon insertion, and the "LBODY"
// trick of Go 1.4's yacc grammar: a '{' at the nesting depth of a pending
// if/for/switch/select keyword is returned as TK_LBODY, every other '{' as
// TK_LBRACE. The grammar accepts TK_LBODY only where a statement body or an
// explicit type literal's brace may stand, which resolves the composite
// literal ambiguity of `if x == T{} {` the way Go does.
#ifndef GOSCAPE_LEXER_H
#define GOSCAPE_LEXER_H

#include <stdbool.h>
#include "ast.h"

// Small, because the parser copies it onto its stack at every shift: what
// only some kinds carry shares one word.
typedef struct Token {
	int kind;            // TK_* from parser.h; 0 at end of input
	unsigned len;        // bytes of text
	Pos pos;             // first byte
	const char *text;    // spelling (points into the file text; interned
	                     // for TK_IDENT); for an inserted semicolon
	                     // "newline" or "EOF"
	union {
		const ConstVal *cval; // literals: decoded value (CV_NONE if invalid),
		                      // shared like Node.cval (const_new)
		int depth;            // TK_LBODY: nesting depth of its keyword
		unsigned pragma;      // TK_FUNC: PRAGMA_* (ast.h) directives just before it
	};
} Token;

typedef struct Lexer {
	int file;
	const unsigned char *cur, *lim, *mar, *tok;
	const unsigned char *line_start;
	int line;
	bool semi_ok;        // a newline or EOF here inserts a semicolon
	bool at_eof;
	int depth;           // ( [ { nesting
	int *headers;        // depths of if/for/switch/select awaiting their body
	int nheaders, capheaders;
	unsigned pragma;
} Lexer;

void lexer_init(Lexer *L, int file);
// Scans the next token into *t (the parser's: no copy per token).
void lexer_next(Lexer *L, Token *t);
// Called by the grammar when the TK_LBODY of a statement (not of a
// literal) has been shifted: its keyword no longer awaits a body.
void lexer_body_opened(Lexer *L, int depth);
// Human-readable form of a token kind for syntax errors ("name", "comma"...).
const char *token_name(int kind);

#endif

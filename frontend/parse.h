// parse.h - shared between the lemon grammar (parser.y) and its glue
// (parse.c): the parse context and the node-building helpers the grammar
// actions call.
#ifndef GOSCAPE_PARSE_H
#define GOSCAPE_PARSE_H

#include "ast.h"
#include "diag.h"
#include "lexer.h"

// What an unfinished bracket encloses; chooses the wording of syntax
// errors ("in argument list; possibly missing comma or )").
typedef enum {
	CTX_TOP,       // package level
	CTX_BLOCK,     // statement list
	CTX_ARGS,      // call arguments
	CTX_COMPLIT,   // composite literal elements
	CTX_PARAMS,    // parameter or result list
	CTX_STRUCT,    // struct fields
	CTX_IFACE,     // interface elements
	CTX_GROUP,     // grouped declaration
	CTX_IF_HEADER, // between the keyword and the body
	CTX_FOR_HEADER,
	CTX_SWITCH_HEADER,
	CTX_CASE,      // between case and its colon
	CTX_TYPESPEC,  // type declaration after the name
	CTX_PAREN,     // parenthesized expression
	CTX_COUNT
} ListContext;

typedef struct ParseCtx {
	File *file;
	Lexer lex;
	Token tok;           // token being fed to the parser
	int ntokens;         // tokens fed so far
	int prev_kind;       // kind of the token fed before tok
	Pos label_colon;     // the last label's ':' and its token number
	int label_colon_tok;
	bool failed;         // a syntax error was reported: stop parsing
	bool decls_seen;     // a non-import declaration was parsed
	Node *last_decl;     // last top-level declaration (for error wording)
	int *snap;           // parser states before tok when tok is a syntax
	                     // error (parser_snapshot); else nsnap is 0
	int nsnap, capsnap;
	bool lazy;           // no snapshots: a syntax error only sets redo
	bool redo;
	int type_group_depth; // lexer depth inside `type (`, else -1
	int *ctx;            // stack of ListContext
	int nctx, capctx;
} ParseCtx;

// Records the parser's state stack before the next token is fed when that
// token is a syntax error, so that the error can tell what was expected
// before default reductions.
void parser_snapshot(void *parser, ParseCtx *p);

void ctx_push(ParseCtx *p, ListContext c);
void ctx_pop(ParseCtx *p);
// Pops an if/for/switch header context when it is the innermost one.
void ctx_pop_header(ParseCtx *p);

// Reports a syntax error at tok ("syntax error: unexpected X" + msg, or
// just "syntax error: msg" when plain) and stops the parse.
void syntax_error_at(ParseCtx *p, Pos pos, const char *msg);
void syntax_error_plain(ParseCtx *p, Pos pos, const char *msg);

// ---- node helpers ----
// The operator a token spells (x op= y gives op); OP_NONE for others.
// The parser stores Ops in Node.op: no later stage sees token codes.
Op op_of_token(int tk);
// The interned spelling of an identifier token.
const char *tok_str(Token t);
Node *mk_ident(Token t);
Node *mk_lit(NodeKind kind, Token t);
Node *mk_unary(Token op, Node *x);
Node *mk_binary(Node *x, Token op, Node *y);
// Lists of the tree, in the arena (cap 0: vec_push copies them to grow
// them): push x; the list of x alone (empty for NULL); push src's items.
void list_push(Vec *v, void *x);
Vec list_of(void *x);
void list_append(Vec *dst, Vec src);

// A raw parameter entry: optional name and a type (a lone name is parsed
// as a type entry; group_params decides).
Node *mk_param(Node *name, Node *type);
// Groups raw parameter entries the way Go does: if any has a name, lone
// types are names sharing the next type ("a, b int").
Vec group_params(ParseCtx *p, Vec raw);

// Type parameter entries grouped like parameters; every group needs a
// constraint ("missing type constraint").
Vec group_tparams(ParseCtx *p, Vec raw);
// x | y in a constraint: one ND_UNION of all terms.
Node *mk_union(Node *x, Node *y);
// x[a, b...] (instantiation or index), '[' at lbrack.
Node *mk_index(Node *x, Token lbrack, Vec args);
// [len]elem from a bracketed list that must hold one length expression.
Node *mk_arraytype(ParseCtx *p, Token lbrack, Vec len, Node *elem);

// Statement headers: s1 [; s2] for if and switch.
Node *mk_if(ParseCtx *p, Token kw, Node *init, Node *cond, Node *then, Node *els);
Node *mk_switch(ParseCtx *p, Token kw, Node *init, Node *tag, Node *body);
Node *mk_for(ParseCtx *p, Token kw, Node *init, Node *cond, Node *post, Node *body);
Node *mk_range(Token kw, Token range, Vec lhs, bool define, Node *x);

// go/defer statements: the operand must be an unparenthesized call.
Node *mk_callstmt(NodeKind kind, Token kw, Node *x);

// Declarations: adds the implicit repetition of constant specs.
Node *mk_declstmt(ParseCtx *p, Token kw, Vec specs);
// type name T (ends the type spec's list context; counted in File.ntypespecs)
Node *mk_typespec(ParseCtx *p, Token name, Node *type);
void add_decl(ParseCtx *p, Node *decl);

// Turns an expression list used as a statement into a statement.
Node *mk_exprstmt(ParseCtx *p, Vec list);

#endif

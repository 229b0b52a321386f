// parser.y - the Go grammar (Go 1.19) for lemon.
//
// Modelled on Go 1.4's yacc grammar (src/cmd/gc/go.y): the lexer turns a
// '{' that may open an if/for/switch/select body into TK_LBODY, and only
// explicit type literals (not names) may take TK_LBODY as the brace of a
// composite literal; so `if x == T{} {` is a syntax error like in Go while
// `for _, v := range []int{1} {` works. Parameter lists are parsed as lists
// of "maybe name, maybe type" entries and grouped afterwards (parse.c).
//
// Type parameters: `func F[T any]` is unambiguous; the '[' of `type
// T[P any] ...` is told from an array length by the glue, which returns it
// as TK_TPARAMS (parse.c). Type arguments are parsed as expressions
// (`f[int]`, `Pair[K, V]{}`) and, in type positions, by the instantiated
// typename rules; an array length shares their list (`a [N]T` and
// `a List[T]` read alike up to the ']').
//
// The small "…_open" rules that only shift an opening bracket exist to
// push the list context used for syntax error wording (parse.h).

%include {
// Before any #include: no lemon tracing or assertions in the parser,
// which would run them for every token and reduction.
#define NDEBUG 1
#include <stdlib.h>
#include <string.h>
#include "parse.h"
struct yyParser;
static void parser_syntax_error(ParseCtx *p, struct yyParser *P, int major);
}

%name GoParser
%token_prefix TK_
%token_type {Token}
%extra_argument {ParseCtx *p}
// The stack grows with realloc as deep as the input nests (Go has no
// nesting limit); the C stack of the recursive passes is the bound.
%stack_size 0
%syntax_error { parser_syntax_error(p, yypParser, yymajor); }
%stack_overflow { syntax_error_plain(p, p->tok.pos, "too deeply nested"); }
%parse_failure { p->failed = true; }

// Token codes, in a fixed order (binary operators first).
%token ADD SUB MUL QUO REM AND OR XOR SHL SHR AND_NOT
	ADD_ASSIGN SUB_ASSIGN MUL_ASSIGN QUO_ASSIGN REM_ASSIGN AND_ASSIGN OR_ASSIGN
	XOR_ASSIGN SHL_ASSIGN SHR_ASSIGN AND_NOT_ASSIGN
	LAND LOR ARROW INC DEC EQL LSS GTR ASSIGN NOT NEQ LEQ GEQ DEFINE ELLIPSIS
	LPAREN LBRACK LBRACE LBODY COMMA PERIOD RPAREN RBRACK RBRACE SEMICOLON COLON TILDE
	BREAK CASE CHAN CONST CONTINUE DEFAULT DEFER ELSE FALLTHROUGH FOR FUNC GO GOTO
	IF IMPORT INTERFACE MAP PACKAGE RANGE RETURN SELECT STRUCT SWITCH TYPE VAR
	IDENT INT FLOAT IMAG CHAR STRING TPARAMS.

// As in Go, a signature's result type extends as far as it can:
// func() (x), func() []T, func() <-chan T; and pkg.T is one type name.
%nonassoc NOTPAREN.
%left LOR.
%left LAND.
%left EQL NEQ LSS LEQ GTR GEQ.
%left ADD SUB OR XOR.
%left MUL QUO REM SHL SHR AND AND_NOT.
%right UNARY.
%nonassoc LPAREN LBRACK ARROW PERIOD.
// A type literal followed by '{' is a composite literal, func(){ a literal.
%nonassoc NOTBODY.
%nonassoc LBRACE LBODY.
// <-chan T is a receive-only channel type, not a receive from chan T.
%nonassoc CHANELEM.
%nonassoc RECVCHAN.


// ---------------------------------------------------------------- file

file ::= package SEMICOLON decls.

package ::= PACKAGE IDENT(N). { p->file->pkgname = tok_str(N); }

decls ::= .
decls ::= decls decl SEMICOLON.

decl ::= .
// Go 1.19 words an import after other declarations like any stray statement.
decl ::= IMPORT(K) import_spec(S). {
	if (p->decls_seen)
		syntax_error_plain(p, K.pos, "non-declaration statement outside function body");
	list_push(&p->file->imports, S);
}
decl ::= IMPORT(K) group_open import_specs(L) RPAREN. {
	ctx_pop(p);
	if (p->decls_seen)
		syntax_error_plain(p, K.pos, "non-declaration statement outside function body");
	list_append(&p->file->imports, L);
}
decl ::= declstmt(D). { add_decl(p, D); }
decl ::= funcdecl(D). { add_decl(p, D); }

group_open ::= LPAREN. { ctx_push(p, CTX_GROUP); }

%type import_specs {Vec}
import_specs(A) ::= import_spec_opt(S). { A = list_of(S); }
import_specs(A) ::= import_specs(L) SEMICOLON import_spec_opt(S). { A = L; if (S) list_push(&A, S); }
%type import_spec_opt {Node *}
import_spec_opt(A) ::= . { A = NULL; }
import_spec_opt(A) ::= import_spec(S). { A = S; }
%type import_spec {Node *}
import_spec(A) ::= STRING(S). { A = mk_lit(ND_IMPORT, S); }
import_spec(A) ::= IDENT(N) STRING(S). { A = mk_lit(ND_IMPORT, S); A->name = tok_str(N); A->pos2 = N.pos; }
import_spec(A) ::= PERIOD(N) STRING(S). { A = mk_lit(ND_IMPORT, S); A->name = "."; A->pos2 = N.pos; }

// ---------------------------------------------------------------- declarations

%type declstmt {Node *}
declstmt(A) ::= CONST(K) const_spec(S). { A = mk_declstmt(p, K, list_of(S)); }
declstmt(A) ::= CONST(K) group_open const_specs(L) RPAREN. { ctx_pop(p); A = mk_declstmt(p, K, L); }
declstmt(A) ::= VAR(K) var_spec(S). { A = mk_declstmt(p, K, list_of(S)); }
declstmt(A) ::= VAR(K) group_open var_specs(L) RPAREN. { ctx_pop(p); A = mk_declstmt(p, K, L); }
declstmt(A) ::= TYPE(K) type_spec(S). { A = mk_declstmt(p, K, list_of(S)); }
declstmt(A) ::= TYPE(K) group_open type_specs(L) RPAREN. { ctx_pop(p); A = mk_declstmt(p, K, L); }

%type const_specs {Vec}
const_specs(A) ::= const_spec_opt(S). { A = list_of(S); }
const_specs(A) ::= const_specs(L) SEMICOLON const_spec_opt(S). { A = L; if (S) list_push(&A, S); }
%type const_spec_opt {Node *}
const_spec_opt(A) ::= . { A = NULL; }
const_spec_opt(A) ::= const_spec(S). { A = S; }
%type const_spec {Node *}
const_spec(A) ::= ident_list(L). {
	A = new_node(ND_CONSTSPEC, ((Node *)L.data[0])->pos); node_ext_mut(A)->names = L;
}
const_spec(A) ::= ident_list(L) type(T). {
	A = new_node(ND_CONSTSPEC, ((Node *)L.data[0])->pos); node_ext_mut(A)->names = L; A->lhs = T;
}
const_spec(A) ::= ident_list(L) ASSIGN expr_list(V). {
	A = new_node(ND_CONSTSPEC, ((Node *)L.data[0])->pos); node_ext_mut(A)->names = L; A->rlist = V;
}
const_spec(A) ::= ident_list(L) type(T) ASSIGN expr_list(V). {
	A = new_node(ND_CONSTSPEC, ((Node *)L.data[0])->pos); node_ext_mut(A)->names = L; A->lhs = T; A->rlist = V;
}

%type var_specs {Vec}
var_specs(A) ::= var_spec_opt(S). { A = list_of(S); }
var_specs(A) ::= var_specs(L) SEMICOLON var_spec_opt(S). { A = L; if (S) list_push(&A, S); }
%type var_spec_opt {Node *}
var_spec_opt(A) ::= . { A = NULL; }
var_spec_opt(A) ::= var_spec(S). { A = S; }
%type var_spec {Node *}
var_spec(A) ::= ident_list(L) type(T). {
	A = new_node(ND_VARSPEC, ((Node *)L.data[0])->pos); node_ext_mut(A)->names = L; A->lhs = T;
}
var_spec(A) ::= ident_list(L) ASSIGN expr_list(V). {
	A = new_node(ND_VARSPEC, ((Node *)L.data[0])->pos); node_ext_mut(A)->names = L; A->rlist = V;
}
var_spec(A) ::= ident_list(L) type(T) ASSIGN expr_list(V). {
	A = new_node(ND_VARSPEC, ((Node *)L.data[0])->pos); node_ext_mut(A)->names = L; A->lhs = T; A->rlist = V;
}

%type type_specs {Vec}
type_specs(A) ::= type_spec_opt(S). { A = list_of(S); }
type_specs(A) ::= type_specs(L) SEMICOLON type_spec_opt(S). { A = L; if (S) list_push(&A, S); }
%type type_spec_opt {Node *}
type_spec_opt(A) ::= . { A = NULL; }
type_spec_opt(A) ::= type_spec(S). { A = S; }
%type type_spec {Node *}
type_spec(A) ::= type_name(N) type(T). { A = mk_typespec(p, N, T); }
type_spec(A) ::= type_name(N) TPARAMS tparam_list(L) comma_opt RBRACK type(T). {
	A = mk_typespec(p, N, T);
	node_rare_mut(A)->tparams = group_tparams(p, L);
}
type_spec(A) ::= type_name(N) ASSIGN type(T). { A = mk_typespec(p, N, T); node_ext_mut(A)->is_alias = true; }
%type type_name {Token}
type_name(A) ::= IDENT(N). { ctx_push(p, CTX_TYPESPEC); A = N; }

%type ident_list {Vec}
// A field `a [` continues as `a [N]T` or the embedded `a[T]` (field_opt).
ident_list(A) ::= IDENT(N). [NOTPAREN] { A = list_of(mk_ident(N)); }
ident_list(A) ::= ident_list(L) COMMA IDENT(N). { A = L; list_push(&A, mk_ident(N)); }

%type funcdecl {Node *}
funcdecl(A) ::= FUNC(K) IDENT(N) signature(S) func_body(B). {
	A = new_node(ND_FUNCDECL, K.pos); A->pos2 = N.pos; A->name = tok_str(N); A->lhs = S; node_ext_mut(A)->body = B;
	node_ext_mut(A)->pragma = K.pragma;
}
funcdecl(A) ::= FUNC(K) IDENT(N) LBRACK tparam_list(L) comma_opt RBRACK signature(S) func_body(B). {
	A = new_node(ND_FUNCDECL, K.pos); A->pos2 = N.pos; A->name = tok_str(N); A->lhs = S; node_ext_mut(A)->body = B;
	node_ext_mut(A)->pragma = K.pragma; node_rare_mut(A)->tparams = group_tparams(p, L);
}
funcdecl(A) ::= FUNC params IDENT LBRACK(L) tparam_list comma_opt RBRACK signature func_body. {
	syntax_error_plain(p, L.pos, "method must have no type parameters");
	A = NULL;
}
funcdecl(A) ::= FUNC(K) params(R) IDENT(N) signature(S) func_body(B). {
	A = new_node(ND_FUNCDECL, K.pos); A->pos2 = N.pos; A->name = tok_str(N); A->lhs = S; node_ext_mut(A)->body = B;
	node_ext_mut(A)->pragma = K.pragma;
	if (R.list.len != 1)
		syntax_error_plain(p, R.pos, R.list.len ? "method has multiple receivers" : "method has no receiver");
	else
		node_rare_mut(A)->recv = R.list.data[0];
}
%type func_body {Node *}
func_body(A) ::= . { A = NULL; }
func_body(A) ::= block(B). { A = B; }

// Type parameters: lone names share the next constraint (`[K, V any]`).
%type tparam_list {Vec}
tparam_list(A) ::= tparam(X). { A = list_of(X); }
tparam_list(A) ::= tparam_list(L) COMMA tparam(X). { A = L; list_push(&A, X); }
%type tparam {Node *}
tparam(A) ::= IDENT(N). { A = mk_param(NULL, mk_ident(N)); }
tparam(A) ::= IDENT(N) constraint(C). { A = mk_param(mk_ident(N), C); }

// A constraint or interface element: a type, ~T, or a union of them.
%type constraint {Node *}
constraint(A) ::= cterm(X). { A = X; }
constraint(A) ::= constraint(L) OR cterm(X). { A = mk_union(L, X); }
%type cterm {Node *}
cterm(A) ::= type(T). { A = T; }
cterm(A) ::= TILDE(O) type(T). { A = new_node(ND_TILDE, O.pos); A->lhs = T; }

// ---------------------------------------------------------------- types

%type type {Node *}
type(A) ::= nonrecv_type(T). [RECVCHAN] { A = T; }
type(A) ::= recvchantype(T). { A = T; }

// A type that is not a receive-only channel: "chan <-chan int" is
// chan<- (chan int), the leftmost chan wins (spec).
%type nonrecv_type {Node *}
nonrecv_type(A) ::= typename(T). { A = T; }
nonrecv_type(A) ::= typelit(T). { A = T; }
nonrecv_type(A) ::= LPAREN(L) type(T) RPAREN. { A = new_short_node(ND_PAREN, L.pos); A->lhs = T; }

%type typename {Node *}
typename(A) ::= IDENT(N). [NOTPAREN] { A = mk_ident(N); }
typename(A) ::= IDENT(N) PERIOD(D) IDENT(S). [NOTPAREN] {
	A = new_node(ND_SELECTOR, D.pos); A->lhs = mk_ident(N); A->name = tok_str(S); A->pos2 = S.pos;
}
typename(A) ::= IDENT(N) LBRACK(L) targs(X) RBRACK. { A = mk_index(mk_ident(N), L, X); }
typename(A) ::= IDENT(N) PERIOD(D) IDENT(S) LBRACK(L) targs(X) RBRACK. {
	Node *sel = new_node(ND_SELECTOR, D.pos); sel->lhs = mk_ident(N); sel->name = tok_str(S); sel->pos2 = S.pos;
	A = mk_index(sel, L, X);
}
// Type arguments, or an array length (one expression).
%type targs {Vec}
targs(A) ::= arg_list(L) comma_opt. { A = L; }

// Type literals that may also start an expression (conversion or
// composite literal).
%type typelit {Node *}
typelit(A) ::= littype(T). { A = T; }
typelit(A) ::= MUL(S) type(T). { A = new_short_node(ND_STAR, S.pos); A->lhs = T; }
typelit(A) ::= functype(T). { A = T; }
typelit(A) ::= CHAN(C) nonrecv_type(T). [CHANELEM] { A = new_node(ND_CHANTYPE, C.pos); A->lhs = T; }
typelit(A) ::= CHAN(C) ARROW type(T). { A = new_node(ND_CHANTYPE, C.pos); A->lhs = T; node_ext_mut(A)->chan_dir = 1; }
typelit(A) ::= interfacetype(T). { A = T; }

%type recvchantype {Node *}
recvchantype(A) ::= ARROW(R) CHAN type(T). { A = new_node(ND_CHANTYPE, R.pos); A->lhs = T; node_ext_mut(A)->chan_dir = 2; }

// Types that can be the type of a composite literal.
%type littype {Node *}
littype(A) ::= LBRACK(L) targs(N) RBRACK type(T). { A = mk_arraytype(p, L, N, T); }
littype(A) ::= LBRACK(L) RBRACK type(T). { A = new_node(ND_ARRAYTYPE, L.pos); A->lhs = T; }
littype(A) ::= MAP(M) LBRACK type(K) RBRACK type(V). { A = new_node(ND_MAPTYPE, M.pos); A->lhs = K; A->rhs = V; }
littype(A) ::= structtype(T). { A = T; }

%type functype {Node *}
functype(A) ::= FUNC(F) signature(S). [NOTBODY] { A = S; A->pos = F.pos; }

%type signature {Node *}
signature(A) ::= params(P) result(R). {
	A = new_node(ND_FUNCTYPE, P.pos); node_rare_mut(A)->params = P.list; node_rare_mut(A)->results = R;
}

%include {
typedef struct ParamList {
	Vec list;
	Pos pos; // the '('
} ParamList;
}
%type params {ParamList}
params(A) ::= params_open(O) RPAREN. { ctx_pop(p); A = (ParamList){{0}, O}; }
params(A) ::= params_open(O) param_list(L) comma_opt RPAREN. {
	ctx_pop(p); A = (ParamList){group_params(p, L), O};
}
%type params_open {Pos}
params_open(A) ::= LPAREN(L). { ctx_push(p, CTX_PARAMS); A = L.pos; }

%type param_list {Vec}
param_list(A) ::= param(X). { A = list_of(X); }
param_list(A) ::= param_list(L) COMMA param(X). { A = L; list_push(&A, X); }
%type param {Node *}
param(A) ::= type(T). { A = mk_param(NULL, T); }
param(A) ::= IDENT(N) type(T). { A = mk_param(mk_ident(N), T); }
param(A) ::= IDENT(N) ELLIPSIS(E) type(T). {
	Node *e = new_node(ND_ELLIPSIS, E.pos); e->lhs = T; A = mk_param(mk_ident(N), e);
}
param(A) ::= ELLIPSIS(E) type(T). { Node *e = new_node(ND_ELLIPSIS, E.pos); e->lhs = T; A = mk_param(NULL, e); }

comma_opt ::= .
comma_opt ::= COMMA.

%type result {Vec}
result(A) ::= . [NOTPAREN] { A = (Vec){0}; }
result(A) ::= params(P). { A = P.list; }
result(A) ::= typename(T). { A = list_of(mk_param(NULL, T)); }
result(A) ::= typelit(T). { A = list_of(mk_param(NULL, T)); }
result(A) ::= recvchantype(T). { A = list_of(mk_param(NULL, T)); }

%type structtype {Node *}
structtype(A) ::= struct_open(S) field_list(L) RBRACE. { ctx_pop(p); A = S; *node_list_mut(A) = L; }
%type struct_open {Node *}
struct_open(A) ::= STRUCT(S) any_lbrace. { ctx_push(p, CTX_STRUCT); A = new_node(ND_STRUCTTYPE, S.pos); }
any_lbrace ::= LBRACE.
any_lbrace ::= LBODY.

%type field_list {Vec}
field_list(A) ::= field_opt(F). { A = list_of(F); }
field_list(A) ::= field_list(L) SEMICOLON field_opt(F). { A = L; if (F) list_push(&A, F); }
%type field_opt {Node *}
field_opt(A) ::= . { A = NULL; }
field_opt(A) ::= ident_list(L) type(T) tag_opt(G). {
	A = new_node(ND_FIELD, ((Node *)L.data[0])->pos); node_ext_mut(A)->names = L; A->lhs = T; node_rare_mut(A)->tag = G;
}
field_opt(A) ::= IDENT(N) LBRACK(L) targs(X) RBRACK type(T) tag_opt(G). {
	A = new_node(ND_FIELD, N.pos); node_ext_mut(A)->names = list_of(mk_ident(N)); A->lhs = mk_arraytype(p, L, X, T); node_rare_mut(A)->tag = G;
}
field_opt(A) ::= IDENT(N) LBRACK(L) RBRACK type(T) tag_opt(G). {
	A = new_node(ND_FIELD, N.pos); node_ext_mut(A)->names = list_of(mk_ident(N));
	A->lhs = new_node(ND_ARRAYTYPE, L.pos); A->lhs->lhs = T; node_rare_mut(A)->tag = G;
}
field_opt(A) ::= typename(T) tag_opt(G). { A = new_node(ND_FIELD, T->pos); A->lhs = T; node_ext_mut(A)->embedded = true; node_rare_mut(A)->tag = G; }
field_opt(A) ::= MUL(S) typename(T) tag_opt(G). {
	A = new_node(ND_FIELD, S.pos); A->lhs = new_short_node(ND_STAR, S.pos); A->lhs->lhs = T; node_ext_mut(A)->embedded = true; node_rare_mut(A)->tag = G;
}
%type tag_opt {Node *}
tag_opt(A) ::= . { A = NULL; }
tag_opt(A) ::= STRING(S). { A = mk_lit(ND_STRLIT, S); }

%type interfacetype {Node *}
interfacetype(A) ::= iface_open(I) method_list(L) RBRACE. { ctx_pop(p); A = I; *node_list_mut(A) = L; }
%type iface_open {Node *}
iface_open(A) ::= INTERFACE(I) any_lbrace. { ctx_push(p, CTX_IFACE); A = new_node(ND_INTERFACETYPE, I.pos); }
%type method_list {Vec}
method_list(A) ::= method_opt(F). { A = list_of(F); }
method_list(A) ::= method_list(L) SEMICOLON method_opt(F). { A = L; if (F) list_push(&A, F); }
%type method_opt {Node *}
method_opt(A) ::= . { A = NULL; }
method_opt(A) ::= IDENT(N) signature(S). {
	A = new_node(ND_FIELD, N.pos); node_ext_mut(A)->names = list_of(mk_ident(N)); A->lhs = S; S->pos = N.pos;
}
method_opt(A) ::= constraint(T). { A = new_node(ND_FIELD, T->pos); A->lhs = T; node_ext_mut(A)->embedded = true; }

// ---------------------------------------------------------------- statements

%type block {Node *}
block(A) ::= block_open(B) stmt_list(L) RBRACE(R). { ctx_pop(p); A = B; *node_list_mut(A) = L; A->pos2 = R.pos; }
%type block_open {Node *}
block_open(A) ::= LBRACE(L). { ctx_push(p, CTX_BLOCK); A = new_node(ND_BLOCK, L.pos); }

// The body of if/for/switch/select: tells the lexer the header is over.
%type body_open {Node *}
body_open(A) ::= LBODY(L). {
	lexer_body_opened(&p->lex, L.depth);
	ctx_pop_header(p);
	ctx_push(p, CTX_BLOCK);
	A = new_node(ND_BLOCK, L.pos);
}
%type body {Node *}
body(A) ::= body_open(B) stmt_list(L) RBRACE(R). { ctx_pop(p); A = B; *node_list_mut(A) = L; A->pos2 = R.pos; }

%type stmt_list {Vec}
stmt_list(A) ::= stmt(S). { A = list_of(S); }
stmt_list(A) ::= stmt_list(L) SEMICOLON stmt(S). { A = L; if (S) list_push(&A, S); }

%type stmt {Node *}
stmt(A) ::= . { A = NULL; }
stmt(A) ::= declstmt(S). { A = S; }
stmt(A) ::= simple_stmt(S). { A = S; }
stmt(A) ::= block(S). { A = S; }
stmt(A) ::= if_stmt(S). { A = S; }
stmt(A) ::= for_stmt(S). { A = S; }
stmt(A) ::= switch_stmt(S). { A = S; }
stmt(A) ::= select_stmt(S). { A = S; }
stmt(A) ::= IDENT(N) label_colon stmt(S). {
	A = new_node(ND_LABELED, N.pos); A->name = tok_str(N);
	A->lhs = S ? S : new_node(ND_EMPTY, p->tok.pos);
}
stmt(A) ::= GO(K) primary_expr(X). { A = mk_callstmt(ND_GO, K, X); }
stmt(A) ::= DEFER(K) primary_expr(X). { A = mk_callstmt(ND_DEFER, K, X); }
stmt(A) ::= RETURN(K). { A = new_short_node(ND_RETURN, K.pos); }
stmt(A) ::= RETURN(K) expr_list(L). { A = new_node(ND_RETURN, K.pos); *node_list_mut(A) = L; }
stmt(A) ::= BREAK(K). { A = new_node(ND_BREAK, K.pos); }
stmt(A) ::= BREAK(K) IDENT(N). { A = new_node(ND_BREAK, K.pos); A->name = tok_str(N); A->pos2 = N.pos; }
stmt(A) ::= CONTINUE(K). { A = new_node(ND_CONTINUE, K.pos); }
stmt(A) ::= CONTINUE(K) IDENT(N). { A = new_node(ND_CONTINUE, K.pos); A->name = tok_str(N); A->pos2 = N.pos; }
stmt(A) ::= GOTO(K) IDENT(N). { A = new_node(ND_GOTO, K.pos); A->name = tok_str(N); A->pos2 = N.pos; }
stmt(A) ::= FALLTHROUGH(K). { A = new_node(ND_FALLTHROUGH, K.pos); }

label_colon ::= COLON(C). { p->label_colon = C.pos; p->label_colon_tok = p->ntokens - 1; }

%type simple_stmt {Node *}
simple_stmt(A) ::= expr_list(L). { A = mk_exprstmt(p, L); }
simple_stmt(A) ::= expr(X) ARROW(O) expr(V). { A = new_node(ND_SEND, O.pos); A->lhs = X; A->rhs = V; }
simple_stmt(A) ::= expr(X) INC(O). { A = new_short_node(ND_INCDEC, O.pos); A->lhs = X; A->op = OP_INC; }
simple_stmt(A) ::= expr(X) DEC(O). { A = new_short_node(ND_INCDEC, O.pos); A->lhs = X; A->op = OP_DEC; }
simple_stmt(A) ::= expr_list(L) ASSIGN(O) expr_list(R). {
	A = new_node(ND_ASSIGN, O.pos); *node_list_mut(A) = L; A->rlist = R; A->op = OP_ASSIGN;
}
simple_stmt(A) ::= expr_list(L) DEFINE(O) expr_list(R). {
	A = new_node(ND_DEFINE, O.pos); *node_list_mut(A) = L; A->rlist = R;
}
simple_stmt(A) ::= expr(L) assign_op(O) expr(R). {
	A = new_node(ND_ASSIGN, O.pos); *node_list_mut(A) = list_of(L); A->rlist = list_of(R);
	A->op = op_of_token(O.kind);
}

%type assign_op {Token}
assign_op(A) ::= ADD_ASSIGN(O). { A = O; }
assign_op(A) ::= SUB_ASSIGN(O). { A = O; }
assign_op(A) ::= MUL_ASSIGN(O). { A = O; }
assign_op(A) ::= QUO_ASSIGN(O). { A = O; }
assign_op(A) ::= REM_ASSIGN(O). { A = O; }
assign_op(A) ::= AND_ASSIGN(O). { A = O; }
assign_op(A) ::= OR_ASSIGN(O). { A = O; }
assign_op(A) ::= XOR_ASSIGN(O). { A = O; }
assign_op(A) ::= SHL_ASSIGN(O). { A = O; }
assign_op(A) ::= SHR_ASSIGN(O). { A = O; }
assign_op(A) ::= AND_NOT_ASSIGN(O). { A = O; }

%type simple_opt {Node *}
simple_opt(A) ::= . { A = NULL; }
simple_opt(A) ::= simple_stmt(S). { A = S; }

// The keywords of statements with headers push a context for error
// wording; body_open pops it.
%type if_kw {Token}
if_kw(A) ::= IF(K). { ctx_push(p, CTX_IF_HEADER); A = K; }
%type for_kw {Token}
for_kw(A) ::= FOR(K). { ctx_push(p, CTX_FOR_HEADER); A = K; }
%type switch_kw {Token}
switch_kw(A) ::= SWITCH(K). { ctx_push(p, CTX_SWITCH_HEADER); A = K; }

%type if_stmt {Node *}
if_stmt(A) ::= if_kw(K) simple_stmt(C) body(T) else_opt(E). { A = mk_if(p, K, NULL, C, T, E); }
if_stmt(A) ::= if_kw(K) simple_opt(I) SEMICOLON simple_stmt(C) body(T) else_opt(E). { A = mk_if(p, K, I, C, T, E); }
if_stmt(A) ::= if_kw(K) simple_opt(I) SEMICOLON body(T) else_opt(E). { A = mk_if(p, K, I, NULL, T, E); }
if_stmt(A) ::= if_kw(K) body(T) else_opt(E). { A = mk_if(p, K, NULL, NULL, T, E); }
%type else_opt {Node *}
else_opt(A) ::= . { A = NULL; }
else_opt(A) ::= ELSE if_stmt(S). { A = S; }
else_opt(A) ::= ELSE block(B). { A = B; }

%type for_stmt {Node *}
for_stmt(A) ::= for_kw(K) body(B). { A = mk_for(p, K, NULL, NULL, NULL, B); }
for_stmt(A) ::= for_kw(K) simple_stmt(C) body(B). { A = mk_for(p, K, NULL, C, NULL, B); }
for_stmt(A) ::= for_kw(K) simple_opt(I) SEMICOLON simple_opt(C) SEMICOLON simple_opt(S) body(B). {
	A = mk_for(p, K, I, C, S, B);
}
for_stmt(A) ::= for_kw(K) RANGE(R) expr(X) body(B). { A = mk_range(K, R, (Vec){0}, false, X); node_ext_mut(A)->body = B; }
for_stmt(A) ::= for_kw(K) expr_list(L) DEFINE RANGE(R) expr(X) body(B). { A = mk_range(K, R, L, true, X); node_ext_mut(A)->body = B; }
for_stmt(A) ::= for_kw(K) expr_list(L) ASSIGN RANGE(R) expr(X) body(B). { A = mk_range(K, R, L, false, X); node_ext_mut(A)->body = B; }

%type switch_stmt {Node *}
switch_stmt(A) ::= switch_kw(K) switch_body(B). { A = mk_switch(p, K, NULL, NULL, B); }
switch_stmt(A) ::= switch_kw(K) simple_stmt(T) switch_body(B). { A = mk_switch(p, K, NULL, T, B); }
switch_stmt(A) ::= switch_kw(K) simple_opt(I) SEMICOLON simple_opt(T) switch_body(B). { A = mk_switch(p, K, I, T, B); }
%type switch_body {Node *}
switch_body(A) ::= body_open(B) case_list(L) RBRACE(R). { ctx_pop(p); A = B; *node_list_mut(A) = L; A->pos2 = R.pos; }
%type case_list {Vec}
case_list(A) ::= . { A = (Vec){0}; }
case_list(A) ::= case_list(L) case_clause(C). { A = L; list_push(&A, C); }
%type case_clause {Node *}
case_clause(A) ::= case_kw(K) arg_list(L) case_colon stmt_list(S). { A = new_node(ND_CASE, K.pos); *node_list_mut(A) = L; node_ext_mut(A)->body = new_node(ND_BLOCK, K.pos); *node_list_mut(node_ext(A)->body) = S; }
case_clause(A) ::= DEFAULT(K) COLON stmt_list(S). { A = new_node(ND_CASE, K.pos); node_ext_mut(A)->body = new_node(ND_BLOCK, K.pos); *node_list_mut(node_ext(A)->body) = S; }

%type case_kw {Token}
case_kw(A) ::= CASE(K). { ctx_push(p, CTX_CASE); A = K; }
case_colon ::= COLON. { ctx_pop(p); }

%type select_stmt {Node *}
select_stmt(A) ::= SELECT(K) body_open comm_list(L) RBRACE. { ctx_pop(p); A = new_node(ND_SELECT, K.pos); *node_list_mut(A) = L; }
%type comm_list {Vec}
comm_list(A) ::= . { A = (Vec){0}; }
comm_list(A) ::= comm_list(L) comm_clause(C). { A = L; list_push(&A, C); }
%type comm_clause {Node *}
comm_clause(A) ::= case_kw(K) simple_stmt(S) case_colon stmt_list(L). {
	A = new_node(ND_COMMCLAUSE, K.pos); A->lhs = S; node_ext_mut(A)->body = new_node(ND_BLOCK, K.pos); *node_list_mut(node_ext(A)->body) = L;
}
comm_clause(A) ::= DEFAULT(K) COLON stmt_list(L). {
	A = new_node(ND_COMMCLAUSE, K.pos); node_ext_mut(A)->body = new_node(ND_BLOCK, K.pos); *node_list_mut(node_ext(A)->body) = L;
}

// ---------------------------------------------------------------- expressions

%type expr_list {Vec}
expr_list(A) ::= expr(X). { A = list_of(X); }
expr_list(A) ::= expr_list(L) COMMA expr(X). { A = L; list_push(&A, X); }

%type expr {Node *}
expr(A) ::= primary_expr(X). { A = X; }
// Unary operators bind tighter than any binary one (UNARY) and looser
// than the postfix ones of primary_expr: -x.f is -(x.f), -x*y is (-x)*y.
expr(A) ::= ADD(O) expr(X). [UNARY] { A = mk_unary(O, X); }
expr(A) ::= SUB(O) expr(X). [UNARY] { A = mk_unary(O, X); }
expr(A) ::= NOT(O) expr(X). [UNARY] { A = mk_unary(O, X); }
expr(A) ::= XOR(O) expr(X). [UNARY] { A = mk_unary(O, X); }
expr(A) ::= AND(O) expr(X). [UNARY] { A = mk_unary(O, X); }
expr(A) ::= ARROW(O) expr(X). [UNARY] { A = mk_unary(O, X); }
expr(A) ::= MUL(O) expr(X). [UNARY] { A = new_short_node(ND_STAR, O.pos); A->lhs = X; }
expr(A) ::= expr(X) LOR(O) expr(Y). { A = mk_binary(X, O, Y); }
expr(A) ::= expr(X) LAND(O) expr(Y). { A = mk_binary(X, O, Y); }
expr(A) ::= expr(X) EQL(O) expr(Y). { A = mk_binary(X, O, Y); }
expr(A) ::= expr(X) NEQ(O) expr(Y). { A = mk_binary(X, O, Y); }
expr(A) ::= expr(X) LSS(O) expr(Y). { A = mk_binary(X, O, Y); }
expr(A) ::= expr(X) LEQ(O) expr(Y). { A = mk_binary(X, O, Y); }
expr(A) ::= expr(X) GTR(O) expr(Y). { A = mk_binary(X, O, Y); }
expr(A) ::= expr(X) GEQ(O) expr(Y). { A = mk_binary(X, O, Y); }
expr(A) ::= expr(X) ADD(O) expr(Y). { A = mk_binary(X, O, Y); }
expr(A) ::= expr(X) SUB(O) expr(Y). { A = mk_binary(X, O, Y); }
expr(A) ::= expr(X) OR(O) expr(Y). { A = mk_binary(X, O, Y); }
expr(A) ::= expr(X) XOR(O) expr(Y). { A = mk_binary(X, O, Y); }
expr(A) ::= expr(X) MUL(O) expr(Y). { A = mk_binary(X, O, Y); }
expr(A) ::= expr(X) QUO(O) expr(Y). { A = mk_binary(X, O, Y); }
expr(A) ::= expr(X) REM(O) expr(Y). { A = mk_binary(X, O, Y); }
expr(A) ::= expr(X) SHL(O) expr(Y). { A = mk_binary(X, O, Y); }
expr(A) ::= expr(X) SHR(O) expr(Y). { A = mk_binary(X, O, Y); }
expr(A) ::= expr(X) AND(O) expr(Y). { A = mk_binary(X, O, Y); }
expr(A) ::= expr(X) AND_NOT(O) expr(Y). { A = mk_binary(X, O, Y); }

%type primary_expr {Node *}
primary_expr(A) ::= primary_expr(X) PERIOD(D) IDENT(N). {
	A = new_node(ND_SELECTOR, D.pos); A->lhs = X; A->name = tok_str(N); A->pos2 = N.pos;
}
primary_expr(A) ::= primary_expr(X) PERIOD(D) LPAREN type(T) RPAREN. {
	A = new_short_node(ND_TYPEASSERT, D.pos); A->lhs = X; A->rhs = T;
}
primary_expr(A) ::= primary_expr(X) PERIOD(D) LPAREN TYPE RPAREN. { A = new_short_node(ND_TYPEASSERT, D.pos); A->lhs = X; }
primary_expr(A) ::= primary_expr(X) LBRACK(L) expr(I) RBRACK. { A = new_short_node(ND_INDEX, L.pos); A->lhs = X; A->rhs = I; }
primary_expr(A) ::= primary_expr(X) LBRACK(L) expr(I) COMMA targs(R) RBRACK. {
	Vec all = list_of(I); list_append(&all, R); A = mk_index(X, L, all);
}
primary_expr(A) ::= primary_expr(X) LBRACK(L) expr_opt(LO) COLON expr_opt(HI) RBRACK. {
	A = new_node(ND_SLICEEXPR, L.pos); A->lhs = X; node_rare_mut(A)->lo = LO; node_rare_mut(A)->hi = HI;
}
primary_expr(A) ::= primary_expr(X) LBRACK(L) expr_opt(LO) COLON expr(HI) COLON expr(MAX) RBRACK. {
	A = new_node(ND_SLICEEXPR, L.pos); A->lhs = X; node_rare_mut(A)->lo = LO; node_rare_mut(A)->hi = HI; node_rare_mut(A)->max = MAX; node_ext_mut(A)->slice3 = true;
}
primary_expr(A) ::= primary_expr(X) call_open(C) call_args(L) RPAREN(R). {
	ctx_pop(p); A = C; A->lhs = X; *node_list_mut(A) = L.list; A->has_dots = L.has_dots; A->pos2 = R.pos;
}
// Type literals are operands too: conversions []byte(s), chan int(c),
// func() int(f); method expressions interface{ M() }.M; composite literals.
primary_expr(A) ::= littype(T). [NOTBODY] { A = T; }
primary_expr(A) ::= functype(T). [NOTBODY] { A = T; }
primary_expr(A) ::= interfacetype(T). { A = T; }
primary_expr(A) ::= CHAN(C) nonrecv_type(T). [CHANELEM] { A = new_node(ND_CHANTYPE, C.pos); A->lhs = T; }
primary_expr(A) ::= CHAN(C) ARROW type(T). { A = new_node(ND_CHANTYPE, C.pos); A->lhs = T; node_ext_mut(A)->chan_dir = 1; }
// Composite literals: a name or a type literal, then '{'. Only type
// literals may use a statement-body brace (see the header comment).
primary_expr(A) ::= primary_expr(T) lit_open(C) elements(L) RBRACE(R). {
	ctx_pop(p); A = C; A->lhs = T; *node_list_mut(A) = L; A->pos2 = R.pos;
}
primary_expr(A) ::= littype(T) lit_open_body(C) elements(L) RBRACE(R). {
	ctx_pop(p); A = C; A->lhs = T; *node_list_mut(A) = L; A->pos2 = R.pos;
}
primary_expr(A) ::= LBRACK(B) ELLIPSIS RBRACK type(E) lit_open_any(C) elements(L) RBRACE(R). {
	ctx_pop(p); A = C; A->lhs = new_node(ND_ARRAYTYPE, B.pos); A->lhs->lhs = E; node_ext_mut(A->lhs)->is_dotdotdot = true;
	*node_list_mut(A) = L; A->pos2 = R.pos;
}

%type call_open {Node *}
call_open(A) ::= LPAREN(L). { ctx_push(p, CTX_ARGS); A = new_node(ND_CALL, L.pos); }
%type lit_open {Node *}
lit_open(A) ::= LBRACE(L). { ctx_push(p, CTX_COMPLIT); A = new_node(ND_COMPOSITE, L.pos); }
%type lit_open_any {Node *}
lit_open_any(A) ::= lit_open(C). { A = C; }
lit_open_any(A) ::= lit_open_body(C). { A = C; }
%type lit_open_body {Node *}
lit_open_body(A) ::= LBODY(L). { ctx_push(p, CTX_COMPLIT); A = new_node(ND_COMPOSITE, L.pos); }

%include {
typedef struct CallArgs {
	Vec list;
	bool has_dots;
} CallArgs;
}
%type call_args {CallArgs}
call_args(A) ::= . { A = (CallArgs){{0}, false}; }
call_args(A) ::= arg_list(L) comma_opt. { A = (CallArgs){L, false}; }
call_args(A) ::= arg_list(L) ELLIPSIS comma_opt. { A = (CallArgs){L, true}; }

// Arguments may be types (make, new, conversions).
%type arg_list {Vec}
arg_list(A) ::= expr(X). { A = list_of(X); }
arg_list(A) ::= nonexpr_type(X). { A = list_of(X); }
arg_list(A) ::= arg_list(L) COMMA expr(X). { A = L; list_push(&A, X); }
arg_list(A) ::= arg_list(L) COMMA nonexpr_type(X). { A = L; list_push(&A, X); }

// Types that are not also expressions.
%type nonexpr_type {Node *}
nonexpr_type(A) ::= recvchantype(T). { A = T; }
nonexpr_type(A) ::= MUL(S) nonexpr_type(T). { A = new_short_node(ND_STAR, S.pos); A->lhs = T; }

%type expr_opt {Node *}
expr_opt(A) ::= . { A = NULL; }
expr_opt(A) ::= expr(X). { A = X; }

// Operands: literals, names, parenthesized expressions, function literals.
primary_expr(A) ::= INT(T). { A = mk_lit(ND_INTLIT, T); }
primary_expr(A) ::= FLOAT(T). { A = mk_lit(ND_FLOATLIT, T); }
primary_expr(A) ::= IMAG(T). { A = mk_lit(ND_IMAGLIT, T); }
primary_expr(A) ::= CHAR(T). { A = mk_lit(ND_RUNELIT, T); }
primary_expr(A) ::= STRING(T). { A = mk_lit(ND_STRLIT, T); }
primary_expr(A) ::= IDENT(T). { A = mk_ident(T); }
primary_expr(A) ::= paren_open(L) expr(X) RPAREN. { ctx_pop(p); A = L; A->lhs = X; }
primary_expr(A) ::= paren_open(L) nonexpr_type(X) RPAREN. { ctx_pop(p); A = L; A->lhs = X; }
%type paren_open {Node *}
paren_open(A) ::= LPAREN(L). { ctx_push(p, CTX_PAREN); A = new_short_node(ND_PAREN, L.pos); }
primary_expr(A) ::= FUNC(F) signature(S) funclit_open stmt_list(L) RBRACE(R). {
	ctx_pop(p);
	A = new_node(ND_FUNCLIT, F.pos); A->lhs = S; S->pos = F.pos;
	node_ext_mut(A)->body = new_node(ND_BLOCK, F.pos); *node_list_mut(node_ext(A)->body) = L; node_ext(A)->body->pos2 = R.pos;
}
funclit_open ::= LBRACE. { ctx_push(p, CTX_BLOCK); }
funclit_open ::= LBODY. { ctx_push(p, CTX_BLOCK); }

%type elements {Vec}
elements(A) ::= . { A = (Vec){0}; }
elements(A) ::= element_list(L) comma_opt. { A = L; }
%type element_list {Vec}
element_list(A) ::= keyed_element(X). { A = list_of(X); }
element_list(A) ::= element_list(L) COMMA keyed_element(X). { A = L; list_push(&A, X); }
%type keyed_element {Node *}
keyed_element(A) ::= element(X). { A = X; }
keyed_element(A) ::= element(K) COLON(C) element(V). { A = new_short_node(ND_KEYVAL, C.pos); A->lhs = K; A->rhs = V; }
%type element {Node *}
element(A) ::= expr(X). { A = X; }
element(A) ::= lit_open(C) elements(L) RBRACE(R). { ctx_pop(p); A = C; *node_list_mut(A) = L; A->pos2 = R.pos; }

%code {
// A parser state stack, read from the live parser or from a saved copy.
typedef struct States {
	const yyStackEntry *live;
	const int *saved;
	int n;
} States;

static int state_at(const States *s, int i) {
	return s->live ? s->live[i].stateno : s->saved[i];
}

// Whether a parser whose state stack is s would shift token tok (after
// the reductions tok causes), simulated with lemon's own tables. The
// stack is not copied: the simulation reads s below `base` (the lowest
// entry a reduction replaced) and its own pushes from `over`, so a check
// costs the reductions it simulates, not the depth of the stack.
static bool accepts(const States *s, int tok) {
	int top = s->n - 1, base = s->n, cap = 64, nover = 0;
	int local[64]; // runs once per token: no allocation unless it grows
	int *over = local;
	bool ok = false;
	for (int steps = 0; steps < 100000; steps++) {
		int cur = top >= base ? over[top - base] : state_at(s, top);
		YYACTIONTYPE act = yy_find_shift_action((YYCODETYPE)tok, (YYACTIONTYPE)cur);
		if (act < YY_MIN_REDUCE) {
			ok = act <= YY_MAX_SHIFTREDUCE || act == YY_ACCEPT_ACTION;
			break;
		}
		unsigned rule = act - YY_MIN_REDUCE;
		top += yyRuleInfoNRhs[rule];
		if (top < 0)
			break;
		int below = top >= base ? over[top - base] : state_at(s, top);
		YYACTIONTYPE go = yy_find_reduce_action((YYACTIONTYPE)below, yyRuleInfoLhs[rule]);
		if (++top < base)
			base = top;
		nover = top - base + 1;
		if (nover > cap) {
			cap = 2 * nover;
			int *bigger = xmalloc(sizeof(int) * (size_t)cap);
			memcpy(bigger, over, sizeof(int) * (size_t)(nover - 1));
			if (over != local)
				free(over);
			over = bigger;
		}
		over[top - base] = go;
	}
	if (over != local)
		free(over);
	return ok;
}

void parser_snapshot(void *parser, ParseCtx *p) {
	yyParser *P = parser;
	States live = {P->yystack, NULL, (int)(P->yytos - P->yystack) + 1};
	p->nsnap = 0;
	if (accepts(&live, p->tok.kind))
		return; // no syntax error at this token: nothing to save
	if (live.n > p->capsnap) {
		free(p->snap);
		p->capsnap = live.n * 2;
		p->snap = xmalloc(sizeof(int) * (size_t)p->capsnap);
	}
	for (int i = 0; i < live.n; i++)
		p->snap[i] = P->yystack[i].stateno;
	p->nsnap = live.n;
}

typedef struct Expected {
	bool tok[YYNTOKEN];
	int n, only;
} Expected;

static Expected expected(const States *s) {
	Expected e = {{false}, 0, 0};
	for (int k = 1; k < YYNTOKEN; k++) {
		if (accepts(s, k)) {
			e.tok[k] = true;
			e.n++;
			e.only = k;
		}
	}
	return e;
}

static bool is_header(ListContext c) {
	return c == CTX_IF_HEADER || c == CTX_FOR_HEADER || c == CTX_SWITCH_HEADER;
}

// Chooses Go's wording for the syntax error at the current token. The
// expected tokens are computed after lemon's default reductions (post)
// and, for a few cases, before them (pre).
static void parser_syntax_error(ParseCtx *p, yyParser *P, int major) {
	if (p->failed)
		return;
	if (p->lazy) { // no snapshot to word it with: parse_file parses again
		p->redo = true;
		p->failed = true;
		return;
	}
	States live = {P->yystack, NULL, (int)(P->yytos - P->yystack) + 1};
	States saved = {NULL, p->snap, p->nsnap};
	Expected post = expected(&live), pre = expected(&saved);
	bool *acc = post.tok;
	bool body = acc[TK_LBODY] || pre.tok[TK_LBODY], semi = acc[TK_SEMICOLON] || pre.tok[TK_SEMICOLON];
	if (acc[TK_LBODY]) { // a '{' is not "expected" as such
		acc[TK_LBODY] = false;
		post.n--;
	}

	Pos pos = p->tok.pos;
	ListContext c = p->nctx ? (ListContext)p->ctx[p->nctx - 1] : CTX_TOP;
	static const struct { const char *what; int sep, close; } lists[CTX_COUNT] = {
		[CTX_ARGS] = {"argument list", TK_COMMA, TK_RPAREN},
		[CTX_COMPLIT] = {"composite literal", TK_COMMA, TK_RBRACE},
		[CTX_PARAMS] = {"parameter list", TK_COMMA, TK_RPAREN},
		[CTX_STRUCT] = {"struct type", TK_SEMICOLON, TK_RBRACE},
		[CTX_IFACE] = {"interface type", TK_SEMICOLON, TK_RBRACE},
		[CTX_GROUP] = {"grouped declaration", TK_SEMICOLON, TK_RPAREN},
	};
	static const char *after_header[CTX_COUNT] = {
		[CTX_IF_HEADER] = "expecting { after if clause",
		[CTX_FOR_HEADER] = "expecting { after for clause",
		[CTX_SWITCH_HEADER] = NULL,
	};
	// Go's statement list stops at a token that cannot start a statement
	// and then wants the closing brace.
	bool stmt_start = p->prev_kind == TK_SEMICOLON || p->prev_kind == TK_LBRACE ||
	                  p->prev_kind == TK_LBODY || p->prev_kind == TK_COLON;

	if (p->ntokens == 1 || p->prev_kind == TK_PACKAGE) {
		// The go command reads the package clause first, with go/parser.
		const Token *t = &p->tok;
		bool spelled = t->kind == TK_IDENT || (t->kind >= TK_INT && t->kind <= TK_STRING);
		error_at(pos, "expected '%s', found %s", p->ntokens == 1 ? "package" : "IDENT",
		         spelled ? xstrndup(t->text, t->len) : xasprintf("'%s'", token_name(t->kind)));
		p->failed = true;
	} else if (p->prev_kind == TK_IMPORT && major != TK_STRING) {
		const Token *t = &p->tok;
		error_at(pos, "expected 'STRING', found %s",
		         t->kind == TK_IDENT ? xstrndup(t->text, t->len) : xasprintf("'%s'", token_name(t->kind)));
		p->failed = true;
	} else if (p->label_colon_tok == p->ntokens - 1 && major != TK_RBRACE) {
		syntax_error_plain(p, p->label_colon, "missing statement after label");
	} else if (c == CTX_TOP && p->prev_kind == TK_SEMICOLON && major != TK_IMPORT) {
		Node *d = p->last_decl;
		if ((major == TK_LBRACE || major == TK_LBODY) && d && d->kind == ND_FUNCDECL && !node_ext(d)->body)
			syntax_error_plain(p, pos, "unexpected semicolon or newline before {");
		else
			syntax_error_plain(p, pos, "non-declaration statement outside function body");
	} else if (c == CTX_TOP && acc[TK_SEMICOLON]) {
		syntax_error_at(p, pos, "after top level declaration");
	} else if (lists[c].what && major == 0 && acc[lists[c].close]) {
		syntax_error_at(p, pos, xasprintf("expecting %s", token_name(lists[c].close)));
	} else if (lists[c].what && (acc[lists[c].sep] || acc[lists[c].close])) {
		syntax_error_at(p, pos, xasprintf("in %s; possibly missing %s or %s", lists[c].what,
		                                  token_name(lists[c].sep), token_name(lists[c].close)));
	} else if (is_header(c) && (p->prev_kind == TK_SEMICOLON || p->prev_kind == TK_IF ||
	                            p->prev_kind == TK_FOR || p->prev_kind == TK_SWITCH)) {
		// Go parses a statement there whatever comes
		syntax_error_at(p, pos, "expecting expression");
	} else if (is_header(c) && body && semi) {
		syntax_error_at(p, pos, "expecting {");
	} else if (is_header(c) && body) {
		if (after_header[c])
			syntax_error_at(p, pos, after_header[c]);
		else
			syntax_error_plain(p, pos, "missing { after switch clause");
	} else if (c == CTX_FOR_HEADER && acc[TK_SEMICOLON]) {
		syntax_error_at(p, pos, "expecting semicolon or newline");
	} else if (c == CTX_TYPESPEC && (p->prev_kind == TK_IDENT || p->prev_kind == TK_ASSIGN) && pre.tok[TK_MAP]) {
		syntax_error_at(p, pos, "in type declaration");
	} else if (c == CTX_PAREN && acc[TK_RPAREN]) {
		syntax_error_at(p, pos, "expecting )");
	} else if (c == CTX_CASE && acc[TK_COLON]) {
		syntax_error_at(p, pos, "expecting :");
	} else if (post.n == 1 && post.only == TK_COLON && pre.tok[TK_RBRACK]) {
		syntax_error_at(p, pos, "expecting comma, : or ]");
	} else if (c == CTX_BLOCK && acc[TK_SEMICOLON] && !acc[TK_IDENT]) {
		syntax_error_at(p, pos, stmt_start || major == 0 ? "expecting }" : "at end of statement");
	} else if (post.n == 1 && pre.tok[TK_IDENT] && pre.tok[TK_INT]) {
		syntax_error_at(p, pos, "expecting expression");
	} else if (post.n == 1) {
		syntax_error_at(p, pos, xasprintf("expecting %s", token_name(post.only)));
	} else if (post.n == 2 && acc[TK_IDENT] && acc[TK_LPAREN] && p->prev_kind == TK_IMPORT) {
		syntax_error_plain(p, pos, "missing import path");
	} else if (post.n == 2 && acc[TK_IDENT] && acc[TK_LPAREN] &&
	           (p->prev_kind == TK_VAR || p->prev_kind == TK_CONST || p->prev_kind == TK_TYPE)) {
		syntax_error_at(p, pos, "expecting name");
	} else if (post.n == 2 && acc[TK_IDENT] && acc[TK_LPAREN]) {
		syntax_error_at(p, pos, "expecting name or (");
	} else if (acc[TK_IDENT] && acc[TK_INT] && acc[TK_FUNC] && !acc[TK_RBRACE]) {
		syntax_error_at(p, pos, "expecting expression");
	} else if (acc[TK_MAP] && acc[TK_CHAN]) {
		syntax_error_at(p, pos, "expecting type");
	} else if (acc[TK_IDENT] && post.n <= 3) {
		syntax_error_at(p, pos, "expecting name");
	} else if (c == CTX_BLOCK && acc[TK_CASE] && acc[TK_DEFAULT] && acc[TK_RBRACE]) {
		syntax_error_at(p, pos, "expecting case or default or }");
	} else if (c == CTX_BLOCK && acc[TK_RBRACE]) {
		syntax_error_at(p, pos, "expecting }");
	} else if (acc[TK_RPAREN] || acc[TK_RBRACK]) {
		syntax_error_at(p, pos, acc[TK_RPAREN] ? "expecting )" : "expecting ]");
	} else {
		syntax_error_at(p, pos, "");
	}
}
}

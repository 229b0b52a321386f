// parse.c - parse_file: drives the lexer and the lemon parser, and holds
// the node-building helpers of the grammar actions (parse.h) that need
// more than a line: parameter grouping, statement headers, constant spec
// repetition, syntax error wording.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "frontend.h"
#include "parse.h"
#include "parser.h"

void *GoParserAlloc(void *(*malloc_fn)(size_t));
void GoParser(void *parser, int major, Token minor, ParseCtx *p);
void GoParserFree(void *parser, void (*free_fn)(void *));

void ctx_push(ParseCtx *p, ListContext c) {
	if (p->nctx == p->capctx) {
		p->capctx = p->capctx ? p->capctx * 2 : 32;
		int *bigger = xmalloc(sizeof(int) * (size_t)p->capctx);
		if (p->ctx) {
			memcpy(bigger, p->ctx, sizeof(int) * (size_t)p->nctx);
			free(p->ctx);
		}
		p->ctx = bigger;
	}
	p->ctx[p->nctx++] = c;
}

void ctx_pop(ParseCtx *p) {
	if (p->nctx > 1)
		p->nctx--;
}

void ctx_pop_header(ParseCtx *p) {
	int top = p->ctx[p->nctx - 1];
	if (top == CTX_IF_HEADER || top == CTX_FOR_HEADER || top == CTX_SWITCH_HEADER)
		ctx_pop(p);
}

// How Go names the current token after "unexpected".
static char *token_desc(const Token *t) {
	switch (t->kind) {
	case TK_IDENT: case TK_SEMICOLON:
		return xstrndup(t->text, t->len);
	case TK_INT: case TK_FLOAT: case TK_IMAG: case TK_CHAR: case TK_STRING:
		return xasprintf("literal %.*s", (int)t->len, t->text);
	default:
		return xstrdup(token_name(t->kind));
	}
}

void syntax_error_plain(ParseCtx *p, Pos pos, const char *msg) {
	if (!p->failed)
		error_at(pos, "syntax error: %s", msg);
	p->failed = true;
}

// msg is "in ...", "at ...", "after ..." or "expecting ..." (or empty),
// appended to "unexpected X" like Go's parser does.
void syntax_error_at(ParseCtx *p, Pos pos, const char *msg) {
	if (p->failed)
		return;
	const char *sep = strncmp(msg, "expecting ", 10) == 0 ? ", " : *msg ? " " : "";
	error_at(pos, "syntax error: unexpected %s%s%s", token_desc(&p->tok), sep, msg);
	p->failed = true;
}

const char *tok_str(Token t) {
	return t.text;
}

Node *mk_ident(Token t) {
	Node *n = new_short_node(ND_IDENT, t.pos);
	n->name = tok_str(t);
	return n;
}

// A literal's spelling is read in the source text, which stays in memory
// (diag.h) until the compiler exits: no copy, and no NUL after it (litlen).
Node *mk_lit(NodeKind kind, Token t) {
	Node *n = kind == ND_IMPORT ? new_node(kind, t.pos) : new_short_node(kind, t.pos);
	n->lit = t.text;
	n->litlen = t.len;
	n->cval = t.cval;
	if (kind == ND_IMPORT && t.cval->kind == CV_STRING) {
		n->lit = t.cval->s;
		n->litlen = t.cval->slen;
	}
	return n;
}

Op op_of_token(int tk) {
	switch (tk) {
	case TK_ADD: case TK_ADD_ASSIGN: return OP_ADD;
	case TK_SUB: case TK_SUB_ASSIGN: return OP_SUB;
	case TK_MUL: case TK_MUL_ASSIGN: return OP_MUL;
	case TK_QUO: case TK_QUO_ASSIGN: return OP_DIV;
	case TK_REM: case TK_REM_ASSIGN: return OP_REM;
	case TK_AND: case TK_AND_ASSIGN: return OP_AND;
	case TK_OR: case TK_OR_ASSIGN: return OP_OR;
	case TK_XOR: case TK_XOR_ASSIGN: return OP_XOR;
	case TK_SHL: case TK_SHL_ASSIGN: return OP_SHL;
	case TK_SHR: case TK_SHR_ASSIGN: return OP_SHR;
	case TK_AND_NOT: case TK_AND_NOT_ASSIGN: return OP_ANDNOT;
	case TK_LAND: return OP_LAND;
	case TK_LOR: return OP_LOR;
	case TK_EQL: return OP_EQ;
	case TK_NEQ: return OP_NE;
	case TK_LSS: return OP_LT;
	case TK_LEQ: return OP_LE;
	case TK_GTR: return OP_GT;
	case TK_GEQ: return OP_GE;
	case TK_NOT: return OP_NOT;
	case TK_ARROW: return OP_ARROW;
	case TK_INC: return OP_INC;
	case TK_DEC: return OP_DEC;
	case TK_ASSIGN: return OP_ASSIGN;
	default: return OP_NONE;
	}
}

Node *mk_unary(Token op, Node *x) {
	Node *n = new_short_node(ND_UNARY, op.pos);
	n->op = op_of_token(op.kind);
	n->lhs = x;
	return n;
}

Node *mk_binary(Node *x, Token op, Node *y) {
	Node *n = new_short_node(ND_BINARY, op.pos);
	n->op = op_of_token(op.kind);
	n->lhs = x;
	n->rhs = y;
	return n;
}

// The parser's lists live in the arena, like the nodes: no malloc per
// list (most hold one or two items), none of malloc's slack. Such a Vec
// has cap 0, which tells vec_push to copy it before it grows it; its room
// here is len rounded up to a power of two. A list grows in place while
// it is the last one carved, as it is unless a list inside one of its
// items was started since: no abandoned smaller copies.
void list_push(Vec *v, void *x) {
	static Carver lists;
	if (v->cap) {
		vec_push(v, x);
		return;
	}
	size_t len = (size_t)v->len;
	if ((len & (len - 1)) == 0) { // full (0 and the powers of two)
		if (!len || !carve_extend(&lists, v->data + len, sizeof(void *) * len)) {
			void **data = carve(&lists, sizeof(void *) * (len ? 2 * len : 1));
			if (len)
				memcpy(data, v->data, sizeof(void *) * len);
			v->data = data;
		}
	}
	v->data[v->len++] = x;
}

void list_append(Vec *dst, Vec src) {
	for (int i = 0; i < src.len; i++)
		list_push(dst, src.data[i]);
}

Vec list_of(void *x) {
	Vec v = {0};
	if (x)
		list_push(&v, x);
	return v;
}

Node *mk_param(Node *name, Node *type) {
	Node *f = new_node(ND_FIELD, name ? name->pos : type->pos);
	if (name)
		list_push(&node_ext_mut(f)->names, name);
	f->lhs = type;
	return f;
}

Vec group_params(ParseCtx *p, Vec raw) {
	bool named = false;
	for (int i = 0; i < raw.len; i++)
		named |= node_ext(((Node *)raw.data[i]))->names.len > 0;
	if (!named)
		return raw;
	Vec out = {0}, pending = {0};
	Pos bad = {0};
	for (int i = 0; i < raw.len; i++) {
		Node *e = raw.data[i];
		if (node_ext(e)->names.len == 0) {
			if (e->lhs->kind == ND_IDENT)
				list_push(&pending, e->lhs);
			else if (!bad.line)
				bad = e->lhs->pos;
			continue;
		}
		Node *f = new_node(ND_FIELD, pending.len ? ((Node *)pending.data[0])->pos : e->pos);
		node_ext_mut(f)->names = pending;
		list_push(&node_ext_mut(f)->names, node_ext(e)->names.data[0]);
		f->lhs = e->lhs;
		list_push(&out, f);
		pending = (Vec){0};
	}
	if (pending.len && !bad.line)
		bad = ((Node *)pending.data[0])->pos;
	if (bad.line)
		syntax_error_plain(p, bad, "mixed named and unnamed parameters");
	return out;
}

Vec group_tparams(ParseCtx *p, Vec raw) {
	Vec out = group_params(p, raw);
	for (int i = 0; i < out.len; i++) {
		Node *f = out.data[i];
		if (!node_ext(f)->names.len) {
			syntax_error_plain(p, f->lhs->pos, "missing type constraint");
			break;
		}
	}
	return out;
}

Node *mk_union(Node *x, Node *y) {
	if (x->kind == ND_UNION) {
		list_push(node_list_mut(x), y);
		return x;
	}
	Node *u = new_node(ND_UNION, x->pos);
	list_push(node_list_mut(u), x);
	list_push(node_list_mut(u), y);
	return u;
}

Node *mk_index(Node *x, Token lbrack, Vec args) {
	// an instantiation F[A, B] has a list: not a short node
	Node *n = args.len > 1 ? new_node(ND_INDEX, lbrack.pos) : new_short_node(ND_INDEX, lbrack.pos);
	n->lhs = x;
	n->rhs = args.data[0];
	if (args.len > 1)
		*node_list_mut(n) = args;
	return n;
}

Node *mk_arraytype(ParseCtx *p, Token lbrack, Vec len, Node *elem) {
	Node *n = new_node(ND_ARRAYTYPE, lbrack.pos);
	node_rare_mut(n)->len = len.data[0];
	n->lhs = elem;
	if (len.len > 1)
		syntax_error_at(p, ((Node *)len.data[1])->pos, "expecting ]");
	return n;
}

static void print_expr(FILE *out, Node *n);

static void print_list(FILE *out, Vec v) {
	for (int i = 0; i < v.len; i++) {
		if (i)
			fputs(", ", out);
		print_expr(out, v.data[i]);
	}
}

// Go's rendering of expressions in syntax errors ("cannot use x := f(a)
// as value"); composite contents and bodies are elided.
static void print_expr(FILE *out, Node *n) {
	if (!n)
		return;
	switch (n->kind) {
	case ND_IDENT: fputs(n->name, out); break;
	case ND_INTLIT: case ND_FLOATLIT: case ND_IMAGLIT: case ND_RUNELIT: case ND_STRLIT:
		fwrite(n->lit, 1, n->litlen, out);
		break;
	case ND_SELECTOR: print_expr(out, n->lhs); fprintf(out, ".%s", n->name); break;
	case ND_CALL:
		print_expr(out, n->lhs);
		fputc('(', out);
		print_list(out, *node_list(n));
		fputs(n->has_dots ? "...)" : ")", out);
		break;
	case ND_INDEX: print_expr(out, n->lhs); fputc('[', out); print_expr(out, n->rhs); fputc(']', out); break;
	case ND_SLICEEXPR:
		print_expr(out, n->lhs);
		fputc('[', out);
		print_expr(out, node_rare(n)->lo);
		fputc(':', out);
		print_expr(out, node_rare(n)->hi);
		if (node_ext(n)->slice3) {
			fputc(':', out);
			print_expr(out, node_rare(n)->max);
		}
		fputc(']', out);
		break;
	case ND_TYPEASSERT:
		print_expr(out, n->lhs);
		fputs(".(", out);
		if (n->rhs)
			print_expr(out, n->rhs);
		else
			fputs("type", out);
		fputc(')', out);
		break;
	case ND_STAR: fputc('*', out); print_expr(out, n->lhs); break;
	case ND_UNARY: fputs(op_string(n->op), out); print_expr(out, n->lhs); break;
	case ND_BINARY:
		print_expr(out, n->lhs);
		fprintf(out, " %s ", op_string(n->op));
		print_expr(out, n->rhs);
		break;
	case ND_PAREN: fputc('(', out); print_expr(out, n->lhs); fputc(')', out); break;
	case ND_COMPOSITE: print_expr(out, n->lhs); fputs("{…}", out); break;
	case ND_FUNCLIT: fputs("func literal", out); break;
	case ND_ARRAYTYPE: fputc('[', out); print_expr(out, node_rare(n)->len); fputc(']', out); print_expr(out, n->lhs); break;
	case ND_MAPTYPE: fputs("map[", out); print_expr(out, n->lhs); fputc(']', out); print_expr(out, n->rhs); break;
	case ND_CHANTYPE: fputs(node_ext(n)->chan_dir == 2 ? "<-chan " : node_ext(n)->chan_dir ? "chan<- " : "chan ", out); print_expr(out, n->lhs); break;
	default: fputs("…", out); break;
	}
}

// How Go prints a simple statement used where a value was wanted.
static char *stmt_string(Node *s) {
	char *buf;
	size_t len;
	FILE *out = open_memstream(&buf, &len);
	switch (s->kind) {
	case ND_ASSIGN:
		if (s->op == OP_ASSIGN) {
			fputs("assignment (", out);
			print_list(out, *node_list(s));
			fputs(") = (", out);
			print_list(out, s->rlist);
			fputc(')', out);
		} else {
			print_list(out, *node_list(s));
			fprintf(out, " %s= ", op_string(s->op));
			print_list(out, s->rlist);
		}
		break;
	case ND_DEFINE: print_list(out, *node_list(s)); fputs(" := ", out); print_list(out, s->rlist); break;
	case ND_INCDEC: print_expr(out, s->lhs); fputs(op_string(s->op), out); break;
	case ND_SEND: print_expr(out, s->lhs); fputs(" <- ", out); print_expr(out, s->rhs); break;
	default: print_expr(out, s->lhs); break;
	}
	fclose(out);
	return buf;
}

// The condition of if/for is parsed as a simple statement (that is what
// the grammar can tell apart); it must be an expression.
static Node *header_expr(ParseCtx *p, Node *s) {
	if (!s)
		return NULL;
	if (s->kind == ND_EXPRSTMT)
		return s->lhs;
	syntax_error_plain(p, s->pos, xasprintf("cannot use %s as value", stmt_string(s)));
	return NULL;
}

Node *mk_if(ParseCtx *p, Token kw, Node *init, Node *cond, Node *then, Node *els) {
	Node *n = new_node(ND_IF, kw.pos);
	node_ext_mut(n)->init = init;
	if (!cond)
		syntax_error_plain(p, then->pos, "missing condition in if statement");
	else
		node_ext_mut(n)->cond = header_expr(p, cond);
	node_ext_mut(n)->then = then;
	node_ext_mut(n)->els = els;
	return n;
}

Node *mk_for(ParseCtx *p, Token kw, Node *init, Node *cond, Node *post, Node *body) {
	Node *n = new_node(ND_FOR, kw.pos);
	node_ext_mut(n)->init = init;
	if (cond)
		node_ext_mut(n)->cond = header_expr(p, cond);
	if (post && post->kind == ND_DEFINE)
		syntax_error_plain(p, post->pos, "cannot declare in post statement of for loop");
	node_ext_mut(n)->post = post;
	node_ext_mut(n)->body = body;
	return n;
}

Node *mk_range(Token kw, Token range, Vec lhs, bool define, Node *x) {
	Node *n = new_node(ND_RANGE, range.pos);
	n->pos2 = kw.pos;
	*node_list_mut(n) = lhs;
	node_ext_mut(n)->is_define = define;
	n->rhs = x;
	return n;
}

static bool is_type_guard(Node *x) {
	return x && x->kind == ND_TYPEASSERT && !x->rhs;
}

Node *mk_switch(ParseCtx *p, Token kw, Node *init, Node *tag, Node *body) {
	Node *n = new_node(ND_SWITCH, kw.pos);
	node_ext_mut(n)->init = init;
	*node_list_mut(n) = *node_list(body);
	n->pos2 = node_pos2(body);
	if (!tag)
		return n;
	if (tag->kind == ND_DEFINE && node_list(tag)->len == 1 && tag->rlist.len == 1 &&
	    is_type_guard(tag->rlist.data[0])) {
		Node *bind = node_list(tag)->data[0];
		if (bind->kind != ND_IDENT) {
			syntax_error_plain(p, bind->pos, "invalid variable name in type switch");
			return n;
		}
		n->kind = ND_TYPESWITCH;
		n->name = bind->name;
		n->pos2 = bind->pos;
		n->lhs = ((Node *)tag->rlist.data[0])->lhs;
	} else if (tag->kind == ND_EXPRSTMT && is_type_guard(tag->lhs)) {
		n->kind = ND_TYPESWITCH;
		n->lhs = tag->lhs->lhs;
	} else {
		node_ext_mut(n)->cond = header_expr(p, tag);
	}
	return n;
}

Node *mk_callstmt(NodeKind kind, Token kw, Node *x) {
	const char *what = kind == ND_GO ? "go" : "defer";
	if (x->kind == ND_PAREN) {
		error_at(x->pos, "expression in %s must not be parenthesized", what);
		while (x->kind == ND_PAREN)
			x = x->lhs;
	}
	if (x->kind != ND_CALL)
		error_at(x->pos, "expression in %s must be function call", what);
	Node *n = new_node(kind, kw.pos);
	n->lhs = x;
	return n;
}

Node *mk_typespec(ParseCtx *p, Token name, Node *type) {
	ctx_pop(p);
	Node *n = new_node(ND_TYPESPEC, name.pos);
	n->name = tok_str(name);
	n->lhs = type;
	p->file->ntypespecs++;
	return n;
}

// Within a const group a spec without type and values repeats the
// previous one's (spec "Constant declarations"); each gets fresh copies
// of the value expressions so the checker can type them with its own iota.
Node *mk_declstmt(ParseCtx *p, Token kw, Vec specs) {
	Node *n = new_node(ND_DECLSTMT, kw.pos);
	*node_list_mut(n) = specs;
	if (kw.kind != TK_CONST)
		return n;
	Node *prev = NULL;
	for (int i = 0; i < specs.len; i++) {
		Node *s = specs.data[i];
		node_ext_mut(s)->iota = i;
		if (s->rlist.len == 0 && s->lhs) {
			error_at(s->pos, "missing init expr for %s", ((Node *)node_ext(s)->names.data[0])->name);
		} else if (s->rlist.len == 0) {
			if (!prev) {
				error_at(s->pos, "missing init expr for %s", ((Node *)node_ext(s)->names.data[0])->name);
				continue;
			}
			s->lhs = node_copy(prev->lhs);
			for (int j = 0; j < prev->rlist.len; j++)
				list_push(&s->rlist, node_copy(prev->rlist.data[j]));
		} else {
			prev = s;
		}
	}
	return n;
}

void add_decl(ParseCtx *p, Node *decl) {
	list_push(&p->file->decls, decl);
	p->decls_seen = true;
	p->last_decl = decl;
}

Node *mk_exprstmt(ParseCtx *p, Vec list) {
	Node *x = list.data[0];
	if (list.len > 1)
		syntax_error_at(p, p->tok.pos, "expecting := or = or comma");
	Node *n = new_short_node(ND_EXPRSTMT, x->pos);
	n->lhs = x;
	return n;
}

// The kind of the token after the current one, read from a copy of the
// lexer (its header stack copied too, so the real one is untouched).
static int peek_kinds(const Lexer *L, int *second) {
	Lexer c = *L;
	c.headers = xmalloc(sizeof(int) * (size_t)(L->capheaders ? L->capheaders : 1));
	if (L->nheaders)
		memcpy(c.headers, L->headers, sizeof(int) * (size_t)L->nheaders);
	Token t;
	lexer_next(&c, &t);
	int first = t.kind;
	lexer_next(&c, &t);
	*second = t.kind;
	free(c.headers);
	return first;
}

// In a type spec `NAME [` opens type parameters rather than an array
// length when a name follows that is not alone before ']' and not an
// operand of an expression (Go's parser decides the same way on
// `type T[P any]` vs `type A [N]int`; `[P *C]` stays an array like there).
static bool opens_tparams(ParseCtx *p) {
	int second, first = peek_kinds(&p->lex, &second);
	if (first != TK_IDENT)
		return false;
	switch (second) {
	case TK_IDENT: case TK_COMMA: case TK_TILDE: case TK_INTERFACE: case TK_LBRACK:
	case TK_FUNC: case TK_MAP: case TK_CHAN: case TK_STRUCT: case TK_ARROW:
		return true;
	default:
		return false;
	}
}

// Tracks where a type spec's name may stand (after `type` or inside
// `type ( ... )`) and turns the '[' after that name into TK_TPARAMS when
// it opens type parameters.
static void classify_lbrack(ParseCtx *p, int prev2) {
	int k = p->tok.kind;
	if (k == TK_LPAREN && p->prev_kind == TK_TYPE)
		p->type_group_depth = p->lex.depth;
	else if (k == TK_RPAREN && p->lex.depth < p->type_group_depth)
		p->type_group_depth = -1;
	if (k != TK_LBRACK || p->prev_kind != TK_IDENT)
		return;
	bool spec_name = prev2 == TK_TYPE || ((prev2 == TK_LPAREN || prev2 == TK_SEMICOLON) &&
	                                      p->lex.depth == p->type_group_depth + 1);
	if (spec_name && opens_tparams(p))
		p->tok.kind = TK_TPARAMS;
}

// One parse of the file. Lazy, it takes no snapshot (simulating each
// token's reductions is a fifth of the parse) and gives up at the first
// syntax error, setting *redo.
static File *parse_pass(int file, bool lazy, bool *redo) {
	ParseCtx p = {.lazy = lazy};
	p.file = xcalloc(1, sizeof(File));
	p.file->index = file;
	p.file->pkgname = "";
	lexer_init(&p.lex, file);
	p.label_colon_tok = -1;
	ctx_push(&p, CTX_TOP);
	void *parser = GoParserAlloc(xmalloc);
	p.type_group_depth = -1;
	for (;;) {
		int prev2 = p.prev_kind;
		p.prev_kind = p.tok.kind;
		lexer_next(&p.lex, &p.tok);
		classify_lbrack(&p, prev2);
		p.ntokens++;
		if (!p.lazy)
			parser_snapshot(parser, &p);
		GoParser(parser, p.tok.kind, p.tok, &p);
		if (p.failed || p.tok.kind == 0)
			break;
	}
	GoParserFree(parser, free);
	free(p.ctx);
	free(p.snap);
	free(p.lex.headers);
	if (redo)
		*redo = p.redo;
	return p.file;
}

// Most files have no syntax error: they are parsed once, without the
// snapshots that word one. A file with one is parsed again from the
// start with them, its first pass's reports taken back.
File *parse_file(int file) {
	DiagMark mark = diag_mark();
	bool redo = false;
	File *f = parse_pass(file, true, &redo);
	if (!redo)
		return f;
	diag_rollback(mark);
	return parse_pass(file, false, NULL);
}

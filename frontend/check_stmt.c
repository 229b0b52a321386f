// check_stmt.c - function bodies and statements: scopes, local
// declarations, control flow (break/continue/goto/labels, fallthrough),
// switches, type switches, select, range, return, the terminating-statement
// rule ("missing return") and "declared but not used".
#include <string.h>
#include "check.h"

// A statement break/continue may refer to.
typedef struct Target {
	Node *stmt;
	const char *label;
	bool is_loop;
	struct Target *outer;
} Target;

// Per-function statement context.
typedef struct FuncCtx {
	Target *targets;
	Vec labels;          // OBJ_LABEL of the function body
} FuncCtx;

static FuncCtx *fctx;

static const char *sym_of(const char *name) {
	// main.(*T).m -> main.T..ptr.m: GAS symbols cannot hold '(' '*' ')'
	char *s = xmalloc(strlen(name) + 8), *p = s;
	bool ptr = false;
	for (const char *q = name; *q; q++) {
		if (q[0] == '(' && q[1] == '*') {
			ptr = true;
			q++;
			continue;
		}
		if (*q == ')' && ptr) {
			strcpy(p, "..ptr");
			p += 5;
			ptr = false;
			continue;
		}
		*p++ = *q;
	}
	*p = 0;
	return s;
}

Func *new_func(Node *decl, const char *name) {
	Func *f = xcalloc(1, sizeof(Func));
	f->decl = decl;
	f->name = name;
	f->sym = sym_of(name);
	size_t len = strlen(name);
	if (len >= 2 && !strcmp(name + len - 2, "._"))  // blank functions and methods: one symbol each
		f->sym = xasprintf("%s.%d", f->sym, ck.prog->funcs.len);
	vec_push(&ck.prog->funcs, f);
	return f;
}

static const char *file_label(int file) {
	const char *name = diag_file_name(file);
	if (!name)
		return "?";
	return strchr(name, '/') ? name : xasprintf("./%s", name);
}

const char *pos_label(Pos p) {
	return xasprintf("%s:%d:%d", file_label(p.file), p.line, p.col);
}

void declare_obj(Scope *s, Obj *o) {
	Obj *old = scope_insert(s, o);
	if (old)
		error_at(o->pos, "%s redeclared in this block\n\t%s: other declaration of %s", o->name, pos_label(old->pos),
		         o->name);
}

void record_local(Obj *o) {
	if (!ck.func)
		return;
	o->owner = ck.func;
	vec_push(&ck.func->locals, o);
}

static Obj *declare_var(Node *ident, Type *t) {
	Obj *o = new_obj(OBJ_VAR, ident->name, ident->pos);
	o->type = t;
	o->decl = ident;
	ident->obj = o;
	ident->type = t;
	declare_obj(ck.scope, o);
	record_local(o);
	return o;
}

static void open_scope(void) {
	ck.scope = scope_new(ck.scope);
}

static void close_scope(void) {
	Scope *s = ck.scope;
	ck.scope = s->outer;
	scope_close(s);
}

// ---- local declarations ----

static void local_type(Node *spec) {
	if (!spec->name)
		return;
	if (node_rare(spec)->tparams.len) {
		declare_generic_type(spec, ck.scope, ck.scope);
		return;
	}
	Obj *o = new_obj(OBJ_TYPE, spec->name, spec->pos);
	o->decl = spec;
	if (node_ext(spec)->is_alias) {
		o->type = check_typexpr(spec->lhs);
		declare_obj(ck.scope, o);
		return;
	}
	o->owner = ck.func; // a local type is told apart from another T by its function
	Type *named = new_named(o);
	declare_obj(ck.scope, o);
	vec_push(&ck.prog->types, named);
	Type *rhs = check_typexpr(spec->lhs);
	if (rhs == named) { // type T T
		recursive_type_error(&named, 1);
		return;
	}
	named->underlying = type_under(rhs);
	check_recursive_type(named);
}

static void check_local_decl(Node *spec) {
	if (!spec)
		return;
	int n = node_ext(spec)->names.len;
	Obj **objs = xcalloc(n ? n : 1, sizeof(Obj *));
	switch (spec->kind) {
	case ND_VARSPEC:
		for (int i = 0; i < n; i++) {
			Node *id = node_ext(spec)->names.data[i];
			objs[i] = new_obj(OBJ_VAR, id->name, id->pos);
			objs[i]->decl = id;
		}
		check_var_init(objs, n, spec, "variable declaration");
		for (int i = 0; i < n; i++) {
			declare_obj(ck.scope, objs[i]);
			record_local(objs[i]);
		}
		return;
	case ND_CONSTSPEC:
		for (int i = 0; i < n; i++) {
			Node *id = node_ext(spec)->names.data[i];
			objs[i] = new_obj(OBJ_CONST, id->name, id->pos);
			objs[i]->decl = id;
		}
		check_const_spec(spec, objs, n);
		for (int i = 0; i < n; i++)
			declare_obj(ck.scope, objs[i]);
		return;
	case ND_TYPESPEC:
		local_type(spec);
		return;
	default:
		return;
	}
}

// ---- labels ----

static void collect_labels(Node *s) {
	if (!s)
		return;
	switch (s->kind) {
	case ND_LABELED: {
		if (s->name && strcmp(s->name, "_")) {
			for (int i = 0; i < fctx->labels.len; i++) {
				Obj *l = fctx->labels.data[i];
				if (!strcmp(l->name, s->name)) {
					error_at(s->pos, "label %s already defined at %s:%d:%d", s->name, file_label(l->pos.file),
					         l->pos.line, l->pos.col);
					goto body;
				}
			}
			Obj *l = new_obj(OBJ_LABEL, s->name, s->pos);
			l->decl = s;
			vec_push(&fctx->labels, l);
		}
	body:
		collect_labels(s->lhs);
		return;
	}
	case ND_BLOCK:
		for (int i = 0; i < node_list(s)->len; i++)
			collect_labels(node_list(s)->data[i]);
		return;
	case ND_IF:
		collect_labels(node_ext(s)->then);
		collect_labels(node_ext(s)->els);
		return;
	case ND_FOR: case ND_RANGE:
		collect_labels(node_ext(s)->body);
		return;
	case ND_SWITCH: case ND_TYPESWITCH: case ND_SELECT:
		for (int i = 0; i < node_list(s)->len; i++)
			collect_labels(node_list(s)->data[i]);
		return;
	case ND_CASE: case ND_COMMCLAUSE:
		collect_labels(node_ext(s)->body);
		if (s->kind == ND_CASE && !node_ext(s)->body)
			for (int i = 0; i < s->rlist.len; i++)
				collect_labels(s->rlist.data[i]);
		return;
	default:
		return;
	}
}

static Obj *find_label(const char *name) {
	for (int i = 0; i < fctx->labels.len; i++) {
		Obj *l = fctx->labels.data[i];
		if (!strcmp(l->name, name))
			return l;
	}
	return NULL;
}

// ---- function bodies ----

static void check_stmt_list(const Vec *list);

static bool is_terminating(Node *s, const char *label);

// Local variables never read are errors, reported in position order.
static void report_unused(Func *f) {
	for (int i = 0; i < f->locals.len; i++) {
		Obj *o = f->locals.data[i];
		// variables of invalid type come from errors already reported
		if (o->kind == OBJ_VAR && !o->used && !o->is_param && !o->is_result && strcmp(o->name, "_") &&
		    o->type != ty_invalid)
			error_at(o->pos, "%s declared but not used", o->name);
	}
}

static Obj *param_obj(Func *f, Node *id, Type *t, int index, bool result) {
	const char *name = id ? id->name : result ? xasprintf("~r%d", index) : "_";
	Obj *o = new_obj(OBJ_VAR, name, id ? id->pos : (Pos){0});
	o->type = t;
	o->is_param = !result;
	o->is_result = result;
	o->index = index;
	o->owner = f;
	o->used = true;
	o->decl = id;
	if (id) {
		id->obj = o;
		id->type = t;
		if (strcmp(name, "_"))
			declare_obj(ck.scope, o);
	}
	return o;
}

static void declare_params(Func *f, Vec *fields, Vec *types, Vec *out, bool result) {
	int k = 0;
	for (int i = 0; i < fields->len; i++) {
		Node *fd = fields->data[i];
		int count = node_ext(fd)->names.len ? node_ext(fd)->names.len : 1;
		for (int j = 0; j < count; j++, k++) {
			Type *t = k < types->len ? types->data[k] : ty_invalid;
			vec_push(out, param_obj(f, node_ext(fd)->names.len ? node_ext(fd)->names.data[j] : NULL, t, k, result));
		}
	}
}

void check_func_body(Func *f, Node *ftype, Node *body, Obj *recv) {
	Func *saved_func = ck.func;
	Scope *saved_scope = ck.scope;
	int saved_iota = ck.iota;
	FuncCtx ctx = {0}, *saved_ctx = fctx;
	fctx = &ctx;
	ck.func = f;
	ck.iota = -1;
	open_scope();
	ck.scope->is_func = true;
	if (recv) {
		recv->owner = f;
		recv->is_recv = true;
		recv->is_param = true;
		recv->used = true;
		f->recv = recv;
		if (strcmp(recv->name, "_"))
			declare_obj(ck.scope, recv);
	}
	Type *sig = f->type;
	if (ftype && sig) {
		declare_params(f, &node_rare_mut(ftype)->params, &sig->params, &f->params, false);
		declare_params(f, &node_rare_mut(ftype)->results, &sig->results, &f->results, true);
	}
	if (body) {
		collect_labels(body);
		check_stmt_list(node_list(body));
		if (sig && sig->results.len && !is_terminating(body, NULL))
			error_at(node_pos2(body), "missing return");
		for (int i = 0; i < ctx.labels.len; i++) {
			Obj *l = ctx.labels.data[i];
			if (!l->used)
				error_at(l->pos, "label %s defined and not used", l->name);
		}
		report_unused(f);
	}
	close_scope(); // the function's scope
	ck.scope = saved_scope;
	ck.func = saved_func;
	ck.iota = saved_iota;
	fctx = saved_ctx;
}

void check_funclit(Node *n) {
	Func *outer = ck.func;
	const char *name;
	int index;
	if (outer) {
		index = outer->funclits.len + 1;
		name = outer->outer ? xasprintf("%s.%d", outer->name, index) : xasprintf("%s.func%d", outer->name, index);
	} else {
		index = ++ck.glob_lits;
		name = xasprintf("%s.glob..func%d", ck.path, index);
	}
	Func *f = new_func(n, name);
	f->outer = outer;
	f->lit_index = index;
	if (outer)
		vec_push(&outer->funclits, f);
	node_ext_mut(n)->func = f;
	f->type = signature_of(n->lhs);
	n->type = f->type;
	check_func_body(f, n->lhs, node_ext(n)->body, NULL);
}

// ---- statements ----

static void push_target(Target *t, Node *stmt, const char *label, bool is_loop) {
	t->stmt = stmt;
	t->label = label;
	t->is_loop = is_loop;
	t->outer = fctx->targets;
	fctx->targets = t;
}

static void pop_target(void) {
	fctx->targets = fctx->targets->outer;
}

static void check_branch(Node *s) {
	bool is_break = s->kind == ND_BREAK;
	const char *kw = is_break ? "break" : "continue";
	if (s->name) {
		Obj *l = find_label(s->name);
		if (!l) {
			error_at(node_pos2(s), "%s label not defined: %s", kw, s->name);
			return;
		}
		l->used = true;
		for (Target *t = fctx->targets; t; t = t->outer)
			if (t->label && !strcmp(t->label, s->name)) {
				if (!is_break && !t->is_loop)
					error_at(node_pos2(s), "invalid continue label %s", s->name);
				return;
			}
		error_at(node_pos2(s), "invalid %s label %s", kw, s->name);
		return;
	}
	for (Target *t = fctx->targets; t; t = t->outer)
		if (is_break || t->is_loop)
			return;
	error_at(s->pos, is_break ? "break is not in a loop, switch, or select" : "continue is not in a loop");
}

static void check_expr_stmt(Node *s) {
	Node *x = s->lhs;
	if (!x)
		return;
	check_multi(x);
	if (is_invalid(x))
		return;
	Node *u = unparen(x);
	bool ok = u->kind == ND_CALL || (u->kind == ND_UNARY && u->op == OP_ARROW);
	if (u->kind == ND_BUILTIN) {
		switch (u->builtin) {
		case BI_APPEND: case BI_CAP: case BI_COMPLEX: case BI_IMAG: case BI_LEN: case BI_MAKE: case BI_NEW:
		case BI_REAL: case BI_UNSAFE_SIZEOF: case BI_UNSAFE_ALIGNOF: case BI_UNSAFE_OFFSETOF:
		case BI_UNSAFE_ADD: case BI_UNSAFE_SLICE:
			ok = false;
			break;
		default:
			ok = true;
		}
	}
	if (!ok)
		error_at(expr_pos(x), "%s is not used", operand_string(x));
	if (type_is_untyped(x->type))
		convert_untyped(x, NULL, NULL);
}

static void check_incdec(Node *s) {
	Node *x = s->lhs;
	if (!x)
		return;
	check_expr(x);
	if (is_invalid(x))
		return;
	if (!type_is_numeric(x->type)) {
		error_at(expr_pos(x), "invalid operation: %s%s (non-numeric type %s)", expr_string(x),
		         s->op == OP_INC ? "++" : "--", tstr(x->type));
		return;
	}
	if (!is_addressable(x) && !is_map_index(x)) {
		error_at(expr_pos(x), "cannot assign to %s", operand_string(x));
		return;
	}
	mark_assigned(x);
}

static void check_send(Node *s) {
	Node *c = s->lhs, *v = s->rhs;
	check_expr(c);
	check_expr(v);
	if (is_invalid(c) || is_invalid(v))
		return;
	Type *u = type_under(c->type);
	if (u->kind != TY_CHAN) {
		error_at(expr_pos(c), "invalid operation: cannot send to non-channel %s", operand_string(c));
		return;
	}
	if (u->chan_dir == 2) {
		error_at(expr_pos(c), "invalid operation: cannot send to receive-only channel %s", operand_string(c));
		return;
	}
	assign_value(v, u->elem, "send");
}

static void check_return(Node *s) {
	Type *sig = ck.func ? ck.func->type : NULL;
	if (!sig)
		return;
	int want = sig->results.len;
	int have = node_list(s)->len;
	if (have == 0) {
		bool named = ck.func->results.len && ((Obj *)ck.func->results.data[0])->decl;
		if (want && !named)
			error_at(s->pos, "not enough return values\n\thave ()\n\twant %s", tstr(tuple_type(&sig->results)));
		return;
	}
	if (have == 1 && want != 1) {
		Node *r = node_list(s)->data[0];
		check_multi(r);
		if (is_invalid(r))
			return;
		if (r->type->kind == TY_TUPLE && r->type->results.len == want) {
			for (int i = 0; i < want; i++) {
				Node tmp = {.kind = ND_CALL, .type = r->type->results.data[i], .pos = r->pos, .lhs = r->lhs};
				const char *why;
				if (!assignable_to(&tmp, sig->results.data[i], &why))
					error_at(expr_pos(r), "cannot use %s value as type %s in return statement", tstr(tmp.type),
					         tstr(sig->results.data[i]));
			}
			return;
		}
	} else {
		for (int i = 0; i < have; i++)
			check_expr(node_list(s)->data[i]);
	}
	if (have == 1 && ((Node *)node_list(s)->data[0])->type->kind == TY_TUPLE) {
		// g() with the wrong number of results: Go lists them one by one
		Node *r = node_list(s)->data[0];
		int n = r->type->results.len;
		error_at(expr_pos(r), "%s return values\n\thave %s\n\twant %s", n < want ? "not enough" : "too many",
		         tstr(r->type), tstr(tuple_type(&sig->results)));
		return;
	}
	if (have != want) {
		const char *hs = "";
		for (int i = 0; i < have; i++) {
			Node *r = node_list(s)->data[i];
			const char *t = is_invalid(r) ? "invalid type"
			              : r->type == ty_untyped_nil ? "nil"
			              : type_is_untyped(r->type) && type_is_numeric(r->type) ? "number"
			              : tstr(type_default(r->type));
			hs = xasprintf("%s%s%s", hs, i ? ", " : "", t);
		}
		// Go points at the first extra value, or at the last one given
		Node *at = node_list(s)->data[have > want ? want : have - 1];
		error_at(expr_pos(at), "%s return values\n\thave (%s)\n\twant %s",
		         have < want ? "not enough" : "too many", hs, tstr(tuple_type(&sig->results)));
		return;
	}
	for (int i = 0; i < have; i++)
		assign_value(node_list(s)->data[i], sig->results.data[i], "return statement");
}

static void check_body(Node *body) {
	if (!body)
		return;
	open_scope();
	check_stmt_list(node_list(body));
	close_scope();
}

static void check_if(Node *s) {
	open_scope();
	check_stmt(node_ext(s)->init);
	if (node_ext(s)->cond)
		check_bool_cond(node_ext(s)->cond, "if statement");
	check_body(node_ext(s)->then);
	if (node_ext(s)->els) {
		if (node_ext(s)->els->kind == ND_BLOCK)
			check_body(node_ext(s)->els);
		else
			check_stmt(node_ext(s)->els);
	}
	close_scope();
}

static void check_for(Node *s, const char *label) {
	open_scope();
	check_stmt(node_ext(s)->init);
	if (node_ext(s)->cond)
		check_bool_cond(node_ext(s)->cond, "for loop");
	check_stmt(node_ext(s)->post);
	Target t;
	push_target(&t, s, label, true);
	check_body(node_ext(s)->body);
	pop_target();
	close_scope();
}

static void check_range(Node *s, const char *label) {
	open_scope();
	Node *x = s->rhs;
	check_expr(x);
	Type *kt = ty_invalid, *vt = ty_invalid;
	int max_vars = 2;
	if (x && !is_invalid(x) && stand_in_no_core(x->type)) {
		error_at(expr_pos(x), "cannot range over %s (%s has no core type)", operand_string(x), tstr(x->type));
	} else if (x && !is_invalid(x)) {
		Type *u = container_type(x);
		switch (u->kind) {
		case TY_STRING: kt = ty_int; vt = ty_rune; break;
		case TY_ARRAY: case TY_SLICE: kt = ty_int; vt = u->elem; break;
		case TY_MAP: kt = u->key; vt = u->elem; break;
		case TY_CHAN:
			kt = u->elem;
			max_vars = 1;
			if (u->chan_dir == 1) {
				error_at(expr_pos(x), "invalid operation: range %s receive from send-only channel", expr_string(x));
				kt = ty_invalid;
			}
			break;
		default:
			error_at(expr_pos(x), "cannot range over %s", operand_string(x));
		}
	}
	if (node_list(s)->len > 2)
		error_at(expr_pos(node_list(s)->data[2]), "range clause permits at most two iteration variables");
	else if (node_list(s)->len > max_vars)
		error_at(expr_pos(node_list(s)->data[max_vars]), "range over %s permits only one iteration variable",
		         operand_string(x));
	Type *types[2] = {kt, vt};
	for (int i = 0; i < node_list(s)->len && i < 2; i++) {
		Node *l = node_list(s)->data[i];
		if (!l)
			continue;
		if (node_ext(s)->is_define) {
			if (l->kind != ND_IDENT) {
				error_at(expr_pos(l), "non-name %s on left side of :=", expr_string(l));
				continue;
			}
			if (!strcmp(l->name, "_")) {
				l->type = types[i];
				continue;
			}
			// Go: variables of a range statement are assigned on every iteration
			declare_var(l, types[i])->reassigned = true;
		} else {
			Node tmp = {.kind = ND_INDEX, .type = types[i], .pos = x ? x->pos : s->pos};
			if (unparen(l)->kind == ND_IDENT && !strcmp(unparen(l)->name, "_")) {
				l->type = types[i]; // for _, r = range s: nothing assigned
				continue;
			}
			check_expr(l);
			if (is_invalid(l) || types[i] == ty_invalid)
				continue;
			if (!is_addressable(l) && !is_map_index(l)) {
				error_at(expr_pos(l), "cannot assign to %s", operand_string(l));
				continue;
			}
			mark_assigned(l);
			const char *why;
			if (!assignable_to(&tmp, l->type, &why))
				error_at(expr_pos(l), "cannot use %s (value of type %s) as type %s in range", expr_string(l),
				         tstr(types[i]), tstr(l->type));
		}
	}
	Target t;
	push_target(&t, s, label, true);
	check_body(node_ext(s)->body);
	pop_target();
	close_scope();
}

static void check_case_body(Node *c, bool last, bool allow_fallthrough) {
	open_scope();
	const Vec *list = node_ext(c)->body ? node_list(node_ext_mut(c)->body) : &c->rlist;
	check_stmt_list(list);
	// fallthrough may only end a clause that is not the last
	for (int i = 0; i < list->len; i++) {
		Node *st = list->data[i];
		if (!st || st->kind != ND_FALLTHROUGH)
			continue;
		if (i != list->len - 1 || !allow_fallthrough)
			error_at(st->pos, "fallthrough statement out of place");
		else if (last)
			error_at(st->pos, "cannot fallthrough final case in switch");
	}
	close_scope();
}

// Like gc, duplicate constant cases are found for integer, float and
// string values of identical types; seen holds the earlier case values.
static void check_duplicate_case(Node *e, Vec *seen) {
	if (in_instance() || !e->is_const || (node_cval(e)->kind != CV_INT && node_cval(e)->kind != CV_FLOAT && node_cval(e)->kind != CV_STRING))
		return;
	for (int i = 0; i < seen->len; i++) {
		Node *p = seen->data[i];
		if (node_cval(p)->kind == node_cval(e)->kind && type_identical(p->type, e->type) && const_compare(OP_EQ, *node_cval(p), *node_cval(e))) {
			error_at(expr_pos(e), "duplicate case %s in expression switch\n\t%s: previous case", operand_string(e),
			         pos_label(p->pos));
			return;
		}
	}
	vec_push(seen, e);
}

static void check_switch(Node *s, const char *label) {
	open_scope();
	check_stmt(node_ext(s)->init);
	Node *tag = node_ext(s)->cond;
	if (tag) {
		check_expr(tag);
		if (!is_invalid(tag) && type_is_untyped(tag->type))
			convert_untyped(tag, NULL, NULL);
	}
	Target t;
	push_target(&t, s, label, false);
	bool seen_default = false;
	Vec seen = {0};
	for (int i = 0; i < node_list(s)->len; i++) {
		Node *c = node_list(s)->data[i];
		if (!c)
			continue;
		if (node_list(c)->len == 0) {
			if (seen_default)
				error_at(c->pos, "multiple defaults in switch");
			seen_default = true;
		}
		for (int k = 0; k < node_list(c)->len; k++) {
			Node *e = node_list(c)->data[k];
			check_expr(e);
			if (is_invalid(e))
				continue;
			if (!tag && type_is_interface(e->type)) {
				// a tagless switch compares its cases with true: an
				// interface-typed case is the comparison e == true
				Node *t = new_node(ND_IDENT, e->pos);
				t->name = "true";
				set_const(t, ty_bool, cv_bool(true));
				node_wrap(e, ND_BINARY, NULL);
				e->op = OP_EQ;
				e->rhs = t;
				check_case_value(e);
				continue;
			}
			if (!tag) {
				if (type_under(e->type)->kind != TY_BOOL && e->type != ty_untyped_bool)
					error_at(expr_pos(e), "invalid case %s in switch (mismatched types %s and bool)", expr_string(e),
					         tstr(e->type));
				else
					convert_untyped(e, NULL, NULL);
				continue;
			}
			if (is_invalid(tag))
				continue;
			if (type_is_untyped(e->type) && !type_is_untyped(tag->type) && !convert_untyped(e, tag->type, NULL))
				continue;
			// the case value is compared with the tag: e == tag
			Node cmp = {.kind = ND_BINARY, .op = OP_EQ, .pos = e->pos, .lhs = e, .rhs = tag};
			Node saved_tag;
			memcpy(&saved_tag, tag, node_size(tag));
			check_case_value(&cmp);
			if (tag->kind != saved_tag.kind) // the tag itself is never boxed: the case value is
				memcpy(tag, &saved_tag, node_size(&saved_tag));
			if (is_invalid(&cmp))
				continue;
			check_duplicate_case(e->kind == ND_TOIFACE ? e->lhs : e, &seen); // boxed for an interface tag
			if (type_is_interface(tag->type) && !type_is_interface(e->type) && e->kind != ND_NIL)
				node_wrap(e, ND_TOIFACE, tag->type);
		}
		check_case_body(c, i == node_list(s)->len - 1, true);
	}
	pop_target();
	close_scope();
}

static void check_typeswitch(Node *s, const char *label) {
	open_scope();
	check_stmt(node_ext(s)->init);
	Node *x = s->lhs;
	if (x && x->kind == ND_TYPEASSERT && !x->rhs) {
		check_expr(x->lhs);
		x->type = x->lhs ? x->lhs->type : ty_invalid;
		x = x->lhs;
	} else
		check_expr(x);
	Type *xt = x && !is_invalid(x) ? x->type : NULL;
	if (xt && stand_in_constraint(xt)) {
		error_at(expr_pos(x), "cannot use type switch on type parameter value %s", operand_string(x));
		xt = NULL;
	} else if (xt && !type_is_interface(xt)) {
		error_at(expr_pos(x), "%s is not an interface", operand_string(x));
		xt = NULL;
	}
	Target t;
	push_target(&t, s, label, false);
	Vec clause_objs = {0};
	Vec seen = {0}; // earlier case types (nil as an ND_NIL node)
	bool any_used = false;
	for (int i = 0; i < node_list(s)->len; i++) {
		Node *c = node_list(s)->data[i];
		if (!c)
			continue;
		Type *single = NULL;
		for (int k = 0; k < node_list(c)->len; k++) {
			Node *e = node_list(c)->data[k];
			check_expr_or_type(e);
			if (is_invalid(e))
				continue;
			bool is_nil = e->type == ty_untyped_nil;
			if (is_nil || e->is_type) {
				Node *dup = NULL;
				for (int j = 0; j < seen.len && !dup; j++) {
					Node *p = seen.data[j];
					if (is_nil ? p->kind == ND_NIL : p->kind != ND_NIL && type_identical(p->type, e->type))
						dup = p;
				}
				if (dup && !in_instance()) {
					error_at(expr_pos(e), "duplicate case %s in type switch\n\t%s: previous case",
					         is_nil ? "nil" : tstr(e->type), pos_label(expr_pos(dup)));
					continue;
				}
				vec_push(&seen, e);
			}
			if (is_nil) {
				e->kind = ND_NIL;
				if (xt)
					e->type = xt;
				single = node_list(c)->len == 1 ? NULL : single;
				continue;
			}
			if (!e->is_type) {
				error_at(expr_pos(e), "%s is not a type", expr_string(e));
				continue;
			}
			const char *why;
			if (xt && !type_is_interface(e->type) && !implements(e->type, xt, &why) && !in_instance())
				error_at(expr_pos(e), "impossible type switch case: %s\n\t%s cannot have dynamic type %s %s",
				         expr_string(e), operand_string(x), tstr(e->type), why);
			if (node_list(c)->len == 1)
				single = e->type;
		}
		open_scope();
		if (s->name) {
			Obj *o = new_obj(OBJ_VAR, s->name, node_pos2(s));
			o->type = single ? single : xt ? xt : ty_invalid;
			o->decl = s;
			c->obj = o;
			declare_obj(ck.scope, o);
			record_local(o);
			vec_push(&clause_objs, o);
		}
		const Vec *list = node_ext(c)->body ? node_list(node_ext_mut(c)->body) : &c->rlist;
		check_stmt_list(list);
		close_scope();
		for (int k = 0; k < list->len; k++) {
			Node *st = list->data[k];
			if (st && st->kind == ND_FALLTHROUGH)
				error_at(st->pos, "cannot fallthrough in type switch");
		}
	}
	for (int i = 0; i < clause_objs.len; i++)
		any_used |= ((Obj *)clause_objs.data[i])->used;
	if (s->name && !any_used && strcmp(s->name, "_"))
		error_at(node_pos2(s), "%s declared but not used", s->name);
	for (int i = 0; i < clause_objs.len; i++)
		((Obj *)clause_objs.data[i])->used = true;
	pop_target();
	close_scope();
}

static bool is_receive(Node *e) {
	e = unparen(e);
	return e && e->kind == ND_UNARY && e->op == OP_ARROW;
}

static void check_select(Node *s, const char *label) {
	Target t;
	push_target(&t, s, label, false);
	for (int i = 0; i < node_list(s)->len; i++) {
		Node *c = node_list(s)->data[i];
		if (!c)
			continue;
		open_scope();
		Node *comm = c->lhs;
		if (comm) {
			bool ok = comm->kind == ND_SEND || (comm->kind == ND_EXPRSTMT && is_receive(comm->lhs)) ||
			          ((comm->kind == ND_ASSIGN || comm->kind == ND_DEFINE) && comm->rlist.len == 1 &&
			           is_receive(comm->rlist.data[0]));
			if (!ok)
				error_at(comm->pos, "select case must be receive, send or assign recv");
			check_stmt(comm);
			// gc converts the received value for an interface variable
			// after the select (unseen by escape analysis); so does
			// codegen (assign_received): the clause keeps the receive
			Node *r = ok && comm->kind == ND_ASSIGN ? comm->rlist.data[0] : NULL;
			if (r && (r->kind == ND_TOIFACE || (r->kind == ND_CONV && type_is_interface(r->type))))
				comm->rlist.data[0] = r->lhs;
		}
		const Vec *list = node_ext(c)->body ? node_list(node_ext_mut(c)->body) : &c->rlist;
		check_stmt_list(list);
		close_scope();
	}
	pop_target();
}

static void check_go_defer(Node *s) {
	const char *kw = s->kind == ND_GO ? "go" : "defer";
	Node *x = s->lhs;
	if (s->kind == ND_DEFER && ck.func)
		ck.func->has_defer = true;
	if (!x)
		return;
	check_multi(x);
	if (is_invalid(x))
		return;
	Node *u = unparen(x);
	if (u->kind == ND_CONV || u->kind == ND_TOIFACE)
		error_at(expr_pos(x), "%s requires function call, not conversion", kw);
	else if (u->kind != ND_CALL && u->kind != ND_BUILTIN) {
		error_at(expr_pos(x), "expression in %s must be function call", kw);
		// like Go's parser, take it as x() (the common missing parentheses)
		if (!u->is_type && type_under(x->type)->kind != TY_FUNC)
			error_at(expr_pos(x), "invalid operation: cannot call non-function %s", operand_string(x));
	}
	else if (u->kind == ND_BUILTIN && (u->builtin == BI_LEN || u->builtin == BI_CAP || u->builtin == BI_APPEND ||
	                                   u->builtin == BI_MAKE || u->builtin == BI_NEW))
		error_at(expr_pos(x), "%s discards result of %s", kw, expr_string(x));
}

static void stmt(Node *s, const char *label) {
	if (!s)
		return;
	switch (s->kind) {
	case ND_BLOCK: check_body(s); return;
	case ND_EXPRSTMT: check_expr_stmt(s); return;
	case ND_ASSIGN: check_assign_stmt(s); return;
	case ND_DEFINE: check_define_stmt(s); return;
	case ND_INCDEC: check_incdec(s); return;
	case ND_SEND: check_send(s); return;
	case ND_DECLSTMT:
		for (int i = 0; i < node_list(s)->len; i++)
			check_local_decl(node_list(s)->data[i]);
		return;
	case ND_IF: check_if(s); return;
	case ND_FOR: check_for(s, label); return;
	case ND_RANGE: check_range(s, label); return;
	case ND_SWITCH: check_switch(s, label); return;
	case ND_TYPESWITCH: check_typeswitch(s, label); return;
	case ND_SELECT: check_select(s, label); return;
	case ND_RETURN: check_return(s); return;
	case ND_BREAK: case ND_CONTINUE: check_branch(s); return;
	case ND_GOTO: {
		Obj *l = s->name ? find_label(s->name) : NULL;
		if (!l)
			error_at(node_pos2(s), "label %s not defined", s->name ? s->name : "?");
		else
			l->used = true;
		return;
	}
	case ND_FALLTHROUGH: return; // placement is checked by the enclosing clause
	case ND_LABELED: {
		Obj *l = s->name ? find_label(s->name) : NULL;
		stmt(s->lhs, l ? l->name : NULL);
		return;
	}
	case ND_GO: case ND_DEFER: check_go_defer(s); return;
	default: return;
	}
}

void check_stmt(Node *s) {
	stmt(s, NULL);
}

static void check_stmt_list(const Vec *list) {
	for (int i = 0; i < list->len; i++) {
		Node *s = list->data[i];
		if (s && s->kind == ND_FALLTHROUGH && !fctx->targets) {
			error_at(s->pos, "fallthrough statement out of place");
			continue;
		}
		check_stmt(s);
	}
}

// ---- terminating statements (Go spec) ----

static bool has_break(Node *s, const char *label, bool implicit) {
	if (!s)
		return false;
	switch (s->kind) {
	case ND_BREAK:
		return s->name ? label && !strcmp(s->name, label) : implicit;
	case ND_BLOCK:
		for (int i = 0; i < node_list(s)->len; i++)
			if (has_break(node_list(s)->data[i], label, implicit))
				return true;
		return false;
	case ND_IF:
		return has_break(node_ext(s)->then, label, implicit) || has_break(node_ext(s)->els, label, implicit);
	case ND_LABELED:
		return has_break(s->lhs, label, implicit);
	case ND_CASE: case ND_COMMCLAUSE:
		if (node_ext(s)->body)
			return has_break(node_ext(s)->body, label, implicit);
		for (int i = 0; i < s->rlist.len; i++)
			if (has_break(s->rlist.data[i], label, implicit))
				return true;
		return false;
	case ND_FOR: case ND_RANGE:
		return has_break(node_ext(s)->body, label, false);
	case ND_SWITCH: case ND_TYPESWITCH: case ND_SELECT:
		for (int i = 0; i < node_list(s)->len; i++)
			if (has_break(node_list(s)->data[i], label, false))
				return true;
		return false;
	default:
		return false;
	}
}

static bool list_terminating(const Vec *list) {
	int n = list->len;
	while (n > 0 && (!list->data[n - 1] || ((Node *)list->data[n - 1])->kind == ND_EMPTY))
		n--;
	return n > 0 && is_terminating(list->data[n - 1], NULL);
}

static bool clause_terminating(Node *c) {
	const Vec *list = node_ext(c)->body ? node_list(node_ext_mut(c)->body) : &c->rlist;
	int n = list->len;
	while (n > 0 && (!list->data[n - 1] || ((Node *)list->data[n - 1])->kind == ND_EMPTY))
		n--;
	if (n > 0 && ((Node *)list->data[n - 1])->kind == ND_FALLTHROUGH)
		return true;
	return list_terminating(list);
}

static bool is_terminating(Node *s, const char *label) {
	if (!s)
		return false;
	switch (s->kind) {
	case ND_RETURN: case ND_GOTO:
		return true;
	case ND_EXPRSTMT: {
		Node *x = unparen(s->lhs);
		return x && x->kind == ND_BUILTIN && x->builtin == BI_PANIC;
	}
	case ND_BLOCK:
		return list_terminating(node_list(s));
	case ND_IF:
		return node_ext(s)->els && is_terminating(node_ext(s)->then, NULL) && is_terminating(node_ext(s)->els, NULL);
	case ND_LABELED:
		return is_terminating(s->lhs, s->name);
	case ND_FOR:
		return !node_ext(s)->cond && !has_break(node_ext(s)->body, label, true);
	case ND_SWITCH: case ND_TYPESWITCH: case ND_SELECT: {
		bool has_default = s->kind == ND_SELECT;
		for (int i = 0; i < node_list(s)->len; i++) {
			Node *c = node_list(s)->data[i];
			if (!c)
				continue;
			if ((c->kind == ND_CASE && node_list(c)->len == 0) || (c->kind == ND_COMMCLAUSE && !c->lhs))
				has_default = true;
			if (!clause_terminating(c) || has_break(c, label, true))
				return false;
		}
		return has_default;
	}
	default:
		return false;
	}
}

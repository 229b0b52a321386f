// gen_stmt.c - statements: assignments (parallel, compound, comma-ok,
// tuple), declarations, if/for/range/switch, labels, break/continue/goto,
// return. Each statement starts with its source line and releases the
// temporaries its expressions used.
#include <string.h>
#include "cg.h"

// ---- break / continue targets ----

typedef struct Target {
	const char *label;   // Go label naming the statement, or NULL
	const char *brk, *cont;
	struct Target *up;
} Target;
static Target *targets;
static const char *pending_label;

static void push_target(Target *t, const char *brk, const char *cont) {
	t->label = pending_label;
	pending_label = NULL;
	t->brk = brk;
	t->cont = cont;
	t->up = targets;
	targets = t;
}

static void pop_target(void) {
	targets = targets->up;
}

// For statements generated elsewhere (type switches).
void push_break_target(const char *brk) {
	push_target(frame_zalloc(sizeof(Target)), brk, NULL);
}

void pop_break_target(void) {
	pop_target();
}

static char *user_label(const char *name) {
	return frame_text(".L%s_label_%s", cg.fnsym, name);
}

// ---- places: the left-hand sides of assignments ----

typedef enum { PL_BLANK, PL_ADDR, PL_LOC, PL_MAP, PL_NEWVAR } PlaceKind;
typedef struct Place {
	PlaceKind kind;
	int ptr;         // PL_ADDR: temporary holding the address
	Loc loc;         // PL_LOC: a variable (or its field) named in place
	int map, key;    // PL_MAP: temporaries holding the map and the key
	Node *mapindex;
	Obj *var;        // PL_NEWVAR
	Type *type;
} Place;

static Node *skip_parens(Node *e) {
	while (e && e->kind == ND_PAREN)
		e = e->lhs;
	return e;
}

static bool is_blank(Node *e) {
	return e->kind == ND_IDENT && e->name && strcmp(e->name, "_") == 0;
}

// A := or var declaration of this identifier creates its variable.
static bool declares(Node *id) {
	Obj *o = id->obj;
	return o && o->kind == OBJ_VAR &&
	       (o->decl == id || (o->pos.line == id->pos.line && o->pos.col == id->pos.col));
}

static Place place_of(Node *lhs, bool define) {
	Place p = {0};
	lhs = skip_parens(lhs);
	p.type = lhs->type;
	if (is_blank(lhs)) {
		p.kind = PL_BLANK;
		return p;
	}
	if (define && lhs->kind == ND_IDENT && declares(lhs)) {
		p.kind = PL_NEWVAR;
		p.var = lhs->obj;
		p.type = lhs->obj->type;
		return p;
	}
	if (lhs->kind == ND_INDEX && type_under(lhs->lhs->type)->kind == TY_MAP) {
		p.kind = PL_MAP;
		p.mapindex = lhs;
		p.map = gen_expr_temp(lhs->lhs);
		p.key = gen_expr_temp(lhs->rhs);
		return p;
	}
	if (static_loc(lhs, &p.loc)) {
		p.kind = PL_LOC;
		return p;
	}
	p.kind = PL_ADDR;
	gen_addr(lhs);
	p.ptr = tmp_alloc(8, frame_text("&%s", expr_text(lhs)));
	save_rax(p.ptr);
	return p;
}

// Allocates the heap block of a variable that was moved to the heap, at
// its declaration (each execution of the declaration is a new variable).
void gen_heap_var(Obj *v) {
	if (v->heap_reason)
		emit_comment("var %s -> heap: %s", v->name, v->heap_reason);
	else
		emit_comment("var %s -> heap: moved to heap (line %d)", v->name, v->pos.line);
	emit("mov $%lld, %%rdi", (long long)tsize(v->type));
	emit("lea %s(%%rip), %%rsi", typedesc(v->type));
	alloc_call("runtime_new", v->pos, frame_text("var %s", v->name));
	emit("mov %%rax, %d(%%rbp)", v->offset);
}

static bool owned_heap_var(Obj *v) {
	return v->heap && !v->is_global && v->owner == cg.fn;
}

// %rax = the value stored at frame offset src (address for aggregates).
static void value_from(int src, Type *t) {
	if (is_agg(t))
		emit("lea %d(%%rbp), %%rax", src);
	else
		load_into(t, frame_text("%d(%%rbp)", src), "%rax");
}

// Stores the value held at frame offset src to the location l.
static void store_at(Loc l, Type *t, int src) {
	if (is_agg(t)) {
		emit("lea %s, %%rdi", loc_text(l));
		emit("lea %d(%%rbp), %%rax", src);
		copy_mem(tsize(t));
		return;
	}
	load_into(t, frame_text("%d(%%rbp)", src), "%rdx");
	note_loc(l);
	store_from(t, "%rdx", loc_text(l));
}

static void place_store(Place *p, int src) {
	switch (p->kind) {
	case PL_BLANK:
		return;
	case PL_LOC:
		store_at(p->loc, p->type, src);
		return;
	case PL_NEWVAR:
		if (owned_heap_var(p->var))
			gen_heap_var(p->var);
		gen_var_addr(p->var);
		emit("mov %%rax, %%rdi");
		value_from(src, p->type);
		store(p->type);
		return;
	case PL_ADDR:
		value_from(src, p->type);
		emit("mov %d(%%rbp), %%rdi", p->ptr);
		store(p->type);
		return;
	case PL_MAP:
		emit("lea %s(%%rip), %%rdi", typedesc(p->mapindex->lhs->type));
		emit("mov %d(%%rbp), %%rsi", p->map);
		emit("lea %d(%%rbp), %%rdx", p->key);
		alloc_call("runtime_mapassign", p->mapindex->pos, expr_text(p->mapindex));
		emit("mov %%rax, %%rdi");
		value_from(src, p->type);
		store(p->type);
		return;
	}
}

static Type *comma_ok_tuple(Type *vt) {
	Type *t = new_type(TY_TUPLE);
	vec_push(&t->results, vt);
	vec_push(&t->results, ty_bool);
	return t;
}

// The members of a multi-value right-hand side (a call or a comma-ok form).
static Type *multi_value_type(Node *rhs) {
	if (rhs->comma_ok)
		return comma_ok_tuple(rhs->type);
	return rhs->type;
}

// x = v with one variable, field or element on the left, stored in place:
// a constant as an immediate, a variable's new value straight from %rax.
// A single assignment evaluates the value before the location.
static bool assign_in_place(Node *l, Node *r, bool define) {
	l = skip_parens(l);
	if (is_blank(l) || (l->kind == ND_INDEX && type_under(l->lhs->type)->kind == TY_MAP))
		return false;
	Type *t = l->type;
	if (define && l->kind == ND_IDENT && declares(l)) {
		if (owned_heap_var(l->obj))
			return false;
		t = l->obj->type;
	}
	Loc loc;
	int64_t imm;
	bool imm_ok = !is_agg(t) && int_const(r, &imm) && is_imm32(imm) && tsize(t) > 0;
	if (static_loc(l, &loc)) {
		if (imm_ok) {
			note_loc(loc);
			emit("mov%c $%lld, %s", size_suffix(tsize(t)), (long long)imm, loc_text(loc));
		} else if (is_agg(t)) {
			gen_expr(r);
			emit("lea %s, %%rdi", loc_text(loc));
			copy_mem(tsize(t));
		} else {
			gen_expr(r);
			note_loc(loc);
			store_from(t, "%rax", loc_text(loc));
		}
		return true;
	}
	if (imm_ok) {
		loc = gen_loc(l);
		emit("mov%c $%lld, %s", size_suffix(tsize(t)), (long long)imm, loc_text(loc));
	} else if (is_simple(r)) {
		loc = gen_loc(l);
		load_simple(r, "%rdx");
		store_from(t, "%rdx", loc_text(loc));
	} else if (!is_agg(t) && is_simple_loc(l)) {  // p.x = v: p is read into %rdi after v
		gen_expr(r);
		store_from(t, "%rax", loc_text(gen_simple_loc(l, "%rdi")));
	} else if (!is_agg(t) && loc_spares_rdx(l)) {  // s[i] = v: v waits in %rdx
		gen_expr(r);
		emit("mov %%rax, %%rdx");
		store_from(t, "%rdx", loc_text(gen_loc(l)));
	} else {
		int v = gen_expr_temp(r);
		store_at(gen_loc(l), t, v);
	}
	return true;
}

// Phase one of an assignment of several values (Go spec, Assignments):
// the operands of index expressions and pointer indirections on the left
// are evaluated into temporaries. The copy of lhs returned reads them, so
// its nil and bounds checks and its store wait for phase two.
static Node *lhs_operands(Node *lhs) {
	Node *l = skip_parens(lhs);
	if (l->kind != ND_STAR && l->kind != ND_DEREF && l->kind != ND_SELECTOR && l->kind != ND_INDEX)
		return l;
	Node *c = frame_zalloc(sizeof(Node));
	memcpy(c, l, node_size(l));
	if (l->kind == ND_SELECTOR || (l->kind == ND_INDEX && type_under(l->lhs->type)->kind == TY_ARRAY))
		c->lhs = lhs_operands(l->lhs);
	else
		c->lhs = temp_node(gen_expr_temp(l->lhs), l->lhs->type, expr_text(l->lhs));
	int64_t k;
	if (l->kind == ND_INDEX && !int_const(l->rhs, &k))
		c->rhs = temp_node(gen_expr_temp(l->rhs), l->rhs->type, expr_text(l->rhs));
	return c;
}

// in_order: the values are evaluated left to right (gc does so for var
// declarations; for assignments it evaluates the calls first).
static void gen_assign_list(const Vec *lhs, const Vec *rhs, bool define, bool in_order) {
	if (lhs->len == rhs->len) {
		// a[f()] = g(): calls on the left come first, so the place does too
		bool place_first = lhs->len == 1 && has_effects(lhs->data[0]);
		if (lhs->len == 1 && !place_first && assign_in_place(lhs->data[0], rhs->data[0], define))
			return;
		if (lhs->len == 1 && !place_first) {
			Node *l = lhs->data[0];
			int v = gen_expr_temp(rhs->data[0]);
			Place p = place_of(l, define);
			place_store(&p, v);
			return;
		}
		Place *ps = frame_zalloc((size_t)lhs->len * sizeof(Place));
		int *vs = frame_zalloc((size_t)lhs->len * sizeof(int));
		Node **ls = frame_zalloc((size_t)lhs->len * sizeof(Node *));
		for (int i = 0; i < lhs->len; i++)
			ls[i] = lhs_operands(lhs->data[i]);
		if (in_order)
			for (int i = 0; i < rhs->len; i++)
				vs[i] = gen_expr_temp(rhs->data[i]);
		else
			exprs_to_temps(rhs, vs);
		for (int i = 0; i < lhs->len; i++) {
			ps[i] = place_of(ls[i], define);
			place_store(&ps[i], vs[i]);
		}
		return;
	}
	// v1, v2 = f() / v, ok = m[k]
	Node *r = rhs->data[0];
	Type *tt = multi_value_type(r);
	Node **ls = frame_zalloc((size_t)lhs->len * sizeof(Node *));
	for (int i = 0; i < lhs->len; i++)
		ls[i] = lhs_operands(lhs->data[i]);
	gen_expr(r);
	int tup = to_temp(tt);
	int64_t *off = frame_zalloc(((size_t)tt->results.len + 1) * sizeof(int64_t));
	int64_t total;
	tuple_layout(&tt->results, off, &total);
	for (int i = 0; i < lhs->len && i < tt->results.len; i++) {
		Place p = place_of(ls[i], define);
		if (p.kind != PL_BLANK)
			place_store(&p, assign_conv_temp(tt->results.data[i], p.type, tup + (int)off[i], expr_text(r)));
	}
}

// x op= v done by one instruction on x's storage, when op and the
// operands allow it.
static bool compound_in_place(Node *lhs, Op op, Node *rhs) {
	Type *t = lhs->type;
	int64_t v = 1;  // x++ / x--
	Loc l;
	if (lhs->kind == ND_INDEX && type_under(lhs->lhs->type)->kind == TY_MAP)
		return false;
	if (!inplace_op(op, t)) {  // floats, *, /, <<: x = x op v through %rax
		if (is_agg(t) || !rhs || !is_simple_loc(lhs))
			return false;
		gen_expr(rhs);
		emit("mov %%rax, %%rcx");
		l = gen_simple_loc(lhs, "%rdi");
		note_loc(l);
		load_into(t, loc_text(l), "%rax");
		gen_op_rcx(op, t, rhs->type);
		store_from(t, "%rax", loc_text(l));
		return true;
	}
	if (!rhs || (int_const(rhs, &v) && is_imm32(v))) {
		l = gen_loc(lhs);
		note_loc(l);
		gen_inplace_op(op, t, frame_text("$%lld", (long long)v), loc_text(l));
	} else if (is_simple(rhs)) {
		l = gen_loc(lhs);
		load_simple(rhs, "%rdx");
		note_loc(l);
		gen_inplace_op(op, t, "%rdx", loc_text(l));
	} else if (is_simple_loc(lhs)) {
		gen_expr(rhs);
		l = gen_simple_loc(lhs, "%rdi");
		note_loc(l);
		gen_inplace_op(op, t, "%rax", loc_text(l));
	} else {
		return false;
	}
	return true;
}

// %rax = the right operand of x op= rhs of type t (1 for x++ and x--).
void gen_compound_operand(Type *t, Node *rhs) {
	if (rhs) {
		gen_expr(rhs);
	} else if (type_is_complex(t)) {
		gen_complex_const(t, 1, 0);
	} else if (is_float(t)) {  // ++ / -- on a float
		if (type_under(t)->kind == TY_FLOAT32)
			emit("mov $0x3f800000, %%eax");
		else
			emit("movabs $0x3ff0000000000000, %%rax");
	} else {
		emit("mov $1, %%eax");
	}
}

static void gen_compound(Node *lhs, Op op, Node *rhs) {
	lhs = skip_parens(lhs);
	Type *t = lhs->type;
	if (compound_in_place(lhs, op, rhs))
		return;
	if (lhs->kind == ND_INDEX && type_under(lhs->lhs->type)->kind == TY_MAP) {
		gen_map_compound(lhs, op, rhs);
		return;
	}
	int ptr = tmp_alloc(8, frame_text("&%s", expr_text(lhs)));
	gen_addr(lhs);
	save_rax(ptr);
	load(t);
	int cur = to_temp(t);
	gen_compound_operand(t, rhs);
	gen_binop_values(op, t, rhs ? rhs->type : t, cur);
	emit("mov %d(%%rbp), %%rdi", ptr);
	store(t);
}

static void gen_assign(Node *s) {
	Op op = s->kind == ND_DEFINE ? OP_ASSIGN : s->op;
	if (op != OP_ASSIGN && op != OP_NONE) {
		gen_compound(node_list(s)->data[0], op, s->rlist.data[0]);
		return;
	}
	gen_assign_list(node_list(s), &s->rlist, s->kind == ND_DEFINE, false);
}

static void gen_varspec(Node *spec) {
	if (spec->rlist.len) {
		gen_assign_list(&node_ext_mut(spec)->names, &spec->rlist, true, true);
		return;
	}
	for (int i = 0; i < node_ext(spec)->names.len; i++) {
		Node *id = node_ext(spec)->names.data[i];
		Obj *v = id->obj;
		if (!v || v->kind != OBJ_VAR || is_blank(id))
			continue;
		if (owned_heap_var(v)) {
			gen_heap_var(v);  // runtime_new zeroes
			continue;
		}
		gen_var_addr(v);
		emit("mov %%rax, %%rdi");
		zero_mem(tsize(v->type));
	}
}

// ---- control flow ----

static void gen_if(Node *s) {
	if (node_ext(s)->init)
		gen_stmt(node_ext(s)->init);
	char *els = new_label("else"), *end = new_label("endif");
	gen_cond_jump(node_ext(s)->cond, false, els);
	gen_stmt(node_ext(s)->then);
	if (node_ext(s)->els)
		emit("jmp %s", end);
	emit_label(els);
	if (node_ext(s)->els) {
		gen_stmt(node_ext(s)->els);
		emit_label(end);
	}
}

static void gen_for(Node *s) {
	if (node_ext(s)->init)
		gen_stmt(node_ext(s)->init);
	char *top = new_label("for"), *cont = new_label("continue"), *brk = new_label("break");
	Target t;
	push_target(&t, brk, cont);
	emit_label(top);
	if (node_ext(s)->cond) {
		emit_line(s->pos);
		gen_cond_jump(node_ext(s)->cond, false, brk);
	}
	gen_stmt(node_ext(s)->body);
	emit_label(cont);
	if (node_ext(s)->post)
		gen_stmt(node_ext(s)->post);
	emit("jmp %s", top);
	emit_label(brk);
	pop_target();
}

// Stores a range key or value (held in a temporary, of type from) into
// its variable; `for _, x = range` into an interface variable boxes the
// value as `x = v` would.
void range_assign(Node *lhs, int src, Type *from) {
	if (!lhs || is_blank(skip_parens(lhs)))
		return;
	int mark = tmp_mark();
	Place p = place_of(lhs, false);
	place_store(&p, assign_conv_temp(from, p.type, src, "range value"));
	tmp_release(mark);
}

// `for k, v = range` assigns like `k, v = ...`: the operands of v's
// index expressions and indirections are evaluated before k is stored.
static Node *range_value_place(Node *s, Node *key, Node *val) {
	return key && val && !node_ext(s)->is_define ? lhs_operands(val) : val;
}

// The assignment part of a select receive clause `v, ok := <-c`, the
// (value, ok) pair being at tuple_off.
void assign_received(Node *comm, int tuple_off, Type *vt) {
	bool define = comm->kind == ND_DEFINE;
	int64_t vsize = align8(tsize(vt));
	for (int i = 0; i < node_list(comm)->len && i < 2; i++) {
		Place p = place_of(node_list(comm)->data[i], define);
		if (p.kind != PL_BLANK)  // boxed for an interface variable
			place_store(&p, assign_conv_temp(i ? ty_bool : vt, p.type, tuple_off + (i ? (int)vsize : 0),
			                                 "received value"));
	}
}

// The head of a range loop over the indexes of a string, slice or array
// (i and len are frame temporaries, len already set): i = 0, then at top
// leave for brk once i >= len; i is left in %rax.
static void index_loop_head(Target *t, int i, int len, const char *top, const char *brk, const char *cont) {
	emit("movq $0, %d(%%rbp)", i);
	push_target(t, brk, cont);
	emit_label(top);
	load_rax(i);
	emit("cmp %d(%%rbp), %%rax", len);
	emit("jge %s", brk);
}

static void gen_range(Node *s) {
	Node *key = node_list(s)->len > 0 ? node_list(s)->data[0] : NULL;
	Node *val = node_list(s)->len > 1 ? node_list(s)->data[1] : NULL;
	if (key && is_blank(key))
		key = NULL;
	if (val && is_blank(val))
		val = NULL;
	// Go 1.19: one variable per loop, allocated before the first iteration
	if (node_ext(s)->is_define)
		for (int i = 0; i < node_list(s)->len; i++) {
			Node *id = node_list(s)->data[i];
			if (id && id->kind == ND_IDENT && id->obj && owned_heap_var(id->obj) && !is_blank(id))
				gen_heap_var(id->obj);
		}
	Node *x = s->rhs;
	Type *u = type_under(x->type);
	char *top = new_label("range"), *cont = new_label("continue"), *brk = new_label("break");
	Target t;
	int i = tmp_alloc(8, "range index"), len = tmp_alloc(8, "range length");
	if (u->kind == TY_MAP) {
		int m = gen_expr_temp(x);
		int it = tmp_alloc(64, "map iterator");
		emit("lea %s(%%rip), %%rdi", typedesc(x->type));
		emit("mov %d(%%rbp), %%rsi", m);
		emit("lea %d(%%rbp), %%rdx", it);
		emit("call runtime_mapiterinit");
		push_target(&t, brk, cont);
		emit_label(top);
		emit("mov %d(%%rbp), %%rax", it);
		emit("test %%rax, %%rax");
		emit("jz %s", brk);
		int vmark = tmp_mark();
		Node *vplace = range_value_place(s, key, val);
		if (key) {
			int mark = tmp_mark();
			emit("mov %d(%%rbp), %%rax", it);
			load(u->key);
			int k = to_temp(u->key);
			range_assign(key, k, u->key);
			tmp_release(mark);
		}
		if (val) {
			int mark = tmp_mark();
			emit("mov %d(%%rbp), %%rax", it + 8);
			load(u->elem);
			int v = to_temp(u->elem);
			range_assign(vplace, v, u->elem);
			tmp_release(mark);
		}
		tmp_release(vmark);
		gen_stmt(node_ext(s)->body);
		emit_label(cont);
		emit("lea %d(%%rbp), %%rdi", it);
		emit("call runtime_mapiternext");
		emit("jmp %s", top);
		emit_label(brk);
		pop_target();
		return;
	}
	if (u->kind == TY_CHAN) {
		push_target(&t, brk, cont);
		gen_range_chan(s, key, top, cont, brk);
		pop_target();
		return;
	}
	if (u->kind == TY_STRING) {
		int str = gen_expr_temp(x);
		int next = tmp_alloc(8, "next index"), rune = tmp_alloc(8, "rune");
		emit("mov %d(%%rbp), %%rax", str + 8);
		save_rax(len);
		index_loop_head(&t, i, len, top, brk, cont);
		emit("lea %d(%%rbp), %%rdi", str);
		emit("mov %%rax, %%rsi");
		emit("lea %d(%%rbp), %%rdx", rune);
		emit("call runtime_decoderune");
		save_rax(next);
		emit("movslq %d(%%rbp), %%rax", rune);
		save_rax(rune);
		int vmark = tmp_mark();
		Node *vplace = range_value_place(s, key, val);
		range_assign(key, i, ty_int);
		range_assign(vplace, rune, ty_rune);
		tmp_release(vmark);
		gen_stmt(node_ext(s)->body);
		emit_label(cont);
		load_rax(next);
		save_rax(i);
		emit("jmp %s", top);
		emit_label(brk);
		pop_target();
		return;
	}
	if (u->kind == TY_SLICE || u->kind == TY_ARRAY ||
	    (u->kind == TY_PTR && type_under(u->elem)->kind == TY_ARRAY)) {
		int base = tmp_alloc(8, "range base");
		Type *elem;
		if (u->kind == TY_SLICE) {
			int hdr = gen_expr_temp(x);
			emit("mov %d(%%rbp), %%rax", hdr);
			save_rax(base);
			emit("mov %d(%%rbp), %%rax", hdr + 8);
			save_rax(len);
			elem = u->elem;
		} else if (u->kind == TY_ARRAY) {
			Type *at = u;
			elem = at->elem;
			if (val || has_effects(x)) {  // the range expression is a copy of the array
				int copy = gen_expr_temp(x);
				emit("lea %d(%%rbp), %%rax", copy);
				save_rax(base);
			}
			emit("movq $%lld, %d(%%rbp)", (long long)at->len, len);
		} else {
			Type *at = type_under(u->elem);
			elem = at->elem;
			gen_expr(x);
			save_rax(base);
			emit("movq $%lld, %d(%%rbp)", (long long)at->len, len);
		}
		index_loop_head(&t, i, len, top, brk, cont);
		int vmark = tmp_mark();
		Node *vplace = range_value_place(s, key, val);
		range_assign(key, i, ty_int);
		if (val) {
			int mark = tmp_mark();
			int64_t es = tsize(elem);
			load_rax(base);
			if (u->kind == TY_PTR)
				nil_check("%rax");
			emit("mov %d(%%rbp), %%rcx", i);
			Loc el = loc_rax(0), dst;
			if (es == 1 || es == 2 || es == 4 || es == 8) {
				el.indexed = true;
				el.scale = (int)es;
			} else if (es) {
				emit("imul $%lld, %%rcx", (long long)es);
				emit("add %%rcx, %%rax");
			}
			if (!is_agg(elem) && type_identical(elem, vplace->type) && static_loc(vplace, &dst)) {  // straight into the variable
				load_into(elem, loc_text(el), "%rax");
				note_loc(dst);
				store_from(elem, "%rax", loc_text(dst));
			} else {
				loc_addr(el);
				load(elem);
				range_assign(vplace, to_temp(elem), elem);
			}
			tmp_release(mark);
		}
		tmp_release(vmark);
		gen_stmt(node_ext(s)->body);
		emit_label(cont);
		emit("incq %d(%%rbp)", i);
		emit("jmp %s", top);
		emit_label(brk);
		pop_target();
		return;
	}
	unsupported(s->pos, "range over this type");
}

static const Vec *clause_body(Node *c, Vec *tmp) {
	if (node_ext(c)->body && node_ext(c)->body->kind == ND_BLOCK)
		return node_list(node_ext_mut(c)->body);
	if (node_ext(c)->body) {
		*tmp = (Vec){0};
		vec_push(tmp, node_ext(c)->body);
		return tmp;
	}
	return &c->rlist;
}

static bool ends_in_fallthrough(const Vec *body) {
	if (!body->len)
		return false;
	Node *last = body->data[body->len - 1];
	return last && last->kind == ND_FALLTHROUGH;
}

static void gen_switch(Node *s) {
	if (node_ext(s)->init)
		gen_stmt(node_ext(s)->init);
	Node *tag = node_ext(s)->cond;
	int tagoff = 0;
	if (tag)
		tagoff = gen_expr_temp(tag);
	int n = node_list(s)->len;
	char *end = new_label("endswitch");
	int deflt;
	char **bodies = clause_labels(s, "case", &deflt);
	for (int i = 0; i < n; i++) {
		Node *c = node_list(s)->data[i];
		for (int k = 0; k < node_list(c)->len; k++) {
			Node *x = node_list(c)->data[k];
			int mark = tmp_mark();
			emit_line(x->pos);
			if (tag) {
				gen_expr(x);
				if (needs_mixed_eq(tag->type, x->type))
					gen_mixed_eq(tag->type, tagoff, x->type, false);
				else
					gen_eq(tag->type, tagoff, false);
				emit("test %%rax, %%rax");
				emit("jnz %s", bodies[i]);
			} else {
				gen_cond_jump(x, true, bodies[i]);
			}
			tmp_release(mark);
		}
	}
	emit("jmp %s", deflt >= 0 ? bodies[deflt] : end);
	Target t;
	push_target(&t, end, NULL);
	for (int i = 0; i < n; i++) {
		Node *c = node_list(s)->data[i];
		Vec tmp;
		const Vec *body = clause_body(c, &tmp);
		emit_label(bodies[i]);
		gen_block(body);
		if (ends_in_fallthrough(body) && i + 1 < n)
			emit("jmp %s", bodies[i + 1]);
		else
			emit("jmp %s", end);
	}
	pop_target();
	emit_label(end);
}

static Target *find_target(const char *label, bool want_continue) {
	for (Target *t = targets; t; t = t->up) {
		if (label) {
			if (t->label && strcmp(t->label, label) == 0)
				return t;
			continue;
		}
		if (!want_continue || t->cont)
			return t;
	}
	return NULL;
}

static void gen_branch(Node *s, bool is_continue) {
	Target *t = find_target(s->name, is_continue);
	if (!t) {
		unsupported(s->pos, is_continue ? "continue target" : "break target");
		return;
	}
	emit("jmp %s", is_continue ? t->cont : t->brk);
}

// ---- return ----

static void gen_return(Node *s) {
	Vec *res = &cg.fn->results;
	if (node_list(s)->len == 1 && res->len > 1) {  // return f()
		Node *r = node_list(s)->data[0];
		gen_expr(r);
		int tup = to_temp(r->type);
		int64_t *off = frame_zalloc(((size_t)res->len + 1) * sizeof(int64_t));
		int64_t total;
		tuple_layout(&r->type->results, off, &total);
		for (int i = 0; i < res->len; i++) {
			Obj *o = res->data[i];
			int v = assign_conv_temp(r->type->results.data[i], o->type, tup + (int)off[i], expr_text(r));
			gen_var_addr(o);
			emit("mov %%rax, %%rdi");
			value_from(v, o->type);
			store(o->type);
		}
	} else if (node_list(s)->len == 1 && res->len == 1) {  // one result: no temporary
		Obj *o = res->data[0];
		Node id = {.kind = ND_IDENT, .obj = o, .type = o->type};
		assign_in_place(&id, node_list(s)->data[0], false);
	} else if (node_list(s)->len) {
		int *vals = frame_zalloc((size_t)node_list(s)->len * sizeof(int));
		exprs_to_temps(node_list(s), vals);
		for (int i = 0; i < node_list(s)->len && i < res->len; i++) {
			Obj *o = res->data[i];
			gen_var_addr(o);
			emit("mov %%rax, %%rdi");
			value_from(vals[i], o->type);
			store(o->type);
		}
	}
	emit("jmp %s", ret_label());
}

// ---- dispatcher ----

void gen_block(const Vec *stmts) {
	for (int i = 0; i < stmts->len; i++)
		gen_stmt(stmts->data[i]);
}

void gen_stmt(Node *s) {
	if (!s)
		return;
	int mark = tmp_mark();
	if (s->kind != ND_BLOCK && s->kind != ND_LABELED && s->kind != ND_EMPTY)
		emit_line(s->pos);
	switch (s->kind) {
	case ND_BLOCK:
		gen_block(node_list(s));
		break;
	case ND_EMPTY: case ND_FALLTHROUGH:
		break;
	case ND_EXPRSTMT:
		gen_expr(s->lhs);
		break;
	case ND_ASSIGN: case ND_DEFINE:
		gen_assign(s);
		break;
	case ND_INCDEC:
		gen_compound(s->lhs, s->op == OP_INC ? OP_ADD : OP_SUB, NULL);
		break;
	case ND_DECLSTMT:
		for (int i = 0; i < node_list(s)->len; i++) {
			Node *spec = node_list(s)->data[i];
			if (spec->kind == ND_VARSPEC)
				gen_varspec(spec);
		}
		break;
	case ND_VARSPEC:
		gen_varspec(s);
		break;
	case ND_IF:
		gen_if(s);
		break;
	case ND_FOR:
		gen_for(s);
		break;
	case ND_RANGE:
		gen_range(s);
		break;
	case ND_SWITCH:
		gen_switch(s);
		break;
	case ND_RETURN:
		gen_return(s);
		break;
	case ND_BREAK:
		gen_branch(s, false);
		break;
	case ND_CONTINUE:
		gen_branch(s, true);
		break;
	case ND_GOTO:
		emit("jmp %s", user_label(s->name));
		break;
	case ND_LABELED:
		emit_label(user_label(s->name));
		if (s->lhs && (s->lhs->kind == ND_FOR || s->lhs->kind == ND_RANGE || s->lhs->kind == ND_SWITCH ||
		               s->lhs->kind == ND_TYPESWITCH || s->lhs->kind == ND_SELECT))
			pending_label = s->name;
		gen_stmt(s->lhs);
		break;
	case ND_TYPESWITCH:
		gen_typeswitch(s);
		break;
	case ND_GO: case ND_DEFER:
		gen_defer_or_go(s);
		break;
	case ND_SEND:
		gen_send(s);
		break;
	case ND_SELECT:
		gen_select(s);
		break;
	default:
		unsupported(s->pos, node_kind_name(s->kind));
		break;
	}
	tmp_release(mark);
}

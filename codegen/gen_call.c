// gen_call.c - calls of Go functions (direct, through func values, through
// interfaces), func literals and their closure objects, method values,
// and the small thunks that adapt a method to another receiver form.
#include <string.h>
#include "cg.h"
#include "../ssa/ssa.h"

static Node *skip_parens(Node *e) {
	while (e && e->kind == ND_PAREN)
		e = e->lhs;
	return e;
}

const char *func_symbol(Obj *fn) {
	if (fn->func && fn->func->sym)
		return cg_sym(fn->func->sym);
	if (fn->func && fn->func->name)
		return cg_sym(fn->func->name);
	if (fn->recv_type && fn->recv_type->obj)
		return cg_sym(xasprintf("main.%s.%s", fn->recv_type->obj->name, fn->name));
	return cg_sym(xasprintf("main.%s", fn->name));
}

// A function that only has a type-check stub (frontend/check_stub.c:
// strings.ToUpper, runtime.GC, ...) has no code. Only `compile` meets
// one (build, run and asm report the package goscape cannot compile at
// its import); it emits calls of it, as an object file would.
bool has_body(Obj *fn) {
	return !fn || !fn->func || !fn->func->stub_only;
}

// ---- calls ----

typedef struct ArgSlot {
	int off;        // temporary holding the value
	Type *type;
	bool in_tuple;  // a member of a spread f(g()) tuple (scalars not widened)
	Node *late;     // evaluated when the arguments are copied, straight into place (no temporary)
} ArgSlot;

// A member of a spread tuple (type mt, at frame offset off) passed as a
// parameter of type pt: converted when pt is an interface.
static ArgSlot member_arg(Type *mt, Type *pt, int off) {
	if (!type_is_interface(type_under(pt)) || type_identical(mt, pt))
		return (ArgSlot){off, mt, true, NULL};
	return (ArgSlot){assign_conv_temp(mt, pt, off, "a result"), pt, false, NULL};
}

// f(g()) with a multi-value g: the members of g's result tuple (at the
// temporary tup) become the arguments of f (type ft), converted to
// interface parameters; for a variadic f the trailing ones are packed
// into a new slice.
static int spread_tuple(Node *a, int tup, Type *ft, ArgSlot *args, int nargs) {
	Vec *mt = &a->type->results;
	int n = mt->len, np = ft->params.len;
	int fixed = ft->variadic ? np - 1 : n;
	int64_t *moff = frame_zalloc(((size_t)n + 1) * sizeof(int64_t));
	int64_t total;
	tuple_layout(mt, moff, &total);
	for (int k = 0; k < fixed && k < n && k < np; k++)
		args[nargs++] = member_arg(mt->data[k], ft->params.data[k], tup + (int)moff[k]);
	if (!ft->variadic)
		return nargs;
	Type *st = ft->params.data[np - 1], *et = type_under(st)->elem;
	int hdr = tmp_alloc(24, "variadic slice of the results");
	emit("lea %d(%%rbp), %%rdi", hdr);
	zero_mem(24);
	if (n > fixed) {
		Type *arr = type_array(et, n - fixed);
		type_layout(arr);
		gen_alloc(arr, NULL, frame_text("... argument %s", expr_text(a)));
		save_rax(hdr);
		emit("movq $%d, %d(%%rbp)", n - fixed, hdr + 8);
		emit("movq $%d, %d(%%rbp)", n - fixed, hdr + 16);
		for (int k = fixed; k < n; k++) {
			ArgSlot v = member_arg(mt->data[k], et, tup + (int)moff[k]);
			emit("mov %d(%%rbp), %%rdi", hdr);
			if (k > fixed)
				emit("add $%lld, %%rdi", (long long)((k - fixed) * tsize(et)));
			emit("lea %d(%%rbp), %%rax", v.off);
			load(et);
			store(et);
		}
	}
	args[nargs++] = (ArgSlot){hdr, st, false, NULL};
	return nargs;
}

// Evaluates the callee and the arguments of call e into temporaries and
// lays out the outgoing area (Go's order: function value, then arguments).
CallPlan plan_call(Node *e, bool in_order) {
	CallPlan p = {0};
	Node *fn = skip_parens(e->lhs);
	p.fn = fn;
	if ((fn->kind == ND_FUNCNAME || fn->kind == ND_IDENT) && fn->obj && fn->obj->kind == OBJ_FUNC) {
		p.kind = CALL_DIRECT;
		p.sym = is_method_expr(fn) ? method_expr_code(fn) : func_symbol(fn->obj);
	} else if (fn->kind == ND_SELECTOR && fn->lhs && type_is_interface(type_under(fn->lhs->type))) {
		p.kind = CALL_IFACE;
		p.fnval = gen_expr_temp(fn->lhs);
	} else {
		p.kind = CALL_VALUE;
		p.fnval = gen_expr_temp(fn);
	}

	int cap = 1;
	for (int i = 0; i < node_list(e)->len; i++) {
		Node *a = node_list(e)->data[i];
		cap += a->type && a->type->kind == TY_TUPLE ? a->type->results.len : 1;
	}
	ArgSlot *args = frame_zalloc((size_t)cap * sizeof(ArgSlot));
	int nargs = 0;
	// As gc does, the arguments that call or receive are evaluated first,
	// in order, into temporaries; the others afterwards, straight into the
	// outgoing area (they cannot overwrite it: no Go call). in_order (go
	// and defer, whose arguments gc assigns to temporaries one by one):
	// only constants wait.
	for (int i = 0; i < node_list(e)->len; i++) {
		Node *a = node_list(e)->data[i];
		if (a->type && a->type->kind != TY_TUPLE && !has_effects(a) && (!in_order || a->is_const)) {
			args[nargs++] = (ArgSlot){0, a->type, false, a};
			continue;
		}
		int off = gen_expr_temp(a);
		if (a->type && a->type->kind == TY_TUPLE) {
			nargs = spread_tuple(a, off, type_under(fn->type), args, nargs);
		} else {
			args[nargs++] = (ArgSlot){off, a->type, false, NULL};
		}
	}

	int64_t out = p.kind == CALL_IFACE ? 8 : 0;
	int64_t *outoff = frame_zalloc(((size_t)nargs + 1) * sizeof(int64_t));
	for (int i = 0; i < nargs; i++) {
		outoff[i] = out;
		out += align8(tsize(args[i].type));
	}
	Type *ft = type_under(fn->type);
	p.results = &ft->results;
	p.res_base = out;
	tuple_layout(p.results, NULL, &p.res_total);
	frame_need_out(p.res_base + p.res_total);
	p.args = args;
	p.nargs = nargs;
	p.outoff = outoff;
	return p;
}

// Copies the evaluated arguments to base+offset (base: "%rsp" or a
// register holding a defer record's argument block).
void emit_args(CallPlan *p, const char *base) {
	ArgSlot *args = p->args;
	int saved_base = 0;  // a register base survives the evaluation of late arguments here
	for (int i = 0; i < p->nargs; i++) {
		Type *t = args[i].type;
		Node *a = args[i].late;
		const char *dst = frame_text("%lld(%s)", (long long)p->outoff[i], base);
		int64_t imm;
		if (a && int_const(a, &imm) && is_imm32(imm)) {
			emit("movq $%lld, %s", (long long)imm, dst);
		} else if (a && is_simple(a)) {
			load_simple(a, "%rax");
			emit("mov %%rax, %s", dst);
		} else if (a && is_agg(t) && is_simple_loc(a)) {  // copied from the variable
			loc_addr(gen_simple_loc(a, "%rax"));
			emit("lea %s, %%rdi", dst);
			copy_mem(tsize(t));
		} else if (a) {
			if (strcmp(base, "%rsp") != 0 && !saved_base) {
				saved_base = tmp_alloc(8, "argument block");
				emit("mov %s, %d(%%rbp)", base, saved_base);
			}
			gen_expr(a);
			if (saved_base)
				emit("mov %d(%%rbp), %s", saved_base, base);
			if (is_agg(t)) {
				emit("lea %s, %%rdi", dst);
				copy_mem(tsize(t));
			} else {
				emit("mov %%rax, %s", dst);
			}
		} else if (is_agg(t) || args[i].in_tuple) {
			emit("lea %d(%%rbp), %%rax", args[i].off);
			emit("lea %s, %%rdi", dst);
			copy_mem(is_agg(t) ? tsize(t) : align8(tsize(t)));
		} else {
			load_rax(args[i].off);
			emit("mov %%rax, %s", dst);
		}
	}
}

// %rax = the code address of an interface method (receiver word stored
// at 0(base)), or of a func value (closure left in %rdx).
void callee_code(CallPlan *p, const char *base) {
	if (p->kind == CALL_IFACE) {
		emit("mov %d(%%rbp), %%rax", p->fnval);
		nil_check_at("%rax", GO_ITAB_FUN + 8 * p->fn->field_index);
		emit("mov %d(%%rbp), %%rcx", p->fnval + 8);
		emit("mov %%rcx, 0(%s)", base);
		emit("mov %d(%%rax), %%rax  # %s", ABI_ITAB_FUN + 8 * p->fn->field_index, p->fn->name ? p->fn->name : "method");
	} else if (p->kind == CALL_VALUE) {
		emit("mov %d(%%rbp), %%rdx", p->fnval);
		nil_check("%rdx");
		emit("mov (%%rdx), %%rax");
	} else {
		emit("lea %s(%%rip), %%rax", p->sym);
		emit("xor %%edx, %%edx");
	}
}

// A function the SSA back end gives a register ABI is called at its
// SYM..regabi entry, its words moved here between the outgoing area and
// their registers: SYM itself is a thunk (ssa/gen.c's stack_entry), one
// more frame for gdb to show.
static const SsaAbi *direct_regabi(Node *fn) {
	if (is_method_expr(fn) || !has_body(fn->obj) || !fn->obj->func)
		return NULL;
	return ssa_callee_abi(fn->obj->func);
}

static void call_regabi(CallPlan *p, const SsaAbi *abi) {
	for (int k = 0; k < abi->nin; k++)
		emit("%s %d(%%rsp), %s  # argument word %d (register ABI)", abi->in[k] >= SSA_X0 ? "movsd" : "mov", 8 * k,
		     ssa_reg_names[abi->in[k]], k);
	emit("call %s..regabi", p->sym);
	for (int k = 0; k < abi->nout; k++)
		emit("%s %s, %lld(%%rsp)  # result word %d", abi->out[k] >= SSA_X0 ? "movsd" : "mov", ssa_reg_names[abi->out[k]],
		     (long long)(p->res_base + 8 * k), k);
}

void gen_call(Node *e) {
	CallPlan p = plan_call(e, false);
	emit_args(&p, "%rsp");
	const SsaAbi *abi;
	switch (p.kind) {
	case CALL_DIRECT:
		if ((abi = direct_regabi(p.fn)))
			call_regabi(&p, abi);
		else
			emit("call %s", p.sym);
		break;
	case CALL_VALUE:
		emit("mov %d(%%rbp), %%rdx", p.fnval);
		nil_check("%rdx");
		emit("call *(%%rdx)");
		break;
	case CALL_IFACE:
		callee_code(&p, "%rsp");
		emit("call *%%rax");
		break;
	}
	Vec *results = p.results;
	if (results->len == 0)
		return;
	if (results->len == 1 && !is_agg(results->data[0])) {
		load_into(results->data[0], frame_text("%lld(%%rsp)", (long long)p.res_base), "%rax");
		return;
	}
	int res = tmp_alloc(p.res_total, "call results");
	emit("lea %lld(%%rsp), %%rax", (long long)p.res_base);
	emit("lea %d(%%rbp), %%rdi", res);
	copy_mem(p.res_total);
	emit("lea %d(%%rbp), %%rax", res);
}

// ---- closures ----

// The closure object of a literal: the code pointer, then each captured
// variable: its address (by reference) or a copy of its value.
typedef struct ClosureInfo {
	Func *fn;
	Type *type;
} ClosureInfo;
static Vec closures;

static Type *closure_type(Func *f) {
	for (int i = 0; i < closures.len; i++) {
		ClosureInfo *ci = closures.data[i];
		if (ci->fn == f)
			return ci->type;
	}
	Type *st = new_type(TY_STRUCT);
	Field *code = xcalloc(1, sizeof(Field));
	code->name = "F";
	code->type = ty_uintptr;
	vec_push(&st->fields, code);
	for (int i = 0; i < f->captures.len; i++) {
		Capture *c = f->captures.data[i];
		Field *fl = xcalloc(1, sizeof(Field));
		fl->name = c->var->name;
		fl->type = c->byref ? type_ptr(c->var->type) : c->var->type;
		vec_push(&st->fields, fl);
	}
	type_layout(st);
	// the captures sit where the struct allocated (and described to the
	// collector) has them: small ones packed, as gc's closures
	for (int i = 0; i < f->captures.len; i++)
		((Capture *)f->captures.data[i])->offset = (int)((Field *)st->fields.data[i + 1])->offset;
	ClosureInfo *ci = xcalloc(1, sizeof(ClosureInfo));
	ci->fn = f;
	ci->type = st;
	vec_push(&closures, ci);
	return st;
}

Type *closure_layout(Func *f) {
	return closure_type(f);
}

void gen_funclit(Node *e) {
	Func *f = node_ext(e)->func;
	const char *sym = cg_sym(f->sym ? f->sym : f->name);
	if (f->captures.len == 0) {
		emit("lea %s..f(%%rip), %%rax  # func literal without captures: static closure", sym);
		return;
	}
	Type *ct = closure_type(f);
	gen_alloc(ct, e, frame_text("func literal %s", f->name));
	int p = tmp_alloc(8, frame_text("closure %s", f->name));
	save_rax(p);
	emit("lea %s(%%rip), %%rcx", sym);
	emit("mov %%rcx, (%%rax)");
	for (int i = 0; i < f->captures.len; i++) {
		Capture *c = f->captures.data[i];
		gen_var_addr(c->var);
		if (c->byref) {
			emit("mov %d(%%rbp), %%rdi", p);
			emit("mov %%rax, %d(%%rdi)  # capture &%s", c->offset, c->var->name);
		} else {
			load(c->var->type);
			emit("mov %d(%%rbp), %%rdi", p);
			emit("add $%d, %%rdi  # capture %s by value", c->offset, c->var->name);
			store(c->var->type);
		}
	}
	load_rax(p);
}

// ---- thunks ----

typedef enum { THUNK_METHODVAL, THUNK_DEREF, THUNK_PROMOTED, THUNK_IFACE_MV, THUNK_IFACE_MEXPR } ThunkKind;
typedef struct Thunk {
	Obj *method;
	ThunkKind kind;
	const char *sym;
	Type *outer;     // THUNK_PROMOTED: the struct whose embedded field has the method; THUNK_IFACE_*: the interface
	int path[16];    // field indices from outer to the embedded receiver
	int npath;
	Method *imethod; // promoted from an embedded interface: its method and index
	int iindex;
	bool by_value;   // THUNK_PROMOTED: the outer value itself, not a pointer to it, comes first
	bool closure;    // also emit the static closure sym..f (method expressions)
} Thunk;
static Vec thunks;

// The thunk of proto's kind and symbol, made from proto the first time.
static const char *thunk_once(const Thunk *proto) {
	for (int i = 0; i < thunks.len; i++) {
		Thunk *t = thunks.data[i];
		if (t->kind == proto->kind && strcmp(t->sym, proto->sym) == 0)
			return t->sym;
	}
	Thunk *t = xmalloc(sizeof(Thunk));
	*t = *proto;
	vec_push(&thunks, t);
	return t->sym;
}

static const char *thunk_for(Obj *m, ThunkKind kind) {
	const char *sym = xasprintf("%s..%s", func_symbol(m), kind == THUNK_METHODVAL ? "mv" : "i");
	return thunk_once(&(Thunk){.method = m, .kind = kind, .sym = sym});
}

// The promoted-kind thunk named sym: method m (or interface method im at
// iindex) reached from outer through the embedded fields in path.
// by_value and closure serve method expressions (below).
static const char *promoted_kind_thunk(const char *sym, Type *outer, int *path, int npath, Obj *m,
                                       Method *im, int iindex, bool by_value, bool closure) {
	Thunk t = {.method = m, .kind = THUNK_PROMOTED, .sym = sym, .outer = outer, .npath = npath,
	           .imethod = im, .iindex = iindex, .by_value = by_value, .closure = closure};
	memcpy(t.path, path, sizeof(int) * (size_t)npath);
	return thunk_once(&t);
}

// The part of a thunk's symbol naming its type: a named type's name, an
// unnamed type's descriptor (the text of struct{ S } and struct{ *S }
// would become the same symbol).
static const char *thunk_type_name(Type *t) {
	return t->kind == TY_NAMED ? type_string(t, true) : typedesc(t);
}

// Method m promoted to struct type outer through the embedded fields in
// path, taking a pointer to an outer value as its receiver word.
const char *promoted_thunk(Type *outer, int *path, int npath, Obj *m, Method *im, int iindex) {
	const char *sym = cg_sym(xasprintf("%s..promoted.%s", thunk_type_name(outer), m ? m->name : im->name));
	return promoted_kind_thunk(sym, outer, path, npath, m, im, iindex, false, false);
}

// A method expression T.m / (*T).m whose receiver parameter is not what
// the method takes (promoted through the embedded fields in path, or a
// value method through a pointer): a promoted thunk that gets the T value
// (by_value) or a pointer to it first, with a static closure sym..f.
const char *method_expr_thunk(Type *outer, bool by_value, int *path, int npath, Obj *m, Method *im, int iindex) {
	const char *sym = cg_sym(xasprintf("%s..mexpr%s.%s", thunk_type_name(outer), by_value ? "" : "p",
	                                   m ? m->name : im->name));
	return promoted_kind_thunk(sym, outer, path, npath, m, im, iindex, by_value, true);
}

// The method of interface type it with index idx, called through the
// itab: as a method value (closure {code, itab, data}) or as a method
// expression (static closure; the interface value is the first argument).
static const char *iface_thunk(Type *it, int idx, ThunkKind kind) {
	Method *im = type_under(it)->methods.data[idx];
	const char *sym = cg_sym(xasprintf("%s..%s.%s", thunk_type_name(it), kind == THUNK_IFACE_MV ? "imv" : "imexpr",
	                                   im->name));
	return thunk_once(&(Thunk){.kind = kind, .sym = sym, .outer = it, .imethod = im, .iindex = idx});
}

// An interface method expression I.m as a func value.
void gen_iface_method_expr(Node *e) {
	Type *ft = type_under(e->type);
	Type *it = ft->params.len ? ft->params.data[0] : NULL;
	if (!it || !type_is_interface(type_under(it)) || e->field_index < 0 ||
	    e->field_index >= type_under(it)->methods.len) {
		unsupported(e->pos, "method expression of a promoted interface method");
		emit("xor %%eax, %%eax");
		return;
	}
	emit("lea %s..f(%%rip), %%rax", iface_thunk(it, e->field_index, THUNK_IFACE_MEXPR));
}

// The closure of a method value: the code word, then the receiver (field
// name: its runtime layout's).
static Type *methodval_closure(const char *recv_name, Type *recv) {
	Type *st = new_type(TY_STRUCT);
	Field *code = xcalloc(1, sizeof(Field)), *r = xcalloc(1, sizeof(Field));
	code->name = "F";
	code->type = ty_uintptr;
	r->name = recv_name;
	r->type = recv;
	vec_push(&st->fields, code);
	vec_push(&st->fields, r);
	type_layout(st);
	return st;
}

// x.m with x an interface: the closure keeps x's itab and data word.
// Evaluating it on a nil interface panics, as in Go.
static void gen_iface_methodval(Node *e) {
	Type *it = e->lhs->type;
	int x = gen_expr_temp(e->lhs);
	emit("mov %d(%%rbp), %%rax", x);
	nil_check("%rax");
	Type *st = methodval_closure("I", it);
	gen_alloc(st, e, frame_text("method value %s", expr_text(e)));
	emit("lea %s(%%rip), %%rcx", iface_thunk(it, e->field_index, THUNK_IFACE_MV));
	emit("mov %%rcx, (%%rax)");
	emit("mov %d(%%rbp), %%rcx", x);
	emit("mov %%rcx, 8(%%rax)");
	emit("mov %d(%%rbp), %%rcx", x + 8);
	emit("mov %%rcx, 16(%%rax)");
}

static Type *recv_type_of(Obj *m) {
	if (m->func && m->func->recv)
		return m->func->recv->type;
	Type *t = m->recv_type;
	return m->ptr_recv ? type_ptr(t) : t;
}

// The code pointer for method m when the receiver arrives as one word:
// the receiver pointer (word_is_ptr), or an interface's data word.
const char *method_word_fn(Obj *m, bool word_is_ptr) {
	if (m->ptr_recv)
		return func_symbol(m);
	if (!word_is_ptr && type_pointer_shaped(recv_type_of(m)))
		return func_symbol(m);
	return thunk_for(m, THUNK_DEREF);
}

void gen_methodval(Node *e) {
	Obj *m = e->obj;
	if (!m) {
		gen_iface_methodval(e);
		return;
	}
	Type *rt = recv_type_of(m);
	Type *st = methodval_closure("R", rt);
	Node *x = e->lhs;
	bool x_is_ptr = type_under(x->type)->kind == TY_PTR;
	int val;
	if (m->ptr_recv && !x_is_ptr) {
		gen_addr(x);
		val = to_temp(rt);
	} else if (!m->ptr_recv && x_is_ptr) {
		gen_expr(x);
		nil_check("%rax");
		load(rt);
		val = to_temp(rt);
	} else {
		val = gen_expr_temp(x);
	}
	gen_alloc(st, e, frame_text("method value %s", expr_text(e)));
	int p = tmp_alloc(8, "method value closure");
	save_rax(p);
	emit("lea %s(%%rip), %%rcx", thunk_for(m, THUNK_METHODVAL));
	emit("mov %%rcx, (%%rax)");
	emit("lea 8(%%rax), %%rdi");
	store_temp(rt, val);
	load_rax(p);
}

// A thunk receives the method's arguments without the receiver (a method
// value: the receiver is in the closure at 8(%rdx)) or with a receiver
// pointer word (deref and promoted thunks: interface data word or *T),
// calls the method with the receiver it expects and hands the results
// back. A method promoted from an embedded interface is called through
// that interface's itab.
// The wrapper of value method m of named type rt called with a nil
// pointer in %rax panics with Go's panicwrap message.
static void panicwrap_check(Type *rt, const char *m) {
	const char *tn = rt->obj ? rt->obj->name : type_string(rt, true);
	const char *msg = xasprintf("value method %s.%s.%s called using nil *%s pointer", rt->pkgpath ? rt->pkgpath : "main",
	                            tn, m, tn);
	emit("test %%rax, %%rax");
	emit("jnz 1f");
	emit("lea .Lstrdata.%d(%%rip), %%rdi", string_literal(msg, strlen(msg)));
	emit("mov $%zu, %%esi", strlen(msg));
	emit("call runtime_panicwrap");
	emit("1:");
}

static void gen_thunk(Thunk *t) {
	Obj *m = t->method;
	bool via_iface = t->imethod != NULL;
	Type *rt = via_iface ? ty_unsafeptr : recv_type_of(m);
	Type *ft = type_under(via_iface ? t->imethod->type : m->type);
	int64_t rsize = align8(tsize(rt));
	int64_t args = 0, res = 0;
	tuple_layout(&ft->params, NULL, &args);
	tuple_layout(&ft->results, NULL, &res);
	int64_t block = args + res;
	// where the method's own arguments start in the thunk's incoming area
	int64_t in = t->kind == THUNK_METHODVAL || t->kind == THUNK_IFACE_MV ? 16
	             : t->kind == THUNK_IFACE_MEXPR ? 32 : 24;
	if (t->by_value)
		in = 16 + align8(tsize(t->outer));
	int64_t frame = (rsize + block + 15) / 16 * 16;
	const char *how = t->kind == THUNK_DEREF ? "loaded through a pointer word"
	                  : t->kind == THUNK_PROMOTED ? "found through embedded fields"
	                  : t->kind == THUNK_IFACE_MEXPR ? "in the interface value passed first"
	                  : "taken from the closure";
	fformat(cg.out, "\n# %s: %s with the receiver %s\n", t->sym, via_iface ? t->imethod->name : func_symbol(m), how);
	fformat(cg.out, "\t.text\n");
	emit_entry_word(cg.out, NULL);
	fformat(cg.out, "\t.type %s, @function\n%s:\n", t->sym, t->sym);
	FILE *saved = cg.text;
	cg.text = cg.out;
	emit("push %%rbp");
	emit("mov %%rsp, %%rbp");
	frame_enter(frame, NULL);
	if (t->kind == THUNK_IFACE_MV || t->kind == THUNK_IFACE_MEXPR) {
		// the itab's code pointer into %r11, the data word as the receiver
		if (t->kind == THUNK_IFACE_MV) {
			emit("mov 8(%%rdx), %%r11");
			emit("mov 16(%%rdx), %%rax");
		} else {
			emit("mov 16(%%rbp), %%r11");
			nil_check("%r11");
			emit("mov 24(%%rbp), %%rax");
		}
		emit("mov %d(%%r11), %%r11  # %s", ABI_ITAB_FUN + 8 * t->iindex, t->imethod->name);
		emit("mov %%rax, 0(%%rsp)");
	} else if (t->kind == THUNK_PROMOTED) {
		emit(t->by_value ? "lea 16(%%rbp), %%rax" : "mov 16(%%rbp), %%rax");
		Type *st = t->outer;
		for (int i = 0; i < t->npath; i++) {
			Field *f = type_under(st)->fields.data[t->path[i]];
			nil_check("%rax");
			emit("add $%lld, %%rax  # .%s", (long long)f->offset, f->name);
			st = f->type;
			if (type_under(st)->kind == TY_PTR) {
				emit("mov (%%rax), %%rax");
				st = type_under(st)->elem;
			}
		}
		if (via_iface) {  // %rax = address of the embedded interface value
			emit("mov 8(%%rax), %%rcx");
			emit("mov %%rcx, 0(%%rsp)");
			emit("mov (%%rax), %%rax");
			nil_check("%rax");
			emit("mov %d(%%rax), %%rax", ABI_ITAB_FUN + 8 * t->iindex);
			emit("mov %%rax, %%r11");
		} else if (m->ptr_recv) {
			emit("mov %%rax, 0(%%rsp)");
		} else {
			if (t->npath == 0 && !t->by_value)  // (*T).F of a value method F: Go's wrapper
				panicwrap_check(rt, m->name);
			else
				nil_check("%rax");
			emit("lea 0(%%rsp), %%rdi");
			copy_mem(tsize(rt));
		}
	} else {
		if (t->kind == THUNK_DEREF) {
			emit("mov 16(%%rbp), %%rax");
			panicwrap_check(rt, m->name);
		} else {
			emit("lea 8(%%rdx), %%rax");
		}
		emit("lea 0(%%rsp), %%rdi");
		copy_mem(tsize(rt));
	}
	if (block) {
		emit("lea %lld(%%rbp), %%rax", (long long)in);
		emit("lea %lld(%%rsp), %%rdi", (long long)rsize);
		copy_mem(block);
	}
	if (via_iface)
		emit("call *%%r11");
	else
		emit("call %s", func_symbol(m));
	if (res) {
		emit("lea %lld(%%rsp), %%rax", (long long)(rsize + args));
		emit("lea %lld(%%rbp), %%rdi", (long long)(in + args));
		copy_mem(res);
	}
	emit("leave");
	emit("ret");
	fformat(cg.out, "\t.size %s, .-%s\n", t->sym, t->sym);
	if (t->kind == THUNK_IFACE_MEXPR || t->closure)
		fformat(cg.out, "\t.section .data.rel.ro\n\t.balign 8\n%s..f:\n\t.quad %s\n", t->sym, t->sym);
	cg.text = saved;
}

void gen_thunks(void) {
	for (int i = 0; i < thunks.len; i++)
		gen_thunk(thunks.data[i]);
}

// Every function gets a static closure "sym..f" so that it can be used as
// a func value without allocating; global, since another package's object
// may use it (codegen_package).
void gen_static_closures(void) {
	fformat(cg.out, "\n# static closures of functions used as values\n\t.section .data.rel.ro\n\t.balign 8\n");
	for (int i = 0; i < cg.prog->funcs.len; i++) {
		Func *f = cg.prog->funcs.data[i];
		if (!f->decl || f->captures.len)   // body-less ones too: runtime.GC's code is the runtime's
			continue;
		const char *sym = cg_sym(f->sym ? f->sym : f->name);
		fformat(cg.out, "\t.globl %s..f\n%s..f:\n\t.quad %s\n", sym, sym, sym);
	}
}

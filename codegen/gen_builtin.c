// gen_builtin.c - builtin functions (len cap append copy make new delete
// panic print println), the fmt functions the compiler knows and the
// unsafe package.
#include "cg.h"

static Node *arg(Node *e, int i) {
	return i < node_list(e)->len ? node_list(e)->data[i] : NULL;
}

// ---- print / println ----

// Loads the float32 (f32) or float64 at off(%rbp) into %xmmN as a double,
// which the runtime's print functions take.
static void load_double(int off, bool f32, int xmm) {
	emit(f32 ? "movd %d(%%rbp), %%xmm%d" : "movq %d(%%rbp), %%xmm%d", off, xmm);
	if (f32)
		emit("cvtss2sd %%xmm%d, %%xmm%d", xmm, xmm);
}

// Prints one value held in a temporary (scalars widened to 8 bytes): the
// runtime's print function for its kind takes a word in %rdi, the
// address of a string, slice or interface in %rdi, or doubles in %xmm0
// (and %xmm1 for an imaginary part).
static void print_temp(Type *t, int off) {
	Type *u = type_under(t);
	const char *fn = NULL;
	bool by_addr = false;
	switch (u->kind) {
	case TY_BOOL:
		fn = "runtime_printbool";
		break;
	case TY_INT: case TY_INT8: case TY_INT16: case TY_INT32: case TY_INT64:
		fn = "runtime_printint";
		break;
	case TY_UINT: case TY_UINT8: case TY_UINT16: case TY_UINT32: case TY_UINT64: case TY_UINTPTR:
		fn = "runtime_printuint";
		break;
	case TY_PTR: case TY_MAP: case TY_CHAN: case TY_FUNC: case TY_UNSAFEPTR:
		fn = "runtime_printpointer";
		break;
	case TY_STRING:
		fn = "runtime_printstring", by_addr = true;
		break;
	case TY_SLICE:
		fn = "runtime_printslice", by_addr = true;
		break;
	case TY_INTERFACE:
		fn = "runtime_printeface", by_addr = true;
		break;
	case TY_FLOAT32: case TY_FLOAT64:
		load_double(off, u->kind == TY_FLOAT32, 0);
		emit("call runtime_printfloat");
		return;
	case TY_COMPLEX64: case TY_COMPLEX128: {
		bool f32 = u->kind == TY_COMPLEX64;
		load_double(off, f32, 0);
		load_double(off + (f32 ? 4 : 8), f32, 1); // the imaginary part
		emit("call runtime_printcomplex");
		return;
	}
	default:
		emit("# cannot print %s", type_string(t, true));
		return;
	}
	emit(by_addr ? "lea %d(%%rbp), %%rdi" : "mov %d(%%rbp), %%rdi", off);
	emit("call %s", fn);
}

// Go evaluates every operand before printing anything.
static void gen_print(Node *e, bool ln) {
	int *offs = frame_zalloc(((size_t)node_list(e)->len + 1) * sizeof(int));
	for (int i = 0; i < node_list(e)->len; i++)
		offs[i] = gen_expr_temp(arg(e, i));
	for (int i = 0; i < node_list(e)->len; i++) {
		if (ln && i > 0)
			emit("call runtime_printsp");
		print_temp(arg(e, i)->type, offs[i]);
	}
	if (ln)
		emit("call runtime_printnl");
}

// ---- slices ----

static Type *elem_of(Type *t) {
	Type *u = type_under(t);
	return u->kind == TY_STRING ? ty_uint8 : u->elem;
}

static void gen_append(Node *e) {
	Node *s = arg(e, 0);
	Type *et = elem_of(s->type);
	int64_t es = tsize(et);
	int n = node_list(e)->len - 1;
	int *temps = frame_zalloc(((size_t)n + 2) * sizeof(int));
	exprs_to_temps(node_list(e), temps);  // the slice too: append(s, f()) reads s after f
	int sl = temps[0], src = temps[1], *vals = temps + 1;
	int count = tmp_alloc(8, "append count");
	if (e->has_dots) {
		emit("mov %d(%%rbp), %%rax", src + 8);
		save_rax(count);
	} else {
		emit("movq $%d, %d(%%rbp)", n, count);
	}
	char *fits = new_label("appendfits");
	emit("mov %d(%%rbp), %%rdx", sl + 8);
	emit("add %d(%%rbp), %%rdx", count);
	emit("cmp %d(%%rbp), %%rdx", sl + 16);
	emit("jbe %s", fits);
	emit_comment_text(alloc_verdict(e));
	emit("lea %d(%%rbp), %%rdi", sl);
	emit("lea %s(%%rip), %%rsi", typedesc(et));
	alloc_call("runtime_growslice", e->pos, expr_text(e));
	emit_label(fits);
	if (e->has_dots) {
		// memmove semantics: the source may overlap the destination
		emit("mov %d(%%rbp), %%rdi", sl);
		emit("mov %d(%%rbp), %%rax", sl + 8);
		if (es != 1)
			emit("imul $%lld, %%rax", (long long)es);
		emit("add %%rax, %%rdi");
		emit("mov %d(%%rbp), %%rsi", count);
		emit("mov %d(%%rbp), %%rdx", src);
		emit("mov %d(%%rbp), %%rcx", count);
		emit("mov $%lld, %%r8", (long long)es);
		emit("call runtime_slicecopy");
	} else {
		for (int i = 0; i < n; i++) {
			emit("mov %d(%%rbp), %%rdi", sl);
			emit("mov %d(%%rbp), %%rax", sl + 8);
			if (i)
				emit("add $%d, %%rax", i);
			if (es != 1)
				emit("imul $%lld, %%rax", (long long)es);
			emit("add %%rax, %%rdi");
			store_temp(et, vals[i]);
		}
	}
	emit("mov %d(%%rbp), %%rax", count);
	emit("add %%rax, %d(%%rbp)", sl + 8);
	emit("lea %d(%%rbp), %%rax", sl);
}

static void gen_copy(Node *e) {
	Type *et = elem_of(arg(e, 0)->type);
	int d = gen_expr_temp(arg(e, 0));
	int s = gen_expr_temp(arg(e, 1));
	emit("mov %d(%%rbp), %%rdi", d);
	emit("mov %d(%%rbp), %%rsi", d + 8);
	emit("mov %d(%%rbp), %%rdx", s);
	emit("mov %d(%%rbp), %%rcx", s + 8);
	emit("mov $%lld, %%r8", (long long)tsize(et));
	emit("call runtime_slicecopy");
}

static void gen_len_cap(Node *e, bool is_cap) {
	Node *x = arg(e, 0);
	Type *u = type_under(x->type);
	if (u->kind == TY_PTR)
		u = type_under(u->elem);
	switch (u->kind) {
	case TY_ARRAY:  // not a constant when x calls or receives: x is evaluated
		if (has_effects(x))
			gen_expr(x);
		emit("mov $%lld, %%rax", (long long)u->len);
		return;
	case TY_STRING: case TY_SLICE:
		gen_expr(x);
		emit("mov %d(%%rax), %%rax", is_cap ? 16 : 8);
		return;
	case TY_MAP:
		gen_expr(x);
		emit("mov %%rax, %%rdi");
		emit("call runtime_maplen");
		return;
	case TY_CHAN:
		gen_expr(x);
		emit("mov %%rax, %%rdi");
		emit("call %s", is_cap ? "runtime_chancap" : "runtime_chanlen");
		return;
	default:
		unsupported(e->pos, "len/cap of this type");
	}
}

static bool const_int(Node *n, int64_t *v) {
	if (!n || !n->is_const || node_cval(n)->kind != CV_INT)
		return false;
	*v = (int64_t)node_cval(n)->i;
	return true;
}

static void gen_make(Node *e) {
	Type *t = e->type;
	Type *u = type_under(t);
	if (u->kind == TY_MAP) {
		Node *hint = arg(e, 0);
		if (hint && hint->type && type_is_integer(type_under(hint->type))) {
			gen_expr(hint);
			emit("mov %%rax, %%rsi");
		} else {
			emit("xor %%esi, %%esi");
		}
		emit_comment("make(%s) -> heap: map storage is always allocated by the runtime", frame_type_text(t, true));
		emit("lea %s(%%rip), %%rdi", typedesc(t));
		alloc_call("runtime_makemap", e->pos, expr_text(e));
		return;
	}
	if (u->kind == TY_CHAN) {
		gen_makechan(e);
		return;
	}
	if (u->kind != TY_SLICE) {
		unsupported(e->pos, "make of this type");
		return;
	}
	// the arguments follow the type argument: list = [len, cap?] (a
	// leading type node, if the checker kept one, is skipped)
	int first = 0;
	if (node_list(e)->len && ((Node *)node_list(e)->data[0])->is_type)
		first = 1;
	Node *len = arg(e, first), *capn = arg(e, first + 1);
	int64_t clen, ccap;
	int hdr = tmp_alloc(24, frame_text("make(%s)", frame_type_text(t, true)));
	bool const_size = const_int(len, &clen) && (capn ? const_int(capn, &ccap) : (ccap = clen, true));
	if (node_is_stack(e) && const_size && ccap >= 0 && clen >= 0 && clen <= ccap) {
		Type *arr = type_array(u->elem, ccap);
		type_layout(arr);
		gen_alloc(arr, e, frame_text("make(%s, %lld)", frame_type_text(t, true), (long long)ccap));
		emit("mov %%rax, %d(%%rbp)", hdr);
		emit("movq $%lld, %d(%%rbp)", (long long)clen, hdr + 8);
		emit("movq $%lld, %d(%%rbp)", (long long)ccap, hdr + 16);
		emit("lea %d(%%rbp), %%rax", hdr);
		return;
	}
	int l = gen_expr_temp(len);
	int c = capn ? gen_expr_temp(capn) : l;
	emit_comment_text(alloc_verdict(e));
	emit("lea %d(%%rbp), %%rdi", hdr);
	emit("lea %s(%%rip), %%rsi", typedesc(u->elem));
	emit("mov %d(%%rbp), %%rdx", l);
	emit("mov %d(%%rbp), %%rcx", c);
	alloc_call("runtime_makeslice", e->pos, expr_text(e));
	emit("lea %d(%%rbp), %%rax", hdr);
}

// ---- fmt ----

// fmt.Println(f()) with a multi-value f: the checker leaves the tuple
// (at the temporary tup); members first.. are boxed into a fresh []any.
static int pack_tuple_any(Node *call, int tup, int first) {
	Type *tt = call->type;
	int n = tt->results.len - first;
	int64_t *off = frame_zalloc(((size_t)tt->results.len + 1) * sizeof(int64_t));
	int64_t total;
	tuple_layout(&tt->results, off, &total);
	int hdr = tmp_alloc(24, "[]any of the results");
	emit("lea %d(%%rbp), %%rdi", hdr);
	zero_mem(24);
	if (n <= 0)
		return hdr;
	Type *arr = type_array(ty_any, n);
	type_layout(arr);
	gen_alloc(arr, NULL, frame_text("... argument %s", expr_text(call)));
	save_rax(hdr);
	emit("movq $%d, %d(%%rbp)", n, hdr + 8);
	emit("movq $%d, %d(%%rbp)", n, hdr + 16);
	for (int i = 0; i < n; i++) {
		int m = first + i;
		int v = assign_conv_temp(tt->results.data[m], ty_any, tup + (int)off[m], frame_text("result %d", m));
		emit("lea %d(%%rbp), %%rax", v);
		emit("mov %d(%%rbp), %%rdi", hdr);
		emit("add $%d, %%rdi", 16 * i);
		copy_mem(16);
	}
	return hdr;
}

static bool is_tuple(Node *a) {
	return a && a->type && a->type->kind == TY_TUPLE;
}

// fmt functions take pointers: [dst,] [writer,] [format,] args.
static void gen_fmt(Node *e) {
	Builtin b = e->builtin;
	int nfixed = fmt_fixed_args(b);
	int fixed[2];
	int args;
	if (is_tuple(arg(e, 0))) {  // f(g()): g's results are all the arguments, the writer and format too
		Node *call = arg(e, 0);
		int64_t *off = frame_zalloc(((size_t)call->type->results.len + 1) * sizeof(int64_t));
		int64_t total;
		tuple_layout(&call->type->results, off, &total);
		gen_expr(call);
		int tup = to_temp(call->type);
		for (int i = 0; i < nfixed; i++)
			fixed[i] = tup + (int)off[i];
		args = pack_tuple_any(call, tup, nfixed);
	} else {
		for (int i = 0; i < nfixed; i++)
			fixed[i] = gen_expr_temp(arg(e, i));
		Node *a = arg(e, nfixed);
		if (a) {
			args = gen_expr_temp(a);
		} else {
			args = tmp_alloc(24, "no arguments");
			emit("lea %d(%%rbp), %%rdi", args);
			zero_mem(24);
		}
	}
	bool to_string = b == BI_FMT_SPRINTF || b == BI_FMT_SPRINT || b == BI_FMT_SPRINTLN;
	bool to_error = b == BI_FMT_ERRORF;
	int dst = to_string || to_error ? tmp_alloc(16, "fmt result") : 0;
	const char *fn = fmt_runtime_func(b);
	if (!fn) {
		unsupported(e->pos, "this fmt function");
		return;
	}
	const char *regs[] = {"%rdi", "%rsi", "%rdx", "%rcx"};
	int r = 0;
	if (dst)
		emit("lea %d(%%rbp), %s", dst, regs[r++]);
	for (int i = 0; i < nfixed; i++)
		emit("lea %d(%%rbp), %s", fixed[i], regs[r++]);
	emit("lea %d(%%rbp), %s", args, regs[r++]);
	alloc_call(fn, e->pos, expr_text(e));
	if (dst) {
		emit("lea %d(%%rbp), %%rax", dst);
		return;
	}
	if (e->type && e->type->kind == TY_TUPLE) {  // n, err := fmt.Println(...)
		int res = tmp_alloc(24, "fmt results");
		emit("mov %%rax, %d(%%rbp)", res);
		emit("movq $0, %d(%%rbp)", res + 8);
		emit("movq $0, %d(%%rbp)", res + 16);
		emit("lea %d(%%rbp), %%rax", res);
	}
}

// b(f()) with a multi-value f: the results, kept in a temporary, are the
// arguments; the checker's argument expressions read them through the
// result variables placed here (see ND_BUILTIN in ast.h).
static void gen_spread_builtin(Node *e) {
	Node *call = arg(e, 0);
	Vec *rt = &call->type->results;
	int64_t *off = frame_zalloc(((size_t)rt->len + 1) * sizeof(int64_t));
	int64_t total;
	tuple_layout(rt, off, &total);
	gen_expr(call);
	int tup = to_temp(call->type);
	for (int i = 0; i < e->rlist.len; i++) {
		Node *r = e->rlist.data[i];
		while (r->kind != ND_IDENT)  // under the conversions to the parameter types
			r = r->lhs;
		r->obj->owner = cg.fn;
		r->obj->offset = tup + (int)off[i];
	}
	Node args = *e;
	args.list = e->rlist;
	args.rlist = (Vec){0};
	gen_builtin(&args);
}

void gen_builtin(Node *e) {
	if (e->rlist.len) {
		gen_spread_builtin(e);
		return;
	}
	switch (e->builtin) {
	case BI_PRINT: gen_print(e, false); return;
	case BI_PRINTLN: gen_print(e, true); return;
	case BI_LEN: gen_len_cap(e, false); return;
	case BI_CAP: gen_len_cap(e, true); return;
	case BI_APPEND: gen_append(e); return;
	case BI_COPY: gen_copy(e); return;
	case BI_MAKE: gen_make(e); return;
	case BI_NEW:
		gen_alloc(type_under(e->type)->elem, e, frame_text("new(%s)", frame_type_text(type_under(e->type)->elem, true)));
		return;
	case BI_DELETE:
		gen_map_delete(arg(e, 0), arg(e, 1));
		return;
	case BI_PANIC: {
		int v = gen_expr_temp(arg(e, 0));
		emit("lea %d(%%rbp), %%rdi", v);
		emit("call runtime_gopanic");
		return;
	}
	case BI_FMT_PRINTLN: case BI_FMT_PRINT: case BI_FMT_PRINTF: case BI_FMT_SPRINTF:
	case BI_FMT_SPRINT: case BI_FMT_SPRINTLN: case BI_FMT_ERRORF:
	case BI_FMT_FPRINTLN: case BI_FMT_FPRINT: case BI_FMT_FPRINTF:
		gen_fmt(e);
		return;
	case BI_CLOSE:
		gen_expr(arg(e, 0));
		emit("mov %%rax, %%rdi");
		emit("call runtime_closechan");
		return;
	case BI_COMPLEX: case BI_REAL: case BI_IMAG:
		gen_complex_builtin(e);
		return;
	case BI_RECOVER: {
		int dst = tmp_alloc(16, "recover()");
		emit("lea %d(%%rbp), %%rdi", dst);
		emit("lea 16(%%rbp), %%rsi");
		emit("call runtime_gorecover");
		emit("lea %d(%%rbp), %%rax", dst);
		return;
	}
	case BI_UNSAFE_SIZEOF: case BI_UNSAFE_ALIGNOF: case BI_UNSAFE_OFFSETOF:
		if (e->is_const) {
			emit("mov $%lld, %%rax", (long long)node_cval(e)->i);
			return;
		}
		break;
	case BI_UNSAFE_ADD: {
		int p = gen_expr_temp(arg(e, 0));
		gen_expr(arg(e, 1));
		emit("add %d(%%rbp), %%rax", p);
		return;
	}
	case BI_UNSAFE_SLICE: {
		int p = gen_expr_temp(arg(e, 0));
		gen_expr(arg(e, 1));
		int hdr = tmp_alloc(24, "unsafe.Slice");
		emit("mov %%rax, %d(%%rbp)", hdr + 8);
		emit("mov %%rax, %d(%%rbp)", hdr + 16);
		load_rax(p);
		emit("mov %%rax, %d(%%rbp)", hdr);
		emit("lea %d(%%rbp), %%rax", hdr);
		return;
	}
	default:
		break;
	}
	unsupported(e->pos, "this builtin");
}

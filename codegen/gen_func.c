// gen_func.c - one function: argument offsets, frame slots for locals,
// the prologue (closure context, heap copies of moved parameters, zeroed
// results), the body, the epilogue; and codegen_program, which emits the
// whole file: every package of the program, imports first.
#include <stdio_ext.h>
#include <stdlib.h>
#include <string.h>
#include "cg.h"
#include "codegen.h"
#include "strbuf.h"
#include "../ssa/ssa.h"

static const char *ret_lbl;

const char *ret_label(void) {
	return ret_lbl;
}

typedef struct FuncState {
	Func *f;
	Vec incoming;      // Obj*: receiver, parameters, results
	int64_t *argoff;   // their offsets from %rbp
	int64_t argsize;
} FuncState;

static FuncState st;

// Puts t's spelling (type_string's, which is freed).
static void put_type(StrBuf *b, Type *t) {
	const char *s = type_string(t, false);
	strbuf_put(b, s);
	free((char *)s);
}

// "func main.f(a int, b string) (int, error)"
char *func_signature(Func *f) {
	StrBuf b = {0};
	strbuf_put(&b, "func ");
	if (f->recv) {
		strbuf_put(&b, "(");
		strbuf_put(&b, f->recv->name ? f->recv->name : "_");
		strbuf_put(&b, " ");
		put_type(&b, f->recv->type);
		strbuf_put(&b, ") ");
	}
	strbuf_put(&b, f->name ? f->name : "?");
	strbuf_put(&b, "(");
	for (int i = 0; i < f->params.len; i++) {
		Obj *p = f->params.data[i];
		strbuf_put(&b, i ? ", " : "");
		strbuf_put(&b, p->name ? p->name : "_");
		strbuf_put(&b, " ");
		put_type(&b, p->type);
	}
	strbuf_put(&b, ")");
	for (int i = 0; i < f->results.len; i++) {
		Obj *r = f->results.data[i];
		strbuf_put(&b, i ? ", " : f->results.len > 1 ? " (" : " ");
		put_type(&b, r->type);
	}
	if (f->results.len > 1)
		strbuf_put(&b, ")");
	return b.s;
}

static bool is_incoming(Obj *v) {
	for (int i = 0; i < st.incoming.len; i++)
		if (st.incoming.data[i] == v)
			return true;
	return false;
}

void func_begin(Func *f, const char *sym) {
	memset(&st, 0, sizeof st);
	st.f = f;
	cg.fn = f;
	cg.fnsym = sym;
	cg.last_line = 0;
	frame_begin();
	cg.text = func_body();
	ret_lbl = new_label("return");

	if (f->recv)
		vec_push(&st.incoming, f->recv);
	for (int i = 0; i < f->params.len; i++)
		vec_push(&st.incoming, f->params.data[i]);
	for (int i = 0; i < f->results.len; i++)
		vec_push(&st.incoming, f->results.data[i]);
	st.argoff = xcalloc((size_t)st.incoming.len + 1, sizeof(int64_t));
	int64_t off = 16;
	for (int i = 0; i < st.incoming.len; i++) {
		Obj *v = st.incoming.data[i];
		st.argoff[i] = off;
		v->offset = (int)off;
		off += align8(tsize(v->type));
	}
	st.argsize = off - 16;

	cg.defer_off = 0;
	if (func_has_defer(f))
		cg.defer_off = frame_slot(ABI_DEFER_BYTES, "GoDeferFrame");
	if (f->captures.len) {
		closure_layout(f);
		cg.closure_off = frame_slot(8, "closure context (%rdx at entry)");
		emit("mov %%rdx, %d(%%rbp)", cg.closure_off);
	}
	if (f->wrapper) {
		// recover() in the wrapped call acts as if the panic machinery
		// had called it directly (the call's incoming area is 0(%rsp))
		emit_text("lea 16(%rbp), %rdi");
		emit_text("mov %rsp, %rsi");
		emit_text("call runtime_wrapper_argp");
	}
	for (int i = 0; i < st.incoming.len; i++) {
		Obj *v = st.incoming.data[i];
		if (v->heap)
			v->offset = frame_slot(8, frame_text("%s (pointer to heap block)", v->name));
	}
	for (int i = 0; i < f->locals.len; i++) {
		Obj *v = f->locals.data[i];
		if (v->kind != OBJ_VAR || is_incoming(v) || v->is_param || v->is_result || v->is_recv)
			continue;
		if (v->heap) {
			v->offset = frame_slot(8, frame_text("%s (pointer to heap block)", v->name));
		} else {
			const char *type = type_string(v->type, false);
			v->offset = frame_slot(tsize(v->type), frame_text("%s %s", v->name, type));
			free((char *)type);
		}
	}

	if (cg.defer_off)
		defer_prologue();
	// results start zeroed; moved-to-heap parameters are copied into
	// their blocks, moved-to-heap results get a zeroed block
	for (int i = 0; i < st.incoming.len; i++) {
		Obj *v = st.incoming.data[i];
		bool is_result = i >= st.incoming.len - f->results.len;
		if (is_result && !v->heap) {
			emit("lea %lld(%%rbp), %%rdi  # zero result %s", (long long)st.argoff[i], v->name);
			zero_mem(tsize(v->type));
		}
		if (v->heap) {
			gen_heap_var(v);
			if (!is_result) {
				emit_text("mov %rax, %rdi");
				emit("lea %lld(%%rbp), %%rax", (long long)st.argoff[i]);
				load(v->type);
				store(v->type);
			}
		}
	}
}

void func_end(const char *comment, const char *extra) {
	Func *f = st.f;
	emit_label(ret_lbl);
	if (cg.defer_off)
		run_defers();
	for (int i = 0; i < st.incoming.len; i++) {
		Obj *v = st.incoming.data[i];
		bool is_result = i >= st.incoming.len - f->results.len;
		if (is_result && v->heap) {
			emit("lea %lld(%%rbp), %%rdi  # result %s from its heap block", (long long)st.argoff[i], v->name);
			emit("mov %d(%%rbp), %%rax", v->offset);
			load(v->type);
			store(v->type);
		}
	}
	func_write(f, comment, extra, NULL, func_return());
}

// A function's body is written to memory before its prologue, which
// needs the frame's size, known at the end. One stream serves every
// function, rewound for the next, its buffer grown to the largest body:
// a stream and a buffer grown step by step for each function cost more
// than writing most bodies.
static struct {
	FILE *f;
	char *text;
	size_t len;  // after func_return's flush: the body's length
} body;

FILE *func_body(void) {
	if (body.f) {
		rewind(body.f);
	} else {
		body.f = open_memstream(&body.text, &body.len);
		__fsetlocking(body.f, FSETLOCKING_BYCALLER); // only this thread writes it
	}
	return body.f;
}

// The end every function body shares (both back ends): leave and ret,
// then the cold paths, the first of them the stack-overflow call; ends
// the body and returns that path's label for func_write.
const char *func_return(void) {
	emit_text("leave");
	emit_text(".cfi_def_cfa %rsp, 8");
	emit_text("ret");
	const char *overflow = cold_path(stack_overflow_call);
	emit_cold_paths();
	linetab_end();
	fflush(body.f);  // body.text and body.len: the text up to the position
	return overflow;
}

// Writes a finished function to cg.out: the comment block (comment, the
// incoming words and their offsets, the frame map, then extra), the
// prologue and the body text. Shared with the SSA back end (ssa/gen.c).
void func_write(Func *f, const char *comment, const char *extra, const char *stack_entry, const char *overflow) {
	FILE *out = cg.out;
	const char *sym = cg.fnsym;
	put_string(out, "\n# ");
	put_string(out, comment);
	put_string(out, "\n");
	Vec in = {0};
	if (f->recv)
		vec_push(&in, f->recv);
	for (int i = 0; i < f->params.len; i++)
		vec_push(&in, f->params.data[i]);
	for (int i = 0; i < f->results.len; i++)
		vec_push(&in, f->results.data[i]);
	int64_t off = 16;
	for (int i = 0; i < in.len; i++) {
		Obj *v = in.data[i];
		char line[64], *p = put_frame_slot(line, off, tsize(v->type));
		put_text(out, line, (size_t)(p - line));
		const char *type = type_string(v->type, false);
		put_string(out, v->name ? v->name : "_");
		putc_unlocked(' ', out);
		put_string(out, type);
		put_string(out, i >= in.len - f->results.len ? " (result)\n" : "\n");
		free((char *)type);
		off += align8(tsize(v->type));
	}
	free(in.data);
	frame_map_comment(out);
	if (extra)
		fputs(extra, out);
	put_string(out, "\t.text\n\t.globl ");
	put_string(out, sym);
	put_string(out, "\n");
	emit_entry_word(out, stack_entry ? xasprintf("%s..regabi", sym) : NULL);
	put_string(out, "\t.type ");
	put_string(out, sym);
	put_string(out, ", @function\n");
	put_string(out, sym);
	put_string(out, ":\n");
	cg.text = out;
	// The prologue is the func line's, as in the traceback's line table
	// and in Go: without this .loc gdb gives it the previous function's
	// last line. gdb skips it (the subprograms are dwarf.c's): `break
	// main.f` stops where the next line's code starts.
	if (f->decl)
		emit_dwarf_loc(f->decl->pos);
	put_string(out, "\t.cfi_startproc\n\tpush %rbp\n\t.cfi_def_cfa_offset 16\n\t.cfi_offset %rbp, -16\n"
	                "\tmov %rsp, %rbp\n\t.cfi_def_cfa_register %rbp\n");
	if (stack_entry) {
		// The stack ABI's entry calls the body at SYM..regabi, its
		// register ABI callers' entry, which makes its own frame.
		fputs(stack_entry, out);
		fformat(out, "\t.type %s..regabi, @function\n%s..regabi:\n", sym, sym);
		fformat(out, "\t.cfi_def_cfa %%rsp, 8\n\t.cfi_restore %%rbp\n");
		fformat(out, "\tpush %%rbp\n\t.cfi_def_cfa_offset 16\n\t.cfi_offset %%rbp, -16\n");
		fformat(out, "\tmov %%rsp, %%rbp\n\t.cfi_def_cfa_register %%rbp\n");
	}
	frame_enter(frame_size(), overflow);
	put_text(out, body.text, body.len);
	put_string(out, "\t.cfi_endproc\n\t.size ");
	put_string(out, sym);
	put_string(out, ", .-");
	put_string(out, sym);
	put_string(out, "\n");
	cg.text = cg.out;
	cg.fn = NULL;
	dwarf_func_end();
}

// The function and its variables for gdb (dwarf.c): every one has its
// frame slot (or the slot of its heap block's pointer) for the whole call.
static void describe_frame_vars(Func *f) {
	dwarf_func(f, cg.fnsym);
	for (int i = 0; i < st.incoming.len; i++)
		dwarf_frame_var(st.incoming.data[i]);
	for (int i = 0; i < f->locals.len; i++) {
		Obj *v = f->locals.data[i];
		if (v->kind == OBJ_VAR && !is_incoming(v) && !v->is_param && !v->is_result && !v->is_recv)
			dwarf_frame_var(v);
	}
}

void gen_func(Func *f) {
	Node *d = f->decl;
	if (!d || !node_ext(d)->body)
		return;
	const char *why;
	if (ssa_gen_func(f, &why))
		return;
	func_begin(f, cg_sym(f->sym ? f->sym : f->name));
	if (!f->wrapper) { // tracebacks hide go/defer wrappers, as Go's do
		linetab_begin(f, f->name);
		describe_frame_vars(f);
	}
	cg.pos = d->pos;  // its .loc is func_write's: the code up to the first statement is the func line's
	gen_stmt(node_ext(d)->body);
	// what kept it out of the SSA back end: tests/ssa_coverage.sh tallies these
	char *signature = func_signature(f), *extra = xasprintf("# stack back end: %s not yet in SSA\n", why);
	func_end(signature, extra);
	free(signature);
	free(extra);
}

// The assembly of pkgs[only], or of every package (only -1).
static void generate(Vec *pkgs, FILE *out, int only) {
	memset(&cg, 0, sizeof cg);
	// Only the compiler's thread writes the output: stdio need not lock
	// it for each of the millions of small writes.
	int locking = __fsetlocking(out, FSETLOCKING_BYCALLER);
	cg.out = out;
	cg.text = out;
	Program *main_pkg = pkgs->data[only >= 0 ? only : pkgs->len - 1];
	dwarf_begin(main_pkg->files.len ? diag_file_name(((File *)main_pkg->files.data[0])->index) : main_pkg->path);
	fformat(out, "# generated by goscape: package %s", only >= 0 ? main_pkg->path : main_pkg->pkgname ? main_pkg->pkgname : "main");
	if (pkgs->len > 1 && only < 0)
		fformat(out, " and %d imported package%s", pkgs->len - 1, pkgs->len > 2 ? "s" : "");
	fputc('\n', out);
	// .file numbers count from 1 in each object (gas wants no gaps)
	for (int k = 0; k < pkgs->len; k++) {
		Program *prog = pkgs->data[k];
		for (int i = 0; i < prog->files.len; i++)
			if (((File *)prog->files.data[i])->index >= cg.nfile_no)
				cg.nfile_no = ((File *)prog->files.data[i])->index + 1;
	}
	cg.file_no = xcalloc((size_t)cg.nfile_no + 1, sizeof(int));
	int nfiles = 0;
	for (int k = 0; k < pkgs->len; k++) {
		Program *prog = pkgs->data[k];
		for (int i = 0; (only < 0 || k == only) && i < prog->files.len; i++) {
			File *f = prog->files.data[i];
			cg.file_no[f->index] = ++nfiles;
			fformat(out, "\t.file %d \"%s\"\n", nfiles, diag_file_name(f->index));
		}
	}
	for (int k = 0; k < pkgs->len; k++) {
		cg.prog = pkgs->data[k];
		assign_global_symbols();
	}
	for (int k = 0; k < pkgs->len; k++) {
		if (only >= 0 && k != only)
			continue;
		cg.prog = pkgs->data[k];
		if (pkgs->len > 1)
			fformat(out, "\n# ==== package %s ====\n", cg.prog->path);
		for (int i = 0; i < cg.prog->funcs.len; i++) {
			gen_func(cg.prog->funcs.data[i]);
		}
		gen_init_func(pkgs, k);
		gen_static_closures();
		emit_globals();
	}
	emit_typedescs();
	gen_thunks();
	linetab_emit(out, pkgs, only);
	allocsite_emit(out);
	emit_strings();
	emit_const_boxes();
	dwarf_emit(out);
	fformat(out, "\n\t.section .note.GNU-stack,\"\",@progbits\n");
	__fsetlocking(out, locking);
}

void codegen_options(bool optimise, const char *ssa_dump) {
	ssa_options.no_opt = !optimise;
	ssa_options.dump = ssa_dump;
}

void codegen_program(Vec *pkgs, FILE *out) {
	generate(pkgs, out, -1);
}

void codegen_package(Vec *pkgs, int k, FILE *out) {
	generate(pkgs, out, k);
}

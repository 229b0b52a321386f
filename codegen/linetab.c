// linetab.c - the pc->function/line table that run-time tracebacks read
// (runtime/traceback.c; the layout is GoFuncInfo in runtime/goscape.h).
// For every Go function: its entry and size, Go's name for it
// ("main.(*T).M", "main.main.func1"), its source file as an absolute path,
// and the pc offsets where its line changes — the same positions the .loc
// directives give gdb, so a traceback and a debugger agree. Thunks and
// wrappers are left out, which hides them the way Go hides its wrappers.
// A function the SSA back end inlined calls into also has the table of
// those calls (their function's name, where they were called, in which
// other inlined call), and each line entry says which call it is in, so
// that a traceback lists the inlined functions as frames, as Go's does.
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include "cg.h"

typedef struct Mark {
	int label;  // .Lpc<label>: where the line starts (0: the entry)
	Pos pos;
	int inl;    // the inlined call (1 + index in FuncLines.inlined), 0: none
} Mark;

typedef struct Inlined {
	const char *name;
	int parent;  // like Mark.inl
	Pos call;
} Inlined;

// Package initialisation is one function whose lines come from every
// file, so each mark names its file.
typedef struct FuncLines {
	const char *name, *sym;
	bool has_args;
	Mark *marks; // in pc order; kept until the table is written, so in
	int nmarks, capmarks; // one array (a big program has 100,000 of them)
	Vec inlined; // Inlined*
} FuncLines;

static Vec funcs;          // FuncLines*, in emission (= address) order
static FuncLines *cur;     // the function being generated, if it is in the table
static int pc_seq;

static void add_mark(int label, Pos pos) {
	if (cur->nmarks == cur->capmarks) {
		cur->capmarks = cur->capmarks ? 2 * cur->capmarks : 8;
		cur->marks = xrealloc(cur->marks, sizeof(Mark) * (size_t)cur->capmarks);
	}
	cur->marks[cur->nmarks++] = (Mark){label, pos, cg.inl};
}

void linetab_begin(Func *f, const char *name) {
	cur = xcalloc(1, sizeof(FuncLines));
	cur->name = name;
	cur->sym = cg.fnsym;
	cur->has_args = f->recv || f->params.len;
	cg.inl = 0;
	// The prologue belongs to the func line, as in Go.
	add_mark(0, f->decl ? f->decl->pos : (Pos){0});
	vec_push(&funcs, cur);
}

// The function's code starts with a wrapper (the SSA back end's stack
// ABI entry, a thunk): its pcs get line 0, which tracebacks and
// runtime.Callers skip as Go skips its wrappers, and the code at the
// label returned (to be placed where the wrapper ends) the func line.
const char *linetab_wrapper(void) {
	if (!cur)
		return NULL;
	add_mark(++pc_seq, cur->marks[0].pos);
	cur->marks[0].pos.line = 0;
	return xasprintf(".Lpc%d", pc_seq);
}

void linetab_mark(Pos pos) {
	if (!cur || pos.line <= 0)
		return;
	Mark *last = &cur->marks[cur->nmarks - 1];
	if (pos.line == last->pos.line && pos.file == last->pos.file && cg.inl == last->inl)
		return;
	add_mark(++pc_seq, pos);
	fprintf(cg.text, ".Lpc%d:\n", pc_seq);
}

void linetab_inlined(const char *name, int parent, Pos call) {
	Inlined *in = xcalloc(1, sizeof(Inlined));
	*in = (Inlined){name, parent, call};
	vec_push(&cur->inlined, in);
}

void linetab_end(void) {
	if (cur)
		fprintf(cg.text, ".L%s_end:\n", cur->sym);
	cur = NULL;
}

// The path a traceback shows: absolute, like Go's.
static char *absolute_path(const char *name) {
	char buf[PATH_MAX];
	if (name[0] != '/' && realpath(name, buf))
		return xstrdup(buf);
	return xstrdup(name);
}

// The table of the functions generated since the last call, for the
// packages in files' order: a GoFuncInfo per function in the section
// goscape_functab (the linker concatenates every object's, the runtime
// reads it from __start_ to __stop_goscape_functab), each pointing to this
// object's table of source paths, which its line entries index.
void linetab_emit(FILE *out, Vec *pkgs, int only) {
	int nfiles = 0, maxindex = 0;
	for (int k = 0; k < pkgs->len; k++) {
		Program *prog = pkgs->data[k];
		for (int i = 0; (only < 0 || k == only) && i < prog->files.len; i++)
			if (((File *)prog->files.data[i])->index > maxindex)
				maxindex = ((File *)prog->files.data[i])->index;
	}
	int *local = xcalloc((size_t)maxindex + 1, sizeof(int));   // Pos.file -> entry of .Lfiletab
	fprintf(out, "\n# pc -> function/line table for tracebacks (runtime/traceback.c)\n"
	             "\t.section .rodata\n");
	for (int k = 0; k < pkgs->len; k++) {
		Program *prog = pkgs->data[k];
		for (int i = 0; (only < 0 || k == only) && i < prog->files.len; i++) {
			File *file = prog->files.data[i];
			local[file->index] = nfiles;
			fprintf(out, ".Lsrcfile%d:\n", nfiles++);
			emit_quoted(out, ".asciz", absolute_path(diag_file_name(file->index)));
		}
	}
	fprintf(out, "\t.section .data.rel.ro,\"aw\"\n\t.balign 8\n.Lfiletab:\n");
	for (int i = 0; i < nfiles; i++)
		fprintf(out, "\t.quad .Lsrcfile%d\n", i);
	fprintf(out, "\t.section .rodata\n");
	for (int i = 0; i < funcs.len; i++) {
		FuncLines *f = funcs.data[i];
		fprintf(out, ".Lfuncname%d:\n", i);
		emit_quoted(out, ".asciz", f->name);
		fprintf(out, "\t.balign 4\n.Lfunclines%d:  # pc offset, file, line, inlined call\n", i);
		for (int j = 0; j < f->nmarks; j++) {
			Mark *m = &f->marks[j];
			int file = m->pos.file <= maxindex ? local[m->pos.file] : 0;
			if (m->label)
				fprintf(out, "\t.long .Lpc%d-%s, %d, %d, %d\n", m->label, f->sym, file, m->pos.line, m->inl);
			else
				fprintf(out, "\t.long 0, %d, %d, %d\n", file, m->pos.line, m->inl);
		}
		for (int j = 0; j < f->inlined.len; j++) {
			fprintf(out, ".Linlname%d_%d:\n", i, j);
			emit_quoted(out, ".asciz", ((Inlined *)f->inlined.data[j])->name);
		}
	}
	fprintf(out, "\t.section .data.rel.ro,\"aw\"\n\t.balign 8\n");
	for (int i = 0; i < funcs.len; i++) {
		FuncLines *f = funcs.data[i];
		if (f->inlined.len)
			fprintf(out, ".Linlined%d:  # name, the call's inlined call, file, line\n", i);
		for (int j = 0; j < f->inlined.len; j++) {
			Inlined *in = f->inlined.data[j];
			int file = in->call.file <= maxindex ? local[in->call.file] : 0;
			fprintf(out, "\t.quad .Linlname%d_%d\n\t.long %d, %d, %d, 0\n", i, j, in->parent, file, in->call.line);
			free(in);
		}
	}
	fprintf(out, "\t.section goscape_functab,\"aw\"\n\t.balign 8\n"
	             "# entry, size, line entries, name, line table, has arguments, source paths, inlined calls\n");
	for (int i = 0; i < funcs.len; i++) {
		FuncLines *f = funcs.data[i];
		fprintf(out, "\t.quad %s\n\t.long .L%s_end-%s, %d\n\t.quad .Lfuncname%d, .Lfunclines%d, %d, .Lfiletab, ",
		        f->sym, f->sym, f->sym, f->nmarks, i, i, f->has_args);
		if (f->inlined.len)
			fprintf(out, ".Linlined%d\n", i);
		else
			fprintf(out, "0\n");
		free(f->inlined.data);
	}
	funcs.len = 0;
	free(local);
}

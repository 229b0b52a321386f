// linetab.c - the pc->function/line table that run-time tracebacks read
// (runtime/traceback.c; the layout is GoFuncInfo in runtime/goscape.h).
// For every Go function: its entry and size, Go's name for it
// ("main.(*T).M", "main.main.func1"), its source file as an absolute path,
// and the pc offsets where its line changes — the same positions the .loc
// directives give gdb, so a traceback and a debugger agree. Thunks and
// wrappers are left out, which hides them the way Go hides its wrappers.
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include "cg.h"

typedef struct Mark {
	int label;  // .Lpc<label>: where the line starts (0: the entry)
	Pos pos;
} Mark;

// Package initialisation is one function whose lines come from every
// file, so each mark names its file.
typedef struct FuncLines {
	const char *name, *sym;
	bool has_args;
	Mark *marks; // in pc order; kept until the table is written, so in
	int nmarks, capmarks; // one array (a big program has 100,000 of them)
} FuncLines;

static Vec funcs;          // FuncLines*, in emission (= address) order
static FuncLines *cur;     // the function being generated, if it is in the table
static int pc_seq;

static void add_mark(int label, Pos pos) {
	if (cur->nmarks == cur->capmarks) {
		cur->capmarks = cur->capmarks ? 2 * cur->capmarks : 8;
		cur->marks = xrealloc(cur->marks, sizeof(Mark) * (size_t)cur->capmarks);
	}
	cur->marks[cur->nmarks++] = (Mark){label, pos};
}

void linetab_begin(Func *f, const char *name) {
	cur = xcalloc(1, sizeof(FuncLines));
	cur->name = name;
	cur->sym = cg.fnsym;
	cur->has_args = f->recv || f->params.len;
	// The prologue belongs to the func line, as in Go.
	add_mark(0, f->decl ? f->decl->pos : (Pos){0});
	vec_push(&funcs, cur);
}

void linetab_mark(Pos pos) {
	if (!cur || pos.line <= 0)
		return;
	Mark *last = &cur->marks[cur->nmarks - 1];
	if (pos.line == last->pos.line && pos.file == last->pos.file)
		return;
	add_mark(++pc_seq, pos);
	fprintf(cg.text, ".Lpc%d:\n", pc_seq);
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
		fprintf(out, "\t.balign 4\n.Lfunclines%d:  # pc offset, file, line\n", i);
		for (int j = 0; j < f->nmarks; j++) {
			Mark *m = &f->marks[j];
			int file = m->pos.file <= maxindex ? local[m->pos.file] : 0;
			if (m->label)
				fprintf(out, "\t.long .Lpc%d-%s, %d, %d\n", m->label, f->sym, file, m->pos.line);
			else
				fprintf(out, "\t.long 0, %d, %d\n", file, m->pos.line);
		}
	}
	fprintf(out, "\t.section goscape_functab,\"aw\"\n\t.balign 8\n"
	             "# entry, size, line entries, name, line table, has arguments, source paths\n");
	for (int i = 0; i < funcs.len; i++) {
		FuncLines *f = funcs.data[i];
		fprintf(out, "\t.quad %s\n\t.long .L%s_end-%s, %d\n\t.quad .Lfuncname%d, .Lfunclines%d, %d, .Lfiletab\n",
		        f->sym, f->sym, f->sym, f->nmarks, i, i, f->has_args);
	}
	funcs.len = 0;
	free(local);
}

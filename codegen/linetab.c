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
//
// A function's part of each of the table's three sections is written to
// a spill file (spill.c) once its code is done, and linetab_emit copies
// them into the output: a big program's table is never all in memory.
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include "cg.h"

typedef struct Mark {
	int label;  // .Lpc<label>: where the line starts (0: the entry)
	Pos pos;
	int inl;    // the inlined call (1 + index in cur.inlined), 0: none
} Mark;

typedef struct Inlined {
	const char *name;
	int parent;  // like Mark.inl
	Pos call;
} Inlined;

// The function being generated, if it is in the table. Package
// initialisation is one function whose lines come from every file, so
// each mark names its file. The arrays keep their room for the next one.
static struct {
	bool open;
	const char *name, *sym;
	size_t symlen;
	bool has_args;
	Mark *marks;  // in pc order
	int nmarks, capmarks;
	Inlined *inlined;
	int ninlined, capinlined;
} cur;

// The functions written since the last linetab_emit, section by section.
static struct {
	Spill lines;    // .rodata: names, line entries, inlined functions' names
	Spill inlined;  // .data.rel.ro: the tables of inlined calls
	Spill tab;      // goscape_functab: a GoFuncInfo each
	int nfuncs;
} done;

static int pc_seq;

// ".Lpc<label>:" on a line, where a line starts.
static void put_pc_label(FILE *out, int label) {
	char line[32] = ".Lpc", *p = put_int(line + 4, label);
	*p++ = ':';
	*p++ = '\n';
	put_text(out, line, (size_t)(p - line));
}

static void add_mark(int label, Pos pos) {
	if (cur.nmarks == cur.capmarks) {
		cur.capmarks = cur.capmarks ? 2 * cur.capmarks : 64;
		cur.marks = xrealloc(cur.marks, sizeof(Mark) * (size_t)cur.capmarks);
	}
	cur.marks[cur.nmarks++] = (Mark){label, pos, cg.inl};
}

void linetab_begin(Func *f, const char *name) {
	cur.open = true;
	cur.name = name;
	cur.sym = cg.fnsym;
	cur.symlen = strlen(cur.sym);
	cur.has_args = f->recv || f->params.len;
	cur.nmarks = cur.ninlined = 0;
	cg.inl = 0;
	// The prologue belongs to the func line, as in Go.
	add_mark(0, f->decl ? f->decl->pos : (Pos){0});
}

// The function's code starts with a wrapper (the SSA back end's stack
// ABI entry, a thunk): its pcs get line 0, which tracebacks and
// runtime.Callers skip as Go skips its wrappers, and the code at the
// label returned (to be placed where the wrapper ends) the func line.
const char *linetab_wrapper(void) {
	if (!cur.open)
		return NULL;
	add_mark(++pc_seq, cur.marks[0].pos);
	cur.marks[0].pos.line = 0;
	return xasprintf(".Lpc%d", pc_seq);
}

void linetab_mark(Pos pos) {
	if (!cur.open || pos.line <= 0)
		return;
	Mark *last = &cur.marks[cur.nmarks - 1];
	if (pos.line == last->pos.line && pos.file == last->pos.file && cg.inl == last->inl)
		return;
	add_mark(++pc_seq, pos);
	put_pc_label(cg.text, pc_seq);
}

void linetab_inlined(const char *name, int parent, Pos call) {
	if (cur.ninlined == cur.capinlined) {
		cur.capinlined = cur.capinlined ? 2 * cur.capinlined : 16;
		cur.inlined = xrealloc(cur.inlined, sizeof(Inlined) * (size_t)cur.capinlined);
	}
	cur.inlined[cur.ninlined++] = (Inlined){name, parent, call};
}

// The entry of .Lfiletab of a source file: the files of the object are
// listed in the order of their .file directives (cg.file_no counts them
// from 1); another package's file, which only an inlined call can name,
// gets the first.
static int file_entry(int file) {
	return file >= 0 && file < cg.nfile_no && cg.file_no[file] ? cg.file_no[file] - 1 : 0;
}

// A line entry: "\t.long .Lpc<label>-<sym>, file, line, inlined call",
// the pc offset 0 for label 0; one write (line has the room for the
// numbers, and for sym if it is no longer than symroom).
static void put_mark(FILE *out, const Mark *m, char *line, size_t symroom) {
	char *p = line + 7;
	memcpy(line, "\t.long ", 7);
	if (m->label) {
		memcpy(p, ".Lpc", 4);
		p = put_int(p + 4, m->label);
		*p++ = '-';
		if (cur.symlen <= symroom) {
			memcpy(p, cur.sym, cur.symlen);
			p += cur.symlen;
		} else {
			put_text(out, line, (size_t)(p - line));
			put_text(out, cur.sym, cur.symlen);
			p = line;
		}
	} else {
		*p++ = '0';
	}
	const int fields[3] = {file_entry(m->pos.file), m->pos.line, m->inl};
	for (int i = 0; i < 3; i++) {
		*p++ = ',';
		*p++ = ' ';
		p = put_int(p, fields[i]);
	}
	*p++ = '\n';
	put_text(out, line, (size_t)(p - line));
}

// Writes the function's part of the table.
static void write_func(int i) {
	if (!done.lines.f) {
		spill_open(&done.lines);
		spill_open(&done.inlined);
		spill_open(&done.tab);
	}
	FILE *out = done.lines.f;
	PUT_NUMBER_LINE(out, ".Lfuncname", i, ":");
	emit_quoted(out, ".asciz", cur.name);
	PUT_NUMBER_LINE(out, "\t.balign 4\n.Lfunclines", i, ":  # pc offset, file, line, inlined call");
	char line[256 + 96];
	for (int j = 0; j < cur.nmarks; j++)
		put_mark(out, &cur.marks[j], line, 256);
	for (int j = 0; j < cur.ninlined; j++) {
		fformat(out, ".Linlname%d_%d:\n", i, j);
		emit_quoted(out, ".asciz", cur.inlined[j].name);
	}
	out = done.inlined.f;
	if (cur.ninlined)
		PUT_NUMBER_LINE(out, ".Linlined", i, ":  # name, the call's inlined call, file, line");
	for (int j = 0; j < cur.ninlined; j++) {
		Inlined *in = &cur.inlined[j];
		fformat(out, "\t.quad .Linlname%d_%d\n\t.long %d, %d, %d, 0\n", i, j, in->parent, file_entry(in->call.file),
		        in->call.line);
	}
	fformat(done.tab.f, "\t.quad %s\n\t.long .L%s_end-%s, %d\n\t.quad .Lfuncname%d, .Lfunclines%d, %d, .Lfiletab, ",
	        cur.sym, cur.sym, cur.sym, cur.nmarks, i, i, cur.has_args);
	if (cur.ninlined)
		PUT_NUMBER_LINE(done.tab.f, ".Linlined", i, "");
	else
		put_string(done.tab.f, "0\n");
}

void linetab_end(void) {
	if (!cur.open)
		return;
	put_text(cg.text, ".L", 2);  // ".L<sym>_end:"
	put_text(cg.text, cur.sym, cur.symlen);
	put_string(cg.text, "_end:\n");
	write_func(done.nfuncs++);
	cur.open = false;
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
	int nfiles = 0;
	fformat(out, "\n# pc -> function/line table for tracebacks (runtime/traceback.c)\n"
	             "\t.section .rodata\n");
	for (int k = 0; k < pkgs->len; k++) {
		Program *prog = pkgs->data[k];
		for (int i = 0; (only < 0 || k == only) && i < prog->files.len; i++) {
			File *file = prog->files.data[i];
			fformat(out, ".Lsrcfile%d:\n", nfiles++);
			emit_quoted(out, ".asciz", absolute_path(diag_file_name(file->index)));
		}
	}
	fformat(out, "\t.section .data.rel.ro,\"aw\"\n\t.balign 8\n.Lfiletab:\n");
	for (int i = 0; i < nfiles; i++)
		fformat(out, "\t.quad .Lsrcfile%d\n", i);
	fformat(out, "\t.section .rodata\n");
	spill_copy(&done.lines, out);
	fformat(out, "\t.section .data.rel.ro,\"aw\"\n\t.balign 8\n");
	spill_copy(&done.inlined, out);
	fformat(out, "\t.section goscape_functab,\"aw\"\n\t.balign 8\n"
	             "# entry, size, line entries, name, line table, has arguments, source paths, inlined calls\n");
	spill_copy(&done.tab, out);
	done.nfuncs = 0;
}

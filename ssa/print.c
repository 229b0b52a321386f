// print.c - the textual form of the SSA IR, in the style of Go's
// GOSSAFUNC dumps: one block per paragraph, one value per line
// (`v3 (12) = Add <i64> v1 v2 (x)`: id, source line, op, machine type,
// [aux], {sym}, args, the Go variable it was assigned to), then the
// block's end. parse.c reads the same text back (unit tests).
#include "ssa.h"

static const char *const mtype_names[] = {"void", "i8", "i16", "i32", "i64", "ptr", "f32", "f64"};

const char *ssa_mtype_name(MType t) {
	return mtype_names[t];
}

static bool has_aux(SsaOp op) {
	return op == SSA_CONST || op == SSA_ARG || op == SSA_CALL || op == SSA_RESULT || op == SSA_INDEXCHECK || op == SSA_NILCHECK ||
	       op == SSA_PTRINDEX || op == SSA_LOAD || op == SSA_STORE || op == SSA_FRAMEADDR || op == SSA_SLICECHECK;
}

void ssa_print_value(FILE *out, Value *v) {
	fprintf(out, "  v%d", v->id);
	if (v->pos.line > 0)
		fprintf(out, " (%d)", v->pos.line);
	fprintf(out, " = %s <%s>", ssa_ops[v->op].name, mtype_names[v->type]);
	if (has_aux(v->op) || ((v->op == SSA_LSH || v->op == SSA_RSH || v->op == SSA_RSHU) && v->aux))  // a count mod 64
		fprintf(out, " [%lld]", (long long)v->aux);
	if (v->sym)
		fprintf(out, " {%s}", v->sym);
	for (int i = 0; i < v->nargs; i++)
		fprintf(out, " v%d", v->args[i]->id);
	if (v->name)
		fprintf(out, " (%s)", v->name);
	if (v->reg >= 0 && v->reg_end)
		fprintf(out, " : %s to %d, %d(%%rbp)", ssa_reg_names[v->reg], v->reg_end, v->slot);
	else if (v->reg >= 0)
		fprintf(out, " : %s", ssa_reg_names[v->reg]);
	else if (v->slot)
		fprintf(out, " : %d(%%rbp)", v->slot);
	fputc('\n', out);
}

void ssa_print(FILE *out, SsaFunc *f) {
	fprintf(out, "func %s\n", f->name);
	for (int i = 0; i < f->blocks.len; i++) {
		Block *b = f->blocks.data[i];
		fprintf(out, "b%d:", b->id);
		if (b->preds.len)
			fprintf(out, " <-");
		for (int j = 0; j < b->preds.len; j++)
			fprintf(out, " b%d", ((Block *)b->preds.data[j])->id);
		fputc('\n', out);
		for (int j = 0; j < b->values.len; j++)
			ssa_print_value(out, b->values.data[j]);
		fprintf(out, "  %s", b->kind == BK_PLAIN ? "Plain" : b->kind == BK_IF ? "If" : "Ret");
		for (int j = 0; j < b->controls.len; j++)
			fprintf(out, " v%d", ((Value *)b->controls.data[j])->id);
		if (b->succs.len)
			fprintf(out, " ->");
		for (int j = 0; j < b->succs.len; j++)
			fprintf(out, " b%d", ((Block *)b->succs.data[j])->id);
		fputc('\n', out);
	}
}

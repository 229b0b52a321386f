// ssa.c - the SSA back end's driver for one function: build the IR from
// the tree (or give the function back to the tree walker when it is
// outside the subset), run the passes (none under -N), allocate registers
// and emit; -d=ssa/FUNC prints the IR after every step on stderr.
#include <string.h>
#include "ssa.h"
#include "../codegen/cg.h"

SsaOptions ssa_options;


static void dump(SsaFunc *f, bool on, const char *after) {
	if (!on)
		return;
	fprintf(stderr, "== %s after %s ==\n", f->name, after);
	ssa_print(stderr, f);
}

typedef struct Pass {
	const char *name;
	bool (*run)(SsaFunc *f);
} Pass;

static const Pass passes[] = {
	{"promote", ssa_promote}, {"fold", ssa_fold},  {"copyprop", ssa_copyprop}, {"cse", ssa_cse},
	{"copyprop", ssa_copyprop}, {"bce", ssa_bce}, {"ranges", ssa_ranges}, {"bitset", ssa_bitset},
	{"divmod", ssa_divmod}, {"cse", ssa_cse}, {"copyprop", ssa_copyprop}, {"narrow", ssa_narrow}, {"copyprop", ssa_copyprop}, {"dce", ssa_dce},
};

// Copy propagation has work only where a value became a copy, a phi was
// made or an edge went since it last ran (SsaFunc.copy_work): the other
// rewrites (folding into constants, removing checks, new divisions)
// leave no use of a copy and no trivial phi behind, so it is skipped.
void ssa_optimise(SsaFunc *f, bool on) {
	if (ssa_options.no_opt)
		return;
	for (size_t i = 0; i < sizeof passes / sizeof passes[0]; i++) {
		if (passes[i].run != ssa_copyprop || f->copy_work)
			passes[i].run(f);
		dump(f, on, passes[i].name);
	}
}

// -d=ssa/NAME names a function by its Go name ("main.fib") or without
// the package ("fib").
static bool wants_dump(Func *fn) {
	const char *d = ssa_options.dump;
	if (!d || !fn->name)
		return false;
	if (strcmp(d, fn->name) == 0)
		return true;
	const char *dot = strchr(fn->name, '.');
	return dot && strcmp(d, dot + 1) == 0;
}

bool ssa_gen_func(Func *fn, const char **why) {
	SsaFunc *f = ssa_take_built(fn, why);
	bool on = wants_dump(fn);
	if (!f) {
		if (on)
			fprintf(stderr, "== %s: outside the SSA subset (%s), compiled by the tree walker ==\n", fn->name, *why);
		return false;
	}
	dump(f, on, "build");
	ssa_optimise(f, on);
	ssa_emit(f, fn, cg_sym(fn->sym ? fn->sym : fn->name));
	dump(f, on, "regalloc");
	ssa_free_func(f);
	return true;
}

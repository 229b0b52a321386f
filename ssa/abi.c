// abi.c - the register calling convention between functions the SSA back
// end compiles (Go's ABIInternal idea): integer and pointer words go in
// %rdi, %rsi, %r8-%r11, float64 words in %xmm1-%xmm6, each class in
// order; results come back in the same registers. %rax, %rcx and %rdx are
// not used (%rdx is the closure context of the stack ABI).
//
// Every function stays callable through the stack ABI under its own
// symbol (codegen's tree walker, func values, go/defer, the runtime); a
// function with a register ABI also has the entry SYM..regabi, which SSA
// callers in the same package call directly (gen.c emits both entries).
// A func value's code word is the stack ABI's entry; the 8 bytes before
// every function's entry hold its SYM..regabi, or 0 when it has none
// (codegen's emit_entry_word, runtime/asm.h's GO_ENTRY_WORD), so that an
// SSA caller of a func value whose signature fits the registers reads
// that word and calls the register entry when there is one (gen.c).
// Whether a callee has one depends only on its own body and signature,
// so a caller asks before the callee is emitted: the callee's IR is built
// then and kept until its turn (ssa_take_built). The caller still
// reserves the stack words of the arguments and results: the callee keeps
// its arguments there (spill homes, the debugger's view) and stores its
// results there too, for callers of the stack entry, which shares the body.
#include <stdlib.h>
#include "ssa.h"
#include "../codegen/cg.h"

static const int int_regs[] = {SSA_RDI, SSA_RSI, SSA_R8, SSA_R9, SSA_R10, SSA_R11};
enum { NINT = sizeof int_regs / sizeof int_regs[0], NFLOAT = 6 };

// The register of each of the n words; false when they do not fit.
static bool assign(const MType *t, int n, int *regs) {
	int ni = 0, nf = 0;
	for (int k = 0; k < n; k++) {
		if (t[k] == MT_F64 || t[k] == MT_F32) {
			if (nf == NFLOAT)
				return false;
			regs[k] = SSA_X1 + nf++;
		} else {
			if (ni == NINT)
				return false;
			regs[k] = int_regs[ni++];
		}
	}
	return true;
}

const SsaAbi *ssa_abi_of_words(const MType *in, int nin, const MType *out, int nout) {
	SsaAbi *a = xcalloc(1, sizeof(SsaAbi));
	a->nin = nin;
	a->nout = nout;
	a->in = xcalloc((size_t)a->nin + 1, sizeof(int));
	a->out = xcalloc((size_t)a->nout + 1, sizeof(int));
	if (assign(in, a->nin, a->in) && assign(out, a->nout, a->out))
		return a;
	free(a->in);
	free(a->out);
	free(a);
	return NULL;
}

const SsaAbi *ssa_abi_of(SsaFunc *f) {
	return ssa_abi_of_words(f->in_types, f->nin, f->out_types, f->nresults);
}

// What is known of one function of the package being compiled.
typedef struct Known {
	bool built;          // ssa_build ran (or runs)
	bool ok;             // it built: the body is in the subset
	SsaFunc *ir;         // its IR until ssa_take_built takes it (NULL: outside the subset)
	const char *why;
	const SsaAbi *abi;
} Known;

static Program *pkg;     // the package whose functions `known` holds
static PtrMap known;     // Func* -> Known*

static Known *lookup(Func *fn) {
	if (pkg != cg.prog) {
		pkg = cg.prog;
		free(known.keys);
		free(known.vals);
		known = (PtrMap){0};
		for (int i = 0; pkg && i < pkg->funcs.len; i++)
			ptrmap_put(&known, pkg->funcs.data[i], xcalloc(1, sizeof(Known)));
	}
	return fn ? ptrmap_get(&known, fn) : NULL;
}

static void build(Known *k, Func *fn) {
	k->built = true;
	k->ir = ssa_build(fn, &k->why);
	k->ok = k->ir != NULL;
	k->abi = k->ir ? ssa_abi_of(k->ir) : NULL;
}

const SsaAbi *ssa_callee_abi(Func *fn) {
	Known *k = lookup(fn);
	if (!k)
		return NULL;
	if (!k->built)
		build(k, fn);
	return k->abi;
}

bool ssa_builds(Func *fn) {
	Known *k = lookup(fn);
	if (k && !k->built)
		build(k, fn);
	return k && k->ok;
}

SsaFunc *ssa_take_built(Func *fn, const char **why) {
	Known *k = lookup(fn);
	if (!k) {  // not one of the package's functions (cannot happen from gen_func)
		SsaFunc *f = ssa_build(fn, why);
		if (f)
			f->abi = ssa_abi_of(f);
		return f;
	}
	if (!k->built)
		build(k, fn);
	SsaFunc *f = k->ir;
	k->ir = NULL;
	*why = k->why;
	if (f)
		f->abi = k->abi;
	return f;
}

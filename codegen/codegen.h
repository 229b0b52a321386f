// codegen.h - the back end: writes x86-64 GAS for a checked, analysed Program.
#ifndef GOSCAPE_CODEGEN_H
#define GOSCAPE_CODEGEN_H

#include <stdio.h>
#include "ast.h"

// Emits the whole program (functions, globals, type descriptors, string
// data, main..init) as GNU assembler text: pkgs holds every package
// (Program*) in initialisation order, the main package last. Reports
// unsupported constructs through diag (error_at) with "not yet supported
// by codegen: ...".
void codegen_program(Vec *pkgs, FILE *out);
// Only package pkgs[k], for linking with the other packages' objects
// (each made by a fresh process: the back end keeps what it emitted).
// The object defines k's functions, variables, static closures and init
// and holds, as weak symbols named after their types, the type
// descriptors and itabs its code uses; its thunks and strings are its own.
void codegen_package(Vec *pkgs, int k, FILE *out);
// The SSA back end's settings (ssa/ssa.h), before generating: optimise
// false is -N; ssa_dump names a function whose IR is printed after every
// pass on stderr (-d=ssa/FUNC), or NULL.
void codegen_options(bool optimise, const char *ssa_dump);

#endif

// The goscape calling convention for Go functions (ABI0-like):
//  - The caller evaluates arguments into temporaries, then copies them into
//    its outgoing area at 0(%rsp): the receiver first (methods), then the
//    parameters in order, each at an offset rounded up to 8, followed by
//    the results, each rounded up to 8. %rsp is 16-byte aligned at `call`.
//  - The callee sees argument k at 16(%rbp)+off_k after its prologue.
//  - A func value is a pointer to a closure object whose first word is the
//    code address; the caller loads it into %rdx and calls *(%rdx). The
//    callee finds its captured variables through %rdx (saved at entry).
//  - %rbx, %rbp and %r12-%r15 are preserved, as in System V, so C code can
//    call Go code through runtime/callgo.S.
// Runtime helpers (runtime/goscape.h) are called with the System V ABI,
// aggregates by pointer.

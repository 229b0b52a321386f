// escape.h - the interface between the front end, escape analysis and codegen.
//
// escape_analyze decides, for every variable, whether it lives in its
// function's frame or is "moved to heap" (Obj.heap), and for every
// allocation site whether it is stack- or heap-allocated (Node.esc). It
// also decides nothing else: codegen obeys these verdicts and nothing more.
#ifndef GOSCAPE_ESCAPE_H
#define GOSCAPE_ESCAPE_H

#include <stdio.h>
#include "ast.h"

typedef struct EscapeOptions {
	int m_level;      // 0: silent, 1: -m, 2: -m=2 (flow explanations)
	bool off;         // -escape=off: everything that can be heap-allocated is
	FILE *out;        // where diagnostics go (stderr)
	FILE *dot;        // -m=dot: the data-flow graph as Graphviz DOT (dot.c), or NULL
} EscapeOptions;

void escape_analyze(Program *prog, const EscapeOptions *opt);

#endif

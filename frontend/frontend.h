// frontend.h - entry points of the front end: parse files, check the package.
#ifndef GOSCAPE_FRONTEND_H
#define GOSCAPE_FRONTEND_H

#include "ast.h"
#include "types.h"
#include "diag.h"

// Lexes and parses one registered file (diag_add_file). Syntax errors go
// to diag; returns the File even when errors occurred (possibly partial).
File *parse_file(int file);

// Type-checks all files of package main, resolving names, computing types
// and constant values and rewriting implicit operations into explicit
// nodes (see ast.h). Returns the Program; errors go to diag.
Program *check_program(File **files, int nfiles);

#endif

// frontend.h - entry points of the front end: parse files, check the package.
#ifndef GOSCAPE_FRONTEND_H
#define GOSCAPE_FRONTEND_H

#include "ast.h"
#include "types.h"
#include "diag.h"

// Lexes and parses one registered file (diag_add_file). Syntax errors go
// to diag; returns the File even when errors occurred (possibly partial).
File *parse_file(int file);

// Type-checks the files of the package with import path path ("main"
// for the main package), resolving names, computing types and constant
// values and rewriting implicit operations into explicit nodes (see
// ast.h). Its imports are found among checked (Program*), the packages
// checked before it, or are fmt and unsafe. Returns the Program;
// errors go to diag.
Program *check_package(const char *path, File **files, int nfiles, const Vec *checked);

// The path an ND_IMPORT names, without its quotes.
const char *import_path(Node *imp);

// Does the checker have type-check-only declarations of the package at
// path (check_stub.c: a few packages Go's escape tests import that goscape
// cannot compile yet)? `goscape compile` falls back to them.
bool stub_known(const char *path);

#endif

// data.c - package-level variables (.bss) and each package's PATH..init,
// which runs the variable initialisers in Go's order and then the init
// functions; main..init first runs the imported packages' (imports first).
#include "cg.h"

void assign_global_symbols(void) {
	for (int i = 0; i < cg.prog->globals.len; i++) {
		Obj *v = cg.prog->globals.data[i];
		v->sym = cg_sym(v->sym ? v->sym : xasprintf("%s.%s", cg.prog->path, v->name));
	}
}

void emit_globals(void) {
	fformat(cg.out, "\n# package variables\n\t.bss\n");
	for (int i = 0; i < cg.prog->globals.len; i++) {
		Obj *v = cg.prog->globals.data[i];
		int64_t size = tsize(v->type);
		int align = type_align(v->type);
		fformat(cg.out, "\t.globl %s\n\t.balign %d\n\t.type %s, @object\n\t.size %s, %lld\n%s:\t# var %s %s\n\t.zero %lld\n",
		        v->sym, align > 0 ? align : 8, v->sym, v->sym, (long long)(size ? size : 1), v->sym, v->name,
		        type_string(v->type, false), (long long)(size ? size : 1));
		dwarf_global(v, cg.prog->path);
	}
}

void gen_init_func(Vec *pkgs, int k) {
	Func *init = xcalloc(1, sizeof(Func));
	init->name = xasprintf("%s..init", cg.prog->path);
	init->sym = cg_sym(init->name);
	func_begin(init, init->sym);
	// Go's runtime runs the imported packages' initialisation first
	if (k == pkgs->len - 1)
		for (int i = 0; i < k; i++)
			emit("call %s", cg_sym(xasprintf("%s..init", ((Program *)pkgs->data[i])->path)));
	linetab_begin(init, xasprintf("%s.init", cg.prog->path));
	for (int i = 0; i < cg.prog->init_order.len; i++)
		gen_stmt(cg.prog->init_order.data[i]);
	// Go's runtime, not main.init, calls the init functions: hide the calls.
	linetab_end();
	for (int i = 0; i < cg.prog->init_funcs.len; i++) {
		Func *f = cg.prog->init_funcs.data[i];
		emit("call %s", cg_sym(f->sym ? f->sym : f->name));
	}
	func_end(xasprintf("func %s(): package initialisation", init->name), NULL);
}

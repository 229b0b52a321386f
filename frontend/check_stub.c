// check_stub.c - declarations of the few standard-library members beyond
// fmt/unsafe that Go's escape tests use (strings, runtime, sync/atomic,
// runtime/internal/atomic, hash/maphash, reflect, errors).
// They are written as Go source without bodies, parsed on first import and
// typed like the user's package; their functions are external (Func with
// no body, not in Program.funcs), so they type-check but, except the few
// the runtime implements, cannot be linked (Func.stub_only). Escape
// analysis treats them as assembly (pointers leak unless //go:noescape),
// or as the line `//goscape:leaks TAGS` before one says (Func.stub_tags):
// the tags Go's own code gets, one letter per parameter, receiver first.
#include <string.h>
#include "check.h"

typedef struct Stub {
	const char *path;
	const char *src;
	Scope *scope;        // made on first use
} Stub;

static Stub stubs[] = {
	{"strings", "package strings\n"
	            "func HasPrefix(s, prefix string) bool\n"
	            "func HasSuffix(s, suffix string) bool\n"
	            "func Contains(s, substr string) bool\n"
	            "func Index(s, substr string) int\n"
	            "func SplitAfterN(s, sep string, n int) []string\n"
	            "func Split(s, sep string) []string\n"
	            "func Join(elems []string, sep string) string\n"
	            "func Repeat(s string, count int) string\n"
	            "func ToUpper(s string) string\n"
	            "func ToLower(s string) string\n"
	            "func TrimSpace(s string) string\n"
	            "type Builder struct { addr *Builder; buf []byte }\n"
	            "func (b *Builder) WriteString(s string) (int, error)\n"
	            "func (b *Builder) String() string\n", NULL},
	{"runtime", "package runtime\nfunc KeepAlive(x any)\nfunc GC()\nfunc Gosched()\n", NULL},
	{"sync/atomic", "package atomic\nimport \"unsafe\"\n"
	                "func LoadPointer(addr *unsafe.Pointer) (val unsafe.Pointer)\n"
	                "func StorePointer(addr *unsafe.Pointer, val unsafe.Pointer)\n"
	                "func SwapPointer(addr *unsafe.Pointer, new unsafe.Pointer) (old unsafe.Pointer)\n"
	                "func CompareAndSwapPointer(addr *unsafe.Pointer, old, new unsafe.Pointer) (swapped bool)\n"
	                "func AddInt32(addr *int32, delta int32) (new int32)\n"
	                "func AddInt64(addr *int64, delta int64) (new int64)\n"
	                "func LoadInt32(addr *int32) (val int32)\n"
	                "func LoadInt64(addr *int64) (val int64)\n", NULL},
	{"runtime/internal/atomic", "package atomic\nimport \"unsafe\"\n"
	                            "func Loadp(ptr unsafe.Pointer) unsafe.Pointer\n"
	                            "func StorepNoWB(ptr unsafe.Pointer, val unsafe.Pointer)\n"
	                            "func Casp1(ptr *unsafe.Pointer, old, new unsafe.Pointer) bool\n", NULL},
	{"hash/maphash", "package maphash\n"
	                 "type Seed struct { s uint64 }\n"
	                 "type Hash struct { _ [0]func(); seed Seed; state Seed; buf [128]byte; n int }\n"
	                 // the real bodies only read h and s: as Go tags them
	                 "//go:noescape\n"
	                 "func (h *Hash) WriteString(s string) (int, error)\n"
	                 "//go:noescape\n"
	                 "func (h *Hash) Sum64() uint64\n", NULL},
	{"reflect", "package reflect\nimport \"unsafe\"\n"
	            "type flag uintptr\n"
	            "type Value struct { typ unsafe.Pointer; ptr unsafe.Pointer; flag }\n"
	            "func ValueOf(i any) Value\n"
	            "func (v Value) Pointer() uintptr\n"
	            "func (v Value) Elem() Value\n"
	            "func (v Value) UnsafeAddr() uintptr\n"
	            "type SliceHeader struct { Data uintptr; Len int; Cap int }\n"
	            "type StringHeader struct { Data uintptr; Len int }\n", NULL},
	{"errors", "package errors\nfunc New(text string) error\n", NULL},
	// the members of the compiler's fmt that are ordinary functions, in
	// the runtime (runtime/fmt_scan.c)
	{"fmt", "package fmt\n"
	        "//goscape:leaks hc\n"
	        "func Sscan(str string, a ...any) (n int, err error)\n"
	        "//goscape:leaks hc\n"
	        "func Sscanln(str string, a ...any) (n int, err error)\n"
	        "//goscape:leaks hnc\n"
	        "func Sscanf(str string, format string, a ...any) (n int, err error)\n", NULL},
};

static Stub *find_stub(const char *path) {
	for (size_t i = 0; i < sizeof stubs / sizeof stubs[0]; i++)
		if (!strcmp(stubs[i].path, path))
			return &stubs[i];
	return NULL;
}

bool stub_known(const char *path) {
	return find_stub(path) != NULL;
}

// The stub functions the runtime implements (runtime/hooks.S); the
// others have no code, and a program that calls them cannot be linked.
static const char *const runtime_implemented[] = {
	"fmt.Sscan", "fmt.Sscanln", "fmt.Sscanf"};

static bool has_runtime_code(const char *name) {
	for (size_t i = 0; i < sizeof runtime_implemented / sizeof runtime_implemented[0]; i++)
		if (!strcmp(runtime_implemented[i], name))
			return true;
	return false;
}

// The TAGS of a `//goscape:leaks TAGS` line just before line `line` of src.
static const char *leak_tags(const char *src, int line) {
	static const char directive[] = "//goscape:leaks ";
	const char *p = src;
	for (int l = 1; l < line - 1 && p; l++)
		p = strchr(p, '\n'), p = p ? p + 1 : NULL;
	if (!p || strncmp(p, directive, sizeof directive - 1))
		return NULL;
	p += sizeof directive - 1;
	return xstrndup(p, strcspn(p, "\n"));
}

static Func *external_func(Node *fd, Obj *o, const char *name, const char *src) {
	Func *f = xcalloc(1, sizeof(Func));
	f->stub_only = !has_runtime_code(name);
	f->stub_tags = leak_tags(src, fd->pos.line);
	f->decl = fd;
	f->name = name;
	f->sym = name;
	f->type = o->type;
	o->func = f;
	node_ext_mut(fd)->func = f;
	return f;
}

static void load_stub(Stub *st) {
	const char *fname = xasprintf("$GOROOT/src/%s/stub.go", st->path);
	File *file = parse_file(diag_add_file(fname, st->src, strlen(st->src)));
	const char *saved_pkg = ck.pkg, *saved_path = ck.path;
	Scope *saved_scope = ck.scope;
	Func *saved_func = ck.func;
	DeclInfo *saved_decl = ck.decl;
	st->scope = scope_new(ck.universe);
	Scope *fs = scope_new(st->scope);
	Obj *unsafe_pkg = new_obj(OBJ_PKG, "unsafe", (Pos){0});
	unsafe_pkg->path = "unsafe";
	unsafe_pkg->pkg_used = true;
	scope_insert(fs, unsafe_pkg);
	ck.pkg = file && file->pkgname ? file->pkgname : st->path;
	ck.path = st->path;
	ck.scope = fs;
	ck.func = NULL;
	ck.decl = NULL;
	Vec specs = {0};
	for (int i = 0; file && i < file->decls.len; i++) {
		Node *d = file->decls.data[i];
		if (!d || d->kind != ND_DECLSTMT)
			continue;
		for (int k = 0; k < node_list(d)->len; k++) {
			Node *spec = node_list(d)->data[k];
			if (!spec || spec->kind != ND_TYPESPEC)
				continue;
			Obj *o = new_obj(OBJ_TYPE, spec->name, spec->pos);
			o->decl = spec;
			new_named(o);
			scope_insert(st->scope, o);
			vec_push(&specs, spec);
		}
	}
	for (int i = 0; i < specs.len; i++) {
		Node *spec = specs.data[i];
		Obj *o = scope_lookup_local(st->scope, spec->name);
		o->type->underlying = type_under(check_typexpr(spec->lhs));
	}
	for (int i = 0; file && i < file->decls.len; i++) {
		Node *fd = file->decls.data[i];
		if (!fd || fd->kind != ND_FUNCDECL || !fd->name)
			continue;
		Obj *o = new_obj(OBJ_FUNC, fd->name, node_pos2(fd));
		o->decl = fd;
		o->funcdecl = fd;
		o->type = signature_of(fd->lhs);
		if (!node_rare(fd)->recv) {
			Func *f = external_func(fd, o, xasprintf("%s.%s", ck.path, fd->name), st->src);
			check_func_body(f, fd->lhs, NULL, NULL);
			scope_insert(st->scope, o);
			continue;
		}
		Node *bt = unparen(node_rare(fd)->recv->lhs);
		bool ptr = bt && bt->kind == ND_STAR;
		if (ptr)
			bt = unparen(bt->lhs);
		Obj *to = bt && bt->kind == ND_IDENT ? scope_lookup_local(st->scope, bt->name) : NULL;
		if (!to)
			continue;
		o->recv_type = to->type;
		o->ptr_recv = ptr;
		Func *f = external_func(fd, o,
		                        ptr ? xasprintf("%s.(*%s).%s", ck.path, to->name, fd->name)
		                            : xasprintf("%s.%s.%s", ck.path, to->name, fd->name),
		                        st->src);
		Node *id = node_ext(node_rare(fd)->recv)->names.len ? node_ext(node_rare(fd)->recv)->names.data[0] : NULL;
		Obj *recv = new_obj(OBJ_VAR, id ? id->name : "_", node_rare(fd)->recv->pos);
		recv->type = check_typexpr(node_rare(fd)->recv->lhs);
		recv->decl = id;
		check_func_body(f, fd->lhs, NULL, recv);
		attach_method(o, to->type, ptr, o->type);
	}
	ck.pkg = saved_pkg;
	ck.path = saved_path;
	ck.scope = saved_scope;
	ck.func = saved_func;
	ck.decl = saved_decl;
}

Obj *stub_member(const char *path, const char *name) {
	Stub *st = find_stub(path);
	if (!st)
		return NULL;
	if (!st->scope)
		load_stub(st);
	return scope_lookup_local(st->scope, name);
}

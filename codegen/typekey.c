// typekey.c - the identity key of a type: a text that two types share
// exactly when Go's rules make them identical, whichever package spells
// them. Each package's object names its weak type descriptors and itabs
// after these keys (typedesc.c), so the linker merges identical types from
// different objects and never two different ones.
//
// The display spelling (%T, reflect) is no key: it leaves out the package
// of unexported field and method names (struct{ x int } of two packages),
// spells an embedded alias like its target (struct{ Int } with
// type Int = int is struct { int }), omits tags, and names a type by its
// package's name, not its path.
#include <string.h>
#include "cg.h"
#include "strbuf.h"

static void put_name(StrBuf *b, const char *name, const char *pkgpath) {
	if (pkgpath) { // unexported: only the same name of the same package matches
		strbuf_put(b, pkgpath);
		strbuf_put(b, ".");
	}
	strbuf_put(b, name);
}

static void put_quoted(StrBuf *b, const char *s) {
	strbuf_put(b, "\"");
	for (; *s; s++)
		strbuf_put(b, *s == '"' || *s == '\\' ? xasprintf("\\%c", *s) : xasprintf("%c", *s));
	strbuf_put(b, "\"");
}

static void put_key(StrBuf *b, Type *t);

static void put_list(StrBuf *b, Vec *types) {
	for (int i = 0; i < types->len; i++) {
		strbuf_put(b, i ? "," : "");
		put_key(b, types->data[i]);
	}
}

// A named type: its package path and name; a local type also its function
// and position (two functions may declare a T); an instance its type
// arguments' keys.
static void put_named(StrBuf *b, Type *t) {
	Obj *o = t->obj;
	if (t->pkgpath) {
		strbuf_put(b, t->pkgpath);
		strbuf_put(b, ".");
	}
	if (o->targs.len) {
		strbuf_putn(b, o->name, strcspn(o->name, "[")); // the generic's name
		strbuf_put(b, "[");
		put_list(b, &o->targs);
		strbuf_put(b, "]");
	} else
		strbuf_put(b, o->name);
	if (o->owner)
		strbuf_put(b, xasprintf("·%s·%d.%d", o->owner->name, o->pos.line, o->pos.col));
}

static void put_key(StrBuf *b, Type *t) {
	switch (t->kind) {
	case TY_NAMED:
		if (t->obj) {
			put_named(b, t);
			return;
		}
		break;
	case TY_PTR:
		strbuf_put(b, "*");
		put_key(b, t->elem);
		return;
	case TY_SLICE:
		strbuf_put(b, "[]");
		put_key(b, t->elem);
		return;
	case TY_ARRAY:
		strbuf_put(b, xasprintf("[%lld]", (long long)t->len));
		put_key(b, t->elem);
		return;
	case TY_MAP:
		strbuf_put(b, "map[");
		put_key(b, t->key);
		strbuf_put(b, "]");
		put_key(b, t->elem);
		return;
	case TY_CHAN:
		strbuf_put(b, t->chan_dir == 1 ? "chan<- " : t->chan_dir == 2 ? "<-chan " : "chan ");
		put_key(b, t->elem);
		return;
	case TY_FUNC: case TY_TUPLE:
		strbuf_put(b, t->kind == TY_FUNC ? (t->variadic ? "func...(" : "func(") : "(");
		if (t->kind == TY_FUNC)
			put_list(b, &t->params);
		strbuf_put(b, ")(");
		put_list(b, &t->results);
		strbuf_put(b, ")");
		return;
	case TY_STRUCT:
		strbuf_put(b, "struct{");
		for (int i = 0; i < t->fields.len; i++) {
			Field *f = t->fields.data[i];
			strbuf_put(b, i ? ";" : "");
			strbuf_put(b, f->embedded ? "embed " : "");
			put_name(b, f->name, f->pkgpath);
			strbuf_put(b, " ");
			put_key(b, f->type);
			if (f->tag)
				put_quoted(b, f->tag);
		}
		strbuf_put(b, "}");
		return;
	case TY_INTERFACE:
		strbuf_put(b, "interface{");
		for (int i = 0; i < t->methods.len; i++) {
			Method *m = t->methods.data[i];
			strbuf_put(b, i ? ";" : "");
			put_name(b, m->name, m->pkgpath);
			put_key(b, m->type);
		}
		strbuf_put(b, "}");
		return;
	default:
		break;
	}
	type_write(b, t, TS_REFLECT); // basic types: their one name (type_string's, without a copy)
}

const char *type_identity_key(Type *t) {
	StrBuf b = {0};
	put_key(&b, t);
	return strbuf_text(&b);
}

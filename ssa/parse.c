// parse.c - reads the text ssa_print writes back into an SsaFunc, so that
// the unit tests of each pass can be written as IR in, IR out (like QBE's
// tests). Values and blocks keep the ids of the text; a value may be used
// before its line (phis of loops), so arguments are resolved at the end.
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include "ssa.h"

typedef struct Parser {
	SsaFunc *f;
	Vec blocks;     // by id
	Vec values;     // by id
	Vec pending;    // Value*: args hold ids until resolved
	PtrMap defined; // Block* whose header was read
	char *err;
	int line;
} Parser;

static void *by_id(Vec *v, int id) {
	return id >= 0 && id < v->len ? v->data[id] : NULL;
}

static void set_id(Vec *v, int id, void *x) {
	while (v->len <= id)
		vec_push(v, NULL);
	v->data[id] = x;
}

static Block *block_ref(Parser *p, int id) {
	Block *b = by_id(&p->blocks, id);
	if (!b) {
		b = ssa_new_block(p->f, BK_PLAIN);
		b->id = id;
		if (id >= p->f->next_block)
			p->f->next_block = id + 1;
		set_id(&p->blocks, id, b);
	}
	return b;
}

static bool fail(Parser *p, const char *what) {
	if (!p->err)
		p->err = xasprintf("line %d: %s", p->line, what);
	return false;
}

// The words of a line, split at blanks.
static int split(char *s, char **w, int max) {
	int n = 0;
	while (*s && n < max) {
		while (isspace((unsigned char)*s))
			s++;
		if (!*s)
			break;
		w[n++] = s;
		while (*s && !isspace((unsigned char)*s))
			s++;
		if (*s)
			*s++ = '\0';
	}
	return n;
}

static bool ref(const char *w, char c, int *id) {
	if (w[0] != c || !isdigit((unsigned char)w[1]))
		return false;
	char *end;
	*id = (int)strtol(w + 1, &end, 10);
	return *end == '\0';
}

static bool parse_value(Parser *p, Block *b, char **w, int n) {
	int id, i = 0;
	if (!ref(w[i++], 'v', &id) || by_id(&p->values, id))
		return fail(p, "bad or repeated value id");
	Pos pos = {0};
	if (i < n && w[i][0] == '(')
		pos.line = atoi(w[i++] + 1);
	if (i + 2 >= n || strcmp(w[i++], "=") != 0)
		return fail(p, "expected `vN = Op <type>`");
	SsaOp op = SSA_INVALID;
	for (int k = 1; k < SSA_NOPS; k++)
		if (strcmp(ssa_ops[k].name, w[i]) == 0)
			op = (SsaOp)k;
	if (op == SSA_INVALID)
		return fail(p, "unknown op");
	i++;
	MType t = MT_VOID;
	bool found = false;
	for (int k = MT_VOID; k <= MT_F64; k++)
		if (w[i][0] == '<' && strncmp(w[i] + 1, ssa_mtype_name((MType)k), strlen(w[i]) - 2) == 0 &&
		    strlen(ssa_mtype_name((MType)k)) == strlen(w[i]) - 2) {
			t = (MType)k;
			found = true;
		}
	if (!found)
		return fail(p, "unknown type");
	i++;
	Value *v = op == SSA_PHI ? ssa_new_phi(b, t) : ssa_new_value(b, op, t, 0);
	p->f->next_value--;
	v->id = id;
	if (id >= p->f->next_value)
		p->f->next_value = id + 1;
	v->pos = pos;
	set_id(&p->values, id, v);
	for (; i < n; i++) {
		size_t len = strlen(w[i]);
		int a;
		if (w[i][0] == '[')
			v->aux = strtoll(w[i] + 1, NULL, 10);
		else if (w[i][0] == '{' && w[i][len - 1] == '}')
			v->sym = xstrndup(w[i] + 1, len - 2);
		else if (w[i][0] == '(' && w[i][len - 1] == ')')
			v->name = xstrndup(w[i] + 1, len - 2);
		else if (ref(w[i], 'v', &a))
			ssa_add_arg(v, (Value *)(intptr_t)a);
		else
			return fail(p, "unexpected word");
	}
	if (ssa_ops[op].nargs >= 0 && v->nargs != ssa_ops[op].nargs)
		return fail(p, "wrong number of arguments");
	vec_push(&p->pending, v);
	return true;
}

static bool parse_end(Parser *p, Block *b, char **w, int n) {
	if (strcmp(w[0], "Plain") == 0)
		b->kind = BK_PLAIN;
	else if (strcmp(w[0], "If") == 0)
		b->kind = BK_IF;
	else if (strcmp(w[0], "Ret") == 0)
		b->kind = BK_RET;
	else
		return fail(p, "expected a value or Plain/If/Ret");
	int i = 1, id;
	for (; i < n && strcmp(w[i], "->") != 0; i++) {
		if (!ref(w[i], 'v', &id))
			return fail(p, "bad control value");
		vec_push(&b->controls, (void *)(intptr_t)id);
	}
	for (i++; i < n; i++) {
		if (!ref(w[i], 'b', &id))
			return fail(p, "bad successor");
		vec_push(&b->succs, block_ref(p, id));
	}
	int want = b->kind == BK_PLAIN ? 1 : b->kind == BK_IF ? 2 : 0;
	if (b->succs.len != want || (b->kind == BK_IF && b->controls.len != 1) || (b->kind == BK_PLAIN && b->controls.len))
		return fail(p, "wrong successors or controls for the block kind");
	return true;
}

static bool resolve(Parser *p, Value **v) {
	Value *r = by_id(&p->values, (int)(intptr_t)*v);
	if (!r)
		return fail(p, "undefined value");
	*v = r;
	return true;
}

SsaFunc *ssa_parse(const char *text, char **err) {
	Parser p = {0};
	char *copy = xstrdup(text), *save = NULL;
	Block *cur = NULL;
	bool ended = true;
	for (char *line = strtok_r(copy, "\n", &save); line && !p.err; line = strtok_r(NULL, "\n", &save)) {
		p.line++;
		char *w[64];
		int n = split(line, w, 64);
		if (n == 0)
			continue;
		int id;
		if (!p.f) {
			if (n != 2 || strcmp(w[0], "func") != 0) {
				fail(&p, "expected `func NAME`");
				break;
			}
			p.f = ssa_new_func(xstrdup(w[1]));
		} else if (w[0][0] == 'b' && w[0][strlen(w[0]) - 1] == ':') {
			w[0][strlen(w[0]) - 1] = '\0';
			if (!ended || !ref(w[0], 'b', &id)) {
				fail(&p, "bad block header (or the previous block has no end)");
				break;
			}
			cur = block_ref(&p, id);
			if (ptrmap_get(&p.defined, cur)) {
				fail(&p, "repeated block");
				break;
			}
			ptrmap_put(&p.defined, cur, cur);
			// the text's order is the function's block order
			for (int i = 0; i < p.f->blocks.len; i++)
				if (p.f->blocks.data[i] == cur) {
					memmove(&p.f->blocks.data[i], &p.f->blocks.data[i + 1], (size_t)(p.f->blocks.len - i - 1) * sizeof(void *));
					p.f->blocks.data[p.f->blocks.len - 1] = cur;
				}
			for (int i = 1; i < n; i++)
				if (ref(w[i], 'b', &id))
					vec_push(&cur->preds, block_ref(&p, id));
				else if (strcmp(w[i], "<-") != 0)
					fail(&p, "bad predecessor");
			ended = false;
		} else if (!cur || ended) {
			fail(&p, "a value outside a block");
		} else if (w[0][0] == 'v') {
			parse_value(&p, cur, w, n);
		} else {
			ended = parse_end(&p, cur, w, n);
		}
	}
	if (!p.err && (!p.f || !ended))
		fail(&p, "incomplete function");
	for (int i = 0; !p.err && i < p.pending.len; i++) {
		Value *v = p.pending.data[i];
		for (int k = 0; k < v->nargs; k++)
			resolve(&p, &v->args[k]);
	}
	for (int i = 0; !p.err && p.f && i < p.f->blocks.len; i++) {
		Block *b = p.f->blocks.data[i];
		if (!ptrmap_get(&p.defined, b))
			fail(&p, xasprintf("block b%d is used but never defined", b->id));
		for (int k = 0; k < b->controls.len; k++)
			resolve(&p, (Value **)&b->controls.data[k]);
	}
	if (p.err) {
		*err = p.err;
		return NULL;
	}
	return p.f;
}

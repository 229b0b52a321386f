// gen_map.c - map operations through the runtime's hash map: index
// (plain and comma-ok), assignment slots, delete, literals. Keys are
// passed by address: scalar keys sit in an 8-byte temporary whose first
// bytes are the key (little-endian), aggregates in their own temporary.
#include "cg.h"

// Evaluates the map and the key into temporaries.
static void map_and_key(Node *m, Node *k, int *moff, int *koff) {
	*moff = gen_expr_temp(m);
	*koff = gen_expr_temp(k);
}

void gen_map_index(Node *e) {
	Type *mt = e->lhs->type;
	Type *vt = type_under(mt)->elem;
	int m, k;
	map_and_key(e->lhs, e->rhs, &m, &k);
	emit("lea %s(%%rip), %%rdi", typedesc(mt));
	emit("mov %d(%%rbp), %%rsi", m);
	emit("lea %d(%%rbp), %%rdx", k);
	if (!e->comma_ok) {
		emit("call runtime_mapaccess1");
		if (is_agg(vt)) {  // copy out: the map may move its entries later
			int v = tmp_alloc(tsize(vt), "map value");
			emit("lea %d(%%rbp), %%rdi", v);
			copy_mem(tsize(vt));
			emit("lea %d(%%rbp), %%rax", v);
		} else {
			load(vt);
		}
		return;
	}
	int64_t vsize = align8(tsize(vt));
	int res = tmp_alloc(vsize + 8, "v, ok");
	emit("lea %d(%%rbp), %%rcx", res + (int)vsize);
	emit("movq $0, (%%rcx)");
	emit("call runtime_mapaccess2");
	emit("lea %d(%%rbp), %%rdi", res);
	copy_mem(tsize(vt));
	emit("lea %d(%%rbp), %%rax", res);
}

void gen_map_delete(Node *m, Node *k) {
	int mo, ko;
	map_and_key(m, k, &mo, &ko);
	emit("lea %s(%%rip), %%rdi", typedesc(m->type));
	emit("mov %d(%%rbp), %%rsi", mo);
	emit("lea %d(%%rbp), %%rdx", ko);
	emit("call runtime_mapdelete");
}

void gen_map_literal(Node *e) {
	Type *mt = e->type;
	Type *vt = type_under(mt)->elem;
	emit_comment("map literal -> heap: map storage is always allocated by the runtime");
	emit("lea %s(%%rip), %%rdi", typedesc(mt));
	emit("mov $%d, %%esi", node_list(e)->len);
	alloc_call("runtime_makemap", e->pos, "map literal");
	int m = tmp_alloc(8, "map literal");
	save_rax(m);
	for (int i = 0; i < node_list(e)->len; i++) {
		Node *kv = node_list(e)->data[i];
		if (kv->kind != ND_KEYVAL) {
			unsupported(kv->pos, "map literal element without key");
			continue;
		}
		int mark = tmp_mark();
		int k = gen_expr_temp(kv->lhs);
		int v = gen_expr_temp(kv->rhs);
		emit("lea %s(%%rip), %%rdi", typedesc(mt));
		emit("mov %d(%%rbp), %%rsi", m);
		emit("lea %d(%%rbp), %%rdx", k);
		alloc_call("runtime_mapassign", kv->pos, "map literal element");
		emit("mov %%rax, %%rdi");
		store_temp(vt, v);
		tmp_release(mark);
	}
	load_rax(m);
}

// m[k] op= v (and m[k]++) as gc rewrites it, m[k] = m[k] op v: the map,
// the key and v are evaluated first (v sees the map without a new k),
// the op is done on the current value (zero for a missing k) and only
// then is k inserted, so a failing x / 0 inserts nothing.
void gen_map_compound(Node *e, Op op, Node *rhs) {
	Type *mt = e->lhs->type, *vt = type_under(mt)->elem;
	int m, k;
	map_and_key(e->lhs, e->rhs, &m, &k);
	gen_compound_operand(vt, rhs);
	int v = to_temp(vt);
	emit("lea %s(%%rip), %%rdi", typedesc(mt));
	emit("mov %d(%%rbp), %%rsi", m);
	emit("lea %d(%%rbp), %%rdx", k);
	emit("call runtime_mapaccess1");
	load(vt);
	int cur = to_temp(vt);
	emit(is_agg(vt) ? "lea %d(%%rbp), %%rax" : "mov %d(%%rbp), %%rax", v);  // strings: +=
	gen_binop_values(op, vt, rhs ? rhs->type : vt, cur);
	int res = to_temp(vt);
	emit("lea %s(%%rip), %%rdi", typedesc(mt));
	emit("mov %d(%%rbp), %%rsi", m);
	emit("lea %d(%%rbp), %%rdx", k);
	alloc_call("runtime_mapassign", e->pos, expr_text(e));
	emit("mov %%rax, %%rdi");
	emit("lea %d(%%rbp), %%rax", res);
	load(vt);
	store(vt);
}

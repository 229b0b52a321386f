// dwarf.c - the DWARF that lets gdb show variables: one compile unit per
// assembly file (DW_LANG_Go, its line table being the one GAS builds from
// the .loc directives), a DW_TAG_subprogram per Go function (entry to the
// .L<sym>_end label linetab.c puts after its cold paths; frame base
// DW_OP_call_frame_cfa, which is %rbp+16 once the prologue ran), its
// parameters, results and locals with their locations, the package-level
// variables (DW_OP_addr of their symbols, named "main.x"), and one DIE per
// type they use (keyed by type_identity_key, named as Go spells the type).
//
// Both back ends report their variables here while a function is
// generated (dwarf_func, dwarf_var); once its code is out,
// dwarf_func_end writes its DIE and location lists to spill files
// (spill.c) and forgets it, so that a big program's debug information is
// never all in memory; dwarf_emit writes the sections at the end of the
// file: the unit, the functions' DIEs from the spill, the package-level
// variables and the types the DIEs refer to. A location is a word sequence: each piece is a
// frame offset (from %rbp, as the frame map prints it), the same offset
// holding a pointer to the heap block of a moved variable (DW_OP_deref),
// or a register; a variable whose place changes has a location list
// (.debug_loc) of pc ranges, each with its pieces. Once this .debug_info exists GAS no longer writes its
// own (which called the unit "assembler" and had no subprograms), and gdb
// skips each function's prologue: `break main.f` stops on f's first
// statement. Types: Go's layouts — string {str *uint8; len int}, slices
// {array *T; len int; cap int}, interfaces {tab|_type, data} — as gc
// describes them; maps, channels and funcs are opaque pointers.
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "cg.h"
#include "intern.h"
#include "strbuf.h"

enum {
	DW_TAG_array_type = 0x01, DW_TAG_formal_parameter = 0x05, DW_TAG_member = 0x0d,
	DW_TAG_pointer_type = 0x0f, DW_TAG_compile_unit = 0x11, DW_TAG_structure_type = 0x13,
	DW_TAG_subrange_type = 0x21, DW_TAG_base_type = 0x24, DW_TAG_subprogram = 0x2e,
	DW_TAG_variable = 0x34,
	DW_AT_location = 0x02, DW_AT_name = 0x03, DW_AT_byte_size = 0x0b, DW_AT_stmt_list = 0x10,
	DW_AT_low_pc = 0x11, DW_AT_high_pc = 0x12, DW_AT_language = 0x13, DW_AT_comp_dir = 0x1b,
	DW_AT_producer = 0x25, DW_AT_count = 0x37, DW_AT_data_member_location = 0x38, DW_AT_encoding = 0x3e,
	DW_AT_external = 0x3f, DW_AT_frame_base = 0x40, DW_AT_type = 0x49, DW_AT_ranges = 0x55,
	DW_AT_variable_parameter = 0x4b,
	DW_FORM_addr = 0x01, DW_FORM_data1 = 0x0b, DW_FORM_udata = 0x0f, DW_FORM_string = 0x08,
	DW_FORM_ref4 = 0x13, DW_FORM_sec_offset = 0x17, DW_FORM_exprloc = 0x18, DW_FORM_flag_present = 0x19,
	DW_ATE_boolean = 0x02, DW_ATE_complex_float = 0x03, DW_ATE_float = 0x04, DW_ATE_signed = 0x05,
	DW_ATE_unsigned = 0x07,
	DW_OP_addr = 0x03, DW_OP_deref = 0x06, DW_OP_reg0 = 0x50, DW_OP_regx = 0x90, DW_OP_fbreg = 0x91, DW_OP_piece = 0x93,
	DW_OP_call_frame_cfa = 0x9c,
	DW_LANG_Go = 0x16,
};

// The abbreviations, each a tag, whether it has children, and its
// attribute/form pairs (written by emit_abbrevs).
enum {
	AB_CU = 1, AB_FUNC, AB_PARAM, AB_PARAM_OUT, AB_PARAM_LIST, AB_RESULT, AB_RESULT_OUT, AB_RESULT_LIST,
	AB_VAR, AB_VAR_OUT, AB_VAR_LIST, AB_GLOBAL, AB_BASE, AB_PTR, AB_VOIDPTR, AB_STRUCT, AB_MEMBER, AB_ARRAY, AB_SUBRANGE, AB_COUNT
};
static const struct {
	int tag;
	bool children;
	int attrs[16];
} abbrevs[AB_COUNT] = {
	[AB_CU] = {DW_TAG_compile_unit, true, {DW_AT_producer, DW_FORM_string, DW_AT_language, DW_FORM_data1,
	          DW_AT_name, DW_FORM_string, DW_AT_comp_dir, DW_FORM_string, DW_AT_stmt_list, DW_FORM_sec_offset,
	          DW_AT_low_pc, DW_FORM_addr, DW_AT_ranges, DW_FORM_sec_offset}},
	[AB_FUNC] = {DW_TAG_subprogram, true, {DW_AT_name, DW_FORM_string, DW_AT_external, DW_FORM_flag_present,
	            DW_AT_low_pc, DW_FORM_addr, DW_AT_high_pc, DW_FORM_addr, DW_AT_frame_base, DW_FORM_exprloc}},
	[AB_PARAM] = {DW_TAG_formal_parameter, false, {DW_AT_name, DW_FORM_string, DW_AT_type, DW_FORM_ref4,
	             DW_AT_location, DW_FORM_exprloc}},
	[AB_PARAM_OUT] = {DW_TAG_formal_parameter, false, {DW_AT_name, DW_FORM_string, DW_AT_type, DW_FORM_ref4}},
	[AB_PARAM_LIST] = {DW_TAG_formal_parameter, false, {DW_AT_name, DW_FORM_string, DW_AT_type, DW_FORM_ref4,
	                  DW_AT_location, DW_FORM_sec_offset}},
	[AB_RESULT] = {DW_TAG_formal_parameter, false, {DW_AT_name, DW_FORM_string, DW_AT_type, DW_FORM_ref4,
	              DW_AT_variable_parameter, DW_FORM_flag_present, DW_AT_location, DW_FORM_exprloc}},
	[AB_RESULT_OUT] = {DW_TAG_formal_parameter, false, {DW_AT_name, DW_FORM_string, DW_AT_type, DW_FORM_ref4,
	                  DW_AT_variable_parameter, DW_FORM_flag_present}},
	[AB_RESULT_LIST] = {DW_TAG_formal_parameter, false, {DW_AT_name, DW_FORM_string, DW_AT_type, DW_FORM_ref4,
	                   DW_AT_variable_parameter, DW_FORM_flag_present, DW_AT_location, DW_FORM_sec_offset}},
	[AB_VAR] = {DW_TAG_variable, false, {DW_AT_name, DW_FORM_string, DW_AT_type, DW_FORM_ref4,
	           DW_AT_location, DW_FORM_exprloc}},
	[AB_VAR_OUT] = {DW_TAG_variable, false, {DW_AT_name, DW_FORM_string, DW_AT_type, DW_FORM_ref4}},
	[AB_VAR_LIST] = {DW_TAG_variable, false, {DW_AT_name, DW_FORM_string, DW_AT_type, DW_FORM_ref4,
	                DW_AT_location, DW_FORM_sec_offset}},
	[AB_GLOBAL] = {DW_TAG_variable, false, {DW_AT_name, DW_FORM_string, DW_AT_type, DW_FORM_ref4,
	              DW_AT_external, DW_FORM_flag_present, DW_AT_location, DW_FORM_exprloc}},
	[AB_BASE] = {DW_TAG_base_type, false, {DW_AT_name, DW_FORM_string, DW_AT_encoding, DW_FORM_data1,
	            DW_AT_byte_size, DW_FORM_udata}},
	[AB_PTR] = {DW_TAG_pointer_type, false, {DW_AT_name, DW_FORM_string, DW_AT_type, DW_FORM_ref4,
	           DW_AT_byte_size, DW_FORM_udata}},
	[AB_VOIDPTR] = {DW_TAG_pointer_type, false, {DW_AT_name, DW_FORM_string, DW_AT_byte_size, DW_FORM_udata}},
	[AB_STRUCT] = {DW_TAG_structure_type, true, {DW_AT_name, DW_FORM_string, DW_AT_byte_size, DW_FORM_udata}},
	[AB_MEMBER] = {DW_TAG_member, false, {DW_AT_name, DW_FORM_string, DW_AT_type, DW_FORM_ref4,
	              DW_AT_data_member_location, DW_FORM_udata}},
	[AB_ARRAY] = {DW_TAG_array_type, true, {DW_AT_name, DW_FORM_string, DW_AT_type, DW_FORM_ref4,
	             DW_AT_byte_size, DW_FORM_udata}},
	[AB_SUBRANGE] = {DW_TAG_subrange_type, false, {DW_AT_count, DW_FORM_udata}},
};

typedef struct DwVar {
	Obj *obj;
	const DwarfLocEntry *list; // a location list: where it is at each pc range (the caller's)
	int nlist;
	int npieces;         // 0: no single location (optimised out, or list)
	DwarfPiece pieces[];
} DwVar;

typedef struct DwFunc {
	const char *name, *sym;
	Vec vars;            // DwVar*, in vars_mem
	Pool vars_mem;
} DwFunc;

typedef struct DwGlobal {
	const char *name, *sym;
	Type *type;
} DwGlobal;

static struct {
	const char *unit_name;
	Vec syms;            // the described functions' symbols, for .debug_ranges
	Spill info, loc;     // their DIEs (.debug_info) and location lists (.debug_loc)
	int nlists;          // .Ldwloc labels handed out in this file
	Vec globals;         // DwGlobal*
	DwFunc *cur;
	PtrMap type_ids;     // interned identity key -> DIE number + 1
	PtrMap die_of;       // Type* -> DIE number + 1, before computing its key
	Vec types;           // Type*, by DIE number
} dw;

void dwarf_begin(const char *unit_name) {
	ptrmap_free(&dw.type_ids);
	ptrmap_free(&dw.die_of);
	free(dw.types.data);
	free(dw.syms.data);
	memset(&dw, 0, sizeof dw);
	dw.unit_name = unit_name;
}

static void free_func(DwFunc *f);

void dwarf_func(Func *f, const char *sym) {
	free_func(dw.cur); // one whose code never came out
	dw.cur = xcalloc(1, sizeof(DwFunc));
	dw.cur->name = f->name;
	dw.cur->sym = sym;
}

static bool described(Obj *v);

void dwarf_global(Obj *v, const char *pkgpath) {
	if (!described(v))
		return;
	DwGlobal *g = xcalloc(1, sizeof(DwGlobal));
	*g = (DwGlobal){xasprintf("%s.%s", pkgpath, v->name), v->sym, v->type};
	vec_push(&dw.globals, g);
}

void dwarf_var_list(Obj *v, const DwarfLocEntry *entries, int n) {
	if (!dw.cur || !described(v))
		return;
	DwVar *d = pool_zalloc(&dw.cur->vars_mem, sizeof(DwVar));
	d->obj = v;
	if (n > 0) {
		d->list = entries;
		d->nlist = n;
	}
	vec_push(&dw.cur->vars, d);
}

static bool described(Obj *v) {
	return v->name && v->name[0] && strcmp(v->name, "_") != 0 && v->name[0] != '~' && v->name[0] != '.' &&
	       v->type;
}

void dwarf_var(Obj *v, const DwarfPiece *pieces, int npieces) {
	if (!dw.cur || !described(v))
		return;
	int n = npieces < DWARF_MAX_PIECES ? npieces : DWARF_MAX_PIECES;
	DwVar *d = pool_alloc(&dw.cur->vars_mem, sizeof(DwVar) + (size_t)n * sizeof(DwarfPiece));
	*d = (DwVar){.obj = v, .npieces = n};
	for (int i = 0; i < d->npieces; i++)
		d->pieces[i] = pieces[i];
	vec_push(&dw.cur->vars, d);
}

void dwarf_frame_var(Obj *v) {
	DwarfPiece p = {.kind = v->heap ? DW_HEAP : DW_FRAME, .off = v->offset, .size = 0};
	dwarf_var(v, &p, 1);
}

// ---- writing ----

// One byte of an expression: in place while b has the room (an
// expression is a few bytes a piece), else by strbuf_putn, which grows it.
static void put_byte(StrBuf *b, unsigned char c) {
	if (b->len + 2 <= b->cap) {
		b->s[b->len++] = (char)c;
		b->s[b->len] = '\0';
		return;
	}
	strbuf_putn(b, (char *)&c, 1);
}

static void uleb(StrBuf *b, uint64_t v) {
	do {
		unsigned char c = v & 0x7f;
		v >>= 7;
		put_byte(b, v ? c | 0x80 : c);
	} while (v);
}

static void sleb(StrBuf *b, int64_t v) {
	for (;;) {
		unsigned char c = v & 0x7f;
		v >>= 7; // arithmetic shift
		bool done = (v == 0 && !(c & 0x40)) || (v == -1 && (c & 0x40));
		put_byte(b, done ? c : c | 0x80);
		if (done)
			return;
	}
}

static void op(StrBuf *b, int code) {
	put_byte(b, (unsigned char)code);
}

// The bytes of e as .byte lines of 16 hexadecimal bytes: "\t.byte 0x91,0x70".
static void put_bytes(FILE *out, const StrBuf *e) {
	static const char hex[] = "0123456789abcdef";
	const unsigned char *s = (const unsigned char *)e->s;
	for (size_t i = 0; i < e->len; i += 16) {
		char line[sizeof "\t.byte " + 16 * 5], *p = line + sizeof "\t.byte " - 1;
		memcpy(line, "\t.byte ", sizeof "\t.byte " - 1);
		for (size_t k = i; k < e->len && k < i + 16; k++) {
			if (k > i)
				*p++ = ',';
			*p++ = '0';
			*p++ = 'x';
			*p++ = hex[s[k] >> 4];
			*p++ = hex[s[k] & 15];
		}
		*p++ = '\n';
		put_text(out, line, (size_t)(p - line));
	}
}

static void put_uleb(FILE *out, long long v) {
	PUT_NUMBER_LINE(out, "\t.uleb128 ", v, "");
}

// A DW_FORM_exprloc: the length, then the bytes.
static void put_exprloc(FILE *out, const StrBuf *e) {
	put_uleb(out, (long long)e->len);
	put_bytes(out, e);
}

// The DIE number of t's type, registered for emission. Identical types
// share one DIE; the same Type* skips building its key again.
static int type_die(Type *t) {
	intptr_t id = (intptr_t)ptrmap_get(&dw.die_of, t);
	if (id)
		return (int)id - 1;
	const char *k = type_identity_key(t);
	const char *key = intern(k);
	free((char *)k);
	id = (intptr_t)ptrmap_get(&dw.type_ids, (void *)key);
	if (!id) {
		vec_push(&dw.types, t);
		id = dw.types.len;
		ptrmap_put(&dw.type_ids, (void *)key, (void *)id);
	}
	ptrmap_put(&dw.die_of, t, (void *)id);
	return (int)id - 1;
}

static void put_ref(FILE *out, Type *t) {
	PUT_NUMBER_LINE(out, "\t.long .Ldwt", type_die(t), "-.Ldebug_info0");
}

static void put_member(FILE *out, const char *name, Type *t, int64_t off) {
	put_uleb(out, AB_MEMBER);
	emit_quoted(out, ".string", name);
	put_ref(out, t);
	put_uleb(out, off);
}

static void put_struct_head(FILE *out, const char *name, int64_t size) {
	fformat(out, "\t.uleb128 %d\n", AB_STRUCT);
	emit_quoted(out, ".string", name);
	fformat(out, "\t.uleb128 %lld\n", (long long)size);
}

static int base_encoding(Type *u) {
	if (u->kind == TY_BOOL)
		return DW_ATE_boolean;
	if (type_is_float(u))
		return DW_ATE_float;
	if (type_is_complex(u))
		return DW_ATE_complex_float;
	return type_is_unsigned(u) ? DW_ATE_unsigned : DW_ATE_signed;
}

// The DIE of type number i: the underlying type's shape under Go's name
// of the type itself (a named struct is a struct "main.T", as gc has it).
static void put_type(FILE *out, int i) {
	Type *t = dw.types.data[i];
	Type *u = type_under(t);
	const char *name = type_string(t, true);
	int64_t size = type_size(t);
	fformat(out, ".Ldwt%d:\n", i);
	switch (u->kind) {
	case TY_PTR:
		fformat(out, "\t.uleb128 %d\n", AB_PTR);
		emit_quoted(out, ".string", name);
		put_ref(out, u->elem);
		fputs("\t.uleb128 8\n", out);
		return;
	case TY_STRING:
		put_struct_head(out, name, 16);
		put_member(out, "str", type_ptr(ty_uint8), 0);
		put_member(out, "len", ty_int, 8);
		fputs("\t.byte 0\n", out);
		return;
	case TY_SLICE:
		put_struct_head(out, name, 24);
		put_member(out, "array", type_ptr(u->elem), 0);
		put_member(out, "len", ty_int, 8);
		put_member(out, "cap", ty_int, 16);
		fputs("\t.byte 0\n", out);
		return;
	case TY_INTERFACE:
		put_struct_head(out, name, 16);
		put_member(out, u->methods.len ? "tab" : "_type", ty_unsafeptr, 0);
		put_member(out, "data", ty_unsafeptr, 8);
		fputs("\t.byte 0\n", out);
		return;
	case TY_STRUCT:
		put_struct_head(out, name, size);
		for (int k = 0; k < u->fields.len; k++) {
			Field *fd = u->fields.data[k];
			put_member(out, fd->name ? fd->name : "_", fd->type, fd->offset);
		}
		fputs("\t.byte 0\n", out);
		return;
	case TY_ARRAY:
		fformat(out, "\t.uleb128 %d\n", AB_ARRAY);
		emit_quoted(out, ".string", name);
		put_ref(out, u->elem);
		fformat(out, "\t.uleb128 %lld\n", (long long)size);
		fformat(out, "\t.uleb128 %d\n\t.uleb128 %lld\n\t.byte 0\n", AB_SUBRANGE, (long long)u->len);
		return;
	case TY_MAP:
	case TY_CHAN:
	case TY_FUNC:
	case TY_UNSAFEPTR:
		fformat(out, "\t.uleb128 %d\n", AB_VOIDPTR);
		emit_quoted(out, ".string", name);
		fputs("\t.uleb128 8\n", out);
		return;
	default:
		fformat(out, "\t.uleb128 %d\n", AB_BASE);
		emit_quoted(out, ".string", name);
		fprintf(out, "\t.byte 0x%02x\n\t.uleb128 %lld\n", base_encoding(u), (long long)size);
		return;
	}
}

// x86-64 DWARF register numbers of the names the back ends use: %rax,
// %rdx, %rcx, %rbx, %rsi, %rdi, %rbp, %rsp are 0-7, %r8-%r15 8-15, %xmmN
// 17+N; -1 for any other name. Read from the name's letters, not looked
// up (a location list names a register in each of its entries).
static int dwarf_reg(const char *reg) {
	if (reg[0] == '%' && reg[1] == 'r') {
		char a = reg[2], b = a ? reg[3] : '\0';
		if (a >= '1' && a <= '9') {  // %r8, %r9, %r10-%r15
			if (!b)
				return a >= '8' ? a - '0' : -1;
			return a == '1' && b >= '0' && b <= '5' && !reg[4] ? 10 + (b - '0') : -1;
		}
		if (!a || !b || reg[4])
			return -1;
		static const char pairs[] = "axdxcxbxsidibpsp";
		for (int i = 0; i < 8; i++)
			if (a == pairs[2 * i] && b == pairs[2 * i + 1])
				return i;
		return -1;
	}
	if (strncmp(reg, "%xmm", 4) == 0)
		return 17 + (int)strtol(reg + 4, NULL, 10);
	return -1;
}

// The location expression of pieces; false when one cannot be said.
static bool location(const DwarfPiece *pieces, int npieces, StrBuf *e) {
	for (int i = 0; i < npieces; i++) {
		const DwarfPiece *p = &pieces[i];
		if (p->kind == DW_REG) {
			int r = dwarf_reg(p->reg);
			if (r < 0)
				return false;
			if (r < 32) {
				op(e, DW_OP_reg0 + r);
			} else {
				op(e, DW_OP_regx);
				uleb(e, (uint64_t)r);
			}
		} else {
			op(e, DW_OP_fbreg);
			sleb(e, p->off - 16); // the CFA is %rbp+16
			if (p->kind == DW_HEAP)
				op(e, DW_OP_deref);
		}
		if (npieces > 1) {
			op(e, DW_OP_piece);
			uleb(e, (uint64_t)p->size);
		}
	}
	return true;
}

static void emit_abbrevs(FILE *out) {
	fputs("\t.section .debug_abbrev,\"\",@progbits\n.Ldebug_abbrev0:\n", out);
	for (int a = 1; a < AB_COUNT; a++) {
		fprintf(out, "\t.uleb128 %d\n\t.uleb128 0x%x\n\t.byte %d\n", a, abbrevs[a].tag, abbrevs[a].children);
		for (int k = 0; abbrevs[a].attrs[k]; k += 2)
			fprintf(out, "\t.uleb128 0x%x\n\t.uleb128 0x%x\n", abbrevs[a].attrs[k], abbrevs[a].attrs[k + 1]);
		fputs("\t.byte 0, 0\n", out);
	}
	fputs("\t.byte 0\n", out);
}

// "\t.quad lo, hi" on a line, in one write: a location list entry's range.
static void put_quads(FILE *out, const char *lo, const char *hi) {
	char buf[256];
	size_t nlo = strlen(lo), nhi = strlen(hi), need = nlo + nhi + sizeof "\t.quad , \n";
	char *line = need <= sizeof buf ? buf : xmalloc(need), *p = line;
	memcpy(p, "\t.quad ", 7);
	memcpy(p += 7, lo, nlo);
	memcpy(p += nlo, ", ", 2);
	memcpy(p += 2, hi, nhi);
	p += nhi;
	*p++ = '\n';
	put_text(out, line, (size_t)(p - line));
	if (line != buf)
		free(line);
}

// The location expression being written: one buffer serves them all.
static StrBuf expr;

// The variable's DIE; its location list, if any, goes to loc.
static void emit_var(FILE *out, FILE *loc, DwVar *v) {
	Obj *o = v->obj;
	expr.len = 0;
	int form = v->nlist ? 2 : v->npieces > 0 && location(v->pieces, v->npieces, &expr) ? 1 : 0; // list, exprloc, none
	static const int by_kind[3][3] = {{AB_PARAM_OUT, AB_PARAM, AB_PARAM_LIST},
	                                  {AB_RESULT_OUT, AB_RESULT, AB_RESULT_LIST},
	                                  {AB_VAR_OUT, AB_VAR, AB_VAR_LIST}};
	int kind = o->is_result ? 1 : o->is_param || o->is_recv ? 0 : 2;
	put_uleb(out, by_kind[kind][form]);
	emit_quoted(out, ".string", o->name);
	put_ref(out, o->type);
	if (form == 1)
		put_exprloc(out, &expr);
	if (form != 2)
		return;
	int id = dw.nlists++;
	PUT_NUMBER_LINE(out, "\t.long .Ldwloc", id, "");
	PUT_NUMBER_LINE(loc, ".Ldwloc", id, ":");
	for (int i = 0; i < v->nlist; i++) {
		const DwarfLocEntry *le = &v->list[i];
		expr.len = 0;
		if (!location(le->pieces, le->npieces, &expr))
			continue;
		put_quads(loc, le->lo, le->hi);
		PUT_NUMBER_LINE(loc, "\t.value ", (long long)expr.len, "");
		put_bytes(loc, &expr);
	}
	put_string(loc, "\t.quad 0, 0\n");
}

static void free_func(DwFunc *f) {
	if (!f)
		return;
	pool_free(&f->vars_mem);
	free(f->vars.data);
	free(f);
}

void dwarf_func_end(void) {
	DwFunc *f = dw.cur;
	if (!f)
		return;
	dw.cur = NULL;
	if (!dw.info.f) {
		spill_open(&dw.info);
		spill_open(&dw.loc);
	}
	FILE *out = dw.info.f;
	vec_push(&dw.syms, (void *)f->sym);
	put_uleb(out, AB_FUNC);
	emit_quoted(out, ".string", f->name);
	put_string(out, "\t.quad ");
	put_string(out, f->sym);
	put_string(out, "\n\t.quad .L");
	put_string(out, f->sym);
	put_string(out, "_end\n");
	StrBuf frame_base = {.s = (char[]){(char)DW_OP_call_frame_cfa}, .len = 1};
	put_exprloc(out, &frame_base);
	for (int k = 0; k < f->vars.len; k++)
		emit_var(out, dw.loc.f, f->vars.data[k]);
	fputs("\t.byte 0\n", out);
	free_func(f);
}

void dwarf_emit(FILE *out) {
	free_func(dw.cur);
	dw.cur = NULL;
	if (dw.syms.len == 0)
		return;
	emit_abbrevs(out);
	fputs("\t.section .debug_ranges,\"\",@progbits\n.Ldebug_ranges0:\n", out);
	for (int i = 0; i < dw.syms.len; i++) {
		const char *sym = dw.syms.data[i];
		fformat(out, "\t.quad %s, .L%s_end\n", sym, sym);
	}
	fputs("\t.quad 0, 0\n", out);
	fputs("\t.section .debug_info,\"\",@progbits\n.Ldebug_info0:\n", out);
	fputs("\t.long .Ldebug_info_end-.Ldebug_info_start\n.Ldebug_info_start:\n", out);
	fputs("\t.value 4\n\t.long .Ldebug_abbrev0\n\t.byte 8\n", out); // DWARF 4, 8-byte addresses
	fformat(out, "\t.uleb128 %d\n", AB_CU);
	emit_quoted(out, ".string", "goscape");
	fprintf(out, "\t.byte 0x%x\n", DW_LANG_Go);
	emit_quoted(out, ".string", dw.unit_name);
	char cwd[4096];
	emit_quoted(out, ".string", getcwd(cwd, sizeof cwd) ? cwd : "."); // relative .file names are relative to it
	fputs("\t.long .Ldebug_line0\n\t.quad 0\n\t.long .Ldebug_ranges0\n", out); // ranges relative to low_pc 0
	spill_copy(&dw.info, out);
	for (int i = 0; i < dw.globals.len; i++) {
		DwGlobal *g = dw.globals.data[i];
		fformat(out, "\t.uleb128 %d\n", AB_GLOBAL);
		emit_quoted(out, ".string", g->name);
		put_ref(out, g->type);
		fprintf(out, "\t.uleb128 9\n\t.byte 0x%x\n\t.quad %s\n", DW_OP_addr, g->sym);
	}
	for (int i = 0; i < dw.types.len; i++) // put_type may add types: the bound moves
		put_type(out, i);
	fputs("\t.byte 0\n.Ldebug_info_end:\n", out);
	if (dw.nlists)
		fputs("\t.section .debug_loc,\"\",@progbits\n", out);
	spill_copy(&dw.loc, out);
	// GAS appends the line program it builds from the .loc directives to
	// this section: the label is its start.
	fputs("\t.section .debug_line,\"\",@progbits\n.Ldebug_line0:\n\t.text\n", out);
}

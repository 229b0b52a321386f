// dot.c - the escape data-flow graph as Graphviz DOT (`-m=dot`): the
// picture of what solve.c walked. One digraph for the package; each batch
// of functions analysed together (a function with its closures, or
// mutually recursive functions) is a cluster with its own {heap}, and each
// function in it a cluster of its locations:
//
//   - nodes: {heap} (a double octagon), parameters and results (houses),
//     other variables (ellipses), allocation sites (boxes) and the
//     analysis' own temporaries (small plain text); labelled with the -m
//     spelling (loc_string) and the line;
//   - edges dst <- src drawn src -> dst, labelled with the dereference
//     count of the flow (-1: the address of src is taken, 0: its value,
//     N: N dereferences of it), the innermost note's words as tooltip;
//     flows into the discard hole (_ = x) are not recorded and not drawn;
//   - colours: an escaping location (moved to heap / escapes to heap) is
//     red, a parameter that leaks without escaping itself orange.
//
// The graph is the one the verdicts come from; -m's text is not touched.
#include <string.h>
#include "escape_int.h"

static int nbatch; // clusters written so far (node names stay unique)

void esc_dot_begin(FILE *out) {
	nbatch = 0;
	fputs("digraph escape {\n"
	      "\tcompound=true; rankdir=LR; fontname=\"Helvetica\";\n"
	      "\tnode [fontname=\"Helvetica\", fontsize=10]; edge [fontname=\"Helvetica\", fontsize=9];\n",
	      out);
}

void esc_dot_end(FILE *out) {
	fputs("}\n", out);
}

// s as a DOT quoted string's contents.
static void put_quoted(FILE *out, const char *s) {
	fputc('"', out);
	for (; s && *s; s++) {
		if (*s == '"' || *s == '\\')
			fputc('\\', out);
		if (*s == '\n')
			fputs("\\n", out);
		else
			fputc(*s, out);
	}
	fputc('"', out);
}

static void node_name(FILE *out, int batch, Batch *b, Loc *l) {
	if (l == &b->heap)
		fprintf(out, "b%d_heap", batch);
	else
		fprintf(out, "b%d_l%d", batch, l->id);
}

static const char *kind_of(Loc *l) {
	if (loc_is_param(l))
		return "param";
	if (loc_is_result(l))
		return "result";
	if (l->var)
		return "var";
	return l->n ? "alloc" : "temp";
}

static void put_node(FILE *out, int batch, Batch *b, Loc *l) {
	const char *kind = kind_of(l);
	const char *shape = strcmp(kind, "param") == 0 || strcmp(kind, "result") == 0 ? "house"
	                    : strcmp(kind, "var") == 0                             ? "ellipse"
	                    : strcmp(kind, "alloc") == 0                           ? "box"
	                                                                           : "plaintext";
	const char *fill = l->escapes                                     ? "#f4a3a3"
	                   : (loc_is_param(l) && !leaks_empty(&l->leaks)) ? "#ffd8a8"
	                                                                  : "white";
	Pos p = loc_pos(l);
	const char *label = p.line > 0 ? xasprintf("%s\n%s, line %d", loc_string(b, l), kind, p.line)
	                               : xasprintf("%s\n%s", loc_string(b, l), kind);
	fputs("\t\t\t", out);
	node_name(out, batch, b, l);
	fprintf(out, " [shape=%s, style=filled, fillcolor=\"%s\", label=", shape, fill);
	put_quoted(out, label);
	if (l->escapes && l->reason) {
		fputs(", tooltip=", out);
		put_quoted(out, l->reason);
	}
	fputs("];\n", out);
}

static void put_edge_list(FILE *out, int batch, Batch *b, Loc *dst, Edge *edges, int n) {
	for (int i = 0; i < n; i++) {
		Edge *e = &edges[i];
		fputc('\t', out);
		node_name(out, batch, b, e->src);
		fputs(" -> ", out);
		node_name(out, batch, b, dst);
		fprintf(out, " [label=\"%d\"", e->derefs);
		if (e->notes && e->notes->why) {
			fputs(", tooltip=", out);
			put_quoted(out, e->notes->why);
		}
		fputs("];\n", out);
	}
}

static void put_edges(FILE *out, int batch, Batch *b, Loc *dst) {
	put_edge_list(out, batch, b, dst, dst->edges, dst->nedges);
	put_edge_list(out, batch, b, dst, dst->shortcuts, dst->nshortcuts);
}

// One batch after solve(): its locations grouped by function, then every edge.
void esc_dot_batch(Batch *b, FILE *out) {
	int batch = nbatch++;
	fprintf(out, "\tsubgraph cluster_b%d {\n\t\tlabel=", batch);
	StrBuf names = {0};
	for (int i = 0; i < b->funcs.len; i++) {
		if (i)
			strbuf_put(&names, ", ");
		strbuf_put(&names, esc_func_name(VEC_AT(b->funcs, i)));
	}
	put_quoted(out, strbuf_text(&names));
	fputs(";\n\t\tstyle=rounded; color=gray;\n", out);
	fprintf(out, "\t\tb%d_heap [shape=doubleoctagon, style=filled, fillcolor=\"#d62728\", fontcolor=white, "
	             "label=\"{heap}\"];\n",
	        batch);
	for (int i = 0; i < b->funcs.len; i++) {
		Func *fn = VEC_AT(b->funcs, i);
		fprintf(out, "\t\tsubgraph cluster_b%d_f%d {\n\t\t\tlabel=", batch, i);
		put_quoted(out, esc_func_name(fn));
		fputs("; style=solid; color=black;\n", out);
		for (int j = 0; j < b->locs.len; j++) {
			Loc *l = VEC_AT(b->locs, j);
			if (l->fn == fn)
				put_node(out, batch, b, l);
		}
		fputs("\t\t}\n", out);
	}
	// Locations of functions outside the batch (variables tracked late).
	for (int j = 0; j < b->locs.len; j++) {
		Loc *l = VEC_AT(b->locs, j);
		bool inside = false;
		for (int i = 0; i < b->funcs.len && !inside; i++)
			inside = l->fn == VEC_AT(b->funcs, i);
		if (!inside)
			put_node(out, batch, b, l);
	}
	fputs("\t}\n", out);
	put_edges(out, batch, b, &b->heap);
	for (int j = 0; j < b->locs.len; j++)
		put_edges(out, batch, b, VEC_AT(b->locs, j));
}

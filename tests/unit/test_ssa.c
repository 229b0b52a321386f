// test_ssa.c - the SSA IR's passes on small functions written as text:
// IR in, one pass, IR out (like QBE's tests); the parser's errors; the
// register allocator's choices around calls; and the tree -> SSA path on
// small programs (which functions go through SSA, -N keeping the IR as
// built).
#include "../../ssa/ssa.h"
#include "back_test.h"

static SsaFunc *parse(const char *text) {
	char *err = NULL;
	SsaFunc *f = ssa_parse(text, &err);
	cr_assert_not_null(f, "parse error: %s", err ? err : "?");
	return f;
}

static char *print(SsaFunc *f) {
	MemOut out;
	FILE *fp = memout_open(&out);
	ssa_print(fp, f);
	return memout_close(&out);
}

static void check_pass(const char *in, bool (*pass)(SsaFunc *), bool changes, const char *want) {
	SsaFunc *f = parse(in);
	cr_assert_eq(pass(f), changes, "the pass should%s report a change", changes ? "" : " not");
	char *got = print(f);
	ssa_free_func(f);  // `make asan` checks it frees only what f owns, once
	cr_assert_str_eq(got, want, "got:\n%s\nwant:\n%s", got, want);
}

Test(ssa, print_parse_round_trip) {
	const char *text =
		"func main.f\n"
		"b1:\n"
		"  v1 (3) = Arg <i64> [0] {n} (n)\n"
		"  v2 = Const <i64> [1]\n"
		"  Plain -> b2\n"
		"b2: <- b1 b3\n"
		"  v3 (4) = Phi <i64> v1 v5 (i)\n"
		"  v4 = Less <i8> v3 v2\n"
		"  If v4 -> b3 b4\n"
		"b3: <- b2\n"
		"  v5 = Call <i64> [1] {main.g} v3\n"
		"  Plain -> b2\n"
		"b4: <- b2\n"
		"  Ret v3\n";
	cr_assert_str_eq(print(parse(text)), text);
}

Test(ssa, parse_errors) {
	char *err = NULL;
	cr_assert_null(ssa_parse("func f\nb1:\n  v1 = Frob <i64>\n  Ret\n", &err));
	cr_assert_str_eq(err, "line 3: unknown op");
	cr_assert_null(ssa_parse("func f\nb1:\n  v1 = Add <i64> v1 v9\n  Ret\n", &err));
	cr_assert(strstr(err, "undefined value"), "%s", err);
	cr_assert_null(ssa_parse("func f\nb1:\n  If -> b1\n", &err));
	cr_assert(strstr(err, "wrong successors"));
	cr_assert_null(ssa_parse("func f\nb1:\n  Plain -> b7\n", &err));
	cr_assert(strstr(err, "b7 is used but never defined"), "%s", err);
}

Test(ssa, fold_constants_with_go_semantics) {
	check_pass("func f\nb1:\n"
	           "  v1 = Const <i64> [7]\n"
	           "  v2 = Const <i64> [-1]\n"
	           "  v3 = Div <i64> v1 v2\n"
	           "  v4 = Const <i64> [200]\n"
	           "  v5 = SignExt <i8> v4\n"
	           "  v6 = Const <i64> [70]\n"
	           "  v7 = Lsh <i64> v1 v6\n"
	           "  v8 = Rsh <i64> v2 v6\n"
	           "  Ret v3 v5 v7 v8\n",
	           ssa_fold, true,
	           "func f\nb1:\n"
	           "  v1 = Const <i64> [7]\n"
	           "  v2 = Const <i64> [-1]\n"
	           "  v3 = Const <i64> [-7]\n"
	           "  v4 = Const <i64> [200]\n"
	           "  v5 = Const <i8> [-56]\n"
	           "  v6 = Const <i64> [70]\n"
	           "  v7 = Const <i64> [0]\n"
	           "  v8 = Const <i64> [-1]\n"
	           "  Ret v3 v5 v7 v8\n");
}

Test(ssa, fold_keeps_division_by_zero_and_identities_become_copies) {
	check_pass("func f\nb1:\n"
	           "  v1 = Arg <i64> [0]\n"
	           "  v2 = Const <i64> [0]\n"
	           "  v3 = Const <i64> [5]\n"
	           "  v4 = Div <i64> v3 v2\n"
	           "  v5 = Add <i64> v1 v2\n"
	           "  Ret v4 v5\n",
	           ssa_fold, true,
	           "func f\nb1:\n"
	           "  v1 = Arg <i64> [0]\n"
	           "  v2 = Const <i64> [0]\n"
	           "  v3 = Const <i64> [5]\n"
	           "  v4 = Div <i64> v3 v2\n"
	           "  v5 = Copy <i64> v1\n"
	           "  Ret v4 v5\n");
}

Test(ssa, fold_constant_branch_drops_the_other_side) {
	check_pass("func f\nb1:\n"
	           "  v1 = Const <i64> [1]\n"
	           "  v2 = Const <i64> [2]\n"
	           "  v3 = Less <i8> v1 v2\n"
	           "  If v3 -> b2 b3\n"
	           "b2: <- b1\n"
	           "  Plain -> b4\n"
	           "b3: <- b1\n"
	           "  Plain -> b4\n"
	           "b4: <- b2 b3\n"
	           "  v4 = Phi <i64> v1 v2\n"
	           "  Ret v4\n",
	           ssa_fold, true,
	           "func f\nb1:\n"
	           "  v1 = Const <i64> [1]\n"
	           "  v2 = Const <i64> [2]\n"
	           "  v3 = Const <i8> [1]\n"
	           "  Plain -> b2\n"
	           "b2: <- b1\n"
	           "  Plain -> b4\n"
	           "b4: <- b2\n"
	           "  v4 = Phi <i64> v1\n"
	           "  Ret v4\n");
}

Test(ssa, copyprop_and_trivial_phis) {
	check_pass("func f\nb1:\n"
	           "  v1 = Arg <i64> [0]\n"
	           "  v2 = Copy <i64> v1\n"
	           "  Plain -> b2\n"
	           "b2: <- b1 b2\n"
	           "  v3 = Phi <i64> v2 v3\n"
	           "  v4 = Add <i64> v3 v2\n"
	           "  If v4 -> b2 b3\n"
	           "b3: <- b2\n"
	           "  Ret v4\n",
	           ssa_copyprop, true,
	           "func f\nb1:\n"
	           "  v1 = Arg <i64> [0]\n"
	           "  v2 = Copy <i64> v1\n"
	           "  Plain -> b2\n"
	           "b2: <- b1 b2\n"
	           "  v3 = Copy <i64> v1\n"
	           "  v4 = Add <i64> v1 v1\n"
	           "  If v4 -> b2 b3\n"
	           "b3: <- b2\n"
	           "  Ret v4\n");
}

Test(ssa, dce_keeps_effects_and_possible_panics) {
	check_pass("func f\nb1:\n"
	           "  v1 = Arg <i64> [0]\n"
	           "  v2 = Const <i64> [3]\n"
	           "  v3 = Add <i64> v1 v2\n"
	           "  v4 = Div <i64> v2 v1\n"
	           "  v5 = Div <i64> v1 v2\n"
	           "  v6 = Call <void> [0] {main.g} v3\n"
	           "  v7 = Mul <i64> v1 v1\n"
	           "  Ret\n",
	           ssa_dce, true,
	           "func f\nb1:\n"
	           "  v1 = Arg <i64> [0]\n"
	           "  v2 = Const <i64> [3]\n"
	           "  v3 = Add <i64> v1 v2\n"
	           "  v4 = Div <i64> v2 v1\n"
	           "  v6 = Call <void> [0] {main.g} v3\n"
	           "  Ret\n");
}

Test(ssa, dce_removes_unreachable_blocks) {
	check_pass("func f\nb1:\n"
	           "  Ret\n"
	           "b2:\n"
	           "  v1 = Const <i64> [1]\n"
	           "  Plain -> b1\n",
	           ssa_dce, false,
	           "func f\nb1:\n"
	           "  Ret\n");
}

Test(ssa, cse_within_a_block) {
	check_pass("func f\nb1:\n"
	           "  v1 = Arg <i64> [0]\n"
	           "  v2 = Arg <i64> [1]\n"
	           "  v3 = Add <i64> v1 v2\n"
	           "  v4 = Add <i64> v2 v1\n"
	           "  v5 = Sub <i64> v1 v2\n"
	           "  v6 = Sub <i64> v2 v1\n"
	           "  v7 = Call <i64> [1] {main.g}\n"
	           "  v8 = Call <i64> [1] {main.g}\n"
	           "  Plain -> b2\n"
	           "b2: <- b1\n"
	           "  v9 = Add <i64> v1 v2\n"
	           "  Ret v3 v4 v5 v6 v7 v8 v9\n",
	           ssa_cse, true,
	           "func f\nb1:\n"
	           "  v1 = Arg <i64> [0]\n"
	           "  v2 = Arg <i64> [1]\n"
	           "  v3 = Add <i64> v1 v2\n"
	           "  v4 = Copy <i64> v3\n"
	           "  v5 = Sub <i64> v1 v2\n"
	           "  v6 = Sub <i64> v2 v1\n"
	           "  v7 = Call <i64> [1] {main.g}\n"
	           "  v8 = Call <i64> [1] {main.g}\n"
	           "  Plain -> b2\n"
	           "b2: <- b1\n"
	           "  v9 = Add <i64> v1 v2\n"
	           "  Ret v3 v4 v5 v6 v7 v8 v9\n");
}

// n % 10 beside n / 10; n % 2 == 0; a remainder by a power of two and by
// a negative constant, which stay.
Test(ssa, divmod_rewrites_remainders_by_constants) {
	check_pass("func f\nb1:\n"
	           "  v1 = Arg <i64> [0]\n"
	           "  v2 = Const <i64> [10]\n"
	           "  v3 = Mod <i64> v1 v2\n"
	           "  v4 = Div <i64> v1 v2\n"
	           "  v5 = Const <i64> [2]\n"
	           "  v6 = Mod <i64> v1 v5\n"
	           "  v7 = Const <i64> [0]\n"
	           "  v8 = Eq <i8> v6 v7\n"
	           "  v9 = Const <i64> [-3]\n"
	           "  v10 = Mod <i64> v1 v9\n"
	           "  v11 = ModU <i64> v1 v2\n"
	           "  Ret v3 v4 v8 v6 v10 v11\n",
	           ssa_divmod, true,
	           "func f\nb1:\n"
	           "  v1 = Arg <i64> [0]\n"
	           "  v2 = Const <i64> [10]\n"
	           "  v12 = Div <i64> v1 v2\n"
	           "  v13 = Mul <i64> v12 v2\n"
	           "  v3 = Sub <i64> v1 v13\n"
	           "  v4 = Div <i64> v1 v2\n"
	           "  v5 = Const <i64> [2]\n"
	           "  v6 = Mod <i64> v1 v5\n"
	           "  v7 = Const <i64> [0]\n"
	           "  v14 = Const <i64> [1]\n"
	           "  v15 = And <i64> v1 v14\n"
	           "  v8 = Eq <i8> v15 v7\n"
	           "  v9 = Const <i64> [-3]\n"
	           "  v10 = Mod <i64> v1 v9\n"
	           "  v16 = DivU <i64> v1 v2\n"
	           "  v17 = Mul <i64> v16 v2\n"
	           "  v11 = Sub <i64> v1 v17\n"
	           "  Ret v3 v4 v8 v6 v10 v11\n");
}

// for i := 0; i < len(s); i++ { s[i] } and the same with i := -1.
static const char *loop_ir(int start) {
	return xasprintf("func f\nb1:\n"
	                 "  v1 = Arg <ptr> [0]\n"
	                 "  v2 = Arg <i64> [1]\n"
	                 "  v3 = Const <i64> [%d]\n"
	                 "  v4 = Const <i64> [1]\n"
	                 "  Plain -> b2\n"
	                 "b2: <- b1 b3\n"
	                 "  v5 = Phi <i64> v3 v9\n"
	                 "  v6 = Less <i8> v5 v2\n"
	                 "  If v6 -> b3 b4\n"
	                 "b3: <- b2\n"
	                 "  v7 = IndexCheck <void> [0] v5 v2\n"
	                 "  v8 = PtrIndex <ptr> [8] v1 v5\n"
	                 "  v10 = Store <i64> [0] v8 v4\n"
	                 "  v9 = Add <i64> v5 v4\n"
	                 "  Plain -> b2\n"
	                 "b4: <- b2\n"
	                 "  Ret\n",
	                 start);
}

Test(ssa, bce_removes_the_check_a_loop_condition_proves) {
	const char *in = loop_ir(0);
	char *want = strdup(in);
	char *line = strstr(want, "  v7 = IndexCheck");
	memmove(line, strchr(line, '\n') + 1, strlen(strchr(line, '\n') + 1) + 1);
	check_pass(in, ssa_bce, true, want);
	const char *minus = loop_ir(-1);
	check_pass(minus, ssa_bce, false, minus);  // i may be -1
}

static bool split(SsaFunc *f) {
	ssa_split_critical(f);
	return true;
}

Test(ssa, critical_edges_into_phis_get_a_block) {
	check_pass("func f\nb1:\n"
	           "  v1 = Arg <i8> [0]\n"
	           "  v2 = Const <i64> [1]\n"
	           "  If v1 -> b2 b3\n"
	           "b2: <- b1\n"
	           "  Plain -> b3\n"
	           "b3: <- b1 b2\n"
	           "  v3 = Phi <i64> v2 v2\n"
	           "  Ret v3\n",
	           split, true,
	           "func f\nb1:\n"
	           "  v1 = Arg <i8> [0]\n"
	           "  v2 = Const <i64> [1]\n"
	           "  If v1 -> b2 b4\n"
	           "b2: <- b1\n"
	           "  Plain -> b3\n"
	           "b3: <- b4 b2\n"
	           "  v3 = Phi <i64> v2 v2\n"
	           "  Ret v3\n"
	           "b4: <- b1\n"
	           "  Plain -> b3\n");
}

static int slots;
static int slot_alloc(const char *desc) {
	(void)desc;
	return -8 * ++slots;
}

// Register allocation as gen.c runs it; the lifetimes it returns are
// dropped.
static unsigned regalloc(SsaFunc *f) {
	SsaLifetimes lt;
	unsigned saved = ssa_regalloc(f, slot_alloc, &lt);
	ssa_free_lifetimes(&lt);
	return saved;
}

static bool callee_saved(int r) {
	return r == SSA_RBX || r >= SSA_R12;
}

Test(ssa, regalloc_keeps_values_live_across_calls_in_callee_saved_registers) {
	SsaFunc *f = parse("func f\nb1:\n"
	                   "  v1 = Arg <i64> [0]\n"
	                   "  v2 = Arg <i64> [1]\n"
	                   "  v3 = Mul <i64> v1 v2\n"
	                   "  v9 = Add <i64> v1 v2\n"
	                   "  v4 = Call <i64> [1] {main.g} v2\n"
	                   "  v5 = Add <i64> v4 v3\n"
	                   "  v6 = Add <i64> v5 v3\n"
	                   "  v7 = Add <i64> v6 v3\n"
	                   "  Ret v7 v9\n");
	slots = 0;
	unsigned saved = regalloc(f);
	Block *b = f->blocks.data[0];
	Value *v1 = b->values.data[0], *v3 = b->values.data[2], *v9 = b->values.data[3], *v4 = b->values.data[4];
	cr_assert(v3->reg >= 0 && callee_saved(v3->reg), "v3 lives across the call, read three times");
	cr_assert(saved & (1u << v3->reg));
	cr_assert(v1->reg >= 0 && !callee_saved(v1->reg), "v1 is dead before the call");
	cr_assert(v9->reg < 0 && v9->slot, "v9, read once after the call outside a loop, waits in a slot");
	cr_assert(v4->reg >= 0 && v4->reg != v3->reg);
}

Test(ssa, regalloc_spills_when_registers_run_out) {
	// 7 values live across a call in a loop: 5 callee-saved registers, 2 slots
	char *text = strdup("func f\nb1:\n");
	for (int i = 1; i <= 7; i++)
		text = xasprintf("%s  v%d = Arg <i64> [%d]\n", text, i, i - 1);
	text = xasprintf("%s  Plain -> b2\nb2: <- b1 b2\n  v8 = Call <void> [0] {main.g}\n  v9 = Add <i64> v1 v2\n"
	                 "  v10 = Add <i64> v3 v4\n  v11 = Add <i64> v5 v6\n  v12 = Add <i64> v7 v9\n"
	                 "  If v12 -> b2 b3\nb3: <- b2\n  Ret v10 v11 v12\n", text);
	SsaFunc *f = parse(text);
	slots = 0;
	regalloc(f);
	Block *b = f->blocks.data[0];
	int in_regs = 0, in_args = 0;
	for (int i = 0; i < 7; i++) {
		Value *v = b->values.data[i];
		if (v->reg >= 0) {
			in_regs++;
			cr_assert(callee_saved(v->reg));
		} else {
			in_args++;
			cr_assert_eq(v->slot, 16 + 8 * i, "a spilled argument stays in its incoming word");
		}
	}
	cr_assert_eq(in_regs, 5);
	cr_assert_eq(in_args, 2);
}

// The IR of text after register allocation, as printed (homes after " : ").
static char *allocated(const char *text) {
	SsaFunc *f = parse(text);
	slots = 0;
	regalloc(f);
	char *got = print(f);
	ssa_free_func(f);
	return got;
}

// fib's shape: n is read in its register by the base case and by n-1 (which
// takes that register, n's last use there), then from its incoming word
// after the first call (positions: b1 0-3, b2 4-5, b3 6-13).
Test(ssa, regalloc_splits_an_argument_at_the_first_call_it_lives_across) {
	const char *fib = "func main.fib\n"
	                  "b1:\n"
	                  "  v1 = Arg <i64> [0] {n}\n"
	                  "  v2 = Const <i64> [2]\n"
	                  "  v3 = Less <i8> v1 v2\n"
	                  "  If v3 -> b2 b3\n"
	                  "b2: <- b1\n"
	                  "  Ret v1\n"
	                  "b3: <- b1\n"
	                  "  v4 = Const <i64> [1]\n"
	                  "  v5 = Sub <i64> v1 v4\n"
	                  "  v6 = Call <i64> [1] {main.fib} v5\n"
	                  "  v7 = Sub <i64> v1 v2\n"
	                  "  v8 = Call <i64> [1] {main.fib} v7\n"
	                  "  v9 = Add <i64> v6 v8\n"
	                  "  Ret v9\n";
	char *got = allocated(fib);
	cr_assert(strstr(got, "  v1 = Arg <i64> [0] {n} : %rsi to 8, 16(%rbp)\n"), "%s", got);
	cr_assert(strstr(got, "  v5 = Sub <i64> v1 v4 : %rsi\n"), "n-1 in n's register:\n%s", got);
	cr_assert(strstr(got, "  v6 = Call <i64> [1] {main.fib} v5 : -8(%rbp)\n"), "%s", got);
}

// A register ABI body stores its incoming words where the first call's
// block starts when every later block goes through it (fib: b3 at 6, not
// on the base case's path); an argument read after the call keeps its
// register up to there at least.
Test(ssa, regalloc_stores_arguments_at_the_block_every_call_goes_through) {
	static int in[] = {SSA_RDI}, out[] = {SSA_RDI};
	static const SsaAbi abi = {1, 1, in, out};
	SsaFunc *f = parse("func f\nb1:\n"
	                   "  v1 = Arg <i64> [0]\n"
	                   "  v2 = Const <i64> [2]\n"
	                   "  v3 = Less <i8> v1 v2\n"
	                   "  If v3 -> b2 b3\n"
	                   "b2: <- b1\n"
	                   "  Ret v1\n"
	                   "b3: <- b1\n"
	                   "  v4 = Call <i64> [1] {main.g}\n"
	                   "  v5 = Add <i64> v4 v1\n"
	                   "  Ret v5\n");
	f->abi = &abi;
	slots = 0;
	regalloc(f);
	cr_assert_eq(f->arg_store, 6);
	char *got = print(f);
	cr_assert(strstr(got, "  v1 = Arg <i64> [0] : %rdi to 6, 16(%rbp)\n"), "%s", got);
	ssa_free_func(f);
	// a call on one side of an if that joins after it: the join is
	// reached around the call's block, so the entry stores
	f = parse("func f\nb1:\n"
	          "  v1 = Arg <i64> [0]\n"
	          "  If v1 -> b2 b3\n"
	          "b2: <- b1\n"
	          "  v2 = Call <i64> [1] {main.g}\n"
	          "  Plain -> b3\n"
	          "b3: <- b1 b2\n"
	          "  Ret v1\n");
	f->abi = &abi;
	regalloc(f);
	cr_assert_eq(f->arg_store, 0);
	ssa_free_func(f);
}

// An argument read only after the call stays whole in its slot; one read
// before a call inside a loop keeps no split (the loop's back edge would
// reach its register's uses after the call).
Test(ssa, regalloc_splits_no_argument_unread_before_the_call_or_in_a_loop) {
	char *got = allocated("func f\nb1:\n"
	                      "  v1 = Arg <i64> [0]\n"
	                      "  v2 = Call <i64> [1] {main.g}\n"
	                      "  v3 = Add <i64> v1 v2\n"
	                      "  Ret v3\n");
	cr_assert(strstr(got, "  v1 = Arg <i64> [0] : 16(%rbp)\n"), "%s", got);
	got = allocated("func f\nb1:\n"
	                "  v1 = Arg <i64> [0]\n"
	                "  Plain -> b2\n"
	                "b2: <- b1 b2\n"
	                "  v2 = Call <i64> [1] {main.g} v1\n"
	                "  v3 = Less <i8> v2 v1\n"
	                "  If v3 -> b2 b3\n"
	                "b3: <- b2\n"
	                "  Ret v1\n");
	cr_assert(!strstr(got, " to "), "%s", got);
}

// The SSA IR of function name in src after building (and optimising unless no_opt).
static const char *last_why;  // why ir_of's last function is outside the subset

static char *ir_of(const char *src, const char *name, bool no_opt) {
	Program *p = analysed_program(src);
	for (int i = 0; i < p->funcs.len; i++) {
		Func *fn = p->funcs.data[i];
		if (strcmp(fn->name, name) != 0)
			continue;
		SsaFunc *f = ssa_build(fn, &last_why);
		if (!f)
			return NULL;
		ssa_options.no_opt = no_opt;
		ssa_optimise(f, false);
		ssa_options.no_opt = false;
		char *text = print(f);
		ssa_free_func(f);
		return text;
	}
	cr_assert_fail("no function %s", name);
	return NULL;
}

Test(ssa, build_loop_with_phis_and_fold) {
	const char *src = "package main\n"
	                  "func sum(n int) int {\n"
	                  "\ts, k := 0, 2\n"
	                  "\tfor i := 0; i < n; i++ {\n"
	                  "\t\ts += i * (k + 2)\n"
	                  "\t}\n"
	                  "\treturn s\n"
	                  "}\n"
	                  "func main() { println(sum(3)) }\n";
	char *opt = ir_of(src, "main.sum", false), *raw = ir_of(src, "main.sum", true);
	cr_assert(strstr(opt, "Phi <i64>"), "%s", opt);
	cr_assert(strstr(opt, "Const <i64> [4]"), "k + 2 folded:\n%s", opt);
	cr_assert_null(strstr(opt, "Copy"), "copies propagated away:\n%s", opt);
	cr_assert(strstr(raw, "Add <i64>") && strstr(raw, "Copy"), "-N keeps k + 2 and the copies:\n%s", raw);
}

// a map is one pointer word; its operations are the runtime's calls,
// m[k] = v's slot made after v
Test(ssa, build_maps_through_the_runtime) {
	const char *src = "package main\n"
	                  "func g(m map[int]int, k int) int { m[k] = m[k+1] * 2; return len(m) }\n"
	                  "func main() { g(make(map[int]int), 1) }\n";
	char *g = ir_of(src, "main.g", false);
	cr_assert_not_null(g, "%s", last_why);
	char *get = strstr(g, "runtime_mapaccess1"), *put = strstr(g, "runtime_mapassign");
	cr_assert(get && put && get < put, "%s", g);
	char *mul = strstr(g, "Mul");
	cr_assert(mul && mul < put && strstr(put, "runtime_maplen"), "%s", g);
}

Test(ssa, build_rejects_functions_outside_the_subset) {
	const char *src = "package main\n"
	                  "func f(s string) byte { goto x\nx:\n\treturn s[0] }\n"
	                  "func g(c chan int) int { return <-c }\n"
	                  "func h(n int) (int, bool) { var p = &n; return *p, true }\n"
	                  "func k(n int8) int8 { return n / 3 << 1 }\n"
	                  "func main() {}\n";
	// why.c names the construct or variable, where it is
	cr_assert_null(ir_of(src, "main.f", false));
	cr_assert_str_eq(last_why, "goto at 2:25");
	cr_assert_null(ir_of(src, "main.g", false));
	cr_assert_str_eq(last_why, "variable of channel type at 5:8");
	cr_assert_null(ir_of(src, "main.h", false));
	cr_assert_str_eq(last_why, "address-taken variable at 6:8");
	char *k = ir_of(src, "main.k", false);
	cr_assert_not_null(k);
	cr_assert(strstr(k, "SignExt <i8>"), "%s", k);
}

// The assembly of function sym in src (through SSA when in its subset).
static char *asm_of(const char *src, const char *sym) {
	char *text = compile(src);
	char *label = xasprintf("\n%s:", sym);
	char *start = strstr(text, label);
	cr_assert_not_null(start);
	while (start > text && strncmp(start, "\n# func", 7) != 0)
		start--;
	return strndup(start, (size_t)(strstr(start, "\t.size") - start));
}

Test(ssa, emission_uses_registers_immediates_and_cmp_jcc) {
	char *f = asm_of("package main\n"
	                 "func f(i int, u uint) int {\n"
	                 "\tx := i*8 + (i >> 3) + i*7\n"
	                 "\tx++\n"
	                 "\tif x < 16 {\n"
	                 "\t\tx = 2\n"
	                 "\t}\n"
	                 "\treturn x + int(u/4) + i%3\n"
	                 "}\n"
	                 "func main() { println(f(5, 9)) }\n",
	                 "main.f");
	cr_assert(strstr(f, "# registers (SSA back end):"), "%s", f);
	cr_assert(strstr(f, "#   x int "), "the frame map names x's register:\n%s", f);
	assert_cheap_forms(f, "%");
	cr_assert(strstr(f, "imul $7, %"), "multiplication by a constant:\n%s", f);
	cr_assert(strstr(f, "add $1, %"), "x++ in a register:\n%s", f);
	cr_assert(strstr(f, "# LINE 3: x := i*8"), "%s", f);
	cr_assert(strstr(f, ".loc 1 3 "), "%s", f);
	cr_assert_null(strstr(f, "(%rbp)  # x"), "x never in memory:\n%s", f);
}

Test(ssa, callee_saved_registers_are_saved_and_restored) {
	char *f = asm_of("package main\n"
	                 "//go:noinline\n"
	                 "func g(n int) int { n++; return n }\n"  // a call
	                 "func f(n int) int {\n"
	                 "\tt := 0\n"
	                 "\tfor i := 0; i < n; i++ {\n"
	                 "\t\tt += g(i)\n"
	                 "\t}\n"
	                 "\treturn t\n"
	                 "}\n"
	                 "func main() { println(f(5)) }\n",
	                 "main.f");
	cr_assert(strstr(f, "mov %rbx, -"), "%s", f);
	char *ret = strstr(f, "# result 0");
	cr_assert(ret && strstr(ret, "), %rbx\n") && strstr(ret, "), %rbx\n") < strstr(ret, "leave"),
	          "restored before the return's leave:\n%s", f);
	cr_assert(strstr(f, "saved %rbx (callee-saved)"), "the frame map shows the save slot:\n%s", f);
}

Test(ssa, slice_elements_are_checked_and_addressed_in_place) {
	char *g = asm_of("package main\n"
	                 "func g(a []int, i int) int { return a[i] }\n"
	                 "func main() { println(g([]int{1}, 0)) }\n",
	                 "main.g");
	cr_assert(strstr(g, "call runtime_panicindex"), "a variable index is checked:\n%s", g);
	cr_assert(strstr(g, ",8), %"), "the element through an addressing mode:\n%s", g);
	cr_assert(strstr(g, "#   a []int              ptr %"), "the frame map names the words:\n%s", g);
}

// More values than registers: those of the inner loop keep registers, the
// outer ones (read once per outer iteration) give theirs up.
Test(ssa, regalloc_spills_outer_values_before_inner_loop_ones) {
	char *f = asm_of("package main\n"
	                 "func mul(a, b, c [][]int64, n int) {\n"
	                 "\tfor i := 0; i < n; i++ {\n"
	                 "\t\tcrow := c[i]\n"
	                 "\t\tarow := a[i]\n"
	                 "\t\tfor k := 0; k < n; k++ {\n"
	                 "\t\t\taik := arow[k]\n"
	                 "\t\t\tbrow := b[k]\n"
	                 "\t\t\tfor j := 0; j < n; j++ {\n"
	                 "\t\t\t\tcrow[j] += aik * brow[j]\n"
	                 "\t\t\t}\n"
	                 "\t\t}\n"
	                 "\t}\n"
	                 "}\n"
	                 "func main() { mul(nil, nil, nil, 0) }\n",
	                 "main.mul");
	cr_assert(strstr(f, "#   j int                %"), "j in a register:\n%s", f);
	cr_assert(strstr(f, "#   aik int64            %"), "aik in a register:\n%s", f);
	cr_assert(strstr(f, "#   brow []int64         ptr %"), "brow in registers:\n%s", f);
	cr_assert(strstr(f, "#   crow []int64         ptr %"), "crow in registers:\n%s", f);
	cr_assert(strstr(f, "#   a [][]int64          ptr 16(%rbp)"), "a waits in its incoming words:\n%s", f);
}

// The register ABI (abi.c): an argument stays in the register it arrives
// in, a value that dies as a register call's argument is computed in its
// register, and a result is used where it comes back.
Test(ssa, regalloc_prefers_the_register_abi_registers) {
	SsaFunc *f = parse("func f\nb1:\n"
	                   "  v1 = Arg <i64> [0]\n"
	                   "  v2 = Arg <i64> [1]\n"
	                   "  v3 = Add <i64> v1 v2\n"
	                   "  v4 = Call <i64> [2] {main.g} v3\n"
	                   "  v5 = Result <i64> [1] v4\n"
	                   "  v6 = Sub <i64> v5 v4\n"
	                   "  Ret v6\n");
	int in[] = {SSA_RDI, SSA_RSI}, out[] = {SSA_RDI}, gin[] = {SSA_RDI}, gout[] = {SSA_RDI, SSA_RSI};
	SsaAbi self = {2, 1, in, out}, g = {1, 2, gin, gout};
	f->abi = &self;
	Block *b = f->blocks.data[0];
	Value *v1 = b->values.data[0], *v2 = b->values.data[1], *v3 = b->values.data[2], *v4 = b->values.data[3],
	      *v5 = b->values.data[4];
	v4->abi = &g;
	slots = 0;
	regalloc(f);
	cr_assert_eq(v2->reg, SSA_RSI, "the second argument stays in %%rsi");
	cr_assert_eq(v3->reg, SSA_RDI, "the call's argument is computed in %%rdi");
	cr_assert_eq(v4->reg, SSA_RDI, "result word 0 comes back in %%rdi");
	cr_assert_eq(v5->reg, SSA_RSI, "result word 1 in %%rsi");
	cr_assert(v1->reg != SSA_RSI, "v1 and v2 arrive together");
}

Test(ssa, register_abi_only_for_words_that_fit) {
	const char *src = "package main\n"
	                  "func f(a, b int, x float64) (int, float64) { return a + b, x * 2 }\n"
	                  "func g(a, b, c, d, e, f, g int) int { return a + g }\n"
	                  "func s(p []int, q []int) int { return len(p) + len(q) }\n"
	                  "func main() { println(f(1, 2, 3)); println(g(1, 2, 3, 4, 5, 6, 7), s(nil, nil)) }\n";
	Program *p = analysed_program(src);
	int found = 0;
	for (int i = 0; i < p->funcs.len; i++) {
		Func *fn = p->funcs.data[i];
		const char *why;
		SsaFunc *f = ssa_build(fn, &why);
		if (!f)
			continue;
		const SsaAbi *abi = ssa_abi_of(f);
		if (strcmp(fn->name, "main.f") == 0) {
			found++;
			cr_assert_not_null(abi);
			cr_assert_eq(abi->in[0], SSA_RDI);
			cr_assert_eq(abi->in[1], SSA_RSI);
			cr_assert_eq(abi->in[2], SSA_X1, "floats count apart from integers");
			cr_assert_eq(abi->out[0], SSA_RDI);
			cr_assert_eq(abi->out[1], SSA_X1);
		} else if (strcmp(fn->name, "main.g") == 0) {
			found++;
			cr_assert_null(abi, "seven integer words: stack ABI only");
		} else if (strcmp(fn->name, "main.s") == 0) {
			found++;
			cr_assert_not_null(abi, "two slices are six words");
			cr_assert_eq(abi->in[5], SSA_R11);
		}
		ssa_free_func(f);
	}
	cr_assert_eq(found, 3);
}

Test(ssa, calls_between_ssa_functions_pass_registers) {
	const char *src = "package main\n"
	                  "func fib(n int) int {\n"
	                  "\tif n < 2 {\n"
	                  "\t\treturn n\n"
	                  "\t}\n"
	                  "\treturn fib(n-1) + fib(n-2)\n"
	                  "}\n"
	                  "func main() { println(fib(10)) }\n";
	char *f = asm_of(src, "main.fib");
	cr_assert(strstr(f, "call main.fib..regabi  # register ABI"), "%s", f);
	cr_assert(strstr(f, "main.fib..regabi:\n"), "the register entry:\n%s", f);
	cr_assert(strstr(f, "mov 16(%rbp), %rdi  # stack ABI entry"), "the stack entry loads n:\n%s", f);
	cr_assert(strstr(f, "#   in:  n int %rdi;"), "the header says where n arrives:\n%s", f);
	cr_assert_null(strstr(f, "0(%rsp)\n"), "no argument goes through memory:\n%s", f);
	cr_assert(strstr(f, "call main.fib..regabi\n\tmov %rdi, 24(%rbp)  # result word 0 for the stack ABI's caller"),
	          "the stack entry is a thunk that stores the result:\n%s", f);
	cr_assert_null(strstr(f, "# result 0\n"), "the body returns it only in its register:\n%s", f);
	char *m = asm_of(src, "main.main");
	cr_assert(strstr(m, "call main.fib..regabi\n") || strstr(m, "call main.fib..regabi  # register ABI"),
	          "the tree walker calls the register entry too:\n%s", m);
	cr_assert_null(strstr(m, "call main.fib\n"), "%s", m);
}

// ---- strings, slicing and runtime calls (ssa/build_mem.c) ----

Test(ssa, memory_ops_print_and_parse_back) {
	const char *text =
		"func main.f\n"
		"b1:\n"
		"  v1 = Arg <ptr> [0] {s.ptr}\n"
		"  v2 = Arg <i64> [1] {s.len}\n"
		"  v3 = Addr <ptr> {.Lstrdata.0}\n"
		"  v4 = FrameAddr <ptr> [16]\n"
		"  v5 = Store <ptr> [0] v4 v1\n"
		"  v6 = SliceCheck <void> [258] v2 v2\n"
		"  v7 = RtCall <i8> {runtime_eqstring} v4 v3\n"
		"  Ret v7\n";
	cr_assert_str_eq(print(parse(text)), text);
}

Test(ssa, fold_drops_slice_checks_of_ordered_constants_and_masks_of_zero) {
	check_pass("func f\nb1:\n"
	           "  v1 = Arg <i64> [0]\n"
	           "  v2 = Const <i64> [2]\n"
	           "  v3 = Const <i64> [5]\n"
	           "  v4 = SliceCheck <void> [2] v2 v3\n"
	           "  v5 = SliceCheck <void> [2] v3 v2\n"
	           "  v6 = SliceCheck <void> [1] v1 v3\n"
	           "  v7 = Const <i64> [0]\n"
	           "  v8 = And <i64> v1 v7\n"
	           "  Ret v8\n",
	           ssa_fold, true,
	           "func f\nb1:\n"
	           "  v1 = Arg <i64> [0]\n"
	           "  v2 = Const <i64> [2]\n"
	           "  v3 = Const <i64> [5]\n"
	           "  v5 = SliceCheck <void> [2] v3 v2\n"
	           "  v6 = SliceCheck <void> [1] v1 v3\n"
	           "  v7 = Const <i64> [0]\n"
	           "  v8 = Const <i64> [0]\n"
	           "  Ret v8\n");
}

// Two FrameAddrs are two areas (never merged); two Addrs of one symbol are
// one address; runtime calls stay.
Test(ssa, cse_keeps_frame_areas_and_runtime_calls_apart) {
	check_pass("func f\nb1:\n"
	           "  v1 = FrameAddr <ptr> [16]\n"
	           "  v2 = FrameAddr <ptr> [16]\n"
	           "  v3 = Addr <ptr> {.Lstrdata.1}\n"
	           "  v4 = Addr <ptr> {.Lstrdata.1}\n"
	           "  v5 = RtCall <i64> {runtime_cmpstring} v1 v2\n"
	           "  v6 = RtCall <i64> {runtime_cmpstring} v1 v2\n"
	           "  Ret v3 v4 v5 v6\n",
	           ssa_cse, true,
	           "func f\nb1:\n"
	           "  v1 = FrameAddr <ptr> [16]\n"
	           "  v2 = FrameAddr <ptr> [16]\n"
	           "  v3 = Addr <ptr> {.Lstrdata.1}\n"
	           "  v4 = Copy <ptr> v3\n"
	           "  v5 = RtCall <i64> {runtime_cmpstring} v1 v2\n"
	           "  v6 = RtCall <i64> {runtime_cmpstring} v1 v2\n"
	           "  Ret v3 v4 v5 v6\n");
}

// A runtime call clobbers the caller-saved registers like a Go call:
// what lives across it (in a loop) gets a callee-saved register; the
// addresses get none (a lea at each use).
Test(ssa, regalloc_treats_runtime_calls_as_calls) {
	SsaFunc *f = parse("func f\nb1:\n"
	                   "  v1 = Arg <ptr> [0]\n"
	                   "  v2 = Arg <i64> [1]\n"
	                   "  v3 = FrameAddr <ptr> [24]\n"
	                   "  Plain -> b2\n"
	                   "b2: <- b1 b2\n"
	                   "  v4 = Phi <i64> v2 v6\n"
	                   "  v5 = RtCall <i64> {runtime_slicecopy} v1 v4 v3 v4\n"
	                   "  v6 = Add <i64> v4 v5\n"
	                   "  If v6 -> b2 b3\n"
	                   "b3: <- b2\n"
	                   "  Ret v6\n");
	slots = 0;
	regalloc(f);
	Block *b1 = f->blocks.data[0], *b2 = f->blocks.data[1];
	Value *v1 = b1->values.data[0], *v3 = b1->values.data[2], *v4 = b2->values.data[0];
	cr_assert(v1->reg >= 0 && callee_saved(v1->reg), "v1 is read by every iteration's call");
	cr_assert(v4->reg >= 0 && callee_saved(v4->reg), "the phi lives across the call");
	cr_assert(v3->reg < 0 && !v3->slot, "a FrameAddr is no register's and gets its area at emission");
}

Test(ssa, build_lowers_strings_slicing_and_builtins) {
	const char *src = "package main\n"
	                  "func h(s string) uint32 {\n"
	                  "\tvar x uint32\n"
	                  "\tfor i := 0; i < len(s); i++ {\n"
	                  "\t\tx = x*31 + uint32(s[i])\n"
	                  "\t}\n"
	                  "\treturn x\n"
	                  "}\n"
	                  "func c(a, b string) string { return a + \"-\" + b }\n"
	                  "func lt(a, b string) bool { return a < b }\n"
	                  "func tail(s []int, i int) []int { return s[i:] }\n"
	                  "func m(n int) []byte { b := make([]byte, n); return append(b, 'x') }\n"
	                  "func r(s string) string { b := []byte(s); b[0] = 'R'; return string(b) }\n"
	                  "func main() { println(h(\"x\"), c(\"a\", \"b\"), lt(\"a\", \"b\"), len(tail(nil, 0)), len(m(1)), r(\"ab\")) }\n";
	char *h = ir_of(src, "main.h", false);
	cr_assert_not_null(h);
	cr_assert(strstr(h, "Load <i8>"), "s[i] is a byte load:\n%s", h);
	cr_assert_null(strstr(h, "IndexCheck"), "i < len(s) proves the index:\n%s", h);
	char *c = ir_of(src, "main.c", false);
	cr_assert(strstr(c, "RtCall <void> {runtime_concatstrings}"), "%s", c);
	cr_assert(strstr(c, "Addr <ptr> {.Lstrdata."), "the constant's bytes:\n%s", c);
	cr_assert(strstr(c, "Const <i64> [3]"), "three operands in one call:\n%s", c);
	char *lt = ir_of(src, "main.lt", false);
	cr_assert(strstr(lt, "RtCall <i64> {runtime_cmpstring_words}") && strstr(lt, "Less <i8>"), "%s", lt);
	cr_assert_null(strstr(lt, "Store"), "the strings' words go in registers, not through memory:\n%s", lt);
	char *tail = ir_of(src, "main.tail", false);
	cr_assert(strstr(tail, "SliceCheck <void> [1]") && strstr(tail, "SliceCheck <void> [2]"),
	          "high against cap, then low against high:\n%s", tail);
	char *m = ir_of(src, "main.m", false);
	cr_assert(strstr(m, "{runtime_makeslice}") && strstr(m, "{runtime_growslice}") && strstr(m, "GreaterU"),
	          "append grows only when the length passes the capacity:\n%s", m);
	char *r = ir_of(src, "main.r", false);
	cr_assert(strstr(r, "{runtime_stringtoslicebyte_buf}") && strstr(r, "FrameAddr <ptr> [32]"),
	          "b does not escape: Go's stack buffer:\n%s", r);
	cr_assert(strstr(r, "{runtime_slicebytetostring}"), "%s", r);
}

Test(ssa, runtime_calls_take_system_v_registers) {
	char *f = asm_of("package main\n"
	                 "func f(d, s []int, a, b string) (int, bool, string) { return len(append(d[1:], s...)) + copy(d, s), a == b, a + b }\n"
	                 "func main() { println(f(nil, nil, \"\", \"\")) }\n",
	                 "main.f");
	cr_assert(strstr(f, "call runtime_slicecopy"), "append's copy:\n%s", f);
	cr_assert(strstr(f, "call memmove"), "copy's:\n%s", f);
	cr_assert(strstr(f, "mov $8, %r8"), "the element size is the fifth argument:\n%s", f);
	cr_assert(strstr(f, "call runtime_eqstring_words") && strstr(f, "movzbl %al, %eax"), "a C bool is only %%al:\n%s", f);
	cr_assert(strstr(f, "(%rbp), %rdi"), "a header's frame area by address:\n%s", f);
	cr_assert(strstr(f, "call runtime_panicslice"), "d[1:] is checked:\n%s", f);
	cr_assert(strstr(f, "FrameAddr)"), "the frame map lists the areas:\n%s", f);
}

Test(ssa, cse_drops_a_check_that_passed_earlier_in_the_block) {
	check_pass("func f\nb1:\n"
	           "  v1 = Arg <i64> [0]\n"
	           "  v2 = Arg <i64> [1]\n"
	           "  v3 = IndexCheck <void> [0] v1 v2\n"
	           "  v4 = IndexCheck <void> [0] v1 v2\n"
	           "  v5 = IndexCheck <void> [1] v1 v2\n"
	           "  v6 = SliceCheck <void> [2] v1 v2\n"
	           "  v7 = SliceCheck <void> [2] v1 v2\n"
	           "  Ret\n",
	           ssa_cse, true,
	           "func f\nb1:\n"
	           "  v1 = Arg <i64> [0]\n"
	           "  v2 = Arg <i64> [1]\n"
	           "  v3 = IndexCheck <void> [0] v1 v2\n"
	           "  v5 = IndexCheck <void> [1] v1 v2\n"
	           "  v6 = SliceCheck <void> [2] v1 v2\n"
	           "  Ret\n");
}

Test(ssa, closure_bodies_read_captures_from_their_context) {
	const char *src = "package main\n"
	                  "func main() {\n"
	                  "\tk, n := 3, 0\n"
	                  "\tf := func(x int) int { n += x; return x + k }\n"
	                  "\tg := func(h func(int) int) int { return h(1) }\n"
	                  "\tn = 1\n"
	                  "\tprintln(g(f), n)\n"
	                  "}\n";
	char *f = ir_of(src, "main.main.func1", false);
	cr_assert_not_null(f);
	cr_assert(strstr(f, "= Context <ptr>"), "the closure:\n%s", f);
	cr_assert(strstr(f, "= Load <i64> [16] v2 (k)"), "k, captured by value, from the closure:\n%s", f);
	cr_assert(strstr(f, "= Store <i64> [0] v"), "n, captured by reference, written through its pointer:\n%s", f);
	char *g = ir_of(src, "main.main.func2", false);
	cr_assert_not_null(g);
	cr_assert(strstr(g, "= Call <i64> [1] v1 v"), "a call of the func value h (no symbol):\n%s", g);
	cr_assert_null(ir_of(src, "main.main", false), "main makes function literals: the tree walker's");
}

// The entry writes every argument and the closure context, used or not
// (-N keeps unused ones): none may share a register with another.
Test(ssa, regalloc_gives_entry_values_their_own_registers) {
	SsaFunc *f = parse("func f\nb1:\n"
	                   "  v1 = Arg <i64> [0]\n"
	                   "  v2 = Arg <i64> [1]\n"
	                   "  v3 = Context <ptr>\n"
	                   "  v4 = Load <i64> [8] v3\n"
	                   "  Ret v4\n");
	slots = 0;
	regalloc(f);
	Block *b = f->blocks.data[0];
	Value *v1 = b->values.data[0], *v2 = b->values.data[1], *v3 = b->values.data[2];
	cr_assert(v3->reg >= 0);
	cr_assert(v1->reg != v3->reg && v2->reg != v3->reg && (v1->reg < 0 || v1->reg != v2->reg),
	          "%s %s %s", ssa_reg_names[v1->reg], ssa_reg_names[v2->reg], ssa_reg_names[v3->reg]);
}

// ---- package-level variables, fmt and stack makes (build_mem.c, build_fmt.c) ----

Test(ssa, build_loads_and_stores_package_level_variables) {
	const char *src = "package main\n"
	                  "var n int8\n"
	                  "var s []int\n"
	                  "func f() int { n++; s = append(s, int(n)); return len(s) }\n"
	                  "func g() *int8 { return &n }\n"
	                  "func main() { println(f(), g() != nil) }\n";
	char *f = ir_of(src, "main.f", false);
	cr_assert_not_null(f);
	cr_assert(strstr(f, "Addr <ptr> {main.n}") && strstr(f, "Load <i8> [0]") && strstr(f, "SignExt <i8>"),
	          "n is loaded at its symbol and re-extended:\n%s", f);
	cr_assert(strstr(f, "Store <i8> [0]"), "n++ stores one byte:\n%s", f);
	cr_assert(strstr(f, "Addr <ptr> {main.s}") && strstr(f, "Store <i64> [16]"), "s's three words are stored:\n%s", f);
	char *g = ir_of(src, "main.g", false);
	cr_assert(strstr(g, "Addr <ptr> {main.n}"), "&n is its symbol's address:\n%s", g);
}

Test(ssa, build_boxes_fmt_arguments) {
	const char *src = "package main\n"
	                  "import \"fmt\"\n"
	                  "func f(x int, s string) string {\n"
	                  "\tfmt.Println(\"x\", x, s)\n"
	                  "\treturn fmt.Sprintf(\"%d\", x)\n"
	                  "}\n"
	                  "func main() { f(1, \"a\") }\n";
	char *f = ir_of(src, "main.f", false);
	cr_assert_not_null(f);
	cr_assert(strstr(f, "Addr <ptr> {.Lstr."), "the constant \"x\" is boxed from its read-only header:\n%s", f);
	cr_assert(strstr(f, "RtCall <ptr> {runtime_new}"), "x escapes into a heap box:\n%s", f);
	cr_assert(strstr(f, "FrameAddr <ptr> [48]"), "the ... argument of three interfaces stays on the stack:\n%s", f);
	cr_assert(strstr(f, "RtCall <void> {fmt_Println}") && strstr(f, "RtCall <void> {fmt_Sprintf}"), "%s", f);
}

Test(ssa, constant_make_on_the_stack_is_zeroed_where_it_runs) {
	char *f = asm_of("package main\n"
	                 "func f(i int) int {\n"
	                 "\ta := make([]int, 4)\n"
	                 "\tb := make([]byte, 100)\n"
	                 "\ta[i&3] = i\n"
	                 "\tb[i&63] = 1\n"
	                 "\treturn a[0] + int(b[1])\n"
	                 "}\n"
	                 "func main() { println(f(1)) }\n",
	                 "main.f");
	cr_assert(strstr(f, "make([]int, 4) -> stack"), "the escape verdict:\n%s", f);
	cr_assert(strstr(f, "movq $0, -"), "small: zero stores:\n%s", f);
	cr_assert(strstr(f, "call memset"), "large: memset:\n%s", f);
	cr_assert_null(strstr(f, "runtime_makeslice"), "%s", f);
}

Test(ssa, local_arrays_live_in_frame_areas) {
	const char *src = "package main\n"
	                  "func f(n int) string {\n"
	                  "\tvar buf [8]byte\n"
	                  "\tbuf[n] = 'x'\n"
	                  "\treturn string(buf[n:n+2])\n"
	                  "}\n"
	                  "func main() { println(f(1)) }\n";
	char *f = ir_of(src, "main.f", false);
	cr_assert_not_null(f);
	cr_assert(strstr(f, "FrameAddr <ptr> [8] (buf)"), "buf's area, named:\n%s", f);
	cr_assert(strstr(f, "Store <i64> [0]"), "zeroed where declared:\n%s", f);
	cr_assert(strstr(f, "IndexCheck <void> [0]") && strstr(f, "SliceCheck <void> [0]"),
	          "checked against its length (SLICE_ALEN):\n%s", f);
	char *a = asm_of(src, "main.f");
	cr_assert(strstr(a, "(%rbp,%"), "an element through an addressing mode off %%rbp:\n%s", a);
	cr_assert(strstr(a, "buf (FrameAddr v"), "the frame map names the area:\n%s", a);
}

// As gc's runtime: a heap box of a byte or bool is static, of an int only
// when below 256 (a branch), of a string only when empty.
Test(ssa, fmt_boxes_small_values_statically) {
	const char *src = "package main\n"
	                  "import \"fmt\"\n"
	                  "func f(b byte, i int, s string) { fmt.Println(b, i, s) }\n"
	                  "func main() { f(1, 2, \"\") }\n";
	char *f = ir_of(src, "main.f", true);
	cr_assert_not_null(f);
	cr_assert(strstr(f, "Addr <ptr> {runtime_staticuint64s}"), "%s", f);
	cr_assert(strstr(f, "LessU <i8>") && strstr(f, "Const <i64> [256]"), "i is tested below 256:\n%s", f);
	cr_assert(strstr(f, "Addr <ptr> {runtime_zeroval}"), "s is tested empty:\n%s", f);
	int news = 0;
	for (const char *p = f; (p = strstr(p, "{runtime_new}")); p++)
		news++;
	cr_assert_eq(news, 2, "only i and s may allocate:\n%s", f);
}

Test(ssa, fields_through_pointers_are_nil_checked_loads_and_stores) {
	const char *src = "package main\n"
	                  "type T struct{ a int8; b struct{ c, d int } }\n"
	                  "func f(p *T) int { p.b.d += int(p.a); return p.b.c }\n"
	                  "func main() { println(f(&T{})) }\n";
	char *f = ir_of(src, "main.f", true);
	cr_assert_not_null(f);
	cr_assert(strstr(f, "= NilCheck <void> [16] v1"), "p.b.d is at 16:\n%s", f);
	cr_assert(strstr(f, "= Load <i8> [0] v1"), "p.a:\n%s", f);
	cr_assert(strstr(f, "= SignExt <i8>"), "an int8 field re-extended:\n%s", f);
	cr_assert(strstr(f, "= Store <i64> [16] v1"), "p.b.d stored:\n%s", f);
	cr_assert(strstr(f, "= Load <i64> [8] v1"), "p.b.c:\n%s", f);
}

Test(ssa, inlines_methods_and_bodies_within_the_budget_not_recursion) {
	const char *src = "package main\n"
	                  "type C struct{ n int }\n"
	                  "func (c *C) add(d int) { if d < 0 { return }; c.n += d }\n"
	                  "func sum(n int) (s int) { for i := 0; i < n; i++ { s += i }; return }\n"
	                  "func fact(n int) int { if n < 2 { return 1 }; return n * fact(n-1) }\n"
	                  "//go:noinline\n"
	                  "func kept(x int) int { return x + 1 }\n"
	                  "func f(c *C, n int) int { c.add(n); return sum(n) + fact(n) + kept(n) }\n"
	                  "func main() { println(f(&C{}, 4)) }\n";
	char *opt = asm_of(src, "main.f");
	cr_assert(strstr(opt, "# inlined main.(*C).add, called at line 8"), "%s", opt);
	cr_assert(strstr(opt, "# inlined main.sum, called at line 8"), "a loop and a bare return:\n%s", opt);
	cr_assert(strstr(opt, "# LINE 3: func (c *C) add"), "the callee's lines:\n%s", opt);
	cr_assert_null(strstr(opt, "call main.C..ptr.add"), "%s", opt);
	cr_assert_null(strstr(opt, "call main.sum"), "%s", opt);
	cr_assert(strstr(opt, "call main.fact"), "a recursive function stays a call:\n%s", opt);
	cr_assert(strstr(opt, "call main.kept"), "//go:noinline:\n%s", opt);
	char *text = compile(src);
	cr_assert(strstr(text, "-main.f, 0, 3, 1\n"), "line 3 in the first inlined call:\n%s", text);
	cr_assert(strstr(text, ".quad .Linlname"), "the table of inlined calls:\n%s", text);
	ssa_options.no_opt = true;
	char *raw = asm_of(src, "main.f");
	ssa_options.no_opt = false;
	cr_assert(strstr(raw, "call main.C..ptr.add") && !strstr(raw, "# inlined"), "-N: no inlining:\n%s", raw);
}

// gc's costs: an if with a comparison of two fields through pointers
// and an assignment of one costs 13 (p.x is one node, b.min.x two):
// six of them (78) are within the budget of 80, seven (91) are not.
Test(ssa, inlines_within_gc_budget_of_80) {
	const char *src = "package main\n"
	                  "type V struct{ x, y, z int }\n"
	                  "type B struct{ min V }\n"
	                  "func (b *B) six(p *V) {\n"
	                  "\tif p.x < b.min.x { b.min.x = p.x }\n"
	                  "\tif p.y < b.min.y { b.min.y = p.y }\n"
	                  "\tif p.z < b.min.z { b.min.z = p.z }\n"
	                  "\tif p.x > b.min.x { b.min.x = p.x }\n"
	                  "\tif p.y > b.min.y { b.min.y = p.y }\n"
	                  "\tif p.z > b.min.z { b.min.z = p.z }\n"
	                  "}\n"
	                  "func (b *B) seven(p *V) {\n"
	                  "\tb.six(p)\n"
	                  "\tif p.x < b.min.x { b.min.x = p.x }\n"
	                  "}\n"
	                  "func f(b *B, p *V) { b.six(p); b.seven(p) }\n"
	                  "func main() { f(&B{}, &V{}) }\n";
	char *opt = asm_of(src, "main.f");
	cr_assert(strstr(opt, "# inlined main.(*B).six"), "%s", opt);
	cr_assert(strstr(opt, "call main.B..ptr.seven"), "cost 78 + 1 + 13 > 80:\n%s", opt);
}

// An empty body costs 0, which the cost cache once mistook for "being
// computed": the second call of nop stayed a call.
Test(ssa, inlines_an_empty_body_at_every_call) {
	const char *src = "package main\n"
	                  "func nop() {}\n"
	                  "func f() { nop(); nop() }\n"
	                  "func main() { f() }\n";
	char *opt = asm_of(src, "main.f");
	cr_assert_null(strstr(opt, "call main.nop"), "%s", opt);
}

Test(ssa, inlines_small_leaf_functions_unless_N) {
	const char *src = "package main\n"
	                  "func q(a, b int) int { return a / b }\n"
	                  "func addr(a int) int { return *(&a) }\n"
	                  "func f(x, y int) int { return q(x, y) + addr(x) }\n"
	                  "func main() { println(f(7, 2)) }\n";
	char *opt = asm_of(src, "main.f");
	cr_assert(strstr(opt, "# inlined main.q"), "%s", opt);
	cr_assert_null(strstr(opt, "call main.q"), "%s", opt);
	cr_assert(strstr(opt, "idiv"), "the division (and its check by the trap) stays:\n%s", opt);
	cr_assert(strstr(opt, "call main.addr"), "an address-taking callee stays a call:\n%s", opt);
	ssa_options.no_opt = true;
	char *raw = asm_of(src, "main.f");
	ssa_options.no_opt = false;
	cr_assert(strstr(raw, "call main.q") && !strstr(raw, "# inlined"), "-N: no inlining:\n%s", raw);
}

Test(ssa, struct_values_are_their_words) {
	const char *src = "package main\n"
	                  "type V struct{ x, y int; s string }\n"
	                  "func f(v V, k int) (V, int) { w := V{y: k, s: v.s}; w.x = v.y * 2; v.y++; return w, v.y }\n"
	                  "type N struct{ a int32; b int64 }\n"
	                  "func g(n N) int64 { return n.b }\n"
	                  "func main() { v, _ := f(V{}, 1); println(v.x, g(N{})) }\n";
	char *raw = ir_of(src, "main.f", true);
	cr_assert_not_null(raw);
	cr_assert(strstr(raw, "= Arg <i64> [1] {v.y}"), "v's second word:\n%s", raw);
	cr_assert(strstr(raw, "= Arg <ptr> [2] {v.s.ptr}") && strstr(raw, "= Arg <i64> [4] {k}"), "%s", raw);
	cr_assert_null(strstr(raw, "Load"), "no memory:\n%s", raw);
	cr_assert_null(strstr(raw, "Store"), "no memory:\n%s", raw);
	char *opt = ir_of(src, "main.f", false);
	cr_assert(strstr(opt, "Ret v"), "%s", opt);
	cr_assert_null(ir_of(src, "main.g", false), "a struct with padding stays with the tree walker");
}

Test(ssa, struct_objects_on_the_stack_are_frame_areas_without_nil_checks) {
	const char *src = "package main\n"
	                  "type V struct{ x, y int }\n"
	                  "var keep *V\n"
	                  "func f(a int) int { p := &V{a, 1}; q := new(V); q.y = p.x; keep = &V{x: a}; return p.y + q.y }\n"
	                  "func main() { println(f(2)) }\n";
	char *raw = ir_of(src, "main.f", true), *opt = ir_of(src, "main.f", false);
	cr_assert(strstr(raw, "= FrameAddr <ptr> [16]"), "&V{a, 1} and new(V) on the stack:\n%s", raw);
	cr_assert(strstr(raw, "NilCheck"), "-N keeps the checks:\n%s", raw);
	cr_assert(strstr(raw, "= RtCall <ptr> {runtime_new}"), "the escaping &V{x: a} on the heap:\n%s", raw);
	cr_assert_null(strstr(opt, "NilCheck"), "a frame area is never nil:\n%s", opt);
}

Test(ssa, fold_drops_nil_checks_of_frame_areas_and_symbols) {
	check_pass("func f\nb1:\n"
	           "  v1 = FrameAddr <ptr> [24]\n"
	           "  v2 = NilCheck <void> [8] v1\n"
	           "  v3 = Addr <ptr> {g}\n"
	           "  v4 = NilCheck <void> [0] v3\n"
	           "  v5 = Arg <ptr> [0] {p}\n"
	           "  v6 = NilCheck <void> [0] v5\n"
	           "  Ret\n",
	           ssa_fold, true,
	           "func f\nb1:\n"
	           "  v1 = FrameAddr <ptr> [24]\n"
	           "  v3 = Addr <ptr> {g}\n"
	           "  v5 = Arg <ptr> [0] {p}\n"
	           "  v6 = NilCheck <void> [0] v5\n"
	           "  Ret\n");
}

Test(ssa, ranges_drop_extensions_of_values_that_fit) {
	check_pass("func f\nb1:\n"
	           "  v1 = Arg <ptr> [0]\n"
	           "  v2 = Arg <i64> [1]\n"
	           "  v3 = Load <i8> [0] v1\n"
	           "  v4 = ZeroExt <i32> v3\n"           // a byte as uint32
	           "  v5 = ZeroExt <i32> v2\n"
	           "  v6 = Xor <i64> v5 v4\n"
	           "  v7 = ZeroExt <i32> v6\n"           // two uint32s' xor
	           "  v8 = Const <i64> [16777619]\n"
	           "  v9 = Mul <i64> v7 v8\n"
	           "  v10 = ZeroExt <i32> v9\n"          // a product may not fit
	           "  v11 = Const <i64> [127]\n"
	           "  v12 = And <i64> v2 v11\n"
	           "  v13 = SignExt <i8> v12\n"          // 0..127 as int8
	           "  v14 = Const <i64> [255]\n"
	           "  v15 = And <i64> v2 v14\n"
	           "  v16 = SignExt <i8> v15\n"          // 128..255 are negative int8s
	           "  Ret v10 v13 v16\n",
	           ssa_ranges, true,
	           "func f\nb1:\n"
	           "  v1 = Arg <ptr> [0]\n"
	           "  v2 = Arg <i64> [1]\n"
	           "  v3 = Load <i8> [0] v1\n"
	           "  v4 = Copy <i32> v3\n"
	           "  v5 = ZeroExt <i32> v2\n"
	           "  v6 = Xor <i64> v5 v4\n"
	           "  v7 = Copy <i32> v6\n"
	           "  v8 = Const <i64> [16777619]\n"
	           "  v9 = Mul <i64> v7 v8\n"
	           "  v10 = ZeroExt <i32> v9\n"
	           "  v11 = Const <i64> [127]\n"
	           "  v12 = And <i64> v2 v11\n"
	           "  v13 = Copy <i8> v12\n"
	           "  v14 = Const <i64> [255]\n"
	           "  v15 = And <i64> v2 v14\n"
	           "  v16 = SignExt <i8> v15\n"
	           "  Ret v10 v13 v16\n");
}

Test(ssa, ranges_bound_loop_phis_and_drop_checks_below_a_constant_length) {
	// h := uint32(...); for { h = uint32((h ^ b) * k) }: the phi of two
	// uint32s fits 32 bits; buf[i&7] of a [8]T cannot fail, buf[i&15] can.
	check_pass("func f\nb1:\n"
	           "  v1 = Arg <i64> [0]\n"
	           "  v2 = Const <i64> [2166136261]\n"
	           "  v3 = Const <i64> [7]\n"
	           "  v4 = Const <i64> [8]\n"
	           "  v5 = Const <i64> [15]\n"
	           "  Plain -> b2\n"
	           "b2: <- b1 b2\n"
	           "  v6 = Phi <i64> v2 v9\n"
	           "  v7 = Xor <i64> v6 v3\n"
	           "  v8 = Mul <i64> v7 v4\n"
	           "  v9 = ZeroExt <i32> v8\n"
	           "  v10 = ZeroExt <i32> v6\n"
	           "  v11 = And <i64> v1 v3\n"
	           "  v12 = IndexCheck <void> [0] v11 v4\n"
	           "  v13 = And <i64> v1 v5\n"
	           "  v14 = IndexCheck <void> [0] v13 v4\n"
	           "  If v10 -> b2 b3\n"
	           "b3: <- b2\n"
	           "  Ret\n",
	           ssa_ranges, true,
	           "func f\nb1:\n"
	           "  v1 = Arg <i64> [0]\n"
	           "  v2 = Const <i64> [2166136261]\n"
	           "  v3 = Const <i64> [7]\n"
	           "  v4 = Const <i64> [8]\n"
	           "  v5 = Const <i64> [15]\n"
	           "  Plain -> b2\n"
	           "b2: <- b1 b2\n"
	           "  v6 = Phi <i64> v2 v9\n"
	           "  v7 = Xor <i64> v6 v3\n"
	           "  v8 = Mul <i64> v7 v4\n"
	           "  v9 = ZeroExt <i32> v8\n"
	           "  v10 = Copy <i32> v6\n"
	           "  v11 = And <i64> v1 v3\n"
	           "  v13 = And <i64> v1 v5\n"
	           "  v14 = IndexCheck <void> [0] v13 v4\n"
	           "  If v10 -> b2 b3\n"
	           "b3: <- b2\n"
	           "  Ret\n");
}

Test(ssa, ranges_take_a_masked_shift_count_mod_64_and_fold_respects_it) {
	check_pass("func f\nb1:\n"
	           "  v1 = Arg <i64> [0]\n"
	           "  v2 = Arg <i64> [1]\n"
	           "  v3 = Const <i64> [63]\n"
	           "  v4 = And <i64> v2 v3\n"
	           "  v5 = Lsh <i64> v1 v4\n"
	           "  v6 = Const <i64> [127]\n"
	           "  v7 = And <i64> v2 v6\n"
	           "  v8 = RshU <i64> v1 v7\n"  // y & 127 may be 64 or more: all bits out
	           "  Ret v5 v8\n",
	           ssa_ranges, true,
	           "func f\nb1:\n"
	           "  v1 = Arg <i64> [0]\n"
	           "  v2 = Arg <i64> [1]\n"
	           "  v3 = Const <i64> [63]\n"
	           "  v4 = And <i64> v2 v3\n"
	           "  v5 = Lsh <i64> [1] v1 v2\n"
	           "  v6 = Const <i64> [127]\n"
	           "  v7 = And <i64> v2 v6\n"
	           "  v8 = RshU <i64> v1 v7\n"
	           "  Ret v5 v8\n");
	check_pass("func f\nb1:\n"
	           "  v1 = Const <i64> [3]\n"
	           "  v2 = Const <i64> [65]\n"
	           "  v3 = Lsh <i64> [1] v1 v2\n"
	           "  v4 = Lsh <i64> v1 v2\n"
	           "  Ret v3 v4\n",
	           ssa_fold, true,
	           "func f\nb1:\n"
	           "  v1 = Const <i64> [3]\n"
	           "  v2 = Const <i64> [65]\n"
	           "  v3 = Const <i64> [6]\n"
	           "  v4 = Const <i64> [0]\n"
	           "  Ret v3 v4\n");
}

Test(ssa, bitset_selects_bts_for_x_or_one_shifted_by_a_small_count) {
	check_pass("func f\nb1:\n"
	           "  v1 = Arg <i64> [0]\n"
	           "  v2 = Arg <i64> [1]\n"
	           "  v3 = Const <i64> [1]\n"
	           "  v4 = Lsh <i64> [1] v3 v2\n"
	           "  v5 = Or <i64> v4 v1\n"     // 1<<(y mod 64) | x
	           "  v6 = Lsh <i64> v3 v2\n"
	           "  v7 = Or <i64> v1 v6\n"     // y may be 64 or more: x | 0
	           "  v8 = Const <i64> [31]\n"
	           "  v9 = And <i64> v2 v8\n"
	           "  v10 = Lsh <i64> v3 v9\n"
	           "  v11 = Or <i64> v1 v10\n"   // below 64
	           "  Ret v5 v7 v11\n",
	           ssa_bitset, true,
	           "func f\nb1:\n"
	           "  v1 = Arg <i64> [0]\n"
	           "  v2 = Arg <i64> [1]\n"
	           "  v3 = Const <i64> [1]\n"
	           "  v4 = Lsh <i64> [1] v3 v2\n"
	           "  v5 = BitSet <i64> v1 v2\n"
	           "  v6 = Lsh <i64> v3 v2\n"
	           "  v7 = Or <i64> v1 v6\n"
	           "  v8 = Const <i64> [31]\n"
	           "  v9 = And <i64> v2 v8\n"
	           "  v10 = Lsh <i64> v3 v9\n"
	           "  v11 = BitSet <i64> v1 v9\n"
	           "  Ret v5 v7 v11\n");
}

// The emission order of loop_ir's function: its ids.
static char *emit_order(bool no_opt) {
	SsaFunc *f = parse(loop_ir(0));
	Block **order;
	int n;
	ssa_options.no_opt = no_opt;
	ssa_emit_order(f, &order, &n);
	ssa_options.no_opt = false;
	char *s = xstrdup("");
	for (int i = 0; i < n; i++)
		s = xasprintf("%s b%d", s, order[i]->id);
	free(order);
	ssa_free_func(f);
	return s;
}

Test(ssa, loops_are_emitted_with_their_test_at_the_bottom_unless_N) {
	cr_assert_str_eq(emit_order(false), " b1 b3 b2 b4");  // b3 falls into the test, which jumps back
	cr_assert_str_eq(emit_order(true), " b1 b2 b3 b4");
}

Test(ssa, narrow_computes_uint32_products_in_32_bits) {
	check_pass("func f\nb1:\n"
	           "  v1 = Arg <i64> [0]\n"
	           "  v2 = Const <i64> [16777619]\n"
	           "  v3 = Mul <i64> v1 v2\n"
	           "  v4 = ZeroExt <i32> v3\n"   // uint32(x * k): one use
	           "  v5 = Add <i64> v1 v2\n"
	           "  v6 = ZeroExt <i32> v5\n"   // x + k is read again below
	           "  v7 = Const <i64> [40]\n"
	           "  v8 = Lsh <i64> v1 v7\n"
	           "  v9 = ZeroExt <i32> v8\n"   // a 32-bit shl would take 40 mod 32
	           "  Ret v4 v6 v5 v9\n",
	           ssa_narrow, true,
	           "func f\nb1:\n"
	           "  v1 = Arg <i64> [0]\n"
	           "  v2 = Const <i64> [16777619]\n"
	           "  v3 = Mul <i32> v1 v2\n"
	           "  v4 = Copy <i32> v3\n"
	           "  v5 = Add <i64> v1 v2\n"
	           "  v6 = ZeroExt <i32> v5\n"
	           "  v7 = Const <i64> [40]\n"
	           "  v8 = Lsh <i64> v1 v7\n"
	           "  v9 = ZeroExt <i32> v8\n"
	           "  Ret v4 v6 v5 v9\n");
	check_pass("func f\nb1:\n"
	           "  v1 = Const <i64> [4294967295]\n"
	           "  v2 = Const <i64> [3]\n"
	           "  v3 = Mul <i32> v1 v2\n"
	           "  Ret v3\n",
	           ssa_fold, true,
	           "func f\nb1:\n"
	           "  v1 = Const <i64> [4294967295]\n"
	           "  v2 = Const <i64> [3]\n"
	           "  v3 = Const <i32> [4294967293]\n"
	           "  Ret v3\n");
}

Test(ssa, address_taken_struct_locals_and_elements_are_memory) {
	const char *src = "package main\n"
	                  "type V struct{ x, y int }\n"
	                  "func (v *V) inc() { v.y++ }\n"
	                  "var g V\n"
	                  "func f(s []V) int { var b V; b.inc(); s[1].x = b.y; g.y = 3; p := &s[0].y; return *p + b.y }\n"
	                  "func main() { println(f(make([]V, 2))) }\n";
	char *raw = ir_of(src, "main.f", true);
	cr_assert_not_null(raw);
	cr_assert(strstr(raw, "= FrameAddr <ptr> [16] (b)"), "b in a frame area:\n%s", raw);
	cr_assert(strstr(raw, "= Call <void> [0] {main.V..ptr.inc} v"), "&b to the method:\n%s", raw);
	cr_assert(strstr(raw, "= Addr <ptr> {main.g}"), "g.y at g's symbol:\n%s", raw);
	cr_assert(strstr(raw, "= IndexCheck"), "s[1] and s[0] checked:\n%s", raw);
	cr_assert(strstr(raw, "= NilCheck <void> [0]"), "*p of the pointer variable p:\n%s", raw);
	cr_assert_null(strstr(raw, "NilCheck <void> [8]"), "elements and locals are never nil:\n%s", raw);
}

Test(ssa, an_element_address_used_as_a_value_is_computed_not_fused) {
	const char *src = "package main\n"
	                  "type V struct{ y int }\n"
	                  "func (v *V) inc() { v.y++ }\n"
	                  "func f(s []V, t []V, i int) int { s[i].inc(); return t[i].y }\n"
	                  "func main() { println(f(make([]V, 2), make([]V, 2), 1)) }\n";
	char *f = asm_of(src, "main.f");
	cr_assert(strstr(f, "imul $8, "), "&s[i] computed for the call:\n%s", f);
	cr_assert(strstr(f, ",8), %"), "t[i].y still one addressing mode:\n%s", f);
}

Test(ssa, promote_turns_private_frame_areas_into_values) {
	// v2's words: stored, reloaded after a branch that changes one (a
	// phi); v12 goes to a call, so it stays memory.
	check_pass("func f\nb1:\n"
	           "  v1 = Arg <i64> [0] {x}\n"
	           "  v2 = FrameAddr <ptr> [16]\n"
	           "  v3 = Store <i64> [0] v2 v1\n"
	           "  v4 = Const <i64> [5]\n"
	           "  v5 = Store <i64> [8] v2 v4\n"
	           "  If v1 -> b2 b3\n"
	           "b2: <- b1\n"
	           "  v6 = NilCheck <void> [0] v2\n"
	           "  v7 = Load <i64> [0] v2\n"
	           "  v8 = Add <i64> v7 v7\n"
	           "  v9 = Store <i64> [0] v2 v8\n"
	           "  Plain -> b3\n"
	           "b3: <- b1 b2\n"
	           "  v10 = Load <i64> [0] v2\n"
	           "  v11 = Load <i64> [8] v2\n"
	           "  v12 = FrameAddr <ptr> [8]\n"
	           "  v13 = Store <i64> [0] v12 v1\n"
	           "  v14 = Call <void> [0] {g} v12\n"
	           "  v15 = Load <i64> [0] v12\n"
	           "  Ret v10 v11 v15\n",
	           ssa_promote, true,
	           "func f\nb1:\n"
	           "  v1 = Arg <i64> [0] {x}\n"
	           "  v2 = FrameAddr <ptr> [16]\n"
	           "  v4 = Const <i64> [5]\n"
	           "  If v1 -> b2 b3\n"
	           "b2: <- b1\n"
	           "  v7 = Copy <i64> v1\n"
	           "  v8 = Add <i64> v7 v7\n"
	           "  Plain -> b3\n"
	           "b3: <- b1 b2\n"
	           "  v16 = Phi <i64> v1 v8\n"
	           "  v17 = Copy <i64> v4\n"
	           "  v10 = Copy <i64> v16\n"
	           "  v11 = Copy <i64> v17\n"
	           "  v12 = FrameAddr <ptr> [8]\n"
	           "  v13 = Store <i64> [0] v12 v1\n"
	           "  v14 = Call <void> [0] {g} v12\n"
	           "  v15 = Load <i64> [0] v12\n"
	           "  Ret v10 v11 v15\n");
}

Test(ssa, promote_follows_loops_and_keeps_mixed_or_escaping_areas) {
	// A word stored before a loop and in it: a phi at the header. v20 is
	// read as an i32 too and v30 is stored into memory: both stay.
	check_pass("func f\nb1:\n"
	           "  v1 = Arg <i64> [0] {n}\n"
	           "  v2 = FrameAddr <ptr> [8]\n"
	           "  v3 = Const <i64> [0]\n"
	           "  v4 = Store <i64> [0] v2 v3\n"
	           "  v20 = FrameAddr <ptr> [8]\n"
	           "  v21 = Store <i64> [0] v20 v1\n"
	           "  v22 = Load <i32> [4] v20\n"
	           "  v30 = FrameAddr <ptr> [8]\n"
	           "  v40 = Arg <ptr> [1] {p}\n"
	           "  v31 = Store <ptr> [0] v40 v30\n"
	           "  Plain -> b2\n"
	           "b2: <- b1 b3\n"
	           "  v5 = Load <i64> [0] v2\n"
	           "  v6 = Less <i8> v5 v1\n"
	           "  If v6 -> b3 b4\n"
	           "b3: <- b2\n"
	           "  v7 = Const <i64> [1]\n"
	           "  v8 = Add <i64> v5 v7\n"
	           "  v9 = Store <i64> [0] v2 v8\n"
	           "  Plain -> b2\n"
	           "b4: <- b2\n"
	           "  Ret v5 v22\n",
	           ssa_promote, true,
	           "func f\nb1:\n"
	           "  v1 = Arg <i64> [0] {n}\n"
	           "  v2 = FrameAddr <ptr> [8]\n"
	           "  v3 = Const <i64> [0]\n"
	           "  v20 = FrameAddr <ptr> [8]\n"
	           "  v21 = Store <i64> [0] v20 v1\n"
	           "  v22 = Load <i32> [4] v20\n"
	           "  v30 = FrameAddr <ptr> [8]\n"
	           "  v40 = Arg <ptr> [1] {p}\n"
	           "  v31 = Store <ptr> [0] v40 v30\n"
	           "  Plain -> b2\n"
	           "b2: <- b1 b3\n"
	           "  v41 = Phi <i64> v3 v8\n"
	           "  v5 = Copy <i64> v41\n"
	           "  v6 = Less <i8> v5 v1\n"
	           "  If v6 -> b3 b4\n"
	           "b3: <- b2\n"
	           "  v7 = Const <i64> [1]\n"
	           "  v8 = Add <i64> v5 v7\n"
	           "  Plain -> b2\n"
	           "b4: <- b2\n"
	           "  Ret v5 v22\n");
}

Test(ssa, frame_map_shows_stack_objects_and_promoted_ones) {
	const char *src = "package main\n"
	                  "type V struct{ x, y int }\n"
	                  "//go:noinline\n"  // p goes to a call
	                  "func (v *V) inc() { v.y++ }\n"
	                  "func f(a int) int { p := &V{a, 1}; p.inc(); q := new(V); q.x = a; return p.y + q.x }\n"
	                  "func main() { println(f(2)) }\n";
	char *f = asm_of(src, "main.f");
	cr_assert(strstr(f, "#   p *V                 &-"), "p points into the frame:\n%s", f);
	cr_assert(strstr(f, "#   q *V                 (its object's words promoted to values)"), "%s", f);
	cr_assert(strstr(f, "16  p (FrameAddr"), "p's object has a slot:\n%s", f);
	cr_assert_null(strstr(f, "q (FrameAddr"), "q's takes no room:\n%s", f);
}

Test(ssa, fold_zeroes_x_minus_x_and_x_xor_x) {
	check_pass("func f\nb1:\n"
	           "  v1 = Arg <i64> [0]\n"
	           "  v2 = Sub <i64> v1 v1\n"   // copy(s, s)'s len(dst) - len(src)
	           "  v3 = Copy <i64> v1\n"
	           "  v4 = Xor <i64> v3 v1\n"
	           "  v5 = Sub <i64> v4 v1\n"
	           "  Ret v2 v4 v5\n",
	           ssa_fold, true,
	           "func f\nb1:\n"
	           "  v1 = Arg <i64> [0]\n"
	           "  v2 = Const <i64> [0]\n"
	           "  v3 = Copy <i64> v1\n"
	           "  v4 = Const <i64> [0]\n"
	           "  v5 = Sub <i64> v4 v1\n"
	           "  Ret v2 v4 v5\n");
}

#!/usr/bin/env bash
# gen_big.sh - writes one large Go program to stdout, for measuring compile
# time and memory against input size (tests/bench_compile.sh) and for the
# deep-nesting test of `make test` (tests/big_inputs.sh).
#
#   tests/gen_big.sh KIND N
#
# KIND:
#   locals  one function declaring N locals, each used by the next
#   funcs   N small functions, each calling the previous one
#   file    N functions of about 90 bytes (N=111000 is a 10 MB file): loops,
#           calls, and a package-level variable per 16 functions
#   parens  an expression nested in N parentheses
#   blocks  N nested blocks { { ... } } with a local in the innermost
# Every program prints a value that depends on all of its code, so a wrong
# compilation shows in its output.
set -eu
kind=$1
n=$2

case $kind in
locals)
	awk -v n="$n" 'BEGIN {
		print "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tx0 := 1"
		for (i = 1; i < n; i++)
			printf "\tx%d := x%d + %d\n", i, i - 1, i % 7
		printf "\tfmt.Println(x%d)\n}\n", n - 1
	}'
	;;
funcs)
	awk -v n="$n" 'BEGIN {
		print "package main\n\nimport \"fmt\"\n\nfunc f0(a int) int { return a }"
		for (i = 1; i < n; i++)
			printf "func f%d(a int) int { return f%d(a+%d) ^ %d }\n", i, i - 1, i % 5, i % 3
		printf "func main() { fmt.Println(f%d(1)) }\n", n - 1
	}'
	;;
file)
	awk -v n="$n" 'BEGIN {
		print "package main\n\nimport \"fmt\"\n\nfunc fn0(a, b int) int { return a + b }"
		for (i = 1; i < n; i++) {
			if (i % 16 == 0)
				printf "var g%d = fn%d(%d, 1)\n", i, i - 1, i % 100
			printf "func fn%d(a, b int) int {\n\tfor a > %d {\n\t\ta -= 7\n\t}\n\treturn fn%d(b&1023, a) + %d\n}\n", i, i % 10, i - 1, i % 9
		}
		printf "func main() { fmt.Println(fn%d(7, 3)) }\n", n - 1
	}'
	;;
parens | blocks)
	# main declares x = 3, then the statement is x inside N parentheses
	# (assigned to y) or x++ inside N blocks; it prints y or x
	awk -v n="$n" -v kind="$kind" 'BEGIN {
		parens = kind == "parens"
		printf "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tx := 3\n\t%s", parens ? "y := " : ""
		for (i = 0; i < n; i++) printf parens ? "(" : "{"
		printf parens ? "x" : "x++"
		for (i = 0; i < n; i++) printf parens ? ")" : "}"
		printf "\n\tfmt.Println(%s)\n}\n", parens ? "y" : "x"
	}'
	;;
*)
	echo "gen_big.sh: unknown kind $kind" >&2
	exit 2
	;;
esac

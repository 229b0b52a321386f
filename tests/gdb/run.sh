#!/bin/sh
# run.sh - what gdb sees of a goscape program, on both back ends (the tree
# walker and the SSA back end, optimised and with -N): gdb skips each
# function's prologue (codegen/dwarf.c's subprograms), so `break main.f`
# stops on f's first line with code, never in the previous function; `bt`
# names the Go functions and lines; `info args`, `info locals`, `print` of
# a local, of a pointer's target, of a variable moved to the heap and of a
# package variable, and `ptype` read codegen/dwarf.c's variables and types; a
# parameter kept in a register on one path and stored on another (recur.go);
# struct parameters and locals split into words, and a struct local in a
# frame area (structs.go). Skipped, saying so,
# when gdb is not installed (tests/install_deps.sh installs it).
#
#   tests/gdb/run.sh [path/to/goscape]
set -u
. "$(dirname "$0")/../lib.sh"
runner_setup "$0" "$@"
if ! command -v gdb >/dev/null 2>&1; then
	echo "gdb tests: SKIPPED: gdb is not installed (Debian package gdb; tests/install_deps.sh)"
	exit 0
fi
cp "$here"/sum.go "$here"/vars.go "$here"/recur.go "$here"/structs.go "$tmp"/
cd "$tmp" || exit 1
: >empty  # stdin (not /dev/null: see run_built_case in lib.sh)

ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL $*"; }

# has MODE TEXT: gdb's output (out) has the line TEXT.
has() {
	if grep -qxF -- "$2" out; then ok; else bad "$1: gdb output lacks: $2"; echo "--- gdb output:"; cat out; fi
}
# matches MODE REGEX: gdb's output has a line matching the extended REGEX.
matches() {
	if grep -qxE -- "$2" out; then ok; else bad "$1: gdb output has no line like: $2"; echo "--- gdb output:"; cat out; fi
}

addr='0x[0-9a-f]+'
for mode in "" -N; do
	m=${mode:+ $mode}
	if ! "$goscape" build $mode -o sum sum.go >err 2>&1 || ! "$goscape" build $mode -o vars vars.go >err 2>&1 ||
		! "$goscape" build $mode -o recur recur.go >err 2>&1 || ! "$goscape" build $mode -o structs structs.go >err 2>&1; then
		bad "build$m: $(head -n 2 err)"
		continue
	fi
	# sum (SSA): its first line (total := 0) is a constant without code.
	timeout 60 gdb -batch -nx -ex 'break main.sum' -ex run -ex bt -ex next <empty >out 2>&1 ./sum
	has "break$m" "Breakpoint 1, main.sum (xs=...) at sum.go:14"
	has "bt$m" "#0  main.sum (xs=...) at sum.go:14"
	matches "bt$m" "#1  $addr in main\.main \(\) at sum\.go:22"
	has "next$m" "15			total += x"

	# walk (tree walker): arguments, locals, a pointer's target, a
	# variable moved to the heap, a struct type.
	timeout 60 gdb -batch -nx -ex 'break main.walk' -ex run -ex 'info args' \
		-ex next -ex next -ex next -ex next -ex 'info locals' -ex 'print *p' -ex 'print n' -ex 'print q.x' -ex 'print *main.keep' \
		-ex 'ptype p' -ex bt <empty >out 2>&1 ./vars
	matches "break walk$m" "Breakpoint 1, main\.walk \(p=$addr, dx=3\) at vars\.go:15"
	matches "info args walk$m" "p = $addr"
	has "info args walk$m" "dx = 3"
	matches "info locals walk$m" "q = \{x = 4, y = 2, name = $addr \"pt\"\}"
	has "info locals walk (n, moved to heap)$m" "n = 8"
	matches "print *p$m" "\\\$1 = \{x = 1, y = 2, name = $addr \"pt\"\}"
	has "print n$m" "\$2 = 8"
	has "print q.x$m" "\$3 = 4"
	has "print *main.keep (a package variable)$m" "\$4 = 8"
	has "ptype p$m" "type = struct main.point {"
	has "ptype p$m" "    string name;"
	matches "bt walk$m" "#0  main\.walk \(p=$addr, dx=3\) at vars\.go:19"
	matches "bt walk$m" "#1  $addr in main\.main \(\) at vars\.go:42"

	# scaled (SSA): arguments in their incoming slots, locals in registers
	# where their values live (location lists), nowhere before assignment.
	timeout 60 gdb -batch -nx -ex 'break main.scaled' -ex run -ex 'info args' -ex 'print xs.array[2]' \
		-ex 'print x' -ex next -ex next -ex 'print x' -ex 'info locals' -ex 'ptype xs' -ex bt <empty >out 2>&1 ./vars
	has "break scaled$m" "Breakpoint 1, main.scaled (xs=..., k=2) at vars.go:28"
	matches "info args scaled$m" "xs = \{array = $addr, len = 3, cap = 3\}"
	has "info args scaled$m" "k = 2"
	has "print xs.array[2]$m" "\$1 = 3"
	has "print x before its assignment$m" "\$2 = <optimized out>"
	has "print x$m" "\$3 = 1"
	has "info locals scaled$m" "x = 1"
	has "info locals scaled$m" "total = 6"
	has "ptype xs$m" "type = struct []int {"
	matches "bt scaled$m" "#1  $addr in main\.both \(xs=\.\.\., k=2\) at vars\.go:38"
	matches "bt scaled$m" "#2  $addr in main\.main \(\) at vars\.go:44"

	# fib (SSA): a parameter in its register where the base case stops,
	# in its incoming word in every caller's frame.
	timeout 60 gdb -batch -nx -ex 'break main.fib if n == 1' -ex run -ex 'info args' -ex 'bt 3' <empty >out 2>&1 ./recur
	has "break fib$m" "n = 1"
	matches "bt fib$m" "#1  $addr in main\.fib \(n=2\) at recur\.go:12"
	matches "bt fib$m" "#2  $addr in main\.fib \(n=3\) at recur\.go:12"

	# span (SSA): a struct parameter and a struct local, a piece per word
	# in registers or slots; s, whose address its methods take, in its
	# frame area.
	timeout 60 gdb -batch -nx -ex 'break main.span' -ex run -ex 'info args' -ex next -ex next -ex 'print w' \
		-ex next -ex next -ex 'print s' -ex 'print s.to.y' <empty >out 2>&1 ./structs
	has "info args span$m" "d = {x = 2, y = 3}"
	has "info args span$m" "k = 4"
	has "print w$m" "\$1 = {x = 8, y = 12}"
	has "print s$m" "\$2 = {from = {x = 10, y = 0}, to = {x = 0, y = 15}}"
	has "print s.to.y$m" "\$3 = 15"
done

runner_done "gdb tests"

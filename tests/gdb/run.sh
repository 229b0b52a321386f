#!/bin/sh
# run.sh - what gdb sees of a goscape program (both back ends: optimised
# and -N): `break main.sum` stops in main.sum on its func line (the
# prologue's .loc), `bt` names the Go caller and its line, and `next`
# reaches the first statement that has code. Skipped, saying so, when gdb
# is not installed (tests/install_deps.sh installs it).
#
#   tests/gdb/run.sh [path/to/goscape]
set -u
. "$(dirname "$0")/../lib.sh"
runner_setup "$0" "$@"
if ! command -v gdb >/dev/null 2>&1; then
	echo "gdb tests: SKIPPED: gdb is not installed (Debian package gdb; tests/install_deps.sh)"
	exit 0
fi
cp "$here"/sum.go "$tmp"/
cd "$tmp" || exit 1
: >empty  # stdin (not /dev/null: see run_built_case in lib.sh)

ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL $*"; }

# has MODE TEXT: gdb's output (out) has the line TEXT.
has() {
	if grep -qxF -- "$2" out; then ok; else bad "$1: gdb output lacks: $2"; echo "--- gdb output:"; cat out; fi
}

for mode in "" -N; do
	if ! "$goscape" build $mode -o sum sum.go >err 2>&1; then
		bad "build $mode: $(head -n 2 err)"
		continue
	fi
	timeout 60 gdb -batch -nx -ex 'break main.sum' -ex run -ex bt -ex next <empty >out 2>&1 ./sum
	has "break${mode:+ $mode}" "Breakpoint 1, main.sum () at sum.go:12"
	has "bt${mode:+ $mode}" "#0  main.sum () at sum.go:12"
	grep -qE '^#1  0x[0-9a-f]+ in main\.main \(\) at sum\.go:22$' out && ok || bad "bt${mode:+ $mode}: no caller frame main.main at sum.go:22"
	has "next${mode:+ $mode}" "14		for _, x := range xs {"
done

runner_done "gdb tests"

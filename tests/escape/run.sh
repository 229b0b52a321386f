#!/bin/sh
# run.sh - golden tests of escape analysis: for every NAME.go here,
# `goscape compile -m NAME.go` must print exactly NAME.m (Go 1.19's
# `go tool compile -m -l` output, in Go's order), and when NAME.m2 exists
# `-m=2` must print exactly NAME.m2. Regenerate expectations with gen.sh.
#
#   tests/escape/run.sh [path/to/goscape] [NAME...]
set -u
. "$(dirname "$0")/../lib.sh"
runner_setup "$0" "$@"
[ $# -gt 0 ] && shift

# check NAME LEVEL EXPECTED: compares the diagnostics of one run.
check() {
	(cd "$here" && "$goscape" compile "-m=$2" -o "$tmp/out.s" "$1.go" 2>&1 >/dev/null) |
		grep "^$1\.go:" | grep -v "not yet supported by codegen" > "$tmp/got" || true
	grep "^$1\.go:" "$here/$3" > "$tmp/want" || true
	if cmp -s "$tmp/got" "$tmp/want"; then
		pass=$((pass + 1))
	else
		fail=$((fail + 1))
		echo "FAIL $1 (-m=$2)"
		diff "$tmp/want" "$tmp/got" | head -20
	fi
}

for n in $(runner_cases "$@"); do
	check "$n" 1 "$n.m"
	[ -f "$here/$n.m2" ] && check "$n" 2 "$n.m2"
done
runner_done "escape golden tests"

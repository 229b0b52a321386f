#!/bin/sh
# run.sh - traceback tests: every NAME.go here dies (panic, fault or
# deadlock); built with goscape and run, the frames of its stderr after the
# first paragraph, normalised by frames.awk, must equal NAME.trace (Go
# 1.19's, written by gen.sh): the same goroutines, function names and
# file:line in the same order.
#
#   tests/traceback/run.sh [path/to/goscape] [NAME...]
set -u
. "$(dirname "$0")/../lib.sh"
runner_setup "$0" "$@"
[ $# -gt 0 ] && shift
for n in $(runner_cases "$@"); do
	if ! (cd "$here" && "$goscape" build -o "$tmp/$n" "$n.go") 2>"$tmp/build.err"; then
		fail=$((fail + 1))
		echo "FAIL $n: build failed: $(head -n 1 "$tmp/build.err")"
		continue
	fi
	timeout 10 "$tmp/$n" </dev/null >/dev/null 2>"$tmp/stderr"
	awk -f "$here/frames.awk" "$tmp/stderr" >"$tmp/got"
	if [ -s "$tmp/got" ] && cmp -s "$here/$n.trace" "$tmp/got"; then
		pass=$((pass + 1))
	else
		fail=$((fail + 1))
		echo "FAIL $n"
		diff "$here/$n.trace" "$tmp/got" | head -20
	fi
done
runner_done "traceback tests"

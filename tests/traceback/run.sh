#!/bin/sh
# run.sh - traceback tests: every NAME.go here dies (panic, fault or
# deadlock); built with goscape and run, the frames of its stderr after the
# first paragraph, normalised by frames.awk, must equal NAME.trace (Go
# 1.19's, written by gen.sh): the same goroutines, function names and
# file:line in the same order.
#
#   tests/traceback/run.sh [path/to/goscape] [NAME...]
set -u
here=$(cd "$(dirname "$0")" && pwd)
goscape=${1:-./goscape}
case $goscape in /*) ;; *) goscape=$(pwd)/$goscape ;; esac
[ $# -gt 0 ] && shift
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0
fail=0
names=${*:-$(cd "$here" && ls *.go | sed 's/\.go$//')}
for n in $names; do
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
echo "traceback tests: $pass passed, $fail failed"
[ "$fail" -eq 0 ]

#!/bin/bash
# ssa_coverage.sh - how much of a set of programs the SSA back end
# compiles (issue 11: one back end), and why the rest is the tree
# walker's. For each FILE.go (or each *.go under DIR, each a program) it reads `goscape asm`'s
# function headers in the main package: "# registers (SSA back end):" for
# an SSA function, "# stack back end: WHY at LINE:COL not yet in SSA"
# (ssa/why.c) for the others. Prints the share, then the reasons by count.
#   tests/ssa_coverage.sh [-c ./goscape] [-v] FILE.go|DIR...
# -v also lists each reason's places (file:line:col).
# Files that do not compile are skipped and counted.
set -u -o pipefail
GOSCAPE=./goscape
VERBOSE=0
while [ $# -gt 0 ]; do
	case "$1" in
	-c) GOSCAPE=$2; shift 2 ;;
	-v) VERBOSE=1; shift ;;
	*) break ;;
	esac
done
[ $# -gt 0 ] || { echo "usage: $0 [-c GOSCAPE] [-v] FILE.go|DIR..." >&2; exit 2; }

out=$(mktemp)
trap 'rm -f "$out"' EXIT
skipped=0
for f in $(find "$@" -name '*.go' | sort); do
	# a package section starts "# ==== package P ====" when the program
	# imports others; without imports everything is package main
	if ! "$GOSCAPE" asm "$f" 2>/dev/null | awk -v file="$f" '
		/^# ==== package / { pkg = $4; next }
		pkg != "" && pkg != "main" { next }
		/^# registers \(SSA back end\):/ { print "SSA" }
		/^# stack back end: / {
			why = substr($0, 19); sub(/ not yet in SSA$/, "", why)
			at = why; sub(/ at [0-9]+:[0-9]+$/, "", why); sub(/.* at /, "", at)
			print "STACK\t" why "\t" file ":" at
		}' >>"$out"; then
		skipped=$((skipped + 1))
	fi
done

ssa=$(grep -c '^SSA$' "$out")
stack=$(grep -c '^STACK' "$out")
total=$((ssa + stack))
if [ "$total" -gt 0 ]; then pct=$((100 * ssa / total)); else pct=0; fi
echo "SSA back end: $ssa of $total functions ($pct%); stack back end: $stack"
[ "$skipped" -eq 0 ] || echo "($skipped files did not compile)"
grep '^STACK' "$out" | cut -f2 | sort | uniq -c | sort -rn
if [ "$VERBOSE" -eq 1 ]; then
	echo
	grep '^STACK' "$out" | cut -f2,3 | sort
fi

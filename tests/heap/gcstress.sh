#!/usr/bin/env bash
# gcstress.sh - runs end-to-end programs built by goscape under the GC's
# debug modes and checks that their output does not change:
#   GOSCAPE_DEBUG=gcstress=1     a full collection at every allocation
#   GOSCAPE_DEBUG=checkescape=1  no typed heap slot may point into the stack
#   GOGC=1                       a collection almost every allocation, cheaply
#
#   tests/heap/gcstress.sh [GOSCAPE] [DIR|FILE.go ...]   (default: ./goscape tests/e2e)
#   MODES="GOGC=1 GOSCAPE_DEBUG=gcstress=100" tests/heap/gcstress.sh ./goscape tests/heap
#     (the gc_*.go programs here allocate millions of objects: gcstress=1 takes too long)
# bench_*.go programs are skipped.
# A case passes when stdout, the exit code and stderr's first paragraph
# match NAME.stdout, NAME.exit and NAME.stderr (0x... masked as 0xADDR).
set -u
cd "$(dirname "$0")/../.." || exit 1
. tests/lib.sh
goscape=$(realpath "${1:-./goscape}")
shift $(( $# > 0 ? 1 : 0 ))
[ $# -gt 0 ] || set -- tests/e2e
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
read -r -a modes <<<"${MODES:-GOSCAPE_DEBUG=gcstress=1 GOSCAPE_DEBUG=checkescape=1,gcstress=1 GOGC=1}"

# Runs the program with environment setting $1 (may be empty); true when
# its output matches the expected files.
matches() {
	env $1 timeout 120 "$tmp/prog" </dev/null >"$tmp/out" 2>"$tmp/err"
	code=$?
	normalise <"$tmp/out" >"$tmp/out.n"
	if [ "$code" -eq 0 ]; then normalise <"$tmp/err"; else normalise <"$tmp/err" | first_paragraph; fi >"$tmp/err.n"
	[ "$code" = "$(cat "$stem.exit")" ] && cmp -s "$tmp/out.n" "$stem.stdout" && cmp -s "$tmp/err.n" "$stem.stderr"
}

pass=0 fail=0 skip=0
for src in $(list_cases "$@"); do
	stem=${src%.go}
	if is_error_case "$src" || [ ! -f "$stem.stdout" ] || [[ $(basename "$src") == bench_* ]]; then
		continue
	fi
	# Cases goscape cannot build or gets wrong anyway are not the collector's business.
	if ! "$goscape" build -o "$tmp/prog" "$src" >"$tmp/build" 2>&1 || ! matches ""; then
		skip=$((skip + 1))
		continue
	fi
	for mode in "${modes[@]}"; do
		if matches "$mode"; then
			pass=$((pass + 1))
		else
			fail=$((fail + 1))
			echo "FAIL $src under $mode (exit $code, want $(cat "$stem.exit"))"
			diff <(cat "$stem.stdout" "$stem.stderr") <(cat "$tmp/out.n" "$tmp/err.n") | head -5 | sed 's/^/    /'
		fi
	done
done
echo "gcstress: $pass passed, $fail failed; $skip cases skipped (not built, or wrong without stress)"
[ "$fail" -eq 0 ]

#!/usr/bin/env bash
# truncate_fuzz.sh - the compiler must survive any prefix of a valid program.
#
#   tests/truncate_fuzz.sh GOSCAPE
#
# Every .go file of tests/ and samples/ (and of ../shared/corpus when it is
# there) is cut at every 100th byte; each prefix goes to `GOSCAPE compile -m`
# (no assembly written, no linking). A run passes when it exits 0, or exits 1
# with a positioned error "FILE:LINE:COL: ..."; a signal, another status or
# more than 5 s fails. Files longer than 100*MAX_CUTS bytes are cut at
# MAX_CUTS evenly spaced offsets instead (default 40) to bound the run time.
# Prints FAIL lines, then exactly `N passed, M failed`; exit 1 on failure.
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
max_cuts=${MAX_CUTS:-40}

# Worker: all the prefixes of one file, run as `truncate_fuzz.sh --file GOSCAPE FILE`.
fuzz_file() {
	local cc=$1 src=$2
	local size step off pass=0 fail=0
	size=$(stat -c %s "$src")
	step=100
	[ $((size / step)) -gt "$max_cuts" ] && step=$((size / max_cuts))
	local tmp
	tmp=$(mktemp -d) || return 1
	local cut
	cut=$tmp/$(basename "$src")
	for ((off = step; off < size; off += step)); do
		head -c "$off" "$src" >"$cut"
		timeout 5 "$cc" compile -m "$cut" >/dev/null 2>"$tmp/err" </dev/null
		local rc=$?
		if [ $rc -eq 0 ] || { [ $rc -eq 1 ] && grep -q -E '^[^:]+:[0-9]+:[0-9]+: ' "$tmp/err"; }; then
			pass=$((pass + 1))
			continue
		fi
		fail=$((fail + 1))
		local why
		case $rc in
		124) why="timeout" ;;
		1) why="exit 1 without a positioned error: $(head -n 1 "$tmp/err")" ;;
		*) why="status $rc: $(grep -m1 -v '^$' "$tmp/err")" ;;
		esac
		echo "FAIL ${src#"$root/"} cut at $off: $why"
	done
	rm -rf "$tmp"
	echo "COUNT $pass $fail"
}

if [ "${1-}" = --file ]; then
	fuzz_file "$2" "$3"
	exit 0
fi
if [ $# -ne 1 ]; then
	echo "usage: tests/truncate_fuzz.sh GOSCAPE" >&2
	exit 2
fi
cc=$1
case $cc in
*/*) cc="$(cd "$(dirname "$cc")" && pwd)/$(basename "$cc")" ;;
esac

dirs=("$root/tests" "$root/samples")
[ -d "$root/../shared/corpus" ] && dirs+=("$root/../shared/corpus")
results=$(mktemp) || exit 1
trap 'rm -f "$results"' EXIT
find "${dirs[@]}" -name '*.go' -type f | LC_ALL=C sort |
	xargs -d '\n' -P "${JOBS:-2}" -n 1 "$here/truncate_fuzz.sh" --file "$cc" |
	tee "$results" | grep -v '^COUNT '
awk '/^COUNT / { p += $2; f += $3 } END { printf "%d passed, %d failed\n", p, f; exit f > 0 }' "$results"

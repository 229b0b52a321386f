#!/usr/bin/env bash
# run_e2e.sh - builds and runs the end-to-end cases with a goscape compiler
# and compares them with the expected outputs written by regen.sh.
#
#   tests/run_e2e.sh GOSCAPE [DIR|FILE.go ...]     (default: tests/e2e samples)
#
# Each NAME.go is compiled in a temporary directory holding only a copy of it
# with `GOSCAPE build -o NAME NAME.go` (60 s limit).
#   NAME.err expected: the build must fail (exit 1..127) and its first
#     diagnostic line (NAME.go:L:C: ...) must equal NAME.err's first line.
#   NAME.m expected: the build runs with -m and its diagnostics of the form
#     NAME.go:L:C: ... must equal NAME.m's (Go's `-gcflags='-m -l'`): the
#     same lines in the same order.
#   otherwise: the build must succeed; NAME then runs with stdin /dev/null
#     (10 s limit, RUN_TIMEOUT) and its normalised stdout, stderr (first paragraph only
#     when the exit code is not 0) and exit code must equal the expected ones.
# Prints `PASS name` / `FAIL name: reason` per case and, last, exactly
# `N passed, M failed`; exits 1 if a case failed.
# Environment: JOBS (parallel cases, default 2), VERBOSE=1 (show diffs),
# GOSCAPE_FLAGS (more flags for `build`, e.g. -N: the SSA IR unoptimised).
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
. "$here/lib.sh"

# One case; run as `run_e2e.sh --case GOSCAPE FILE` by the parallel driver below.
run_case() {
	local cc=$1 src=$2
	local stem=${src%.go} name shown
	name=$(basename "$stem")
	shown=${stem#"$root/"}
	local tmp
	tmp=$(mktemp -d) || return 1
	trap 'rm -rf "$tmp"' RETURN
	mkdir "$tmp/case" && cp "$src" "$tmp/case/"
	local m_flag=
	[ -f "$stem.m" ] && m_flag=-m
	# shellcheck disable=SC2086 # GOSCAPE_FLAGS: words
	(cd "$tmp/case" && timeout 60 "$cc" build $m_flag ${GOSCAPE_FLAGS:-} -o "$name" "$name.go") >"$tmp/build.out" 2>"$tmp/build.err"
	local built=$?
	local first
	first=$(sed 's|^\./||' "$tmp/build.err" | grep -m1 -E "^$name\.go:[0-9]+:[0-9]+: ")

	if [ -f "$stem.err" ]; then
		local want
		want=$(head -n 1 "$stem.err")
		if [ $built -eq 0 ]; then
			echo "FAIL $shown: built, want error: $want"
		elif [ $built -ge 124 ]; then
			echo "FAIL $shown: compiler died (status $built)"
		elif [ "$first" != "$want" ]; then
			echo "FAIL $shown: first error ${first:-<none>}, want $want"
		else
			echo "PASS $shown"
		fi
		return
	fi
	if [ $built -ne 0 ]; then
		local why=${first:-$(head -n 1 "$tmp/build.err")}
		echo "FAIL $shown: build failed (status $built): ${why:-no message}"
		return
	fi

	run_built_case "$tmp/case" "$name" "$tmp/got"
	local code
	code=$(cat "$tmp/got.exit")

	local bad="" ext
	for ext in stdout stderr exit; do
		if ! cmp -s "$stem.$ext" "$tmp/got.$ext"; then
			bad="$bad $ext"
		fi
	done
	if [ -n "$m_flag" ]; then
		local diag="^$name\.go:[0-9]+:[0-9]+: "
		sed 's|^\./||' "$tmp/build.err" | grep -E "$diag" >"$tmp/got.m"
		grep -E "$diag" "$stem.m" >"$tmp/want.m"
		cmp -s "$tmp/want.m" "$tmp/got.m" || bad="$bad m"
	fi
	if [ -z "$bad" ]; then
		echo "PASS $shown"
		return
	fi
	local want_code msg
	want_code=$(cat "$stem.exit" 2>/dev/null)
	msg="FAIL $shown:$bad differ (exit $code, want $want_code)"
	if [ "${VERBOSE:-}" = 1 ]; then
		for ext in $bad; do
			local want_file=$stem.$ext
			[ "$ext" = m ] && want_file=$tmp/want.m
			msg="$msg"$'\n'"$(diff -u --label "want $ext" --label "got $ext" "$want_file" "$tmp/got.$ext" | head -n 40 | sed 's/^/    /')"
		done
	fi
	echo "$msg"
}

if [ "${1-}" = --case ]; then
	run_case "$2" "$3"
	exit 0
fi

if [ $# -lt 1 ] || [ "${1#-}" != "$1" ]; then
	echo "usage: tests/run_e2e.sh GOSCAPE [DIR|FILE.go ...]" >&2
	exit 2
fi
cc=$1
shift
# The cases run in temporary directories: make a compiler path absolute.
case $cc in
*/*) cc="$(cd "$(dirname "$cc")" && pwd)/$(basename "$cc")" ;;
esac
[ -x "$cc" ] || command -v "$cc" >/dev/null || { echo "run_e2e.sh: no compiler $cc" >&2; exit 2; }
[ $# -gt 0 ] || set -- "$root/tests/e2e" "$root/samples"

results=$(mktemp) || exit 1
trap 'rm -f "$results"' EXIT
list_cases "$@" | xargs -d '\n' -P "${JOBS:-2}" -n 1 "$here/run_e2e.sh" --case "$cc" | tee "$results"
passed=$(grep -c '^PASS ' "$results")
failed=$(grep -c '^FAIL ' "$results")
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]

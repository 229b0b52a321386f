#!/usr/bin/env bash
# bench_compile.sh - `make bench-compile`: compile time and memory against
# input size, goscape next to `go build` (never part of `make test`).
#
#   tests/bench_compile.sh GOSCAPE [KIND:N ...]
#
# Each KIND:N is a program from tests/gen_big.sh (default: the sizes of
# issue 8 and their halves, to show how time grows with size). Both
# compilers build it end to end (goscape: check, escape analysis, codegen,
# as and ld; go: a fresh GOCACHE so nothing is reused). Columns: CPU
# seconds (user+sys of the compiler and its children), wall seconds and
# peak RSS of the largest process, for goscape then go; "-" when a build
# failed. Environment: GO=0 skips go.
set -u
gs=$(realpath "$1")
shift
root=$(cd "$(dirname "$0")/.." && pwd)
[ $# -gt 0 ] || set -- locals:25000 locals:50000 funcs:11000 funcs:22000 \
	file:55500 file:111000 parens:50000 parens:100000 blocks:50000 blocks:100000
have_go=$([ "${GO:-1}" != 0 ] && command -v go >/dev/null && echo yes)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export GO111MODULE=off GOFLAGS="" GOPATH="$tmp/gopath" GOTMPDIR="$tmp"

# measure LOG CMD...: prints "cpu wall rss_mb", or "- - -" when CMD fails.
measure() {
	local log=$1
	shift
	if /usr/bin/time -f "%U %S %e %M" -o "$tmp/time" "$@" >"$log" 2>&1; then
		awk '{ printf "%.2f %.2f %d", $1 + $2, $3, $4 / 1024 }' "$tmp/time"
	else
		echo "- - -"
	fi
}

printf '%-14s %9s %10s | %8s %8s %8s | %8s %8s %8s\n' case bytes lines \
	gs-cpu gs-wall gs-MB go-cpu go-wall go-MB
for spec in "$@"; do
	kind=${spec%%:*} n=${spec#*:}
	dir="$tmp/$kind$n"
	mkdir -p "$dir"
	"$root/tests/gen_big.sh" "$kind" "$n" >"$dir/main.go"
	read -r bytes lines < <(wc -c -l <"$dir/main.go" | awk '{ print $2, $1 }')
	g=$(measure "$dir/gs.log" "$gs" build -o "$dir/gs.bin" "$dir/main.go")
	o="- - -"
	if [ -n "$have_go" ]; then
		rm -rf "$tmp/gocache"
		o=$(cd "$dir" && GOCACHE="$tmp/gocache" measure "$dir/go.log" go build -o go.bin main.go)
	fi
	# shellcheck disable=SC2086
	printf '%-14s %9s %10s | %8s %8s %8s | %8s %8s %8s\n' "$kind:$n" "$bytes" "$lines" $g $o
	if [ -x "$dir/gs.bin" ] && [ -x "$dir/go.bin" ] && [ "$("$dir/gs.bin")" != "$("$dir/go.bin")" ]; then
		echo "  output differs from go's"
	fi
	rm -rf "$dir"
done

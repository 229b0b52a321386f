#!/usr/bin/env bash
# regen.sh - writes the expected outputs of the end-to-end cases with Go 1.19.
#
#   tests/regen.sh [DIR|FILE.go ...]  (default: tests/e2e, tests/e2e/known-failing,
#                                      tests/stacks, samples)
#
# For each NAME.go, in a temporary directory holding only a copy of it:
#   go build -gcflags=-l -o NAME NAME.go        (GO111MODULE=off)
# Compile-error cases (tests/e2e/errors/ or first line "// ERROR") get
# NAME.err: the build output without '#' lines, empty lines and './'.
# Other cases are run with stdin /dev/null and a 10 s timeout (RUN_TIMEOUT), giving
# NAME.stdout, NAME.stderr (only the first paragraph when the exit code is
# not 0) and NAME.exit, with 0x<6+ hex digits> masked as 0xADDR.
set -u
cd "$(dirname "$0")/.." || exit 1
. tests/lib.sh

command -v go >/dev/null || { echo "regen.sh: go not found (apt-get install golang-go)" >&2; exit 1; }
go version | grep -q ' go1\.19' || echo "regen.sh: warning: expected outputs are meant to come from Go 1.19: $(go version)" >&2

[ $# -gt 0 ] || set -- tests/e2e tests/e2e/known-failing tests/stacks samples
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
export GO111MODULE=off GOFLAGS="" GOCACHE="$tmp/cache" GOPATH="$tmp/gopath" GOTMPDIR="$tmp"

failed=0
for src in $(list_cases "$@"); do
	stem=${src%.go}
	name=$(basename "$stem")
	work="$tmp/case"
	rm -rf "$work" && mkdir "$work" && cp "$src" "$work/"
	(cd "$work" && go build -gcflags=-l -o "$name" "$name.go") >"$tmp/build" 2>&1
	built=$?
	rm -f "$stem.err" "$stem.stdout" "$stem.stderr" "$stem.exit"
	if is_error_case "$src"; then
		if [ $built -eq 0 ]; then
			echo "ERROR $src: expected a compile error, but it built"
			failed=1
			continue
		fi
		build_lines <"$tmp/build" >"$stem.err"
		echo "wrote $stem.err: $(head -n 1 "$stem.err")"
		continue
	fi
	if [ $built -ne 0 ]; then
		echo "ERROR $src: does not build:"
		sed 's/^/    /' "$tmp/build"
		failed=1
		continue
	fi
	run_built_case "$work" "$name" "$stem"
	echo "wrote $stem.{stdout,stderr,exit} (exit $(cat "$stem.exit"))"
done
exit $failed

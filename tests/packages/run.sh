#!/usr/bin/env bash
# run.sh - multi-package builds: a module with local packages built with
# `goscape build .`, and the positioned errors for imports goscape cannot
# compile or that name no package.
#
#   tests/packages/run.sh GOSCAPE
#
# module/ is a go.mod module whose main package imports two of its own
# packages; module.stdout is what `go run .` prints there (regenerate with
# `(cd tests/packages/module && go run .) > tests/packages/module.stdout`).
# import_missing.err is Go's (module mode) first error line.
# Prints PASS/FAIL per case and `N passed, M failed`; exits 1 on a failure.
set -u
here=$(cd "$(dirname "$0")" && pwd)
cc=$1
case $cc in */*) cc="$(cd "$(dirname "$cc")" && pwd)/$(basename "$cc")" ;; esac
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
passed=0 failed=0
result() { # NAME OK [WHY]
	if [ "$2" = 1 ]; then echo "PASS $1"; passed=$((passed + 1)); else echo "FAIL $1: $3"; failed=$((failed + 1)); fi
}

cp -r "$here/module" "$tmp/module"
if (cd "$tmp/module" && "$cc" build . >"$tmp/build.out" 2>&1) && [ -x "$tmp/module/hello" ]; then
	(cd "$tmp/module" && ./hello >"$tmp/module.out" 2>&1)
	if cmp -s "$tmp/module.out" "$here/module.stdout"; then result module 1; else result module 0 "output differs"; fi
else
	result module 0 "build . failed: $(head -n 1 "$tmp/build.out")"
fi

# GOROOT's runtime/debug needs Go's runtime: one positioned error, no linker output.
cp "$here/import_unsupported.go" "$tmp/"
(cd "$tmp" && "$cc" build import_unsupported.go) >"$tmp/unsup.out" 2>&1
status=$?
if [ $status -eq 2 ] && [ "$(wc -l <"$tmp/unsup.out")" -eq 1 ] &&
	grep -q '^import_unsupported\.go:6:2: could not import runtime/debug (.\+)$' "$tmp/unsup.out"; then
	result import_unsupported 1
else
	result import_unsupported 0 "status $status: $(head -n 2 "$tmp/unsup.out")"
fi

cp "$here/import_missing.go" "$tmp/"
(cd "$tmp" && GOROOT=/usr/lib/go-1.19 "$cc" build import_missing.go) >"$tmp/missing.out" 2>&1
if [ "$(head -n 1 "$tmp/missing.out")" = "$(head -n 1 "$here/import_missing.err")" ]; then
	result import_missing 1
else
	result import_missing 0 "got: $(head -n 1 "$tmp/missing.out")"
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]

#!/usr/bin/env bash
# run.sh - multi-package builds: a module with local packages built with
# `goscape build .`, the package cache (driver/cache.c), and the
# positioned errors for imports goscape cannot compile or that name no
# package.
#
#   tests/packages/run.sh GOSCAPE
#
# module/ is a go.mod module whose main package imports three of its own
# packages (pairs/ declares generics); module.stdout is what `go run .` prints there (regenerate with
# `(cd tests/packages/module && go run .) > tests/packages/module.stdout`).
# identity/ and identity.stdout likewise (types of one spelling in several
# packages). import_missing.err is Go's (module mode) first error line.
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

# identity/ declares types spelled alike in several packages: each package
# is an object of its own, and their type descriptors must merge exactly
# when the types are identical (identity.stdout is `go run .` there).
cp -r "$here/identity" "$tmp/identity"
if (cd "$tmp/identity" && GOSCAPE_CACHE=off "$cc" build -o ident . >"$tmp/ident.build" 2>&1); then
	(cd "$tmp/identity" && ./ident >"$tmp/ident.out" 2>&1)
	if cmp -s "$tmp/ident.out" "$here/identity.stdout"; then result identity 1; else result identity 0 "output differs"; fi
else
	result identity 0 "build failed: $(head -n 1 "$tmp/ident.build")"
fi

# The package cache: imported packages' objects are written once, reused
# by the next build, replaced when a source changes, and shared safely by
# concurrent builds; GOSCAPE_CACHE=off writes nothing.
objects() { find "$1" -name '*.o' 2>/dev/null | wc -l; }
cache_build() { # DIR CACHE: builds the module copy in DIR, prints its output
	(cd "$1" && GOSCAPE_CACHE="$2" "$cc" build -o hello . && ./hello) 2>&1
}
cp -r "$here/module" "$tmp/cmod"
first=$(cache_build "$tmp/cmod" "$tmp/cache")
n1=$(objects "$tmp/cache")
second=$(cache_build "$tmp/cmod" "$tmp/cache")
n2=$(objects "$tmp/cache")
if [ "$first" = "$(cat "$here/module.stdout")" ] && [ "$second" = "$first" ] && [ "$n1" -ge 2 ] && [ "$n1" = "$n2" ]; then
	result cache_reuse 1
else
	result cache_reuse 0 "objects $n1 then $n2; output: $(echo "$second" | head -n 2)"
fi
sed -i 's/return "hello, " + name/return "hi, " + name/' "$tmp/cmod/greet/greet.go"
changed=$(cache_build "$tmp/cmod" "$tmp/cache")
n3=$(objects "$tmp/cache")
if echo "$changed" | grep -q '^hi, world 10 42$' && [ "$n3" -gt "$n2" ]; then
	result cache_invalidate 1
else
	result cache_invalidate 0 "objects $n2 then $n3; output: $(echo "$changed" | head -n 2)"
fi
mkdir "$tmp/s1" "$tmp/s2"
cp "$here/cache_std.go" "$tmp/s1/" && cp "$here/cache_std.go" "$tmp/s2/"
(cd "$tmp/s1" && GOSCAPE_CACHE="$tmp/cache2" "$cc" run cache_std.go >out 2>&1) &
(cd "$tmp/s2" && GOSCAPE_CACHE="$tmp/cache2" "$cc" run cache_std.go >out 2>&1)
wait
if [ "$(cat "$tmp/s1/out")" = "42,apple,fig,pear" ] && [ "$(cat "$tmp/s2/out")" = "42,apple,fig,pear" ] &&
	[ "$(objects "$tmp/cache2")" -ge 3 ] && [ "$(find "$tmp/cache2" -name '*.tmp' | wc -l)" -eq 0 ]; then
	result cache_concurrent 1
else
	result cache_concurrent 0 "$(head -n 2 "$tmp/s1/out" "$tmp/s2/out")"
fi
cp -r "$here/module" "$tmp/cmod2"
off=$(cache_build "$tmp/cmod2" off)
if [ "$off" = "$(cat "$here/module.stdout")" ] && [ ! -e off ] && [ ! -e "$tmp/cmod2/off" ]; then
	result cache_off 1
else
	result cache_off 0 "$(echo "$off" | head -n 2)"
fi

# runtime/pprof belongs to Go's runtime and goscape has no version of it: one
# positioned error, no linker output.
cp "$here/import_unsupported.go" "$tmp/"
(cd "$tmp" && "$cc" build import_unsupported.go) >"$tmp/unsup.out" 2>&1
status=$?
if [ $status -eq 2 ] && [ "$(wc -l <"$tmp/unsup.out")" -eq 1 ] &&
	grep -q '^import_unsupported\.go:6:2: could not import runtime/pprof (.\+)$' "$tmp/unsup.out"; then
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

#!/bin/sh
# bench.sh - allocation throughput: runtime_new vs glibc malloc (C loop),
# and the same loop in Go built by go and, when it can, by goscape.
#   tests/heap/bench.sh [allocations] [window]     (run from the repo root)
set -e
B=${BUILD:-build-heap}
make -s BUILD="$B" "$B/libgoscape_rt.a"
cc -std=gnu11 -O2 -Iruntime -o "$B/bench_alloc" tests/heap/bench_alloc.c "$B/libgoscape_rt.a" -lm
echo "== C loop"
GOSCAPE_DEBUG=allocs=1 "$B/bench_alloc" "$@"
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
measure() { /usr/bin/time -f "%e s, max RSS %M KB" "$@" 2>&1 >/dev/null | tail -n 1; }
if command -v go >/dev/null; then
	cp tests/heap/bench_alloc.go "$d/main.go"
	(cd "$d" && GO111MODULE=off go build -o bench_go main.go)
	echo "== Go loop (5M iterations), go build: $(measure "$d/bench_go")"
fi
if make -s BUILD="$B" all >/dev/null 2>&1 && "$B/goscape" build -o "$d/bench_gs" tests/heap/bench_alloc.go 2>/dev/null; then
	echo "== Go loop (5M iterations), goscape build: $(measure "$d/bench_gs")"
	GOSCAPE_DEBUG=allocs=1 "$d/bench_gs" >/dev/null
else
	echo "== Go loop, goscape build: (goscape cannot build it yet)"
fi

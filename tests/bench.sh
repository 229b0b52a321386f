#!/usr/bin/env bash
# bench.sh - `make bench`: goscape's own benchmarks (never part of `make test`).
#
#   tests/bench.sh GOSCAPE BUILD        (run from the repo root)
#
# 1. Escape analysis. escape_friendly (../shared/bench's when it exists, else
#    ours in bench/) and our bench/escape_hostile are built normally and with
#    -escape=off, at N and 2N iterations (the loop count is rewritten in a
#    copy). GOSCAPE_DEBUG=allocs=1 gives the heap allocations: for
#    escape_friendly they must not depend on the iteration count. Times are
#    CPU seconds (user+sys), the best of RUNS runs; "go" is `go build` of the
#    same copy when go is installed.
# 2. Allocation throughput: tests/heap/bench_alloc.c (runtime_new against
#    glibc malloc, the heap helper's C loop) and tests/heap/bench_alloc.go
#    (the same loop in Go) built by goscape and by go.
# Environment: N (default 2000000), RUNS (default 3), ALLOCS (C loop count).
set -u
gs=$1
build=$2
root=$(cd "$(dirname "$0")/.." && pwd)
N=${N:-2000000}
RUNS=${RUNS:-3}
ALLOCS=${ALLOCS:-2000000}
have_go=$(command -v go >/dev/null && echo yes)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# cpu_seconds CMD...: best user+sys time of RUNS runs (stdout discarded).
cpu_seconds() {
	local best="" t
	for _ in $(seq "$RUNS"); do
		/usr/bin/time -f "%U %S" -o "$tmp/time" "$@" >/dev/null 2>&1
		t=$(awk '{ print $1 + $2 }' "$tmp/time")
		best=$(awk -v a="$best" -v b="$t" 'BEGIN { print (a == "" || b < a) ? b : a }')
	done
	echo "$best"
}

# heap_allocs BINARY: the allocation count GOSCAPE_DEBUG=allocs=1 reports.
heap_allocs() {
	GOSCAPE_DEBUG=allocs=1 "$1" 2>&1 >/dev/null | sed -n 's/^goscape: \([0-9]*\) heap allocations.*/\1/p'
}

# scaled SRC ITER OUT: a copy of SRC whose loop runs ITER times.
scaled() {
	sed -E "s/(const iterations = |i < )[0-9]{6,}/\1$2/" "$1" > "$3"
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2fx", a / b; else print "-" }'; }

friendly=$root/bench/escape_friendly.go
[ -f "$root/../shared/bench/escape_friendly.go" ] && friendly=$root/../shared/bench/escape_friendly.go
status=0

echo "== escape analysis: heap allocations and CPU seconds, escape analysis on vs -escape=off"
printf "%-16s %10s %12s %12s %8s %8s %8s %8s\n" program iterations allocs:on allocs:off "s:on" "s:off" "off/on" "s:go"
for src in "$friendly" "$root/bench/escape_hostile.go"; do
	name=$(basename "$src" .go)
	prev=""
	for iter in "$N" $((2 * N)); do
		[ "$name" = escape_hostile ] && iter=$((iter / 8))
		d=$tmp/$name.$iter
		mkdir -p "$d"
		scaled "$src" "$iter" "$d/main.go"
		"$gs" build -o "$d/on" "$d/main.go" && "$gs" build -escape=off -o "$d/off" "$d/main.go" || {
			echo "$name: goscape cannot build it"; status=1; continue; }
		if ! cmp -s <("$d/on") <("$d/off"); then
			echo "$name: output differs with -escape=off"; status=1
		fi
		a_on=$(heap_allocs "$d/on")
		a_off=$(heap_allocs "$d/off")
		t_on=$(cpu_seconds "$d/on")
		t_off=$(cpu_seconds "$d/off")
		t_go=-
		if [ -n "$have_go" ] && (cd "$d" && GO111MODULE=off go build -o go main.go 2>/dev/null); then
			t_go=$(cpu_seconds "$d/go")
		fi
		printf "%-16s %10s %12s %12s %8s %8s %8s %8s\n" "$name" "$iter" "$a_on" "$a_off" "$t_on" "$t_off" \
		       "$(ratio "$t_off" "$t_on")" "$t_go"
		if [ "$name" = escape_friendly ] && [ -n "$prev" ]; then
			if [ "$prev" = "$a_on" ]; then
				echo "  -> escape_friendly allocates nothing per iteration ($a_on allocations at both counts)"
			else
				echo "  -> escape_friendly: allocations grow with the iteration count ($prev vs $a_on)"; status=1
			fi
		fi
		prev=$a_on
	done
done

echo
echo "== allocation throughput: mixed small sizes (8..512 B, 0.5% 2-16 KiB), 10000 live"
cc -std=gnu11 -O2 -I"$root/runtime" -o "$tmp/bench_alloc" "$root/tests/heap/bench_alloc.c" "$build/libgoscape_rt.a" -lm
out=$("$tmp/bench_alloc" "$ALLOCS")
ns_malloc=$(echo "$out" | sed -n 's/^glibc malloc.*: *\([0-9.]*\) ns.*/\1/p')
ns_rt=$(echo "$out" | sed -n 's/^runtime_new.*: *\([0-9.]*\) ns.*/\1/p')
printf "%-44s %10s %10s\n" loop ns/iter vs-malloc
printf "%-44s %10s %10s\n" "C: glibc malloc+memset+free" "$ns_malloc" 1.00x
printf "%-44s %10s %10s\n" "C: runtime_new (garbage collected)" "$ns_rt" "$(ratio "$ns_rt" "$ns_malloc")"
go_loop() {  # label, binary: CPU ns per iteration of bench_alloc.go (5M iterations, 2 allocations each)
	local s
	s=$(cpu_seconds "$2")
	printf "%-44s %10s %10s\n" "$1" "$(awk -v s="$s" 'BEGIN { printf "%.1f", s * 1e9 / 5e6 }')" "-"
}
if "$gs" build -o "$tmp/alloc_gs" "$root/tests/heap/bench_alloc.go"; then
	go_loop "Go loop (2 allocations/iter), goscape" "$tmp/alloc_gs"
fi
if [ -n "$have_go" ] && (cd "$tmp" && cp "$root/tests/heap/bench_alloc.go" main.go && GO111MODULE=off go build -o alloc_go main.go); then
	go_loop "Go loop (2 allocations/iter), go build" "$tmp/alloc_go"
fi
exit $status

#!/bin/sh
# soak.sh - the shadow-model GC test (tests/unit/test_rt_gc_random.c) with
# many seeds and longer runs, plain and under ASan+UBSan.
#   tests/heap/soak.sh [seeds] [scale]      (run from the repo root)
set -e
seeds=${1:-20}
scale=${2:-5}
make -s BUILD=build-heap build-heap/tests/test_rt_gc_random
make -s BUILD=build-heap-asan SANITIZE="-fsanitize=address,undefined -fno-sanitize-recover=undefined" \
	build-heap-asan/tests/test_rt_gc_random
i=1
while [ "$i" -le "$seeds" ]; do
	for b in build-heap build-heap-asan; do
		HEAP_TEST_SEED=$i HEAP_TEST_SCALE=$scale "$b/tests/test_rt_gc_random" --jobs 2 >/dev/null 2>&1 ||
			{ echo "soak: seed $i failed in $b: HEAP_TEST_SEED=$i HEAP_TEST_SCALE=$scale $b/tests/test_rt_gc_random"; exit 1; }
	done
	i=$((i + 1))
done
echo "soak: $seeds seeds x scale $scale passed (plain and ASan)"

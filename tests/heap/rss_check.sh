#!/usr/bin/env bash
# rss_check.sh - the collector keeps a long-running allocation loop small:
# tests/heap/gc_longloop.go allocates about 10 GB with 10 MB live; built by
# goscape it must print the expected line and peak below 64 MiB of RSS.
#
#   tests/heap/rss_check.sh [GOSCAPE]
set -u
cd "$(dirname "$0")/../.." || exit 1
goscape=$(realpath "${1:-./goscape}")
limit_kib=$((64 * 1024))
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT

if ! "$goscape" build -o "$tmp/prog" tests/heap/gc_longloop.go; then
	echo "FAIL gc_longloop: build failed"
	echo "0 passed, 1 failed"
	exit 1
fi
# ru_maxrss of the child, in KiB: python's resource module reads it portably.
peak=$(python3 -c '
import resource, subprocess, sys
out = subprocess.run([sys.argv[1]], stdout=open(sys.argv[2], "wb"), stdin=subprocess.DEVNULL).returncode
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, out)
' "$tmp/prog" "$tmp/out")
read -r rss code <<<"$peak"
if [ "$code" = 0 ] && cmp -s "$tmp/out" tests/heap/gc_longloop.stdout && [ "$rss" -lt "$limit_kib" ]; then
	echo "PASS gc_longloop: peak RSS $((rss / 1024)) MiB (limit 64 MiB)"
	echo "1 passed, 0 failed"
else
	echo "FAIL gc_longloop: exit $code, peak RSS $((rss / 1024)) MiB (limit 64 MiB)"
	diff "$tmp/out" tests/heap/gc_longloop.stdout | head -5
	echo "0 passed, 1 failed"
	exit 1
fi

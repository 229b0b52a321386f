#!/bin/sh
# gen.sh - regenerates the expected -m (NAME.m) and -m=2 (NAME.m2) output
# of every NAME.go here with Go 1.19 (needs `go`). Run from this directory.
set -e
for f in *.go; do
	n=${f%.go}
	go tool compile -p main -m -l -o /dev/null "$f" > "$n.m" 2>&1 || true
	if [ -f "$n.m2" ] || [ "$1" = "-2" ]; then
		go tool compile -p main -m=2 -l -o /dev/null "$f" > "$n.m2" 2>&1 || true
	fi
done

#!/bin/sh
# gen.sh - writes NAME.trace for every NAME.go here (or the NAMEs given)
# from the program built by Go 1.19 (see run.sh).
set -u
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export GO111MODULE=off GOFLAGS="" GOCACHE="$tmp/cache" GOPATH="$tmp/gopath"
names=${*:-$(cd "$here" && ls *.go | sed 's/\.go$//')}
for n in $names; do
	(cd "$here" && go build -o "$tmp/$n" "$n.go") || exit 1
	timeout 10 "$tmp/$n" </dev/null >/dev/null 2>"$tmp/stderr"
	awk -f "$here/frames.awk" "$tmp/stderr" >"$here/$n.trace"
	[ -s "$here/$n.trace" ] || { echo "gen.sh: $n printed no traceback" >&2; exit 1; }
	echo "wrote $n.trace"
done

#!/bin/sh
# run.sh - the escape graph as Graphviz DOT (`-m=dot`, escape/dot.c): the
# graph of every sample and of every escape golden program (tests/escape)
# is valid DOT that `dot -Tsvg` draws, and flows.go's graph equals
# flows.dot byte for byte (regenerate it with
# `goscape compile -m=dot flows.go 2>flows.dot` after a deliberate change
# and review the picture). Skipped, saying so, when Graphviz is not
# installed (tests/install_deps.sh installs it).
#
#   tests/dot/run.sh [path/to/goscape]
set -u
. "$(dirname "$0")/../lib.sh"
runner_setup "$0" "$@"
if ! command -v dot >/dev/null 2>&1; then
	echo "dot tests: SKIPPED: dot is not installed (Debian package graphviz; tests/install_deps.sh)"
	exit 0
fi
root=$(cd "$here/../.." && pwd)

# graph FILE.go: its DOT in $tmp/g.dot; false when the compiler failed.
graph() {
	(cd "$(dirname "$1")" && "$goscape" compile -m=dot "$(basename "$1")" 2>"$tmp/g.dot" >/dev/null)
}

for f in "$root"/samples/*.go "$root"/tests/escape/*.go; do
	name=${f#"$root"/}
	if ! graph "$f"; then
		fail=$((fail + 1)); echo "FAIL $name: compile -m=dot failed:"; head -n 3 "$tmp/g.dot"
	elif ! head -n 1 "$tmp/g.dot" | grep -qx 'digraph escape {'; then
		fail=$((fail + 1)); echo "FAIL $name: output does not start the digraph:"; head -n 3 "$tmp/g.dot"
	elif ! dot -Tsvg "$tmp/g.dot" >"$tmp/g.svg" 2>"$tmp/dot.err" || ! grep -q '<svg' "$tmp/g.svg"; then
		fail=$((fail + 1)); echo "FAIL $name: dot -Tsvg rejects the graph:"; head -n 3 "$tmp/dot.err"
	else
		pass=$((pass + 1))
	fi
done

if graph "$here/flows.go" && cmp -s "$here/flows.dot" "$tmp/g.dot"; then
	pass=$((pass + 1))
else
	fail=$((fail + 1)); echo "FAIL flows.go: graph differs from flows.dot"
	diff "$here/flows.dot" "$tmp/g.dot" | head -n 20
fi

runner_done "dot tests"

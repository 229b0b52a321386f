#!/bin/sh
# run.sh - keeps docs/tutorial.md true: every command of its ```console
# blocks (a line "$ COMMAND") runs, in the page's order, in a scratch
# directory holding a copy of samples/ and ./goscape (the compiler under
# test), the way a class runs them from the repository root. A command
# must exit 0, or N when it ends with "# exit N"; each line quoted under
# it must be a line of its output (stdout and stderr together; leading
# and trailing blanks ignored; "…" stands for any text, a line of only
# "…" for omitted lines). Commands that need gdb or Graphviz's dot are
# skipped, saying so, where those are not installed.
#
#   tests/tutorial/run.sh [path/to/goscape]
set -u
. "$(dirname "$0")/../lib.sh"
runner_setup "$0" "$@"
root=$(cd "$here/../.." && pwd)
page=$root/docs/tutorial.md
cp -R "$root/samples" "$tmp/samples"
ln -s "$goscape" "$tmp/goscape"
: >"$tmp/empty" # stdin (not /dev/null: see run_built_case in lib.sh)

# The page as steps, one a line: "C COMMAND" or "E EXPECTED".
LC_ALL=C awk '
	/^```console$/ { inblock = 1; next }
	/^```/ { inblock = 0; next }
	!inblock || /^[ \t]*$/ { next }
	/^\$ / { print "C " substr($0, 3); next }
	{ print "E " $0 }
' "$page" >"$tmp/steps"
if ! grep -q '^C ' "$tmp/steps"; then
	echo "FAIL docs/tutorial.md: no \$ commands in its console blocks"
	exit 1
fi

# needs COMMAND: the tool COMMAND needs that is not installed, if any.
needs() {
	for tool in gdb dot; do
		case " $1" in
		*" $tool "*) command -v "$tool" >/dev/null 2>&1 || { echo "$tool"; return; } ;;
		esac
	done
}

# quoted WANT: the output (out) has a line matching WANT.
quoted() {
	WANT=$1 LC_ALL=C awk '
		function trim(s) { sub(/^[ \t]+/, "", s); sub(/[ \t]+$/, "", s); return s }
		# like(s): s is want with each "…" replaced by some text.
		function like(s,    n, part, i, at) {
			n = split(want, part, "…")
			if (n == 1) return s == want
			if (substr(s, 1, length(part[1])) != part[1]) return 0
			s = substr(s, length(part[1]) + 1)
			for (i = 2; i < n; i++) {
				at = index(s, part[i])
				if (at == 0) return 0
				s = substr(s, at + length(part[i]))
			}
			return length(s) >= length(part[n]) && substr(s, length(s) - length(part[n]) + 1) == part[n]
		}
		BEGIN { want = trim(ENVIRON["WANT"]) } # not -v, which reads \n as a newline
		like(trim($0)) { found = 1; exit }
		END { exit !found }
	' "$tmp/out"
}

skipped=""
state=none # none, ran (its output is in out) or skipped
while IFS= read -r step; do
	text=${step#? }
	case $step in
	C*)
		missing=$(needs "$text")
		if [ -n "$missing" ]; then
			skipped="$skipped $missing"
			state=skipped
			continue
		fi
		want=0
		case $text in
		*"# exit "[0-9]*) want=${text##*# exit } ;;
		esac
		(cd "$tmp" && timeout 60 sh -c "$text" <"$tmp/empty" >"$tmp/out" 2>&1)
		got=$?
		state=ran
		cmd=$text
		if [ "$got" -eq "$want" ]; then
			pass=$((pass + 1))
		else
			fail=$((fail + 1))
			echo "FAIL \$ $text: exit $got, want $want"
			head -n 5 "$tmp/out"
		fi
		;;
	E*)
		[ "$state" = ran ] || continue
		[ "$(printf '%s' "$text" | tr -d ' \t')" = "…" ] && continue
		if quoted "$text"; then
			pass=$((pass + 1))
		else
			fail=$((fail + 1))
			echo "FAIL \$ $cmd: output has no line like: $text"
		fi
		;;
	esac
done <"$tmp/steps"

[ -n "$skipped" ] && echo "tutorial tests: SKIPPED the commands that need:$(echo "$skipped" | tr ' ' '\n' | sort -u | tr '\n' ' ')(not installed; tests/install_deps.sh)"
runner_done "tutorial tests"

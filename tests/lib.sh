# shellcheck shell=bash
# lib.sh - helpers shared by the test scripts (sourced, not run): how a
# case is found, how a built case is run and its output normalised,
# whether it is a compile-error case (regen.sh and run_e2e.sh must agree on
# these), and the frame of the suites' run.sh scripts. Runs under sh
# (dash) as under bash.

# Cases: every NAME.go under the given directories (or the given files),
# in sorted order. A known-failing/ directory (cases kept visible while a
# goscape bug is open) is skipped unless it is named itself.
list_cases() {
	local p
	for p in "$@"; do
		if [ -d "$p" ]; then
			find "$p" -mindepth 1 -type d -name known-failing -prune -o -name '*.go' -type f -print | LC_ALL=C sort
		elif [ -f "$p" ]; then
			echo "$p"
		else
			echo "no such case or directory: $p" >&2
			return 1
		fi
	done
}

# A compile-error case lives in an errors/ directory or starts with a
# line "// ERROR ...". Its expected file is NAME.err.
is_error_case() {
	case $1 in
	*/errors/*) return 0 ;;
	esac
	head -n 1 "$1" | grep -q '^// ERROR'
}

# Addresses differ from run to run: 0x followed by 6+ hex digits becomes 0xADDR.
normalise() {
	LC_ALL=C sed -E 's/0x[0-9a-f]{6,}/0xADDR/g'
}

# Only the first paragraph of a failing program's stderr is compared (a
# panic's goroutine trace comes after the first empty line).
first_paragraph() {
	LC_ALL=C sed '/^$/,$d'
}

# The build diagnostics as the expected .err files hold them: no '#'
# header lines, no empty lines, no leading './'.
build_lines() {
	LC_ALL=C sed -e '/^#/d' -e '/^$/d' -e 's|^\./||'
}

# Runs the built case DIR/NAME with an empty stdin (RUN_TIMEOUT seconds,
# default 10) and writes
# what the expected files hold: OUT.stdout, OUT.stderr (first paragraph
# only when the exit code is not 0), both normalised, and OUT.exit. The raw
# output is kept next to DIR while it runs, not in it, so that the program
# sees only itself in its directory. The empty stdin is a file of its own,
# not /dev/null: a tool running as root (gc's `-o /dev/null` on a failed
# compile) can replace /dev/null with a regular file, and os.Stdin tests
# then read its bytes.
run_built_case() {
	local dir=$1 name=$2 out=$3 code
	: >"$dir.stdin"
	(cd "$dir" && timeout "${RUN_TIMEOUT:-10}" "./$name" <"$dir.stdin" >"$dir.stdout.raw" 2>"$dir.stderr.raw")
	code=$?
	normalise <"$dir.stdout.raw" >"$out.stdout"
	if [ $code -eq 0 ]; then
		normalise <"$dir.stderr.raw" >"$out.stderr"
	else
		normalise <"$dir.stderr.raw" | first_paragraph >"$out.stderr"
	fi
	echo "$code" >"$out.exit"
	rm -f "$dir.stdin" "$dir.stdout.raw" "$dir.stderr.raw"
}

# The start of a suite's run.sh, called as runner_setup "$0" "$@": here
# (the suite's folder), goscape (the first argument, default ./goscape,
# made absolute), tmp (a scratch folder removed at exit), and the counters
# pass and fail that runner_done reports. The caller shifts the compiler
# argument away itself.
runner_setup() {
	here=$(cd "$(dirname "$1")" && pwd)
	goscape=${2:-./goscape}
	case $goscape in /*) ;; *) goscape=$(pwd)/$goscape ;; esac
	tmp=$(mktemp -d)
	trap 'rm -rf "$tmp"' EXIT
	pass=0
	fail=0
}

# The cases named (NAME for NAME.go), or every NAME.go of the suite.
runner_cases() {
	if [ $# -gt 0 ]; then
		echo "$@"
	else
		(cd "$here" && ls -- *.go | sed 's/\.go$//')
	fi
}

# runner_done WHAT: prints the counts; succeeds when nothing failed.
runner_done() {
	echo "$1: $pass passed, $fail failed"
	[ "$fail" -eq 0 ]
}

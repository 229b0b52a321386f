#!/bin/sh
# run.sh - `goscape explore`: the page written to disk holds the data
# it should (verdicts, mapped assembly, variants), and `explore --serve`
# survives hostile requests: paths outside its own (404), oversized
# bodies (413, declared or chunked), a program that loops forever, sleeps
# forever, prints forever or takes 1 GiB, requests from other web pages
# (a cross-site POST, a DNS-rebound Host: 403), a flood of 100 compiles at
# once (each answered, 503 when busy), and it keeps serving; without
# --allow-run no submitted program is ever executed (a program that would
# write a file leaves none, while the same program under --allow-run does).
#
#   tests/explore/run.sh [path/to/goscape]
set -u
. "$(dirname "$0")/../lib.sh"
runner_setup "$0" "$@"
cp "$here"/*.go "$tmp"/
cd "$tmp" || exit 1
export TMPDIR="$tmp/tmpdir"
mkdir -p "$TMPDIR"

ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL $*"; }
has() {
	if grep -qF -- "$2" "$1"; then ok; else bad "$1 lacks: $2"; fi
}
hasnt() {
	if grep -qF -- "$2" "$1"; then bad "$1 has: $2"; else ok; fi
}

# ---- the page on disk ----
if "$goscape" explore writes_file.go -o page.html 2>err; then ok; else bad "explore: $(cat err)"; fi
has page.html '<title>goscape explore: writes_file.go</title>'
has page.html '"msg":"... argument does not escape"'
has page.html '[13,"\tcall runtime_'          # line 13's call, mapped to line 13
has page.html '"name":"-escape=off"'
# Nothing to fetch: no remote src/href/url()/@import (the escape graph's
# SVG names its XML namespaces with http: URIs, which load nothing; the
# browser test watches the requests themselves).
if grep -qE '(src|href)=\\?"(https?:)?//|url\((https?:)?//|@import' page.html; then bad "page.html refers to a remote resource"; else ok; fi
# Source text is escaped: a line with </script> cannot end the data's element.
printf 'package main\n\n// </script><script>alert(1)</script>\nfunc main() {}\n' >tag.go
"$goscape" explore tag.go -o tag.html 2>/dev/null
if [ "$(grep -c '</script>' tag.html)" -eq "$(grep -c '</script>' page.html)" ]; then ok; else bad "tag.go's </script> reached the page unescaped"; fi
"$goscape" explore --json nosuch.go >/dev/null 2>&1 && bad "explore of a missing file succeeded" || ok

# Usage errors exit 2 with the usage; help lists the command.
for args in "" "--allow-run writes_file.go" "writes_file.go tag.go" "--serve 1.2.3:x" "--bogus"; do
	# shellcheck disable=SC2086 # each line is a list of arguments
	"$goscape" explore $args >out 2>err
	got=$?
	if [ $got -eq 2 ]; then ok; else bad "explore $args: exit $got, want 2"; fi
done
"$goscape" help explore >out 2>&1
has out "usage: goscape explore FILE.go [-o PAGE.html] [--run] | explore --serve [ADDR] [FILE.go] [--allow-run]"

# ---- the server ----
# start_server LOG [FLAGS]: starts it on a free port; sets url and pid.
start_server() {
	log=$1
	shift
	: >"$log"
	"$goscape" explore --serve 127.0.0.1:0 "$@" >"$log" 2>&1 &
	pid=$!
	url=
	for _ in $(seq 100); do
		url=$(sed -n 's|^goscape explore: serving \(http://[^ ]*\).*|\1|p' "$log")
		url=${url%/}
		[ -n "$url" ] && break
		sleep 0.1
	done
	[ -n "$url" ] || bad "server did not start: $(cat "$log")"
}

# code METHOD PATH [CURL ARGS...]: prints the HTTP status (body in body),
# asking as the page does (with its X-Goscape-Explore header).
code() {
	m=$1
	p=$2
	shift 2
	curl -s --path-as-is -o body -w '%{http_code}' -H 'X-Goscape-Explore: 1' -X "$m" "$@" "$url$p"
}

expect() {
	if [ "$1" = "$2" ]; then ok; else bad "$3: status $1, want $2 ($(head -c 200 body))"; fi
}

sed "s|/tmp/goscape-explore-probe|$tmp/probe|" writes_file.go >probe.go

start_server server.log
expect "$(code GET /)" 200 "GET /"
has body '<title>goscape explore: live</title>'
has body 'running programs is disabled'
for p in /../../etc/passwd /%2e%2e/%2e%2e/etc/passwd //etc/passwd /compile/../../etc/passwd /index.html; do
	expect "$(code GET "$p")" 404 "GET $p"
	hasnt body 'root:'
done
expect "$(code POST /)" 405 "POST /"
expect "$(code GET /compile)" 405 "GET /compile"
# Oversized bodies: declared, and chunked without a length.
head -c 1048576 /dev/zero | tr '\0' 'x' >big.go
# The declared 1 MiB body: curl would send it at once, and on a loaded machine
# the server's early 413 then crossed the body in flight and the connection
# was reset (status 000); with Expect it waits for the server's answer.
expect "$(code POST /compile -H "Expect: 100-continue" --expect100-timeout 60 --data-binary @big.go)" 413 "1 MiB body"
expect "$(code POST /compile -H 'Transfer-Encoding: chunked' --data-binary @big.go)" 413 "1 MiB chunked body"
# A program that loops forever compiles (it is never run).
expect "$(code POST /compile --data-binary @loops.go)" 200 "compile loops.go"
has body '"ok":true'
# A broken program: its errors, in place.
printf 'package main\n\nfunc main() {\n\tx := 1\n}\n' >bad.go
expect "$(code POST /compile --data-binary @bad.go)" 200 "compile bad.go"
has body 'main.go:4:2: x declared but not used'
# Running is off: no program runs, whatever is asked.
expect "$(code POST /compile --data-binary @probe.go)" 200 "compile probe.go"
expect "$(code POST /run --data-binary @probe.go)" 403 "run without --allow-run"
# A flood: 100 compiles at once; each gets an answer (200, or 503 busy).
i=0
while [ $i -lt 100 ]; do
	curl -s -o /dev/null -w '%{http_code}\n' -H 'X-Goscape-Explore: 1' -X POST --data-binary @writes_file.go "$url/compile" >>flood &
	i=$((i + 1))
done
wait_flood() {
	for _ in $(seq 600); do
		[ "$(wc -l <flood)" -ge 100 ] && return
		sleep 0.1
	done
}
wait_flood
answered=$(grep -c -E '^(200|503)$' flood)
if [ "$answered" -eq 100 ]; then ok; else bad "flood: $answered of 100 answered 200 or 503: $(sort flood | uniq -c | tr '\n' ' ')"; fi
grep -q '^200$' flood && ok || bad "flood: no compile succeeded"
echo "explore: the flood's answers: $(sort flood | uniq -c | tr -s ' \n' ' ')"
expect "$(code GET /)" 200 "GET / after the flood"
expect "$(code POST /compile --data-binary @loops.go)" 200 "compile after the flood"
[ -e "$tmp/probe" ] && bad "a program ran on a server without --allow-run" || ok
kill "$pid"
wait "$pid" 2>/dev/null

# IPv6: [::1]:PORT, where the machine has IPv6 loopback.
"$goscape" explore --serve '[::1]:0' >v6.log 2>&1 &
pid=$!
for _ in $(seq 50); do
	[ -s v6.log ] && break
	sleep 0.1
done
url=$(sed -n 's|^goscape explore: serving \(http://\[::1\]:[0-9]*\)/.*|\1|p' v6.log)
if [ -n "$url" ]; then
	expect "$(code GET /)" 200 "GET / on [::1]"
	expect "$(code POST /compile --data-binary @loops.go)" 200 "compile on [::1]"
elif grep -q 'cannot listen' v6.log; then
	echo "explore: no IPv6 loopback here; [::1] not checked"
else
	bad "server on [::1]: $(cat v6.log)"
fi
kill "$pid"
wait "$pid" 2>/dev/null

# ---- --allow-run: the same probe does run; runaways are stopped ----
start_server run.log --allow-run
code GET / >/dev/null
has body "running is enabled (--allow-run)"
# Another web page cannot use the server: a cross-site POST (without the
# page's header) and a request for a DNS-rebound name are refused.
status=$(curl -s -o body -w '%{http_code}' -X POST -H 'Content-Type: text/plain' --data-binary @probe.go "$url/run")
expect "$status" 403 "cross-site POST /run"
[ -e "$tmp/probe" ] && bad "a cross-site POST ran a program" || ok
expect "$(code GET / -H 'Host: attacker.example:80')" 403 "GET / for Host attacker.example"
expect "$(code GET / -H "Host: localhost:${url##*:}")" 200 "GET / for Host localhost"
expect "$(code POST /run --data-binary @probe.go)" 200 "run probe.go"
[ -e "$tmp/probe" ] && ok || bad "--allow-run: probe.go did not run ($(cat body))"
has body '"stdout":"wrote '
has body ' heap allocations, '    # the run's allocation report (GOSCAPE_DEBUG=allocs=2)
# The program inherits no descriptor (not the server's socket): only
# stdin, stdout, stderr and the one reading /proc/self/fd.
expect "$(code POST /run --data-binary @fds.go)" 200 "run fds.go"
has body '"stdout":"fds: 0 1 2 3\n"'
start=$(date +%s)
expect "$(code POST /run --data-binary @loops.go)" 200 "run loops.go"
# The CPU limit (2 s), or on a loaded machine the wall-time limit (5 s) first.
if grep -qE 'stopped at the (CPU|time) limit' body; then ok; else bad "loops.go was not stopped: $(head -c 300 body)"; fi
[ $(($(date +%s) - start)) -le 20 ] && ok || bad "loops.go took over 20 s"
start=$(date +%s)
expect "$(code POST /run --data-binary @sleeps.go)" 200 "run sleeps.go"
has body 'stopped at the time limit'
[ $(($(date +%s) - start)) -le 20 ] && ok || bad "sleeps.go took over 20 s"
expect "$(code POST /run --data-binary @chatty.go)" 200 "run chatty.go"
has body 'stopped: too much output'
[ "$(wc -c <body)" -lt 100000 ] && ok || bad "chatty.go: $(wc -c <body) bytes answered"
expect "$(code POST /run --data-binary @hog.go)" 200 "run hog.go"
has body 'stopped at the memory limit'
expect "$(code GET /)" 200 "GET / after the runs"
kill "$pid"
wait "$pid" 2>/dev/null

# Every request's private directory is gone.
left=$(find "$TMPDIR" -mindepth 1 -maxdepth 1 | head -n 3)
[ -z "$left" ] && ok || bad "left in TMPDIR: $left"
runner_done "explore tests"

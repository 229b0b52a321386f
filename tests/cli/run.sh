#!/bin/sh
# run.sh - the driver's behaviour, which no Go output can check: exit
# statuses (build and run: 2 on compile errors like go build; compile: 1
# like go tool compile), `-o DIR/`, per-command help, positioned errors
# for what goscape cannot link, `-m -escape=off`'s report, and the source
# text the assembly comments quote.
#
#   tests/cli/run.sh [path/to/goscape]
set -u
. "$(dirname "$0")/../lib.sh"
runner_setup "$0" "$@"
cp "$here"/*.go "$tmp"/
cd "$tmp" || exit 1

ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL $*"; }

# status WANT CMD...: CMD exits with WANT (its output goes to out/err).
status() {
	want=$1
	shift
	"$@" >out 2>err
	got=$?
	if [ "$got" -eq "$want" ]; then ok; else bad "$*: exit $got, want $want: $(head -n 2 err)"; fi
}

# has FILE TEXT: FILE contains the line TEXT.
has() {
	if grep -qxF -- "$2" "$1"; then ok; else bad "$1 lacks: $2"; fi
}

# starts FILE TEXT: the first line of FILE starts with TEXT.
starts() {
	if head -n 1 "$1" | grep -qF -- "$2" && [ "$(head -n 1 "$1" | cut -c1-${#2})" = "$2" ]; then ok; else bad "$1 does not start with: $2"; fi
}

hasnt() {
	if grep -qF -- "$2" "$1"; then bad "$1 has: $2"; else ok; fi
}

status 2 "$goscape" build unused.go
has err "unused.go:4:2: x declared but not used"
status 2 "$goscape" run unused.go
status 1 "$goscape" compile unused.go
status 1 "$goscape" asm unused.go

# A package with a type-check stub that goscape cannot compile: a
# positioned import error in build, never the linker's; compile accepts it.
status 2 "$goscape" build stub_call.go
starts err "stub_call.go:5:2: could not import hash/maphash ("
hasnt err "undefined reference"
status 0 "$goscape" compile stub_call.go
status 2 "$goscape" build bad_import.go
# (the reason names what net/http needs that goscape lacks)
starts err "bad_import.go:3:8: could not import net/http ("
hasnt err "undefined: http"

# -o DIR/ and -o EXISTING_DIR write NAME into the directory.
status 0 "$goscape" build -o outdir/sub/ annotate.go
[ -x outdir/sub/annotate ] && ok || bad "-o outdir/sub/ wrote no outdir/sub/annotate"
mkdir -p existing
status 0 "$goscape" build -o existing annotate.go
[ -x existing/annotate ] && ok || bad "-o existing wrote no existing/annotate"

# help CMD lists the flags CMD accepts, and only those.
status 0 "$goscape" help asm
hasnt out "-o OUT"
hasnt out "-S "
has out "  -escape=off    allocate every escaping-capable value on the heap"
status 0 "$goscape" help run
hasnt out "-o OUT"
status 0 "$goscape" help build
has out "  -S             keep the generated assembly (OUT.s); also GOSCAPE_KEEP=1"

# -m with -escape=off reports what it decided: everything on the heap.
status 0 "$goscape" build -m -escape=off -o annotate annotate.go
has err "annotate.go:18:13: ... argument escapes to heap"
has err "annotate.go:18:17: sum(3, 4) escapes to heap"
has err "annotate.go:19:2: moved to heap: x"

# The comments quote each expression's own source text.
status 0 "$goscape" asm annotate.go
has out "	# box sum(3, 4) in interface {} -> heap: sum(3, 4) flows to the heap via \`... argument\` (line 18)"
has out "	# box len(grow(10)) in interface {} -> heap: len(grow(10)) flows to the heap via \`... argument\` (line 18)"
has out "	# append(s, i): new backing array -> heap: growslice always allocates on the heap"
has out "	# ... argument of fmt.Println -> stack: does not outlive its frame"

# -d=ssa/FUNC dumps the IR after each pass (none under -N) and after
# register allocation; the frame map says where each variable lives.
status 0 "$goscape" asm -d=ssa/sum annotate.go
has err "== main.sum after build =="
has err "== main.sum after dce =="
has err "== main.sum after regalloc =="
has out "# registers (SSA back end):"
status 2 "$goscape" asm -N -d=main.sum annotate.go
status 0 "$goscape" asm -N -d=ssa/main.sum annotate.go
has err "== main.sum after build =="
hasnt err "after fold"
# -d=phases: a header, then one line per stage with its time and memory,
# on stderr; the assembly on stdout is the same as without it.
status 0 "$goscape" asm annotate.go
cp out plain.s
status 0 "$goscape" asm -d=phases annotate.go
has err "phase        time ms  total ms   RSS MiB  peak MiB"
for stage in parse check escape codegen; do
	if grep -qE "^$stage +[0-9.]+ +[0-9.]+ +[0-9.]+ +[0-9.]+\$" err; then ok; else bad "-d=phases: no $stage line"; fi
done
if cmp -s out plain.s; then ok; else bad "-d=phases changed the assembly"; fi
status 0 "$goscape" asm -d=ssa/main annotate.go
starts err "== main.main: outside the SSA subset (address-taken variable at 19:2), compiled by the tree walker =="
# A function the tree walker compiles says why in its header, and
# tests/ssa_coverage.sh tallies those reasons.
has out "# stack back end: address-taken variable at 19:2 not yet in SSA"
status 0 "$here/../ssa_coverage.sh" -c "$goscape" annotate.go
has out "SSA back end: 3 of 4 functions (75%); stack back end: 1"
has out "      1 address-taken variable"
status 0 "$goscape" help build
has out "  -N             no optimisation passes on the SSA IR (like -gcflags=-N)"

# GOSCAPE_DEBUG=allocs=2: per-site counts and bytes (size-class slots; a
# tiny object's own size), sorted by bytes; boxing a constant is no site;
# a runtime helper's allocation (makeslice) is charged to its caller.
status 0 "$goscape" build -o allocsites allocsites.go
GOSCAPE_DEBUG=allocs=2 ./allocsites >out 2>err
grep -A1 "by site" err | tail -n 1 >first
has first "       24000     1000  allocsites.go:11:10  &T{a: i}"
has err "        1120       10  allocsites.go:19:15  make([]byte, n)"
has err "         800      100  allocsites.go:14:13  box i + 1000 in interface {}"
hasnt err "allocsites.go:15:"
GOSCAPE_DEBUG=allocs=1 ./allocsites >out 2>err
hasnt err "by site"

# allocs=2 on the escape benchmarks (bench/): escape_friendly's loops
# allocate nothing (its one site boxes the printed result); all four of
# escape_hostile's sites are listed, the most bytes first.
cp "$here"/../../bench/escape_friendly.go "$here"/../../bench/escape_hostile.go .
status 0 "$goscape" build -o friendly escape_friendly.go
GOSCAPE_DEBUG=allocs=2 ./friendly >out 2>err
has err "           8        1  escape_friendly.go:79:14  box h in interface {}"
[ "$(grep -c ' escape_friendly\.go:' err)" -eq 1 ] && ok || bad "escape_friendly: more than one site: $(cat err)"
status 0 "$goscape" build -o hostile escape_hostile.go
GOSCAPE_DEBUG=allocs=2 ./hostile >out 2>err
grep -A1 "by site" err | tail -n 1 >first
has first "    43854240  1199997  escape_hostile.go:32:18  append(c.keys, k^seed)"
has err "    33599808  2099988  escape_hostile.go:25:9  &cell{key: key, next: next}"
has err "     9600000   300000  escape_hostile.go:29:7  &chain{}"
has err "       16384        1  escape_hostile.go:49:14  make([]*chain, 2048)"

# GOSCAPE_DEBUG=heap=1: the supply chain's numbers agree with each other
# and with the program: 1000 live 24-byte objects in one class, the rows'
# objects add up to the allocation counters, their spans' pages to the
# mheap's pages in use, which hold at least the rows' bytes. Also after
# collections (GOGC=1) and with the mcache flushed by them.
status 0 "$goscape" build -o heapreport heapreport.go
heapcheck() {
	awk '
	/^ *[0-9]+ +[0-9]+ +(scan|noscan) / { pages += $7; objects += $8; bytes += $9
		if ($2 == 24 && $3 == "noscan" && $8 >= 1000) found = 1 }
	/^large objects/ { pages += $4; objects += $5; bytes += $6 }
	/^mheap:/ { inuse = $2 }
	/^objects:/ { used = $2; handed = $6; freed = $10 }
	END {
		if (!found) print "no 24-byte noscan row with >= 1000 objects"
		if (objects != used || used != handed - freed) print "objects " objects " != " used " != " handed " - " freed
		if (pages != inuse) print "span pages " pages " != pages in use " inuse
		if (inuse * 8192 < bytes) print "pages in use " inuse " hold less than " bytes " bytes"
	}' err >problems
	if [ -s problems ] || ! grep -q "^goscape: heap supply chain at exit" err; then bad "heap=1 $*: $(cat problems)"; else ok; fi
}
GOSCAPE_DEBUG=heap=1 ./heapreport >out 2>err
heapcheck "GOGC=100"
GOGC=1 GOSCAPE_DEBUG=heap=1 ./heapreport >out 2>err
heapcheck "GOGC=1"
grep -q "freed by sweeping" err && ! grep -q "^objects: .* - 0 freed" err && ok || bad "GOGC=1 freed nothing"

# //goscape:noheap: each heap verdict inside the function (its closure's
# body included) is a positioned error with escape analysis' reason; the
# unmarked function's allocation is not; a marked function whose values
# stay on the stack builds.
status 2 "$goscape" build noheap.go
has err "noheap.go:11:9: heap allocation in noheap function leaky: &T{...} escapes to heap (&T{...} flows to the heap via \`sink = &T{...}\` (line 11))"
has err "noheap.go:12:10: heap allocation in noheap function leaky: func literal escapes to heap (func literal flows to the heap via \`fsink = func literal\` (line 12))"
has err "noheap.go:14:10: heap allocation in noheap function leaky: &T{...} escapes to heap (&T{...} flows to the heap via \`sink = &T{...}\` (line 14))"
has err "noheap.go:17:9: heap allocation in noheap function leaky: &T{...} escapes to heap (&T{...} returned to caller via \`return &T{...}\` (line 17))"
has err "noheap.go:22:2: heap allocation in noheap function moved: moved to heap: v (v returned to caller via \`return &v\` (line 23))"
[ "$(grep -c 'heap allocation in noheap' err)" -eq 5 ] && ok || bad "noheap.go: want 5 errors: $(cat err)"
status 0 "$goscape" build -o noheap_ok noheap_ok.go
[ "$(./noheap_ok 2>&1)" = 44 ] && ok || bad "noheap_ok does not print 44"

runner_done "cli tests"

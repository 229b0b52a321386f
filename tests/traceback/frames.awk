# frames.awk - the part of a crashed program's stderr that a traceback test
# compares (run.sh, gen.sh): from the first "goroutine N [state]:" on,
# every goroutine header, function name and file:line, in order, with
# what cannot match Go's output dropped:
#   - argument words ("main.f(0x1, 0x2?)", "(...)") -> "main.f";
#   - the "+0x.." offsets, and the directory of a source file;
#   - goroutine numbers other than 1 (Go's depend on its runtime's own
#     goroutines) -> "goroutine N";
#   - the location of a panic's own frame, which is in the runtime
#     (Go's runtime/panic.go, goscape's runtime/*.c) -> "(runtime)".
/^goroutine [0-9]+ \[/ { started = 1 }
!started { next }
/^goroutine [0-9]+ \[/ {
	if ($2 != "1")
		$2 = "N"
	print
	next
}
/^\t/ {
	loc = $1
	if (loc ~ /(^|\/)runtime\//) {
		print "\t(runtime)"
		next
	}
	sub(/.*\//, "", loc)
	print "\t" loc
	next
}
/^created by / { print; next }
/\)$/ {
	# The argument list is the last parenthesised group: "main.(*T).M(...)".
	depth = 0
	for (i = length($0); i > 0; i--) {
		c = substr($0, i, 1)
		if (c == ")")
			depth++
		else if (c == "(" && --depth == 0)
			break
	}
	print substr($0, 1, i - 1)
	next
}
{ print }

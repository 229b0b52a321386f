// runtime.Caller, Callers and CallersFrames count the calls the SSA back
// end inlined as frames, as Go does: here and at are inlined into f and
// g, yet Caller(1) and the frames list name them and their lines.
package main

import (
	"fmt"
	"runtime"
	"strings"
)

func here() int {
	_, _, l, _ := runtime.Caller(1)
	return l
}

func at(skip int) string {
	pc, _, l, _ := runtime.Caller(skip)
	return fmt.Sprint(runtime.FuncForPC(pc).Name(), ":", l)
}

func f(x int) int {
	return here() + x
}

func stack() []string {
	pcs := make([]uintptr, 10)
	n := runtime.Callers(1, pcs)
	frames := runtime.CallersFrames(pcs[:n])
	var out []string
	for {
		fr, more := frames.Next()
		if strings.HasPrefix(fr.Function, "main.") {
			out = append(out, fmt.Sprint(fr.Function, ":", fr.Line))
		}
		if !more {
			break
		}
	}
	return out
}

func inner() []string { return stack() }

func outer() []string { return inner() }

func g() string { return at(1) }

func main() {
	fmt.Println(f(0), here())
	fmt.Println(at(0), g())
	fmt.Println(outer())
}

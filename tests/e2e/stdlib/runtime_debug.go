// goscape's runtime/debug: SetGCPercent returns the previous target (off
// and back), FreeOSMemory collects, Stack is the caller's traceback. (No
// line depends on GOGC: tests/heap/gcstress.sh runs it with GOGC=1.)
package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"strings"
)

var sink []byte

func main() {
	fmt.Println(debug.SetGCPercent(50) > 0, debug.SetGCPercent(-1))
	var st runtime.MemStats
	runtime.ReadMemStats(&st)
	n := st.NumGC
	for i := 0; i < 1000; i++ {
		sink = make([]byte, 64<<10)
	}
	fmt.Println(debug.SetGCPercent(100))
	debug.FreeOSMemory()
	runtime.ReadMemStats(&st)
	fmt.Println("collected:", st.NumGC > n)
	s := string(debug.Stack())
	fmt.Println(strings.HasPrefix(s, "goroutine 1 [running]:"), strings.Contains(s, "main.main()"))
	fmt.Println(debug.SetMaxStack(1<<20) > 0, debug.SetPanicOnFault(true))
}

// Package debug is goscape's subset of runtime/debug: the collector's
// percentage and FreeOSMemory act on goscape's collector; Stack and
// PrintStack format the calling goroutine's traceback; SetMaxStack,
// SetMaxThreads and SetPanicOnFault only record their setting (goscape's
// stacks have a fixed limit, there is one thread, and faults on nil
// pointers always panic).
package debug

import (
	"os"
	"runtime"
)

// SetGCPercent sets the collection target percentage (negative: off) and
// returns the previous one.
func SetGCPercent(percent int) int

// FreeOSMemory forces a collection and returns free memory to the OS.
func FreeOSMemory()

// Stack returns the calling goroutine's traceback.
func Stack() []byte {
	buf := make([]byte, 1024)
	for {
		n := runtime.Stack(buf, false)
		if n < len(buf) {
			return buf[:n]
		}
		buf = make([]byte, 2*len(buf))
	}
}

// PrintStack writes Stack to standard error.
func PrintStack() { os.Stderr.Write(Stack()) }

var maxStack, maxThreads = 1 << 30, 10000
var panicOnFault bool

// SetMaxStack records a goroutine stack limit and returns the previous
// one; goscape's stacks keep their own fixed limit.
func SetMaxStack(bytes int) int {
	old := maxStack
	maxStack = bytes
	return old
}

// SetMaxThreads records a thread limit and returns the previous one.
func SetMaxThreads(threads int) int {
	old := maxThreads
	maxThreads = threads
	return old
}

// SetPanicOnFault records the setting and returns the previous one.
func SetPanicOnFault(enabled bool) bool {
	old := panicOnFault
	panicOnFault = enabled
	return old
}

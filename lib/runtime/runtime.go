// Package runtime is goscape's version of the runtime package's public
// API. goscape's C runtime (runtime/*.c) does the work: the functions
// without a body enter it through runtime/hooks.S.
package runtime

// GOOS and GOARCH are the only target goscape has.
const (
	GOOS   = "linux"
	GOARCH = "amd64"
)

// Compiler is "gc": programs test it to tell gc from gccgo, and goscape
// follows gc (its sizes, its escape analysis and -m diagnostics).
const Compiler = "gc"

// GC runs a full collection.
func GC()

// Gosched puts the calling goroutine at the back of the run queue.
func Gosched()

// NumGoroutine is the number of goroutines that have not exited.
func NumGoroutine() int

// NumCPU is the number of CPUs the process may use.
func NumCPU() int

// gomaxprocs is only remembered: goscape runs every goroutine on one
// thread, whatever the setting.
var gomaxprocs int

// GOMAXPROCS sets the number of threads Go code may use (ignored by
// goscape) when n > 0 and returns the previous setting.
func GOMAXPROCS(n int) int {
	if gomaxprocs == 0 {
		gomaxprocs = NumCPU()
	}
	prev := gomaxprocs
	if n > 0 {
		gomaxprocs = n
	}
	return prev
}

// KeepAlive marks x as reachable up to the call: goscape's collector
// scans stacks conservatively, so the variable holding x already does.
func KeepAlive(x any) {}

// GOROOT is the root of the Go tree: $GOROOT, else Debian's Go 1.19,
// where goscape's loader finds the standard library by default.
func GOROOT() string

// LockOSThread and UnlockOSThread keep the goroutine on its thread:
// goscape has only one.
func LockOSThread()   {}
func UnlockOSThread() {}

// Error is the interface of run-time panics' values (index out of range,
// nil dereference, failed type assertions...).
type Error interface {
	error
	RuntimeError()
}

// Goexit runs the calling goroutine's deferred calls and ends it. Called
// by the main goroutine, it lets the others run; the program then ends
// with a deadlock error unless one of them exits it.
func Goexit()

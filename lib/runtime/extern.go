package runtime

// The stack as programs see it: Caller, Callers, FuncForPC and
// CallersFrames over the traceback table codegen emits (traceback.c
// implements the two body-less functions). goscape never inlines, so
// every Go call is a frame of its own.

// callers stores the return addresses of the Go frames above the function
// calling it (skip 0: the one into that function) and returns how many.
//
//go:noescape
func callers(skip int, pcs []uintptr) int

// funcInfo describes the Go function holding pc (entry 0: none).
func funcInfo(pc uintptr) (name, file string, line int, entry uintptr)

// Caller reports the call site skip frames up (0: the caller of Caller).
func Caller(skip int) (pc uintptr, file string, line int, ok bool) {
	var rpc [1]uintptr
	if callers(skip+1, rpc[:]) == 0 {
		return 0, "", 0, false
	}
	pc = rpc[0] - 1
	_, file, line, _ = funcInfo(pc)
	return pc, file, line, true
}

// Callers fills pc with the return addresses of the calling goroutine's
// frames (skip 0: Callers itself) and returns how many it stored.
func Callers(skip int, pc []uintptr) int {
	if len(pc) == 0 {
		return 0
	}
	return callers(skip, pc)
}

// A Func is a Go function of the program.
type Func struct {
	name  string
	entry uintptr
}

// funcs holds one Func per function, so that FuncForPC's results compare.
var funcs map[funcKey]*Func

type funcKey struct {
	name  string
	entry uintptr
}

// FuncForPC returns the function holding pc, or nil.
func FuncForPC(pc uintptr) *Func {
	name, _, _, entry := funcInfo(pc)
	if entry == 0 {
		return nil
	}
	return funcAt(name, entry)
}

func funcAt(name string, entry uintptr) *Func {
	k := funcKey{name, entry}  // a function inlined into another has its entry
	if f := funcs[k]; f != nil {
		return f
	}
	if funcs == nil {
		funcs = map[funcKey]*Func{}
	}
	f := &Func{name, entry}
	funcs[k] = f
	return f
}

// Name is the function's name as Go spells it: "main.(*T).M".
func (f *Func) Name() string {
	if f == nil {
		return ""
	}
	return f.name
}

// Entry is the address of the function's first instruction.
func (f *Func) Entry() uintptr { return f.entry }

// FileLine is the source position of pc within f.
func (f *Func) FileLine(pc uintptr) (file string, line int) {
	_, file, line, _ = funcInfo(pc)
	return file, line
}

// Frame is one frame of CallersFrames.
type Frame struct {
	PC       uintptr
	Func     *Func
	Function string
	File     string
	Line     int
	Entry    uintptr
}

// Frames walks the frames of a slice of return addresses.
type Frames struct {
	pcs []uintptr
}

// CallersFrames returns the frames of the return addresses from Callers.
func CallersFrames(callers []uintptr) *Frames { return &Frames{callers} }

// Next returns the next frame and whether more follow.
func (ci *Frames) Next() (frame Frame, more bool) {
	for len(ci.pcs) > 0 {
		pc := ci.pcs[0] - 1
		ci.pcs = ci.pcs[1:]
		name, file, line, entry := funcInfo(pc)
		if entry == 0 {
			continue
		}
		frame = Frame{PC: pc, Func: funcAt(name, entry), Function: name, File: file, Line: line, Entry: entry}
		return frame, len(ci.pcs) > 0
	}
	return Frame{}, false
}

// Stack formats the calling goroutine's stack (with all, every
// goroutine's) into buf like a panic's traceback and returns the number
// of bytes written. buf leaks, as in gc's runtime (whose Stack captures it
// in the closure it runs on the system stack).
func Stack(buf []byte, all bool) int

// Breakpoint executes a breakpoint trap.
func Breakpoint()

// runtime.Caller, Callers, FuncForPC (one Func per function; a func
// value's code pointer from reflect) and CallersFrames over the
// traceback table, and GOROOT's log on top of them (Lshortfile), its
// prefixes and Fatalf's exit status.
package main

import (
	"fmt"
	"log"
	"os"
	"path"
	"reflect"
	"runtime"
	"strings"
)

type T struct{}

func (*T) M() string {
	pc, file, line, ok := runtime.Caller(0)
	return fmt.Sprint(runtime.FuncForPC(pc).Name(), " ", path.Base(file), ":", line, " ", ok)
}

func where() string {
	_, file, line, _ := runtime.Caller(1)
	return fmt.Sprintf("%s:%d", path.Base(file), line)
}

func stack() []string {
	pcs := make([]uintptr, 10)
	n := runtime.Callers(1, pcs)
	frames := runtime.CallersFrames(pcs[:n])
	var out []string
	for {
		f, more := frames.Next()
		if strings.HasPrefix(f.Function, "main.") {
			out = append(out, fmt.Sprintf("%s:%d", f.Function, f.Line))
		}
		if !more {
			break
		}
	}
	return out
}

func main() {
	fmt.Println(new(T).M())
	fmt.Println(where())
	func() { fmt.Println(stack()) }()
	_, _, _, ok := runtime.Caller(50)
	fmt.Println(ok)
	pc := reflect.ValueOf(where).Pointer()
	f := runtime.FuncForPC(pc)
	fmt.Println(f.Name(), f == runtime.FuncForPC(pc+1), f.Entry() == pc)

	l := log.New(os.Stdout, "", log.Lshortfile)
	l.Println("with file")
	l.SetPrefix("[p] ")
	l.SetFlags(log.Lmsgprefix)
	l.Printf("x=%d", 7)
	log.SetFlags(0)
	log.SetPrefix("app: ")
	log.Println("to stderr", 42)
	log.Fatalf("bad %s", "thing")
}

// runtime.SetFinalizer: finalizers run in a goroutine of their own after
// the collection that finds their object unreachable; of two finalizable
// objects where one points to the other only the first is finalized in
// a cycle; SetFinalizer(x, nil) removes one; a finalizer may have
// results (ignored) and take interface{}; objects sharing a tiny-allocator
// block are finalized in the same cycle; NumGoroutine does not count
// the finalizer goroutine. goscape scans stacks conservatively, so the
// counts are thresholds, like Go's own tests.
package main

import (
	"fmt"
	"runtime"
	"time"
)

type inner struct {
	id  int
	pad [3]*int
}

type outer struct {
	in *inner
	id int
}

const n = 200

var state [n]int
var innerDone, anyDone int

func finalOuter(o *outer) (unused [64]int) {
	if state[o.id] == 0 {
		state[o.id] = 1
	}
	return
}

func finalInner(in *inner) {
	if state[in.id] != 1 {
		panic(fmt.Sprint("inner ", in.id, " finalized before its outer"))
	}
	state[in.id] = 2
	innerDone++
}

func make1(i int) {
	in := &inner{id: i}
	o := &outer{in, i}
	never := &inner{id: -1}
	runtime.SetFinalizer(never, func(*inner) { panic("removed finalizer ran") })
	runtime.SetFinalizer(in, finalInner)
	runtime.SetFinalizer(o, finalOuter)
	runtime.SetFinalizer(never, nil)
	boxed := &inner{id: i}
	runtime.SetFinalizer(boxed, func(x any) {
		if x.(*inner).id >= 0 {
			anyDone++
		}
	})
}

// clobber overwrites stack slots that may still hold old pointers.
func clobber() int {
	var a [64]int
	for i := range a {
		a[i] = i
	}
	return a[63]
}

var tinyDone = make(chan int32, n)

func makeTiny(i int) {
	x := new(int32) // 4 bytes: four share a 16-byte block
	*x = int32(i)
	runtime.SetFinalizer(x, func(p *int32) { tinyDone <- *p })
}

func main() {
	for i := 0; i < n; i++ {
		make1(i)
		makeTiny(i)
	}
	clobber()
	runtime.GC()
	time.Sleep(2 * time.Millisecond)
	tinyAfterOne := len(tinyDone)
	for i := 0; i < 20 && innerDone < n*8/10; i++ {
		runtime.GC()
		time.Sleep(time.Millisecond)
	}
	fmt.Println("enough inner finalized:", innerDone >= n*8/10)
	fmt.Println("enough interface finalizers:", anyDone >= n*8/10)
	fmt.Println("enough tiny objects finalized by one collection:", tinyAfterOne >= n*8/10)
	fmt.Println("goroutines:", runtime.NumGoroutine())
}

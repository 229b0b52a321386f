// runtime.ReadMemStats from goscape's heap counters: allocations show in
// Mallocs and HeapObjects, a collection frees them and counts in NumGC;
// runtime.GC as a func value.
package main

import (
	"fmt"
	"runtime"
)

type node struct {
	next *node
	pad  [6]int
}

var sink *node

func main() {
	gc := runtime.GC
	gc()
	var before, after, freed runtime.MemStats
	runtime.ReadMemStats(&before)
	for i := 0; i < 10000; i++ {
		sink = &node{next: sink}
	}
	runtime.ReadMemStats(&after)
	fmt.Println("mallocs grew:", after.Mallocs-before.Mallocs >= 10000, "alloc grew:", after.HeapAlloc > before.HeapAlloc)
	fmt.Println("objects grew:", after.HeapObjects >= before.HeapObjects+10000, "total:", after.TotalAlloc > before.TotalAlloc)
	sink = nil
	runtime.GC()
	runtime.ReadMemStats(&freed)
	fmt.Println("freed:", freed.Frees-after.Frees >= 10000, "numgc:", freed.NumGC > after.NumGC, "sys:", freed.Sys >= freed.HeapAlloc)
}

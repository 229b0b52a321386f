// An import of a package goscape cannot compile is one positioned error.
package main

import (
	"fmt"
	"runtime/pprof"
)

func main() {
	fmt.Println(pprof.Profiles())
}

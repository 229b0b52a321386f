// An import of a package goscape cannot compile is one positioned error.
package main

import (
	"fmt"
	"runtime/debug"
)

func main() {
	fmt.Println(debug.SetGCPercent(50))
}

package main

import (
	"fmt"
	"runtime"
	"strings"
)

func main() {
	fmt.Println(strings.ToUpper("x"))
	runtime.GC()
}

package main

import (
	"fmt"
	"os"
)

// Lists its open file descriptors: a sandboxed run must have only stdin,
// stdout, stderr (and the directory it reads them from).
func main() {
	entries, err := os.ReadDir("/proc/self/fd")
	if err != nil {
		fmt.Println("cannot list:", err)
		return
	}
	fmt.Print("fds:")
	for _, e := range entries {
		fmt.Print(" ", e.Name())
	}
	fmt.Println()
}

// Escape of the compiler's fmt scanning functions (Sscan's operands leak,
// the variadic slice does not) and of GOROOT's os: File.Read and WriteFile
// keep nothing of their buffers (escape/paramcall.c says why).
package main

import (
	"fmt"
	"os"
)

func scan(s string) (int, string) {
	var n int
	var w string
	fmt.Sscan(s, &n, &w)
	return n, w
}

func scanf(s string) (x, y int) {
	fmt.Sscanf(s, "%d,%d", &x, &y)
	return
}

func line(s string) float64 {
	var f float64
	fmt.Sscanln(s, &f)
	return f
}

func read(f *os.File) int {
	buf := make([]byte, 16)
	n, _ := f.Read(buf)
	return n
}

func write(name string, data []byte) error {
	if err := os.WriteFile(name, data, 0600); err != nil {
		return err
	}
	b, err := os.ReadFile(name)
	_ = b
	return err
}
func main() {}

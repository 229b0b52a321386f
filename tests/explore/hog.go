package main

import "fmt"

// Touches 1 GiB: more memory than a run from the page may use.
func main() {
	b := make([]byte, 1<<30)
	for i := 0; i < len(b); i += 4096 {
		b[i] = 1
	}
	fmt.Println(len(b))
}

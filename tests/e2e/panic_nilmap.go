// Assigning to an entry of a nil map panics.
package main

import "fmt"

func main() {
	var m map[string]int
	fmt.Println("reading is fine:", m["x"], len(m))
	m["x"] = 1
	fmt.Println("not reached")
}

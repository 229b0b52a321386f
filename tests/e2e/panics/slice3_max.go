// Panics: three-index slice with max beyond capacity.
package main

import "fmt"

func main() {
	s := make([]int, 3, 5)
	m := 9
	fmt.Println(len(s[1:2:5]))
	_ = s[1:2:m]
}

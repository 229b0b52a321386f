// Panics: converting a short slice to an array pointer.
package main

import "fmt"

func main() {
	s := []int{1, 2}
	p := (*[2]int)(s)
	fmt.Println(*p)
	q := (*[3]int)(s)
	fmt.Println(q)
}

// `for k, v = range x` assigns key and value like a tuple assignment: an
// index in v's place uses k's value from before the assignment.
package main

import "fmt"

func main() {
	x := []int{10, 20, 30}
	y := []int{99, 98}
	i := 2
	for i, x[i] = range y {
		break
	}
	fmt.Println(i, x)

	m := map[string]int{}
	k := "old"
	for k, m[k] = range map[string]int{"new": 7} {
	}
	fmt.Println(k, m)

	r := []rune("??")
	j := 1
	for j, r[j] = range "ab" {
		fmt.Println(j, string(r))
	}
}

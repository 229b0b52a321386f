package main

import "fmt"

// get goes through the SSA back end with a register ABI; called through
// a func value it is entered at its stack ABI entry, a thunk whose frame
// the traceback hides, as Go hides its ABI wrappers.
func get(s []int, i int) int {
	return s[i]
}

var pick = get

func main() {
	s := []int{1, 2, 3}
	fmt.Println(pick(s, 1))
	fmt.Println(pick(s, 5))
}

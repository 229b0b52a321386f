// A slice is not a valid map key type.
package main

func main() {
	m := map[[]int]string{}
	_ = m
}

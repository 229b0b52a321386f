// fmt map printing: interface keys of different dynamic types sort like Go's (descriptor size, then type name), then by value.
package main

import "fmt"

type T struct{ a int }
type M int

func (M) String() string { return "m" }
func (M) Foo()           {}

type Big struct{ a, b, c int }
type P struct{ x int }

func (*P) Hi() {}

func main() {
	// Pointer keys (their order depends on addresses) only need to print.
	x := 1
	c := make(chan int)
	fmt.Println(len(fmt.Sprint(map[interface{}]int{&x: 4, c: 5, &P{}: 7, T{1}: 1})) > 20)
	m := map[interface{}]int{T{1}: 1, M(2): 2, Big{}: 3, [2]string{}: 6, struct{}{}: 8, "s": 9, 1: 10, fmt.Errorf("e"): 11}
	fmt.Println(m)
}

type A int
type Z string

func init() {
	x := 1
	fmt.Println(map[interface{}]int{T{1}: 1, "s": 2, int8(3): 3, uint(4): 4, &x != nil: 5, A(6): 6, Z("z"): 7, 1.5: 8, [1]int{9}: 9, float32(1): 10, 'r': 11, byte(1): 12, uint16(1): 13})
}

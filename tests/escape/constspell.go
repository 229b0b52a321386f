// Golden escape test constspell: folded constants print their source, the way Go's syntax printer shortens it.
package main

import (
	"fmt"
	"unsafe"
)

type Empty struct{}

func main() {
	fmt.Println(unsafe.Sizeof(struct {
		a, b int32
		Empty
		c    string `json:"c"`
		f    func(int) (int, error)
		i    interface{ M() }
		e    interface{}
		m    map[string][]*int
		ch   <-chan int
		p    *[3]byte
	}{}))
	fmt.Println(unsafe.Sizeof(struct{}{}), unsafe.Sizeof([2]struct{ x int }{}), unsafe.Sizeof(Empty{}))
	fmt.Println(unsafe.Sizeof(func(a, b int, c ...string) {}))
	fmt.Println(unsafe.Sizeof([]int{1, 2}), unsafe.Sizeof(map[int]int{1: 2}), unsafe.Sizeof(struct{ a int }{a: 1}))
	fmt.Println(unsafe.Sizeof(struct{ a int }{1}), unsafe.Sizeof(&struct{ a int }{1}))
}

type P struct{ a, b int }

const K = 3

func more() {
	fmt.Println(len([3]int{1, 2, 3}), len([K]string{}), cap([...]int{1, 2}))
	fmt.Println(unsafe.Sizeof(P{1, 2}), unsafe.Sizeof(P{a: 1}), unsafe.Sizeof([2]P{{1, 2}}))
	fmt.Println(unsafe.Sizeof(map[string]struct{ x, y float64 }{}), len([K * 2]byte{})+1, unsafe.Sizeof((*int)(nil)))
}

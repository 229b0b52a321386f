// Panics: non-empty interface holding one type asserted to another.
package main

import "fmt"

type Shape interface{ Area() int }
type Sq struct{ s int }
type Circle struct{ r int }

func (q Sq) Area() int     { return q.s * q.s }
func (c Circle) Area() int { return 3 * c.r * c.r }

func main() {
	var s Shape = Circle{2}
	fmt.Println(s.Area())
	fmt.Println(s.(Sq).s)
}

// A select receive clause may assign to interface variables (the value
// and the ok flag are converted as in any assignment).
package main

import "fmt"

type stringer interface{ String() string }
type name string

func (n name) String() string { return "name:" + string(n) }

func main() {
	var i interface{}
	c := make(chan int, 1)
	c <- 1
	select {
	case i = <-c:
	}
	fmt.Println(i)
	var s stringer
	var ok interface{}
	d := make(chan name, 1)
	d <- "x"
	select {
	case s, ok = <-d:
	}
	fmt.Println(s, ok)
	close(d)
	select {
	case s, ok = <-d:
	}
	fmt.Println(s, ok)
	fromIfaceChan()
}

func fromIfaceChan() {
	c := make(chan stringer, 1)
	c <- name("y")
	var e interface{}
	select {
	case e = <-c:
	}
	fmt.Println(e)
}

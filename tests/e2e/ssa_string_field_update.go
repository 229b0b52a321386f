// s += t on a string that is a field at a non-zero offset: of a
// package-level struct, through a pointer, of a slice element, and through
// a nil pointer (Go's nil dereference panic). The SSA back end once read
// such a field from offset 0 of its struct (difftest seed 9323).
package main

import "fmt"

type Box struct {
	count int
	seq   string
}

var g Box = Box{count: 7, seq: "zz"}

func global() {
	g.count = -2
	g.seq += "Hi"
	g.seq += "!"
}

func viaPointer(b *Box, tail string) {
	b.seq += tail
}

func inSlice(bs []Box) {
	for i := range bs {
		bs[i].seq += fmt.Sprint(i)
	}
}

func main() {
	global()
	fmt.Println(g.count, g.seq)
	b := &Box{count: 1, seq: "a"}
	viaPointer(b, "bc")
	fmt.Println(b.count, b.seq)
	bs := []Box{{1, "x"}, {2, "y"}}
	inSlice(bs)
	fmt.Println(bs)
	var nilBox *Box
	viaPointer(nilBox, "boom")
}

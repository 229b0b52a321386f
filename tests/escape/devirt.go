// Golden escape test devirt: interface calls on locals holding one concrete type are devirtualized.
package main

type Reader interface{ Read() string }

type Buffer struct{ data []string }

func (b *Buffer) Read() string { return b.data[0] }

type Logged struct {
	*Buffer
	n int
}

type Shape interface{ Area() int }
type Rect struct{ w, h int }

func (r Rect) Area() int { return r.w * r.h }

type I interface{ M() }
type T struct{ I }

func local() int {
	var s Shape = Rect{2, 3}
	return s.Area()
}

func promoted() string {
	var r Reader = &Logged{Buffer: &Buffer{}}
	return r.Read() + r.Read()
}

func partial() {
	var i I = T{}
	i.M()
}

func main() {
	println(local(), promoted())
	partial()
}

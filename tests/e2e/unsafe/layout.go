// Unsafe: Sizeof, Alignof and Offsetof for basic types, padded structs, nested structs, arrays, slices, strings, interfaces, maps and channels.
package main

import (
	"fmt"
	"unsafe"
)

type Small struct {
	a bool
	b int64
	c bool
}

type Packed struct {
	b int64
	a bool
	c bool
}

type Mixed struct {
	x  int8
	y  int16
	z  int32
	f  float32
	s  string
	sl []int
	p  *Mixed
	i  interface{}
	e  struct{}
}

type Outer struct {
	tag byte
	in  Small
	arr [3]int16
	end byte
}

func main() {
	var (
		b   bool
		i8  int8
		i16 int16
		i32 int32
		i64 int64
		n   int
		u   uint
		up  uintptr
		f32 float32
		f64 float64
		r   rune
		s   string
		sl  []byte
		m   map[int]int
		ch  chan int
		fn  func()
		e   interface{}
		er  error
		p   *int
	)
	fmt.Println(unsafe.Sizeof(b), unsafe.Sizeof(i8), unsafe.Sizeof(i16), unsafe.Sizeof(i32), unsafe.Sizeof(i64))
	fmt.Println(unsafe.Sizeof(n), unsafe.Sizeof(u), unsafe.Sizeof(up), unsafe.Sizeof(f32), unsafe.Sizeof(f64), unsafe.Sizeof(r))
	fmt.Println(unsafe.Sizeof(s), unsafe.Sizeof(sl), unsafe.Sizeof(m), unsafe.Sizeof(ch), unsafe.Sizeof(fn), unsafe.Sizeof(e), unsafe.Sizeof(er), unsafe.Sizeof(p))
	fmt.Println(unsafe.Alignof(b), unsafe.Alignof(i16), unsafe.Alignof(i32), unsafe.Alignof(f64), unsafe.Alignof(s), unsafe.Alignof(e))
	var sm Small
	var pk Packed
	var mx Mixed
	var o Outer
	fmt.Println("Small", unsafe.Sizeof(sm), unsafe.Alignof(sm), unsafe.Offsetof(sm.a), unsafe.Offsetof(sm.b), unsafe.Offsetof(sm.c))
	fmt.Println("Packed", unsafe.Sizeof(pk), unsafe.Offsetof(pk.a), unsafe.Offsetof(pk.c))
	fmt.Println("Mixed", unsafe.Sizeof(mx), unsafe.Offsetof(mx.y), unsafe.Offsetof(mx.z), unsafe.Offsetof(mx.f),
		unsafe.Offsetof(mx.s), unsafe.Offsetof(mx.sl), unsafe.Offsetof(mx.p), unsafe.Offsetof(mx.i), unsafe.Offsetof(mx.e))
	fmt.Println("Outer", unsafe.Sizeof(o), unsafe.Offsetof(o.in), unsafe.Offsetof(o.arr), unsafe.Offsetof(o.end), unsafe.Offsetof(o.in.c))
	var arr [5]Small
	var empty struct{}
	var ea [0]int64
	fmt.Println(unsafe.Sizeof(arr), unsafe.Sizeof(empty), unsafe.Sizeof(ea), unsafe.Alignof(ea))
	const k = unsafe.Sizeof(int32(0)) * 4
	var buf [k]byte
	fmt.Println(k, len(buf))
	fmt.Printf("%T\n", unsafe.Sizeof(0))
}

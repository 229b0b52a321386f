// Unsafe: Pointer casts between types, reading float bits, uintptr arithmetic, unsafe.Add, unsafe.Slice, and string/slice header access.
package main

import (
	"fmt"
	"unsafe"
)

type Header struct {
	Data uintptr
	Len  int
	Cap  int
}

type Pair struct {
	A int32
	B int32
	C int64
}

func main() {
	f := 1.5
	bits := *(*uint64)(unsafe.Pointer(&f))
	fmt.Printf("%#x\n", bits)
	var f32 float32 = -2
	fmt.Printf("%#x\n", *(*uint32)(unsafe.Pointer(&f32)))
	u := uint64(0x400921fb54442d18)
	fmt.Println(*(*float64)(unsafe.Pointer(&u)))

	p := Pair{1, 2, 3}
	pb := (*int32)(unsafe.Pointer(uintptr(unsafe.Pointer(&p)) + unsafe.Offsetof(p.B)))
	*pb = 20
	pc := (*int64)(unsafe.Add(unsafe.Pointer(&p), 8))
	*pc += 30
	fmt.Println(p)

	arr := [6]int16{10, 20, 30, 40, 50, 60}
	second := (*int16)(unsafe.Add(unsafe.Pointer(&arr[0]), 2))
	fmt.Println(*second)
	sl := unsafe.Slice(&arr[1], 3)
	fmt.Println(sl, len(sl), cap(sl))
	sl[0] = 99
	fmt.Println(arr)

	s := []int{7, 8, 9}
	h := (*Header)(unsafe.Pointer(&s))
	fmt.Println(h.Len, h.Cap, h.Data == uintptr(unsafe.Pointer(&s[0])))
	h.Len = 2
	fmt.Println(s)

	word := uint32(0x01020304)
	bs := (*[4]byte)(unsafe.Pointer(&word))
	fmt.Println(bs[0], bs[3], *bs)

	str := "hello"
	sh := (*[2]uintptr)(unsafe.Pointer(&str))
	fmt.Println(sh[1])
	first := *(*byte)(unsafe.Pointer(sh[0]))
	fmt.Println(string(first))

	bytes := []byte("abc")
	asStr := *(*string)(unsafe.Pointer(&bytes))
	fmt.Println(asStr, len(asStr))

	var x int64 = -1
	fmt.Println(*(*uint64)(unsafe.Pointer(&x)), *(*int8)(unsafe.Pointer(&x)))
	var np *int
	fmt.Println(unsafe.Pointer(np) == nil, uintptr(unsafe.Pointer(np)))
	vals := []int32{1, 2, 3, 4}
	base := unsafe.Pointer(&vals[0])
	tot := int32(0)
	for i := 0; i < len(vals); i++ {
		tot += *(*int32)(unsafe.Add(base, i*4))
	}
	fmt.Println(tot)
}

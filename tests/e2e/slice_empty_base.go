// Slicing to an empty result keeps the base pointer when nothing remains
// behind it (no capacity; for strings no length), as gc does, so the
// result never points past the end of the underlying object.
package main

import (
	"fmt"
	"unsafe"
)

func base(p unsafe.Pointer) uintptr { return *(*uintptr)(p) }

func main() {
	s := "hello"
	n := len(s)
	tail, mid := s[n:], s[2:2]
	fmt.Println(base(unsafe.Pointer(&tail))-base(unsafe.Pointer(&s)), base(unsafe.Pointer(&mid))-base(unsafe.Pointer(&s)))

	b := make([]int32, 5, 8)
	full := b[:5:5]
	atCap := full[5:]
	inside := b[5:]
	fmt.Println(base(unsafe.Pointer(&atCap))-base(unsafe.Pointer(&b)), base(unsafe.Pointer(&inside))-base(unsafe.Pointer(&b)),
		len(inside), cap(inside), len(atCap), cap(atCap))
}

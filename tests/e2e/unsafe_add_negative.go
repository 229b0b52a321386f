// unsafe.Add takes an offset of any integer type, negative too.
package main

import (
	"fmt"
	"unsafe"
)

func main() {
	a := [4]int64{10, 20, 30, 40}
	end := unsafe.Pointer(&a[3])
	fmt.Println(*(*int64)(unsafe.Add(end, -8)), *(*int64)(unsafe.Add(end, -3*8)))
	var back int8 = -16
	var fwd uint8 = 8
	var wide int32 = -24
	start := unsafe.Add(end, wide)
	fmt.Println(*(*int64)(unsafe.Add(end, back)), *(*int64)(unsafe.Add(start, fwd)), *(*int64)(start))
}

// Panics: MinInt64 / -1 does not trap in Go (wraps), % -1 is 0; then modulo by zero panics.
package main

import "fmt"

func main() {
	var m int64 = -1 << 63
	d := int64(-1)
	fmt.Println(m/d, m%d)
	var m8 int8 = -128
	d8 := int8(-1)
	fmt.Println(m8/d8, m8%d8)
	var m32 int32 = -1 << 31
	d32 := int32(-1)
	fmt.Println(m32/d32, m32%d32)
	z := 0
	fmt.Println(7 % (z + 1))
	fmt.Println(7 % z)
}

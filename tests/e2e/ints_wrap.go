// Sized integers: wrap-around, signed division, shifts and bit operations.
package main

import "fmt"

func main() {
	var a int8 = 127
	a++
	fmt.Println("int8 127+1 =", a)
	var b uint8 = 0
	b--
	fmt.Println("uint8 0-1 =", b)
	var c int16 = -32768
	c = -c
	fmt.Println("-int16 min =", c)
	var d uint32 = 1 << 31
	d *= 2
	fmt.Println("uint32 2^31*2 =", d)
	var e int64 = 9223372036854775807
	e += 1
	fmt.Println("int64 max+1 =", e)
	var u uint = 0
	u -= 3
	fmt.Println("uint 0-3 =", u)

	// Go truncates toward zero; the remainder has the dividend's sign.
	for _, p := range [][2]int{{7, 2}, {-7, 2}, {7, -2}, {-7, -2}} {
		fmt.Println(p[0], "/", p[1], "=", p[0]/p[1], "rem", p[0]%p[1])
	}
	x := -8
	fmt.Println(x>>1, x<<2, uint8(200)>>3, int8(-128)>>7)
	var s uint = 70
	fmt.Println(1<<s == 0, int32(1)<<30, uint64(1)<<63)
	fmt.Println(0xF0&0x3C, 0xF0|0x0F, 0xF0^0xFF, 0xF0&^0x30, ^0)
	var m int8 = -128
	fmt.Println(m/-1, m%-1)
	h := uint32(2166136261)
	for _, ch := range []byte("hash me") {
		h ^= uint32(ch)
		h *= 16777619
	}
	fmt.Println("fnv32a:", h)
	fmt.Printf("%d %d %d\n", int8(300&0xff), uint16(70000&0xffff), int32(-1)&0x7fffffff)
}

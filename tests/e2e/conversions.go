// Numeric conversions: truncation, sign extension, float to int, int to string of runes.
package main

import "fmt"

func main() {
	big := 1000
	fmt.Println(int8(big), uint8(big), int16(big*100), uint16(big*100))
	neg := -1
	fmt.Println(uint8(neg), uint16(neg), uint32(neg), uint64(neg))
	var b int8 = -2
	fmt.Println(int64(b), uint64(uint8(b)), int(uint16(b)))
	f := 3.99
	fmt.Println(int(f), int(-f), float64(7)/2, float32(1)/3)
	var i64 int64 = 1<<53 + 1
	fmt.Println(float64(i64) == float64(1<<53), int64(float64(i64)))
	r := 'A' + 2
	fmt.Println(r, string(r), string(rune(945)))
	by := byte('z')
	fmt.Println(by, string(by), rune(by))
	u := uint(3)
	fmt.Println(int(u)-5, u-1)
	one := int64(1)
	max32 := uint32(1<<32 - 1)
	fmt.Println(int32(one<<40+5), max32+1)
	h := 0.5
	fmt.Println(int(h*10), uint8(int(h*511)))
}

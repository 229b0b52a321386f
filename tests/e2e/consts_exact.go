// Exact constant arithmetic: untyped constants are exact (512-bit integers,
// fractions for floats) and are rounded only when they get a type.
package main

import "fmt"

const (
	MaxUint64 = 1<<64 - 1
	MaxInt64  = 1<<63 - 1
	MinInt64  = -1 << 63
	Huge      = 1 << 500
	Big       = Huge >> 490 // 1024
	Third     = 1.0 / 3
	Pi        = 3.14159265358979323846264338327950288419716939937510582097494459
	Tiny      = 1e-320
	Eps       = 0x1p-52
	Mask      = ^uint32(0)
	NegMask   = ^0x0f
	Mixed     = 'a' + 1.5 - 0.5
)

type Celsius float32

const Boiling Celsius = 100

func main() {
	fmt.Println(0.1+0.2, 0.1+0.2 == 0.3, -0.0, 1/3.0*3 == 1)
	fmt.Println(uint64(MaxUint64), MaxInt64, MinInt64, Big, 1<<100>>98)
	fmt.Println(Huge/(Huge>>10), Huge%7, float64(Huge))
	fmt.Println(Third, float32(Third), Third*3 == 1, Pi, float32(Pi))
	fmt.Println(Tiny, Eps, 1+Eps > 1, 1+Eps/2 > 1)
	fmt.Println(Mask, NegMask, Mixed, string(rune(Mixed)))
	fmt.Println(Boiling*9/5+32, Boiling/3)
	var f32 float32 = 16777217
	var f64 float64 = 9007199254740993
	fmt.Println(f32, f64, 1e23, 8.589973e9, float32(8.589973e9))
	const x = 1e300 * 1e300 / 1e300
	fmt.Println(x, 5/2, 5.0/2, 5/2.0, -7/2, -7%3, 7>>1, -7>>1)
	var i8 int8 = -128
	var u uint = 1<<64 - 1
	fmt.Println(i8, u, u+1, ^uint8(1), 0x7fffffffffffffff+(-1<<63))
	fmt.Printf("%.20f %v %v\n", 0.1, 1e21, 123456789e-30)
	switch 1 << 70 >> 69 {
	case 2:
		fmt.Println("two")
	}
	if 13247637253608694815 == 9223372036854775807 {
		fmt.Println("equal")
	}
	fmt.Println(len(string(rune(1<<20))), string(rune(0x10ffff+1)) == "\uFFFD")
}

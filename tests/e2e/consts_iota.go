// Constants: iota patterns, typed and untyped constants, constant arithmetic.
package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	_
	Thursday
)

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
)

const (
	A, B = iota, iota * 10
	C, D
	E, F
)

const big = 1 << 100
const pi = 3.14159265358979323846
const greeting = "hello, " + "world"

type Color uint8

const (
	Red Color = 1 << iota
	Green
	Blue
)

func main() {
	fmt.Println(Sunday, Monday, Tuesday, Thursday)
	fmt.Println(KB, MB, GB)
	fmt.Println(A, B, C, D, E, F)
	fmt.Println(big>>98, big/(1<<97))
	p := pi
	fmt.Println(pi*2 > 6, int(p*1000))
	fmt.Println(greeting, len(greeting))
	fmt.Println(Red, Green, Blue, Red|Blue)
	const local = 'x' + 1
	fmt.Println(local, string(rune(local)))
	var f float64 = 1 / 3.0
	var i int = 7 / 2
	fmt.Println(f > 0.33, i)
	fmt.Printf("%T %T %T\n", Monday, Green, local)
	const typed int32 = 1 << 30
	fmt.Println(typed/2*3, uint8(255)+0)
}

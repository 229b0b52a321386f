// Functions in the SSA back end's subset (scalars, if/for/switch, direct
// calls): Go's wrap-around at every width, division and shift rules,
// comparisons signed and unsigned, && and || as values and branches,
// several results, break and continue, loops whose variables swap.
package main

import "fmt"

func wrap8(a, b int8) (int8, int8, int8, int8) {
	return a + b, a - b, a * b, -a
}

func wrapu16(a, b uint16) (uint16, uint16, uint16, uint16) {
	return a + b, a - b, a * b, ^a
}

func div(a, b int64) (int64, int64) {
	return a / b, a % b
}

func div8(a, b int8) (int8, int8) {
	return a / b, a % b
}

func divu(a, b uint32) (uint32, uint32) {
	return a / b, a % b
}

func divconst(a int) (int, int, int, int, int, int) {
	return a / 8, a % 8, a / 7, a % 7, a / -1, a % -1
}

func shifts(x int32, u uint8, n uint) (int32, int32, uint8, uint8, int32) {
	return x << n, x >> n, u << n, u >> n, x >> 40
}

func signedShift(x int, n int) int {
	return x<<n | x>>n
}

func cmp(a, b int, c, d uint) (bool, bool, bool, bool) {
	return a < b, c < d, a >= b && c != d, a == b || c > d
}

func logic(a, b, c bool) bool {
	x := a && (b || !c)
	if x || (a && c) {
		return !x
	}
	return x
}

func conv(x int) (int8, uint8, int16, uint32, int64, uint) {
	return int8(x), uint8(x), int16(x), uint32(x), int64(int32(x)), uint(x)
}

func collatz(n uint64) (steps int) {
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	return
}

func gcd(a, b int) int {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

func classify(n int) int {
	switch {
	case n < 0:
		return -1
	case n == 0:
		return 0
	}
	switch n % 4 {
	case 1, 3:
		return 1
	case 2:
		return 2
	default:
		return 4
	}
}

func loops(n int) (int, int) {
	s, k := 0, 0
	for i := 0; i < n; i++ {
		if i%3 == 0 {
			continue
		}
		for j := i; ; j++ {
			if j > i+2 {
				break
			}
			s += j ^ i
		}
		if s > 1000 {
			break
		}
		k++
	}
	return s, k
}

func swap(a, b int) (int, int) { return b, a }

func rotate(a, b, c int) (int, int, int) {
	for i := 0; i < 5; i++ {
		a, b, c = b, c, a
		b, c = swap(b, c)
	}
	return a, b, c
}

func bits(x uint64) int {
	n := 0
	for x != 0 {
		x &^= x & -x
		n++
	}
	return n
}

type celsius int

func (c celsius) fahrenheit() int { return int(c)*9/5 + 32 }

func main() {
	fmt.Println(wrap8(100, 100))
	fmt.Println(wrap8(-128, 1))
	fmt.Println(wrapu16(65535, 2))
	fmt.Println(div(-7, 2))
	fmt.Println(div(-9223372036854775808, -1))
	fmt.Println(div8(-128, -1))
	fmt.Println(divu(4294967295, 10))
	fmt.Println(divconst(-17))
	fmt.Println(divconst(-9223372036854775808))
	fmt.Println(shifts(-5, 200, 3))
	fmt.Println(shifts(-5, 200, 70))
	fmt.Println(signedShift(12345, 3), signedShift(-1, 63), signedShift(7, 64))
	fmt.Println(cmp(-1, 1, 1, 2))
	fmt.Println(cmp(5, 5, 1<<63, 2))
	fmt.Println(logic(true, false, false), logic(true, false, true), logic(false, true, true))
	fmt.Println(conv(-200))
	fmt.Println(conv(1<<40 + 1<<31 + 255))
	fmt.Println(collatz(27), gcd(1071, 462), gcd(17, 0))
	for i := -2; i < 9; i++ {
		fmt.Print(classify(i), " ")
	}
	fmt.Println()
	fmt.Println(loops(10))
	fmt.Println(loops(1000))
	fmt.Println(rotate(1, 2, 3))
	fmt.Println(bits(0xF0F0), bits(1<<63|1))
	fmt.Println(celsius(100).fahrenheit(), celsius(-40).fahrenheit())
}

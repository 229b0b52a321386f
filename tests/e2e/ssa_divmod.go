// Remainders by constants (divmod.c): x % c with x / c beside it shares
// one division (digits of an integer), and x % 2^k == 0 tests the low
// bits whatever x's sign, in every width.
package main

import "fmt"

func digits(n int64) string {
	var buf [24]byte
	i := len(buf)
	neg := n < 0
	for {
		i--
		d := n % 10
		if d < 0 {
			d = -d
		}
		buf[i] = byte('0' + d)
		n /= 10
		if n == 0 {
			break
		}
	}
	if neg {
		i--
		buf[i] = '-'
	}
	return string(buf[i:])
}

func split(x uint32) (uint32, uint32, uint8, int16) {
	return x / 1000, x % 1000, uint8(x) % 7, int16(x) % 300
}

func even(x int) bool      { return x%2 == 0 }
func by8(x int32) bool     { return x%8 != 0 }
func by16(x int8) bool     { return 0 == x%16 }
func oddU(x uint64) bool   { return x%2 != 0 }
func rem4(x int) (int, bool) { return x % 4, x%4 == 0 }

func main() {
	for _, n := range []int64{0, 7, -7, 10, -10, 123456789, -987654321, 1<<63 - 1, -1 << 63} {
		fmt.Println(digits(n))
	}
	for _, x := range []uint32{0, 999, 1000, 65535, 70000, 1<<32 - 1} {
		fmt.Println(split(x))
	}
	for _, x := range []int{-9, -8, -3, -2, -1, 0, 1, 2, 7, 8, 1 << 40} {
		r, z := rem4(x)
		fmt.Println(x, even(x), by8(int32(x)), by16(int8(x*3)), oddU(uint64(x)), r, z)
	}
}

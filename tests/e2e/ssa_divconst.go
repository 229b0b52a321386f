// Division and remainder by constants that are not powers of two: a
// multiplication by a reciprocal, not a divide instruction, in both back
// ends (divTree defers, so the tree walker compiles it). Every width and
// signedness, dividends at the edges of each range.
package main

import "fmt"

var i64s = []int64{0, 1, -1, 2, 3, 7, 9, 10, 11, -9, -10, -11, 99, 100, -100, 12345, -12345,
	1<<31 - 1, -1 << 31, 1<<32 + 5, 1<<62 + 3, 1<<63 - 1, -1 << 63, -1<<63 + 1, 6148914691236517205}

var u64s = []uint64{0, 1, 2, 9, 10, 11, 1<<32 - 1, 1 << 32, 1<<63 - 1, 1 << 63, 1<<63 + 1, 1<<64 - 1, 1<<64 - 2,
	12297829382473034411}

func div64(x int64) int64 {
	return x/3 ^ x%3 ^ x/10 ^ x%10 ^ x/7 ^ x%7 ^ x/1000000007 ^ x%1000000007 ^ x/(1<<62+1) ^ x%(1<<62+1) ^
		x/-10 ^ x%-10 ^ x/6148914691236517205
}

func divu64(x uint64) uint64 {
	return x/3 ^ x%3 ^ x/10 ^ x%10 ^ x/7 ^ x%7 ^ x/1000000007 ^ x%1000000007 ^ x/(1<<63+1) ^ x%(1<<63+1) ^
		x/(1<<64-1) ^ x%(1<<64-3) ^ x/12297829382473034411
}

func div32(x int32) int32 {
	return x/3 ^ x%3 ^ x/10 ^ x%10 ^ x/7 ^ x%7 ^ x/100000 ^ x%100000 ^ x/-3
}

func divu32(x uint32) uint32 {
	return x/3 ^ x%3 ^ x/10 ^ x%10 ^ x/7 ^ x%7 ^ x/4000000000 ^ x%4000000000
}

func div8(x int8) int8 {
	return x/3 ^ x%3 ^ x/10 ^ x%10 ^ x/127 ^ x%127 ^ x/-7
}

func divu8(x uint8) uint8 {
	return x/3 ^ x%3 ^ x/10 ^ x%10 ^ x/255 ^ x%255
}

func divTree(x int64) int64 {
	defer func() {}()
	return x/3 + x%3 + x/10 + x%10 + x/12345 + x%12345 + x/-9
}

func main() {
	for _, x := range i64s {
		fmt.Println(x, div64(x), divTree(x), div32(int32(x)), divu32(uint32(x)), div8(int8(x)), divu8(uint8(x)))
	}
	for _, x := range u64s {
		fmt.Println(x, divu64(x))
	}
	// a sweep: each constant divisor against the same divisor in a
	// variable (a divide instruction), near zero and near the extremes
	bad := 0
	for _, base := range []int64{0, 1 << 40, -1 << 40, -1 << 63, 1<<63 - 100000} {
		for k := int64(-50000); k < 50000; k++ {
			n := base + k
			u := uint64(n)
			if n/10 != n/v10 || n%10 != n%v10 || n/7 != n/v7 || n%7 != n%v7 || n/641 != n/v641 || n%641 != n%v641 ||
				u/10 != u/uint64(v10) || u%10 != u%uint64(v10) || u/641 != u/uint64(v641) || u%7 != u%uint64(v7) {
				bad++
			}
		}
	}
	fmt.Println("bad", bad)
}

var v10, v7, v641 int64 = 10, 7, 641

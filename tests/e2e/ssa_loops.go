// Loop code of the SSA back end: shifts by a count masked to 63 (no
// check: x86 takes it mod 64), by counts that may be 64 or more (every
// bit out, or the sign), x | 1<<y as bts, re-extensions a value's bound
// makes redundant (uint32 hashes, int8s), index checks below a constant
// length (buf[i&7]), loops emitted with their test at the bottom (none,
// one and many iterations, break, continue, nesting). Index checks Go
// keeps still panic, recovered, and at last one that is not.
package main

import "fmt"

func sieve(n int, bits []uint64) int {
	for i := range bits {
		bits[i] = 0
	}
	bits[0] = 3
	for i := 2; i*i <= n; i++ {
		if bits[i>>6]&(uint64(1)<<uint(i&63)) == 0 {
			for j := i * i; j <= n; j += i {
				bits[j>>6] |= uint64(1) << uint(j&63)
			}
		}
	}
	primes := 0
	for k := 0; k <= n; k++ {
		if bits[k>>6]&(1<<(uint(k)&63)) == 0 {
			primes++
		}
	}
	return primes
}

func shifts(x uint64, s int64, y uint, b uint8) (uint64, uint64, int64, uint64, uint64, uint64) {
	return x << y, x >> (y & 31), s >> y, x | 1<<y, x | 1<<(y&63), x<<b | uint64(b)>>(b&7)
}

func hash(s string) uint32 {
	var h uint32 = 2166136261
	for i := 0; i < len(s); i++ {
		h = (h ^ uint32(s[i])) * 16777619
	}
	return h
}

func narrow(x int) (int8, int8, uint16, int32) {
	return int8(x & 127), int8(x & 255), uint16(x&0xff) * 300, int32(uint32(x) >> 1)
}

func ring(xs []int) [8]int {
	var buf [8]int
	for i, x := range xs {
		buf[i&7] += x
	}
	return buf
}

func digit(i int) (byte, byte) {
	return "0123456789abcdef"[i&15], "01234567"[i&15]
}

func reverse(b []byte, last int) string {
	i, j := 0, last
	for i < j {
		b[i], b[j] = b[j], b[i]
		i++
		j--
	}
	return string(b)
}

// The SSA functions above panic; the recover is here, in a function with
// a defer (the tree walker's).
func try(f func() string) (s string) {
	defer func() {
		if e := recover(); e != nil {
			fmt.Println("recovered:", e)
			s = "?"
		}
	}()
	return f()
}

// Constant indexes: one compare with an immediate (s[0]: test).
func ends(s []int) int {
	return s[0] + s[2]
}

func loops(n int) (int, int, int) {
	a, b, c := 0, 0, 0
	for i := 0; i < n; i++ {
		if i%3 == 0 {
			continue
		}
		if i > 50 {
			break
		}
		a += i
	}
	for i := n; i > 0; i /= 2 {
		for j := 0; j < i; j++ {
			b += j ^ i
		}
	}
	i := 0
	for {
		c += i
		i++
		if i >= n {
			break
		}
	}
	return a, b, c
}

func sum(s []int, n int) int {
	t := 0
	for i := 0; i < n; i++ {
		t += s[i]
	}
	return t
}

func main() {
	bits := make([]uint64, 1000/64+1)
	fmt.Println(sieve(1000, bits), sieve(64, bits), sieve(2, bits))
	for _, y := range []uint{0, 1, 31, 63, 64, 65, 200} {
		fmt.Println(shifts(0x8000000000000001, -12345, y, uint8(y)))
	}
	fmt.Println(hash(""), hash("goscape"), hash("the quick brown fox"))
	for _, x := range []int{0, 100, 127, 128, 200, 255, 256, -1, -129, 1 << 40} {
		fmt.Println(narrow(x))
	}
	fmt.Println(ring([]int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}))
	for _, i := range []int{3, 7, 12, -1} {
		fmt.Println(try(func() string { a, b := digit(i); return string([]byte{a, b}) }))
	}
	for _, last := range []int{4, 5, 0, -3} {
		fmt.Println(try(func() string { return reverse([]byte("hello"), last) }))
	}
	for _, s := range [][]int{{1, 2, 3}, {1, 2}, nil} {
		fmt.Println(try(func() string { return fmt.Sprint(ends(s)) }))
	}
	for _, n := range []int{0, 1, 2, 10, 100} {
		fmt.Println(loops(n))
	}
	s := []int{1, 2, 3}
	fmt.Println(sum(s, 3), sum(s, 0))
	fmt.Println(sum(s, 4))
}

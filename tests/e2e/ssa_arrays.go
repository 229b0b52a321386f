// Local arrays in functions compiled through SSA: an array that neither
// escapes nor is captured lives in a frame area of its own, zeroed where
// it is declared (every iteration of a loop); its elements are loaded and
// stored there with checks against its constant length, and slicing it
// points into the area (with the checks of an array: against its length).
package main

import "fmt"

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var buf [20]byte
	i := len(buf)
	neg := n < 0
	if neg {
		n = -n
	}
	for n > 0 {
		i--
		buf[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		buf[i] = '-'
	}
	return string(buf[i:])
}

func sums(n int) int {
	t := 0
	for k := 0; k < n; k++ {
		var acc [3]int
		var big [40]int64
		for j := 0; j < 3; j++ {
			acc[j] += j + k
			t += int(big[j+k%30])
		}
		big[k%40] = int64(k)
		t += acc[0] + acc[1] + acc[2] + int(big[k%40])
	}
	return t
}

func window(i, j int) int {
	var a [6]int
	for k := 0; k < len(a); k++ {
		a[k] = k * k
	}
	s := a[i:j:5]
	return len(s)*1000 + cap(s)*100 + s[0]*10 + s[len(s)-1]
}

func at(i int) byte {
	var b [4]byte
	b[1] = 7
	return b[i]
}

func try(name string, f func()) {
	defer func() {
		fmt.Println(name, recover())
	}()
	f()
}

func main() {
	fmt.Println(itoa(0), itoa(7), itoa(-45), itoa(1234567890), itoa(-9223372036854775807))
	fmt.Println(sums(100))
	fmt.Println(window(1, 4), window(2, 3), at(1), at(2))
	try("index", func() { at(4) })
	try("high", func() { window(0, 6) })
	try("low", func() { window(3, 2) })
	at(-1)
}

// Strings in functions compiled through SSA: a string is two words
// (pointer, length) in registers; len, indexing with bounds checks,
// constants, comparisons and concatenation (runtime calls), conversions
// between strings and []byte (a stack buffer when the slice does not
// escape), and strings passed to and returned from calls.
package main

import "fmt"

func hash(s string) uint32 {
	var h uint32 = 2166136261
	for i := 0; i < len(s); i++ {
		h = (h ^ uint32(s[i])) * 16777619
	}
	return h
}

func upper(s string) string {
	b := []byte(s)
	for i := 0; i < len(b); i++ {
		c := b[i]
		if c >= 'a' && c <= 'z' {
			b[i] = c - 32
		}
	}
	return string(b)
}

func reverse(s string) string {
	b := []byte(s)
	for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
		b[i], b[j] = b[j], b[i]
	}
	return string(b)
}

func keep(s string) []byte {
	return []byte(s) // escapes: on the heap
}

func join(a, b string, n int) string {
	s := ""
	for i := 0; i < n; i++ {
		s = s + a + "," + b
	}
	return s
}

var trail string

func repeat(a string, n int) string {
	s := ""
	for i := 0; i < n; i++ {
		s += a
		trail += "."
	}
	return s
}

func order(a, b string) (bool, bool, bool, bool, bool, bool) {
	return a == b, a != b, a < b, a <= b, a > b, a >= b
}

func pick(s string, k int) byte {
	return s[k]
}

func mid(s string, i, j int) string {
	return s[i:j]
}

func tail(s string, i uint8) string {
	return s[i:]
}

func try(name string, f func()) {
	defer func() {
		fmt.Println(name, recover())
	}()
	f()
}

func main() {
	fmt.Println(hash(""), hash("hello"), hash("hello, world"))
	fmt.Println(upper("Hello, World! abc xyz"), reverse("stressed"), reverse(""), upper(""))
	long := join("alpha", "omega", 10)
	fmt.Println(len(long), upper(long)[:20], reverse(long)[:15])
	k := keep("heap bytes")
	k[0] = 'H'
	fmt.Println(string(k), len(k), cap(k) >= len(k))
	fmt.Println(order("abc", "abd"))
	fmt.Println(order("abc", "abc"))
	fmt.Println(order("b", "abc"))
	fmt.Println(order("", ""))
	fmt.Println(pick("xyz", 2), mid("hello world", 2, 7), mid("abc", 3, 3) == "", tail("abcdef", 4))
	try("index", func() { pick("xyz", 3) })
	try("negative", func() { pick("xyz", -1) })
	try("high", func() { mid("abc", 1, 4) })
	try("low", func() { mid("abc", 2, 1) })
	try("unsigned", func() { tail("abc", 200) })
	fmt.Println(repeat("ab", 3), len(repeat("xyz", 50)), repeat("", 2) == "", trail)
	fmt.Println(pick("abc", 5))
}

// Maps in the SSA back end: a map is one pointer word in a register;
// make, m[k] reads (the zero value when absent), m[k] = v with the value
// built before the slot, len, maps passed and returned, string and
// struct keys, and the nil map's panic at a write (a read gives zero).
package main

import "fmt"

type pt struct{ x, y int }

func count(words []string) map[string]int {
	m := make(map[string]int)
	for i := 0; i < len(words); i++ {
		m[words[i]] = m[words[i]] + 1
	}
	return m
}

func squares(n int) map[int]int {
	m := make(map[int]int, n)
	for i := 0; i < n; i++ {
		m[i] = i * i
	}
	return m
}

func grid() int {
	g := make(map[pt]string)
	g[pt{1, 2}] = "a"
	g[pt{2, 1}] = "b"
	return len(g[pt{1, 2}]+g[pt{2, 1}]+g[pt{3, 3}]) + len(g)
}

func small(m map[int8]bool, k int8) bool {
	return m[k]
}

var calls int

func next() int {
	calls++
	fmt.Println("value", calls)
	return calls
}

func order(m map[int]int) {
	m[10] = next()
	fmt.Println(len(m), m[10])
}

func write(m map[string]int, k string) {
	m[k] = 1
}

func main() {
	c := count([]string{"a", "b", "a", "c", "a"})
	fmt.Println(c["a"], c["b"], c["c"], c["d"], len(c))
	s := squares(6)
	fmt.Println(s[5], s[3], s[9], len(s))
	fmt.Println(grid())
	b := make(map[int8]bool)
	b[-3] = true
	fmt.Println(small(b, -3), small(b, 3), small(nil, 1))
	order(make(map[int]int))
	var nm map[string]int
	fmt.Println(nm["x"], len(nm), nm == nil)
	write(nm, "boom")
	fmt.Println("unreachable")
}

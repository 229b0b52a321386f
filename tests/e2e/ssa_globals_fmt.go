// Package-level variables, fmt's printing functions and constant-size
// makes on the stack in functions compiled through SSA: a global's words
// are loaded and stored at its symbol; fmt's arguments are boxed into a
// []any (constants from read-only images, the rest in boxes on the heap);
// a make that stays on the stack is a frame area zeroed every time it
// runs (with memset when large).
package main

import "fmt"

var words []string
var count int
var small int8 = -3
var total uint32
var ratio = 1.5

func add(w string) {
	words = append(words, w)
	count++
	total += uint32(len(w))
	small--
}

func report(prefix string) string {
	s := fmt.Sprintf("%s: %d words, %d bytes, small %d, ratio %.2f", prefix, count, total, small, ratio)
	fmt.Println(s, len(s))
	return s
}

func table(p *int) {
	for i := 0; i < len(words); i++ {
		fmt.Printf("%2d %-8s %q %v %t %x\n", i, words[i], words[i], float64(i)/4, i%2 == 0, []byte(words[i]))
	}
	fmt.Print("end", 1, 2, "\n")
	fmt.Println()
	fmt.Println(fmt.Sprint("a", 1, 2, "b"), fmt.Sprintln("x", 3), p == nil, p != nil)
}

func scratch(n int) int {
	t := 0
	for i := 0; i < n; i++ {
		buf := make([]int, 4)
		big := make([]int, 20)
		for j := range buf {
			t += buf[j] + big[j]
		}
		buf[i%4] = i
		big[i%20] = i
		t += buf[i%4] + big[19] + len(big) + cap(buf)
	}
	return t
}

func main() {
	add("alpha")
	add("bravo")
	add("charlie")
	add("delta")
	r := report("now")
	table(&count)
	fmt.Println(r == report("now"), scratch(100))
	ratio *= 2
	words = words[:1]
	report("later")
	table(nil)
}

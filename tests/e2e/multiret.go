// Multiple results, named results, blank identifier, f(g()) forwarding.
package main

import "fmt"

func divmod(a, b int) (int, int) { return a / b, a % b }

func minmax(xs []int) (min, max int) {
	min, max = xs[0], xs[0]
	for _, x := range xs[1:] {
		if x < min {
			min = x
		}
		if x > max {
			max = x
		}
	}
	return
}

func named() (s string, n int) {
	s = "named"
	n = len(s)
	return s + "!", n
}

func sum3(a, b, c int) int { return a + b + c }
func three() (int, int, int) { return 1, 2, 3 }

func parse(s string) (int, bool) {
	n := 0
	for _, c := range s {
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

func main() {
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	_, r2 := divmod(9, 4)
	fmt.Println(r2)
	fmt.Println(minmax([]int{3, -1, 8, 2}))
	fmt.Println(named())
	fmt.Println(sum3(three()))
	for _, s := range []string{"123", "12a", ""} {
		if n, ok := parse(s); ok {
			fmt.Println("parsed", n)
		} else {
			fmt.Println("bad", s)
		}
	}
	a, b := 1, 2
	a, b = b, a+b
	fmt.Println(a, b)
}

// Golden escape test autotmp: temporaries Go makes for f(g()) are named after the declarations so far.
package main

import "fmt"

func two() (int, int) { return 1, 2 }

func a(n interface{}) {
	d, ok := n.(int)
	fmt.Println(two())
	_, _ = d, ok
}
func b(m map[int]int) {
	d, ok := m[1]
	fmt.Println(two())
	_, _ = d, ok
}
func c(n interface{}) {
	var d int
	var ok bool
	d, ok = n.(int)
	fmt.Println(two())
	_, _ = d, ok
}
func d() {
	x, y := two()
	fmt.Println(two())
	_, _ = x, y
}
func e(n interface{}) {
	if d, ok := n.(int); ok {
		_ = d
	}
	fmt.Println(two())
}
func main() {}

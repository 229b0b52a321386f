// Pointers: address of locals, swap through pointers, new, pointer to struct fields and array elements.
package main

import "fmt"

func swap(a, b *int) { *a, *b = *b, *a }

func newInt(v int) *int {
	x := v
	return &x
}

type pair struct{ a, b int }

func main() {
	x, y := 1, 2
	swap(&x, &y)
	fmt.Println(x, y)
	p := newInt(10)
	q := newInt(10)
	fmt.Println(*p == *q, p == q)
	*p += 5
	fmt.Println(*p, *q)
	n := new(int)
	fmt.Println(*n)
	*n = 7
	pp := &n
	**pp = 8
	fmt.Println(*n)
	pr := pair{1, 2}
	pb := &pr.b
	*pb = 20
	fmt.Println(pr)
	arr := [3]int{1, 2, 3}
	pe := &arr[1]
	*pe *= 100
	fmt.Println(arr)
	pa := &arr
	pa[2] = 9
	fmt.Println(arr, len(pa))
	var nilp *pair
	fmt.Println(nilp == nil)
	sp := &pair{3, 4}
	sp.a = sp.b * 2
	fmt.Println(*sp)
}

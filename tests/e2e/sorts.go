// Sorting algorithms: insertion sort, quicksort, merge sort, binary search.
package main

import "fmt"

func insertion(a []int) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j] < a[j-1]; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}

func quick(a []int) {
	if len(a) < 2 {
		return
	}
	p := a[len(a)/2]
	i, j := 0, len(a)-1
	for i <= j {
		for a[i] < p {
			i++
		}
		for a[j] > p {
			j--
		}
		if i <= j {
			a[i], a[j] = a[j], a[i]
			i++
			j--
		}
	}
	quick(a[:j+1])
	quick(a[i:])
}

func merge(a []int) []int {
	if len(a) <= 1 {
		return a
	}
	l, r := merge(a[:len(a)/2]), merge(a[len(a)/2:])
	out := make([]int, 0, len(a))
	for len(l) > 0 && len(r) > 0 {
		if l[0] <= r[0] {
			out, l = append(out, l[0]), l[1:]
		} else {
			out, r = append(out, r[0]), r[1:]
		}
	}
	return append(append(out, l...), r...)
}

func search(a []int, x int) int {
	lo, hi := 0, len(a)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if a[m] < x {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

func data() []int {
	seed := uint32(12345)
	out := make([]int, 20)
	for i := range out {
		seed = seed*1103515245 + 12345
		out[i] = int(seed>>16) % 100
	}
	return out
}

func main() {
	a := data()
	fmt.Println(a)
	insertion(a)
	fmt.Println(a)
	b := data()
	quick(b)
	fmt.Println(b)
	c := merge(data())
	fmt.Println(c)
	fmt.Println(search(c, 50), search(c, -1), search(c, 1000))
}

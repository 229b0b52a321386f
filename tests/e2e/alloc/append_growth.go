// Append capacity growth: every distinct capacity seen while appending one by one to nil slices of 1, 4, 5, 8, 16, 24 and 100-byte elements, and multi-element appends.
package main

import "fmt"

type Five struct{ a [5]byte }
type Triple struct{ a, b, c int }
type Hundred [100]byte

func main() {
	{
		var s []byte
		last := -1
		for i := 0; i < 5000; i++ {
			s = append(s, byte(i))
			if cap(s) != last {
				last = cap(s)
				fmt.Print(last, " ")
			}
		}
		fmt.Println("byte")
	}
	{
		var s []int32
		last := -1
		for i := 0; i < 3000; i++ {
			s = append(s, int32(i))
			if cap(s) != last {
				last = cap(s)
				fmt.Print(last, " ")
			}
		}
		fmt.Println("int32")
	}
	{
		var s []Five
		last := -1
		for i := 0; i < 3000; i++ {
			s = append(s, Five{})
			if cap(s) != last {
				last = cap(s)
				fmt.Print(last, " ")
			}
		}
		fmt.Println("five")
	}
	{
		var s []int
		last := -1
		for i := 0; i < 6000; i++ {
			s = append(s, i)
			if cap(s) != last {
				last = cap(s)
				fmt.Print(last, " ")
			}
		}
		fmt.Println("int")
	}
	{
		var s []string
		last := -1
		for i := 0; i < 6000; i++ {
			s = append(s, "")
			if cap(s) != last {
				last = cap(s)
				fmt.Print(last, " ")
			}
		}
		fmt.Println("string")
	}
	{
		var s []Triple
		last := -1
		for i := 0; i < 5000; i++ {
			s = append(s, Triple{i, i, i})
			if cap(s) != last {
				last = cap(s)
				fmt.Print(last, " ")
			}
		}
		fmt.Println("triple", s[4999].c)
	}
	{
		var s []Hundred
		last := -1
		for i := 0; i < 2000; i++ {
			s = append(s, Hundred{})
			if cap(s) != last {
				last = cap(s)
				fmt.Print(last, " ")
			}
		}
		fmt.Println("hundred")
	}
	for _, c := range [][2]int{{0, 0}, {0, 1}, {0, 5}, {0, 9}, {3, 4}, {3, 5}, {4, 5}, {8, 9}, {100, 1}, {256, 1}, {300, 500}, {1000, 10}} {
		l, n := c[0], c[1]
		a := append(make([]int, l), make([]int, n)...)
		b := append(make([]byte, l), make([]byte, n)...)
		s := append(make([]string, l), make([]string, n)...)
		t := append(make([]Triple, l), make([]Triple, n)...)
		fmt.Println(l, n, cap(a), cap(b), cap(s), cap(t))
	}
	x := make([]int, 3, 10)
	y := append(x, 4)
	z := append(x, 5)
	fmt.Println(y, z)
	w := []int{1, 2, 3}
	v := append(w[:1], 9)
	fmt.Println(w, v, cap(v))
	var e []struct{}
	for i := 0; i < 5; i++ {
		e = append(e, struct{}{})
	}
	fmt.Println(len(e), cap(e))
	fmt.Println(cap(append([]int(nil), 1, 2, 3)), cap(append([]string(nil), "a", "b", "c", "d", "e")))
}

// Loop forms: three-clause, condition-only, infinite with break, range forms.
package main

import "fmt"

func main() {
	for i := 0; i < 3; i++ {
		fmt.Print(i)
	}
	fmt.Println()
	n := 1
	for n < 100 {
		n *= 3
	}
	fmt.Println(n)
	k := 0
	for {
		k++
		if k == 4 {
			break
		}
		if k%2 == 0 {
			continue
		}
		fmt.Println("odd k", k)
	}
	for i, v := range []string{"a", "b"} {
		fmt.Println(i, v)
	}
	for i := range [3]int{} {
		fmt.Print(i, " ")
	}
	fmt.Println()
	total := 0
	for _, v := range map[int]int{1: 10, 2: 20, 3: 30} {
		total += v
	}
	fmt.Println(total)
	xs := []int{1, 2, 3}
	for i := range xs {
		xs = append(xs, i)
	}
	fmt.Println(xs)
	for i, j := 0, 10; i < j; i, j = i+1, j-2 {
		fmt.Print(i, ",", j, " ")
	}
	fmt.Println()
	var count int
	for range "héllo" {
		count++
	}
	fmt.Println(count)
}

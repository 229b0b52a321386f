// Switch statements: tags, no tag, init statements, lists, fallthrough, default placement.
package main

import "fmt"

func classify(n int) string {
	switch {
	case n < 0:
		return "negative"
	case n == 0:
		return "zero"
	case n%2 == 0:
		return "even"
	default:
		return "odd"
	}
}

func vowel(c byte) bool {
	switch c {
	case 'a', 'e', 'i', 'o', 'u':
		return true
	}
	return false
}

func kind(x interface{}) string {
	switch v := x.(type) {
	case int:
		return fmt.Sprint("int ", v+1)
	case string:
		return "string " + v
	case nil:
		return "nil"
	case bool, float64:
		return fmt.Sprint("bool or float ", v)
	default:
		return "other"
	}
}

func main() {
	for _, n := range []int{-3, 0, 4, 7} {
		fmt.Println(n, classify(n))
	}
	cnt := 0
	for _, c := range []byte("education") {
		if vowel(c) {
			cnt++
		}
	}
	fmt.Println("vowels:", cnt)
	for i := 0; i < 4; i++ {
		switch i {
		default:
			fmt.Println(i, "default")
		case 0:
			fmt.Println(i, "zero, falls")
			fallthrough
		case 1:
			fmt.Println(i, "one")
		case 2:
			fmt.Println(i, "two")
		}
	}
	switch x := 5 * 5; {
	case x > 20:
		fmt.Println("big", x)
	}
	switch s := "go"; s + "lang" {
	case "golang":
		fmt.Println("matched golang")
	case "go":
		fmt.Println("no")
	}
	fmt.Println(kind(1), kind("s"), kind(nil), kind(2.5), kind(true), kind([]int{}))
}

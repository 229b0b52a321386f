// Evaluation order and stores straight into targets: variables read after calls like gc.
package main

import "fmt"

type P struct{ x, y int }

func show(a int, s string, p P, q []int) { fmt.Println(a, s, p, q) }

func main() {
	s := "hi"
	n := 3
	arr := []int{1, 2, 3}
	p := &P{1, 2}
	defer show(n*2+1, s+"!", *p, arr[1:])
	defer show(len(s), fmt.Sprint(n), P{n, n * n}, append(arr, 4))
	done := make(chan bool)
	go func(a int, b string) { fmt.Println("go", a, b); done <- true }(n<<2, s+s)
	<-done
	n = 100
	s = "changed"
}

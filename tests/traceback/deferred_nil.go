package main

import "fmt"

type T struct{ a, b int }

func f(p *T) {
	defer func() {
		fmt.Println(p.b)
	}()
	panic("boom")
}

func main() {
	f(nil)
}

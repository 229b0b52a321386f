package main

type list struct{ items []int }

func main() {
	p := &list{}
	_ = p == nil || len(p.items)
}

package main

type T struct{ a, b, c int }

var keep []*T
var big [][]byte

func main() {
	for i := 0; i < 1000; i++ {
		keep = append(keep, &T{a: i})
	}
	for i := 0; i < 3; i++ {
		big = append(big, make([]byte, 40000))
	}
	println(len(keep), len(big))
}

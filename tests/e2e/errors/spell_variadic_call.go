package main

func sum(xs ...int) {}

func main() {
	total := sum(1, 2)
	_ = total
}

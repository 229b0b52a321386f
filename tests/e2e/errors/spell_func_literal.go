package main

func main() {
	var n int = func() int { return 1 }
	_ = n
}

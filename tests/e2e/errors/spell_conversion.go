package main

func main() {
	var s string = (*int)(nil)
	_ = s
}

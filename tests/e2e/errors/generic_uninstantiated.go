package main

func Id[T any](v T) T { return v }

func main() {
	f := Id
	_ = f
}

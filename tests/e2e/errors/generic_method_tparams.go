package main

type S[T any] struct{ v T }

func (s S[T]) Map[U any]() {}

func main() {}

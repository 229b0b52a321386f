package main

func Each[T any](xs []T, f func(T)) {}

// the parameter type's known parts are substituted; a type parameter in
// a func literal's type is spelled T, not by its shape
func All[T any](x T) {
	Each([]T{x}, func([]T) {})
}

func main() {
	All(1)
}

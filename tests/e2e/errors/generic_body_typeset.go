package main

type Number interface{ ~int | ~float64 }

func Bad[T Number](x T) string {
	return x + "s"
}

func Sum[T Number](s []T) (t T) {
	for _, v := range s {
		t += v
	}
	undefinedCall()
	return t
}

func Keys[S ~[]E, E comparable](s S) E {
	var m map[E]bool
	return s[0] + m
}

func main() { _ = Sum([]int{1}) }

package main

type Number interface {
	~int | ~float64
}

func Sum[T Number](s []T) (t T) {
	for _, v := range s {
		t += v
	}
	return t
}

func main() {
	_ = Sum([]string{"a"})
}

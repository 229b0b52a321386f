package main

// A shape body calls a method of List[[]T] as gc compiles it for the
// shapes the substitution gives (List[[]float64] for T = Celsius), and gc
// also compiles the instance's own (List[[]main.Celsius]) last.

type Celsius float64

type List[T any] struct{ items []T }

var sink any

func (l *List[T]) Push(v T) {
	l.items = append(l.items, v)
	sink = &v
}

func Wrap[T any](x T) int {
	var l List[[]T]
	l.Push([]T{x})
	return len(l.items)
}

func main() {
	println(Wrap(Celsius(1)))
}

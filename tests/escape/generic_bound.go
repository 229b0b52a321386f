package main

import "fmt"

type Stringer interface{ String() string }

type Lesser[T any] interface{ Less(T) bool }

func Show[T Stringer](v T) any {
	var s Stringer = v
	return fmt.Sprint(v.String(), s.String())
}

func Min[T Lesser[T]](a, b T) any {
	if a.Less(b) {
		return a
	}
	return b
}

type Celsius float64

func (c Celsius) String() string  { return "C" }
func (c Celsius) Less(d Celsius) bool { return c < d }

func main() {
	fmt.Println(Show(Celsius(1)), Min(Celsius(1), 2))
}

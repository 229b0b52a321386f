// Golden escape test anyspell: types are printed as spelled (any, byte, rune).
package main

var sink interface{}

func f(x any) { sink = x }
func g(n int) {
	s := make([]any, n)
	t := make([]interface{}, n)
	u := make([]rune, n)
	v := make([]int32, n)
	w := make([]uint8, n)
	sink, sink, sink, sink, sink = s, t, u, v, w
}
func main() {}

// Golden escape test boxpos2: go tool compile -m -l output must be reproduced exactly.
package main

var sink interface{}

func take2(a int, i interface{})                 { sink = i }
func take3(a int, i interface{}, j interface{})  { sink = i; sink = j }
func take4(i interface{}, a int)                 { sink = i }

func f(x int, y int, t struct{ a int }) {
	take2(1, x)
	take2(10000, x)
	take2(y, x)
	take2(   y  , x)
	take2(y+1, x)
	take3(y, x, x)
	take3(y, t.a, x)
	take4(x, y)
	take4(x, 1)
	take4(
		x, 1)
	var i, j interface{} = x, y
	i, j = x, y
	i = x
	j = t.a
	_, _ = i, j
	var k interface{}
	k = x
	k = t
	_ = k
}

func main() {}

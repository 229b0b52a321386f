// Golden escape test boxpos3: go tool compile -m -l output must be reproduced exactly.
package main

type T struct{ a int }

var sink interface{}

const c = 5

func r1(t T) interface{} { return t.a }
func r2(x int, t T) (interface{}, interface{}) { return t.a, x }
func r3(x int, t T) (interface{}, interface{}) { return x, t.a }
func r4(x, y int) (interface{}, interface{}) { return x, y }
func take2(a int, i interface{}) { sink = i }

func f(x int, t T, p *T) {
	var a interface{} = x + 1
	var b interface{} = -x
	var d interface{} = p.a
	var e, g interface{} = t.a, x
	var h, i interface{} = x, t.a
	take2(c, x)
	take2(p.a, x)
	take2(*&x, x)
	_, _, _, _, _, _, _ = a, b, d, e, g, h, i
	sink = c
	sink = 7
	sink = (*p).a
	for _, v := range []int{1} {
		sink = v
	}
	switch q := sink.(type) {
	case int:
		sink = q
	}
}

func main() {}

// gc's evaluation order where the spec leaves it open: operands that call are evaluated before variable reads in expressions, composite literals, assignments, returns and call arguments; var declarations, go and defer evaluate left to right.
package main

import "fmt"

type T struct{ a, b int }

var g = 1
var arr = []int{1, 2}
var gt T

func f() int { g = 10; arr[0] = 100; gt.a = 5; return 1 }

func two(a, b int) (int, int) { return a, b }

func ft() T { gt.a = 10; return T{1, 0} }

func part1() {
	x := g + f()
	fmt.Println(x)
	g = 1
	t := T{a: g, b: f()}
	fmt.Println(t)
	g = 1
	s := []int{g, f(), g}
	fmt.Println(s)
	g = 1
	y := arr[0] * f()
	fmt.Println(y)
	gt = T{}
	z := gt.a + f()
	fmt.Println(z)
	g = 1
	m := map[string]int{"a": g, "b": f()}
	fmt.Println(m)
	g = 1
	str := fmt.Sprint(g) + fmt.Sprint(f(), g)
	fmt.Println(str)
	g = 1
	b := g == 1 && f() == 1 && g == 10
	fmt.Println(b)
	g = 1
	w := [2]int{g, f()}
	fmt.Println(w)
	g = 1
	var iface interface{} = g + f()
	fmt.Println(iface)
	g = 1
	ret := func() (int, int) { return g, f() }
	fmt.Println(ret())
}

func part2() {
	a, b := g, f()
	fmt.Println(a, b)
	g = 1
	var c, d int
	c, d = g, f()
	fmt.Println(c, d)
	g = 1
	s := []int{}
	s = append(s, g, f())
	fmt.Println(s)
	g = 1
	fmt.Println(g, f())
	g = 1
	m := map[int]int{}
	m[g] = f()
	fmt.Println(m)
	g = 1
	if g == f() {
		fmt.Println("eq")
	}
	g = 1
	switch g {
	case f():
		fmt.Println("case")
	}
	g = 1
	ch := make(chan [2]int, 1)
	ch <- [2]int{g, f()}
	fmt.Println(<-ch)
	g = 1
	fmt.Println(two(g, f()))
	g = 1
	x := -g + f()*2
	fmt.Println(x)
	g = 1
	p := &g
	y := *p + f()
	fmt.Println(y)
	g = 1
	var e, h interface{} = g, f()
	fmt.Println(e, h)
	g = 1
	str := fmt.Sprintf("%d %d", g, f())
	fmt.Println(str)
	g = 1
	defer fmt.Println("deferred", g, f())
	g = 1

}

func part3() {
	var e, h interface{} = g, f()
	fmt.Println(e, h)
	g = 1
	e2, h2 := interface{}(g), f()
	fmt.Println(e2, h2)
	g = 1
	x, y := g+0, f()
	fmt.Println(x, y)
	g = 1
	x, y = -g, f()
	fmt.Println(x, y)
	g = 1
	var i1, i2 interface{}
	i1, i2 = g, f()
	fmt.Println(i1, i2)
	g = 1
	fmt.Println(interface{}(g), f())
	p, q := gt, ft()
	fmt.Println(p, q)
	g = 1
	s := []interface{}{g, f()}
	fmt.Println(s)
}

func part4() {
	var a, b int = g, f()
	fmt.Println(a, b)
	g = 1
	var c, d = g, f()
	fmt.Println(c, d)
	g = 1
	var e, h interface{} = g, f()
	fmt.Println(e, h)
	g = 1
	var i interface{} = g + f()
	fmt.Println(i)
}

var str = "a"

func fs() string { str = "changed"; return "!" }

var ge interface{} = 1

func fe() interface{} { ge = 2; return 2 }

func part5() {
	t := str + fs()
	fmt.Println(t)
	str = "a"
	u := str + "-" + fs() + str
	fmt.Println(u)
	str = "a"
	fmt.Println(str == fs(), ge == fe())
}

func main() {
	part5()
	part1()
	g = 1
	part2()
	g, gt = 1, T{1, 0}
	part3()
	g = 1
	part4()
}

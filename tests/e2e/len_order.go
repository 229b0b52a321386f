// len and cap are evaluated in their place among calls, as gc orders
// them; plain variables are read after the calls, as gc does.
package main

func main() {
	x := make([]int, 1)
	f := func() int { x = make([]int, 3); return 2 }
	a, b, c := len(x), f(), len(x)
	println(a, b, c)
	y := 1
	g := func() int { y = 3; return 2 }
	d, e, h := y, g(), y
	println(d, e, h)
	x = make([]int, 1)
	s := []int{len(x), f(), len(x)}
	println(s[0], s[1], s[2])
	x = make([]int, 1)
	println(len(x) + f() + len(x)*10)
	x = make([]int, 1)
	k := struct{ a, b, c int }{len(x), f(), cap(x)}
	println(k.a, k.b, k.c)
}

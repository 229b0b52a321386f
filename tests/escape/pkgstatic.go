// Golden escape test pkgstatic: package-level literals Go lays out statically (boxed literals, constant []byte/[]rune) need no init code; only their dynamic parts are analysed.
package main

type I interface{ M() }
type Bag struct {
	p *int
	x [2]int
}

func (Bag) M() {}

var a = []byte("abc")
var b = []rune("abc")
var d = string([]byte{'a'})
var e I = Bag{p: new(int)}
var f interface{} = Bag{x: [2]int{1, 2}}
var g interface{} = &Bag{p: new(int)}
var j, k interface{} = Bag{p: new(int)}, 7
var l = []interface{}{Bag{p: new(int)}, 3}

func runes() int {
	x := []rune("abc")
	y := []byte("abc")
	e := []rune("")
	return len(x) + len(y) + len(e)
}

func main() { _, _, _, _, _, _, _, _, _ = a, b, d, e, f, g, j, k, l; runes() }

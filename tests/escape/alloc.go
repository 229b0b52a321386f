// Golden escape test alloc: go tool compile -m -l output must be reproduced exactly.
package main

var gs []int
var gb []byte
var gstr string
var gm map[string]*int
var gp *int

func sliceLit() int {
	s := []int{1, 2, 3}
	return s[0]
}

func sliceLitEsc() []int {
	return []int{1, 2, 3}
}

func makeConst() int {
	s := make([]int, 10)
	return len(s)
}

func makeVar(n int) int {
	s := make([]int, n)
	return len(s)
}

func makeHuge() int {
	s := make([]int, 100000)
	return len(s)
}

func bigArray() int {
	var a [20 << 20]byte
	return len(a)
}

func bigNew() int {
	p := new([100000]int)
	return len(p)
}

func appendLocal() int {
	var s []int
	s = append(s, 1)
	return len(s)
}

func appendPtr(p *int) {
	var s []*int
	s = append(s, p)
	gs = append(gs, len(s))
}

func appendParam(s []int) []int {
	return append(s, 1)
}

func slicing(a *[4]int) []int {
	return a[1:]
}

func sliceOfLocalArray() int {
	var a [4]int
	s := a[:]
	return len(s)
}

func sliceOfLocalArrayEsc() []int {
	var a [4]int
	return a[:]
}

func strConv(b []byte) string {
	return string(b)
}

func strConvLocal(b []byte) int {
	s := string(b)
	return len(s)
}

func bytesConv(s string) int {
	b := []byte(s)
	return len(b)
}

func bytesConvEsc(s string) {
	gb = []byte(s)
}

func concat(a, b string) {
	gstr = a + b
}

func concatLocal(a, b string) int {
	return len(a + b)
}

func mapLit(p *int) int {
	m := map[string]*int{"a": p}
	return len(m)
}

func mapPut(m map[string]*int, k string, v *int) {
	m[k] = v
}

func makeMapLocal() int {
	m := make(map[int]int)
	m[1] = 2
	return len(m)
}

func chanSend(c chan *int, p *int) {
	c <- p
}

func copyIt(dst, src []*int) {
	copy(dst, src)
}

func main() {
	x := 0
	println(sliceLit(), len(sliceLitEsc()), makeConst(), makeVar(3), makeHuge(), bigArray(), bigNew(), appendLocal())
	appendPtr(&x)
	println(appendParam(nil), slicing(&[4]int{}), sliceOfLocalArray(), sliceOfLocalArrayEsc())
	println(strConv(nil), strConvLocal(nil), bytesConv(""), concatLocal("a", "b"))
	bytesConvEsc("")
	concat("a", "b")
	println(mapLit(nil), makeMapLocal())
	mapPut(nil, "", nil)
	chanSend(nil, nil)
	copyIt(nil, nil)
}

// Maps: every comparable key kind (ints, uints, floats, strings, bools, runes, pointers, arrays, structs, interfaces) with lookups and sorted fmt printing.
package main

import "fmt"

type Pt struct {
	X, Y int
}
type Key struct {
	Name string
	N    int8
}

func main() {
	mi := map[int]string{-5: "neg", 0: "zero", 100: "hundred", 7: "seven"}
	fmt.Println(mi, len(mi))
	mu := map[uint8]bool{255: true, 0: false, 128: true}
	fmt.Println(mu)
	m64 := map[int64]int{1 << 40: 1, -1 << 40: 2}
	fmt.Println(m64)
	mf := map[float64]string{2.5: "b", -1: "a", 1e10: "c"}
	fmt.Println(mf, mf[2.5])
	mf32 := map[float32]int{0.1: 1, 0.2: 2}
	fmt.Println(mf32)
	ms := map[string]int{"banana": 3, "apple": 1, "cherry": 7, "": 0}
	fmt.Println(ms)
	mb := map[bool]string{true: "yes", false: "no"}
	fmt.Println(mb)
	mr := map[rune]int{'z': 26, 'a': 1, 'é': 233}
	fmt.Println(mr)
	ma := map[[2]int]string{{2, 1}: "b", {1, 9}: "a", {1, 2}: "c"}
	fmt.Println(ma, ma[[2]int{1, 9}])
	mp := map[Pt]int{{1, 2}: 3, {0, 5}: 5, {1, 0}: 1}
	fmt.Println(mp)
	mk := map[Key][]int{{"b", 1}: {1}, {"a", 2}: {2, 2}, {"a", 1}: nil}
	fmt.Println(mk)
	v, ok := mk[Key{"a", 2}]
	fmt.Println(v, ok)
	v, ok = mk[Key{"c", 0}]
	fmt.Println(v, ok, v == nil)
	p1, p2 := new(int), new(int)
	mptr := map[*int]string{p1: "one", p2: "two"}
	fmt.Println(mptr[p1], mptr[p2], len(mptr))
	mif := map[interface{}]int{1: 1, "a": 2, 2.5: 3, Pt{1, 1}: 4}
	fmt.Println(mif[1], mif["a"], mif[2.5], mif[Pt{1, 1}], mif[nil])
	type U16 uint16
	mn := map[U16]U16{3: 4, 1: 2}
	mn[3] += 10
	mn[9]++
	fmt.Println(mn)
	var zero map[string]int
	fmt.Println(zero, zero["x"], len(zero))
}

// Constant-string []byte/[]rune conversions (cap == len), slice -> array pointer conversions, &[]T{...} and &map[K]V{...}, len/cap of arrays reached through calls.
package main

import "fmt"

type B []byte
type A4 [4]int

var rs []rune
var n int

func pa() *[3]int { n++; return &[3]int{1, 2, 3} }
func arr() [4]int { n++; return [4]int{4, 5, 6, 7} }

func main() {
	r := []rune("a\xffb\xe2\x82c\xed\xa0\x80\xf4\x90\x80\x80€😀")
	fmt.Println(len(r), cap(r), r)
	rs = []rune("héllo wörld")
	fmt.Println(len(rs), cap(rs), string(rs))
	e := []byte("")
	fmt.Println(len(e), cap(e), e == nil)
	b := B("named")
	b[0] = 'N'
	fmt.Println(string(b), cap(b))
	bb := []byte("0123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789")
	fmt.Println(len(bb), cap(bb), string(bb[150:]))
	for i := 0; i < 2; i++ {
		x := []byte("ab")
		x[0] = 'z'
		fmt.Println(string(x))
	}
	k := append([]byte("hello"), " world"...)
	fmt.Println(len(k), cap(k))

	var ns []int
	fmt.Println((*[0]int)(ns) == nil)
	s := []int{1, 2, 3, 4, 5}
	p := (*A4)(s[1:])
	p[0] = 9
	fmt.Println(*p, s, len(p), (*[0]int)(s) != nil)

	ps := &[]int{1, 2}
	fmt.Println(len(*ps), (*ps)[0])
	fmt.Printf("%#v\n", &[]int{1})
	pm := &map[string]int{"a": 1}
	(*pm)["b"] = 2
	fmt.Println(*pm)

	fmt.Println(len(pa()), cap(arr()), n)
	for i := range pa() {
		fmt.Print(i)
	}
	for range arr() {
		fmt.Print("x")
	}
	fmt.Println(" n =", n)

	defer func() { fmt.Println("recovered:", recover()) }()
	_ = (*[2]int)(ns)
}

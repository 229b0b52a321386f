// Boxing a value (not a constant) that gc's runtime keeps statically does
// not allocate: a bool or a byte always, a 2-, 4- or 8-byte pointer-free
// value of natural alignment when it is below 256 (convT16/32/64), an
// empty string and a nil slice (convTstring, convTslice), also inside a
// struct of one field or an array of one element. Everything else boxed
// to the heap allocates. Each line is a loop's count of mallocs, which
// must equal Go's; the boxed values read back unchanged.
package main

import (
	"fmt"
	"runtime"
)

type small struct{ x float64 }
type pair struct{ a, b int32 }
type flag struct{ on bool }
type word [1]string

var sink interface{}
var seen []interface{}

func mallocs() uint64 {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.Mallocs
}

// count reports the mallocs of 100 boxings of box(i) and keeps the last box.
func count(name string, box func(i int) interface{}) {
	box(0)
	before := mallocs()
	for i := 0; i < 100; i++ {
		sink = box(i)
	}
	fmt.Println(name, mallocs()-before)
	seen = append(seen, sink)
}

func main() {
	var b [4]byte
	s, empty := "go", ""
	var nilSlice, someSlice []int = nil, []int{1}
	count("int below 256:", func(i int) interface{} { return i + 100 })
	count("int from 256:", func(i int) interface{} { return i + 256 })
	count("negative int:", func(i int) interface{} { return -i - 1 })
	count("byte:", func(i int) interface{} { b[i%4] = byte(i * 7); return b[i%4] })
	count("int8:", func(i int) interface{} { return int8(-i) })
	count("bool:", func(i int) interface{} { return i%2 == 0 })
	count("uint16 small:", func(i int) interface{} { return uint16(i) })
	count("uint16 big:", func(i int) interface{} { return uint16(i + 1000) })
	count("int32 small:", func(i int) interface{} { return int32(i) })
	count("float64 zero:", func(i int) interface{} { return float64(i) * 0 })
	count("float64 one:", func(i int) interface{} { return float64(i) + 1 })
	count("float32 zero:", func(i int) interface{} { return float32(i) * 0 })
	count("struct{float64} zero:", func(i int) interface{} { return small{float64(i) * 0} })
	count("struct{a, b int32} zero:", func(i int) interface{} { return pair{int32(i) * 0, 0} })
	count("struct{bool}:", func(i int) interface{} { return flag{i%2 == 1} })
	count("[2]byte:", func(i int) interface{} { return [2]byte{byte(i), 0} })
	count("empty string:", func(i int) interface{} { return empty })
	count("string:", func(i int) interface{} { return s })
	count("[1]string empty:", func(i int) interface{} { return word{empty} })
	count("nil slice:", func(i int) interface{} { return nilSlice })
	count("slice:", func(i int) interface{} { return someSlice })
	for _, v := range seen {
		fmt.Printf("%T %v\n", v, v)
	}
	fmt.Println(seen[3] == byte(99*7%256), seen[5] == false, seen[16] == "", seen[19].([]int) == nil)
}

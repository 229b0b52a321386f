// Boxing a constant into an interface does not allocate: the data word
// points at read-only data (gc: static data), so a loop of boxings makes
// no allocation, while boxing a variable's copy does. The boxed
// constants keep their values, types and comparisons.
package main

import (
	"fmt"
	"runtime"
)

type Celsius float64
type Name string

func (n Name) String() string { return "name:" + string(n) }

type Stringer interface{ String() string }

const big = 1 << 40

var sink interface{}
var ssink Stringer

func mallocs() uint64 {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.Mallocs
}

func boxConstants(n int) {
	for i := 0; i < n; i++ {
		sink = "hello"
		sink = 7
		sink = 300
		sink = 3.5
		sink = true
		sink = 'x'
		sink = 1 + 2i
		sink = int8(-3)
		sink = uint16(65535)
		sink = big
		sink = Celsius(36.6)
		sink = complex64(1 - 2i)
		sink = float32(0.1)
		sink = Name("bob")
		ssink = Name("al")
	}
}

func boxVariable(s string, n int) {
	for i := 0; i < n; i++ {
		sink = s
	}
}

func kind(x interface{}) string {
	switch v := x.(type) {
	case string:
		return "string " + v
	case int:
		return fmt.Sprint("int ", v)
	case float64:
		return fmt.Sprint("float64 ", v)
	case bool:
		return fmt.Sprint("bool ", v)
	case rune:
		return fmt.Sprint("rune ", v)
	case complex128:
		return fmt.Sprint("complex128 ", v)
	case Celsius:
		return fmt.Sprint("Celsius ", float64(v))
	case Stringer:
		return "Stringer " + v.String()
	default:
		return fmt.Sprintf("other %T %v", v, v)
	}
}

func main() {
	boxConstants(1) // warm up
	before := mallocs()
	boxConstants(1000)
	fmt.Println("mallocs boxing constants:", mallocs()-before)
	s := "world"
	before = mallocs()
	boxVariable(s+"!", 1000)
	fmt.Println("mallocs boxing a variable:", mallocs()-before)

	vals := []interface{}{"hello", 7, 300, 3.5, true, 'x', 1 + 2i, int8(-3), uint16(65535), big,
		Celsius(36.6), complex64(1 - 2i), float32(0.1), Name("bob"), 0, "", false, 0.0}
	for _, v := range vals {
		fmt.Printf("%v %T | %s\n", v, v, kind(v))
	}
	var a, b interface{} = 7, 7
	fmt.Println(a == b, a == interface{}(7.0), interface{}("hello") == sink, interface{}(Name("bob")) == sink)
	boxVariable("hello", 1)
	fmt.Println(interface{}("hello") == sink, sink == "hello", ssink.String())
	m := map[interface{}]int{}
	for i, v := range vals {
		m[v] = i
	}
	fmt.Println(len(m), m["hello"], m[7], m[3.5], m[true], m[Name("bob")], m[big], m[0], m[""], m[0.0])
}

// Complex values stored and moved like any other: struct fields, arrays,
// slices, maps (as keys: -0 equals +0, NaN never equals itself), interfaces,
// channels, closures, and fmt's verbs on them.
package main

import "fmt"

type Point struct {
	name string
	z    complex64
	w    complex128
}

type C complex128

func (c C) Abs2() float64 { return real(c)*real(c) + imag(c)*imag(c) }

func swap(a, b complex128) (complex128, complex128) { return b, a }

func main() {
	p := Point{"p", 1i, 2}
	q := &Point{z: 3 + 4i}
	q.w = complex128(q.z) * 2
	fmt.Println(p, *q)
	fmt.Printf("%+v %v\n", p, q.z)

	arr := [3]complex128{1, 2i, 3 + 3i}
	sl := arr[1:]
	sl[0] += 10
	fmt.Println(arr, sl, len(sl))

	m := map[complex128]string{1i: "i", 2: "two"}
	m[1i] += "!"
	zero := 0.0
	m[complex(zero, 0)] = "+0"
	m[complex(-zero, -zero)] = "-0"
	nan := zero / zero
	m[complex(nan, 0)] = "nan1"
	m[complex(nan, 0)] = "nan2"
	_, ok := m[complex(nan, 0)]
	fmt.Println(len(m), m[1i], m[2], m[0], ok)
	delete(m, complex(nan, 0))
	fmt.Println(len(m))

	m64 := map[complex64]int{}
	for i := 0; i < 100; i++ {
		m64[complex(float32(i%10), float32(i%7))]++
	}
	fmt.Println(len(m64), m64[complex(3, 3)])

	var i interface{} = 3 - 4i
	switch v := i.(type) {
	case complex64:
		fmt.Println("complex64", v)
	case complex128:
		fmt.Println("complex128", v, real(v))
	}
	fmt.Println(i == 3-4i, i == complex64(3-4i), i != nil)
	var e interface{} = complex64(1)
	_, is64 := e.(complex64)
	fmt.Println(is64, e)

	ch := make(chan complex64, 2)
	ch <- 1 + 1i
	ch <- 2
	fmt.Println(<-ch, <-ch)

	k := 1 + 1i
	mul := func(f complex128) { k *= f }
	mul(1i)
	mul(2)
	fmt.Println(k)

	a, b := swap(1, 2i)
	fmt.Println(a, b)

	c := C(3 + 4i)
	fmt.Println(c.Abs2(), c, C(1i) == C(0+1i))

	fmt.Printf("%v|%g|%f|%e|%.2f|%8.2f|%-20v|%+.1f|%x\n", k, k, k, k, k, complex64(k), k, k, 1+2i)
	fmt.Printf("%10v|%v|%.3g\n", complex64(1.5), []complex64{1, 2i}, 1e-10+3.14159i)
	fmt.Println(fmt.Sprint(1+0i, complex(zero, -zero)), fmt.Sprintf("%T %T", 1i, complex64(0)))
}

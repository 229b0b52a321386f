// complex128 arithmetic, real/imag/complex, comparison and conversions (no division, no constants).
package main

import "fmt"

func mul(a, b complex128) complex128 { return a * b }

func main() {
	var c complex128 = complex(1, 2)
	d := c * c
	fmt.Println(real(d), imag(d), d)
	e := d + c - complex(0.5, 0.25)
	fmt.Println(e, -e, e == e, e != c, c == complex(1, 2))
	var f complex64 = complex64(e)
	g := f * f
	fmt.Println(f, g, real(g), imag(f), complex128(g))
	fmt.Printf("%v %.2f\n", mul(c, complex(1, 3)), mul(d, d))
	m := map[complex128]int{c: 1, d: 2}
	fmt.Println(m[c], m[d], len(m))
}

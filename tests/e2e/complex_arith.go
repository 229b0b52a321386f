// complex64 and complex128 at run time: arithmetic with Go's division
// (infinities and NaNs), comparisons, real/imag/complex, conversions, and
// the print/println format.
package main

import "fmt"

//go:noinline
func div128(x, y complex128) complex128 { return x / y }

//go:noinline
func div64(x, y complex64) complex64 { return x / y }

func pair(c complex128) (float64, float64) { return real(c), imag(c) }

func main() {
	println(complex(9, 10))
	var c64 complex64 = 1 + 2i
	c := 3 - 4i
	println(c64, c, c*c, c+1, c-c, -c)
	fmt.Println(c/(1+1i), c*c64c(c64), real(c), imag(c64))

	zero := 0.0
	inf := 1 / zero
	nan := zero / zero
	fmt.Println(div128(1, 0), div128(-1, 0), div128(1i, 0), div128(0, 0))
	fmt.Println(div128(complex(inf, 1), 2), div128(complex(inf, -inf), 1+1i))
	fmt.Println(div128(1, complex(inf, inf)), div128(-2, complex(1, -inf)))
	fmt.Println(div128(complex(nan, 1), 1), div128(1, complex(nan, nan)))
	fmt.Println(div128(1+2i, 3+4i), div128(1e300+1e300i, 1e-300+1e300i), div128(5, 2i))
	fmt.Println(div64(1+2i, 3+4i), div64(1, 0), div64(complex(float32(inf), 0), 2))

	x := complex128(c64) / 3
	y := complex64(x)
	fmt.Println(x, y, x == complex128(y), c == c, c != c)
	n := complex(nan, 0)
	fmt.Println(n == n, n != n, complex(0, zero) == complex(0, -zero))

	a, b := pair(c)
	fmt.Println(a, b, complex(a, b) == c)
	var f32 float32 = 1.5
	fmt.Printf("%T %T %v\n", complex(f32, f32), real(c64), complex(f32, 2))

	c += 1i
	c *= 2
	c /= 1 - 1i
	c -= 0.5
	fmt.Println(c)

	acc := complex64(0)
	for i := 0; i < 5; i++ {
		acc = acc*(1+1i) + complex(float32(i), 0)
	}
	fmt.Println(acc)

	print(complex64(complex(float32(inf), 0)), " ", complex(nan, -inf), "\n")
}

func c64c(c complex64) complex128 { return complex128(c) }

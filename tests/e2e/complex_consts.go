// Complex constants: imaginary literals in every form, exact untyped
// arithmetic, real/imag/complex folded, typed constants rounded to their
// type, and conversions of complex constants that are real.
package main

import "fmt"

const (
	A = 1 + 2i
	B = 0x1p-2i + 0123i + 1_0i + 0o7i + 0x10i + 1e3i + .5i + 0i
	C = A * A / (3 - 4i)
	D = complex(1.5, -2)
	E = real(A) + imag(C)
	F = (1 + 1i) * (1 - 1i) // real: usable as an int
	G complex64 = 1.0 / 3
	H = 1e300i * 1e300i / 1e600
	I = 'a' + 0i
)

type Cplx complex128

const J Cplx = 2i

func main() {
	fmt.Println(A, B, C, D, E, F, G, H, I, J)
	var n int = F
	var f float32 = F + 0.5
	var arr [F]int
	var u uint8 = 'a' + 0i
	fmt.Println(n, f, len(arr), u, 10/F, F<<3)
	fmt.Println(real(B), imag(B), real(G), imag(J), complex(real(A), 3))
	fmt.Println(A == 1+2i, A != D, C == 1+2i*(2+1i)/(2+1i)-2i+2i)
	fmt.Printf("%T %T %T %T %T\n", A, E, G, J, real(G))
	var c64 complex64 = A
	var c128 = D
	fmt.Println(c64*A, c128/A, -A, +A)
	x := 1
	fmt.Println(complex(float64(x), 2)*A, float64(real(A))+float64(x))
}

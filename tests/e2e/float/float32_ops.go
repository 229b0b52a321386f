// Floats: float32 arithmetic rounding at each step, float32 vs float64 results, conversions to ints, comparisons, and fmt of float32 values.
package main

import "fmt"

type Vec struct{ X, Y, Z float32 }

func (a Vec) Dot(b Vec) float32 { return a.X*b.X + a.Y*b.Y + a.Z*b.Z }
func (a Vec) Scale(k float32) Vec { return Vec{a.X * k, a.Y * k, a.Z * k} }

func main() {
	var a, b float32 = 1.1, 2.2
	fmt.Println(a+b, a*b, b/a, a-b)
	fmt.Println(float64(a)+float64(b), float64(a+b))
	x := float32(1) / 3
	y := 1.0 / 3
	fmt.Println(x, y, float64(x) == y, x == float32(y))
	v := Vec{1.5, -2, 0.25}
	w := v.Scale(3)
	fmt.Println(v.Dot(w), w)
	fmt.Printf("%v %.2f %e %g %T\n", w.X, w.Y, w.Z, v.Dot(v), w.X)
	var s float32
	for i := 1; i <= 100; i++ {
		s += 1 / float32(i)
	}
	fmt.Println(s)
	var big float32 = 16777216
	fmt.Println(big+1, big+2, int32(big+3))
	f := float32(-7.9)
	fmt.Println(int(f), int8(f), uint16(-f))
	fmt.Println(float32(0.1)+float32(0.2) == float32(0.3), 0.1+0.2 == 0.3)
	vals := []float32{3.4028235e38, 1.4e-45, 1e-40, -0.0, 123.456}
	for _, q := range vals {
		fmt.Print(q, " ")
	}
	fmt.Println()
	m := map[float32]string{1.5: "a", 0.5: "b"}
	fmt.Println(m)
}

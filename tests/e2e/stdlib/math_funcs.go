// math from GOROOT, selected without its amd64 assembly (the *_noasm.go fallbacks).
package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Sqrt(2), math.Floor(-1.5), math.Inf(1), math.MaxInt64, math.Pi)
	fmt.Println(math.Pow(2, 10), math.Exp(1), math.Log(10), math.Sin(1), math.Hypot(3, 4), math.Max(1, 2), math.Trunc(2.7))
	fmt.Println(math.IsNaN(math.NaN()), math.Abs(-3), math.Mod(7, 3), math.Cbrt(27), math.Round(2.5), math.Atan2(1, 1))
}

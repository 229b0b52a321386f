// Untyped float constants far beyond float64's range are go/constant's
// 512-bit floats: exact enough for these results, and quick to compute.
package main

import "fmt"

const (
	huge  = 1e64645699
	tiny  = 1e-64645699
	ratio = huge / 1e64645698
)

func main() {
	fmt.Println(ratio, huge > 1e64645698, tiny > 0, tiny*huge)
	fmt.Println(1e-646456993 == 0, (1.5e64645699-1e64645699)/1e64645698)
	var f float64 = 1e5000 / 1e4999
	fmt.Println(f, 0x1p100000/0x1p99990, huge*huge/huge/1e64645690)
	const big = 1e300 * 1e300 * 1e300
	fmt.Println(big/1e899, 1e-400*1e400 == 1)
	// the edges of big.Float's int32 exponent
	fmt.Println(1e-646456994 == 0, 1e646456992 > 1, 0x1p2147483646 > 1, 0x1p-2147483649 == 0, 0x1p-2147483648 == 0)
}

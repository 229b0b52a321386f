// fmt floats: %x %X %b on floats, and what the # flag does to %g %e %f %x.
package main

import "fmt"

func main() {
	fmt.Printf("%#X|%#x|%#g|%#.0g|%#g|%#g|%#.3x|%#e|%#E\n", 1.0, 0.0, 0.0, 1.0, 100000.0, 1e-7, 1.0, 0.0, 1.5)
	fmt.Printf("%#.0f|%#f|%#.2e|%#10.3g|%#-10g|%#010g|%#+g\n", 0.0, 1.5, 2.0, 1.0, 2.0, 3.0, 4.0)
	fmt.Printf("%x|%x|%x|%X|%.0x|%.1x|%.3x|%.20x\n", 1.5, 0.0, -0.0, 1e300, 1.5, 1.96875, 1.0/3, 1.0/3)
	fmt.Printf("%x|%x|%x|%x\n", 5e-324, float32(1e-45), 2.2250738585072014e-308, float32(3.4e38))
	fmt.Printf("%b|%b|%b|%b|%b|%b\n", 0.0, -1.0, 5e-324, float32(0.0), 1e300, float32(-2.5))
	fmt.Printf("%8.2x|%-12x|%+x|% x|%010x|%+b|%10b|\n", 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0)
	z := 0.0
	fmt.Printf("%x %x %b %#x %#g\n", 1/z, z/z, -1/z, 1/z, z/z)
	fmt.Printf("%.1x %.0x %.0x %.1x\n", 1.03125, 1.5, 2.5, 1.09375)
	fmt.Printf("%#.0x %#.0e %#.0f %#.0g\n", 1.0, 1.0, 1.0, 1.0)
	fmt.Printf("%#g %#g %#g %#g\n", 1e21, 123.0, 1234567.0, 0.000123)
	fmt.Printf("%#.1g %#.2g %#.10g\n", 1e10, 0.1, 1.5)
}

// fmt_sscan: fmt.Sscan, Sscanln and Sscanf over the basic types — ints
// in several bases and sizes, uints, floats, strings, bools, []byte, a
// named type — with the counts and error texts Go returns for short
// input, bad tokens, overflow, newlines and format mismatches.
package main

import (
	"fmt"
	"io"
)

type celsius float64

func main() {
	var i int
	var s string
	var f float64
	var b bool
	n, err := fmt.Sscan("  42 hello\n 3.5e2 true", &i, &s, &f, &b)
	fmt.Println(n, err, i, s, f, b)

	var i8 int8
	var u uint
	var u16 uint16
	var f32 float32
	var bs []byte
	var c celsius
	n, err = fmt.Sscan("-0x7f 0b101 0o17 1.25 bytes -40.5", &i8, &u, &u16, &f32, &bs, &c)
	fmt.Println(n, err, i8, u, u16, f32, string(bs), c)

	n, err = fmt.Sscan("", &i)
	fmt.Println(n, err, err == io.EOF)
	n, err = fmt.Sscan("7", &i, &s)
	fmt.Println(n, err, err == io.EOF, i)
	n, err = fmt.Sscan("abc", &i)
	fmt.Println(n, err)
	n, err = fmt.Sscan("300", &i8)
	fmt.Println(n, err)
	n, err = fmt.Sscan("99999999999999999999", &i)
	fmt.Println(n, err)
	n, err = fmt.Sscan("-1", &u)
	fmt.Println(n, err)
	n, err = fmt.Sscan("x", &f)
	fmt.Println(n, err)
	n, err = fmt.Sscan("1e400", &f)
	fmt.Println(n, err)
	n, err = fmt.Sscan("tru", &b)
	fmt.Println(n, err, b)
	n, err = fmt.Sscan("F 1 0", &b, &i, &s)
	fmt.Println(n, err, b, i, s)
	n, err = fmt.Sscan("5", i)
	fmt.Println(n, err)

	n, err = fmt.Sscanln("1 two\n3", &i, &s)
	fmt.Println(n, err, i, s)
	n, err = fmt.Sscanln("1\ntwo", &i, &s)
	fmt.Println(n, err)
	n, err = fmt.Sscanln("1 two 3", &i, &s)
	fmt.Println(n, err)
	n, err = fmt.Sscanln("1 two  \n", &i, &s)
	fmt.Println(n, err)

	var x, y int
	var name string
	n, err = fmt.Sscanf("point(3, -4) named origin", "point(%d, %d) named %s", &x, &y, &name)
	fmt.Println(n, err, x, y, name)
	n, err = fmt.Sscanf("ff 101 17 12.5 true 100%", "%x %b %o %g %t %d%%", &x, &y, &i, &f, &b, &u)
	fmt.Println(n, err, x, y, i, f, b, u)
	n, err = fmt.Sscanf("12345", "%3d%d", &x, &y)
	fmt.Println(n, err, x, y)
	n, err = fmt.Sscanf("a=1", "b=%d", &x)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("1 2", "%d %d", &x)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("1", "%d", &x, &y)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("1", "%d %d", &x, &y)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("hi", "%d", &s)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("1\n2", "%d %d", &x, &y)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("1\n2", "%d\n%d", &x, &y)
	fmt.Println(n, err, x, y)
	n, err = fmt.Sscanf("abc", "%v", &s)
	fmt.Println(n, err, s)
	n, err = fmt.Sscanf("7", "%s", &i)
	fmt.Println(n, err)
}

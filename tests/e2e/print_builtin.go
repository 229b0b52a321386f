// The print and println builtins (to stderr) next to fmt output on stdout.
package main

import "fmt"

func main() {
	println("hello", 42, -7, true, false)
	println(3.5, -0.25, 1e100, 0.0)
	print("no", "spaces", 1, 2, "\n")
	var u8 uint8 = 255
	var i64 int64 = -1 << 63
	println(u8, i64, uint64(1<<63))
	var f32 float32 = 1.5
	println(f32, 'a', "")
	var e interface{}
	println(e == nil)
	fmt.Println("stdout line")
	println()
	println("after empty line")
}

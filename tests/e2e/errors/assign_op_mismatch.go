// x op= y with mismatched operand types: Go spells the assignment.
package main

var sink int

func main() {
	var b byte
	var s string
	sink += "hello"[1] + b
	sink -= 1.5
	sink <<= s
	sink %= b
}

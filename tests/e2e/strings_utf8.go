// Strings: bytes vs runes, range decoding, conversions, comparison.
package main

import "fmt"

func main() {
	s := "héllo, 世界"
	fmt.Println(len(s), s[0], s[1], string(s[0]))
	for i, r := range s {
		fmt.Print(i, ":", string(r), " ")
	}
	fmt.Println()
	rs := []rune(s)
	fmt.Println(len(rs), rs[1], string(rs[7:]))
	bs := []byte("abc")
	bs[0] = 'X'
	fmt.Println(string(bs), bs)
	bad := "a\xffb"
	for i, r := range bad {
		fmt.Println(i, r)
	}
	fmt.Println("abc" < "abd", "ab" < "abc", "b" > "abc", "x" == "x")
	t := ""
	for i := 0; i < 5; i++ {
		t += string(rune('a' + i))
	}
	fmt.Println(t, t[1:3], t[:2]+t[3:])
	fmt.Println(string(rune(0x1F600)), string(rune(-1)), len(string(rune(0x10FFFF+1))))
	fmt.Printf("%q %x % x\n", "tab\there", "hi", "hi")
	count := 0
	for range "日本語" {
		count++
	}
	fmt.Println("runes:", count)
	multi := `raw\n
string`
	fmt.Println(multi, len(multi))
}

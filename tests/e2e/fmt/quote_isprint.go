// fmt quoting: %q %+q %#q %#U leave exactly strconv.IsPrint's runes unescaped; # never backquotes a rune.
package main

import "fmt"

func main() {
	fmt.Printf("%#q %#q %#q %#q %#q\n", "a\tb", "a\nb", "\xff", "\ufeff", "日本")
	fmt.Printf("%#q %#q %#q\n", 'a', '\t', '`')
	fmt.Printf("%+q %+q\n", "\xffé", '日')
	for r := rune(0); r < 0x3000; r += 0x101 {
		fmt.Printf("%q", r)
	}
	fmt.Println()
	s := ""
	for r := rune(0x10000); r < 0x10FFFF; r += 0x1011 {
		s += string(r)
	}
	fmt.Printf("%q\n", s)
	fmt.Printf("%#U %#U %#U\n", 0xad, 0x378, 0x1F600)
}

// Strings: UTF-8 edge cases: invalid bytes in range loops, surrogates and out-of-range runes converted to string, rune counts, %q %x %U %c of odd values.
package main

import "fmt"

func runeCount(s string) int {
	n := 0
	for range s {
		n++
	}
	return n
}

func main() {
	samples := []string{"", "a", "héllo", "日本語", "\xff", "a\xffb", "\xe6\x97", "\xe6\x97\xa5\xe6", "\xed\xa0\x80", "\xf0\x9f\x98\x80", "\xf4\x90\x80\x80", "\xc0\xaf", "z\u00e9\U0001F600"}
	for _, s := range samples {
		fmt.Printf("%q len=%d runes=%d:", s, len(s), runeCount(s))
		for i, r := range s {
			fmt.Printf(" %d:%U", i, r)
		}
		fmt.Println()
	}
	for _, r := range []rune{65, 0xe9, 0x65e5, 0x1F600, 0xD800, 0xDFFF, 0x10FFFF, 0x110000, -1} {
		s := string(r)
		fmt.Printf("%U %q %d %x\n", r, s, len(s), s)
	}
	fmt.Printf("%c|%c|%q|%q|%U|%#U\n", 'A', 0x65e5, 'x', '\n', 0x1F600, 'é')
	fmt.Printf("%x|% x|%X|%q|%+q\n", "héllo", "hé", "hé", "tab\there", "héllo")
	b := []byte("héllo")
	fmt.Println(b, len(b))
	rs := []rune("héllo\xff")
	fmt.Println(rs, len(rs), string(rs))
	fmt.Println(string(b[1:3]), string(b[1:2]) == "\xc3")
	var sum int
	for i := 0; i < len("日本"); i++ {
		sum += int("日本"[i])
	}
	fmt.Println(sum)
	fmt.Println("abc" < "abd", "ab" < "abc", "Z" < "a", "é" > "z", "" < "a")
	x := 'a' + 1
	fmt.Printf("%T %v %c\n", x, x, x)
	var by byte = 'z'
	fmt.Println(by, string(rune(by)), string(rune(0x263A)))
	s := "héllo"
	fmt.Println(s[1], s[1:3], len(s[1:3]))
	rev := func(s string) string {
		r := []rune(s)
		for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
			r[i], r[j] = r[j], r[i]
		}
		return string(r)
	}
	fmt.Println(rev("héllo, 世界"))
	multi := `raw
string \n with "quotes"`
	fmt.Println(multi, len(multi))
	fmt.Printf("%5.2s|%-6s|%6s|%.1q\n", "日本語", "é", "日本", "日本")
}

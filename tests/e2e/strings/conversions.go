// Strings: byte/rune/string conversions, integer-to-string via fmt, building strings from bytes and runes, copy from strings, comparisons.
package main

import "fmt"

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	var buf [20]byte
	i := len(buf)
	for n > 0 {
		i--
		buf[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		buf[i] = '-'
	}
	return string(buf[i:])
}

func upper(s string) string {
	b := make([]byte, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'a' && c <= 'z' {
			c -= 'a' - 'A'
		}
		b[i] = c
	}
	return string(b)
}

func fields(s string) []string {
	var out []string
	start := -1
	for i, r := range s {
		if r == ' ' || r == '\t' {
			if start >= 0 {
				out = append(out, s[start:i])
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		out = append(out, s[start:])
	}
	return out
}

func main() {
	fmt.Println(itoa(0), itoa(12345), itoa(-987), itoa(1<<62))
	fmt.Println(upper("hello, World! é"))
	f := fields("  the quick\tbrown  fox ")
	fmt.Println(len(f), f)
	fmt.Printf("%q\n", f)
	buf := make([]byte, 3)
	n := copy(buf, "abcdef")
	fmt.Println(n, string(buf))
	n = copy(buf[1:], "Z")
	fmt.Println(n, string(buf))
	runes := []rune{'G', 'o', '语'}
	fmt.Println(string(runes), len(string(runes)))
	var bs []byte
	for _, r := range "añ" {
		bs = append(bs, string(r)...)
	}
	fmt.Println(bs, string(bs))
	type MyStr string
	ms := MyStr("typed")
	fmt.Println(string(ms)+"!", len(ms), ms[0])
	bb := []byte(ms)
	fmt.Println(bb)
	fmt.Println(fmt.Sprint(42)+fmt.Sprint(true)+fmt.Sprint(3.5), fmt.Sprintf("%03d|%x|%o|%b", 7, 255, 8, 5))
	cmp := func(a, b string) int {
		switch {
		case a < b:
			return -1
		case a > b:
			return 1
		}
		return 0
	}
	fmt.Println(cmp("a", "b"), cmp("b", "a"), cmp("x", "x"), cmp("", ""))
	var nilb []byte
	fmt.Printf("%q %d\n", string(nilb), len(string(nilb)))
}

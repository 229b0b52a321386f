// unicode/utf8, unicode and math/bits compiled from GOROOT's source.
package main

import (
	"fmt"
	"math/bits"
	"unicode"
	"unicode/utf8"
)

func main() {
	s := "héllo, 世界"
	fmt.Println(utf8.RuneCountInString(s), utf8.ValidString(s), utf8.ValidString("\xff"), utf8.RuneLen('世'))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		fmt.Print(string(r), size, " ")
		i += size
	}
	fmt.Println()
	r, size := utf8.DecodeLastRuneInString(s)
	fmt.Println(r, size)
	buf := make([]byte, 0, 8)
	buf = utf8.AppendRune(buf, '界')
	fmt.Println(buf, utf8.FullRune(buf[:2]), utf8.RuneError)
	fmt.Println(bits.OnesCount(255), bits.LeadingZeros64(1), bits.TrailingZeros32(8), bits.Reverse8(1))
	hi, lo := bits.Mul64(1<<63, 4)
	q, rem := bits.Div64(1, 0, 3)
	fmt.Println(hi, lo, q, rem, bits.Len(1023), bits.RotateLeft32(1, -1))
	sum, carry := bits.Add64(1<<63, 1<<63, 1)
	fmt.Println(sum, carry, bits.UintSize)
	for _, c := range "aZ9 \t!é٣Ω" {
		fmt.Println(string(c), unicode.IsUpper(c), unicode.IsLetter(c), unicode.IsDigit(c), unicode.IsSpace(c),
			unicode.IsPunct(c), string(unicode.ToUpper(c)), string(unicode.ToLower(c)))
	}
	fmt.Println(unicode.Is(unicode.Han, '世'), unicode.In('ж', unicode.Latin, unicode.Cyrillic), unicode.SimpleFold('k'))
}

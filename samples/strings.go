// strings.go - strings are immutable byte sequences holding UTF-8 text:
// bytes vs runes, building strings, a word counter and a palindrome test.
package main

import "fmt"

func isLetter(r rune) bool {
	return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
}

func lower(r rune) rune {
	if r >= 'A' && r <= 'Z' {
		return r + 'a' - 'A'
	}
	return r
}

func palindrome(s string) bool {
	var letters []rune
	for _, r := range s {
		if isLetter(r) {
			letters = append(letters, lower(r))
		}
	}
	for i, j := 0, len(letters)-1; i < j; i, j = i+1, j-1 {
		if letters[i] != letters[j] {
			return false
		}
	}
	return true
}

func words(s string) []string {
	var out []string
	start := -1
	for i, r := range s {
		if isLetter(r) {
			if start < 0 {
				start = i
			}
		} else if start >= 0 {
			out = append(out, s[start:i])
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, s[start:])
	}
	return out
}

func main() {
	s := "Grüße, 世界!"
	fmt.Println("bytes:", len(s), "runes:", len([]rune(s)))
	for i, r := range s {
		fmt.Printf("%d:%c(%U) ", i, r, r)
	}
	fmt.Println()
	fmt.Printf("first byte %d = %q, as hex: % x\n", s[0], s[0], s[:4])

	for _, t := range []string{"A man, a plan, a canal: Panama", "goscape"} {
		fmt.Printf("%q palindrome? %v\n", t, palindrome(t))
	}
	ws := words("the quick brown fox jumps over the lazy dog")
	fmt.Println(len(ws), "words, longest:", longest(ws))

	var b []byte
	for i := 0; i < 5; i++ {
		b = append(b, byte('a'+i))
	}
	fmt.Println(string(b) + "!" + string(rune(0x263A)))
}

func longest(ws []string) string {
	best := ""
	for _, w := range ws {
		if len(w) > len(best) {
			best = w
		}
	}
	return best
}

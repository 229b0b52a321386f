// Strings built by concatenation, Sprint and conversions in loops; results depend only on values, not on where they are allocated.
package main

import "fmt"

func join(parts []string, sep string) string {
	out := ""
	for i, p := range parts {
		if i > 0 {
			out += sep
		}
		out += p
	}
	return out
}

func repeat(s string, n int) string {
	r := ""
	for i := 0; i < n; i++ {
		r += s
	}
	return r
}

func main() {
	fmt.Println(join([]string{"a", "bb", "ccc"}, ", "))
	long := repeat("xyz", 20)
	fmt.Println(len(long), long[:9], long[len(long)-3:])
	var parts []string
	for i := 0; i < 12; i++ {
		parts = append(parts, fmt.Sprint(i*i))
	}
	fmt.Println(join(parts, "-"))
	b := []byte("hello")
	b[0] = 'J'
	s := string(b)
	b[1] = 'E'
	fmt.Println(s, string(b))
	r := []rune("añb")
	r[1] = 'n'
	fmt.Println(string(r), len(string(r)))
	a, c := "foo", "bar"
	fmt.Println(a+c, a+"/"+c+"/"+a, len(a+c+a+c+a+c+a+c+a+c+a+c))
	key := string(b[:2])
	m := map[string]int{"JE": 5}
	fmt.Println(m[key], m[string(b[:2])])
	fmt.Println(string(b) == "JEllo", "<"+string(b)+">")
}

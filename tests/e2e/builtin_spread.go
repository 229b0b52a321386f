// A builtin whose only argument is a call with several results takes
// those results as its arguments: copy, delete, append, complex, print.
package main

import "fmt"

func halves(b []byte) ([]byte, []byte) { return b[:2], b[2:] }

func entry(m map[string]int) (map[string]int, string) { return m, "gone" }

func parts() (float64, float64) { return 3, -4 }

func items() ([]interface{}, int, string) { return []interface{}{true}, 2, "three" }

func coords() (int16, float64, string) { return -8, 0.5, "z" }

func main() {
	b := []byte("abcdef")
	n := copy(halves(b))
	fmt.Println(n, string(b))

	m := map[string]int{"gone": 1, "kept": 2}
	delete(entry(m))
	fmt.Println(m)

	c := complex(parts())
	fmt.Println(c, real(c)*imag(c))

	all := append(items())
	fmt.Println(all...)

	println(coords())
	print(coords())
	print("\n")
	defer println(parts())
	defer fmt.Println("deferred first")
}

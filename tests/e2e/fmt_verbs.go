// fmt verbs: integers, strings, quoting, widths, floats, %v forms, %T.
package main

import "fmt"

type P struct {
	X, Y int
	Name string
}

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

func main() {
	fmt.Printf("%d|%5d|%-5d|%05d|%+d\n", 42, 42, 42, 42, 42)
	fmt.Printf("%x|%X|%o|%b|%#x|%#o\n", 255, 255, 8, 5, 255, 8)
	fmt.Printf("%c|%q|%U|%d\n", 'G', 'G', 'G', 'G')
	fmt.Printf("%s|%10s|%-10s|%q|%.2s\n", "go", "go", "go", "go\n", "golang")
	fmt.Printf("%v|%v|%v|%v\n", true, 3.25, "str", nil)
	fmt.Printf("%f|%.2f|%8.3f|%e|%g|%g\n", 3.14159, 3.14159, 3.14159, 123456.789, 0.000012, 1e21)
	p := P{1, 2, "pt"}
	fmt.Printf("%v|%+v|%#v\n", p, p, p)
	fmt.Printf("%v|%+v\n", &p, []*int{nil})
	fmt.Printf("%T|%T|%T|%T|%T\n", p, &p, []string{}, map[string]int{}, 'x')
	fmt.Printf("%v|%d|%s\n", []int{1, 2}, []int{3, 4}, []string{"a", "b"})
	fmt.Printf("%v|%v\n", map[string]int{"b": 2, "a": 1}, [2]bool{true, false})
	fmt.Printf("%*d|%-*d|%%\n", 6, 7, 4, 8)
	fmt.Printf("%t|%v\n", false, Temp(21.5))
	fmt.Println(Temp(-3), []Temp{1, 2})
	fmt.Printf("%d %s\n", "str", 5)
	fmt.Printf("%d\n")
	fmt.Printf("%d\n", 1, 2)
	s := fmt.Sprintf("%08.3f|%x|%X", -3.5, "hex", []byte("AB"))
	fmt.Println(s, len(s))
	fmt.Print("a", "b", 1, 2, "c\n")
	n, err := fmt.Println("count me")
	fmt.Println(n, err)
	fmt.Println(int8(-5), uint16(65535), 1e6, 1e-7, 100000000.0, float32(0.1))
}

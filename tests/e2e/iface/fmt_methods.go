// Interfaces: Stringer and error values printed by fmt (Println, %v, %s, %d, %+v, in slices, maps and fields), error wins over String.
package main

import "fmt"

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string {
	switch c {
	case Red:
		return "Red"
	case Green:
		return "Green"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

type Temp struct{ deg float64 }

func (t *Temp) String() string { return fmt.Sprintf("%.1f°", t.deg) }

type NotFound struct{ key string }

func (e NotFound) Error() string { return "not found: " + e.key }

type Both struct{}

func (Both) Error() string  { return "as-error" }
func (Both) String() string { return "as-string" }

type Wrapper struct {
	C    Color
	Err  error
	Name string
}

func find(k string) error {
	if k == "x" {
		return nil
	}
	return NotFound{k}
}

func main() {
	fmt.Println(Red, Green, Blue, Color(7))
	fmt.Printf("%v %s %d %q\n", Green, Green, Green, Green)
	fmt.Println([]Color{Blue, Red})
	fmt.Println(map[Color]int{Blue: 3, Red: 1, Green: 2})
	t := Temp{21.5}
	fmt.Println(&t, t)
	fmt.Printf("%v|%+v\n", &t, t)
	err := find("y")
	fmt.Println(err)
	fmt.Printf("err: %v / %s / %q\n", err, err, err)
	if e := find("x"); e == nil {
		fmt.Println("no error:", e)
	}
	fmt.Println(Both{})
	w := Wrapper{Green, NotFound{"k"}, "w"}
	fmt.Println(w)
	fmt.Printf("%+v\n", w)
	fmt.Printf("%v\n", Wrapper{})
	s := fmt.Sprint(Red, Blue, "x", Green)
	fmt.Println(s, len(s))
	e2 := fmt.Errorf("wrap %d: %v", 3, err)
	fmt.Println(e2.Error())
	fmt.Printf("%T %T %T\n", Red, err, &t)
}

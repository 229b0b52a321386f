// Interfaces: type switches with multiple types per case, nil case, default, interface cases, shadowed binding.
package main

import "fmt"

type Stringer interface{ String() string }
type Point struct{ X, Y int }

func (p Point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

type MyInt int
type List []int

func classify(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v (%T)", x, x)
	case MyInt:
		return fmt.Sprintf("MyInt %d", int(x)+1)
	case string:
		return "string of len " + fmt.Sprint(len(x))
	case bool:
		if x {
			return "true bool"
		}
		return "false bool"
	case *Point:
		if x == nil {
			return "nil *Point"
		}
		return "ptr to " + x.String()
	case Stringer:
		return "stringer " + x.String()
	case []int:
		return fmt.Sprintf("slice sum %d", sum(x))
	case List:
		return fmt.Sprintf("List len %d", len(x))
	case error:
		return "error " + x.Error()
	case func() int:
		return fmt.Sprint("func returning ", x())
	default:
		return fmt.Sprintf("default %T", x)
	}
}

func sum(s []int) int {
	t := 0
	for _, v := range s {
		t += v
	}
	return t
}

type errT struct{}

func (errT) Error() string { return "bad" }

func main() {
	var np *Point
	things := []interface{}{nil, 3, int64(4), MyInt(5), "héllo", true, false, Point{1, 2},
		[]int{1, 2, 3}, List{9, 9}, errT{}, func() int { return 8 }, &Point{3, 4}, np, 1.5, uint8(3), [2]int{}}
	for i, t := range things {
		fmt.Println(i, classify(t))
	}
	var s fmt.Stringer = Point{5, 6}
	switch s.(type) {
	case Point:
		fmt.Println("concrete Point in Stringer")
	}
	switch v := interface{}(MyInt(2)).(type) {
	case int:
		fmt.Println("int", v)
	default:
		fmt.Printf("%T %v\n", v, v)
	}
}

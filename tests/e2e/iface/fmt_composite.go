// fmt of composite values: nested structs and pointers (%v %+v), slices of pointers print addresses masked, nil pointer/slice/map/interface, %T of composites, %d on slices.
package main

import "fmt"

type Inner struct {
	A int
	B string
}
type Outer struct {
	In   Inner
	P    *Inner
	S    []Inner
	M    map[string]int
	I    interface{}
	F    float64
	Flag bool
}

func main() {
	in := Inner{1, "x"}
	o := Outer{In: in, P: nil, S: []Inner{{2, "y"}, {3, "z"}}, M: map[string]int{"b": 2, "a": 1}, I: 42, F: 2.5, Flag: true}
	fmt.Println(o)
	fmt.Printf("%v\n%+v\n", o, o)
	fmt.Println(&in, &o.S[0])
	fmt.Printf("%+v %v\n", &in, []*Inner{nil})
	var np *Inner
	var ns []int
	var nm map[int]int
	var ni interface{}
	var ne error
	fmt.Println(np, ns, nm, ni, ne)
	fmt.Printf("%v %v %v %v %d\n", np, ns, nm, ni, []int{1, 2})
	fmt.Printf("%T %T %T %T %T %T\n", o, &o, o.S, o.M, ni, [2]bool{})
	fmt.Printf("%T %T %T\n", func(int) string { return "" }, make(chan int), struct{ X int }{})
	fmt.Println([][]int{{1}, {2, 3}, nil}, [2][2]string{{"a", "b"}, {"c", "d"}})
	fmt.Println(struct{}{}, [0]int{}, []string{""}, []interface{}{1, "a", nil, 2.5})
	fmt.Printf("%5d|%-4d|%x|%X|%o|%b|%c|%q|%U\n", []int{1, 22}, 7, 255, []int{10, 11}, 8, 5, 'G', 'q', 'é')
	fmt.Printf("%s %v %d\n", []string{"a", "b"}, []byte("hi"), []byte("hi"))
	fmt.Printf("%x %X % x %s\n", []byte("hi"), "hi", []byte{1, 171}, []byte("ok"))
	fmt.Printf("%t %v %5t|\n", true, false, true)
	fmt.Printf("%d %s %v\n", "str", 5, nil)
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("100%% %!\n")
}

// Defer: recover() of panic(v) for many value kinds and of runtime errors (index, nil map, nil deref, divide, conversion), printed with %v and %T.
package main

import "fmt"

type MyErr struct{ code int }

func (e MyErr) Error() string { return fmt.Sprintf("myerr %d", e.code) }

type T struct{ a int }

func try(name string, f func()) {
	defer func() {
		r := recover()
		fmt.Printf("%s: %v", name, r)
		if err, ok := r.(error); ok {
			fmt.Printf(" (error %q)", err.Error())
		}
		fmt.Println()
	}()
	f()
	fmt.Println(name, "did not panic")
}

func main() {
	try("string", func() { panic("boom") })
	try("int", func() { panic(42) })
	try("float", func() { panic(2.5) })
	try("error", func() { panic(fmt.Errorf("an error")) })
	try("custom", func() { panic(MyErr{7}) })
	try("struct", func() { panic(T{3}) })
	try("fmterr", func() { panic(fmt.Errorf("wrapped %d", 1)) })
	try("none", func() {})
	try("index", func() {
		s := []int{1, 2}
		i := 5
		_ = s[i]
	})
	try("nilmap", func() {
		var m map[string]int
		m["a"] = 1
	})
	try("nilptr", func() {
		var p *T
		fmt.Println(p.a)
	})
	try("divide", func() {
		a, b := 1, 0
		fmt.Println(a / b)
	})
	try("slice", func() {
		s := make([]int, 3, 5)
		j := 6
		_ = s[:j]
	})
	try("assert", func() {
		var x interface{} = "str"
		_ = x.(int)
	})
	try("nested", func() {
		defer func() {
			r := recover()
			fmt.Println("inner recovered", r)
			panic(fmt.Sprint("re-", r))
		}()
		panic("first")
	})
	fmt.Println(recover())
	fmt.Println("main continues")
}

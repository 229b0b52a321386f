// Defer: recover only stops a panic when called directly by a deferred function; a helper's recover returns nil; recover outside panics returns nil; panics unwind through frames.
package main

import "fmt"

func helperRecover() interface{} { return recover() }

func direct() (res string) {
	defer func() {
		if r := recover(); r != nil {
			res = fmt.Sprint("direct caught ", r)
		}
	}()
	panic("p1")
}

func indirect() (res string) {
	defer func() {
		if r := recover(); r != nil {
			res = fmt.Sprint("outer caught ", r)
		}
	}()
	defer func() {
		r := helperRecover()
		fmt.Println("helper recover returned", r)
	}()
	panic("p2")
}

func level3() {
	defer fmt.Println("level3 defer")
	panic("deep")
}
func level2() {
	defer fmt.Println("level2 defer")
	level3()
	fmt.Println("level2 unreachable")
}
func level1() (msg string) {
	defer func() { msg = fmt.Sprint("level1 caught ", recover()) }()
	level2()
	return "normal"
}

func main() {
	fmt.Println(recover())
	fmt.Println(direct())
	fmt.Println(indirect())
	fmt.Println(level1())
	for i := 0; i < 3; i++ {
		func() {
			defer func() {
				if r := recover(); r != nil {
					fmt.Println("iteration", i, "recovered", r)
				}
			}()
			if i%2 == 0 {
				panic(i * 10)
			}
			fmt.Println("iteration", i, "fine")
		}()
	}
}

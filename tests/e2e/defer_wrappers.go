// go/defer statements whose calls take arguments run through wrapper
// closures: arguments are evaluated at the statement, recover() in the
// wrapped call still recovers, `defer recover()` does not, and values
// larger than a closure captures by value keep their statement-time copy.
package main

import "fmt"

type Big [40]int

type Shower interface{ Show(string) }

type T struct{ n int }

func (t T) Show(s string) { fmt.Println("show", s, t.n) }

func catch(tag string) {
	if r := recover(); r != nil {
		fmt.Println(tag, "recovered:", r)
	}
}

func recovers() (out string) {
	defer catch("wrapped")
	out = "before"
	panic("boom")
}

func notRecovered() {
	defer func() { fmt.Println("outer recover:", recover()) }()
	func() {
		defer recover()
		panic("direct")
	}()
}

func sum(xs ...int) int {
	s := 0
	for _, x := range xs {
		s += x
	}
	return s
}

func report(b Big, xs []int, v ...any) {
	fmt.Println(b[0], b[39], len(xs), xs, v)
}

func loop() {
	for i := 0; i < 3; i++ {
		defer fmt.Println("loop", i, sum(i, i*10))
		defer report(Big{i, 39: i * 2}, []int{i, i + 1}, i, "x")
	}
}

func pair() (int, error) { return 7, fmt.Errorf("bad") }

func main() {
	recovers()
	notRecovered()
	var s Shower = T{1}
	defer s.Show("iface")
	t := T{2}
	defer t.Show("value")
	t.n = 3
	loop()
	done := make(chan int)
	for i := 0; i < 3; i++ {
		go func(k int, ch chan int) { ch <- k * k }(i, done)
	}
	total := 0
	for i := 0; i < 3; i++ {
		total += <-done
	}
	fmt.Println("total", total)
	defer fmt.Println(pair())
	var big Big
	big[39] = 5
	defer report(big, nil)
	big[39] = 6
}

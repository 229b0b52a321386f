// Members of a multi-value call converted to interface types when spread into fmt (also deferred, with a format), returned, assigned or passed on.
package main

import "fmt"

type E struct{ s string }

func (e *E) Error() string { return e.s }

type R struct{ n int }

func (r R) M(a int, e error) string     { return fmt.Sprint(r.n, a, e) }
func (r *R) P(a interface{}, b any) string { return fmt.Sprint(r.n, a, b) }

type MI interface{ M(int, error) string }

func g() (int, error)      { return 7, &E{"bad"} }
func gi() (int, int)       { return 1, 2 }
func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}
func anyv(xs ...any) int { return len(xs) }
func pre(p int, xs ...int) int { return p*100 + sum(xs...) }
func three() (int, int, int) { return 1, 2, 3 }

type S2 interface{ Error() string }

func r1() (interface{}, interface{}) { return g() }
func r2() (int, S2)                  { return g() }
func twoS(a int, b S2)               { fmt.Println(a, b) }
func fs() (string, int)              { return "n=%d\n", 5 }

func more() {
	a, b := r1()
	fmt.Println(a, b)
	fmt.Println(r2())
	var x, y interface{}
	x, y = g()
	fmt.Println(x, y)
	var p interface{}
	var q S2
	p, q = g()
	fmt.Println(p, q)
	twoS(g())
	fmt.Printf(fs())
	fmt.Print(fmt.Sprint(g()), "\n")
	defer fmt.Printf(fs())
	defer fmt.Println(g())
}

func main() {
	more()
	r := R{1}
	fmt.Println(r.M(g()))
	fmt.Println(r.P(g()))
	var mi MI = r
	fmt.Println(mi.M(g()))
	f := func(a interface{}, e error) string { return fmt.Sprint("f", a, e) }
	fmt.Println(f(g()))
	fmt.Println(sum(gi()), anyv(gi()), pre(three()), pre(gi()))
	mv := r.M
	fmt.Println(mv(g()))
	done := make(chan bool)
	go func(a int, e error) {
		fmt.Println("go", a, e)
		done <- true
	}(g())
	<-done
	defer func(a any, e any) { fmt.Println("deferred", a, e) }(g())
	defer fmt.Println(three())
	defer fmt.Print(g())
	m := map[string]interface{}{}
	var ok bool
	m["a"], ok = 5, true
	fmt.Println(m, ok)
	ch := make(chan interface{}, 1)
	ch <- &E{"x"}
	fmt.Println(<-ch)
	var es []error
	es = append(es, &E{"y"}, nil)
	fmt.Println(es, len(es))
	var e error = &E{"z"}
	var x interface{} = e
	fmt.Println(x, x == e)
}

// Method expressions T.m / (*T).m of methods promoted through embedded structs, pointers and interfaces, and (*T).m of value methods: called and used as func values.
package main

import "fmt"

type I1 interface{ M() int }
type T1 int

func (t T1) M() int { return int(t) + 1 }

type S struct{ I1 }
type PS struct{ *S }

type Inner struct{ x int }

func (i Inner) Get(d int) int { return i.x + d }
func (i *Inner) Set(v int)    { i.x = v }

type Outer struct {
	pad  [3]int
	name string
	Inner
}

type POuter struct {
	a int
	*Inner
}

type T struct{ a, b int }

func (t T) Sum(xs ...int) (int, string) {
	s := t.a + t.b
	for _, x := range xs {
		s += x
	}
	return s, "ok"
}
func (t *T) Scale(k int) { t.a *= k; t.b *= k }

type M map[string]int

func (m M) Get(k string) int { return m[k] }

type I interface{ Sum(...int) (int, string) }

type W struct {
	name string
	I
}
type WP struct{ *W }

func one() {
	s := S{T1(4)}
	f := S.M
	g := (*S).M
	fmt.Println(f(s), g(&s))
	mv := s.M
	fmt.Println(mv())
	ps := PS{&s}
	fmt.Println(ps.M(), PS.M(ps))
	var i I1 = s
	fmt.Println(i.M())
	var i2 I1 = ps
	fmt.Println(i2.M())
}

func two() {
	o := Outer{name: "o", Inner: Inner{5}}
	f := Outer.Get
	fmt.Println(f(o, 1))
	g := (*Outer).Set
	g(&o, 9)
	fmt.Println(o.x)
	h := (*Outer).Get
	fmt.Println(h(&o, 2))
	po := POuter{1, &Inner{3}}
	k := POuter.Set
	k(po, 4)
	fmt.Println(po.x, POuter.Get(po, 1))
}

func main() {
	one()
	two()
	t := T{1, 2}
	f := (*T).Sum
	fmt.Println(f(&t, 3, 4))
	fmt.Println((*T).Sum(&t))
	m := M{"x": 7}
	g := (*M).Get
	fmt.Println(g(&m, "x"), M.Get(m, "x"))
	defer T.Sum(t, 1)
	defer fmt.Println("deferred")
	defer (*T).Scale(&t, 10)
	w := W{"w", T{5, 5}}
	fmt.Println(W.Sum(w, 1))
	fmt.Println((*W).Sum(&w, 2))
	wp := WP{&w}
	fmt.Println(WP.Sum(wp))
	fmt.Println((*WP).Sum(&wp, 1, 1))
	h := WP.Sum
	fmt.Println(h(wp, 100))
	done := make(chan bool)
	go func() {
		r, _ := W.Sum(w)
		fmt.Println("go", r)
		done <- true
	}()
	<-done
}

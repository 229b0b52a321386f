// Single assignments whose left side makes calls: the calls on the left run before the right side (m[f()] = g(), a[f()] = g(), *p() = g(), s.f().x = g()); m[k] op= v is m[k] = m[k] op v (v sees the map before k is inserted, a failing op inserts nothing).
package main

import "fmt"

var calls []string

func f(s string, v int) int { calls = append(calls, s); return v }

type T struct{ x int }

var t T

func pt(s string) *T { calls = append(calls, s); return &t }

func show(tag string) {
	fmt.Println(tag, calls)
	calls = nil
}

func main() {
	m := map[int]int{}
	m[f("k", 1)] = f("v", 2)
	show("m[k] = v")
	a := make([]int, 3)
	a[f("i", 1)] = f("v", 5)
	show("a[i] = v")
	pt("p").x = f("v", 3)
	show("p().x = v")
	*pt("p") = T{f("v", 4)}
	show("*p() = v")
	mm := map[string][]int{"s": {0, 0}}
	mm["s"][f("i", 1)] = f("v", 6)
	show("mm[s][i] = v")
	a[f("i", 2)] += f("v", 1)
	show("a[i] += v")
	ch := make(chan int, 2)
	ch <- 2
	ch <- 8
	a[<-ch] = <-ch
	fmt.Println(m, a, t, mm)
	mc := map[int]int{}
	mc[1] += len(mc)
	mc[2]++
	ms := map[string]string{}
	ms["a"] += "x" + fmt.Sprint(len(ms))
	fmt.Println(mc, ms)
	defer func() { fmt.Println(recover(), mc) }()
	z := 0
	mc[3] /= z
}

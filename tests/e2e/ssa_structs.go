// Struct values in functions compiled through SSA: a struct whose fields
// are 8-byte words (integers, pointers, float64, strings, slices, nested
// such structs) is its words, so struct locals, parameters, results,
// copies, literals and field reads and writes are SSA values; &T{...} and
// new(T) are frame areas when they do not escape and runtime_new objects
// when they do. A struct with narrower fields stays with the tree walker.
package main

import "fmt"

type Vec3 struct {
	x, y, z int
}

type Box struct {
	min, max Vec3
}

type Named struct {
	name string
	tags []string
	w    float64
	next *Named
}

type Small struct {
	a, b int32
	ok   bool
}

func (v Vec3) dot(o Vec3) int { return v.x*o.x + v.y*o.y + v.z*o.z }

func (v *Vec3) add(o Vec3) {
	v.x += o.x
	v.y += o.y
	v.z += o.z
}

func (v Vec3) scaled(k int) Vec3 {
	v.x *= k // a copy: the caller's value does not change
	v.y *= k
	v.z *= k
	return v
}

func (b Box) volume() int {
	return (b.max.x - b.min.x) * (b.max.y - b.min.y) * (b.max.z - b.min.z)
}

func (b *Box) extend(p Vec3) {
	if p.x < b.min.x {
		b.min.x = p.x
	}
	if p.y > b.max.y {
		b.max.y = p.y
	}
	if p.z > b.max.z {
		b.max.z = p.z
	}
}

// Results of several words, and a struct that changes in a loop (phis of
// each word).
func bounds(ps []Vec3) (Box, int) {
	var b Box
	n := 0
	for _, p := range ps {
		if n == 0 {
			b = Box{p, p}
		} else {
			b.extend(p)
			if p.x > b.max.x {
				b.max.x = p.x
			}
			if p.y < b.min.y {
				b.min.y = p.y
			}
			if p.z < b.min.z {
				b.min.z = p.z
			}
		}
		n++
	}
	return b, n
}

var calls int

func next() int {
	calls++
	return calls * 10
}

// Elements that call are evaluated first, then the others (as gc).
func order() Vec3 {
	calls = 1
	return Vec3{z: calls, x: next(), y: calls}
}

func named(n string, k int) Named {
	t := Named{name: n, w: 1.5}
	for i := 0; i < k; i++ {
		t.tags = append(t.tags, fmt.Sprint(n, i))
	}
	t.w *= float64(k)
	return t
}

var keep *Vec3

// &T{} and new(T) kept on the stack, and one moved to the heap.
func objects(i int) int {
	a := &Vec3{i, i + 1, i + 2}
	b := new(Vec3)
	b.x = a.z * 2
	b.y = a.y
	a.add(*b)
	h := &Vec3{x: i * 100}
	keep = h
	box := &Box{*a, Vec3{a.x + 10, a.y + 10, a.z + 10}}
	box.extend(*b)
	return box.volume() + a.dot(*b) + keep.x
}

func small(s Small) Small {
	s.a, s.b = s.b, s.a
	s.ok = !s.ok
	return s
}

func deref(p *Box) int {
	q := *p
	q.min.x = 99
	return q.min.x + p.min.x
}

func main() {
	v := Vec3{1, 2, 3}
	w := v
	w.y = 20
	fmt.Println(v, w, v.dot(w), v.scaled(3), v)
	v.add(Vec3{10, 10, 10})
	fmt.Println(v)
	b, n := bounds([]Vec3{{3, 1, 4}, {1, 5, 9}, {2, 6, 5}, {3, 5, 8}})
	fmt.Println(b, n, b.volume())
	fmt.Println(order(), calls)
	t := named("t", 3)
	fmt.Println(t.name, t.tags, t.w, t.next == nil, len(t.tags), cap(t.tags) >= 3)
	sum := 0
	for i := 0; i < 1000; i++ {
		sum += objects(i)
	}
	fmt.Println(sum, *keep)
	fmt.Println(small(Small{1, 2, false}))
	fmt.Println(deref(&Box{}))
	var p *Box
	defer func() {
		fmt.Println("recovered:", recover())
		fmt.Println(deref(p))
	}()
	fmt.Println(deref(p))
}

// Fields and variables through pointers in the SSA back end: p.f, p.a.b
// (offsets added up), *p, reads, writes and op= through them, narrow
// fields re-extended, slices and strings in fields, methods with pointer
// receivers (called with the register ABI), and a nil pointer: the panic
// happens at the access, after the right-hand side ran.
package main

import "fmt"

type Vec3 struct {
	x, y, z int
}

type Box struct {
	tag      int8
	min, max Vec3
	name     string
	hits     []int
}

func (v *Vec3) add(o *Vec3) {
	v.x += o.x
	v.y += o.y
	v.z += o.z
}

func (b *Box) extend(p *Vec3) {
	if p.x < b.min.x {
		b.min.x = p.x
	}
	if p.x > b.max.x {
		b.max.x = p.x
	}
	b.max.y, b.min.y = p.y, -p.y
	b.tag--
	b.hits = b.hits[:len(b.hits)+1]
	b.hits[len(b.hits)-1] = p.z
}

func (b *Box) width() int { return b.max.x - b.min.x }

func swap(p, q *int) { *p, *q = *q, *p }

func bump(p *int8) int8 {
	*p += 100
	return *p
}

func side(n *int) int {
	*n = *n + 1
	return *n
}

func store(b *Box, n *int) {
	b.min.z = side(n) // side runs before b's nil check
}

func main() {
	v := &Vec3{1, 2, 3}
	w := &Vec3{10, 20, 30}
	v.add(w)
	v.add(v)
	fmt.Println(*v)
	b := &Box{tag: -127, name: "box", hits: make([]int, 0, 4)}
	b.extend(v)
	b.extend(w)
	fmt.Println(b.tag, b.min, b.max, b.hits, b.width(), b.name)
	x, y := 1, 2
	swap(&x, &y)
	fmt.Println(x, y)
	k := int8(100)
	fmt.Println(bump(&k), k)
	n := 0
	defer func() {
		fmt.Println("recovered:", recover(), n)
	}()
	store(nil, &n)
}

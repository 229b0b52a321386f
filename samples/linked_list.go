// linked_list.go - a singly linked list with pointers: push, reverse in
// place, delete, and iteration with a callback.
package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

type List struct {
	Head *Node
	Len  int
}

// Nodes are created with &Node{...} and outlive the call: they are heap
// allocated (goscape build -m says "&Node{...} escapes to heap").
func (l *List) PushFront(v int) {
	l.Head = &Node{v, l.Head}
	l.Len++
}

func (l *List) PushBack(v int) {
	n := &Node{Val: v}
	l.Len++
	if l.Head == nil {
		l.Head = n
		return
	}
	p := l.Head
	for p.Next != nil {
		p = p.Next
	}
	p.Next = n
}

// Delete removes the first node holding v, using a pointer to the link
// that points at the current node, so the head needs no special case.
func (l *List) Delete(v int) bool {
	for link := &l.Head; *link != nil; link = &(*link).Next {
		if (*link).Val == v {
			*link = (*link).Next
			l.Len--
			return true
		}
	}
	return false
}

func (l *List) Reverse() {
	var prev *Node
	for cur := l.Head; cur != nil; {
		next := cur.Next
		cur.Next = prev
		prev, cur = cur, next
	}
	l.Head = prev
}

func (l *List) Each(f func(int)) {
	for n := l.Head; n != nil; n = n.Next {
		f(n.Val)
	}
}

func (l *List) String() string {
	s := "["
	l.Each(func(v int) {
		if len(s) > 1 {
			s += " -> "
		}
		s += fmt.Sprint(v)
	})
	return s + "]"
}

func main() {
	var l List
	for i := 1; i <= 5; i++ {
		l.PushBack(i * 10)
	}
	l.PushFront(0)
	fmt.Println(l.String(), "len", l.Len)
	l.Reverse()
	fmt.Println("reversed:", l.String())
	fmt.Println("delete 30:", l.Delete(30), "delete 99:", l.Delete(99))
	fmt.Println("delete head:", l.Delete(50), l.String(), "len", l.Len)
	sum := 0
	l.Each(func(v int) { sum += v })
	fmt.Println("sum", sum)
}

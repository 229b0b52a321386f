// A slice-backed stack and a ring-buffer queue, with methods on pointers.
package main

import "fmt"

type Stack struct{ items []int }

func (s *Stack) Push(v int) { s.items = append(s.items, v) }
func (s *Stack) Pop() (int, bool) {
	if len(s.items) == 0 {
		return 0, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

type Queue struct {
	buf        [4]string
	head, size int
}

func (q *Queue) Put(s string) bool {
	if q.size == len(q.buf) {
		return false
	}
	q.buf[(q.head+q.size)%len(q.buf)] = s
	q.size++
	return true
}

func (q *Queue) Get() string {
	s := q.buf[q.head]
	q.head = (q.head + 1) % len(q.buf)
	q.size--
	return s
}

func balanced(expr string) bool {
	var st Stack
	pairs := map[byte]byte{')': '(', ']': '[', '}': '{'}
	for i := 0; i < len(expr); i++ {
		c := expr[i]
		switch c {
		case '(', '[', '{':
			st.Push(int(c))
		case ')', ']', '}':
			top, ok := st.Pop()
			if !ok || byte(top) != pairs[c] {
				return false
			}
		}
	}
	_, left := st.Pop()
	return !left
}

func main() {
	var s Stack
	for i := 1; i <= 5; i++ {
		s.Push(i * i)
	}
	for {
		v, ok := s.Pop()
		if !ok {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	var q Queue
	for _, w := range []string{"a", "b", "c", "d", "e"} {
		fmt.Print(q.Put(w), " ")
	}
	fmt.Println()
	fmt.Println(q.Get(), q.Get())
	q.Put("f")
	for q.size > 0 {
		fmt.Print(q.Get())
	}
	fmt.Println()
	for _, e := range []string{"(a[b]{c})", "(]", "((", ""} {
		fmt.Printf("%q balanced: %v\n", e, balanced(e))
	}
}

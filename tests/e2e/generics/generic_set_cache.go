// A generic set over a map, a generic cache guarded by sync.Mutex, and
// ordered keys sorted through sort.Slice.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Set[T comparable] map[T]struct{}

func NewSet[T comparable](xs ...T) Set[T] {
	s := Set[T]{}
	for _, x := range xs {
		s.Add(x)
	}
	return s
}

func (s Set[T]) Add(x T)           { s[x] = struct{}{} }
func (s Set[T]) Has(x T) bool      { _, ok := s[x]; return ok }
func (s Set[T]) Union(o Set[T]) Set[T] {
	r := Set[T]{}
	for k := range s {
		r.Add(k)
	}
	for k := range o {
		r.Add(k)
	}
	return r
}

type Cache[K comparable, V any] struct {
	mu   sync.Mutex
	data map[K]V
	hits int
}

func (c *Cache[K, V]) Get(k K, load func(K) V) V {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.data == nil {
		c.data = make(map[K]V)
	}
	if v, ok := c.data[k]; ok {
		c.hits++
		return v
	}
	v := load(k)
	c.data[k] = v
	return v
}

type Ordered interface {
	~int | ~int64 | ~float64 | ~string
}

func SortedKeys[K Ordered, V any](m map[K]V) []K {
	ks := make([]K, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Slice(ks, func(i, j int) bool { return ks[i] < ks[j] })
	return ks
}

func main() {
	a := NewSet(1, 2, 3)
	b := NewSet(3, 4)
	u := a.Union(b)
	fmt.Println(len(u), u.Has(4), u.Has(9), SortedKeys(u))
	var c Cache[string, int]
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.Get("go", func(s string) int { return len(strings.Repeat(s, 3)) })
		}()
	}
	wg.Wait()
	fmt.Println(c.Get("go", nil), c.hits)
	fmt.Printf("%T %v\n", u, SortedKeys(map[string]bool{"b": true, "a": true}))
}

// Maps: maps are references (aliasing through assignment, function args, struct fields), sets with struct{} values, array values copied out, overwrite keeps len.
package main

import "fmt"

type Inventory struct {
	items map[string]int
}

func (inv Inventory) Add(name string, n int) { inv.items[name] += n }

func fill(m map[int][3]int) {
	for i := 0; i < 3; i++ {
		m[i] = [3]int{i, i * i, i * i * i}
	}
}

func main() {
	a := map[string]int{"x": 1}
	b := a
	b["y"] = 2
	fmt.Println(a, len(a))
	inv := Inventory{map[string]int{}}
	inv.Add("apple", 3)
	inv.Add("apple", 2)
	inv.Add("pear", 1)
	fmt.Println(inv.items)
	arrs := map[int][3]int{}
	fill(arrs)
	c := arrs[2]
	c[0] = 99
	fmt.Println(arrs[2], c)
	set := map[string]struct{}{}
	for _, w := range []string{"b", "a", "b", "c", "a"} {
		set[w] = struct{}{}
	}
	_, hasA := set["a"]
	_, hasZ := set["z"]
	fmt.Println(len(set), hasA, hasZ, set)
	m := map[int]string{1: "one"}
	m[1] = "uno"
	m[1] = "eins"
	fmt.Println(len(m), m[1])
	ptrs := map[string]*int{}
	v := 5
	ptrs["v"] = &v
	*ptrs["v"] = 6
	fmt.Println(v)
	sl := map[string][]int{"k": {1, 2}}
	s := sl["k"]
	s[0] = 100
	fmt.Println(sl)
	sl["k"] = append(sl["k"], 3)
	fmt.Println(sl, s)
	type pair struct{ a, b int }
	ps := map[pair]pair{}
	for i := 0; i < 4; i++ {
		ps[pair{i, -i}] = pair{i * 2, i * 3}
	}
	fmt.Println(ps)
	fmt.Println(ps[pair{3, -3}].b)
	empty := map[string]int{}
	fmt.Println(empty, len(empty), empty == nil)
	var nilm map[string]int
	fmt.Println(nilm == nil, len(nilm))
}

// Maps: nested maps, map of slices and structs, counting words, delete during range, clearing by delete, sorted printing of results.
package main

import "fmt"

type Stat struct {
	Count int
	Last  string
}

func sortedKeys(m map[string]int) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	for i := 1; i < len(keys); i++ {
		for j := i; j > 0 && keys[j] < keys[j-1]; j-- {
			keys[j], keys[j-1] = keys[j-1], keys[j]
		}
	}
	return keys
}

func main() {
	text := []string{"the", "cat", "sat", "on", "the", "mat", "the", "end", "cat"}
	counts := map[string]int{}
	for _, w := range text {
		counts[w]++
	}
	for _, k := range sortedKeys(counts) {
		fmt.Printf("%s=%d ", k, counts[k])
	}
	fmt.Println()

	graph := map[string]map[string]int{}
	add := func(a, b string, w int) {
		if graph[a] == nil {
			graph[a] = map[string]int{}
		}
		graph[a][b] = w
	}
	add("a", "b", 1)
	add("a", "c", 4)
	add("b", "c", 2)
	add("c", "a", 7)
	fmt.Println(graph)
	fmt.Println(graph["a"]["c"], graph["z"]["q"], len(graph["z"]))

	groups := map[int][]string{}
	for _, w := range text {
		groups[len(w)] = append(groups[len(w)], w)
	}
	fmt.Println(groups)

	stats := map[string]*Stat{}
	for i, w := range text {
		s, ok := stats[w]
		if !ok {
			s = &Stat{}
			stats[w] = s
		}
		s.Count++
		s.Last = fmt.Sprint(i)
	}
	fmt.Println(*stats["the"], *stats["end"])

	vals := map[string]Stat{"x": {1, "a"}}
	st := vals["x"]
	st.Count = 99
	fmt.Println(vals["x"].Count, st.Count)

	nums := map[int]int{}
	for i := 0; i < 100; i++ {
		nums[i] = i * i
	}
	for k := range nums {
		if k%3 != 0 {
			delete(nums, k)
		}
	}
	fmt.Println(len(nums), nums[99], nums[98])
	seen := 0
	for k, v := range nums {
		if v != k*k {
			fmt.Println("bad", k)
		}
		seen++
		delete(nums, k)
	}
	fmt.Println(seen, len(nums), nums)
	delete(nums, 12345)
	var nilm map[string]int
	delete(nilm, "x")
	for range nilm {
		fmt.Println("never")
	}
	big := make(map[int]string, 1000)
	for i := 0; i < 5000; i++ {
		big[i] = fmt.Sprint(i)
	}
	total := 0
	for k, v := range big {
		if fmt.Sprint(k) != v {
			fmt.Println("mismatch")
		}
		total += k
	}
	fmt.Println(len(big), total, big[4999])
	sm := map[string]bool{"z": true, "y": false}
	fmt.Printf("%v %d\n", sm, len(sm))
	mm := map[string][]map[int]bool{"k": {{1: true}, {}}}
	fmt.Println(mm)
}

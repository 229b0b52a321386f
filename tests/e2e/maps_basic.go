// Maps: make, literals, comma-ok, delete, len, struct values, sorted printing.
package main

import "fmt"

type point struct{ x, y int }

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
	ages := map[string]int{"alice": 31, "bob": 25}
	ages["carol"] = 40
	ages["bob"]++
	v, ok := ages["dave"]
	fmt.Println(len(ages), v, ok)
	v, ok = ages["bob"]
	fmt.Println(v, ok)
	delete(ages, "alice")
	delete(ages, "nobody")
	for _, k := range sortedKeys(ages) {
		fmt.Println(k, ages[k])
	}
	fmt.Println(ages)
	words := "the cat and the hat and the bat"
	counts := make(map[string]int)
	start := 0
	for i := 0; i <= len(words); i++ {
		if i == len(words) || words[i] == ' ' {
			counts[words[start:i]]++
			start = i + 1
		}
	}
	fmt.Println(counts)
	grid := map[point]string{{1, 2}: "a", {0, 0}: "origin"}
	fmt.Println(grid[point{0, 0}], grid[point{1, 2}], grid[point{5, 5}] == "")
	var nilmap map[int]bool
	fmt.Println(nilmap[3], len(nilmap))
	nested := map[int]map[int]int{}
	for i := 0; i < 3; i++ {
		nested[i] = map[int]int{i: i * i}
	}
	fmt.Println(nested)
	big := make(map[int]int)
	for i := 0; i < 1000; i++ {
		big[i*7] = i
	}
	sum := 0
	for k, v := range big {
		sum += k - v
	}
	fmt.Println(len(big), sum)
}

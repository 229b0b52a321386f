// gc_containers.go - pointers kept only inside maps, slices, strings,
// interfaces and closures while lots of garbage is made around them.
package main

import "fmt"

type Item struct {
	name  string
	next  *Item
	tags  []string
	value interface{}
}

func makeItem(i int) *Item {
	it := &Item{name: fmt.Sprintf("item-%d", i)}
	for j := 0; j < i%5; j++ {
		it.tags = append(it.tags, fmt.Sprint("t", j))
	}
	if i%3 == 0 {
		it.value = i * 2
	} else {
		it.value = &Item{name: it.name + "-boxed"}
	}
	return it
}

func main() {
	byName := map[string]*Item{}
	var list *Item
	var keep []*Item
	counters := []func() int{}
	for i := 0; i < 20000; i++ {
		it := makeItem(i)
		if i%7 == 0 {
			byName[it.name] = it
		}
		if i%11 == 0 {
			it.next = list
			list = it
		}
		if i%13 == 0 {
			keep = append(keep, it)
		}
		if i%1000 == 0 {
			n := i
			counters = append(counters, func() int { n++; return n })
		}
		garbage := make([]byte, 100+i%400)
		garbage[0] = byte(i)
	}
	total := 0
	for _, it := range byName {
		total += len(it.name) + len(it.tags)
	}
	fmt.Println("map items:", len(byName), "name+tag total:", total)
	count := 0
	for it := list; it != nil; it = it.next {
		count++
		if b, ok := it.value.(*Item); ok && b.name != it.name+"-boxed" {
			fmt.Println("corrupt", it.name)
		}
	}
	fmt.Println("list items:", count)
	sum := 0
	for _, it := range keep {
		sum += len(it.tags)
		if v, ok := it.value.(int); ok {
			sum += v
		}
	}
	fmt.Println("kept:", len(keep), "sum:", sum)
	for _, c := range counters {
		c()
	}
	fmt.Println("counter 19:", counters[19]())
	fmt.Println(byName["item-700"].name, byName["item-700"].tags, keep[3].name)
}

// strings, strconv, sort and container/list compiled from GOROOT; fmt.Fprintf into a *strings.Builder.
package main

import (
	"container/list"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

func main() {
	fmt.Println(strings.ToUpper("hello"), strings.Repeat("ab", 3), strings.Split("a,b,c", ","))
	fmt.Println(strings.Fields("  a b  c "), strings.Contains("seafood", "foo"), strings.Index("chicken", "ken"))
	var b strings.Builder
	for i := 0; i < 3; i++ {
		fmt.Fprintf(&b, "%d-", i)
	}
	b.WriteString("end")
	fmt.Println(b.String(), b.Len())
	fmt.Println(strings.TrimSpace("  x  "), strings.Title("go gopher"), strings.Replace("oink oink oink", "k", "ky", 2))
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;")
	fmt.Println(r.Replace("<a>"), strings.EqualFold("Go", "GO"), strings.Join([]string{"x", "y"}, "+"))
	fmt.Println(strconv.Itoa(-42), strconv.Quote("hi\n"), strconv.FormatInt(255, 16))
	n, err := strconv.Atoi("123x")
	fmt.Println(n, err)
	f, _ := strconv.ParseFloat("3.25", 64)
	fmt.Println(f, strconv.FormatFloat(1.5, 'f', 2, 64), strconv.AppendInt(nil, 7, 2))
	xs := []int{5, 2, 8, 1}
	sort.Ints(xs)
	ss := []string{"pear", "apple", "fig"}
	sort.Strings(ss)
	people := []struct {
		name string
		age  int
	}{{"a", 30}, {"b", 20}, {"c", 25}}
	sort.Slice(people, func(i, j int) bool { return people[i].age < people[j].age })
	fmt.Println(xs, ss, people, sort.SearchInts(xs, 5))
	l := list.New()
	l.PushBack(1)
	l.PushFront(0)
	l.PushBack(2)
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Print(e.Value, " ")
	}
	fmt.Println(l.Len())
}

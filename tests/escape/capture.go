// Golden escape test capture: go tool compile -m -l output must be reproduced exactly.
package main

func bigClosure(i int) func() byte {
	var big [200]byte
	return func() byte { return big[i] }
}

func smallClosure(i int) func() byte {
	var small [100]byte
	return func() byte { return small[i] }
}

func reassignedLater() func() int {
	x := 1
	f := func() int { return x }
	x = 2
	return f
}

func reassignedBefore() func() int {
	x := 1
	x = 2
	f := func() int { return x }
	return f
}

func directCall() int {
	u := 0
	*(func() *int { return &u }()) = 42
	return u
}

func main() {}

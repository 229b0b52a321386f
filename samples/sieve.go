// sieve.go - the sieve of Eratosthenes: every prime below 200, then the
// count of primes below a million and the gaps between them.
package main

import "fmt"

// sieve returns composite[i] == false exactly for the primes i < n.
func sieve(n int) []bool {
	composite := make([]bool, n) // returned, and sized at run time: heap allocated
	composite[0], composite[1] = true, true
	for i := 2; i*i < n; i++ {
		if !composite[i] {
			for j := i * i; j < n; j += i {
				composite[j] = true
			}
		}
	}
	return composite
}

func main() {
	small := sieve(200)
	col := 0
	for i, c := range small {
		if !c {
			fmt.Printf("%4d", i)
			col++
			if col%10 == 0 {
				fmt.Println()
			}
		}
	}
	fmt.Println()

	const limit = 1000000
	big := sieve(limit)
	count, last, maxGap, gapAt := 0, 2, 0, 0
	for i := 2; i < limit; i++ {
		if !big[i] {
			count++
			if i-last > maxGap {
				maxGap, gapAt = i-last, last
			}
			last = i
		}
	}
	fmt.Println("primes below", limit, ":", count)
	fmt.Println("largest gap", maxGap, "after", gapAt)
}

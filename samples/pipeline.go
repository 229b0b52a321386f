// Sample: goroutines and channels — a generator, a prime sieve built from filter stages, and a fan-in.
package main

import "fmt"

func generate(limit int) <-chan int {
	out := make(chan int)
	go func() {
		for i := 2; i <= limit; i++ {
			out <- i
		}
		close(out)
	}()
	return out
}

// filter passes on the values of in that prime does not divide.
func filter(in <-chan int, prime int) <-chan int {
	out := make(chan int)
	go func() {
		for v := range in {
			if v%prime != 0 {
				out <- v
			}
		}
		close(out)
	}()
	return out
}

func main() {
	ch := generate(100)
	var primes []int
	for {
		p, ok := <-ch
		if !ok {
			break
		}
		primes = append(primes, p)
		ch = filter(ch, p)
	}
	fmt.Println(len(primes), "primes:", primes)

	results := make(chan string, 3)
	for _, name := range []string{"a", "b", "c"} {
		go func(n string) { results <- "hello from " + n }(name)
	}
	got := map[string]bool{}
	for i := 0; i < 3; i++ {
		got[<-results] = true
	}
	fmt.Println(got)
}

// Goroutines: worker pool over jobs/results channels, pipeline stages and fan-in, results collected by index so output is deterministic.
package main

import "fmt"

type job struct{ id, n int }
type result struct{ id, fib int }

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func worker(jobs <-chan job, results chan<- result, done chan<- int, w int) {
	count := 0
	for j := range jobs {
		results <- result{j.id, fib(j.n)}
		count++
	}
	done <- count
}

func stage(in <-chan int, f func(int) int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for v := range in {
			out <- f(v)
		}
	}()
	return out
}

func merge(cs ...<-chan int) <-chan int {
	out := make(chan int)
	done := make(chan bool)
	for _, c := range cs {
		go func(c <-chan int) {
			for v := range c {
				out <- v
			}
			done <- true
		}(c)
	}
	go func() {
		for range cs {
			<-done
		}
		close(out)
	}()
	return out
}

func main() {
	const nJobs, nWorkers = 20, 4
	jobs := make(chan job, nJobs)
	results := make(chan result, nJobs)
	done := make(chan int)
	for w := 0; w < nWorkers; w++ {
		go worker(jobs, results, done, w)
	}
	for i := 0; i < nJobs; i++ {
		jobs <- job{i, i + 5}
	}
	close(jobs)
	processed := 0
	for w := 0; w < nWorkers; w++ {
		processed += <-done
	}
	close(results)
	out := make([]int, nJobs)
	for r := range results {
		out[r.id] = r.fib
	}
	fmt.Println(processed, out)

	src := make(chan int)
	go func() {
		for i := 1; i <= 10; i++ {
			src <- i
		}
		close(src)
	}()
	sq := stage(src, func(x int) int { return x * x })
	inc := stage(sq, func(x int) int { return x + 1 })
	s := 0
	for v := range inc {
		s += v
	}
	fmt.Println("pipeline sum", s)

	mk := func(base int) <-chan int {
		c := make(chan int)
		go func() {
			for i := 0; i < 5; i++ {
				c <- base + i
			}
			close(c)
		}()
		return c
	}
	seen := make([]bool, 30)
	n := 0
	for v := range merge(mk(0), mk(10), mk(20)) {
		seen[v] = true
		n++
	}
	fmt.Println("merged", n, seen[4], seen[14], seen[24], seen[5])
}

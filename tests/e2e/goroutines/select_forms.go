// Goroutines: select with default, select on ready channels, send cases, nil channels disabling cases, timeouts-free multiplexing until both inputs close.
package main

import "fmt"

func gen(prefix string, n int) <-chan string {
	c := make(chan string)
	go func() {
		for i := 0; i < n; i++ {
			c <- fmt.Sprint(prefix, i)
		}
		close(c)
	}()
	return c
}

func main() {
	c := make(chan int, 1)
	select {
	case v := <-c:
		fmt.Println("unexpected", v)
	default:
		fmt.Println("empty: default taken")
	}
	c <- 1
	select {
	case c <- 2:
		fmt.Println("unexpected send")
	default:
		fmt.Println("full: default taken")
	}
	select {
	case v, ok := <-c:
		fmt.Println("received", v, ok)
	default:
		fmt.Println("unexpected default")
	}
	select {
	case c <- 3:
		fmt.Println("sent 3")
	}
	fmt.Println(<-c)

	a, b := gen("a", 3), gen("b", 4)
	na, nb := 0, 0
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			na++
			_ = v
		case v, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			nb++
			_ = v
		}
	}
	fmt.Println("from a:", na, "from b:", nb)

	quit := make(chan struct{})
	data := make(chan int)
	go func() {
		for i := 0; i < 3; i++ {
			data <- i
		}
		close(quit)
	}()
	total := 0
loop:
	for {
		select {
		case v := <-data:
			total += v
		case <-quit:
			break loop
		}
	}
	fmt.Println("total", total)

	var nilc chan int
	select {
	case nilc <- 1:
		fmt.Println("never")
	case <-nilc:
		fmt.Println("never")
	default:
		fmt.Println("nil channels are never ready")
	}
	closed := make(chan int)
	close(closed)
	n := 0
	for i := 0; i < 3; i++ {
		select {
		case <-closed:
			n++
		default:
		}
	}
	fmt.Println("closed ready", n)
}

// Goroutines: unbuffered handoff, buffered channel len/cap, close then range, comma-ok receive on closed channel, nil-channel-free sync via done channels.
package main

import "fmt"

func producer(n int, out chan<- int) {
	for i := 1; i <= n; i++ {
		out <- i * i
	}
	close(out)
}

func sum(in <-chan int, result chan<- int) {
	t := 0
	for v := range in {
		t += v
	}
	result <- t
}

func main() {
	ch := make(chan int)
	res := make(chan int)
	go producer(10, ch)
	go sum(ch, res)
	fmt.Println("sum of squares:", <-res)

	b := make(chan string, 3)
	b <- "a"
	b <- "b"
	fmt.Println(len(b), cap(b))
	b <- "c"
	fmt.Println(<-b, len(b))
	close(b)
	for s := range b {
		fmt.Println("drained", s)
	}
	v, ok := <-b
	fmt.Printf("%q %v\n", v, ok)

	done := make(chan bool)
	msgs := make(chan string)
	go func() {
		for m := range msgs {
			fmt.Println("got", m)
		}
		done <- true
	}()
	for _, m := range []string{"one", "two", "three"} {
		msgs <- m
	}
	close(msgs)
	<-done

	ping, pong := make(chan int), make(chan int)
	go func() {
		for v := range ping {
			pong <- v + 1
		}
		close(pong)
	}()
	x := 0
	for i := 0; i < 5; i++ {
		ping <- x
		x = <-pong
	}
	close(ping)
	_, more := <-pong
	fmt.Println("ping-pong", x, more)

	type result struct {
		id  int
		val string
	}
	rc := make(chan result, 4)
	for i := 0; i < 4; i++ {
		go func(id int) { rc <- result{id, fmt.Sprint("r", id)} }(i)
	}
	got := make([]string, 4)
	for i := 0; i < 4; i++ {
		r := <-rc
		got[r.id] = r.val
	}
	fmt.Println(got)
	var unbuf chan int
	fmt.Println(unbuf == nil, len(unbuf), cap(unbuf))
}

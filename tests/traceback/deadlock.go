package main

import "fmt"

func w(c chan int) {
	c <- 1
}

func main() {
	c := make(chan int)
	for i := 0; i < 3; i++ {
		go w(c)
	}
	<-c
	fmt.Println("x")
	d := make(chan int)
	go func() {
		<-d
	}()
	d2 := make(chan int)
	<-d2
}

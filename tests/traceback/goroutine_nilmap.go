package main

func work(c chan int) {
	var m map[string]int
	m["a"] = 1
	c <- 1
}

func main() {
	c := make(chan int)
	go work(c)
	<-c
}

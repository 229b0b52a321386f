package main

type Shape interface{ Area() int }

type Sq struct{ s int }

func (q *Sq) Area() int { return q.s * q.s }

func area(v interface{}) int {
	return v.(Shape).Area()
}

func worker(in chan interface{}, out chan int) {
	for v := range in {
		out <- area(v)
	}
}

func main() {
	in := make(chan interface{})
	out := make(chan int)
	go worker(in, out)
	in <- &Sq{2}
	println(<-out)
	in <- 7
	println(<-out)
}

chanspell.go:8:26: []chan (<-chan int){...} does not escape
chanspell.go:9:24: []chan<- chan int{...} does not escape
chanspell.go:14:2: []chan (<-chan string){...} escapes to heap
chanspell.go:14:31: []chan (<-chan string){...} escapes to heap

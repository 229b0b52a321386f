chanspell.go:8:26: []chan (<-chan int){...} does not escape
chanspell.go:9:24: []chan<- chan int{...} does not escape
chanspell.go:14:2: []chan (<-chan string){...} escapes to heap:
chanspell.go:14:2:   flow: {heap} = &{storage for []chan (<-chan string){...}}:
chanspell.go:14:2:     from []chan (<-chan string){...} (spill) at chanspell.go:14:2
chanspell.go:14:2:     from sink = []chan (<-chan string){...} (assign) at chanspell.go:14:7
chanspell.go:14:31: []chan (<-chan string){...} escapes to heap:
chanspell.go:14:31:   flow: {storage for []chan (<-chan string){...}} = &{storage for []chan (<-chan string){...}}:
chanspell.go:14:31:     from []chan (<-chan string){...} (spill) at chanspell.go:14:31
chanspell.go:14:31:     from []chan (<-chan string){...} (interface-converted) at chanspell.go:14:2
chanspell.go:14:2: []chan (<-chan string){...} escapes to heap
chanspell.go:14:31: []chan (<-chan string){...} escapes to heap

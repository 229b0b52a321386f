// A long-running allocation loop: about 10 GB allocated in total while
// only about 10 MB stay live (a ring of 4 KiB buffers), so a collector
// that frees garbage keeps the program's memory small.
package main

import "fmt"

const chunk = 4096
const live = 2560 // 2560 * 4 KiB = 10 MiB kept reachable at any time

type node struct {
	buf  []byte
	next *node
}

func main() {
	ring := make([]*node, live)
	total := 0
	sum := 0
	for i := 0; total < 10<<30; i++ {
		n := &node{buf: make([]byte, chunk)}
		n.buf[i%chunk] = byte(i)
		if old := ring[i%live]; old != nil {
			n.next = nil
			sum += int(old.buf[(i-live)%chunk])
		}
		ring[i%live] = n
		total += chunk + 48
	}
	fmt.Println("allocated MiB:", total>>20, "checksum:", sum)
}

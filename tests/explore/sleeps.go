package main

import "time"

// Uses no CPU and never ends: only the wall-time limit stops it.
func main() {
	for {
		time.Sleep(time.Second)
	}
}

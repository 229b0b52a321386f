// continue outside a loop.
package main

func main() {
	if true {
		continue
	}
}

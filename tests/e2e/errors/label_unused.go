// A label defined and not used.
package main

func main() {
L:
	for {
		break
	}
}

// Panics: closing a nil channel.
package main

import "fmt"

func main() {
	var c chan string
	fmt.Println(c == nil)
	close(c)
}

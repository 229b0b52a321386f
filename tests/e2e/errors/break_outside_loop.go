// break outside any loop, switch or select.
package main

import "fmt"

func main() {
	fmt.Println("start")
	break
}

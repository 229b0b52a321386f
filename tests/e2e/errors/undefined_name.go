// Using a name that was never declared.
package main

import "fmt"

func main() {
	total := 3
	fmt.Println(totl + total)
}

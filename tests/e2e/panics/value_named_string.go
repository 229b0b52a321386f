// Panics: panic with a named string type prints main.N("...") with quotes.
package main

import "fmt"

type Msg string

func main() {
	fmt.Println("panicking")
	panic(Msg("hi there"))
}

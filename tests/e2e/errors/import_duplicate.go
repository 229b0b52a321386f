// The same package imported twice under one name.
package main

import "strings"
import "strings"

func main() {
	println(strings.ToUpper("x"))
}

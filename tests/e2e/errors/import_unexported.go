// An unexported member of an imported package is "undefined" for gc.
package main

import "strings"

func main() {
	println(strings.indexFunc == nil)
}

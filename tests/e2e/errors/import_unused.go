// Unused imports, with gc's wording for renamed and dot imports.
package main

import (
	"fmt"
	m "math"
	"strings"
	. "unicode/utf8"
)

func main() {
	fmt.Println("x")
}

// An import path that names no package.
package main

import (
	"fmt"
	"nosuch/pkg"
)

func main() {
	fmt.Println(pkg.X)
}

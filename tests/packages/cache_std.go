// Built by two goscape processes at once into one empty cache
// (tests/packages/run.sh): both compile strings, strconv and sort and
// rename their objects into place; each must link a working program.
package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

func main() {
	words := strings.Fields("pear fig apple " + strconv.Itoa(42))
	sort.Strings(words)
	fmt.Println(strings.Join(words, ","))
}

// A variable moved to the heap by a call whose arguments include a raw
// string spanning lines: the assembly's "-> heap" comment quotes the
// call, and its newlines must not end the comment (Go's test
// fixedbugs/issue11771.go).
package main

import (
	"bytes"
	"fmt"
)

func main() {
	var buf bytes.Buffer
	fmt.Fprintln(&buf, `
package main

func main() {
}
`)
	fmt.Print(buf.String())
}

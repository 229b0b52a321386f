package main

import (
	"fmt"
	"hash/maphash"
)

// hash/maphash needs a runtime hook goscape lacks: build cannot import it,
// compile falls back to its type-check-only declarations (frontend/check_stub.c).
func main() {
	var h maphash.Hash
	fmt.Println(h.Sum64())
}

package main

import (
	"fmt"
	"os"
)

// os.Environ is declared for type checking only (frontend/check_stub.c).
func main() {
	fmt.Println(len(os.Environ()) > 0)
}

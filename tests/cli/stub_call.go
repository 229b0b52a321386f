package main

import (
	"fmt"
	"os"
)

// os.Getenv is declared for type checking only (frontend/check_stub.c).
func main() {
	fmt.Println(os.Getenv("HOME") != "")
}

package main

import (
	"fmt"
	"os"
)

// Run, it leaves a file: the hostile-requests test's proof that a
// program was (or was not) executed. The test replaces the path with one
// in its scratch folder.
func main() {
	path := "/tmp/goscape-explore-probe"
	if err := os.WriteFile(path, []byte("ran\n"), 0o644); err != nil {
		fmt.Println("cannot write:", err)
		os.Exit(1)
	}
	fmt.Println("wrote", path)
}

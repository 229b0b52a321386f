package inner

import "fmt"

func init() { fmt.Println("inner init") }

func Twice(x int) int { return 2 * x }

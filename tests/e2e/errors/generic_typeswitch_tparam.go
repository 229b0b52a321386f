package main

import "fmt"

func F[T any](x T) {
	switch x.(type) {
	case int:
		fmt.Println("int")
	}
}

func main() { F(1) }

// A type repeated in a type switch.
package main

import "fmt"

func main() {
	var v interface{} = 1
	switch v.(type) {
	case int, string:
		fmt.Println("int or string")
	case error, int:
		fmt.Println("other")
	}
}

// A panic value whose Error method panics: fatal error: panic while printing panic value.
package main

import "fmt"

type BadErr struct{}

func (BadErr) Error() string { panic(fmt.Errorf("x")) }

func main() {
	fmt.Println("start")
	panic(BadErr{})
}

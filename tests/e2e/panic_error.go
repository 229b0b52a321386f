// panic with an error value prints its Error() text.
package main

import "fmt"

type myErr struct{ code int }

func (e *myErr) Error() string { return fmt.Sprintf("failure code %d", e.code) }

func main() {
	var err error = &myErr{7}
	fmt.Println("got:", err)
	panic(err)
}

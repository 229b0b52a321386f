// Defer: `defer recover()` calls recover directly from the deferred-call machinery, not from a deferred function, so it does not stop the panic.
package main

import "fmt"

func deferredRecoverCall() (s string) {
	defer func() {
		s = fmt.Sprint("outer ", recover())
	}()
	defer recover()
	panic("p3")
}

func main() {
	fmt.Println(deferredRecoverCall())
}

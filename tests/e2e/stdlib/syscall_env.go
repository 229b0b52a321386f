// GOROOT's syscall package over goscape's hooks: the environment, raw
// system calls (getpid, open/read/close, write to fd 1 in order with
// fmt's buffered output), errno values as errors.
package main

import (
	"fmt"
	"syscall"
)

func main() {
	_, ok := syscall.Getenv("PATH")
	fmt.Println("PATH set:", ok)
	syscall.Setenv("GOSCAPE_TEST_VAR", "42")
	v, ok := syscall.Getenv("GOSCAPE_TEST_VAR")
	fmt.Println(v, ok)
	syscall.Unsetenv("GOSCAPE_TEST_VAR")
	_, ok = syscall.Getenv("GOSCAPE_TEST_VAR")
	fmt.Println(ok)
	fmt.Println("pid positive:", syscall.Getpid() > 0, "page:", syscall.Getpagesize())
	fmt.Print("before write; ")
	syscall.Write(1, []byte("raw write\n"))
	_, err := syscall.Open("/nonexistent/file", syscall.O_RDONLY, 0)
	fmt.Println(err, err == syscall.ENOENT)
	fd, err := syscall.Open("/proc/self/stat", syscall.O_RDONLY, 0)
	buf := make([]byte, 64)
	n, _ := syscall.Read(fd, buf)
	fmt.Println(err, n > 0, syscall.Close(fd), syscall.Close(fd))
	syscall.Exit(3)
}

// os/exec over GOROOT's syscall.forkExec (goscape's rawVforkSyscall):
// Output, CombinedOutput, stdin from a string, exit statuses, a missing
// program, the environment and the directory of the child, and a child
// writing to the inherited stdout between the parent's own lines.
package main

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strings"
)

func main() {
	out, err := exec.Command("echo", "hello", "world").Output()
	fmt.Printf("%q %v\n", out, err)

	cmd := exec.Command("sh", "-c", "echo out; echo err >&2; exit 3")
	out, err = cmd.CombinedOutput()
	fmt.Printf("%q %v\n", out, err)
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		fmt.Println("exit code", ee.ExitCode(), cmd.ProcessState.Success())
	}

	cmd = exec.Command("tr", "a-z", "A-Z")
	cmd.Stdin = strings.NewReader("shout this\n")
	out, err = cmd.Output()
	fmt.Printf("%q %v\n", out, err)

	_, err = exec.Command("goscape-no-such-program").Output()
	fmt.Println(err, errors.Is(err, exec.ErrNotFound))

	cmd = exec.Command("sh", "-c", "echo $GOSCAPE_CHILD; pwd")
	cmd.Env = append(os.Environ(), "GOSCAPE_CHILD=from parent")
	cmd.Dir = "/"
	out, err = cmd.Output()
	fmt.Printf("%q %v\n", out, err)

	fmt.Println("before child")
	cmd = exec.Command("echo", "child line")
	cmd.Stdout = os.Stdout
	fmt.Println(cmd.Run())
	fmt.Println("after child")

	path, err := exec.LookPath("sh")
	fmt.Println(strings.HasSuffix(path, "/sh"), err)
}

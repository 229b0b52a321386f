// os.Pipe through goscape's poller: a goroutine writes more than a pipe
// holds while main reads, a read deadline expires, closing a pipe wakes
// its reader, and os/exec streams 300 KB through cat in both directions.
package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"
	"time"
)

func main() {
	r, w, err := os.Pipe()
	if err != nil {
		fmt.Println(err)
		return
	}
	const n = 1 << 20
	go func() {
		w.Write(bytes.Repeat([]byte("x"), n))
		w.Close()
	}()
	data, err := io.ReadAll(r)
	fmt.Println(len(data), err)
	r.Close()

	r, w, _ = os.Pipe()
	r.SetReadDeadline(time.Now().Add(20 * time.Millisecond))
	buf := make([]byte, 8)
	_, err = r.Read(buf)
	fmt.Println(err, errors.Is(err, os.ErrDeadlineExceeded))
	r.SetReadDeadline(time.Time{})
	go func() {
		time.Sleep(10 * time.Millisecond)
		w.Write([]byte("late"))
	}()
	k, err := r.Read(buf)
	fmt.Printf("%q %v\n", buf[:k], err)

	done := make(chan error)
	go func() {
		_, err := r.Read(buf)
		done <- err
	}()
	time.Sleep(10 * time.Millisecond)
	r.Close()
	fmt.Println(<-done)
	w.Close()

	input := strings.Repeat("0123456789abcdef\n", 300000/17)
	cmd := exec.Command("cat")
	cmd.Stdin = strings.NewReader(input)
	out, err := cmd.Output()
	fmt.Println(len(out), len(input), string(out) == input, err)

	cmd = exec.Command("sh", "-c", "cat; echo bye >&2")
	stdin, _ := cmd.StdinPipe()
	stdout, _ := cmd.StdoutPipe()
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	fmt.Println(cmd.Start())
	go func() {
		for i := 0; i < 3; i++ {
			fmt.Fprintf(stdin, "line %d\n", i)
		}
		stdin.Close()
	}()
	all, err := io.ReadAll(stdout)
	fmt.Printf("%q %v\n", all, err)
	fmt.Println(cmd.Wait(), stderr.String())
}

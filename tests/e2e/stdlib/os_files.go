// os_files: files through the compiler's os package — Create/Write/Close,
// Open/Read to io.EOF, ReadFile/WriteFile, Remove, and the error texts Go
// prints for a missing file, a closed file and a failed Remove; os.Stdin
// (here /dev/null) read through bufio and io.ReadAll.
package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
)

func main() {
	const name = "os_files_test.txt"
	f, err := os.Create(name)
	if err != nil {
		fmt.Println("create:", err)
		return
	}
	n, err := f.WriteString("hello\nfiles\n")
	fmt.Println("wrote", n, err)
	fmt.Fprintf(f, "line %d\n", 3)
	fmt.Println("close:", f.Close())
	fmt.Println("close again:", f.Close())
	_, err = f.Write([]byte("x"))
	fmt.Println("write after close:", err)

	g, err := os.Open(name)
	fmt.Println("open:", err)
	buf := make([]byte, 4)
	for {
		n, err := g.Read(buf)
		fmt.Printf("read %d %q %v\n", n, buf[:n], err)
		if err == io.EOF {
			break
		}
	}
	_, err = g.Write([]byte("ro"))
	fmt.Println("write to read-only:", err)
	g.Close()

	h, _ := os.Open(name)
	sc := bufio.NewScanner(h)
	for sc.Scan() {
		fmt.Println("scan:", sc.Text())
	}
	h.Close()

	data, err := os.ReadFile(name)
	fmt.Printf("readfile %q %v\n", data, err)
	fmt.Println("writefile:", os.WriteFile(name, []byte("replaced"), 0644))
	data, _ = os.ReadFile(name)
	fmt.Printf("readfile %q\n", data)
	r, _ := os.Open(name)
	all, err := io.ReadAll(r)
	fmt.Printf("readall %q %v\n", all, err)
	r.Close()
	fmt.Println("remove:", os.Remove(name))
	fmt.Println("remove again:", os.Remove(name))

	_, err = os.Open("/nonexistent/file")
	fmt.Println(err)
	_, err = os.ReadFile("/nonexistent")
	fmt.Println(err)
	fmt.Println(os.WriteFile("/nonexistent/dir/x", nil, 0600))
	_, err = os.Create("/")
	fmt.Println(err)

	in, err := io.ReadAll(os.Stdin)
	fmt.Println("stdin:", len(in), err)
	line, err := bufio.NewReader(os.Stdin).ReadString('\n')
	fmt.Printf("stdin line %q %v\n", line, err)
	var w io.Writer = os.Stdout
	fmt.Fprintln(w, "to stdout through io.Writer")
	var rd io.Reader = os.Stdin
	_, err = rd.Read(make([]byte, 1))
	fmt.Println("reader:", err)
}

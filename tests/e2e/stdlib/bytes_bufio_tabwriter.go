// bytes, bufio and text/tabwriter from GOROOT writing to os.Stdout
// (an *os.File whose Write the runtime provides); range with = and _.
package main

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"strings"
	"text/tabwriter"
)

func main() {
	var buf bytes.Buffer
	buf.WriteString("hello ")
	buf.WriteByte('w')
	fmt.Fprintf(&buf, "orld %d", 42)
	fmt.Println(buf.String(), buf.Len(), bytes.Contains(buf.Bytes(), []byte("wor")))
	fmt.Println(bytes.IndexAny([]byte("chicken"), "kmn"), bytes.IndexAny([]byte("x\xffy"), "\xff"))
	fmt.Println(string(bytes.ToUpper([]byte("abc"))), bytes.Equal([]byte("a"), []byte("a")))

	w := bufio.NewWriter(os.Stdout)
	fmt.Fprintln(w, "buffered line")
	w.WriteString("second\n")
	w.Flush()

	sc := bufio.NewScanner(strings.NewReader("one two\nthree\n"))
	for sc.Scan() {
		fmt.Printf("[%s]", sc.Text())
	}
	fmt.Println()

	tw := tabwriter.NewWriter(os.Stdout, 0, 8, 1, ' ', 0)
	fmt.Fprintln(tw, "name\tqty\tprice")
	fmt.Fprintln(tw, "apple\t3\t1.25")
	fmt.Fprintln(tw, "watermelon\t10\t4.5")
	tw.Flush()

	var r rune
	for _, r = range "héllo" {
	}
	fmt.Println(string(r))
	os.Stdout.WriteString("direct\n")
}

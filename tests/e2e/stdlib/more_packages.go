// More GOROOT packages over goscape's runtime: math/rand with a fixed
// seed, flag on a FlagSet, container/heap and container/ring,
// unicode/utf16, regexp, encoding/hex and encoding/base64, context with
// cancellation and a deadline.
package main

import (
	"container/heap"
	"container/ring"
	"context"
	"encoding/base64"
	"encoding/hex"
	"flag"
	"fmt"
	"math/rand"
	"regexp"
	"time"
	"unicode/utf16"
)

type minHeap []int

func (h minHeap) Len() int           { return len(h) }
func (h minHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h minHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *minHeap) Push(x any)        { *h = append(*h, x.(int)) }
func (h *minHeap) Pop() any          { old := *h; x := old[len(old)-1]; *h = old[:len(old)-1]; return x }

func main() {
	r := rand.New(rand.NewSource(42))
	fmt.Println(r.Intn(100), r.Intn(100), r.Float64() < 1, r.Perm(5))

	fs := flag.NewFlagSet("tool", flag.ContinueOnError)
	n := fs.Int("n", 1, "count")
	name := fs.String("name", "x", "name")
	v := fs.Bool("v", false, "verbose")
	d := fs.Duration("d", time.Second, "delay")
	err := fs.Parse([]string{"-n", "5", "-name=bob", "-v", "-d", "1m30s", "rest", "args"})
	fmt.Println(*n, *name, *v, *d, fs.Args(), err)

	h := &minHeap{5, 2, 8}
	heap.Init(h)
	heap.Push(h, 1)
	for h.Len() > 0 {
		fmt.Print(heap.Pop(h), " ")
	}
	fmt.Println()
	rg := ring.New(4)
	for i := 0; i < 4; i++ {
		rg.Value = i
		rg = rg.Next()
	}
	rg.Do(func(x any) { fmt.Print(x, ";") })
	fmt.Println(rg.Len())

	u := utf16.Encode([]rune("a😀"))
	fmt.Println(u, string(utf16.Decode(u)))

	re := regexp.MustCompile(`(\w+)@(\w+)\.com`)
	fmt.Println(re.FindAllStringSubmatch("ann@x.com, bo@yy.com", -1), re.ReplaceAllString("z@q.com", "$2:$1"))

	fmt.Println(hex.EncodeToString([]byte("hi!")), base64.StdEncoding.EncodeToString([]byte("goscape")))
	b, err := base64.StdEncoding.DecodeString("Z29zY2FwZQ==")
	fmt.Println(string(b), err)

	ctx, cancel := context.WithCancel(context.Background())
	go func() { time.Sleep(5 * time.Millisecond); cancel() }()
	<-ctx.Done()
	fmt.Println(ctx.Err())
	tctx, cancel2 := context.WithTimeout(context.Background(), 5*time.Millisecond)
	defer cancel2()
	<-tctx.Done()
	fmt.Println(tctx.Err(), context.WithValue(ctx, "k", 7).Value("k"))
}

// runtime.Error on the runtime's panic values, runtime.Stack of the
// calling goroutine, and GOROOT's encoding/binary over goscape's reflect
// (Read/Write of structs, varints, byte orders).
package main

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"runtime"
	"strings"
)

type header struct {
	Magic   uint32
	Version uint16
	Flags   [2]uint8
	Size    int64
	Ratio   float32
	Z       complex64
}

func classify(f func()) (s string) {
	defer func() {
		r := recover()
		_, isRT := r.(runtime.Error)
		s = fmt.Sprint(isRT, " ", r)
	}()
	f()
	return "no panic"
}

func main() {
	var a []int
	i := 3
	var m map[string]int
	var x any = "s"
	fmt.Println(classify(func() { _ = a[i] }))
	fmt.Println(classify(func() { m["k"] = 1 }))
	fmt.Println(classify(func() { _ = x.(int) }))
	fmt.Println(classify(func() { panic("plain") }))

	buf := make([]byte, 4096)
	n := runtime.Stack(buf, false)
	s := string(buf[:n])
	fmt.Println(strings.HasPrefix(s, "goroutine 1 [running]:\nmain.main()"), strings.Contains(s, "runtime_error_stack_binary.go:"))

	var w bytes.Buffer
	h := header{0xCAFEBABE, 2, [2]uint8{1, 9}, -5, 1.5, complex(1, -2)}
	if err := binary.Write(&w, binary.BigEndian, h); err != nil {
		fmt.Println(err)
	}
	fmt.Printf("%d % x\n", w.Len(), w.Bytes()[:8])
	var back header
	err := binary.Read(bytes.NewReader(w.Bytes()), binary.BigEndian, &back)
	fmt.Println(back == h, err, binary.Size(h))
	vb := binary.AppendUvarint(nil, 300)
	v, k := binary.Uvarint(vb)
	fmt.Println(vb, v, k, binary.LittleEndian.Uint16([]byte{1, 2}), binary.BigEndian.Uint16([]byte{1, 2}))
}

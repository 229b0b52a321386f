package main

type T struct{ a, b, c int } // 24 bytes: size class 24

var sink *T
var isink interface{}
var bsink []byte

func main() {
	for i := 0; i < 1000; i++ {
		sink = &T{a: i} // 1000 x 24 bytes
	}
	for i := 0; i < 100; i++ {
		isink = i + 1000 // 100 x 8 bytes (tiny blocks: the object's own size)
		isink = 7        // a constant: static data, no allocation
	}
	n := 100
	for i := 0; i < 10; i++ {
		bsink = make([]byte, n) // 10 x 112 bytes (size class of 100), through runtime_makeslice
	}
	println(sink.a, isink.(int), len(bsink))
}

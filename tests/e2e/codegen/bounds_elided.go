// Indexes gc proves within an array or constant string (walk's bounded():
// masks, unsigned remainders, divisions and shifts, small unsigned types):
// -m says "index bounds check elided", after the escape lines.
package main

var sink int

type B [256]int

func f(a [8]int, p *[4]int, b *B, i int, u uint, u8 uint8, s string) {
	sink = a[u%8] + a[u%9] + a[i&7] + a[7&i] + a[i&^-8] + a[u&^0xfff8] + p[u>>62] + p[u>>61] + b[u8] + b[u/(1<<56)]
	sink += int("hello"[u%5] + "hello"[i&3])
	b[u8]++
	b[u8&3] += 2
	a[u%8] = 1
	if false {
		sink = a[u%8]
	}
	func() {
		sink = a[u%4]
	}()
	_ = len(s)
}

func G[T any](a [4]T, u uint) T { return a[u%4] }

func main() {
	var a [8]int
	var p [4]int
	var b B
	f(a, &p, &b, 1, 2, 3, "x")
	println(sink, G([4]int{1, 2, 3, 4}, 5), G([4]string{"a", "b"}, 1), G([4]float64{}, 1))
}

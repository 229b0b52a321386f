// Interfaces: dynamic dispatch through embedded interfaces, value and pointer receivers, method values and expressions of concrete types.
package main

import "fmt"

type Reader interface{ Read() string }
type Writer interface{ Write(s string) int }
type ReadWriter interface {
	Reader
	Writer
}

type Buf struct {
	data []string
	name string
}

func (b *Buf) Read() string {
	if len(b.data) == 0 {
		return "<empty>"
	}
	s := b.data[0]
	b.data = b.data[1:]
	return s
}

func (b *Buf) Write(s string) int {
	b.data = append(b.data, s)
	return len(s)
}

type Echo struct{ prefix string }

func (e Echo) Read() string { return e.prefix + "echo" }

type Logger struct {
	Reader // embedded interface field: promoted method
	count  int
}

func (l *Logger) Log() string {
	l.count++
	return fmt.Sprintf("#%d %s", l.count, l.Read())
}

type Animal interface {
	Sound() string
	Name() string
}
type Base struct{ name string }

func (b Base) Name() string { return b.name }

type Dog struct{ Base }
type Cat struct {
	Base
	lives int
}

func (Dog) Sound() string   { return "woof" }
func (c Cat) Sound() string { return fmt.Sprintf("meow x%d", c.lives) }

func useRW(rw ReadWriter) {
	n := rw.Write("alpha")
	n += rw.Write("beta")
	fmt.Println("wrote", n)
	var r Reader = rw
	fmt.Println(r.Read(), rw.Read(), rw.Read())
}

func main() {
	b := &Buf{name: "b"}
	useRW(b)
	l := &Logger{Reader: Echo{"1:"}}
	fmt.Println(l.Log())
	l.Reader = b
	b.Write("x")
	fmt.Println(l.Log(), l.Log())

	zoo := []Animal{Dog{Base{"rex"}}, Cat{Base{"tom"}, 9}, &Dog{Base{"ptr"}}}
	for i, a := range zoo {
		fmt.Printf("%d %s says %s\n", i, a.Name(), a.Sound())
	}
	c := zoo[1].(Cat)
	f := c.Sound
	c.lives = 1
	zoo[1] = Dog{}
	fmt.Println(f(), c.Sound(), zoo[1].Sound())
	g := Echo.Read
	fmt.Println(g(Echo{"m:"}))
	var w Writer = b
	fmt.Println(w.Write("hello"), len(b.data))
}

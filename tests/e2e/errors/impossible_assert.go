// A type assertion to a concrete type that cannot implement the interface.
package main

type Reader interface{ Read() int }

type File struct{}

func (f *File) Read() int { return 0 }

func main() {
	var r Reader = &File{}
	f := r.(File)
	_ = f
}

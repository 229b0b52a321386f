// Package a makes values of unnamed types spelled like main's own: only
// those whose fields are all exported (with equal tags and embedded names)
// are the same types as main's.
package a

type Int = int

func Lower() interface{}      { return struct{ x int }{1} }
func LowerPtr() interface{}   { return &struct{ x int }{2} }
func LowerSlice() interface{} { return []struct{ x int }{{3}} }
func Upper() interface{}      { return struct{ X int }{4} }
func Tagged() interface{} {
	return struct {
		X int `k:"v"`
	}{5}
}
func EmbedInt() interface{}   { return struct{ int }{6} }
func EmbedAlias() interface{} { return struct{ Int }{7} }

type impl struct{}

func (impl) m() {}

// MethodSet holds an interface{ m() } of package a in a struct.
func MethodSet() interface{} { return struct{ F interface{ m() } }{impl{}} }

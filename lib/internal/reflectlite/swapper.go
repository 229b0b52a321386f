package reflectlite

import "unsafe"

// Swapper returns a function that swaps the elements i and j of the
// slice s.
func Swapper(s any) func(i, j int) {
	v := ValueOf(s)
	if v.Kind() != Slice {
		panic(&ValueError{Method: "Swapper", Kind: v.Kind()})
	}
	n := v.Len()
	base := *(*unsafe.Pointer)(v.ptr)
	size := v.typ.elem.size
	tmp := make([]byte, size)
	return func(i, j int) {
		if uint(i) >= uint(n) || uint(j) >= uint(n) {
			panic("reflect: slice index out of range")
		}
		a := bytesAt(unsafe.Add(base, uintptr(i)*size), size)
		b := bytesAt(unsafe.Add(base, uintptr(j)*size), size)
		copy(tmp, a)
		copy(a, b)
		copy(b, tmp)
	}
}

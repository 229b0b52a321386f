package reflect

import "unsafe"

// visit is a pair of values being compared, to stop at cycles.
type visit struct {
	a1, a2 unsafe.Pointer
	typ    *rtype
}

// DeepEqual reports whether x and y are "deeply equal", by Go's rules.
func DeepEqual(x, y any) bool {
	if x == nil || y == nil {
		return x == y
	}
	v1, v2 := ValueOf(x), ValueOf(y)
	if v1.typ != v2.typ {
		return false
	}
	return deepValueEqual(v1, v2, make(map[visit]bool))
}

func deepValueEqual(v1, v2 Value, visited map[visit]bool) bool {
	if !v1.IsValid() || !v2.IsValid() {
		return v1.IsValid() == v2.IsValid()
	}
	if v1.typ != v2.typ {
		return false
	}
	switch v1.Kind() {
	case Map, Slice, Pointer, Interface:
		// the values are pointer-like: a pair seen before is equal here
		if v1.Kind() != Interface {
			p1, p2 := v1.word(), v2.word()
			if p1 == nil || p2 == nil || p1 == p2 && v1.Kind() != Slice {
				return p1 == p2
			}
			vis := visit{p1, p2, v1.typ}
			if visited[vis] {
				return true
			}
			visited[vis] = true
		}
	}
	switch v1.Kind() {
	case Array:
		for i := 0; i < v1.Len(); i++ {
			if !deepValueEqual(v1.Index(i), v2.Index(i), visited) {
				return false
			}
		}
		return true
	case Slice:
		if v1.Len() != v2.Len() {
			return false
		}
		if v1.word() == v2.word() {
			return true
		}
		for i := 0; i < v1.Len(); i++ {
			if !deepValueEqual(v1.Index(i), v2.Index(i), visited) {
				return false
			}
		}
		return true
	case Interface:
		if v1.IsNil() || v2.IsNil() {
			return v1.IsNil() == v2.IsNil()
		}
		return deepValueEqual(v1.Elem(), v2.Elem(), visited)
	case Pointer:
		return deepValueEqual(v1.Elem(), v2.Elem(), visited)
	case Struct:
		for i := 0; i < v1.NumField(); i++ {
			if !deepValueEqual(v1.Field(i), v2.Field(i), visited) {
				return false
			}
		}
		return true
	case Map:
		if v1.Len() != v2.Len() {
			return false
		}
		it := v1.MapRange()
		for it.Next() {
			val2 := v2.MapIndex(it.Key())
			if !val2.IsValid() || !deepValueEqual(it.Value(), val2, visited) {
				return false
			}
		}
		return true
	case Func:
		return v1.IsNil() && v2.IsNil()
	case Int, Int8, Int16, Int32, Int64:
		return v1.Int() == v2.Int()
	case Uint, Uint8, Uint16, Uint32, Uint64, Uintptr:
		return v1.Uint() == v2.Uint()
	case String:
		return v1.String() == v2.String()
	case Bool:
		return v1.Bool() == v2.Bool()
	case Float32, Float64:
		return v1.Float() == v2.Float()
	case Complex64, Complex128:
		return v1.Complex() == v2.Complex()
	case Chan, UnsafePointer:
		return v1.word() == v2.word()
	}
	panic("reflect.DeepEqual: unexpected kind " + v1.Kind().String())
}

// Swapper returns a function that swaps the elements i and j of the
// slice s.
func Swapper(s any) func(i, j int) {
	v := ValueOf(s)
	if v.Kind() != Slice {
		panic(&ValueError{Method: "Swapper", Kind: v.Kind()})
	}
	n := v.Len()
	base := v.word()
	size := v.typ.elem.size
	tmp := unsafe_New(v.typ.elem)
	return func(i, j int) {
		if uint(i) >= uint(n) || uint(j) >= uint(n) {
			panic("reflect: slice index out of range")
		}
		a := bytesAt(unsafe.Add(base, uintptr(i)*size), size)
		b := bytesAt(unsafe.Add(base, uintptr(j)*size), size)
		t := bytesAt(tmp, size)
		copy(t, a)
		copy(a, b)
		copy(b, t)
	}
}

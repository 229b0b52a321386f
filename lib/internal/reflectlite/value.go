package reflectlite

import "unsafe"

// Value is a Go value: its type and the address of its storage
// (addressable when reached through a pointer).
type Value struct {
	typ         *rtype
	ptr         unsafe.Pointer
	addressable bool
}

// A ValueError reports a Value method called on a Value of the wrong kind.
type ValueError struct {
	Method string
	Kind   Kind
}

func (e *ValueError) Error() string {
	return "reflect: call of " + e.Method + " on zero Value"
}

// ValueOf returns a Value for the value in i (the zero Value for nil).
func ValueOf(i any) Value {
	e := (*eface)(unsafe.Pointer(&i))
	t := (*rtype)(e.typ)
	if t == nil {
		return Value{}
	}
	if t.pointerShaped() {
		// the data word is the value: give it storage of its own
		p := new(unsafe.Pointer)
		*p = e.data
		return Value{t, unsafe.Pointer(p), false}
	}
	return Value{t, e.data, false}
}

func (v Value) Type() Type { return v.typ }

func (v Value) Kind() Kind {
	if v.typ == nil {
		return Invalid
	}
	return v.typ.Kind()
}

func (v Value) IsValid() bool { return v.typ != nil }

func (v Value) CanSet() bool { return v.addressable }

func (v Value) IsNil() bool {
	switch v.Kind() {
	case Chan, Func, Map, Pointer, UnsafePointer, Interface, Slice:
		return *(*unsafe.Pointer)(v.ptr) == nil
	}
	panic(&ValueError{"reflectlite.Value.IsNil", v.Kind()})
}

// Elem is what a pointer points to, or the value inside an interface.
func (v Value) Elem() Value {
	switch v.Kind() {
	case Pointer:
		p := *(*unsafe.Pointer)(v.ptr)
		if p == nil {
			return Value{}
		}
		return Value{v.typ.elem, p, true}
	case Interface:
		e := (*eface)(v.ptr)
		if e.typ == nil {
			return Value{}
		}
		t := (*rtype)(e.typ)
		if v.typ.len > 0 {
			t = *(**rtype)(e.typ) // an itab starts with the dynamic type
		}
		var x any
		xe := (*eface)(unsafe.Pointer(&x))
		xe.typ = unsafe.Pointer(t)
		xe.data = e.data
		return ValueOf(x)
	}
	panic(&ValueError{"reflectlite.Value.Elem", v.Kind()})
}

func (v Value) Len() int {
	switch v.Kind() {
	case Slice, String:
		return *(*int)(unsafe.Add(v.ptr, unsafe.Sizeof(uintptr(0))))
	case Array:
		return int(v.typ.len)
	case Map:
		m := *(*unsafe.Pointer)(v.ptr)
		if m == nil {
			return 0
		}
		return *(*int)(m) // goscape's maps start with their count
	}
	panic(&ValueError{"reflect.Value.Len", v.Kind()})
}

// Set assigns x to v, which must be addressable (reached through a
// pointer) and of a type x is assignable to.
func (v Value) Set(x Value) {
	if !v.addressable {
		panic("reflect: reflect.Value.Set using unaddressable value")
	}
	if !x.typ.AssignableTo(v.typ) {
		panic("reflect.Set: value of type " + x.typ.str + " is not assignable to type " + v.typ.str)
	}
	if v.Kind() == Interface && x.Kind() != Interface {
		e := (*eface)(v.ptr)
		data := x.ptr
		if x.typ.pointerShaped() {
			data = *(*unsafe.Pointer)(x.ptr)
		} else if x.addressable {
			data = unsafe.Pointer(&copyOf(x)[0])
		}
		if v.typ.len == 0 {
			e.typ = unsafe.Pointer(x.typ)
		} else {
			e.typ = getitab(v.typ, x.typ, false)
		}
		e.data = data
		return
	}
	copy(bytesAt(v.ptr, v.typ.size), bytesAt(x.ptr, x.typ.size))
}

// copyOf copies x's storage (for an interface's data word, which must
// not alias a variable).
func copyOf(x Value) []byte {
	b := make([]byte, x.typ.size+1)
	copy(b, bytesAt(x.ptr, x.typ.size))
	return b
}

func bytesAt(p unsafe.Pointer, n uintptr) []byte {
	return unsafe.Slice((*byte)(p), n)
}

package reflect

import "unsafe"

type flag uint8

const (
	flagAddr flag = 1 << iota // reached through a pointer: settable
	flagRO                    // reached through an unexported field
)

// A Value holds a Go value: ptr always points to its storage (for a
// pointer-shaped type, to a word holding the pointer).
type Value struct {
	typ  *rtype
	ptr  unsafe.Pointer
	flag flag
}

// A ValueError is the panic of a Value method called on the wrong kind.
type ValueError struct {
	Method string
	Kind   Kind
}

func (e *ValueError) Error() string {
	if e.Kind == 0 {
		return "reflect: call of " + e.Method + " on zero Value"
	}
	return "reflect: call of " + e.Method + " on " + e.Kind.String() + " Value"
}

// unsafe_New allocates a zeroed value of type t (runtime_new).
func unsafe_New(t *rtype) unsafe.Pointer

// ValueOf returns a Value for the value in i (the zero Value for nil).
func ValueOf(i any) Value {
	e := (*eface)(unsafe.Pointer(&i))
	t := (*rtype)(e.typ)
	if t == nil {
		return Value{}
	}
	if t.pointerShaped() {
		p := new(unsafe.Pointer)
		*p = e.data
		return Value{t, unsafe.Pointer(p), 0}
	}
	return Value{t, e.data, 0}
}

// New returns a Value for a pointer to a new zero value of type typ.
func New(typ Type) Value {
	t := typ.common()
	p := new(unsafe.Pointer)
	*p = unsafe_New(t)
	return Value{ptrTo(t), unsafe.Pointer(p), 0}
}

// Zero returns the zero value of typ (not addressable).
func Zero(typ Type) Value {
	t := typ.common()
	return Value{t, unsafe_New(t), 0}
}

// Indirect returns what v points to, or v if it is not a pointer.
func Indirect(v Value) Value {
	if v.Kind() != Pointer {
		return v
	}
	return v.Elem()
}

func (v Value) mustBe(k Kind, method string) {
	if v.Kind() != k {
		panic(&ValueError{"reflect.Value." + method, v.Kind()})
	}
}

func (v Value) Kind() Kind {
	if v.typ == nil {
		return Invalid
	}
	return v.typ.Kind()
}

func (v Value) Type() Type {
	if v.typ == nil {
		panic(&ValueError{"reflect.Value.Type", Invalid})
	}
	return v.typ
}

func (v Value) IsValid() bool { return v.typ != nil }
func (v Value) CanAddr() bool { return v.flag&flagAddr != 0 }
func (v Value) CanSet() bool  { return v.flag&(flagAddr|flagRO) == flagAddr }
func (v Value) CanInterface() bool {
	if v.typ == nil {
		panic(&ValueError{"reflect.Value.CanInterface", Invalid})
	}
	return v.flag&flagRO == 0
}

func (v Value) word() unsafe.Pointer { return *(*unsafe.Pointer)(v.ptr) }

func (v Value) IsNil() bool {
	switch v.Kind() {
	case Chan, Func, Map, Pointer, UnsafePointer, Slice:
		return v.word() == nil
	case Interface:
		return (*eface)(v.ptr).typ == nil
	}
	panic(&ValueError{"reflect.Value.IsNil", v.Kind()})
}

// IsZero reports whether v holds its type's zero value.
func (v Value) IsZero() bool {
	if v.typ == nil {
		panic(&ValueError{"reflect.Value.IsZero", Invalid})
	}
	switch v.Kind() {
	case Float32, Float64:
		return v.Float() == 0 && !signbit(v.Float())
	case Complex64, Complex128:
		c := v.Complex()
		return real(c) == 0 && imag(c) == 0 && !signbit(real(c)) && !signbit(imag(c))
	}
	for _, b := range bytesAt(v.ptr, v.typ.size) {
		if b != 0 {
			return false
		}
	}
	return true
}

func signbit(f float64) bool { return *(*uint64)(unsafe.Pointer(&f))>>63 != 0 }

// Elem is what a pointer points to, or the value inside an interface.
func (v Value) Elem() Value {
	switch v.Kind() {
	case Pointer:
		p := v.word()
		if p == nil {
			return Value{}
		}
		return Value{v.typ.elem, p, flagAddr | v.flag&flagRO}
	case Interface:
		e := (*eface)(v.ptr)
		if e.typ == nil {
			return Value{}
		}
		var x any
		xe := (*eface)(unsafe.Pointer(&x))
		xe.typ = e.typ
		if v.typ.len > 0 {
			xe.typ = *(*unsafe.Pointer)(e.typ) // an itab starts with the dynamic type
		}
		xe.data = e.data
		r := ValueOf(x)
		r.flag |= v.flag & flagRO
		return r
	}
	panic(&ValueError{"reflect.Value.Elem", v.Kind()})
}

// Interface returns v's value as an interface (a copy, unless v is
// pointer-shaped).
func (v Value) Interface() (i any) {
	if v.typ == nil {
		panic(&ValueError{"reflect.Value.Interface", Invalid})
	}
	if v.flag&flagRO != 0 {
		panic("reflect.Value.Interface: cannot return value obtained from unexported field or method")
	}
	e := (*eface)(unsafe.Pointer(&i))
	if v.Kind() == Interface {
		x := (*eface)(v.ptr)
		if x.typ == nil {
			return nil
		}
		e.typ = x.typ
		if v.typ.len > 0 {
			e.typ = *(*unsafe.Pointer)(x.typ)
		}
		e.data = x.data
		return i
	}
	e.typ = unsafe.Pointer(v.typ)
	if v.typ.pointerShaped() {
		e.data = v.word()
	} else {
		p := unsafe_New(v.typ)
		copy(bytesAt(p, v.typ.size), bytesAt(v.ptr, v.typ.size))
		e.data = p
	}
	return i
}

func (v Value) Bool() bool {
	v.mustBe(Bool, "Bool")
	return *(*bool)(v.ptr)
}

func (v Value) Int() int64 {
	switch v.Kind() {
	case Int:
		return int64(*(*int)(v.ptr))
	case Int8:
		return int64(*(*int8)(v.ptr))
	case Int16:
		return int64(*(*int16)(v.ptr))
	case Int32:
		return int64(*(*int32)(v.ptr))
	case Int64:
		return *(*int64)(v.ptr)
	}
	panic(&ValueError{"reflect.Value.Int", v.Kind()})
}

func (v Value) Uint() uint64 {
	switch v.Kind() {
	case Uint:
		return uint64(*(*uint)(v.ptr))
	case Uint8:
		return uint64(*(*uint8)(v.ptr))
	case Uint16:
		return uint64(*(*uint16)(v.ptr))
	case Uint32:
		return uint64(*(*uint32)(v.ptr))
	case Uint64:
		return *(*uint64)(v.ptr)
	case Uintptr:
		return uint64(*(*uintptr)(v.ptr))
	}
	panic(&ValueError{"reflect.Value.Uint", v.Kind()})
}

func (v Value) Float() float64 {
	switch v.Kind() {
	case Float32:
		return float64(*(*float32)(v.ptr))
	case Float64:
		return *(*float64)(v.ptr)
	}
	panic(&ValueError{"reflect.Value.Float", v.Kind()})
}

func (v Value) Complex() complex128 {
	switch v.Kind() {
	case Complex64:
		return complex128(*(*complex64)(v.ptr))
	case Complex128:
		return *(*complex128)(v.ptr)
	}
	panic(&ValueError{"reflect.Value.Complex", v.Kind()})
}

// String is the string v holds, or "<T Value>" for other kinds.
func (v Value) String() string {
	switch v.Kind() {
	case Invalid:
		return "<invalid Value>"
	case String:
		return *(*string)(v.ptr)
	}
	return "<" + v.typ.str + " Value>"
}

// Pointer is v's address value as a uintptr; for a func, its code's
// address (a func value points to a closure whose first word it is).
func (v Value) Pointer() uintptr {
	switch v.Kind() {
	case Func:
		if v.word() == nil {
			return 0
		}
		return *(*uintptr)(v.word())
	case Chan, Map, Pointer, UnsafePointer, Slice:
		return uintptr(v.word())
	}
	panic(&ValueError{"reflect.Value.Pointer", v.Kind()})
}

func (v Value) UnsafePointer() unsafe.Pointer { return unsafe.Pointer(v.Pointer()) }

// Addr returns a pointer to an addressable v (needs *T's descriptor).
func (v Value) Addr() Value {
	if v.flag&flagAddr == 0 {
		panic("reflect.Value.Addr of unaddressable value")
	}
	p := new(unsafe.Pointer)
	*p = v.ptr
	return Value{ptrTo(v.typ), unsafe.Pointer(p), v.flag & flagRO}
}

func (v Value) Len() int {
	switch v.Kind() {
	case Slice, String:
		return *(*int)(unsafe.Add(v.ptr, unsafe.Sizeof(uintptr(0))))
	case Array:
		return int(v.typ.len)
	case Map:
		return maplen(v.word())
	case Chan:
		if v.word() == nil {
			return 0
		}
		return *(*int)(v.word()) // goscape's channels start with their count
	}
	panic(&ValueError{"reflect.Value.Len", v.Kind()})
}

func (v Value) Cap() int {
	switch v.Kind() {
	case Slice:
		return *(*int)(unsafe.Add(v.ptr, 2*unsafe.Sizeof(uintptr(0))))
	case Array:
		return int(v.typ.len)
	case Chan:
		if v.word() == nil {
			return 0
		}
		return *(*int)(unsafe.Add(v.word(), unsafe.Sizeof(uintptr(0))))
	}
	panic(&ValueError{"reflect.Value.Cap", v.Kind()})
}

// Index returns element i of an array, slice or string.
func (v Value) Index(i int) Value {
	switch v.Kind() {
	case Array:
		if uint(i) >= uint(v.typ.len) {
			panic("reflect: array index out of range")
		}
		e := v.typ.elem
		return Value{e, unsafe.Add(v.ptr, uintptr(i)*e.size), v.flag}
	case Slice:
		if uint(i) >= uint(v.Len()) {
			panic("reflect: slice index out of range")
		}
		e := v.typ.elem
		return Value{e, unsafe.Add(v.word(), uintptr(i)*e.size), flagAddr | v.flag&flagRO}
	case String:
		if uint(i) >= uint(v.Len()) {
			panic("reflect: string index out of range")
		}
		b := new(byte)
		*b = (*(*string)(v.ptr))[i]
		return Value{uint8Type(), unsafe.Pointer(b), v.flag & flagRO}
	}
	panic(&ValueError{"reflect.Value.Index", v.Kind()})
}

func uint8Type() *rtype { return TypeOf(uint8(0)).common() }

func (v Value) NumField() int {
	v.mustBe(Struct, "NumField")
	return int(v.typ.len)
}

// Field returns struct field i.
func (v Value) Field(i int) Value {
	v.mustBe(Struct, "Field")
	if uint(i) >= uint(v.typ.len) {
		panic("reflect: Field index out of range")
	}
	f := v.typ.field(i)
	fl := v.flag
	if !exported(f.name) {
		fl |= flagRO
	}
	return Value{f.typ, unsafe.Add(v.ptr, f.offset), fl}
}

// FieldByName returns the field named name, or the zero Value.
func (v Value) FieldByName(name string) Value {
	v.mustBe(Struct, "FieldByName")
	sf, ok := v.typ.FieldByName(name)
	if !ok {
		return Value{}
	}
	for _, i := range sf.Index {
		if v.Kind() == Pointer {
			v = v.Elem()
		}
		v = v.Field(i)
	}
	return v
}

func (v Value) mustBeAssignable() {
	if v.flag&flagRO != 0 {
		panic("reflect: reflect.Value.Set using value obtained using unexported field")
	}
	if v.flag&flagAddr == 0 {
		panic("reflect: reflect.Value.Set using unaddressable value")
	}
}

// Set assigns x to v, which must be settable and of a type x is
// assignable to.
func (v Value) Set(x Value) {
	v.mustBeAssignable()
	if !x.typ.AssignableTo(v.typ) {
		panic("reflect.Set: value of type " + x.typ.str + " is not assignable to type " + v.typ.str)
	}
	if v.Kind() == Interface && x.Kind() != Interface {
		e := (*eface)(v.ptr)
		tmp := x.Interface()
		xe := (*eface)(unsafe.Pointer(&tmp))
		if v.typ.len == 0 {
			e.typ = xe.typ
		} else {
			e.typ = getitab(v.typ, x.typ, false)
		}
		e.data = xe.data
		return
	}
	copy(bytesAt(v.ptr, v.typ.size), bytesAt(x.ptr, x.typ.size))
}

func (v Value) SetBool(x bool) {
	v.mustBeAssignable()
	v.mustBe(Bool, "SetBool")
	*(*bool)(v.ptr) = x
}

func (v Value) SetInt(x int64) {
	v.mustBeAssignable()
	switch v.Kind() {
	case Int:
		*(*int)(v.ptr) = int(x)
	case Int8:
		*(*int8)(v.ptr) = int8(x)
	case Int16:
		*(*int16)(v.ptr) = int16(x)
	case Int32:
		*(*int32)(v.ptr) = int32(x)
	case Int64:
		*(*int64)(v.ptr) = x
	default:
		panic(&ValueError{"reflect.Value.SetInt", v.Kind()})
	}
}

func (v Value) SetUint(x uint64) {
	v.mustBeAssignable()
	switch v.Kind() {
	case Uint:
		*(*uint)(v.ptr) = uint(x)
	case Uint8:
		*(*uint8)(v.ptr) = uint8(x)
	case Uint16:
		*(*uint16)(v.ptr) = uint16(x)
	case Uint32:
		*(*uint32)(v.ptr) = uint32(x)
	case Uint64:
		*(*uint64)(v.ptr) = x
	case Uintptr:
		*(*uintptr)(v.ptr) = uintptr(x)
	default:
		panic(&ValueError{"reflect.Value.SetUint", v.Kind()})
	}
}

func (v Value) SetFloat(x float64) {
	v.mustBeAssignable()
	switch v.Kind() {
	case Float32:
		*(*float32)(v.ptr) = float32(x)
	case Float64:
		*(*float64)(v.ptr) = x
	default:
		panic(&ValueError{"reflect.Value.SetFloat", v.Kind()})
	}
}

func (v Value) SetString(x string) {
	v.mustBeAssignable()
	v.mustBe(String, "SetString")
	*(*string)(v.ptr) = x
}

// Slice returns v[i:j] of a slice, an addressable array or a string.
func (v Value) Slice(i, j int) Value {
	switch v.Kind() {
	case Slice:
		if i < 0 || j < i || j > v.Cap() {
			panic("reflect.Value.Slice: slice index out of bounds")
		}
		s := &sliceHeader{unsafe.Add(v.word(), uintptr(i)*v.typ.elem.size), j - i, v.Cap() - i}
		return Value{v.typ, unsafe.Pointer(s), v.flag & flagRO}
	case String:
		str := new(string)
		*str = (*(*string)(v.ptr))[i:j]
		return Value{v.typ, unsafe.Pointer(str), v.flag & flagRO}
	}
	panic(&ValueError{"reflect.Value.Slice", v.Kind()})
}

type sliceHeader struct {
	data     unsafe.Pointer
	len, cap int
}

func bytesAt(p unsafe.Pointer, n uintptr) []byte {
	return unsafe.Slice((*byte)(p), n)
}

// StringHeader is the layout of a string (Go 1.19's, deprecated there).
type StringHeader struct {
	Data uintptr
	Len  int
}

// SliceHeader is the layout of a slice.
type SliceHeader struct {
	Data uintptr
	Len  int
	Cap  int
}

// UnsafeAddr is the address of an addressable v's storage.
func (v Value) UnsafeAddr() uintptr {
	if v.flag&flagAddr == 0 {
		panic("reflect.Value.UnsafeAddr of unaddressable value")
	}
	return uintptr(v.ptr)
}

func (v Value) SetComplex(x complex128) {
	v.mustBeAssignable()
	switch v.Kind() {
	case Complex64:
		*(*complex64)(v.ptr) = complex64(x)
	case Complex128:
		*(*complex128)(v.ptr) = x
	default:
		panic(&ValueError{"reflect.Value.SetComplex", v.Kind()})
	}
}

// Bytes is the []byte v holds.
func (v Value) Bytes() []byte {
	if v.Kind() != Slice || v.typ.elem.Kind() != Uint8 {
		panic("reflect.Value.Bytes of non-byte slice")
	}
	return *(*[]byte)(v.ptr)
}

// SetBytes sets a []byte v to x.
func (v Value) SetBytes(x []byte) {
	v.mustBeAssignable()
	if v.Kind() != Slice || v.typ.elem.Kind() != Uint8 {
		panic("reflect.Value.SetBytes of non-byte slice")
	}
	*(*[]byte)(v.ptr) = x
}

// SetLen sets a slice's length (at most its capacity).
func (v Value) SetLen(n int) {
	v.mustBeAssignable()
	v.mustBe(Slice, "SetLen")
	s := (*sliceHeader)(v.ptr)
	if uint(n) > uint(s.cap) {
		panic("reflect: slice length out of range in SetLen")
	}
	s.len = n
}

// MakeSlice returns a new slice of type typ.
func MakeSlice(typ Type, len, cap int) Value {
	t := typ.common()
	if t.Kind() != Slice {
		panic("reflect.MakeSlice of non-slice type")
	}
	if len < 0 || cap < len {
		panic("reflect.MakeSlice: len out of range")
	}
	s := &sliceHeader{unsafe_NewArray(t.elem, cap), len, cap}
	return Value{t, unsafe.Pointer(s), 0}
}

// MakeMap returns a new empty map of type typ.
func MakeMap(typ Type) Value { return MakeMapWithSize(typ, 0) }

// MakeMapWithSize returns a new empty map with room for about n entries.
func MakeMapWithSize(typ Type, n int) Value {
	t := typ.common()
	if t.Kind() != Map {
		panic("reflect.MakeMapWithSize of non-map type")
	}
	p := new(unsafe.Pointer)
	*p = makemap(t, n)
	return Value{t, unsafe.Pointer(p), 0}
}

// unsafe_NewArray allocates n zeroed elements of type t.
func unsafe_NewArray(t *rtype, n int) unsafe.Pointer

func makemap(t *rtype, hint int) unsafe.Pointer

// NumMethod is the number of exported methods in v's method set.
func (v Value) NumMethod() int {
	if v.typ == nil {
		panic(&ValueError{"reflect.Value.NumMethod", Invalid})
	}
	return v.typ.NumMethod()
}

// Copy copies src's elements into dst (slices or arrays of one element
// type, or a string into a []byte) and returns how many.
func Copy(dst, src Value) int {
	dk, sk := dst.Kind(), src.Kind()
	if dk != Array && dk != Slice {
		panic(&ValueError{"reflect.Copy", dk})
	}
	if dk == Array && dst.flag&flagAddr == 0 {
		panic("reflect.Copy: unaddressable array value")
	}
	et := dst.typ.elem
	if sk == String {
		if et.Kind() != Uint8 {
			panic("reflect.Copy: string into non-byte slice")
		}
	} else if (sk != Array && sk != Slice) || src.typ.elem != et {
		panic("reflect.Copy: " + src.typ.str + " into " + dst.typ.str)
	}
	n := dst.Len()
	if m := src.Len(); m < n {
		n = m
	}
	dp, sp := dst.ptr, src.ptr
	if dk == Slice {
		dp = dst.word()
	}
	if sk == Slice || sk == String {
		sp = src.word()
	}
	copy(bytesAt(dp, uintptr(n)*et.size), bytesAt(sp, uintptr(n)*et.size))
	return n
}

// Package reflectlite is goscape's version of Go's internal/reflectlite:
// the little reflection errors and sort need (TypeOf, ValueOf, Kind,
// Elem, Implements, AssignableTo, Comparable, Len, Set, Swapper), read
// from goscape's type descriptors (runtime/goscape.h: GoType).
package reflectlite

import "unsafe"

// A Kind is the kind of type a Type represents; the numbering is Go's.
type Kind uint

const (
	Invalid Kind = iota
	Bool
	Int
	Int8
	Int16
	Int32
	Int64
	Uint
	Uint8
	Uint16
	Uint32
	Uint64
	Uintptr
	Float32
	Float64
	Complex64
	Complex128
	Array
	Chan
	Func
	Interface
	Map
	Pointer
	Slice
	String
	Struct
	UnsafePointer
)

const Ptr = Pointer

// rtype mirrors GoType, the descriptor goscape's codegen emits for
// every type a program converts to an interface.
type rtype struct {
	size     uintptr
	ptrdata  uintptr
	gcbits   unsafe.Pointer
	hash     uint32
	kind     uint8
	align    uint8
	named    uint8
	pad      uint8
	str      string
	elem     *rtype
	key      *rtype
	len      uintptr // arrays: length; structs: fields; interfaces: methods
	fields   unsafe.Pointer
	methods  unsafe.Pointer
	nmethods uintptr
	ptrto    *rtype
}

// field mirrors GoField.
type field struct {
	name     string
	typ      *rtype
	offset   uintptr
	embedded uintptr
}

// A Type is the representation of a Go type.
type Type = *rtype

// eface is the layout of an interface value: the dynamic type (for a
// non-empty interface, an itab whose first word is the type) and the
// data word.
type eface struct {
	typ  unsafe.Pointer
	data unsafe.Pointer
}

// getitab is the runtime's runtime_getitab: the itab of typ for the
// interface inter, or nil when typ lacks a method and canfail is set.
func getitab(inter, typ *rtype, canfail bool) unsafe.Pointer

// TypeOf returns the dynamic type of i, or nil.
func TypeOf(i any) Type {
	return (*rtype)((*eface)(unsafe.Pointer(&i)).typ)
}

func (t *rtype) String() string { return t.str }
func (t *rtype) Size() uintptr  { return t.size }
func (t *rtype) Kind() Kind     { return Kind(t.kind) }

// Name is the type's name without its package, "" for unnamed types.
func (t *rtype) Name() string {
	if t.named == 0 {
		return ""
	}
	s := t.str
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == '.' {
			return s[i+1:]
		}
	}
	return s
}

// PkgPath is not recorded by goscape's descriptors.
func (t *rtype) PkgPath() string { return "" }

func (t *rtype) Elem() Type {
	switch t.Kind() {
	case Array, Chan, Map, Pointer, Slice:
		return t.elem
	}
	panic("reflect: Elem of invalid type " + t.str)
}

func (t *rtype) NumMethod() int {
	if t.Kind() == Interface {
		return int(t.len)
	}
	return int(t.nmethods)
}

func (t *rtype) Implements(u Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.Implements")
	}
	if u.Kind() != Interface {
		panic("reflect: non-interface type passed to Type.Implements")
	}
	return u.len == 0 || getitab(u, t, true) != nil
}

// AssignableTo: identical types (descriptors are unique in a program),
// or an interface t implements.
func (t *rtype) AssignableTo(u Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.AssignableTo")
	}
	return t == u || u.Kind() == Interface && t.Implements(u)
}

func (t *rtype) Comparable() bool {
	switch t.Kind() {
	case Func, Map, Slice:
		return false
	case Array:
		return t.elem.Comparable()
	case Struct:
		for i := uintptr(0); i < t.len; i++ {
			if !t.field(i).typ.Comparable() {
				return false
			}
		}
	}
	return true
}

func (t *rtype) field(i uintptr) *field {
	return (*field)(unsafe.Add(t.fields, i*unsafe.Sizeof(field{})))
}

// pointerShaped types are stored in an interface's data word directly.
func (t *rtype) pointerShaped() bool {
	switch t.Kind() {
	case Chan, Func, Map, Pointer, UnsafePointer:
		return true
	}
	return false
}

package runtime

import "unsafe"

// typeHeader is the start of a type descriptor (runtime/goscape.h: GoType).
type typeHeader struct {
	size, ptrdata uintptr
	gcbits        unsafe.Pointer
	hash          uint32
	kind          uint8
	align, named  uint8
	pad           uint8
	str           string
	elem, key     *typeHeader
	len           uintptr // for a func: the size of its argument block
}

type eface struct {
	typ  *typeHeader
	data unsafe.Pointer
}

const (
	kindFunc = 19
	kindPtr  = 22
)

// throw ends the program with "fatal error: s", like Go's runtime.
func throw(s string)

// setFinalizer records fn (nil: removes obj's finalizer) for the object
// at obj (finalizer.c); ot is obj's type, passed when fn takes an
// interface.
func setFinalizer(obj, fn unsafe.Pointer, ot *typeHeader, iface bool, argsize uintptr)

// SetFinalizer arranges for finalizer(obj) to run in a goroutine of its
// own once obj is unreachable (after the collection that finds it so; the
// object lives until the next one). The finalizer's parameter must be
// obj's type, interface{} or any: goscape's func descriptors do not
// record parameter types, so another interface type is not recognised.
func SetFinalizer(obj any, finalizer any) {
	e := (*eface)(unsafe.Pointer(&obj))
	if e.typ == nil {
		throw("runtime.SetFinalizer: first argument is nil")
	}
	if e.typ.kind != kindPtr {
		throw("runtime.SetFinalizer: first argument is " + e.typ.str + ", not pointer")
	}
	f := (*eface)(unsafe.Pointer(&finalizer))
	if f.typ == nil {
		setFinalizer(e.data, nil, nil, false, 0)
		return
	}
	if f.typ.kind != kindFunc {
		throw("runtime.SetFinalizer: second argument is " + f.typ.str + ", not a function")
	}
	s := f.typ.str
	iface := len(s) >= 9 && s[:9] == "func(any)" || len(s) >= 15 && s[:15] == "func(interface "
	setFinalizer(e.data, f.data, e.typ, iface, f.typ.len)
}

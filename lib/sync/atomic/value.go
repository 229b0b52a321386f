package atomic

import "unsafe"

// A Value holds values of one concrete type, set by the first Store.
type Value struct {
	v any
}

// typeOf is the type word of an interface value.
func typeOf(x *any) unsafe.Pointer { return *(*unsafe.Pointer)(unsafe.Pointer(x)) }

// Load returns the value last stored, or nil.
func (v *Value) Load() (val any) { return v.v }

// check checks new against the Value's type (what is Go's message for op).
func (v *Value) check(new any, op string) {
	if new == nil {
		panic("sync/atomic: " + op + " of nil value into Value")
	}
	if v.v != nil && typeOf(&v.v) != typeOf(&new) {
		panic("sync/atomic: " + op + " of inconsistently typed value into Value")
	}
}

// Store sets the value; nil or another type than the first Store's panics.
func (v *Value) Store(val any) {
	v.check(val, "store")
	v.v = val
}

// Swap stores new and returns the previous value.
func (v *Value) Swap(new any) (old any) {
	v.check(new, "swap")
	old = v.v
	v.v = new
	return old
}

// CompareAndSwap stores new if the Value holds old.
func (v *Value) CompareAndSwap(old, new any) (swapped bool) {
	if new == nil {
		panic("sync/atomic: compare and swap of nil value into Value")
	}
	if old != nil && typeOf(&old) != typeOf(&new) {
		panic("sync/atomic: compare and swap of inconsistently typed values")
	}
	if v.v == nil {
		if old != nil {
			return false
		}
		v.v = new
		return true
	}
	v.check(new, "compare and swap")
	if v.v != old {
		return false
	}
	v.v = new
	return true
}

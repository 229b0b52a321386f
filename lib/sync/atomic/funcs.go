// Package atomic is goscape's version of sync/atomic. Goroutines run on
// one thread and switch only where they block (runtime/sched.h), so a
// plain read-modify-write is already atomic: these are ordinary Go
// functions where Go has assembly.
package atomic

import "unsafe"

// SwapInt32 stores new into *addr and returns the previous value.
func SwapInt32(addr *int32, new int32) (old int32) {
	old = *addr
	*addr = new
	return old
}

// CompareAndSwapInt32 stores new into *addr if it holds old.
func CompareAndSwapInt32(addr *int32, old, new int32) (swapped bool) {
	if *addr != old {
		return false
	}
	*addr = new
	return true
}

// LoadInt32 returns *addr.
func LoadInt32(addr *int32) (val int32) { return *addr }

// StoreInt32 stores val into *addr.
func StoreInt32(addr *int32, val int32) { *addr = val }

// AddInt32 adds delta to *addr and returns the new value.
func AddInt32(addr *int32, delta int32) (new int32) {
	*addr += delta
	return *addr
}

// SwapInt64 stores new into *addr and returns the previous value.
func SwapInt64(addr *int64, new int64) (old int64) {
	old = *addr
	*addr = new
	return old
}

// CompareAndSwapInt64 stores new into *addr if it holds old.
func CompareAndSwapInt64(addr *int64, old, new int64) (swapped bool) {
	if *addr != old {
		return false
	}
	*addr = new
	return true
}

// LoadInt64 returns *addr.
func LoadInt64(addr *int64) (val int64) { return *addr }

// StoreInt64 stores val into *addr.
func StoreInt64(addr *int64, val int64) { *addr = val }

// AddInt64 adds delta to *addr and returns the new value.
func AddInt64(addr *int64, delta int64) (new int64) {
	*addr += delta
	return *addr
}

// SwapUint32 stores new into *addr and returns the previous value.
func SwapUint32(addr *uint32, new uint32) (old uint32) {
	old = *addr
	*addr = new
	return old
}

// CompareAndSwapUint32 stores new into *addr if it holds old.
func CompareAndSwapUint32(addr *uint32, old, new uint32) (swapped bool) {
	if *addr != old {
		return false
	}
	*addr = new
	return true
}

// LoadUint32 returns *addr.
func LoadUint32(addr *uint32) (val uint32) { return *addr }

// StoreUint32 stores val into *addr.
func StoreUint32(addr *uint32, val uint32) { *addr = val }

// AddUint32 adds delta to *addr and returns the new value.
func AddUint32(addr *uint32, delta uint32) (new uint32) {
	*addr += delta
	return *addr
}

// SwapUint64 stores new into *addr and returns the previous value.
func SwapUint64(addr *uint64, new uint64) (old uint64) {
	old = *addr
	*addr = new
	return old
}

// CompareAndSwapUint64 stores new into *addr if it holds old.
func CompareAndSwapUint64(addr *uint64, old, new uint64) (swapped bool) {
	if *addr != old {
		return false
	}
	*addr = new
	return true
}

// LoadUint64 returns *addr.
func LoadUint64(addr *uint64) (val uint64) { return *addr }

// StoreUint64 stores val into *addr.
func StoreUint64(addr *uint64, val uint64) { *addr = val }

// AddUint64 adds delta to *addr and returns the new value.
func AddUint64(addr *uint64, delta uint64) (new uint64) {
	*addr += delta
	return *addr
}

// SwapUintptr stores new into *addr and returns the previous value.
func SwapUintptr(addr *uintptr, new uintptr) (old uintptr) {
	old = *addr
	*addr = new
	return old
}

// CompareAndSwapUintptr stores new into *addr if it holds old.
func CompareAndSwapUintptr(addr *uintptr, old, new uintptr) (swapped bool) {
	if *addr != old {
		return false
	}
	*addr = new
	return true
}

// LoadUintptr returns *addr.
func LoadUintptr(addr *uintptr) (val uintptr) { return *addr }

// StoreUintptr stores val into *addr.
func StoreUintptr(addr *uintptr, val uintptr) { *addr = val }

// AddUintptr adds delta to *addr and returns the new value.
func AddUintptr(addr *uintptr, delta uintptr) (new uintptr) {
	*addr += delta
	return *addr
}

// SwapPointer stores new into *addr and returns the previous value.
func SwapPointer(addr *unsafe.Pointer, new unsafe.Pointer) (old unsafe.Pointer) {
	old = *addr
	*addr = new
	return old
}

// CompareAndSwapPointer stores new into *addr if it holds old.
func CompareAndSwapPointer(addr *unsafe.Pointer, old, new unsafe.Pointer) (swapped bool) {
	if *addr != old {
		return false
	}
	*addr = new
	return true
}

// LoadPointer returns *addr.
func LoadPointer(addr *unsafe.Pointer) (val unsafe.Pointer) { return *addr }

// StorePointer stores val into *addr.
func StorePointer(addr *unsafe.Pointer, val unsafe.Pointer) { *addr = val }

// Package sync is goscape's version of Go's sync package, written for
// goscape's scheduler: goroutines run one at a time on one thread and
// switch only where they block, so the state below needs no atomic
// operations. As in Go's runtime, a goroutine that must wait sleeps on
// the address of a word of the sync object (sema.go); the goroutine that
// releases hands over to it.
package sync

// A Locker represents an object that can be locked and unlocked.
type Locker interface {
	Lock()
	Unlock()
}

// A Mutex is a mutual exclusion lock; the zero value is unlocked.
type Mutex struct {
	locked bool
	sema   uint32
}

func (m *Mutex) Lock() {
	if !m.locked {
		m.locked = true
		return
	}
	sleepOn(&m.sema) // Unlock hands the locked mutex over
}

func (m *Mutex) TryLock() bool {
	if m.locked {
		return false
	}
	m.locked = true
	return true
}

func (m *Mutex) Unlock() {
	if !m.locked {
		fatal("sync: unlock of unlocked mutex")
	}
	if !wakeOne(&m.sema) {
		m.locked = false
	}
}

// fatal stands for the runtime's unrecoverable throw.
func fatal(s string) {
	panic(s)
}

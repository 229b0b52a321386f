package sync

// An RWMutex is a reader/writer mutual exclusion lock: any number of
// readers or one writer. A waiting writer keeps new readers out.
type RWMutex struct {
	readers        int
	writer         bool
	writersWaiting int
	readerSem      uint32
	writerSem      uint32
}

func (rw *RWMutex) RLock() {
	if rw.writer || rw.writersWaiting > 0 {
		sleepOn(&rw.readerSem) // the releasing writer counted us in
		return
	}
	rw.readers++
}

func (rw *RWMutex) TryRLock() bool {
	if rw.writer || rw.writersWaiting > 0 {
		return false
	}
	rw.readers++
	return true
}

func (rw *RWMutex) RUnlock() {
	if rw.readers <= 0 {
		fatal("sync: RUnlock of unlocked RWMutex")
	}
	rw.readers--
	if rw.readers == 0 && rw.writersWaiting > 0 {
		rw.writersWaiting--
		rw.writer = true
		wakeOne(&rw.writerSem)
	}
}

func (rw *RWMutex) Lock() {
	if rw.writer || rw.readers > 0 {
		rw.writersWaiting++
		sleepOn(&rw.writerSem) // handed over with writer set
		return
	}
	rw.writer = true
}

func (rw *RWMutex) TryLock() bool {
	if rw.writer || rw.readers > 0 {
		return false
	}
	rw.writer = true
	return true
}

func (rw *RWMutex) Unlock() {
	if !rw.writer {
		fatal("sync: Unlock of unlocked RWMutex")
	}
	rw.writer = false
	// waiting readers go first, then the next writer
	for sleepers(&rw.readerSem) > 0 {
		rw.readers++
		wakeOne(&rw.readerSem)
	}
	if rw.readers == 0 && rw.writersWaiting > 0 {
		rw.writersWaiting--
		rw.writer = true
		wakeOne(&rw.writerSem)
	}
}

func (rw *RWMutex) RLocker() Locker {
	return (*rlocker)(rw)
}

type rlocker RWMutex

func (r *rlocker) Lock()   { (*RWMutex)(r).RLock() }
func (r *rlocker) Unlock() { (*RWMutex)(r).RUnlock() }

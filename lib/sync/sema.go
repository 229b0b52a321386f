package sync

// waitq holds the goroutines sleeping on one address: each waits to
// receive from ch.
type waitq struct {
	ch    chan struct{}
	count int
}

// semtable maps an address to its sleepers, like Go's semaphore table.
var semtable map[*uint32]*waitq

// sleepOn blocks until wakeOne(addr) resumes this goroutine.
func sleepOn(addr *uint32) {
	if semtable == nil {
		semtable = make(map[*uint32]*waitq)
	}
	q := semtable[addr]
	if q == nil {
		q = &waitq{ch: make(chan struct{})}
		semtable[addr] = q
	}
	q.count++
	<-q.ch
}

// wakeOne resumes one goroutine sleeping on addr; false when none is.
func wakeOne(addr *uint32) bool {
	q := semtable[addr]
	if q == nil {
		return false
	}
	q.count--
	if q.count == 0 {
		delete(semtable, addr)
	}
	q.ch <- struct{}{}
	return true
}

// sleepers is how many goroutines sleep on addr.
func sleepers(addr *uint32) int {
	if q := semtable[addr]; q != nil {
		return q.count
	}
	return 0
}

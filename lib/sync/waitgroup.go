package sync

// A WaitGroup waits for a collection of goroutines to finish.
type WaitGroup struct {
	count int
	sema  uint32
}

func (wg *WaitGroup) Add(delta int) {
	wg.count += delta
	if wg.count < 0 {
		panic("sync: negative WaitGroup counter")
	}
	if wg.count == 0 {
		for wakeOne(&wg.sema) {
		}
	}
}

func (wg *WaitGroup) Done() {
	wg.Add(-1)
}

func (wg *WaitGroup) Wait() {
	if wg.count > 0 {
		sleepOn(&wg.sema)
	}
}

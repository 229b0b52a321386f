package sync

// Cond is a condition variable: goroutines wait for it while holding L.
type Cond struct {
	L      Locker
	notify uint32
}

func NewCond(l Locker) *Cond {
	return &Cond{L: l}
}

func (c *Cond) Wait() {
	c.L.Unlock()
	sleepOn(&c.notify)
	c.L.Lock()
}

func (c *Cond) Signal() {
	wakeOne(&c.notify)
}

func (c *Cond) Broadcast() {
	for wakeOne(&c.notify) {
	}
}

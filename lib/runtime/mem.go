package runtime

// MemStats is Go 1.19's, filled from goscape's heap counters
// (runtime/heap.h) by ReadMemStats: the heap fields, Mallocs/Frees
// (heap slots: a tiny-allocator block counts once), NumGC, PauseTotalNs,
// NextGC. goscape does not track the others (stack, mspan, GC metadata
// memory, per-size classes, pause history); they stay 0.
type MemStats struct {
	Alloc         uint64
	TotalAlloc    uint64
	Sys           uint64
	Lookups       uint64
	Mallocs       uint64
	Frees         uint64
	HeapAlloc     uint64
	HeapSys       uint64
	HeapIdle      uint64
	HeapInuse     uint64
	HeapReleased  uint64
	HeapObjects   uint64
	StackInuse    uint64
	StackSys      uint64
	MSpanInuse    uint64
	MSpanSys      uint64
	MCacheInuse   uint64
	MCacheSys     uint64
	BuckHashSys   uint64
	GCSys         uint64
	OtherSys      uint64
	NextGC        uint64
	LastGC        uint64
	PauseTotalNs  uint64
	PauseNs       [256]uint64
	PauseEnd      [256]uint64
	NumGC         uint32
	NumForcedGC   uint32
	GCCPUFraction float64
	EnableGC      bool
	DebugGC       bool
	BySize        [61]struct {
		Size    uint32
		Mallocs uint64
		Frees   uint64
	}
}

// heapCounters is what the C runtime reports (hooks_lib.c).
type heapCounters struct {
	live, totalAlloc, heapSys, mallocs, frees, goal, pauseNs uint64
	numGC                                                    uint64
}

//go:noescape
func readHeapCounters(c *heapCounters)

// ReadMemStats fills m with the heap's statistics.
func ReadMemStats(m *MemStats) {
	var c heapCounters
	readHeapCounters(&c)
	*m = MemStats{}
	m.Alloc, m.HeapAlloc, m.HeapInuse = c.live, c.live, c.live
	m.TotalAlloc = c.totalAlloc
	m.Sys, m.HeapSys = c.heapSys, c.heapSys
	m.HeapIdle = c.heapSys - c.live
	m.Mallocs, m.Frees, m.HeapObjects = c.mallocs, c.frees, c.mallocs-c.frees
	m.NextGC = c.goal
	m.PauseTotalNs = c.pauseNs
	m.NumGC = uint32(c.numGC)
	m.EnableGC = true
}

// MemProfileRate is kept for programs that set it: goscape has no memory
// profiler, so it changes nothing.
var MemProfileRate int = 512 * 1024

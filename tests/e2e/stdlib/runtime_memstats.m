runtime_memstats.go:24:10: &node{...} escapes to heap
runtime_memstats.go:27:13: ... argument does not escape
runtime_memstats.go:27:14: "mallocs grew:" escapes to heap
runtime_memstats.go:27:60: after.Mallocs - before.Mallocs >= 10000 escapes to heap
runtime_memstats.go:27:70: "alloc grew:" escapes to heap
runtime_memstats.go:27:101: after.HeapAlloc > before.HeapAlloc escapes to heap
runtime_memstats.go:28:13: ... argument does not escape
runtime_memstats.go:28:14: "objects grew:" escapes to heap
runtime_memstats.go:28:49: after.HeapObjects >= before.HeapObjects + 10000 escapes to heap
runtime_memstats.go:28:78: "total:" escapes to heap
runtime_memstats.go:28:105: after.TotalAlloc > before.TotalAlloc escapes to heap
runtime_memstats.go:32:13: ... argument does not escape
runtime_memstats.go:32:14: "freed:" escapes to heap
runtime_memstats.go:32:48: freed.Frees - after.Frees >= 10000 escapes to heap
runtime_memstats.go:32:58: "numgc:" escapes to heap
runtime_memstats.go:32:80: freed.NumGC > after.NumGC escapes to heap
runtime_memstats.go:32:95: "sys:" escapes to heap
runtime_memstats.go:32:113: freed.Sys >= freed.HeapAlloc escapes to heap

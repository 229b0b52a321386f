sizes.go:4:25: make([]byte, 65536) does not escape
sizes.go:5:25: make([]byte, 65537) escapes to heap
sizes.go:6:24: new([65536]byte) does not escape
sizes.go:7:24: new([65537]byte) escapes to heap
sizes.go:9:21: moved to heap: x
sizes.go:10:25: make([]int64, 8192) does not escape
sizes.go:11:25: make([]int64, 8193) escapes to heap
sizes.go:12:30: make([]int, 0, n) escapes to heap
sizes.go:13:38: make([]int, n) does not escape

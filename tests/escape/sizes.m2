sizes.go:4:25: make([]byte, 65536) does not escape
sizes.go:5:25: make([]byte, 65537) escapes to heap:
sizes.go:5:25:   flow: {heap} = &{storage for make([]byte, 65537)}:
sizes.go:5:25:     from make([]byte, 65537) (too large for stack) at sizes.go:5:25
sizes.go:5:25: make([]byte, 65537) escapes to heap
sizes.go:6:24: new([65536]byte) does not escape
sizes.go:7:24: new([65537]byte) escapes to heap:
sizes.go:7:24:   flow: {heap} = &{storage for new([65537]byte)}:
sizes.go:7:24:     from new([65537]byte) (too large for stack) at sizes.go:7:24
sizes.go:7:24: new([65537]byte) escapes to heap
sizes.go:9:21: x escapes to heap:
sizes.go:9:21:   flow: {heap} = &x:
sizes.go:9:21:     from x (too large for stack) at sizes.go:9:21
sizes.go:9:21: moved to heap: x
sizes.go:10:25: make([]int64, 8192) does not escape
sizes.go:11:25: make([]int64, 8193) escapes to heap:
sizes.go:11:25:   flow: {heap} = &{storage for make([]int64, 8193)}:
sizes.go:11:25:     from make([]int64, 8193) (too large for stack) at sizes.go:11:25
sizes.go:11:25: make([]int64, 8193) escapes to heap
sizes.go:12:30: make([]int, 0, n) escapes to heap:
sizes.go:12:30:   flow: {heap} = &{storage for make([]int, 0, n)}:
sizes.go:12:30:     from make([]int, 0, n) (non-constant size) at sizes.go:12:30
sizes.go:12:30: make([]int, 0, n) escapes to heap
sizes.go:13:38: make([]int, n) does not escape

alloc.go:11:12: []int{...} does not escape
alloc.go:16:14: []int{...} escapes to heap:
alloc.go:16:14:   flow: ~r0 = &{storage for []int{...}}:
alloc.go:16:14:     from []int{...} (spill) at alloc.go:16:14
alloc.go:16:14:     from return []int{...} (return) at alloc.go:16:2
alloc.go:16:14: []int{...} escapes to heap
alloc.go:20:11: make([]int, 10) does not escape
alloc.go:25:11: make([]int, n) escapes to heap:
alloc.go:25:11:   flow: {heap} = &{storage for make([]int, n)}:
alloc.go:25:11:     from make([]int, n) (non-constant size) at alloc.go:25:11
alloc.go:25:11: make([]int, n) escapes to heap
alloc.go:30:11: make([]int, 100000) escapes to heap:
alloc.go:30:11:   flow: {heap} = &{storage for make([]int, 100000)}:
alloc.go:30:11:     from make([]int, 100000) (too large for stack) at alloc.go:30:11
alloc.go:30:11: make([]int, 100000) escapes to heap
alloc.go:35:6: a escapes to heap:
alloc.go:35:6:   flow: {heap} = &a:
alloc.go:35:6:     from a (too large for stack) at alloc.go:35:6
alloc.go:35:6: moved to heap: a
alloc.go:40:10: new([100000]int) escapes to heap:
alloc.go:40:10:   flow: {heap} = &{storage for new([100000]int)}:
alloc.go:40:10:     from new([100000]int) (too large for stack) at alloc.go:40:10
alloc.go:40:10: new([100000]int) escapes to heap
alloc.go:50:16: parameter p leaks to {heap} with derefs=0:
alloc.go:50:16:   flow: {heap} = p:
alloc.go:50:16:     from append(s, p) (call parameter) at alloc.go:52:12
alloc.go:50:16: leaking param: p
alloc.go:56:18: parameter s leaks to ~r0 with derefs=0:
alloc.go:56:18:   flow: ~r0 = s:
alloc.go:56:18:     from append(s, 1) (call parameter) at alloc.go:57:15
alloc.go:56:18:     from return append(s, 1) (return) at alloc.go:57:2
alloc.go:56:18: leaking param: s to result ~r0 level=0
alloc.go:60:14: parameter a leaks to ~r0 with derefs=0:
alloc.go:60:14:   flow: ~r0 = a:
alloc.go:60:14:     from a[1:] (slice) at alloc.go:61:10
alloc.go:60:14:     from return a[1:] (return) at alloc.go:61:2
alloc.go:60:14: leaking param: a to result ~r0 level=0
alloc.go:71:6: a escapes to heap:
alloc.go:71:6:   flow: ~r0 = &a:
alloc.go:71:6:     from a (address-of) at alloc.go:72:9
alloc.go:71:6:     from a[:] (slice) at alloc.go:72:10
alloc.go:71:6:     from return a[:] (return) at alloc.go:72:2
alloc.go:71:6: moved to heap: a
alloc.go:76:15: string(b) escapes to heap:
alloc.go:76:15:   flow: ~r0 = &{storage for string(b)}:
alloc.go:76:15:     from string(b) (spill) at alloc.go:76:15
alloc.go:76:15:     from return string(b) (return) at alloc.go:76:2
alloc.go:75:14: b does not escape
alloc.go:76:15: string(b) escapes to heap
alloc.go:79:19: b does not escape
alloc.go:80:13: string(b) does not escape
alloc.go:84:16: s does not escape
alloc.go:85:13: ([]byte)(s) does not escape
alloc.go:90:13: ([]byte)(s) escapes to heap:
alloc.go:90:13:   flow: {heap} = &{storage for ([]byte)(s)}:
alloc.go:90:13:     from ([]byte)(s) (spill) at alloc.go:90:13
alloc.go:90:13:     from gb = ([]byte)(s) (assign) at alloc.go:90:5
alloc.go:89:19: s does not escape
alloc.go:90:13: ([]byte)(s) escapes to heap
alloc.go:94:11: a + b escapes to heap:
alloc.go:94:11:   flow: {heap} = &{storage for a + b}:
alloc.go:94:11:     from a + b (spill) at alloc.go:94:11
alloc.go:94:11:     from gstr = a + b (assign) at alloc.go:94:7
alloc.go:93:13: a does not escape
alloc.go:93:16: b does not escape
alloc.go:94:11: a + b escapes to heap
alloc.go:97:18: a does not escape
alloc.go:97:21: b does not escape
alloc.go:98:15: a + b does not escape
alloc.go:101:13: parameter p leaks to {heap} with derefs=0:
alloc.go:101:13:   flow: {heap} = p:
alloc.go:101:13:     from map[string]*int{...} (map literal value) at alloc.go:102:22
alloc.go:101:13: leaking param: p
alloc.go:102:22: map[string]*int{...} does not escape
alloc.go:106:42: parameter v leaks to {heap} with derefs=0:
alloc.go:106:42:   flow: {heap} = v:
alloc.go:106:42:     from m[k] = v (assign) at alloc.go:107:7
alloc.go:106:32: parameter k leaks to {heap} with derefs=0:
alloc.go:106:32:   flow: {heap} = k:
alloc.go:106:32:     from m[k] (key of map put) at alloc.go:107:3
alloc.go:106:13: m does not escape
alloc.go:106:32: leaking param: k
alloc.go:106:42: leaking param: v
alloc.go:111:11: make(map[int]int) does not escape
alloc.go:116:28: parameter p leaks to {heap} with derefs=0:
alloc.go:116:28:   flow: {heap} = p:
alloc.go:116:28:     from c <- p (send) at alloc.go:117:4
alloc.go:116:15: c does not escape
alloc.go:116:28: leaking param: p
alloc.go:120:18: parameter src leaks to {heap} with derefs=1:
alloc.go:120:18:   flow: {heap} = *src:
alloc.go:120:18:     from copy(dst, src) (call parameter) at alloc.go:121:6
alloc.go:120:18:     from copy(dst, src) (copied slice) at alloc.go:121:6
alloc.go:120:13: dst does not escape
alloc.go:120:18: leaking param content: src
alloc.go:125:2: x escapes to heap:
alloc.go:125:2:   flow: {heap} = &x:
alloc.go:125:2:     from &x (address-of) at alloc.go:127:12
alloc.go:125:2:     from appendPtr(&x) (call parameter) at alloc.go:127:11
alloc.go:125:2: moved to heap: x
alloc.go:128:36: &[4]int{} does not escape

extern.go:6:10: parameter p leaks to ~r0 with derefs=0:
extern.go:6:10:   flow: ~r0 = p:
extern.go:6:10:     from return p (return) at extern.go:8:3
extern.go:6:10: leaking param: p to result ~r0 level=0
extern.go:14:11: p does not escape
extern.go:16:11: leaking param: p
extern.go:16:19: assuming u is unsafe uintptr
extern.go:19:9: marking u as escaping uintptr
extern.go:24:2: b escapes to heap:
extern.go:24:2:   flow: {heap} = &b:
extern.go:24:2:     from &b (address-of) at extern.go:25:7
extern.go:24:2:     from ext2(&b, 0) (call parameter) at extern.go:25:6
extern.go:26:2: c escapes to heap:
extern.go:26:2:   flow: .autotmp_3 = &c:
extern.go:26:2:     from &c (address-of) at extern.go:27:28
extern.go:26:2:     from .autotmp_3 = unsafe.Pointer(&c) (assign) at extern.go:27:27
extern.go:26:2:   flow: {heap} = .autotmp_3:
extern.go:26:2:     from uintptr(.autotmp_3) (//go:uintptrescapes) at extern.go:27:12
extern.go:24:2: moved to heap: b
extern.go:26:2: moved to heap: c
extern.go:33:3: func literal escapes to heap:
extern.go:33:3:   flow: {heap} = &{storage for func literal}:
extern.go:33:3:     from func literal (spill) at extern.go:33:3
extern.go:33:17: deferLoop capturing by value: .autotmp_2 (addr=false assign=false width=8)
extern.go:32:3: y escapes to heap:
extern.go:32:3:   flow: .autotmp_2 = &y:
extern.go:32:3:     from &y (address-of) at extern.go:33:17
extern.go:32:3:     from .autotmp_2 = &y (assign) at extern.go:33:17
extern.go:32:3:   flow: {storage for func literal} = .autotmp_2:
extern.go:32:3:     from .autotmp_2 (captured by a closure) at extern.go:33:16
extern.go:32:3: moved to heap: y
extern.go:39:9: func literal escapes to heap:
extern.go:39:9:   flow: ~r0 = &{storage for func literal}:
extern.go:39:9:     from func literal (spill) at extern.go:39:9
extern.go:39:9:     from return func literal (return) at extern.go:39:2
extern.go:39:9: func literal escapes to heap
extern.go:44:2: smallAddr capturing by value: p (addr=false assign=false width=8)
extern.go:43:2: smallAddr capturing by ref: x (addr=true assign=false width=8)
extern.go:45:9: func literal escapes to heap:
extern.go:45:9:   flow: ~r0 = &{storage for func literal}:
extern.go:45:9:     from func literal (spill) at extern.go:45:9
extern.go:45:9:     from return func literal (return) at extern.go:45:2
extern.go:43:2: x escapes to heap:
extern.go:43:2:   flow: {storage for func literal} = &x:
extern.go:43:2:     from x (captured by a closure) at extern.go:45:34
extern.go:43:2:     from x (reference) at extern.go:45:34
extern.go:43:2: moved to heap: x
extern.go:45:9: func literal escapes to heap

wrappertemps.go:6:21: c does not escape
wrappertemps.go:12:3: func literal escapes to heap:
wrappertemps.go:12:3:   flow: {heap} = &{storage for func literal}:
wrappertemps.go:12:3:     from func literal (spill) at wrappertemps.go:12:3
wrappertemps.go:12:10: main capturing by value: .autotmp_3 (addr=false assign=false width=8)
wrappertemps.go:12:36: main capturing by value: .autotmp_4 (addr=false assign=false width=8)
wrappertemps.go:16:21: main capturing by value: .autotmp_5 (addr=false assign=false width=16)
wrappertemps.go:16:21: main capturing by value: .autotmp_6 (addr=false assign=false width=16)
wrappertemps.go:16:39: main capturing by value: .autotmp_7 (addr=false assign=false width=16)
wrappertemps.go:16:39: len(chs) escapes to heap:
wrappertemps.go:16:39:   flow: .autotmp_7 = &{storage for len(chs)}:
wrappertemps.go:16:39:     from len(chs) (spill) at wrappertemps.go:16:39
wrappertemps.go:16:39:     from .autotmp_7 = len(chs) (assign) at wrappertemps.go:16:39
wrappertemps.go:16:39:   flow: {storage for ... argument} = .autotmp_7:
wrappertemps.go:16:39:     from ... argument (slice-literal-element) at wrappertemps.go:16:20
wrappertemps.go:16:39:   flow: {heap} = {storage for ... argument}:
wrappertemps.go:16:39:     from ... argument (spill) at wrappertemps.go:16:20
wrappertemps.go:16:39:     from fmt.Println(... argument...) (call parameter) at wrappertemps.go:16:20
wrappertemps.go:16:21: q escapes to heap:
wrappertemps.go:16:21:   flow: .autotmp_6 = &{storage for q}:
wrappertemps.go:16:21:     from q (spill) at wrappertemps.go:16:21
wrappertemps.go:16:21:     from .autotmp_6 = q (assign) at wrappertemps.go:16:21
wrappertemps.go:16:21:   flow: {storage for ... argument} = .autotmp_6:
wrappertemps.go:16:21:     from ... argument (slice-literal-element) at wrappertemps.go:16:20
wrappertemps.go:16:21:   flow: {heap} = {storage for ... argument}:
wrappertemps.go:16:21:     from ... argument (spill) at wrappertemps.go:16:20
wrappertemps.go:16:21:     from fmt.Println(... argument...) (call parameter) at wrappertemps.go:16:20
wrappertemps.go:16:21: "deferred" escapes to heap:
wrappertemps.go:16:21:   flow: .autotmp_5 = &{storage for "deferred"}:
wrappertemps.go:16:21:     from "deferred" (spill) at wrappertemps.go:16:21
wrappertemps.go:16:21:     from .autotmp_5 = "deferred" (assign) at wrappertemps.go:16:21
wrappertemps.go:16:21:   flow: {storage for ... argument} = .autotmp_5:
wrappertemps.go:16:21:     from ... argument (slice-literal-element) at wrappertemps.go:16:20
wrappertemps.go:16:21:   flow: {heap} = {storage for ... argument}:
wrappertemps.go:16:21:     from ... argument (spill) at wrappertemps.go:16:20
wrappertemps.go:16:21:     from fmt.Println(... argument...) (call parameter) at wrappertemps.go:16:20
wrappertemps.go:9:13: make([]chan int, 2) does not escape
wrappertemps.go:16:21: "deferred" escapes to heap
wrappertemps.go:16:21: q escapes to heap
wrappertemps.go:16:39: len(chs) escapes to heap
wrappertemps.go:16:20: ... argument does not escape

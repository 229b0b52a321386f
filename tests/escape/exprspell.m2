exprspell.go:9:9: mk capturing by value: n (addr=false assign=false width=8)
exprspell.go:9:39: func literal escapes to heap:
exprspell.go:9:39:   flow: ~r0 = &{storage for func literal}:
exprspell.go:9:39:     from func literal (spill) at exprspell.go:9:39
exprspell.go:9:39:     from return func literal (return) at exprspell.go:9:32
exprspell.go:9:9: parameter n leaks to {storage for func literal} with derefs=0:
exprspell.go:9:9:   flow: {storage for func literal} = n:
exprspell.go:9:9:     from n (captured by a closure) at exprspell.go:9:68
exprspell.go:9:39: func literal escapes to heap
exprspell.go:13:53: + (+x) escapes to heap:
exprspell.go:13:53:   flow: {storage for ... argument} = &{storage for + (+x)}:
exprspell.go:13:53:     from + (+x) (spill) at exprspell.go:13:53
exprspell.go:13:53:     from ... argument (slice-literal-element) at exprspell.go:13:13
exprspell.go:13:53:   flow: {heap} = {storage for ... argument}:
exprspell.go:13:53:     from ... argument (spill) at exprspell.go:13:13
exprspell.go:13:53:     from fmt.Println(... argument...) (call parameter) at exprspell.go:13:13
exprspell.go:13:48: -(*p) escapes to heap:
exprspell.go:13:48:   flow: {storage for ... argument} = &{storage for -(*p)}:
exprspell.go:13:48:     from -(*p) (spill) at exprspell.go:13:48
exprspell.go:13:48:     from ... argument (slice-literal-element) at exprspell.go:13:13
exprspell.go:13:48:   flow: {heap} = {storage for ... argument}:
exprspell.go:13:48:     from ... argument (spill) at exprspell.go:13:13
exprspell.go:13:48:     from fmt.Println(... argument...) (call parameter) at exprspell.go:13:13
exprspell.go:13:42: - (-x) escapes to heap:
exprspell.go:13:42:   flow: {storage for ... argument} = &{storage for - (-x)}:
exprspell.go:13:42:     from - (-x) (spill) at exprspell.go:13:42
exprspell.go:13:42:     from ... argument (slice-literal-element) at exprspell.go:13:13
exprspell.go:13:42:   flow: {heap} = {storage for ... argument}:
exprspell.go:13:42:     from ... argument (spill) at exprspell.go:13:13
exprspell.go:13:42:     from fmt.Println(... argument...) (call parameter) at exprspell.go:13:13
exprspell.go:13:35: -(^x) escapes to heap:
exprspell.go:13:35:   flow: {storage for ... argument} = &{storage for -(^x)}:
exprspell.go:13:35:     from -(^x) (spill) at exprspell.go:13:35
exprspell.go:13:35:     from ... argument (slice-literal-element) at exprspell.go:13:13
exprspell.go:13:35:   flow: {heap} = {storage for ... argument}:
exprspell.go:13:35:     from ... argument (spill) at exprspell.go:13:13
exprspell.go:13:35:     from fmt.Println(... argument...) (call parameter) at exprspell.go:13:13
exprspell.go:13:28: ! (!b) escapes to heap:
exprspell.go:13:28:   flow: {storage for ... argument} = &{storage for ! (!b)}:
exprspell.go:13:28:     from ! (!b) (spill) at exprspell.go:13:28
exprspell.go:13:28:     from ... argument (slice-literal-element) at exprspell.go:13:13
exprspell.go:13:28:   flow: {heap} = {storage for ... argument}:
exprspell.go:13:28:     from ... argument (spill) at exprspell.go:13:13
exprspell.go:13:28:     from fmt.Println(... argument...) (call parameter) at exprspell.go:13:13
exprspell.go:13:21: ^ (^x) escapes to heap:
exprspell.go:13:21:   flow: {storage for ... argument} = &{storage for ^ (^x)}:
exprspell.go:13:21:     from ^ (^x) (spill) at exprspell.go:13:21
exprspell.go:13:21:     from ... argument (slice-literal-element) at exprspell.go:13:13
exprspell.go:13:21:   flow: {heap} = {storage for ... argument}:
exprspell.go:13:21:     from ... argument (spill) at exprspell.go:13:13
exprspell.go:13:21:     from fmt.Println(... argument...) (call parameter) at exprspell.go:13:13
exprspell.go:13:14: - (-x) escapes to heap:
exprspell.go:13:14:   flow: {storage for ... argument} = &{storage for - (-x)}:
exprspell.go:13:14:     from - (-x) (spill) at exprspell.go:13:14
exprspell.go:13:14:     from ... argument (slice-literal-element) at exprspell.go:13:13
exprspell.go:13:14:   flow: {heap} = {storage for ... argument}:
exprspell.go:13:14:     from ... argument (spill) at exprspell.go:13:13
exprspell.go:13:14:     from fmt.Println(... argument...) (call parameter) at exprspell.go:13:13
exprspell.go:13:13: ... argument does not escape
exprspell.go:13:14: - (-x) escapes to heap
exprspell.go:13:21: ^ (^x) escapes to heap
exprspell.go:13:28: ! (!b) escapes to heap
exprspell.go:13:35: -(^x) escapes to heap
exprspell.go:13:42: - (-x) escapes to heap
exprspell.go:13:48: -(*p) escapes to heap
exprspell.go:13:53: + (+x) escapes to heap
exprspell.go:20:20: .autotmp_1(k) escapes to heap:
exprspell.go:20:20:   flow: {storage for ... argument} = &{storage for .autotmp_1(k)}:
exprspell.go:20:20:     from .autotmp_1(k) (spill) at exprspell.go:20:20
exprspell.go:20:20:     from ... argument (slice-literal-element) at exprspell.go:20:14
exprspell.go:20:20:   flow: {heap} = {storage for ... argument}:
exprspell.go:20:20:     from ... argument (spill) at exprspell.go:20:14
exprspell.go:20:20:     from fmt.Println(... argument...) (call parameter) at exprspell.go:20:14
exprspell.go:18:29: .autotmp_4(q) escapes to heap:
exprspell.go:18:29:   flow: {storage for ... argument} = &{storage for .autotmp_4(q)}:
exprspell.go:18:29:     from .autotmp_4(q) (spill) at exprspell.go:18:29
exprspell.go:18:29:     from ... argument (slice-literal-element) at exprspell.go:18:13
exprspell.go:18:29:   flow: {heap} = {storage for ... argument}:
exprspell.go:18:29:     from ... argument (spill) at exprspell.go:18:13
exprspell.go:18:29:     from fmt.Println(... argument...) (call parameter) at exprspell.go:18:13
exprspell.go:18:19: .autotmp_3(5) escapes to heap:
exprspell.go:18:19:   flow: {storage for ... argument} = &{storage for .autotmp_3(5)}:
exprspell.go:18:19:     from .autotmp_3(5) (spill) at exprspell.go:18:19
exprspell.go:18:19:     from ... argument (slice-literal-element) at exprspell.go:18:13
exprspell.go:18:19:   flow: {heap} = {storage for ... argument}:
exprspell.go:18:19:     from ... argument (spill) at exprspell.go:18:13
exprspell.go:18:19:     from fmt.Println(... argument...) (call parameter) at exprspell.go:18:13
exprspell.go:18:13: ... argument does not escape
exprspell.go:18:19: .autotmp_3(5) escapes to heap
exprspell.go:18:29: .autotmp_4(q) escapes to heap
exprspell.go:19:7: func literal does not escape
exprspell.go:20:14: ... argument does not escape
exprspell.go:20:20: .autotmp_1(k) escapes to heap
exprspell.go:26:8: s + fmt.Sprintf("%d", uint32(n)) escapes to heap:
exprspell.go:26:8:   flow: {heap} = &{storage for s + fmt.Sprintf("%d", uint32(n))}:
exprspell.go:26:8:     from s + fmt.Sprintf("%d", uint32(n)) (spill) at exprspell.go:26:8
exprspell.go:26:8:     from s = s + fmt.Sprintf("%d", uint32(n)) (assign) at exprspell.go:26:4
exprspell.go:26:34: uint32(n) escapes to heap:
exprspell.go:26:34:   flow: {storage for ... argument} = &{storage for uint32(n)}:
exprspell.go:26:34:     from uint32(n) (spill) at exprspell.go:26:34
exprspell.go:26:34:     from ... argument (slice-literal-element) at exprspell.go:26:21
exprspell.go:26:34:   flow: {heap} = {storage for ... argument}:
exprspell.go:26:34:     from ... argument (spill) at exprspell.go:26:21
exprspell.go:26:34:     from fmt.Sprintf("%d", ... argument...) (call parameter) at exprspell.go:26:21
exprspell.go:26:8: s + fmt.Sprintf("%d", ... argument...) escapes to heap
exprspell.go:26:21: ... argument does not escape
exprspell.go:26:34: uint32(n) escapes to heap

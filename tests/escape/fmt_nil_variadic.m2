fmt_nil_variadic.go:12:2: fmt.Sprint() escapes to heap:
fmt_nil_variadic.go:12:2:   flow: {heap} = &{storage for fmt.Sprint()}:
fmt_nil_variadic.go:12:2:     from fmt.Sprint() (spill) at fmt_nil_variadic.go:12:2
fmt_nil_variadic.go:12:2:     from sink = fmt.Sprint() (assign) at fmt_nil_variadic.go:12:7
fmt_nil_variadic.go:14:31: fmt.Sprintln(nil...) escapes to heap:
fmt_nil_variadic.go:14:31:   flow: {storage for ... argument} = &{storage for fmt.Sprintln(nil...)}:
fmt_nil_variadic.go:14:31:     from fmt.Sprintln(nil...) (spill) at fmt_nil_variadic.go:14:31
fmt_nil_variadic.go:14:31:     from ... argument (slice-literal-element) at fmt_nil_variadic.go:14:13
fmt_nil_variadic.go:14:31:   flow: {heap} = {storage for ... argument}:
fmt_nil_variadic.go:14:31:     from ... argument (spill) at fmt_nil_variadic.go:14:13
fmt_nil_variadic.go:14:31:     from fmt.Println(... argument...) (call parameter) at fmt_nil_variadic.go:14:13
fmt_nil_variadic.go:11:25: fmt.Sprintf("d", nil...) escapes to heap:
fmt_nil_variadic.go:11:25:   flow: {storage for ... argument} = &{storage for fmt.Sprintf("d", nil...)}:
fmt_nil_variadic.go:11:25:     from fmt.Sprintf("d", nil...) (spill) at fmt_nil_variadic.go:11:25
fmt_nil_variadic.go:11:25:     from ... argument (slice-literal-element) at fmt_nil_variadic.go:11:13
fmt_nil_variadic.go:11:25:   flow: {heap} = {storage for ... argument}:
fmt_nil_variadic.go:11:25:     from ... argument (spill) at fmt_nil_variadic.go:11:13
fmt_nil_variadic.go:11:25:     from fmt.Println(... argument...) (call parameter) at fmt_nil_variadic.go:11:13
fmt_nil_variadic.go:11:13: ... argument does not escape
fmt_nil_variadic.go:11:25: fmt.Sprintf("d", nil...) escapes to heap
fmt_nil_variadic.go:12:2: fmt.Sprint(nil...) escapes to heap
fmt_nil_variadic.go:14:13: ... argument does not escape
fmt_nil_variadic.go:14:31: fmt.Sprintln(nil...) escapes to heap

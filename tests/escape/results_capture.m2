results_capture.go:6:15: named capturing by ref: n (addr=false assign=true width=8)
results_capture.go:7:29: n escapes to heap:
results_capture.go:7:29:   flow: {storage for ... argument} = &{storage for n}:
results_capture.go:7:29:     from n (spill) at results_capture.go:7:29
results_capture.go:7:29:     from ... argument (slice-literal-element) at results_capture.go:7:28
results_capture.go:7:29:   flow: {heap} = {storage for ... argument}:
results_capture.go:7:29:     from ... argument (spill) at results_capture.go:7:28
results_capture.go:7:29:     from fmt.Println(... argument...) (call parameter) at results_capture.go:7:28
results_capture.go:7:29: "sees" escapes to heap:
results_capture.go:7:29:   flow: {storage for ... argument} = &{storage for "sees"}:
results_capture.go:7:29:     from "sees" (spill) at results_capture.go:7:29
results_capture.go:7:29:     from ... argument (slice-literal-element) at results_capture.go:7:28
results_capture.go:7:29:   flow: {heap} = {storage for ... argument}:
results_capture.go:7:29:     from ... argument (spill) at results_capture.go:7:28
results_capture.go:7:29:     from fmt.Println(... argument...) (call parameter) at results_capture.go:7:28
results_capture.go:7:8: func literal does not escape
results_capture.go:7:28: ... argument does not escape
results_capture.go:7:29: "sees" escapes to heap
results_capture.go:7:29: n escapes to heap
results_capture.go:11:14: bare capturing by ref: n (addr=false assign=true width=8)
results_capture.go:12:29: n escapes to heap:
results_capture.go:12:29:   flow: {storage for ... argument} = &{storage for n}:
results_capture.go:12:29:     from n (spill) at results_capture.go:12:29
results_capture.go:12:29:     from ... argument (slice-literal-element) at results_capture.go:12:28
results_capture.go:12:29:   flow: {heap} = {storage for ... argument}:
results_capture.go:12:29:     from ... argument (spill) at results_capture.go:12:28
results_capture.go:12:29:     from fmt.Println(... argument...) (call parameter) at results_capture.go:12:28
results_capture.go:12:29: "sees" escapes to heap:
results_capture.go:12:29:   flow: {storage for ... argument} = &{storage for "sees"}:
results_capture.go:12:29:     from "sees" (spill) at results_capture.go:12:29
results_capture.go:12:29:     from ... argument (slice-literal-element) at results_capture.go:12:28
results_capture.go:12:29:   flow: {heap} = {storage for ... argument}:
results_capture.go:12:29:     from ... argument (spill) at results_capture.go:12:28
results_capture.go:12:29:     from fmt.Println(... argument...) (call parameter) at results_capture.go:12:28
results_capture.go:12:8: func literal does not escape
results_capture.go:12:28: ... argument does not escape
results_capture.go:12:29: "sees" escapes to heap
results_capture.go:12:29: n escapes to heap
results_capture.go:16:14: pair capturing by ref: n (addr=false assign=true width=8)
results_capture.go:16:17: pair capturing by ref: m (addr=false assign=true width=8)
results_capture.go:17:7: func literal does not escape
results_capture.go:24:9: f() escapes to heap:
results_capture.go:24:9:   flow: {heap} = &{storage for f()}:
results_capture.go:24:9:     from f() (spill) at results_capture.go:24:9
results_capture.go:24:9:     from panic(f()) (call parameter) at results_capture.go:24:7
results_capture.go:21:18: noReturn capturing by value: n (addr=false assign=false width=8)
results_capture.go:22:7: func literal does not escape
results_capture.go:24:9: f() escapes to heap
results_capture.go:29:13: .autotmp_1 escapes to heap:
results_capture.go:29:13:   flow: {storage for ... argument} = &{storage for .autotmp_1}:
results_capture.go:29:13:     from .autotmp_1 (spill) at results_capture.go:29:13
results_capture.go:29:13:     from ... argument (slice-literal-element) at results_capture.go:29:13
results_capture.go:29:13:   flow: {heap} = {storage for ... argument}:
results_capture.go:29:13:     from ... argument (spill) at results_capture.go:29:13
results_capture.go:29:13:     from fmt.Println(pair()) (call parameter) at results_capture.go:29:13
results_capture.go:29:13: .autotmp_0 escapes to heap:
results_capture.go:29:13:   flow: {storage for ... argument} = &{storage for .autotmp_0}:
results_capture.go:29:13:     from .autotmp_0 (spill) at results_capture.go:29:13
results_capture.go:29:13:     from ... argument (slice-literal-element) at results_capture.go:29:13
results_capture.go:29:13:   flow: {heap} = {storage for ... argument}:
results_capture.go:29:13:     from ... argument (spill) at results_capture.go:29:13
results_capture.go:29:13:     from fmt.Println(pair()) (call parameter) at results_capture.go:29:13
results_capture.go:28:27: bare() escapes to heap:
results_capture.go:28:27:   flow: {storage for ... argument} = &{storage for bare()}:
results_capture.go:28:27:     from bare() (spill) at results_capture.go:28:27
results_capture.go:28:27:     from ... argument (slice-literal-element) at results_capture.go:28:13
results_capture.go:28:27:   flow: {heap} = {storage for ... argument}:
results_capture.go:28:27:     from ... argument (spill) at results_capture.go:28:13
results_capture.go:28:27:     from fmt.Println(... argument...) (call parameter) at results_capture.go:28:13
results_capture.go:28:19: named() escapes to heap:
results_capture.go:28:19:   flow: {storage for ... argument} = &{storage for named()}:
results_capture.go:28:19:     from named() (spill) at results_capture.go:28:19
results_capture.go:28:19:     from ... argument (slice-literal-element) at results_capture.go:28:13
results_capture.go:28:19:   flow: {heap} = {storage for ... argument}:
results_capture.go:28:19:     from ... argument (spill) at results_capture.go:28:13
results_capture.go:28:19:     from fmt.Println(... argument...) (call parameter) at results_capture.go:28:13
results_capture.go:28:13: ... argument does not escape
results_capture.go:28:19: named() escapes to heap
results_capture.go:28:27: bare() escapes to heap
results_capture.go:29:13: ... argument does not escape
results_capture.go:29:13: .autotmp_0 escapes to heap
results_capture.go:29:13: .autotmp_1 escapes to heap
results_capture.go:30:8: func literal does not escape

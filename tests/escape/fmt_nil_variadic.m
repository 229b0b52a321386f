fmt_nil_variadic.go:11:13: ... argument does not escape
fmt_nil_variadic.go:11:25: fmt.Sprintf("d", nil...) escapes to heap
fmt_nil_variadic.go:12:2: fmt.Sprint(nil...) escapes to heap
fmt_nil_variadic.go:14:13: ... argument does not escape
fmt_nil_variadic.go:14:31: fmt.Sprintln(nil...) escapes to heap

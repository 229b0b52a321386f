errorf_wrap_gc.go:18:7: e does not escape
errorf_wrap_gc.go:18:58: e.text + " " + strconv.Itoa(e.code) escapes to heap
errorf_wrap_gc.go:21:19: ... argument does not escape
errorf_wrap_gc.go:21:20: i escapes to heap
errorf_wrap_gc.go:21:38: &codeError{...} escapes to heap
errorf_wrap_gc.go:37:7: moved to heap: ce
errorf_wrap_gc.go:32:28: []int{...} escapes to heap
errorf_wrap_gc.go:42:13: ... argument does not escape
errorf_wrap_gc.go:42:13: sum escapes to heap
errorf_wrap_gc.go:42:22: len(junk) escapes to heap
errorf_wrap_gc.go:43:13: ... argument does not escape

results_capture.go:7:8: func literal does not escape
results_capture.go:7:28: ... argument does not escape
results_capture.go:7:29: "sees" escapes to heap
results_capture.go:7:29: n escapes to heap
results_capture.go:12:8: func literal does not escape
results_capture.go:12:28: ... argument does not escape
results_capture.go:12:29: "sees" escapes to heap
results_capture.go:12:29: n escapes to heap
results_capture.go:17:7: func literal does not escape
results_capture.go:22:7: func literal does not escape
results_capture.go:24:9: f() escapes to heap
results_capture.go:28:13: ... argument does not escape
results_capture.go:28:19: named() escapes to heap
results_capture.go:28:27: bare() escapes to heap
results_capture.go:29:13: ... argument does not escape
results_capture.go:29:13: .autotmp_0 escapes to heap
results_capture.go:29:13: .autotmp_1 escapes to heap
results_capture.go:30:8: func literal does not escape

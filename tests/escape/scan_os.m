scan_os.go:11:11: leaking param: s
scan_os.go:12:6: moved to heap: n
scan_os.go:13:6: moved to heap: w
scan_os.go:14:11: ... argument does not escape
scan_os.go:18:12: leaking param: s
scan_os.go:18:23: moved to heap: x
scan_os.go:18:26: moved to heap: y
scan_os.go:19:12: ... argument does not escape
scan_os.go:23:11: leaking param: s
scan_os.go:24:6: moved to heap: f
scan_os.go:25:13: ... argument does not escape
scan_os.go:29:11: leaking param content: f
scan_os.go:30:13: make([]byte, 16) does not escape
scan_os.go:35:12: leaking param: name
scan_os.go:35:25: data does not escape

os_pipe.go:18:5: moved to heap: w
os_pipe.go:64:6: moved to heap: stderr
os_pipe.go:20:14: ... argument does not escape
os_pipe.go:24:5: func literal escapes to heap
os_pipe.go:25:30: ([]byte)("x") does not escape
os_pipe.go:29:13: ... argument does not escape
os_pipe.go:29:17: len(data) escapes to heap
os_pipe.go:34:13: make([]byte, 8) escapes to heap
os_pipe.go:36:13: ... argument does not escape
os_pipe.go:36:28: errors.Is(err, os.ErrDeadlineExceeded) escapes to heap
os_pipe.go:38:5: func literal escapes to heap
os_pipe.go:40:17: ([]byte)("late") does not escape
os_pipe.go:43:12: ... argument does not escape
os_pipe.go:43:27: buf[:k] escapes to heap
os_pipe.go:46:5: func literal escapes to heap
os_pipe.go:52:13: ... argument does not escape
os_pipe.go:59:13: ... argument does not escape
os_pipe.go:59:17: len(out) escapes to heap
os_pipe.go:59:27: len(input) escapes to heap
os_pipe.go:59:48: string(out) == input escapes to heap
os_pipe.go:59:42: string(out) does not escape
os_pipe.go:61:20: ... argument does not escape
os_pipe.go:66:13: ... argument does not escape
os_pipe.go:67:5: func literal escapes to heap
os_pipe.go:69:15: ... argument does not escape
os_pipe.go:69:23: i escapes to heap
os_pipe.go:74:12: ... argument does not escape
os_pipe.go:74:13: all escapes to heap
os_pipe.go:75:13: ... argument does not escape
os_pipe.go:75:39: (*bytes.Buffer).String(stderr) escapes to heap

runtime_error_stack_binary.go:23:15: f does not escape
runtime_error_stack_binary.go:24:8: func literal does not escape
runtime_error_stack_binary.go:27:17: ... argument does not escape
runtime_error_stack_binary.go:27:17: isRT escapes to heap
runtime_error_stack_binary.go:27:24: " " escapes to heap
runtime_error_stack_binary.go:48:6: moved to heap: w
runtime_error_stack_binary.go:54:6: moved to heap: back
runtime_error_stack_binary.go:37:6: "s" does not escape
runtime_error_stack_binary.go:38:13: ... argument does not escape
runtime_error_stack_binary.go:38:22: classify(func literal) escapes to heap
runtime_error_stack_binary.go:38:23: func literal does not escape
runtime_error_stack_binary.go:39:13: ... argument does not escape
runtime_error_stack_binary.go:39:22: classify(func literal) escapes to heap
runtime_error_stack_binary.go:39:23: func literal does not escape
runtime_error_stack_binary.go:40:13: ... argument does not escape
runtime_error_stack_binary.go:40:22: classify(func literal) escapes to heap
runtime_error_stack_binary.go:40:23: func literal does not escape
runtime_error_stack_binary.go:41:13: ... argument does not escape
runtime_error_stack_binary.go:41:22: classify(func literal) escapes to heap
runtime_error_stack_binary.go:41:23: func literal does not escape
runtime_error_stack_binary.go:41:37: "plain" escapes to heap
runtime_error_stack_binary.go:43:13: make([]byte, 4096) escapes to heap
runtime_error_stack_binary.go:45:13: string(buf[:n]) does not escape
runtime_error_stack_binary.go:46:13: ... argument does not escape
runtime_error_stack_binary.go:46:31: strings.HasPrefix(s, "goroutine 1 [running]:\nmain.main()") escapes to heap
runtime_error_stack_binary.go:46:91: strings.Contains(s, "runtime_error_stack_binary.go:") escapes to heap
runtime_error_stack_binary.go:50:25: binary.BigEndian escapes to heap
runtime_error_stack_binary.go:50:25: h escapes to heap
runtime_error_stack_binary.go:51:14: ... argument does not escape
runtime_error_stack_binary.go:53:12: ... argument does not escape
runtime_error_stack_binary.go:53:30: (*bytes.Buffer).Len(w) escapes to heap
runtime_error_stack_binary.go:53:43: (*bytes.Buffer).Bytes(w)[:8] escapes to heap
runtime_error_stack_binary.go:55:36: binary.BigEndian escapes to heap
runtime_error_stack_binary.go:56:13: ... argument does not escape
runtime_error_stack_binary.go:56:19: back == h escapes to heap
runtime_error_stack_binary.go:56:41: binary.Size(h) escapes to heap
runtime_error_stack_binary.go:56:41: h escapes to heap
runtime_error_stack_binary.go:59:13: ... argument does not escape
runtime_error_stack_binary.go:59:13: vb escapes to heap
runtime_error_stack_binary.go:59:13: v escapes to heap
runtime_error_stack_binary.go:59:13: k escapes to heap
runtime_error_stack_binary.go:59:50: binary.littleEndian.Uint16(binary.LittleEndian, []byte{...}) escapes to heap
runtime_error_stack_binary.go:59:57: []byte{...} does not escape
runtime_error_stack_binary.go:59:89: binary.bigEndian.Uint16(binary.BigEndian, []byte{...}) escapes to heap
runtime_error_stack_binary.go:59:96: []byte{...} does not escape

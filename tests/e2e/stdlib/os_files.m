os_files.go:77:18: devirtualizing rd.Read to *os.File
os_files.go:18:14: ... argument does not escape
os_files.go:18:15: "create:" escapes to heap
os_files.go:22:13: ... argument does not escape
os_files.go:22:14: "wrote" escapes to heap
os_files.go:22:14: n escapes to heap
os_files.go:23:13: ... argument does not escape
os_files.go:23:30: 3 escapes to heap
os_files.go:24:13: ... argument does not escape
os_files.go:24:14: "close:" escapes to heap
os_files.go:25:13: ... argument does not escape
os_files.go:25:14: "close again:" escapes to heap
os_files.go:26:25: ([]byte)("x") does not escape
os_files.go:27:13: ... argument does not escape
os_files.go:27:14: "write after close:" escapes to heap
os_files.go:30:13: ... argument does not escape
os_files.go:30:14: "open:" escapes to heap
os_files.go:31:13: make([]byte, 4) escapes to heap
os_files.go:34:13: ... argument does not escape
os_files.go:34:14: n escapes to heap
os_files.go:34:39: buf[:n] escapes to heap
os_files.go:39:25: ([]byte)("ro") does not escape
os_files.go:40:13: ... argument does not escape
os_files.go:40:14: "write to read-only:" escapes to heap
os_files.go:46:14: ... argument does not escape
os_files.go:46:15: "scan:" escapes to heap
os_files.go:46:31: (*bufio.Scanner).Text(sc) escapes to heap
os_files.go:51:12: ... argument does not escape
os_files.go:51:13: data escapes to heap
os_files.go:52:13: ... argument does not escape
os_files.go:52:14: "writefile:" escapes to heap
os_files.go:52:53: ([]byte)("replaced") does not escape
os_files.go:54:12: ... argument does not escape
os_files.go:54:13: data escapes to heap
os_files.go:57:12: ... argument does not escape
os_files.go:57:13: all escapes to heap
os_files.go:59:13: ... argument does not escape
os_files.go:59:14: "remove:" escapes to heap
os_files.go:60:13: ... argument does not escape
os_files.go:60:14: "remove again:" escapes to heap
os_files.go:63:13: ... argument does not escape
os_files.go:65:13: ... argument does not escape
os_files.go:66:13: ... argument does not escape
os_files.go:68:13: ... argument does not escape
os_files.go:71:13: ... argument does not escape
os_files.go:71:14: "stdin:" escapes to heap
os_files.go:71:27: len(in) escapes to heap
os_files.go:73:12: ... argument does not escape
os_files.go:73:13: line escapes to heap
os_files.go:75:14: ... argument does not escape
os_files.go:75:18: "to stdout through io.Writer" escapes to heap
os_files.go:77:23: make([]byte, 1) does not escape
os_files.go:78:13: ... argument does not escape
os_files.go:78:14: "reader:" escapes to heap

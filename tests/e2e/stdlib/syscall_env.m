syscall_env.go:13:13: ... argument does not escape
syscall_env.go:13:14: "PATH set:" escapes to heap
syscall_env.go:13:14: ok escapes to heap
syscall_env.go:16:13: ... argument does not escape
syscall_env.go:16:13: v escapes to heap
syscall_env.go:16:13: ok escapes to heap
syscall_env.go:19:13: ... argument does not escape
syscall_env.go:19:13: ok escapes to heap
syscall_env.go:20:13: ... argument does not escape
syscall_env.go:20:14: "pid positive:" escapes to heap
syscall_env.go:20:48: syscall.Getpid() > 0 escapes to heap
syscall_env.go:20:53: "page:" escapes to heap
syscall_env.go:20:81: syscall.Getpagesize() escapes to heap
syscall_env.go:21:11: ... argument does not escape
syscall_env.go:21:12: "before write; " escapes to heap
syscall_env.go:22:25: ([]byte)("raw write\n") does not escape
syscall_env.go:24:13: ... argument does not escape
syscall_env.go:24:23: err == syscall.ENOENT escapes to heap
syscall_env.go:26:13: make([]byte, 64) does not escape
syscall_env.go:28:13: ... argument does not escape
syscall_env.go:28:21: n > 0 escapes to heap

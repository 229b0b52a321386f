os_exec.go:22:6: moved to heap: ee
os_exec.go:16:26: ... argument does not escape
os_exec.go:17:12: ... argument does not escape
os_exec.go:17:13: out escapes to heap
os_exec.go:19:21: ... argument does not escape
os_exec.go:21:12: ... argument does not escape
os_exec.go:21:13: out escapes to heap
os_exec.go:24:14: ... argument does not escape
os_exec.go:24:15: "exit code" escapes to heap
os_exec.go:24:39: (*os.ProcessState).ExitCode(ee.ProcessState) escapes to heap
os_exec.go:24:67: (*os.ProcessState).Success(cmd.ProcessState) escapes to heap
os_exec.go:27:20: ... argument does not escape
os_exec.go:30:12: ... argument does not escape
os_exec.go:30:13: out escapes to heap
os_exec.go:33:13: ... argument does not escape
os_exec.go:33:28: errors.Is(err, exec.ErrNotFound) escapes to heap
os_exec.go:35:20: ... argument does not escape
os_exec.go:39:12: ... argument does not escape
os_exec.go:39:13: out escapes to heap
os_exec.go:41:13: ... argument does not escape
os_exec.go:41:14: "before child" escapes to heap
os_exec.go:42:20: ... argument does not escape
os_exec.go:44:13: ... argument does not escape
os_exec.go:45:13: ... argument does not escape
os_exec.go:45:14: "after child" escapes to heap
os_exec.go:48:13: ... argument does not escape
os_exec.go:48:31: strings.HasSuffix(path, "/sh") escapes to heap

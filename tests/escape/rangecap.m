rangecap.go:6:19: leaking param content: s
rangecap.go:7:9: moved to heap: v
rangecap.go:8:19: func literal escapes to heap
rangecap.go:12:15: s does not escape
rangecap.go:15:19: func literal escapes to heap

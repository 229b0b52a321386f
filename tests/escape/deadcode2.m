deadcode2.go:23:9: devirtualizing z.Grow to *T
deadcode2.go:7:7: t does not escape
deadcode2.go:22:16: new(T) does not escape
deadcode2.go:31:13: moved to heap: k
deadcode2.go:43:22: new(int) escapes to heap

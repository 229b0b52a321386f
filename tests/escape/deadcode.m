deadcode.go:13:7: &A{...} escapes to heap
deadcode.go:21:7: &A{...} escapes to heap
deadcode.go:27:7: &A{...} escapes to heap
deadcode.go:37:6: &A{...} escapes to heap

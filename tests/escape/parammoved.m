parammoved.go:4:8: moved to heap: p
parammoved.go:6:8: moved to heap: p

deadcode.go:13:7: &A{...} escapes to heap:
deadcode.go:13:7:   flow: {heap} = &{storage for &A{...}}:
deadcode.go:13:7:     from &A{...} (spill) at deadcode.go:13:7
deadcode.go:13:7:     from g = &A{...} (assign) at deadcode.go:13:5
deadcode.go:13:7: &A{...} escapes to heap
deadcode.go:21:7: &A{...} escapes to heap:
deadcode.go:21:7:   flow: {heap} = &{storage for &A{...}}:
deadcode.go:21:7:     from &A{...} (spill) at deadcode.go:21:7
deadcode.go:21:7:     from g = &A{...} (assign) at deadcode.go:21:5
deadcode.go:21:7: &A{...} escapes to heap
deadcode.go:27:7: &A{...} escapes to heap:
deadcode.go:27:7:   flow: {heap} = &{storage for &A{...}}:
deadcode.go:27:7:     from &A{...} (spill) at deadcode.go:27:7
deadcode.go:27:7:     from g = &A{...} (assign) at deadcode.go:27:5
deadcode.go:27:7: &A{...} escapes to heap
deadcode.go:37:6: &A{...} escapes to heap:
deadcode.go:37:6:   flow: {heap} = &{storage for &A{...}}:
deadcode.go:37:6:     from &A{...} (spill) at deadcode.go:37:6
deadcode.go:37:6:     from g = &A{...} (assign) at deadcode.go:37:4
deadcode.go:37:6: &A{...} escapes to heap

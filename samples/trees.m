trees.go:17:7: &Tree{...} escapes to heap
trees.go:29:10: t does not escape
trees.go:45:37: ... argument does not escape
trees.go:45:38: i escapes to heap
trees.go:49:13: make([]byte, n) escapes to heap
trees.go:53:13: ... argument does not escape
trees.go:53:14: "trees built:" escapes to heap
trees.go:53:30: 300 escapes to heap
trees.go:53:35: "kept:" escapes to heap
trees.go:53:47: len(kept) escapes to heap
trees.go:53:47: names escapes to heap
trees.go:54:13: ... argument does not escape
trees.go:54:14: "sum of all nodes:" escapes to heap
trees.go:54:14: total escapes to heap
trees.go:55:13: ... argument does not escape
trees.go:55:14: "sum of kept trees:" escapes to heap
trees.go:55:48: sum(kept[0]) + sum(kept[len(kept) - 1]) escapes to heap
trees.go:55:73: "buf:" escapes to heap
trees.go:55:84: len(buf) escapes to heap
trees.go:55:94: buf[39999] escapes to heap

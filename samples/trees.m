trees.go:18:7: &Tree{...} escapes to heap
trees.go:30:10: t does not escape
trees.go:39:13: t does not escape
trees.go:39:22: buf does not escape
trees.go:55:14: make([]byte, n) escapes to heap
trees.go:61:37: ... argument does not escape
trees.go:61:38: i escapes to heap
trees.go:64:13: ... argument does not escape
trees.go:64:14: "trees built:" escapes to heap
trees.go:64:30: 300 escapes to heap
trees.go:64:35: "kept:" escapes to heap
trees.go:64:47: len(kept) escapes to heap
trees.go:64:47: names escapes to heap
trees.go:65:13: ... argument does not escape
trees.go:65:14: "sum of all nodes:" escapes to heap
trees.go:65:14: total escapes to heap
trees.go:65:42: "check:" escapes to heap
trees.go:65:42: check escapes to heap
trees.go:66:13: ... argument does not escape
trees.go:66:14: "sum of kept trees:" escapes to heap
trees.go:66:48: sum(kept[0]) + sum(kept[len(kept) - 1]) escapes to heap

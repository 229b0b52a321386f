recursive_named.go:25:7: &node{...} does not escape
recursive_named.go:25:13: &node{...} does not escape
recursive_named.go:26:13: ... argument does not escape
recursive_named.go:26:15: n.val escapes to heap
recursive_named.go:26:27: n.next.val escapes to heap
recursive_named.go:26:45: n.next.next == nil escapes to heap
recursive_named.go:29:13: ... argument does not escape
recursive_named.go:29:15: l.val escapes to heap
recursive_named.go:30:7: &branch{...} does not escape
recursive_named.go:30:24: []*branch{...} does not escape
recursive_named.go:30:25: &branch{} does not escape
recursive_named.go:30:29: &branch{} does not escape
recursive_named.go:31:13: ... argument does not escape
recursive_named.go:31:17: len(t.kids) escapes to heap
recursive_named.go:31:30: len(t.kids[0].kids) escapes to heap

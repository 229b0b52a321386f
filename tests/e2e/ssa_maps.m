ssa_maps.go:11:12: leaking param content: words
ssa_maps.go:12:11: make(map[string]int) escapes to heap
ssa_maps.go:20:11: make(map[int]int, n) escapes to heap
ssa_maps.go:28:11: make(map[pt]string) does not escape
ssa_maps.go:31:36: g[pt{...}] + g[pt{...}] + g[pt{...}] does not escape
ssa_maps.go:34:12: m does not escape
ssa_maps.go:42:13: ... argument does not escape
ssa_maps.go:42:14: "value" escapes to heap
ssa_maps.go:42:14: calls escapes to heap
ssa_maps.go:46:12: m does not escape
ssa_maps.go:48:13: ... argument does not escape
ssa_maps.go:48:17: len(m) escapes to heap
ssa_maps.go:48:23: m[10] escapes to heap
ssa_maps.go:51:12: m does not escape
ssa_maps.go:51:30: leaking param: k
ssa_maps.go:56:21: []string{...} does not escape
ssa_maps.go:57:13: ... argument does not escape
ssa_maps.go:57:15: c["a"] escapes to heap
ssa_maps.go:57:23: c["b"] escapes to heap
ssa_maps.go:57:31: c["c"] escapes to heap
ssa_maps.go:57:39: c["d"] escapes to heap
ssa_maps.go:57:49: len(c) escapes to heap
ssa_maps.go:59:13: ... argument does not escape
ssa_maps.go:59:15: s[5] escapes to heap
ssa_maps.go:59:21: s[3] escapes to heap
ssa_maps.go:59:27: s[9] escapes to heap
ssa_maps.go:59:35: len(s) escapes to heap
ssa_maps.go:60:13: ... argument does not escape
ssa_maps.go:60:18: grid() escapes to heap
ssa_maps.go:61:11: make(map[int8]bool) does not escape
ssa_maps.go:63:13: ... argument does not escape
ssa_maps.go:63:19: small(b, -3) escapes to heap
ssa_maps.go:63:33: small(b, 3) escapes to heap
ssa_maps.go:63:46: small(nil, 1) escapes to heap
ssa_maps.go:64:12: make(map[int]int) does not escape
ssa_maps.go:66:13: ... argument does not escape
ssa_maps.go:66:16: nm["x"] escapes to heap
ssa_maps.go:66:26: len(nm) escapes to heap
ssa_maps.go:66:35: nm == nil escapes to heap
ssa_maps.go:68:13: ... argument does not escape
ssa_maps.go:68:14: "unreachable" escapes to heap

alias_embedded.go:13:42: struct { int }{...} escapes to heap
alias_embedded.go:13:42: struct { int }{...} escapes to heap
alias_embedded.go:14:13: ... argument does not escape
alias_embedded.go:14:16: x == y escapes to heap
alias_embedded.go:14:24: x == (interface {})(struct { int }{...}) escapes to heap
alias_embedded.go:14:38: (interface {})(struct { int }{...}) does not escape
alias_embedded.go:14:52: y == (interface {})(struct { int }{...}) escapes to heap
alias_embedded.go:14:66: (interface {})(struct { int }{...}) does not escape
alias_embedded.go:17:13: ... argument does not escape
alias_embedded.go:17:13: ok escapes to heap
alias_embedded.go:17:13: ok2 escapes to heap
alias_embedded.go:18:29: map[interface {}]string{...} does not escape
alias_embedded.go:19:13: ... argument does not escape
alias_embedded.go:19:17: len(m) escapes to heap
alias_embedded.go:19:23: m[struct { int }{...}] escapes to heap
alias_embedded.go:19:29: struct { int }{...} does not escape
alias_embedded.go:19:36: m[struct { int }{...}] escapes to heap
alias_embedded.go:19:44: struct { int }{...} does not escape
alias_embedded.go:20:13: ... argument does not escape
alias_embedded.go:20:24: struct { int }{...}.Int escapes to heap
alias_embedded.go:20:38: struct { int }{...}.int escapes to heap

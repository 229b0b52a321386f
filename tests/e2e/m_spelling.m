m_spelling.go:16:7: leaking param: n to result ~r0 level=0
m_spelling.go:28:56: name("g") escapes to heap
m_spelling.go:30:65: []interface {}{...} escapes to heap
m_spelling.go:30:66: true escapes to heap
m_spelling.go:31:11: a does not escape
m_spelling.go:32:12: a does not escape
m_spelling.go:32:15: b does not escape
m_spelling.go:33:52: &T{} escapes to heap
m_spelling.go:34:62: ... argument does not escape
m_spelling.go:34:62: .autotmp_1 escapes to heap
m_spelling.go:34:62: .autotmp_2 escapes to heap
m_spelling.go:46:2: moved to heap: x
m_spelling.go:39:8: func literal does not escape
m_spelling.go:40:14: ... argument does not escape
m_spelling.go:40:25: (<node RECOVERFP>) == nil escapes to heap
m_spelling.go:40:33: !((<node RECOVERFP>) != nil) escapes to heap
m_spelling.go:43:13: ... argument does not escape
m_spelling.go:43:21: (real(c)) * (imag(c)) escapes to heap
m_spelling.go:43:31: -(real(c)) escapes to heap
m_spelling.go:43:48: (real(c)) + 1 escapes to heap
m_spelling.go:47:19: x escapes to heap
m_spelling.go:47:19: y escapes to heap
m_spelling.go:47:19: 3 escapes to heap
m_spelling.go:48:13: 4 escapes to heap
m_spelling.go:48:13: "five" escapes to heap
m_spelling.go:49:21: .autotmp_5 escapes to heap
m_spelling.go:49:21: .autotmp_6 escapes to heap
m_spelling.go:52:13: ... argument does not escape
m_spelling.go:52:18: take(two()) escapes to heap
m_spelling.go:52:18: ... argument does not escape
m_spelling.go:52:18: .autotmp_8 does not escape
m_spelling.go:52:18: .autotmp_9 does not escape
m_spelling.go:52:32: take3(two()) escapes to heap
m_spelling.go:52:32: .autotmp_10 does not escape
m_spelling.go:52:32: .autotmp_11 does not escape
m_spelling.go:52:44: len(sink) escapes to heap
m_spelling.go:53:13: ... argument does not escape
m_spelling.go:53:29: .autotmp_12.String() == "g" escapes to heap
m_spelling.go:53:67: reflect.Value.Int(.autotmp_14) escapes to heap
m_spelling.go:55:13: ... argument does not escape
m_spelling.go:55:21: (*T).count(t) escapes to heap
m_spelling.go:58:2: name("y") escapes to heap
m_spelling.go:60:8: n escapes to heap
m_spelling.go:61:13: ... argument does not escape
m_spelling.go:61:27: .autotmp_18.String() escapes to heap
m_spelling.go:61:44: .autotmp_19.String() escapes to heap
m_spelling.go:62:13: ... argument does not escape
m_spelling.go:62:19: struct { int }{...} escapes to heap
m_spelling.go:62:25: []int{...} escapes to heap
m_spelling.go:62:25: []int{...} escapes to heap
m_spelling.go:62:35: []int{...} escapes to heap
m_spelling.go:62:35: []int{...} escapes to heap

generic_types.go:82:20: devirtualizing le.Len to Named[float64]
generic_types.go:20:10: (*Stack[go.shape.string_0]).Pop ignoring self-assignment in s.items = s.items[:len(s.items) - 1]
generic_types.go:40:50: &List[go.shape.int_0]{...} escapes to heap
generic_types.go:62:6: moved to heap: s
generic_types.go:66:13: ... argument does not escape
generic_types.go:66:13: top escapes to heap
generic_types.go:66:13: ok escapes to heap
generic_types.go:66:28: Stack[go.shape.string_0].Len(&.dict.Stack[string].Len, s) escapes to heap
generic_types.go:67:12: ... argument does not escape
generic_types.go:67:13: s escapes to heap
generic_types.go:67:13: s escapes to heap
generic_types.go:70:13: ... argument does not escape
generic_types.go:70:13: p escapes to heap
generic_types.go:70:25: MakePair[go.shape.float64_0,go.shape.[]int_1](&.dict.MakePair[main.Celsius,[]int], Celsius(1.5), []int{...}) escapes to heap
generic_types.go:70:45: []int{...} escapes to heap
generic_types.go:71:12: ... argument does not escape
generic_types.go:71:13: p escapes to heap
generic_types.go:71:35: p.Key escapes to heap
generic_types.go:71:56: Pair[int,bool]{...} escapes to heap
generic_types.go:71:86: Pair[main.Celsius,*int]{} escapes to heap
generic_types.go:76:9: func literal does not escape
generic_types.go:77:12: ... argument does not escape
generic_types.go:77:13: sum escapes to heap
generic_types.go:81:17: n escapes to heap
generic_types.go:82:13: ... argument does not escape
generic_types.go:82:20: Stack[float64].Len(le.(Named[float64]).Stack) escapes to heap
generic_types.go:82:25: n.Stack.items escapes to heap
generic_types.go:82:34: n.name escapes to heap
generic_types.go:83:12: ... argument does not escape
generic_types.go:85:37: map[Pair[string,int]]int{} does not escape
generic_types.go:89:13: ... argument does not escape
generic_types.go:89:17: len(counts) escapes to heap
generic_types.go:89:33: counts[Pair[string,int]{...}] escapes to heap
generic_types.go:91:34: Pair[string,int]{...} escapes to heap
generic_types.go:93:14: ... argument does not escape
generic_types.go:93:15: "pair" escapes to heap
generic_types.go:93:24: q.Val escapes to heap
generic_types.go:97:14: ... argument does not escape
generic_types.go:97:15: "wrong" escapes to heap
generic_types.go:99:14: ... argument does not escape
generic_types.go:99:15: "stringer" escapes to heap
generic_types.go:102:19: Vec[main.Celsius]{...} escapes to heap
generic_types.go:103:12: ... argument does not escape
generic_types.go:103:34: Vec[go.shape.float64_0].First(&.dict.Vec[main.Celsius].First, v) escapes to heap
generic_types.go:103:34: v escapes to heap
generic_types.go:103:63: Vec[go.shape.string_0].First(&.dict.Vec[string].First, Vec[string]{...}) escapes to heap
generic_types.go:103:52: Vec[string]{...} does not escape
generic_types.go:106:13: ... argument does not escape
generic_types.go:106:15: s.items escapes to heap
generic_types.go:106:43: (func literal)(&s) escapes to heap
generic_types.go:31:57: ... argument does not escape
generic_types.go:31:68: unsafe.Pointer(p.Key) escapes to heap
generic_types.go:31:75: unsafe.Pointer(p.Val) escapes to heap
generic_types.go:31:57: ... argument does not escape
generic_types.go:31:68: unsafe.Pointer(p.Key) escapes to heap
generic_types.go:31:75: unsafe.Pointer(p.Val) escapes to heap
generic_types.go:31:57: ... argument does not escape
generic_types.go:31:68: unsafe.Pointer(p.Key) escapes to heap
generic_types.go:31:75: unsafe.Pointer(p.Val) escapes to heap
generic_types.go:31:57: ... argument does not escape
generic_types.go:31:68: unsafe.Pointer(p.Key) escapes to heap
generic_types.go:20:10: (*Stack[go.shape.float64_0]).Pop ignoring self-assignment in s.items = s.items[:len(s.items) - 1]
generic_types.go:31:57: ... argument does not escape
generic_types.go:31:68: unsafe.Pointer(p.Key) escapes to heap
generic_types.go:31:75: unsafe.Pointer(p.Val) escapes to heap

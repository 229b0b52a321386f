generic_nested.go:22:6: moved to heap: s
generic_nested.go:22:6: moved to heap: s
generic_nested.go:22:6: moved to heap: s
generic_nested.go:34:30: []Pair[go.shape.string_0,main.Pair[go.shape.float64_1,go.shape.string_0]]{} escapes to heap
generic_nested.go:35:13: ... argument escapes to heap
generic_nested.go:22:6: moved to heap: s
generic_nested.go:34:30: []Pair[go.shape.float64_0,main.Pair[go.shape.string_1,go.shape.float64_0]]{} escapes to heap
generic_nested.go:35:13: ... argument escapes to heap
generic_nested.go:45:2: moved to heap: g
generic_nested.go:45:12: ... argument escapes to heap
generic_nested.go:46:13: ... argument does not escape
generic_nested.go:46:19: (*Stack[go.shape.[]main.Celsius_0]).Len(&.dict.(*Stack[[]main.Celsius]).Len, g) escapes to heap
generic_nested.go:46:28: (*Stack[go.shape.[]main.Celsius_0]).Top(&.dict.(*Stack[[]main.Celsius]).Top, g) escapes to heap
generic_nested.go:46:33: g.items escapes to heap
generic_nested.go:47:12: ... argument escapes to heap
generic_nested.go:48:13: ... argument does not escape
generic_nested.go:48:19: (*Stack[go.shape.[]**main.Stack[[]main.Celsius]_0]).Len(&.dict.(*Stack[[]**main.Stack[[]main.Celsius]]).Len, h) escapes to heap
generic_nested.go:48:34: (*Stack[go.shape.[]**main.Stack[[]main.Celsius]_0]).Top(&.dict.(*Stack[[]**main.Stack[[]main.Celsius]]).Top, h)[1] == nil escapes to heap
generic_nested.go:49:12: ... argument does not escape
generic_nested.go:49:30: Pairs[go.shape.string_0,go.shape.float64_1](&.dict.Pairs[string,float64], "a", 1.5) escapes to heap
generic_nested.go:49:47: Pairs[go.shape.float64_0,go.shape.string_1](&.dict.Pairs[main.Celsius,string], Celsius(2), "x") escapes to heap
generic_nested.go:51:19: []Celsius{...} escapes to heap
generic_nested.go:52:12: ... argument does not escape
generic_nested.go:52:13: sg escapes to heap
generic_nested.go:52:34: (*Stack[go.shape.[]main.Celsius_0]).Top(&.dict.(*Stack[[]main.Celsius]).Top, sg) escapes to heap
generic_nested.go:22:6: moved to heap: s

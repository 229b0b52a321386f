generic_constraints.go:68:7: v does not escape
generic_constraints.go:88:7: c does not escape
generic_constraints.go:59:13: make(go.shape.[]float64_0, len(s)) escapes to heap
generic_constraints.go:75:17: moved to heap: v
generic_constraints.go:75:17: moved to heap: v
generic_constraints.go:92:6: moved to heap: il
generic_constraints.go:109:6: moved to heap: i
generic_constraints.go:91:13: ... argument does not escape
generic_constraints.go:91:24: MinOf[go.shape.int_0](&.dict.MinOf[main.Age], ... argument...) escapes to heap
generic_constraints.go:91:24: ... argument does not escape
generic_constraints.go:94:13: ... argument does not escape
generic_constraints.go:94:69: List[go.shape.int_0].Map(&.dict.List[int].Map, il, func literal).items escapes to heap
generic_constraints.go:94:21: func literal does not escape
generic_constraints.go:94:59: ... argument does not escape
generic_constraints.go:94:62: i * 3 escapes to heap
generic_constraints.go:95:12: ... argument does not escape
generic_constraints.go:95:13: il escapes to heap
generic_constraints.go:95:13: il escapes to heap
generic_constraints.go:96:13: ... argument does not escape
generic_constraints.go:96:24: Opt[go.shape.int_0].Or(&.dict.Opt[int].Or, .autotmp_8, 4) escapes to heap
generic_constraints.go:96:45: Opt[go.shape.string_0].Or(&.dict.Opt[string].Or, Opt[string]{}, "dflt") escapes to heap
generic_constraints.go:97:16: Vec{...} does not escape
generic_constraints.go:98:12: ... argument does not escape
generic_constraints.go:98:13: v escapes to heap
generic_constraints.go:98:13: v escapes to heap
generic_constraints.go:98:38: Vec.Sum(v) escapes to heap
generic_constraints.go:101:13: ... argument does not escape
generic_constraints.go:101:14: *p escapes to heap
generic_constraints.go:101:18: *Ptr[go.shape.string_0](&.dict.Ptr[string], "s") escapes to heap
generic_constraints.go:102:17: []Counter{...} escapes to heap
generic_constraints.go:104:13: ... argument does not escape
generic_constraints.go:104:13: cs escapes to heap
generic_constraints.go:107:13: ... argument does not escape
generic_constraints.go:107:16: il.items escapes to heap
generic_constraints.go:107:27: len(List[bool]{}.items) escapes to heap
generic_constraints.go:110:19: func literal escapes to heap
generic_constraints.go:112:13: ... argument does not escape
generic_constraints.go:112:19: fs[0]() escapes to heap
generic_constraints.go:112:28: fs[2]() escapes to heap

reflect_basic.go:19:2: moved to heap: p
reflect_basic.go:19:28: []string{...} escapes to heap
reflect_basic.go:20:21: p escapes to heap
reflect_basic.go:21:13: ... argument does not escape
reflect_basic.go:21:23: t.Kind() escapes to heap
reflect_basic.go:21:33: t.Name() escapes to heap
reflect_basic.go:21:47: t.NumField() escapes to heap
reflect_basic.go:21:61: t.Field(2).Name escapes to heap
reflect_basic.go:21:78: t.Field(2).PkgPath escapes to heap
reflect_basic.go:21:94: t.Size() escapes to heap
reflect_basic.go:24:13: ... argument does not escape
reflect_basic.go:24:15: p.X escapes to heap
reflect_basic.go:24:33: reflect.Value.Int(.autotmp_5) escapes to heap
reflect_basic.go:24:54: reflect.Value.CanSet(.autotmp_6) escapes to heap
reflect_basic.go:24:72: reflect.Value.Len(.autotmp_7) escapes to heap
reflect_basic.go:24:92: reflect.Value.Index(.autotmp_8, 0) escapes to heap
reflect_basic.go:25:13: ... argument does not escape
reflect_basic.go:25:31: reflect.DeepEqual(p, P{...}) escapes to heap
reflect_basic.go:25:31: p escapes to heap
reflect_basic.go:25:36: P{...} escapes to heap
reflect_basic.go:25:57: []string{...} escapes to heap
reflect_basic.go:25:83: reflect.DeepEqual(p, P{...}) escapes to heap
reflect_basic.go:25:83: p escapes to heap
reflect_basic.go:25:88: P{...} escapes to heap
reflect_basic.go:26:21: map[string]int{...} escapes to heap
reflect_basic.go:28:13: ... argument does not escape
reflect_basic.go:28:20: reflect.Value.Len(mv) escapes to heap
reflect_basic.go:28:35: reflect.Value.MapIndex(mv, reflect.ValueOf("b")) escapes to heap
reflect_basic.go:28:52: "b" escapes to heap
reflect_basic.go:28:100: reflect.Value.IsValid(.autotmp_11) escapes to heap
reflect_basic.go:28:87: "z" escapes to heap
reflect_basic.go:29:33: "c" escapes to heap
reflect_basic.go:29:55: 3 escapes to heap
reflect_basic.go:30:13: ... argument does not escape
reflect_basic.go:30:20: len(reflect.Value.MapKeys(mv)) escapes to heap
reflect_basic.go:31:13: ... argument does not escape
reflect_basic.go:31:31: reflect.DeepEqual(map[int][]int{...}, map[int][]int{...}) escapes to heap
reflect_basic.go:31:45: map[int][]int{...} escapes to heap
reflect_basic.go:31:49: []int{...} escapes to heap
reflect_basic.go:31:68: map[int][]int{...} escapes to heap
reflect_basic.go:31:72: []int{...} escapes to heap
reflect_basic.go:31:96: reflect.DeepEqual([]int{}, ([]int)(nil)) escapes to heap
reflect_basic.go:31:102: []int{} escapes to heap
reflect_basic.go:31:102: []int{} escapes to heap
reflect_basic.go:31:111: ([]int)(nil) escapes to heap
reflect_basic.go:33:13: ... argument does not escape
reflect_basic.go:33:32: reflect.TypeOf(e) == nil escapes to heap
reflect_basic.go:33:66: .autotmp_13.Elem() == t escapes to heap
reflect_basic.go:33:98: reflect.Value.Float(.autotmp_14) escapes to heap
reflect_basic.go:33:88: 3.5 escapes to heap
reflect_basic.go:33:127: reflect.Value.Kind(.autotmp_15) escapes to heap
reflect_basic.go:33:118: "s" escapes to heap
reflect_basic.go:34:28: []any{...} escapes to heap
reflect_basic.go:34:28: []any{...} escapes to heap
reflect_basic.go:34:29: 1 escapes to heap
reflect_basic.go:34:32: "a" escapes to heap
reflect_basic.go:35:13: ... argument does not escape
reflect_basic.go:35:35: reflect.Value.Int(.autotmp_18) escapes to heap
reflect_basic.go:35:63: reflect.Value.String(.autotmp_20) escapes to heap
reflect_basic.go:35:83: reflect.Value.IsNil(.autotmp_21) escapes to heap
reflect_basic.go:36:13: ... argument does not escape
reflect_basic.go:36:32: reflect.Kind.String(reflect.Int) escapes to heap
reflect_basic.go:36:43: reflect.Ptr escapes to heap
reflect_basic.go:36:78: .autotmp_23.Kind() escapes to heap
reflect_basic.go:36:67: new(int) escapes to heap
reflect_basic.go:36:97: p escapes to heap
reflect_basic.go:37:34: 0 escapes to heap
reflect_basic.go:39:13: ... argument does not escape
reflect_basic.go:39:14: *reflect.Value.Interface(n).(*int) escapes to heap
reflect_basic.go:39:60: reflect.Value.Field(.autotmp_28, 0) escapes to heap
reflect_basic.go:44:13: ... argument does not escape
reflect_basic.go:44:36: .autotmp_0.Name() escapes to heap
reflect_basic.go:44:29: 0 escapes to heap
reflect_basic.go:44:63: .autotmp_1.Name() escapes to heap
reflect_basic.go:44:55: "" escapes to heap
reflect_basic.go:44:93: .autotmp_2.Name() escapes to heap
reflect_basic.go:44:84: My(1) escapes to heap
reflect_basic.go:45:34: .autotmp_3.Name() == "" escapes to heap
reflect_basic.go:45:23: []int{} escapes to heap
reflect_basic.go:45:23: []int{} escapes to heap
reflect_basic.go:45:84: .autotmp_4.PkgPath() escapes to heap
reflect_basic.go:49:13: make([]int, 2) escapes to heap
reflect_basic.go:50:35: dst escapes to heap
reflect_basic.go:50:63: []int{...} escapes to heap
reflect_basic.go:50:63: []int{...} escapes to heap
reflect_basic.go:51:11: make([]byte, 3) escapes to heap
reflect_basic.go:52:35: b escapes to heap
reflect_basic.go:52:56: "hey!" escapes to heap
reflect_basic.go:53:13: ... argument does not escape
reflect_basic.go:53:13: n escapes to heap
reflect_basic.go:53:13: dst escapes to heap
reflect_basic.go:53:13: m escapes to heap
reflect_basic.go:53:31: string(b) escapes to heap
reflect_basic.go:53:31: string(b) escapes to heap
reflect_basic.go:53:78: reflect.Value.IsValid(.autotmp_4) escapes to heap
reflect_basic.go:53:120: reflect.Value.NumMethod(.autotmp_5) escapes to heap
reflect_basic.go:53:105: reflect.Int escapes to heap

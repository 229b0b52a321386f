reflect_basic.go:18:2: moved to heap: p
reflect_basic.go:18:28: []string{...} escapes to heap
reflect_basic.go:19:21: p escapes to heap
reflect_basic.go:20:13: ... argument does not escape
reflect_basic.go:20:23: t.Kind() escapes to heap
reflect_basic.go:20:33: t.Name() escapes to heap
reflect_basic.go:20:47: t.NumField() escapes to heap
reflect_basic.go:20:61: t.Field(2).Name escapes to heap
reflect_basic.go:20:78: t.Field(2).PkgPath escapes to heap
reflect_basic.go:20:94: t.Size() escapes to heap
reflect_basic.go:23:13: ... argument does not escape
reflect_basic.go:23:15: p.X escapes to heap
reflect_basic.go:23:33: reflect.Value.Int(.autotmp_5) escapes to heap
reflect_basic.go:23:54: reflect.Value.CanSet(.autotmp_6) escapes to heap
reflect_basic.go:23:72: reflect.Value.Len(.autotmp_7) escapes to heap
reflect_basic.go:23:92: reflect.Value.Index(.autotmp_8, 0) escapes to heap
reflect_basic.go:24:13: ... argument does not escape
reflect_basic.go:24:31: reflect.DeepEqual(p, P{...}) escapes to heap
reflect_basic.go:24:31: p escapes to heap
reflect_basic.go:24:36: P{...} escapes to heap
reflect_basic.go:24:57: []string{...} escapes to heap
reflect_basic.go:24:83: reflect.DeepEqual(p, P{...}) escapes to heap
reflect_basic.go:24:83: p escapes to heap
reflect_basic.go:24:88: P{...} escapes to heap
reflect_basic.go:25:21: map[string]int{...} escapes to heap
reflect_basic.go:27:13: ... argument does not escape
reflect_basic.go:27:20: reflect.Value.Len(mv) escapes to heap
reflect_basic.go:27:35: reflect.Value.MapIndex(mv, reflect.ValueOf("b")) escapes to heap
reflect_basic.go:27:52: "b" escapes to heap
reflect_basic.go:27:100: reflect.Value.IsValid(.autotmp_11) escapes to heap
reflect_basic.go:27:87: "z" escapes to heap
reflect_basic.go:28:33: "c" escapes to heap
reflect_basic.go:28:55: 3 escapes to heap
reflect_basic.go:29:13: ... argument does not escape
reflect_basic.go:29:20: len(reflect.Value.MapKeys(mv)) escapes to heap
reflect_basic.go:30:13: ... argument does not escape
reflect_basic.go:30:31: reflect.DeepEqual(map[int][]int{...}, map[int][]int{...}) escapes to heap
reflect_basic.go:30:45: map[int][]int{...} escapes to heap
reflect_basic.go:30:49: []int{...} escapes to heap
reflect_basic.go:30:68: map[int][]int{...} escapes to heap
reflect_basic.go:30:72: []int{...} escapes to heap
reflect_basic.go:30:96: reflect.DeepEqual([]int{}, ([]int)(nil)) escapes to heap
reflect_basic.go:30:102: []int{} escapes to heap
reflect_basic.go:30:102: []int{} escapes to heap
reflect_basic.go:30:111: ([]int)(nil) escapes to heap
reflect_basic.go:32:13: ... argument does not escape
reflect_basic.go:32:32: reflect.TypeOf(e) == nil escapes to heap
reflect_basic.go:32:66: .autotmp_13.Elem() == t escapes to heap
reflect_basic.go:32:98: reflect.Value.Float(.autotmp_14) escapes to heap
reflect_basic.go:32:88: 3.5 escapes to heap
reflect_basic.go:32:127: reflect.Value.Kind(.autotmp_15) escapes to heap
reflect_basic.go:32:118: "s" escapes to heap
reflect_basic.go:33:28: []any{...} escapes to heap
reflect_basic.go:33:28: []any{...} escapes to heap
reflect_basic.go:33:29: 1 escapes to heap
reflect_basic.go:33:32: "a" escapes to heap
reflect_basic.go:34:13: ... argument does not escape
reflect_basic.go:34:35: reflect.Value.Int(.autotmp_18) escapes to heap
reflect_basic.go:34:63: reflect.Value.String(.autotmp_20) escapes to heap
reflect_basic.go:34:83: reflect.Value.IsNil(.autotmp_21) escapes to heap
reflect_basic.go:35:13: ... argument does not escape
reflect_basic.go:35:32: reflect.Kind.String(reflect.Int) escapes to heap
reflect_basic.go:35:43: reflect.Ptr escapes to heap
reflect_basic.go:35:78: .autotmp_23.Kind() escapes to heap
reflect_basic.go:35:67: new(int) escapes to heap
reflect_basic.go:35:97: p escapes to heap
reflect_basic.go:36:34: 0 escapes to heap
reflect_basic.go:38:13: ... argument does not escape
reflect_basic.go:38:14: *reflect.Value.Interface(n).(*int) escapes to heap
reflect_basic.go:38:60: reflect.Value.Field(.autotmp_28, 0) escapes to heap

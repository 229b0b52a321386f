ssa_fields.go:21:7: v does not escape
ssa_fields.go:21:20: o does not escape
ssa_fields.go:36:9: (*Box).extend ignoring self-assignment in b.hits = b.hits[:len(b.hits) + 1]
ssa_fields.go:27:7: b does not escape
ssa_fields.go:27:22: p does not escape
ssa_fields.go:40:7: b does not escape
ssa_fields.go:42:11: p does not escape
ssa_fields.go:42:14: q does not escape
ssa_fields.go:44:11: p does not escape
ssa_fields.go:49:11: n does not escape
ssa_fields.go:54:12: b does not escape
ssa_fields.go:54:20: n does not escape
ssa_fields.go:59:7: &Vec3{...} does not escape
ssa_fields.go:60:7: &Vec3{...} does not escape
ssa_fields.go:63:13: ... argument does not escape
ssa_fields.go:63:14: *v escapes to heap
ssa_fields.go:64:7: &Box{...} does not escape
ssa_fields.go:64:46: make([]int, 0, 4) escapes to heap
ssa_fields.go:67:13: ... argument does not escape
ssa_fields.go:67:15: b.tag escapes to heap
ssa_fields.go:67:22: b.min escapes to heap
ssa_fields.go:67:29: b.max escapes to heap
ssa_fields.go:67:36: b.hits escapes to heap
ssa_fields.go:67:50: (*Box).width(b) escapes to heap
ssa_fields.go:67:55: b.name escapes to heap
ssa_fields.go:70:13: ... argument does not escape
ssa_fields.go:70:13: x escapes to heap
ssa_fields.go:70:13: y escapes to heap
ssa_fields.go:72:13: ... argument does not escape
ssa_fields.go:72:18: bump(&k) escapes to heap
ssa_fields.go:72:18: k escapes to heap
ssa_fields.go:74:8: func literal does not escape
ssa_fields.go:75:14: ... argument does not escape
ssa_fields.go:75:15: "recovered:" escapes to heap
ssa_fields.go:75:36: n escapes to heap

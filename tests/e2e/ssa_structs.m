ssa_structs.go:33:7: v does not escape
ssa_structs.go:50:7: b does not escape
ssa_structs.go:64:13: ps does not escape
ssa_structs.go:100:12: leaking param: n
ssa_structs.go:103:37: ... argument does not escape
ssa_structs.go:103:37: n escapes to heap
ssa_structs.go:103:37: i escapes to heap
ssa_structs.go:113:7: &Vec3{...} does not escape
ssa_structs.go:114:10: new(Vec3) does not escape
ssa_structs.go:118:7: &Vec3{...} escapes to heap
ssa_structs.go:120:9: &Box{...} does not escape
ssa_structs.go:126:11: small ignoring self-assignment in s.a, s.b = s.b, s.a
ssa_structs.go:126:11: small ignoring self-assignment in s.a, s.b = s.b, s.a
ssa_structs.go:131:12: p does not escape
ssa_structs.go:141:13: ... argument does not escape
ssa_structs.go:141:13: v escapes to heap
ssa_structs.go:141:13: w escapes to heap
ssa_structs.go:141:25: Vec3.dot(v, w) escapes to heap
ssa_structs.go:141:38: Vec3.scaled(v, 3) escapes to heap
ssa_structs.go:141:38: v escapes to heap
ssa_structs.go:143:13: ... argument does not escape
ssa_structs.go:143:13: v escapes to heap
ssa_structs.go:144:23: []Vec3{...} does not escape
ssa_structs.go:145:13: ... argument does not escape
ssa_structs.go:145:13: b escapes to heap
ssa_structs.go:145:13: n escapes to heap
ssa_structs.go:145:28: Box.volume(b) escapes to heap
ssa_structs.go:146:13: ... argument does not escape
ssa_structs.go:146:19: order() escapes to heap
ssa_structs.go:146:19: calls escapes to heap
ssa_structs.go:148:13: ... argument does not escape
ssa_structs.go:148:15: t.name escapes to heap
ssa_structs.go:148:23: t.tags escapes to heap
ssa_structs.go:148:31: t.w escapes to heap
ssa_structs.go:148:42: t.next == nil escapes to heap
ssa_structs.go:148:53: len(t.tags) escapes to heap
ssa_structs.go:148:75: cap(t.tags) >= 3 escapes to heap
ssa_structs.go:153:13: ... argument does not escape
ssa_structs.go:153:13: sum escapes to heap
ssa_structs.go:153:19: *keep escapes to heap
ssa_structs.go:154:13: ... argument does not escape
ssa_structs.go:154:19: small(Small{...}) escapes to heap
ssa_structs.go:155:13: ... argument does not escape
ssa_structs.go:155:19: deref(&Box{}) escapes to heap
ssa_structs.go:155:20: &Box{} does not escape
ssa_structs.go:157:8: func literal does not escape
ssa_structs.go:158:14: ... argument does not escape
ssa_structs.go:158:15: "recovered:" escapes to heap
ssa_structs.go:159:14: ... argument does not escape
ssa_structs.go:159:20: deref(p) escapes to heap
ssa_structs.go:161:13: ... argument does not escape
ssa_structs.go:161:19: deref(p) escapes to heap

boxpos1.go:10:11: leaking param: i
boxpos1.go:11:19: leaking param: i
boxpos1.go:13:20: p does not escape
boxpos1.go:13:26: s does not escape
boxpos1.go:14:6: x escapes to heap
boxpos1.go:15:8: t.a escapes to heap
boxpos1.go:16:8: p.a escapes to heap
boxpos1.go:17:8: s[0] escapes to heap
boxpos1.go:18:9: x + 1 escapes to heap
boxpos1.go:19:7: -x escapes to heap
boxpos1.go:20:8: x escapes to heap
boxpos1.go:21:2: x escapes to heap
boxpos1.go:22:2: t.a escapes to heap
boxpos1.go:23:2: x escapes to heap
boxpos1.go:24:22: x does not escape
boxpos1.go:25:22: t.b does not escape
boxpos1.go:26:5: x does not escape
boxpos1.go:26:5: t.a does not escape
boxpos1.go:28:13: ... argument does not escape
boxpos1.go:28:13: x escapes to heap
boxpos1.go:28:18: t.a escapes to heap
boxpos1.go:28:25: "s" + "t" escapes to heap
boxpos1.go:28:32: T{...} escapes to heap
boxpos1.go:28:46: [2]int{...} escapes to heap
boxpos1.go:29:26: map[int]interface {}{...} does not escape
boxpos1.go:29:28: x escapes to heap
boxpos1.go:30:2: x escapes to heap
boxpos1.go:32:8: x escapes to heap
boxpos1.go:34:2: x does not escape
boxpos1.go:35:2: t does not escape
boxpos1.go:36:21: []interface {}{...} does not escape
boxpos1.go:36:22: x does not escape
boxpos1.go:36:26: t.a does not escape
boxpos1.go:38:32: x does not escape
boxpos1.go:40:2: x does not escape
boxpos1.go:41:8: &struct { v interface {} }{...} does not escape
boxpos1.go:41:34: x does not escape
boxpos1.go:42:2: t escapes to heap
boxpos1.go:43:18: (interface {})(x) does not escape
boxpos1.go:45:8: x escapes to heap
boxpos1.go:49:9: x escapes to heap
boxpos1.go:52:12: x escapes to heap
boxpos1.go:52:14: x + 1 escapes to heap
boxpos1.go:54:9: s does not escape
boxpos1.go:54:19: b does not escape
boxpos1.go:55:2: s + "a" + s escapes to heap
boxpos1.go:55:17: s + "a" + s escapes to heap
boxpos1.go:56:2: string(b) + s escapes to heap
boxpos1.go:56:19: string(b) + s escapes to heap
boxpos1.go:56:15: string(b) does not escape
boxpos1.go:57:13: s + s + s does not escape
boxpos1.go:58:9: s + s + s does not escape

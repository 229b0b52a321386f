boxpos3.go:10:36: t.a escapes to heap
boxpos3.go:11:58: t.a escapes to heap
boxpos3.go:11:58: x escapes to heap
boxpos3.go:12:60: x escapes to heap
boxpos3.go:12:61: t.a escapes to heap
boxpos3.go:13:58: x escapes to heap
boxpos3.go:13:58: y escapes to heap
boxpos3.go:14:19: leaking param: i
boxpos3.go:16:20: p does not escape
boxpos3.go:17:22: x + 1 does not escape
boxpos3.go:18:23: -x does not escape
boxpos3.go:19:22: p.a does not escape
boxpos3.go:20:30: t.a does not escape
boxpos3.go:20:30: x does not escape
boxpos3.go:21:28: x does not escape
boxpos3.go:21:28: t.a does not escape
boxpos3.go:22:8: x escapes to heap
boxpos3.go:23:9: x escapes to heap
boxpos3.go:24:8: x escapes to heap
boxpos3.go:26:2: c escapes to heap
boxpos3.go:27:2: 7 escapes to heap
boxpos3.go:28:2: (*p).a escapes to heap
boxpos3.go:29:25: []int{...} does not escape
boxpos3.go:30:3: v escapes to heap
boxpos3.go:34:3: q escapes to heap

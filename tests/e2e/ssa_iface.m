ssa_iface.go:21:7: q does not escape
ssa_iface.go:22:7: q does not escape
ssa_iface.go:27:47: ... argument does not escape
ssa_iface.go:27:48: "num " escapes to heap
ssa_iface.go:27:59: int(n) escapes to heap
ssa_iface.go:34:12: leaking param content: xs
ssa_iface.go:42:15: leaking param: s
ssa_iface.go:49:18: leaking param: sq to result ~r0 level=0
ssa_iface.go:54:13: Num(i * 7) escapes to heap
ssa_iface.go:56:13: Big(1.75) escapes to heap
ssa_iface.go:68:11: a does not escape
ssa_iface.go:68:14: b does not escape
ssa_iface.go:70:16: a does not escape
ssa_iface.go:70:25: b does not escape
ssa_iface.go:72:14: leaking param: s to result ~r0 level=0
ssa_iface.go:74:12: leaking param: n to result ~r0 level=0
ssa_iface.go:101:11: leaking param: s
ssa_iface.go:102:13: ... argument does not escape
ssa_iface.go:102:14: "calling" escapes to heap
ssa_iface.go:77:8: &Sq{...} escapes to heap
ssa_iface.go:78:12: make([]Shape, 0, 4) does not escape
ssa_iface.go:82:13: ... argument does not escape
ssa_iface.go:82:19: total(xs[1:]) escapes to heap
ssa_iface.go:84:14: ... argument does not escape
ssa_iface.go:84:14: i escapes to heap
ssa_iface.go:84:26: describe(s) escapes to heap
ssa_iface.go:84:33: s != nil escapes to heap
ssa_iface.go:84:43: s == nil escapes to heap
ssa_iface.go:87:13: ... argument does not escape
ssa_iface.go:87:28: check(2) == nil escapes to heap
ssa_iface.go:87:40: err != nil escapes to heap
ssa_iface.go:88:6: 5 does not escape
ssa_iface.go:89:13: ... argument does not escape
ssa_iface.go:89:18: same(a, 5) escapes to heap
ssa_iface.go:89:22: 5 does not escape
ssa_iface.go:89:30: same(a, "x") escapes to heap
ssa_iface.go:89:34: "x" does not escape
ssa_iface.go:89:44: same(nil, nil) escapes to heap
ssa_iface.go:89:60: same(a, int64(5)) escapes to heap
ssa_iface.go:89:69: int64(5) does not escape
ssa_iface.go:90:13: ... argument does not escape
ssa_iface.go:90:23: sameShape(xs[3], sq) escapes to heap
ssa_iface.go:90:45: sameShape(xs[1], asNamed(xs[1])) escapes to heap
ssa_iface.go:90:79: sameShape(nil, nil) escapes to heap
ssa_iface.go:90:100: sameShape(xs[2], nil) escapes to heap
ssa_iface.go:91:13: ... argument does not escape
ssa_iface.go:91:48: widen(nil) == nil escapes to heap
ssa_iface.go:91:69: asNamed(nil) == nil escapes to heap
ssa_iface.go:94:13: ... argument does not escape
ssa_iface.go:94:24: e.Error() escapes to heap
ssa_iface.go:95:12: ... argument does not escape
ssa_iface.go:95:51: xs[1].Area() escapes to heap
ssa_iface.go:96:13: ... argument does not escape
ssa_iface.go:96:18: name(xs[0]) escapes to heap

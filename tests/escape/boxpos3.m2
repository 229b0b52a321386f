boxpos3.go:10:36: t.a escapes to heap:
boxpos3.go:10:36:   flow: ~r0 = &{storage for t.a}:
boxpos3.go:10:36:     from t.a (spill) at boxpos3.go:10:36
boxpos3.go:10:36:     from return t.a (return) at boxpos3.go:10:28
boxpos3.go:10:36: t.a escapes to heap
boxpos3.go:11:58: x escapes to heap:
boxpos3.go:11:58:   flow: ~r1 = &{storage for x}:
boxpos3.go:11:58:     from x (spill) at boxpos3.go:11:58
boxpos3.go:11:58:     from return t.a, x (return) at boxpos3.go:11:50
boxpos3.go:11:58: t.a escapes to heap:
boxpos3.go:11:58:   flow: ~r0 = &{storage for t.a}:
boxpos3.go:11:58:     from t.a (spill) at boxpos3.go:11:58
boxpos3.go:11:58:     from return t.a, x (return) at boxpos3.go:11:50
boxpos3.go:11:58: t.a escapes to heap
boxpos3.go:11:58: x escapes to heap
boxpos3.go:12:61: t.a escapes to heap:
boxpos3.go:12:61:   flow: ~r1 = &{storage for t.a}:
boxpos3.go:12:61:     from t.a (spill) at boxpos3.go:12:61
boxpos3.go:12:61:     from return x, t.a (return) at boxpos3.go:12:50
boxpos3.go:12:60: x escapes to heap:
boxpos3.go:12:60:   flow: ~r0 = &{storage for x}:
boxpos3.go:12:60:     from x (spill) at boxpos3.go:12:60
boxpos3.go:12:60:     from return x, t.a (return) at boxpos3.go:12:50
boxpos3.go:12:60: x escapes to heap
boxpos3.go:12:61: t.a escapes to heap
boxpos3.go:13:58: y escapes to heap:
boxpos3.go:13:58:   flow: ~r1 = &{storage for y}:
boxpos3.go:13:58:     from y (spill) at boxpos3.go:13:58
boxpos3.go:13:58:     from return x, y (return) at boxpos3.go:13:48
boxpos3.go:13:58: x escapes to heap:
boxpos3.go:13:58:   flow: ~r0 = &{storage for x}:
boxpos3.go:13:58:     from x (spill) at boxpos3.go:13:58
boxpos3.go:13:58:     from return x, y (return) at boxpos3.go:13:48
boxpos3.go:13:58: x escapes to heap
boxpos3.go:13:58: y escapes to heap
boxpos3.go:14:19: parameter i leaks to {heap} with derefs=0:
boxpos3.go:14:19:   flow: {heap} = i:
boxpos3.go:14:19:     from sink = i (assign) at boxpos3.go:14:41
boxpos3.go:14:19: leaking param: i
boxpos3.go:22:8: x escapes to heap:
boxpos3.go:22:8:   flow: {heap} = &{storage for x}:
boxpos3.go:22:8:     from x (spill) at boxpos3.go:22:8
boxpos3.go:22:8:     from take2(c, x) (call parameter) at boxpos3.go:22:7
boxpos3.go:23:9: x escapes to heap:
boxpos3.go:23:9:   flow: {heap} = &{storage for x}:
boxpos3.go:23:9:     from x (spill) at boxpos3.go:23:9
boxpos3.go:23:9:     from take2(p.a, x) (call parameter) at boxpos3.go:23:7
boxpos3.go:24:8: x escapes to heap:
boxpos3.go:24:8:   flow: {heap} = &{storage for x}:
boxpos3.go:24:8:     from x (spill) at boxpos3.go:24:8
boxpos3.go:24:8:     from take2(*(&x), x) (call parameter) at boxpos3.go:24:7
boxpos3.go:26:2: c escapes to heap:
boxpos3.go:26:2:   flow: {heap} = &{storage for c}:
boxpos3.go:26:2:     from c (spill) at boxpos3.go:26:2
boxpos3.go:26:2:     from sink = c (assign) at boxpos3.go:26:7
boxpos3.go:27:2: 7 escapes to heap:
boxpos3.go:27:2:   flow: {heap} = &{storage for 7}:
boxpos3.go:27:2:     from 7 (spill) at boxpos3.go:27:2
boxpos3.go:27:2:     from sink = 7 (assign) at boxpos3.go:27:7
boxpos3.go:28:2: (*p).a escapes to heap:
boxpos3.go:28:2:   flow: {heap} = &{storage for (*p).a}:
boxpos3.go:28:2:     from (*p).a (spill) at boxpos3.go:28:2
boxpos3.go:28:2:     from sink = (*p).a (assign) at boxpos3.go:28:7
boxpos3.go:30:3: v escapes to heap:
boxpos3.go:30:3:   flow: {heap} = &{storage for v}:
boxpos3.go:30:3:     from v (spill) at boxpos3.go:30:3
boxpos3.go:30:3:     from sink = v (assign) at boxpos3.go:30:8
boxpos3.go:34:3: q escapes to heap:
boxpos3.go:34:3:   flow: {heap} = &{storage for q}:
boxpos3.go:34:3:     from q (spill) at boxpos3.go:34:3
boxpos3.go:34:3:     from sink = q (assign) at boxpos3.go:34:8
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

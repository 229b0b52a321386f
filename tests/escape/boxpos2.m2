boxpos2.go:6:19: parameter i leaks to {heap} with derefs=0:
boxpos2.go:6:19:   flow: {heap} = i:
boxpos2.go:6:19:     from sink = i (assign) at boxpos2.go:6:57
boxpos2.go:6:19: leaking param: i
boxpos2.go:7:34: parameter j leaks to {heap} with derefs=0:
boxpos2.go:7:34:   flow: {heap} = j:
boxpos2.go:7:34:     from sink = j (assign) at boxpos2.go:7:67
boxpos2.go:7:19: parameter i leaks to {heap} with derefs=0:
boxpos2.go:7:19:   flow: {heap} = i:
boxpos2.go:7:19:     from sink = i (assign) at boxpos2.go:7:57
boxpos2.go:7:19: leaking param: i
boxpos2.go:7:34: leaking param: j
boxpos2.go:8:12: parameter i leaks to {heap} with derefs=0:
boxpos2.go:8:12:   flow: {heap} = i:
boxpos2.go:8:12:     from sink = i (assign) at boxpos2.go:8:57
boxpos2.go:8:12: leaking param: i
boxpos2.go:11:8: x escapes to heap:
boxpos2.go:11:8:   flow: {heap} = &{storage for x}:
boxpos2.go:11:8:     from x (spill) at boxpos2.go:11:8
boxpos2.go:11:8:     from take2(1, x) (call parameter) at boxpos2.go:11:7
boxpos2.go:12:8: x escapes to heap:
boxpos2.go:12:8:   flow: {heap} = &{storage for x}:
boxpos2.go:12:8:     from x (spill) at boxpos2.go:12:8
boxpos2.go:12:8:     from take2(10000, x) (call parameter) at boxpos2.go:12:7
boxpos2.go:13:7: x escapes to heap:
boxpos2.go:13:7:   flow: {heap} = &{storage for x}:
boxpos2.go:13:7:     from x (spill) at boxpos2.go:13:7
boxpos2.go:13:7:     from take2(y, x) (call parameter) at boxpos2.go:13:7
boxpos2.go:14:7: x escapes to heap:
boxpos2.go:14:7:   flow: {heap} = &{storage for x}:
boxpos2.go:14:7:     from x (spill) at boxpos2.go:14:7
boxpos2.go:14:7:     from take2(y, x) (call parameter) at boxpos2.go:14:7
boxpos2.go:15:9: x escapes to heap:
boxpos2.go:15:9:   flow: {heap} = &{storage for x}:
boxpos2.go:15:9:     from x (spill) at boxpos2.go:15:9
boxpos2.go:15:9:     from take2(y + 1, x) (call parameter) at boxpos2.go:15:7
boxpos2.go:16:7: x escapes to heap:
boxpos2.go:16:7:   flow: {heap} = &{storage for x}:
boxpos2.go:16:7:     from x (spill) at boxpos2.go:16:7
boxpos2.go:16:7:     from take3(y, x, x) (call parameter) at boxpos2.go:16:7
boxpos2.go:16:7: x escapes to heap:
boxpos2.go:16:7:   flow: {heap} = &{storage for x}:
boxpos2.go:16:7:     from x (spill) at boxpos2.go:16:7
boxpos2.go:16:7:     from take3(y, x, x) (call parameter) at boxpos2.go:16:7
boxpos2.go:17:12: t.a escapes to heap:
boxpos2.go:17:12:   flow: {heap} = &{storage for t.a}:
boxpos2.go:17:12:     from t.a (spill) at boxpos2.go:17:12
boxpos2.go:17:12:     from take3(y, t.a, x) (call parameter) at boxpos2.go:17:7
boxpos2.go:17:12: x escapes to heap:
boxpos2.go:17:12:   flow: {heap} = &{storage for x}:
boxpos2.go:17:12:     from x (spill) at boxpos2.go:17:12
boxpos2.go:17:12:     from take3(y, t.a, x) (call parameter) at boxpos2.go:17:7
boxpos2.go:18:7: x escapes to heap:
boxpos2.go:18:7:   flow: {heap} = &{storage for x}:
boxpos2.go:18:7:     from x (spill) at boxpos2.go:18:7
boxpos2.go:18:7:     from take4(x, y) (call parameter) at boxpos2.go:18:7
boxpos2.go:19:7: x escapes to heap:
boxpos2.go:19:7:   flow: {heap} = &{storage for x}:
boxpos2.go:19:7:     from x (spill) at boxpos2.go:19:7
boxpos2.go:19:7:     from take4(x, 1) (call parameter) at boxpos2.go:19:7
boxpos2.go:20:7: x escapes to heap:
boxpos2.go:20:7:   flow: {heap} = &{storage for x}:
boxpos2.go:20:7:     from x (spill) at boxpos2.go:20:7
boxpos2.go:20:7:     from take4(x, 1) (call parameter) at boxpos2.go:20:7
boxpos2.go:11:8: x escapes to heap
boxpos2.go:12:8: x escapes to heap
boxpos2.go:13:7: x escapes to heap
boxpos2.go:14:7: x escapes to heap
boxpos2.go:15:9: x escapes to heap
boxpos2.go:16:7: x escapes to heap
boxpos2.go:16:7: x escapes to heap
boxpos2.go:17:12: t.a escapes to heap
boxpos2.go:17:12: x escapes to heap
boxpos2.go:18:7: x escapes to heap
boxpos2.go:19:7: x escapes to heap
boxpos2.go:20:7: x escapes to heap
boxpos2.go:22:28: x does not escape
boxpos2.go:22:28: y does not escape
boxpos2.go:23:5: x does not escape
boxpos2.go:23:5: y does not escape
boxpos2.go:24:2: x does not escape
boxpos2.go:25:2: t.a does not escape
boxpos2.go:28:2: x does not escape
boxpos2.go:29:2: t does not escape

boxpos1.go:10:11: parameter i leaks to {heap} with derefs=0:
boxpos1.go:10:11:   flow: {heap} = i:
boxpos1.go:10:11:     from sink = i (assign) at boxpos1.go:10:40
boxpos1.go:10:11: leaking param: i
boxpos1.go:11:19: parameter i leaks to {heap} with derefs=0:
boxpos1.go:11:19:   flow: {heap} = i:
boxpos1.go:11:19:     from sink = i (assign) at boxpos1.go:11:41
boxpos1.go:11:19: leaking param: i
boxpos1.go:14:6: x escapes to heap:
boxpos1.go:14:6:   flow: {heap} = &{storage for x}:
boxpos1.go:14:6:     from x (spill) at boxpos1.go:14:6
boxpos1.go:14:6:     from take(x) (call parameter) at boxpos1.go:14:6
boxpos1.go:15:8: t.a escapes to heap:
boxpos1.go:15:8:   flow: {heap} = &{storage for t.a}:
boxpos1.go:15:8:     from t.a (spill) at boxpos1.go:15:8
boxpos1.go:15:8:     from take(t.a) (call parameter) at boxpos1.go:15:6
boxpos1.go:16:8: p.a escapes to heap:
boxpos1.go:16:8:   flow: {heap} = &{storage for p.a}:
boxpos1.go:16:8:     from p.a (spill) at boxpos1.go:16:8
boxpos1.go:16:8:     from take(p.a) (call parameter) at boxpos1.go:16:6
boxpos1.go:17:8: s[0] escapes to heap:
boxpos1.go:17:8:   flow: {heap} = &{storage for s[0]}:
boxpos1.go:17:8:     from s[0] (spill) at boxpos1.go:17:8
boxpos1.go:17:8:     from take(s[0]) (call parameter) at boxpos1.go:17:6
boxpos1.go:18:9: x + 1 escapes to heap:
boxpos1.go:18:9:   flow: {heap} = &{storage for x + 1}:
boxpos1.go:18:9:     from x + 1 (spill) at boxpos1.go:18:9
boxpos1.go:18:9:     from take(x + 1) (call parameter) at boxpos1.go:18:6
boxpos1.go:19:7: -x escapes to heap:
boxpos1.go:19:7:   flow: {heap} = &{storage for -x}:
boxpos1.go:19:7:     from -x (spill) at boxpos1.go:19:7
boxpos1.go:19:7:     from take(-x) (call parameter) at boxpos1.go:19:6
boxpos1.go:20:8: x escapes to heap:
boxpos1.go:20:8:   flow: {heap} = &{storage for x}:
boxpos1.go:20:8:     from x (spill) at boxpos1.go:20:8
boxpos1.go:20:8:     from take2(1, x) (call parameter) at boxpos1.go:20:7
boxpos1.go:21:2: x escapes to heap:
boxpos1.go:21:2:   flow: {heap} = &{storage for x}:
boxpos1.go:21:2:     from x (spill) at boxpos1.go:21:2
boxpos1.go:21:2:     from sink = x (assign) at boxpos1.go:21:7
boxpos1.go:22:2: t.a escapes to heap:
boxpos1.go:22:2:   flow: {heap} = &{storage for t.a}:
boxpos1.go:22:2:     from t.a (spill) at boxpos1.go:22:2
boxpos1.go:22:2:     from sink = t.a (assign) at boxpos1.go:22:7
boxpos1.go:23:2: x escapes to heap:
boxpos1.go:23:2:   flow: {heap} = &{storage for x}:
boxpos1.go:23:2:     from x (spill) at boxpos1.go:23:2
boxpos1.go:23:2:     from sink = x (assign) at boxpos1.go:23:7
boxpos1.go:29:28: x escapes to heap:
boxpos1.go:29:28:   flow: {heap} = &{storage for x}:
boxpos1.go:29:28:     from x (spill) at boxpos1.go:29:28
boxpos1.go:29:28:     from map[int]interface {}{...} (map literal value) at boxpos1.go:29:26
boxpos1.go:30:2: x escapes to heap:
boxpos1.go:30:2:   flow: {heap} = &{storage for x}:
boxpos1.go:30:2:     from x (spill) at boxpos1.go:30:2
boxpos1.go:30:2:     from m[2] = x (assign) at boxpos1.go:30:7
boxpos1.go:32:8: x escapes to heap:
boxpos1.go:32:8:   flow: {heap} = &{storage for x}:
boxpos1.go:32:8:     from x (spill) at boxpos1.go:32:8
boxpos1.go:32:8:     from ch <- x (send) at boxpos1.go:32:5
boxpos1.go:42:2: t escapes to heap:
boxpos1.go:42:2:   flow: {heap} = &{storage for t}:
boxpos1.go:42:2:     from t (spill) at boxpos1.go:42:2
boxpos1.go:42:2:     from ps.v = t (assign) at boxpos1.go:42:7
boxpos1.go:45:8: x escapes to heap:
boxpos1.go:45:8:   flow: {heap} = &{storage for x}:
boxpos1.go:45:8:     from x (spill) at boxpos1.go:45:8
boxpos1.go:45:8:     from panic(x) (call parameter) at boxpos1.go:45:7
boxpos1.go:28:46: [2]int{...} escapes to heap:
boxpos1.go:28:46:   flow: {storage for ... argument} = &{storage for [2]int{...}}:
boxpos1.go:28:46:     from [2]int{...} (spill) at boxpos1.go:28:46
boxpos1.go:28:46:     from ... argument (slice-literal-element) at boxpos1.go:28:13
boxpos1.go:28:46:   flow: {heap} = {storage for ... argument}:
boxpos1.go:28:46:     from ... argument (spill) at boxpos1.go:28:13
boxpos1.go:28:46:     from fmt.Println(... argument...) (call parameter) at boxpos1.go:28:13
boxpos1.go:28:32: T{...} escapes to heap:
boxpos1.go:28:32:   flow: {storage for ... argument} = &{storage for T{...}}:
boxpos1.go:28:32:     from T{...} (spill) at boxpos1.go:28:32
boxpos1.go:28:32:     from ... argument (slice-literal-element) at boxpos1.go:28:13
boxpos1.go:28:32:   flow: {heap} = {storage for ... argument}:
boxpos1.go:28:32:     from ... argument (spill) at boxpos1.go:28:13
boxpos1.go:28:32:     from fmt.Println(... argument...) (call parameter) at boxpos1.go:28:13
boxpos1.go:28:25: "s" + "t" escapes to heap:
boxpos1.go:28:25:   flow: {storage for ... argument} = &{storage for "s" + "t"}:
boxpos1.go:28:25:     from "s" + "t" (spill) at boxpos1.go:28:25
boxpos1.go:28:25:     from ... argument (slice-literal-element) at boxpos1.go:28:13
boxpos1.go:28:25:   flow: {heap} = {storage for ... argument}:
boxpos1.go:28:25:     from ... argument (spill) at boxpos1.go:28:13
boxpos1.go:28:25:     from fmt.Println(... argument...) (call parameter) at boxpos1.go:28:13
boxpos1.go:28:18: t.a escapes to heap:
boxpos1.go:28:18:   flow: {storage for ... argument} = &{storage for t.a}:
boxpos1.go:28:18:     from t.a (spill) at boxpos1.go:28:18
boxpos1.go:28:18:     from ... argument (slice-literal-element) at boxpos1.go:28:13
boxpos1.go:28:18:   flow: {heap} = {storage for ... argument}:
boxpos1.go:28:18:     from ... argument (spill) at boxpos1.go:28:13
boxpos1.go:28:18:     from fmt.Println(... argument...) (call parameter) at boxpos1.go:28:13
boxpos1.go:28:13: x escapes to heap:
boxpos1.go:28:13:   flow: {storage for ... argument} = &{storage for x}:
boxpos1.go:28:13:     from x (spill) at boxpos1.go:28:13
boxpos1.go:28:13:     from ... argument (slice-literal-element) at boxpos1.go:28:13
boxpos1.go:28:13:   flow: {heap} = {storage for ... argument}:
boxpos1.go:28:13:     from ... argument (spill) at boxpos1.go:28:13
boxpos1.go:28:13:     from fmt.Println(... argument...) (call parameter) at boxpos1.go:28:13
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
boxpos1.go:49:9: x escapes to heap:
boxpos1.go:49:9:   flow: ~r0 = &{storage for x}:
boxpos1.go:49:9:     from x (spill) at boxpos1.go:49:9
boxpos1.go:49:9:     from return x (return) at boxpos1.go:49:2
boxpos1.go:49:9: x escapes to heap
boxpos1.go:52:14: x + 1 escapes to heap:
boxpos1.go:52:14:   flow: ~r1 = &{storage for x + 1}:
boxpos1.go:52:14:     from x + 1 (spill) at boxpos1.go:52:14
boxpos1.go:52:14:     from return x, x + 1 (return) at boxpos1.go:52:2
boxpos1.go:52:12: x escapes to heap:
boxpos1.go:52:12:   flow: ~r0 = &{storage for x}:
boxpos1.go:52:12:     from x (spill) at boxpos1.go:52:12
boxpos1.go:52:12:     from return x, x + 1 (return) at boxpos1.go:52:2
boxpos1.go:52:12: x escapes to heap
boxpos1.go:52:14: x + 1 escapes to heap
boxpos1.go:55:2: s + "a" + s escapes to heap:
boxpos1.go:55:2:   flow: {heap} = &{storage for s + "a" + s}:
boxpos1.go:55:2:     from s + "a" + s (spill) at boxpos1.go:55:2
boxpos1.go:55:2:     from sink = s + "a" + s (assign) at boxpos1.go:55:7
boxpos1.go:55:17: s + "a" + s escapes to heap:
boxpos1.go:55:17:   flow: {storage for s + "a" + s} = &{storage for s + "a" + s}:
boxpos1.go:55:17:     from s + "a" + s (spill) at boxpos1.go:55:17
boxpos1.go:55:17:     from s + "a" + s (interface-converted) at boxpos1.go:55:2
boxpos1.go:56:2: string(b) + s escapes to heap:
boxpos1.go:56:2:   flow: {heap} = &{storage for string(b) + s}:
boxpos1.go:56:2:     from string(b) + s (spill) at boxpos1.go:56:2
boxpos1.go:56:2:     from sink = string(b) + s (assign) at boxpos1.go:56:7
boxpos1.go:56:19: string(b) + s escapes to heap:
boxpos1.go:56:19:   flow: {storage for string(b) + s} = &{storage for string(b) + s}:
boxpos1.go:56:19:     from string(b) + s (spill) at boxpos1.go:56:19
boxpos1.go:56:19:     from string(b) + s (interface-converted) at boxpos1.go:56:2
boxpos1.go:54:9: s does not escape
boxpos1.go:54:19: b does not escape
boxpos1.go:55:2: s + "a" + s escapes to heap
boxpos1.go:55:17: s + "a" + s escapes to heap
boxpos1.go:56:2: string(b) + s escapes to heap
boxpos1.go:56:19: string(b) + s escapes to heap
boxpos1.go:56:15: string(b) does not escape
boxpos1.go:57:13: s + s + s does not escape
boxpos1.go:58:9: s + s + s does not escape

stmts.go:9:7: t does not escape
stmts.go:19:16: deferIt capturing by value: .autotmp_1 (addr=false assign=false width=8)
stmts.go:18:2: deferIt capturing by ref: x (addr=true assign=true width=8)
stmts.go:20:8: func literal does not escape
stmts.go:26:3: func literal escapes to heap:
stmts.go:26:3:   flow: {heap} = &{storage for func literal}:
stmts.go:26:3:     from func literal (spill) at stmts.go:26:3
stmts.go:26:17: deferLoop capturing by value: .autotmp_2 (addr=false assign=false width=8)
stmts.go:25:3: y escapes to heap:
stmts.go:25:3:   flow: .autotmp_2 = &y:
stmts.go:25:3:     from &y (address-of) at stmts.go:26:17
stmts.go:25:3:     from .autotmp_2 = &y (assign) at stmts.go:26:17
stmts.go:25:3:   flow: {storage for func literal} = .autotmp_2:
stmts.go:25:3:     from .autotmp_2 (captured by a closure) at stmts.go:26:16
stmts.go:25:3: moved to heap: y
stmts.go:32:2: func literal escapes to heap:
stmts.go:32:2:   flow: {heap} = &{storage for func literal}:
stmts.go:32:2:     from func literal (spill) at stmts.go:32:2
stmts.go:34:5: func literal escapes to heap:
stmts.go:34:5:   flow: {heap} = &{storage for func literal}:
stmts.go:34:5:     from func literal (spill) at stmts.go:34:5
stmts.go:32:13: goIt capturing by value: .autotmp_2 (addr=false assign=false width=8)
stmts.go:33:2: goIt capturing by ref: z (addr=false assign=true width=8)
stmts.go:33:2: z escapes to heap:
stmts.go:33:2:   flow: {storage for func literal} = &z:
stmts.go:33:2:     from z (captured by a closure) at stmts.go:34:14
stmts.go:33:2:     from z (reference) at stmts.go:34:14
stmts.go:31:2: x escapes to heap:
stmts.go:31:2:   flow: .autotmp_2 = &x:
stmts.go:31:2:     from &x (address-of) at stmts.go:32:13
stmts.go:31:2:     from .autotmp_2 = &x (assign) at stmts.go:32:13
stmts.go:31:2:   flow: {storage for func literal} = .autotmp_2:
stmts.go:31:2:     from .autotmp_2 (captured by a closure) at stmts.go:32:12
stmts.go:31:2: moved to heap: x
stmts.go:33:2: moved to heap: z
stmts.go:34:5: func literal escapes to heap
stmts.go:40:3: q escapes to heap:
stmts.go:40:3:   flow: p = &q:
stmts.go:40:3:     from &q (address-of) at stmts.go:41:7
stmts.go:40:3:     from p = &q (assign) at stmts.go:41:5
stmts.go:40:3: moved to heap: q
stmts.go:46:16: parameter i leaks to {heap} with derefs=0:
stmts.go:46:16:   flow: {heap} = i:
stmts.go:46:16:     from i.M() (call parameter) at stmts.go:47:12
stmts.go:46:16: leaking param: i
stmts.go:50:32: parameter p leaks to {heap} with derefs=0:
stmts.go:50:32:   flow: {heap} = p:
stmts.go:50:32:     from f(p) (call parameter) at stmts.go:51:3
stmts.go:50:18: f does not escape
stmts.go:50:32: leaking param: p
stmts.go:54:11: parameter p leaks to ~r0 with derefs=0:
stmts.go:54:11:   flow: ~r0 = p:
stmts.go:54:11:     from return p (return) at stmts.go:56:3
stmts.go:54:11:   flow: ~r0 = ~r0:
stmts.go:54:11:     from return recA(p, n) (return) at stmts.go:62:2
stmts.go:61:11: parameter p leaks to ~r0 with derefs=0:
stmts.go:61:11:   flow: p = p:
stmts.go:61:11:     from recA(p, n) (call parameter) at stmts.go:62:13
stmts.go:61:11:   flow: ~r0 = p:
stmts.go:61:11:     from return p (return) at stmts.go:56:3
stmts.go:61:11:   flow: ~r0 = ~r0:
stmts.go:61:11:     from return recA(p, n) (return) at stmts.go:62:2
stmts.go:54:11: parameter p leaks to ~r0 with derefs=0:
stmts.go:54:11:   flow: ~r0 = p:
stmts.go:54:11:     from return p (return) at stmts.go:56:3
stmts.go:61:11: parameter p leaks to ~r0 with derefs=0:
stmts.go:61:11:   flow: p = p:
stmts.go:61:11:     from recA(p, n) (call parameter) at stmts.go:62:13
stmts.go:61:11:   flow: ~r0 = p:
stmts.go:61:11:     from return p (return) at stmts.go:56:3
stmts.go:54:11: leaking param: p
stmts.go:61:11: leaking param: p
stmts.go:65:16: p does not escape
stmts.go:73:18: parameter p leaks to ~r0 with derefs=0:
stmts.go:73:18:   flow: ~r0 = p:
stmts.go:73:18:     from return (*int)(unsafe.Pointer(uintptr(unsafe.Pointer(p)) + 8)) (return) at stmts.go:74:2
stmts.go:73:18: leaking param: p to result ~r0 level=0
stmts.go:78:8: (*B).selfSlice ignoring self-assignment in b.buf = b.buf[n:]
stmts.go:77:7: b does not escape
stmts.go:81:17: parameter i leaks to ~r0 with derefs=0:
stmts.go:81:17:   flow: v = i:
stmts.go:81:17:     from case *int: return v (switch case) at stmts.go:83:2
stmts.go:81:17:   flow: ~r0 = v:
stmts.go:81:17:     from return v (return) at stmts.go:84:3
stmts.go:81:17: leaking param: i to result ~r0 level=0
stmts.go:89:17: parameter p leaks to ~r1 with derefs=0:
stmts.go:89:17:   flow: ~r1 = p:
stmts.go:89:17:     from return q, p (return) at stmts.go:90:2
stmts.go:89:20: parameter q leaks to ~r0 with derefs=0:
stmts.go:89:20:   flow: ~r0 = q:
stmts.go:89:20:     from return q, p (return) at stmts.go:90:2
stmts.go:89:17: leaking param: p to result ~r1 level=0
stmts.go:89:20: leaking param: q to result ~r0 level=0
stmts.go:93:12: parameter p leaks to r with derefs=0:
stmts.go:93:12:   flow: r = p:
stmts.go:93:12:     from r = p (assign) at stmts.go:94:4
stmts.go:93:12: leaking param: p to result r level=0
stmts.go:98:18: parameter t leaks to ~r0 with derefs=0:
stmts.go:98:18:   flow: ~r0 = t:
stmts.go:98:18:     from t.x (dot of pointer) at stmts.go:99:11
stmts.go:98:18:     from &t.x (address-of) at stmts.go:99:9
stmts.go:98:18:     from return &t.x (return) at stmts.go:99:2
stmts.go:98:18: leaking param: t to result ~r0 level=0
stmts.go:105:2: x escapes to heap:
stmts.go:105:2:   flow: p = &x:
stmts.go:105:2:     from &x (address-of) at stmts.go:106:6
stmts.go:105:2:     from p = &x (assign) at stmts.go:106:4
stmts.go:105:2: moved to heap: x
stmts.go:112:16: parameter s leaks to ~r0 with derefs=1:
stmts.go:112:16:   flow: {temp} = s:
stmts.go:112:16:   flow: v = *{temp}:
stmts.go:112:16:     from for loop (range-deref) at stmts.go:113:14
stmts.go:112:16:   flow: ~r0 = v:
stmts.go:112:16:     from return v (return) at stmts.go:114:3
stmts.go:112:16: leaking param: s to result ~r0 level=1
stmts.go:124:20: &T{} escapes to heap:
stmts.go:124:20:   flow: {heap} = &{storage for &T{}}:
stmts.go:124:20:     from &T{} (spill) at stmts.go:124:20
stmts.go:124:20:     from &T{} (interface-converted) at stmts.go:124:20
stmts.go:124:20:     from callIface(&T{}) (call parameter) at stmts.go:124:19
stmts.go:124:20: &T{} escapes to heap
stmts.go:125:14: func literal does not escape
stmts.go:127:3: &B{} does not escape
stmts.go:130:40: &T{} does not escape
<autogenerated>:1: parameter .this leaks to {heap} with derefs=0:
<autogenerated>:1:   flow: {heap} = .this:
<autogenerated>:1:     from .this.M() (call parameter) at <autogenerated>:1

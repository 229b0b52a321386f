ssa_strings.go:10:11: s does not escape
ssa_strings.go:18:12: s does not escape
ssa_strings.go:19:13: ([]byte)(s) does not escape
ssa_strings.go:26:15: string(b) escapes to heap
ssa_strings.go:32:14: reverse ignoring self-assignment in b[i], b[j] = b[j], b[i]
ssa_strings.go:32:14: reverse ignoring self-assignment in b[i], b[j] = b[j], b[i]
ssa_strings.go:29:14: s does not escape
ssa_strings.go:30:13: ([]byte)(s) does not escape
ssa_strings.go:34:15: string(b) escapes to heap
ssa_strings.go:37:11: s does not escape
ssa_strings.go:38:15: ([]byte)(s) escapes to heap
ssa_strings.go:41:11: a does not escape
ssa_strings.go:41:14: b does not escape
ssa_strings.go:44:19: s + a + "," + b escapes to heap
ssa_strings.go:49:12: a does not escape
ssa_strings.go:49:15: b does not escape
ssa_strings.go:53:11: s does not escape
ssa_strings.go:57:10: leaking param: s to result ~r0 level=0
ssa_strings.go:61:11: leaking param: s to result ~r0 level=0
ssa_strings.go:65:10: leaking param: name
ssa_strings.go:65:23: f does not escape
ssa_strings.go:66:8: func literal does not escape
ssa_strings.go:67:14: ... argument does not escape
ssa_strings.go:67:14: name escapes to heap
ssa_strings.go:73:13: ... argument does not escape
ssa_strings.go:73:18: hash("") escapes to heap
ssa_strings.go:73:28: hash("hello") escapes to heap
ssa_strings.go:73:43: hash("hello, world") escapes to heap
ssa_strings.go:74:13: ... argument does not escape
ssa_strings.go:74:19: upper("Hello, World! abc xyz") escapes to heap
ssa_strings.go:74:53: reverse("stressed") escapes to heap
ssa_strings.go:74:74: reverse("") escapes to heap
ssa_strings.go:74:85: upper("") escapes to heap
ssa_strings.go:76:13: ... argument does not escape
ssa_strings.go:76:17: len(long) escapes to heap
ssa_strings.go:76:36: upper(long)[:20] escapes to heap
ssa_strings.go:76:56: reverse(long)[:15] escapes to heap
ssa_strings.go:79:13: ... argument does not escape
ssa_strings.go:79:20: string(k) escapes to heap
ssa_strings.go:79:20: string(k) escapes to heap
ssa_strings.go:79:28: len(k) escapes to heap
ssa_strings.go:79:40: cap(k) >= len(k) escapes to heap
ssa_strings.go:80:13: ... argument does not escape
ssa_strings.go:80:13: .autotmp_2 escapes to heap
ssa_strings.go:80:13: .autotmp_3 escapes to heap
ssa_strings.go:80:13: .autotmp_4 escapes to heap
ssa_strings.go:80:13: .autotmp_5 escapes to heap
ssa_strings.go:80:13: .autotmp_6 escapes to heap
ssa_strings.go:80:13: .autotmp_7 escapes to heap
ssa_strings.go:81:13: ... argument does not escape
ssa_strings.go:81:13: .autotmp_8 escapes to heap
ssa_strings.go:81:13: .autotmp_9 escapes to heap
ssa_strings.go:81:13: .autotmp_10 escapes to heap
ssa_strings.go:81:13: .autotmp_11 escapes to heap
ssa_strings.go:81:13: .autotmp_12 escapes to heap
ssa_strings.go:81:13: .autotmp_13 escapes to heap
ssa_strings.go:82:13: ... argument does not escape
ssa_strings.go:82:13: .autotmp_14 escapes to heap
ssa_strings.go:82:13: .autotmp_15 escapes to heap
ssa_strings.go:82:13: .autotmp_16 escapes to heap
ssa_strings.go:82:13: .autotmp_17 escapes to heap
ssa_strings.go:82:13: .autotmp_18 escapes to heap
ssa_strings.go:82:13: .autotmp_19 escapes to heap
ssa_strings.go:83:13: ... argument does not escape
ssa_strings.go:83:13: .autotmp_20 escapes to heap
ssa_strings.go:83:13: .autotmp_21 escapes to heap
ssa_strings.go:83:13: .autotmp_22 escapes to heap
ssa_strings.go:83:13: .autotmp_23 escapes to heap
ssa_strings.go:83:13: .autotmp_24 escapes to heap
ssa_strings.go:83:13: .autotmp_25 escapes to heap
ssa_strings.go:84:13: ... argument does not escape
ssa_strings.go:84:18: pick("xyz", 2) escapes to heap
ssa_strings.go:84:33: mid("hello world", 2, 7) escapes to heap
ssa_strings.go:84:73: mid("abc", 3, 3) == "" escapes to heap
ssa_strings.go:84:84: tail("abcdef", 4) escapes to heap
ssa_strings.go:85:15: func literal does not escape
ssa_strings.go:86:18: func literal does not escape
ssa_strings.go:87:14: func literal does not escape
ssa_strings.go:88:13: func literal does not escape
ssa_strings.go:89:18: func literal does not escape
ssa_strings.go:90:13: ... argument does not escape
ssa_strings.go:90:18: pick("abc", 5) escapes to heap

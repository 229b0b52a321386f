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
ssa_strings.go:51:13: leaking param: a to result ~r0 level=0
ssa_strings.go:60:12: a does not escape
ssa_strings.go:60:15: b does not escape
ssa_strings.go:64:11: s does not escape
ssa_strings.go:68:10: leaking param: s to result ~r0 level=0
ssa_strings.go:72:11: leaking param: s to result ~r0 level=0
ssa_strings.go:76:10: leaking param: name
ssa_strings.go:76:23: f does not escape
ssa_strings.go:77:8: func literal does not escape
ssa_strings.go:78:14: ... argument does not escape
ssa_strings.go:78:14: name escapes to heap
ssa_strings.go:84:13: ... argument does not escape
ssa_strings.go:84:18: hash("") escapes to heap
ssa_strings.go:84:28: hash("hello") escapes to heap
ssa_strings.go:84:43: hash("hello, world") escapes to heap
ssa_strings.go:85:13: ... argument does not escape
ssa_strings.go:85:19: upper("Hello, World! abc xyz") escapes to heap
ssa_strings.go:85:53: reverse("stressed") escapes to heap
ssa_strings.go:85:74: reverse("") escapes to heap
ssa_strings.go:85:85: upper("") escapes to heap
ssa_strings.go:87:13: ... argument does not escape
ssa_strings.go:87:17: len(long) escapes to heap
ssa_strings.go:87:36: upper(long)[:20] escapes to heap
ssa_strings.go:87:56: reverse(long)[:15] escapes to heap
ssa_strings.go:90:13: ... argument does not escape
ssa_strings.go:90:20: string(k) escapes to heap
ssa_strings.go:90:20: string(k) escapes to heap
ssa_strings.go:90:28: len(k) escapes to heap
ssa_strings.go:90:40: cap(k) >= len(k) escapes to heap
ssa_strings.go:91:13: ... argument does not escape
ssa_strings.go:91:13: .autotmp_2 escapes to heap
ssa_strings.go:91:13: .autotmp_3 escapes to heap
ssa_strings.go:91:13: .autotmp_4 escapes to heap
ssa_strings.go:91:13: .autotmp_5 escapes to heap
ssa_strings.go:91:13: .autotmp_6 escapes to heap
ssa_strings.go:91:13: .autotmp_7 escapes to heap
ssa_strings.go:92:13: ... argument does not escape
ssa_strings.go:92:13: .autotmp_8 escapes to heap
ssa_strings.go:92:13: .autotmp_9 escapes to heap
ssa_strings.go:92:13: .autotmp_10 escapes to heap
ssa_strings.go:92:13: .autotmp_11 escapes to heap
ssa_strings.go:92:13: .autotmp_12 escapes to heap
ssa_strings.go:92:13: .autotmp_13 escapes to heap
ssa_strings.go:93:13: ... argument does not escape
ssa_strings.go:93:13: .autotmp_14 escapes to heap
ssa_strings.go:93:13: .autotmp_15 escapes to heap
ssa_strings.go:93:13: .autotmp_16 escapes to heap
ssa_strings.go:93:13: .autotmp_17 escapes to heap
ssa_strings.go:93:13: .autotmp_18 escapes to heap
ssa_strings.go:93:13: .autotmp_19 escapes to heap
ssa_strings.go:94:13: ... argument does not escape
ssa_strings.go:94:13: .autotmp_20 escapes to heap
ssa_strings.go:94:13: .autotmp_21 escapes to heap
ssa_strings.go:94:13: .autotmp_22 escapes to heap
ssa_strings.go:94:13: .autotmp_23 escapes to heap
ssa_strings.go:94:13: .autotmp_24 escapes to heap
ssa_strings.go:94:13: .autotmp_25 escapes to heap
ssa_strings.go:95:13: ... argument does not escape
ssa_strings.go:95:18: pick("xyz", 2) escapes to heap
ssa_strings.go:95:33: mid("hello world", 2, 7) escapes to heap
ssa_strings.go:95:73: mid("abc", 3, 3) == "" escapes to heap
ssa_strings.go:95:84: tail("abcdef", 4) escapes to heap
ssa_strings.go:96:15: func literal does not escape
ssa_strings.go:97:18: func literal does not escape
ssa_strings.go:98:14: func literal does not escape
ssa_strings.go:99:13: func literal does not escape
ssa_strings.go:100:18: func literal does not escape
ssa_strings.go:101:13: ... argument does not escape
ssa_strings.go:101:20: repeat("ab", 3) escapes to heap
ssa_strings.go:101:34: len(repeat("xyz", 50)) escapes to heap
ssa_strings.go:101:69: repeat("", 2) == "" escapes to heap
ssa_strings.go:101:69: trail escapes to heap
ssa_strings.go:102:13: ... argument does not escape
ssa_strings.go:102:18: pick("abc", 5) escapes to heap

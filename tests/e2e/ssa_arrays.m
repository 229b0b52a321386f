ssa_arrays.go:29:15: string(buf[i:]) escapes to heap
ssa_arrays.go:62:10: leaking param: name
ssa_arrays.go:62:23: f does not escape
ssa_arrays.go:63:8: func literal does not escape
ssa_arrays.go:64:14: ... argument does not escape
ssa_arrays.go:64:14: name escapes to heap
ssa_arrays.go:70:13: ... argument does not escape
ssa_arrays.go:70:18: itoa(0) escapes to heap
ssa_arrays.go:70:27: itoa(7) escapes to heap
ssa_arrays.go:70:36: itoa(-45) escapes to heap
ssa_arrays.go:70:47: itoa(1234567890) escapes to heap
ssa_arrays.go:70:65: itoa(-9223372036854775807) escapes to heap
ssa_arrays.go:71:13: ... argument does not escape
ssa_arrays.go:71:18: sums(100) escapes to heap
ssa_arrays.go:72:13: ... argument does not escape
ssa_arrays.go:72:20: window(1, 4) escapes to heap
ssa_arrays.go:72:34: window(2, 3) escapes to heap
ssa_arrays.go:72:44: at(1) escapes to heap
ssa_arrays.go:72:51: at(2) escapes to heap
ssa_arrays.go:73:15: func literal does not escape
ssa_arrays.go:74:14: func literal does not escape
ssa_arrays.go:75:13: func literal does not escape

ssa_divzero.go:13:13: ... argument does not escape
ssa_divzero.go:13:19: ratio(10, 3) escapes to heap
ssa_divzero.go:14:13: ... argument does not escape
ssa_divzero.go:14:19: ratio(1, 0) escapes to heap

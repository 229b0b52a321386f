ssa_shiftneg.go:11:13: ... argument does not escape
ssa_shiftneg.go:11:17: shl(3, 4) escapes to heap
ssa_shiftneg.go:12:13: ... argument does not escape
ssa_shiftneg.go:12:17: shl(3, -1) escapes to heap

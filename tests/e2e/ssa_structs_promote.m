ssa_structs_promote.go:21:8: &Vec{...} does not escape
ssa_structs_promote.go:25:11: new(Vec) does not escape
ssa_structs_promote.go:37:7: &Vec{...} does not escape
ssa_structs_promote.go:38:7: &Vec{...} does not escape
ssa_structs_promote.go:49:12: s does not escape
ssa_structs_promote.go:50:7: &Vec{...} does not escape
ssa_structs_promote.go:53:11: s + "!" does not escape
ssa_structs_promote.go:63:13: ... argument does not escape
ssa_structs_promote.go:63:18: loop(10) escapes to heap
ssa_structs_promote.go:63:28: loop(1000) escapes to heap
ssa_structs_promote.go:64:13: ... argument does not escape
ssa_structs_promote.go:64:20: either(false) escapes to heap
ssa_structs_promote.go:64:35: either(true) escapes to heap
ssa_structs_promote.go:65:13: ... argument does not escape
ssa_structs_promote.go:65:13: .autotmp_0 escapes to heap
ssa_structs_promote.go:65:13: .autotmp_1 escapes to heap

ssa_structs_abi.go:47:30: ... argument does not escape
ssa_structs_abi.go:47:35: huge(Huge{...}) escapes to heap
ssa_structs_abi.go:54:10: e does not escape
ssa_structs_abi.go:60:13: ... argument does not escape
ssa_structs_abi.go:60:13: r escapes to heap
ssa_structs_abi.go:60:13: k escapes to heap
ssa_structs_abi.go:60:13: v escapes to heap
ssa_structs_abi.go:61:13: ... argument does not escape
ssa_structs_abi.go:61:16: fl(F{...}, F{...}) escapes to heap
ssa_structs_abi.go:62:13: ... argument does not escape
ssa_structs_abi.go:62:17: big(Big{...}) escapes to heap
ssa_structs_abi.go:65:13: ... argument does not escape
ssa_structs_abi.go:65:17: emb(Emb{...}) escapes to heap

ssa_structs_compare.go:24:10: a does not escape
ssa_structs_compare.go:24:13: b does not escape
ssa_structs_compare.go:44:13: ... argument does not escape
ssa_structs_compare.go:44:13: .autotmp_3 escapes to heap
ssa_structs_compare.go:44:13: .autotmp_4 escapes to heap
ssa_structs_compare.go:44:13: .autotmp_5 escapes to heap
ssa_structs_compare.go:46:13: ... argument does not escape
ssa_structs_compare.go:46:13: .autotmp_6 escapes to heap
ssa_structs_compare.go:46:13: .autotmp_7 escapes to heap
ssa_structs_compare.go:46:13: .autotmp_8 escapes to heap
ssa_structs_compare.go:47:13: ... argument does not escape
ssa_structs_compare.go:47:13: .autotmp_9 escapes to heap
ssa_structs_compare.go:47:13: .autotmp_10 escapes to heap
ssa_structs_compare.go:47:13: .autotmp_11 escapes to heap
ssa_structs_compare.go:48:13: ... argument does not escape
ssa_structs_compare.go:48:13: calls escapes to heap
ssa_structs_compare.go:50:13: ... argument does not escape
ssa_structs_compare.go:50:13: .autotmp_13 escapes to heap
ssa_structs_compare.go:50:13: .autotmp_14 escapes to heap
ssa_structs_compare.go:50:13: .autotmp_15 escapes to heap

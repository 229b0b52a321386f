ssa_float.go:15:12: v does not escape
ssa_float.go:15:25: u does not escape
ssa_float.go:77:11: make([]float64, 5) escapes to heap
ssa_float.go:78:16: []float64{...} does not escape
ssa_float.go:80:13: ... argument does not escape
ssa_float.go:80:13: v escapes to heap
ssa_float.go:81:13: ... argument does not escape
ssa_float.go:81:18: sqrt(2) escapes to heap
ssa_float.go:81:27: sqrt(0.25) escapes to heap
ssa_float.go:81:39: sqrt(1e10) escapes to heap
ssa_float.go:83:13: ... argument does not escape
ssa_float.go:83:13: .autotmp_3 escapes to heap
ssa_float.go:83:13: .autotmp_4 escapes to heap
ssa_float.go:83:13: .autotmp_5 escapes to heap
ssa_float.go:83:13: .autotmp_6 escapes to heap
ssa_float.go:83:13: .autotmp_7 escapes to heap
ssa_float.go:83:13: .autotmp_8 escapes to heap
ssa_float.go:84:13: ... argument does not escape
ssa_float.go:84:13: .autotmp_9 escapes to heap
ssa_float.go:84:13: .autotmp_10 escapes to heap
ssa_float.go:84:13: .autotmp_11 escapes to heap
ssa_float.go:84:13: .autotmp_12 escapes to heap
ssa_float.go:84:13: .autotmp_13 escapes to heap
ssa_float.go:84:13: .autotmp_14 escapes to heap
ssa_float.go:85:13: ... argument does not escape
ssa_float.go:85:13: .autotmp_15 escapes to heap
ssa_float.go:85:13: .autotmp_16 escapes to heap
ssa_float.go:85:13: .autotmp_17 escapes to heap
ssa_float.go:85:13: .autotmp_18 escapes to heap
ssa_float.go:85:13: .autotmp_19 escapes to heap
ssa_float.go:85:13: .autotmp_20 escapes to heap
ssa_float.go:86:13: ... argument does not escape
ssa_float.go:86:20: branch(1, 2) escapes to heap
ssa_float.go:86:34: branch(2, 2) escapes to heap
ssa_float.go:86:48: branch(3, 2) escapes to heap
ssa_float.go:86:62: branch(nan, 1) escapes to heap
ssa_float.go:86:78: branch(1, nan) escapes to heap
ssa_float.go:87:13: ... argument does not escape
ssa_float.go:87:13: .autotmp_21 escapes to heap
ssa_float.go:87:13: .autotmp_22 escapes to heap
ssa_float.go:87:13: .autotmp_23 escapes to heap
ssa_float.go:87:13: .autotmp_24 escapes to heap
ssa_float.go:87:13: .autotmp_25 escapes to heap
ssa_float.go:88:13: ... argument does not escape
ssa_float.go:88:13: .autotmp_26 escapes to heap
ssa_float.go:88:13: .autotmp_27 escapes to heap
ssa_float.go:88:13: .autotmp_28 escapes to heap
ssa_float.go:88:13: .autotmp_29 escapes to heap
ssa_float.go:88:13: .autotmp_30 escapes to heap
ssa_float.go:90:13: ... argument does not escape
ssa_float.go:90:13: .autotmp_32 escapes to heap
ssa_float.go:90:13: .autotmp_33 escapes to heap
ssa_float.go:90:13: .autotmp_34 escapes to heap
ssa_float.go:90:13: .autotmp_35 escapes to heap
ssa_float.go:90:13: .autotmp_36 escapes to heap
ssa_float.go:91:13: ... argument does not escape
ssa_float.go:91:13: .autotmp_37 escapes to heap
ssa_float.go:91:13: .autotmp_38 escapes to heap

ssa_arith.go:137:13: ... argument does not escape
ssa_arith.go:137:13: .autotmp_0 escapes to heap
ssa_arith.go:137:13: .autotmp_1 escapes to heap
ssa_arith.go:137:13: .autotmp_2 escapes to heap
ssa_arith.go:137:13: .autotmp_3 escapes to heap
ssa_arith.go:138:13: ... argument does not escape
ssa_arith.go:138:13: .autotmp_4 escapes to heap
ssa_arith.go:138:13: .autotmp_5 escapes to heap
ssa_arith.go:138:13: .autotmp_6 escapes to heap
ssa_arith.go:138:13: .autotmp_7 escapes to heap
ssa_arith.go:139:13: ... argument does not escape
ssa_arith.go:139:13: .autotmp_8 escapes to heap
ssa_arith.go:139:13: .autotmp_9 escapes to heap
ssa_arith.go:139:13: .autotmp_10 escapes to heap
ssa_arith.go:139:13: .autotmp_11 escapes to heap
ssa_arith.go:140:13: ... argument does not escape
ssa_arith.go:140:13: .autotmp_12 escapes to heap
ssa_arith.go:140:13: .autotmp_13 escapes to heap
ssa_arith.go:141:13: ... argument does not escape
ssa_arith.go:141:13: .autotmp_14 escapes to heap
ssa_arith.go:141:13: .autotmp_15 escapes to heap
ssa_arith.go:142:13: ... argument does not escape
ssa_arith.go:142:13: .autotmp_16 escapes to heap
ssa_arith.go:142:13: .autotmp_17 escapes to heap
ssa_arith.go:143:13: ... argument does not escape
ssa_arith.go:143:13: .autotmp_18 escapes to heap
ssa_arith.go:143:13: .autotmp_19 escapes to heap
ssa_arith.go:144:13: ... argument does not escape
ssa_arith.go:144:13: .autotmp_20 escapes to heap
ssa_arith.go:144:13: .autotmp_21 escapes to heap
ssa_arith.go:144:13: .autotmp_22 escapes to heap
ssa_arith.go:144:13: .autotmp_23 escapes to heap
ssa_arith.go:144:13: .autotmp_24 escapes to heap
ssa_arith.go:144:13: .autotmp_25 escapes to heap
ssa_arith.go:145:13: ... argument does not escape
ssa_arith.go:145:13: .autotmp_26 escapes to heap
ssa_arith.go:145:13: .autotmp_27 escapes to heap
ssa_arith.go:145:13: .autotmp_28 escapes to heap
ssa_arith.go:145:13: .autotmp_29 escapes to heap
ssa_arith.go:145:13: .autotmp_30 escapes to heap
ssa_arith.go:145:13: .autotmp_31 escapes to heap
ssa_arith.go:146:13: ... argument does not escape
ssa_arith.go:146:13: .autotmp_32 escapes to heap
ssa_arith.go:146:13: .autotmp_33 escapes to heap
ssa_arith.go:146:13: .autotmp_34 escapes to heap
ssa_arith.go:146:13: .autotmp_35 escapes to heap
ssa_arith.go:146:13: .autotmp_36 escapes to heap
ssa_arith.go:147:13: ... argument does not escape
ssa_arith.go:147:13: .autotmp_37 escapes to heap
ssa_arith.go:147:13: .autotmp_38 escapes to heap
ssa_arith.go:147:13: .autotmp_39 escapes to heap
ssa_arith.go:147:13: .autotmp_40 escapes to heap
ssa_arith.go:147:13: .autotmp_41 escapes to heap
ssa_arith.go:148:13: ... argument does not escape
ssa_arith.go:148:25: signedShift(12345, 3) escapes to heap
ssa_arith.go:148:48: signedShift(-1, 63) escapes to heap
ssa_arith.go:148:69: signedShift(7, 64) escapes to heap
ssa_arith.go:149:13: ... argument does not escape
ssa_arith.go:149:13: .autotmp_42 escapes to heap
ssa_arith.go:149:13: .autotmp_43 escapes to heap
ssa_arith.go:149:13: .autotmp_44 escapes to heap
ssa_arith.go:149:13: .autotmp_45 escapes to heap
ssa_arith.go:150:13: ... argument does not escape
ssa_arith.go:150:13: .autotmp_46 escapes to heap
ssa_arith.go:150:13: .autotmp_47 escapes to heap
ssa_arith.go:150:13: .autotmp_48 escapes to heap
ssa_arith.go:150:13: .autotmp_49 escapes to heap
ssa_arith.go:151:13: ... argument does not escape
ssa_arith.go:151:19: logic(true, false, false) escapes to heap
ssa_arith.go:151:46: logic(true, false, true) escapes to heap
ssa_arith.go:151:72: logic(false, true, true) escapes to heap
ssa_arith.go:152:13: ... argument does not escape
ssa_arith.go:152:13: .autotmp_50 escapes to heap
ssa_arith.go:152:13: .autotmp_51 escapes to heap
ssa_arith.go:152:13: .autotmp_52 escapes to heap
ssa_arith.go:152:13: .autotmp_53 escapes to heap
ssa_arith.go:152:13: .autotmp_54 escapes to heap
ssa_arith.go:152:13: .autotmp_55 escapes to heap
ssa_arith.go:153:13: ... argument does not escape
ssa_arith.go:153:13: .autotmp_56 escapes to heap
ssa_arith.go:153:13: .autotmp_57 escapes to heap
ssa_arith.go:153:13: .autotmp_58 escapes to heap
ssa_arith.go:153:13: .autotmp_59 escapes to heap
ssa_arith.go:153:13: .autotmp_60 escapes to heap
ssa_arith.go:153:13: .autotmp_61 escapes to heap
ssa_arith.go:154:13: ... argument does not escape
ssa_arith.go:154:21: collatz(27) escapes to heap
ssa_arith.go:154:30: gcd(1071, 462) escapes to heap
ssa_arith.go:154:46: gcd(17, 0) escapes to heap
ssa_arith.go:156:12: ... argument does not escape
ssa_arith.go:156:21: classify(i) escapes to heap
ssa_arith.go:156:26: " " escapes to heap
ssa_arith.go:159:13: ... argument does not escape
ssa_arith.go:159:13: .autotmp_63 escapes to heap
ssa_arith.go:159:13: .autotmp_64 escapes to heap
ssa_arith.go:160:13: ... argument does not escape
ssa_arith.go:160:13: .autotmp_65 escapes to heap
ssa_arith.go:160:13: .autotmp_66 escapes to heap
ssa_arith.go:161:13: ... argument does not escape
ssa_arith.go:161:13: .autotmp_67 escapes to heap
ssa_arith.go:161:13: .autotmp_68 escapes to heap
ssa_arith.go:161:13: .autotmp_69 escapes to heap
ssa_arith.go:162:13: ... argument does not escape
ssa_arith.go:162:18: bits(0xF0F0) escapes to heap
ssa_arith.go:162:32: bits(1 << 63 | 1) escapes to heap
ssa_arith.go:163:13: ... argument does not escape
ssa_arith.go:163:37: celsius.fahrenheit(celsius(100)) escapes to heap
ssa_arith.go:163:64: celsius.fahrenheit(celsius(-40)) escapes to heap

autotmp.go:8:8: n does not escape
autotmp.go:10:13: ... argument does not escape
autotmp.go:10:13: .autotmp_3 escapes to heap
autotmp.go:10:13: .autotmp_4 escapes to heap
autotmp.go:13:8: m does not escape
autotmp.go:15:13: ... argument does not escape
autotmp.go:15:13: .autotmp_3 escapes to heap
autotmp.go:15:13: .autotmp_4 escapes to heap
autotmp.go:18:8: n does not escape
autotmp.go:22:13: ... argument does not escape
autotmp.go:22:13: .autotmp_3 escapes to heap
autotmp.go:22:13: .autotmp_4 escapes to heap
autotmp.go:27:13: ... argument does not escape
autotmp.go:27:13: .autotmp_2 escapes to heap
autotmp.go:27:13: .autotmp_3 escapes to heap
autotmp.go:30:8: n does not escape
autotmp.go:34:13: ... argument does not escape
autotmp.go:34:13: .autotmp_3 escapes to heap
autotmp.go:34:13: .autotmp_4 escapes to heap

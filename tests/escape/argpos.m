argpos.go:6:11: leaking param: i
argpos.go:9:6: x escapes to heap
argpos.go:13:6: x escapes to heap

argpos_iface.go:11:13: ... argument does not escape
argpos_iface.go:11:13: n escapes to heap
argpos_iface.go:11:13: m escapes to heap
argpos_iface.go:13:13: ... argument does not escape
argpos_iface.go:13:13: n escapes to heap
argpos_iface.go:13:23: len("x") escapes to heap
argpos_iface.go:13:23: m escapes to heap

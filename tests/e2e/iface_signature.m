iface_signature.go:21:12: leaking param: v
iface_signature.go:24:12: ... argument does not escape
iface_signature.go:24:13: ok8 escapes to heap
iface_signature.go:24:13: ok64 escapes to heap
iface_signature.go:28:8: &small{} escapes to heap
iface_signature.go:29:12: wide{} escapes to heap
iface_signature.go:30:8: &wide{} escapes to heap
iface_signature.go:33:13: ... argument does not escape
iface_signature.go:33:13: ok escapes to heap
iface_signature.go:34:8: func literal does not escape
iface_signature.go:34:28: ... argument does not escape
iface_signature.go:35:17: &small{} escapes to heap
iface_signature.go:36:13: ... argument does not escape
iface_signature.go:36:30: n.(namer64).Name() escapes to heap

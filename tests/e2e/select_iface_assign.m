select_iface_assign.go:10:7: n does not escape
select_iface_assign.go:10:48: "name:" + string(n) escapes to heap
select_iface_assign.go:38:2: name("y") escapes to heap
select_iface_assign.go:43:13: ... argument does not escape
select_iface_assign.go:19:13: ... argument does not escape
select_iface_assign.go:27:13: ... argument does not escape
select_iface_assign.go:32:13: ... argument does not escape

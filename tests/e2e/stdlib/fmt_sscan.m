fmt_sscan.go:15:6: moved to heap: i
fmt_sscan.go:16:6: moved to heap: s
fmt_sscan.go:17:6: moved to heap: f
fmt_sscan.go:18:6: moved to heap: b
fmt_sscan.go:22:6: moved to heap: i8
fmt_sscan.go:23:6: moved to heap: u
fmt_sscan.go:24:6: moved to heap: u16
fmt_sscan.go:25:6: moved to heap: f32
fmt_sscan.go:26:6: moved to heap: bs
fmt_sscan.go:27:6: moved to heap: c
fmt_sscan.go:63:6: moved to heap: x
fmt_sscan.go:63:9: moved to heap: y
fmt_sscan.go:64:6: moved to heap: name
fmt_sscan.go:19:21: ... argument does not escape
fmt_sscan.go:20:13: ... argument does not escape
fmt_sscan.go:20:13: n escapes to heap
fmt_sscan.go:20:13: i escapes to heap
fmt_sscan.go:20:13: s escapes to heap
fmt_sscan.go:20:13: f escapes to heap
fmt_sscan.go:20:13: b escapes to heap
fmt_sscan.go:28:20: ... argument does not escape
fmt_sscan.go:29:13: ... argument does not escape
fmt_sscan.go:29:13: n escapes to heap
fmt_sscan.go:29:13: i8 escapes to heap
fmt_sscan.go:29:13: u escapes to heap
fmt_sscan.go:29:13: u16 escapes to heap
fmt_sscan.go:29:13: f32 escapes to heap
fmt_sscan.go:29:45: string(bs) escapes to heap
fmt_sscan.go:29:45: string(bs) escapes to heap
fmt_sscan.go:29:45: c escapes to heap
fmt_sscan.go:31:20: ... argument does not escape
fmt_sscan.go:32:13: ... argument does not escape
fmt_sscan.go:32:13: n escapes to heap
fmt_sscan.go:32:26: err == io.EOF escapes to heap
fmt_sscan.go:33:20: ... argument does not escape
fmt_sscan.go:34:13: ... argument does not escape
fmt_sscan.go:34:13: n escapes to heap
fmt_sscan.go:34:26: err == io.EOF escapes to heap
fmt_sscan.go:34:26: i escapes to heap
fmt_sscan.go:35:20: ... argument does not escape
fmt_sscan.go:36:13: ... argument does not escape
fmt_sscan.go:36:13: n escapes to heap
fmt_sscan.go:37:20: ... argument does not escape
fmt_sscan.go:38:13: ... argument does not escape
fmt_sscan.go:38:13: n escapes to heap
fmt_sscan.go:39:20: ... argument does not escape
fmt_sscan.go:40:13: ... argument does not escape
fmt_sscan.go:40:13: n escapes to heap
fmt_sscan.go:41:20: ... argument does not escape
fmt_sscan.go:42:13: ... argument does not escape
fmt_sscan.go:42:13: n escapes to heap
fmt_sscan.go:43:20: ... argument does not escape
fmt_sscan.go:44:13: ... argument does not escape
fmt_sscan.go:44:13: n escapes to heap
fmt_sscan.go:45:20: ... argument does not escape
fmt_sscan.go:46:13: ... argument does not escape
fmt_sscan.go:46:13: n escapes to heap
fmt_sscan.go:47:20: ... argument does not escape
fmt_sscan.go:48:13: ... argument does not escape
fmt_sscan.go:48:13: n escapes to heap
fmt_sscan.go:48:13: b escapes to heap
fmt_sscan.go:49:20: ... argument does not escape
fmt_sscan.go:50:13: ... argument does not escape
fmt_sscan.go:50:13: n escapes to heap
fmt_sscan.go:50:13: b escapes to heap
fmt_sscan.go:50:13: i escapes to heap
fmt_sscan.go:50:13: s escapes to heap
fmt_sscan.go:51:20: ... argument does not escape
fmt_sscan.go:51:21: i escapes to heap
fmt_sscan.go:52:13: ... argument does not escape
fmt_sscan.go:52:13: n escapes to heap
fmt_sscan.go:54:22: ... argument does not escape
fmt_sscan.go:55:13: ... argument does not escape
fmt_sscan.go:55:13: n escapes to heap
fmt_sscan.go:55:13: i escapes to heap
fmt_sscan.go:55:13: s escapes to heap
fmt_sscan.go:56:22: ... argument does not escape
fmt_sscan.go:57:13: ... argument does not escape
fmt_sscan.go:57:13: n escapes to heap
fmt_sscan.go:58:22: ... argument does not escape
fmt_sscan.go:59:13: ... argument does not escape
fmt_sscan.go:59:13: n escapes to heap
fmt_sscan.go:60:22: ... argument does not escape
fmt_sscan.go:61:13: ... argument does not escape
fmt_sscan.go:61:13: n escapes to heap
fmt_sscan.go:65:21: ... argument does not escape
fmt_sscan.go:66:13: ... argument does not escape
fmt_sscan.go:66:13: n escapes to heap
fmt_sscan.go:66:13: x escapes to heap
fmt_sscan.go:66:13: y escapes to heap
fmt_sscan.go:66:13: name escapes to heap
fmt_sscan.go:67:21: ... argument does not escape
fmt_sscan.go:68:13: ... argument does not escape
fmt_sscan.go:68:13: n escapes to heap
fmt_sscan.go:68:13: x escapes to heap
fmt_sscan.go:68:13: y escapes to heap
fmt_sscan.go:68:13: i escapes to heap
fmt_sscan.go:68:13: f escapes to heap
fmt_sscan.go:68:13: b escapes to heap
fmt_sscan.go:68:13: u escapes to heap
fmt_sscan.go:69:21: ... argument does not escape
fmt_sscan.go:70:13: ... argument does not escape
fmt_sscan.go:70:13: n escapes to heap
fmt_sscan.go:70:13: x escapes to heap
fmt_sscan.go:70:13: y escapes to heap
fmt_sscan.go:71:21: ... argument does not escape
fmt_sscan.go:72:13: ... argument does not escape
fmt_sscan.go:72:13: n escapes to heap
fmt_sscan.go:73:21: ... argument does not escape
fmt_sscan.go:74:13: ... argument does not escape
fmt_sscan.go:74:13: n escapes to heap
fmt_sscan.go:75:21: ... argument does not escape
fmt_sscan.go:76:13: ... argument does not escape
fmt_sscan.go:76:13: n escapes to heap
fmt_sscan.go:77:21: ... argument does not escape
fmt_sscan.go:78:13: ... argument does not escape
fmt_sscan.go:78:13: n escapes to heap
fmt_sscan.go:79:21: ... argument does not escape
fmt_sscan.go:80:13: ... argument does not escape
fmt_sscan.go:80:13: n escapes to heap
fmt_sscan.go:81:21: ... argument does not escape
fmt_sscan.go:82:13: ... argument does not escape
fmt_sscan.go:82:13: n escapes to heap
fmt_sscan.go:83:21: ... argument does not escape
fmt_sscan.go:84:13: ... argument does not escape
fmt_sscan.go:84:13: n escapes to heap
fmt_sscan.go:84:13: x escapes to heap
fmt_sscan.go:84:13: y escapes to heap
fmt_sscan.go:85:21: ... argument does not escape
fmt_sscan.go:86:13: ... argument does not escape
fmt_sscan.go:86:13: n escapes to heap
fmt_sscan.go:86:13: s escapes to heap
fmt_sscan.go:87:21: ... argument does not escape
fmt_sscan.go:88:13: ... argument does not escape
fmt_sscan.go:88:13: n escapes to heap

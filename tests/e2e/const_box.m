const_box.go:15:7: n does not escape
const_box.go:15:48: "name:" + string(n) escapes to heap
const_box.go:32:3: "hello" escapes to heap
const_box.go:33:3: 7 escapes to heap
const_box.go:34:3: 300 escapes to heap
const_box.go:35:3: 3.5 escapes to heap
const_box.go:36:3: true escapes to heap
const_box.go:37:3: 'x' escapes to heap
const_box.go:38:3: 1 + 2i escapes to heap
const_box.go:39:3: int8(-3) escapes to heap
const_box.go:40:3: uint16(65535) escapes to heap
const_box.go:41:3: big escapes to heap
const_box.go:42:3: Celsius(36.6) escapes to heap
const_box.go:43:3: complex64(1 - 2i) escapes to heap
const_box.go:44:3: float32(0.1) escapes to heap
const_box.go:45:3: Name("bob") escapes to heap
const_box.go:46:3: Name("al") escapes to heap
const_box.go:50:18: leaking param: s
const_box.go:52:3: s escapes to heap
const_box.go:56:11: leaking param: x
const_box.go:59:20: "string " + v escapes to heap
const_box.go:61:20: ... argument does not escape
const_box.go:61:21: "int " escapes to heap
const_box.go:61:21: v escapes to heap
const_box.go:63:20: ... argument does not escape
const_box.go:63:21: "float64 " escapes to heap
const_box.go:63:21: v escapes to heap
const_box.go:65:20: ... argument does not escape
const_box.go:65:21: "bool " escapes to heap
const_box.go:65:21: v escapes to heap
const_box.go:67:20: ... argument does not escape
const_box.go:67:21: "rune " escapes to heap
const_box.go:67:21: v escapes to heap
const_box.go:69:20: ... argument does not escape
const_box.go:69:21: "complex128 " escapes to heap
const_box.go:69:21: v escapes to heap
const_box.go:71:20: ... argument does not escape
const_box.go:71:21: "Celsius " escapes to heap
const_box.go:71:40: float64(v) escapes to heap
const_box.go:73:22: "Stringer " + v.String() escapes to heap
const_box.go:75:21: ... argument does not escape
const_box.go:83:13: ... argument does not escape
const_box.go:83:14: "mallocs boxing constants:" escapes to heap
const_box.go:83:52: mallocs() - before escapes to heap
const_box.go:86:15: s + "!" escapes to heap
const_box.go:87:13: ... argument does not escape
const_box.go:87:14: "mallocs boxing a variable:" escapes to heap
const_box.go:87:53: mallocs() - before escapes to heap
const_box.go:89:23: []interface {}{...} does not escape
const_box.go:89:24: "hello" escapes to heap
const_box.go:89:33: 7 escapes to heap
const_box.go:89:36: 300 escapes to heap
const_box.go:89:41: 3.5 escapes to heap
const_box.go:89:46: true escapes to heap
const_box.go:89:52: 'x' escapes to heap
const_box.go:89:59: 1 + 2i escapes to heap
const_box.go:89:69: int8(-3) escapes to heap
const_box.go:89:81: uint16(65535) escapes to heap
const_box.go:89:90: big escapes to heap
const_box.go:90:10: Celsius(36.6) escapes to heap
const_box.go:90:27: complex64(1 - 2i) escapes to heap
const_box.go:90:44: float32(0.1) escapes to heap
const_box.go:90:55: Name("bob") escapes to heap
const_box.go:90:64: 0 escapes to heap
const_box.go:90:67: "" escapes to heap
const_box.go:90:71: false escapes to heap
const_box.go:90:78: 0.0 escapes to heap
const_box.go:92:13: ... argument does not escape
const_box.go:92:40: kind(v) escapes to heap
const_box.go:94:6: 7 does not escape
const_box.go:94:6: 7 does not escape
const_box.go:95:13: ... argument does not escape
const_box.go:95:16: a == b escapes to heap
const_box.go:95:24: a == (interface {})(7.0) escapes to heap
const_box.go:95:38: (interface {})(7.0) does not escape
const_box.go:95:66: (interface {})("hello") == sink escapes to heap
const_box.go:95:56: (interface {})("hello") does not escape
const_box.go:95:100: (interface {})(Name("bob")) == sink escapes to heap
const_box.go:95:86: (interface {})(Name("bob")) does not escape
const_box.go:97:13: ... argument does not escape
const_box.go:97:35: (interface {})("hello") == sink escapes to heap
const_box.go:97:25: (interface {})("hello") does not escape
const_box.go:97:49: sink == "hello" escapes to heap
const_box.go:97:73: ssink.String() escapes to heap
const_box.go:98:26: map[interface {}]int{} does not escape
const_box.go:102:13: ... argument does not escape
const_box.go:102:17: len(m) escapes to heap
const_box.go:102:23: m["hello"] escapes to heap
const_box.go:102:22: "hello" does not escape
const_box.go:102:35: m[7] escapes to heap
const_box.go:102:34: 7 does not escape
const_box.go:102:41: m[3.5] escapes to heap
const_box.go:102:40: 3.5 does not escape
const_box.go:102:49: m[true] escapes to heap
const_box.go:102:48: true does not escape
const_box.go:102:58: m[Name("bob")] escapes to heap
const_box.go:102:57: Name("bob") does not escape
const_box.go:102:74: m[big] escapes to heap
const_box.go:102:73: big does not escape
const_box.go:102:82: m[0] escapes to heap
const_box.go:102:81: 0 does not escape
const_box.go:102:88: m[""] escapes to heap
const_box.go:102:87: "" does not escape
const_box.go:102:95: m[0.0] escapes to heap
const_box.go:102:94: 0.0 does not escape

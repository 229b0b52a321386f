constspell.go:12:13: ... argument does not escape
constspell.go:12:27: unsafe.Sizeof(struct{a, b int32; Empty; c string `json:"c"`; f func(int) (int, error); i interface{M()}; e interface{}; m map[string][]*int; ch <-chan int; p *[3]byte}{}) escapes to heap
constspell.go:23:13: ... argument does not escape
constspell.go:23:27: unsafe.Sizeof(struct{}{}) escapes to heap
constspell.go:23:54: unsafe.Sizeof([2]struct{x int}{}) escapes to heap
constspell.go:23:91: unsafe.Sizeof(Empty{}) escapes to heap
constspell.go:24:13: ... argument does not escape
constspell.go:24:27: unsafe.Sizeof(func(a, b int, c ...string) {}) escapes to heap
constspell.go:25:13: ... argument does not escape
constspell.go:25:27: unsafe.Sizeof([]int{…}) escapes to heap
constspell.go:25:55: unsafe.Sizeof(map[int]int{…}) escapes to heap
constspell.go:25:89: unsafe.Sizeof(struct{a int}{…}) escapes to heap
constspell.go:26:13: ... argument does not escape
constspell.go:26:27: unsafe.Sizeof(struct{a int}{…}) escapes to heap
constspell.go:26:62: unsafe.Sizeof(&struct{a int}{…}) escapes to heap
constspell.go:34:13: ... argument does not escape
constspell.go:34:17: len([3]int{…}) escapes to heap
constspell.go:34:39: len([K]string{}) escapes to heap
constspell.go:34:57: cap([...]int{…}) escapes to heap
constspell.go:35:13: ... argument does not escape
constspell.go:35:27: unsafe.Sizeof(P{…}) escapes to heap
constspell.go:35:51: unsafe.Sizeof(P{…}) escapes to heap
constspell.go:35:75: unsafe.Sizeof([2]P{…}) escapes to heap
constspell.go:36:13: ... argument does not escape
constspell.go:36:27: unsafe.Sizeof(map[string]struct{x, y float64}{}) escapes to heap
constspell.go:36:84: len([K * 2]byte{}) + 1 escapes to heap
constspell.go:36:101: unsafe.Sizeof((*int)(nil)) escapes to heap

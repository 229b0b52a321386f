constspell.go:26:62: unsafe.Sizeof(&struct{a int}{…}) escapes to heap:
constspell.go:26:62:   flow: {storage for ... argument} = &{storage for unsafe.Sizeof(&struct{a int}{…})}:
constspell.go:26:62:     from unsafe.Sizeof(&struct{a int}{…}) (spill) at constspell.go:26:62
constspell.go:26:62:     from ... argument (slice-literal-element) at constspell.go:26:13
constspell.go:26:62:   flow: {heap} = {storage for ... argument}:
constspell.go:26:62:     from ... argument (spill) at constspell.go:26:13
constspell.go:26:62:     from fmt.Println(... argument...) (call parameter) at constspell.go:26:13
constspell.go:26:27: unsafe.Sizeof(struct{a int}{…}) escapes to heap:
constspell.go:26:27:   flow: {storage for ... argument} = &{storage for unsafe.Sizeof(struct{a int}{…})}:
constspell.go:26:27:     from unsafe.Sizeof(struct{a int}{…}) (spill) at constspell.go:26:27
constspell.go:26:27:     from ... argument (slice-literal-element) at constspell.go:26:13
constspell.go:26:27:   flow: {heap} = {storage for ... argument}:
constspell.go:26:27:     from ... argument (spill) at constspell.go:26:13
constspell.go:26:27:     from fmt.Println(... argument...) (call parameter) at constspell.go:26:13
constspell.go:25:89: unsafe.Sizeof(struct{a int}{…}) escapes to heap:
constspell.go:25:89:   flow: {storage for ... argument} = &{storage for unsafe.Sizeof(struct{a int}{…})}:
constspell.go:25:89:     from unsafe.Sizeof(struct{a int}{…}) (spill) at constspell.go:25:89
constspell.go:25:89:     from ... argument (slice-literal-element) at constspell.go:25:13
constspell.go:25:89:   flow: {heap} = {storage for ... argument}:
constspell.go:25:89:     from ... argument (spill) at constspell.go:25:13
constspell.go:25:89:     from fmt.Println(... argument...) (call parameter) at constspell.go:25:13
constspell.go:25:55: unsafe.Sizeof(map[int]int{…}) escapes to heap:
constspell.go:25:55:   flow: {storage for ... argument} = &{storage for unsafe.Sizeof(map[int]int{…})}:
constspell.go:25:55:     from unsafe.Sizeof(map[int]int{…}) (spill) at constspell.go:25:55
constspell.go:25:55:     from ... argument (slice-literal-element) at constspell.go:25:13
constspell.go:25:55:   flow: {heap} = {storage for ... argument}:
constspell.go:25:55:     from ... argument (spill) at constspell.go:25:13
constspell.go:25:55:     from fmt.Println(... argument...) (call parameter) at constspell.go:25:13
constspell.go:25:27: unsafe.Sizeof([]int{…}) escapes to heap:
constspell.go:25:27:   flow: {storage for ... argument} = &{storage for unsafe.Sizeof([]int{…})}:
constspell.go:25:27:     from unsafe.Sizeof([]int{…}) (spill) at constspell.go:25:27
constspell.go:25:27:     from ... argument (slice-literal-element) at constspell.go:25:13
constspell.go:25:27:   flow: {heap} = {storage for ... argument}:
constspell.go:25:27:     from ... argument (spill) at constspell.go:25:13
constspell.go:25:27:     from fmt.Println(... argument...) (call parameter) at constspell.go:25:13
constspell.go:24:27: unsafe.Sizeof(func(a, b int, c ...string) {}) escapes to heap:
constspell.go:24:27:   flow: {storage for ... argument} = &{storage for unsafe.Sizeof(func(a, b int, c ...string) {})}:
constspell.go:24:27:     from unsafe.Sizeof(func(a, b int, c ...string) {}) (spill) at constspell.go:24:27
constspell.go:24:27:     from ... argument (slice-literal-element) at constspell.go:24:13
constspell.go:24:27:   flow: {heap} = {storage for ... argument}:
constspell.go:24:27:     from ... argument (spill) at constspell.go:24:13
constspell.go:24:27:     from fmt.Println(... argument...) (call parameter) at constspell.go:24:13
constspell.go:23:91: unsafe.Sizeof(Empty{}) escapes to heap:
constspell.go:23:91:   flow: {storage for ... argument} = &{storage for unsafe.Sizeof(Empty{})}:
constspell.go:23:91:     from unsafe.Sizeof(Empty{}) (spill) at constspell.go:23:91
constspell.go:23:91:     from ... argument (slice-literal-element) at constspell.go:23:13
constspell.go:23:91:   flow: {heap} = {storage for ... argument}:
constspell.go:23:91:     from ... argument (spill) at constspell.go:23:13
constspell.go:23:91:     from fmt.Println(... argument...) (call parameter) at constspell.go:23:13
constspell.go:23:54: unsafe.Sizeof([2]struct{x int}{}) escapes to heap:
constspell.go:23:54:   flow: {storage for ... argument} = &{storage for unsafe.Sizeof([2]struct{x int}{})}:
constspell.go:23:54:     from unsafe.Sizeof([2]struct{x int}{}) (spill) at constspell.go:23:54
constspell.go:23:54:     from ... argument (slice-literal-element) at constspell.go:23:13
constspell.go:23:54:   flow: {heap} = {storage for ... argument}:
constspell.go:23:54:     from ... argument (spill) at constspell.go:23:13
constspell.go:23:54:     from fmt.Println(... argument...) (call parameter) at constspell.go:23:13
constspell.go:23:27: unsafe.Sizeof(struct{}{}) escapes to heap:
constspell.go:23:27:   flow: {storage for ... argument} = &{storage for unsafe.Sizeof(struct{}{})}:
constspell.go:23:27:     from unsafe.Sizeof(struct{}{}) (spill) at constspell.go:23:27
constspell.go:23:27:     from ... argument (slice-literal-element) at constspell.go:23:13
constspell.go:23:27:   flow: {heap} = {storage for ... argument}:
constspell.go:23:27:     from ... argument (spill) at constspell.go:23:13
constspell.go:23:27:     from fmt.Println(... argument...) (call parameter) at constspell.go:23:13
constspell.go:12:27: unsafe.Sizeof(struct{a, b int32; Empty; c string `json:"c"`; f func(int) (int, error); i interface{M()}; e interface{}; m map[string][]*int; ch <-chan int; p *[3]byte}{}) escapes to heap:
constspell.go:12:27:   flow: {storage for ... argument} = &{storage for unsafe.Sizeof(struct{a, b int32; Empty; c string `json:"c"`; f func(int) (int, error); i interface{M()}; e interface{}; m map[string][]*int; ch <-chan int; p *[3]byte}{})}:
constspell.go:12:27:     from unsafe.Sizeof(struct{a, b int32; Empty; c string `json:"c"`; f func(int) (int, error); i interface{M()}; e interface{}; m map[string][]*int; ch <-chan int; p *[3]byte}{}) (spill) at constspell.go:12:27
constspell.go:12:27:     from ... argument (slice-literal-element) at constspell.go:12:13
constspell.go:12:27:   flow: {heap} = {storage for ... argument}:
constspell.go:12:27:     from ... argument (spill) at constspell.go:12:13
constspell.go:12:27:     from fmt.Println(... argument...) (call parameter) at constspell.go:12:13
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
constspell.go:36:101: unsafe.Sizeof((*int)(nil)) escapes to heap:
constspell.go:36:101:   flow: {storage for ... argument} = &{storage for unsafe.Sizeof((*int)(nil))}:
constspell.go:36:101:     from unsafe.Sizeof((*int)(nil)) (spill) at constspell.go:36:101
constspell.go:36:101:     from ... argument (slice-literal-element) at constspell.go:36:13
constspell.go:36:101:   flow: {heap} = {storage for ... argument}:
constspell.go:36:101:     from ... argument (spill) at constspell.go:36:13
constspell.go:36:101:     from fmt.Println(... argument...) (call parameter) at constspell.go:36:13
constspell.go:36:84: len([K * 2]byte{}) + 1 escapes to heap:
constspell.go:36:84:   flow: {storage for ... argument} = &{storage for len([K * 2]byte{}) + 1}:
constspell.go:36:84:     from len([K * 2]byte{}) + 1 (spill) at constspell.go:36:84
constspell.go:36:84:     from ... argument (slice-literal-element) at constspell.go:36:13
constspell.go:36:84:   flow: {heap} = {storage for ... argument}:
constspell.go:36:84:     from ... argument (spill) at constspell.go:36:13
constspell.go:36:84:     from fmt.Println(... argument...) (call parameter) at constspell.go:36:13
constspell.go:36:27: unsafe.Sizeof(map[string]struct{x, y float64}{}) escapes to heap:
constspell.go:36:27:   flow: {storage for ... argument} = &{storage for unsafe.Sizeof(map[string]struct{x, y float64}{})}:
constspell.go:36:27:     from unsafe.Sizeof(map[string]struct{x, y float64}{}) (spill) at constspell.go:36:27
constspell.go:36:27:     from ... argument (slice-literal-element) at constspell.go:36:13
constspell.go:36:27:   flow: {heap} = {storage for ... argument}:
constspell.go:36:27:     from ... argument (spill) at constspell.go:36:13
constspell.go:36:27:     from fmt.Println(... argument...) (call parameter) at constspell.go:36:13
constspell.go:35:75: unsafe.Sizeof([2]P{…}) escapes to heap:
constspell.go:35:75:   flow: {storage for ... argument} = &{storage for unsafe.Sizeof([2]P{…})}:
constspell.go:35:75:     from unsafe.Sizeof([2]P{…}) (spill) at constspell.go:35:75
constspell.go:35:75:     from ... argument (slice-literal-element) at constspell.go:35:13
constspell.go:35:75:   flow: {heap} = {storage for ... argument}:
constspell.go:35:75:     from ... argument (spill) at constspell.go:35:13
constspell.go:35:75:     from fmt.Println(... argument...) (call parameter) at constspell.go:35:13
constspell.go:35:51: unsafe.Sizeof(P{…}) escapes to heap:
constspell.go:35:51:   flow: {storage for ... argument} = &{storage for unsafe.Sizeof(P{…})}:
constspell.go:35:51:     from unsafe.Sizeof(P{…}) (spill) at constspell.go:35:51
constspell.go:35:51:     from ... argument (slice-literal-element) at constspell.go:35:13
constspell.go:35:51:   flow: {heap} = {storage for ... argument}:
constspell.go:35:51:     from ... argument (spill) at constspell.go:35:13
constspell.go:35:51:     from fmt.Println(... argument...) (call parameter) at constspell.go:35:13
constspell.go:35:27: unsafe.Sizeof(P{…}) escapes to heap:
constspell.go:35:27:   flow: {storage for ... argument} = &{storage for unsafe.Sizeof(P{…})}:
constspell.go:35:27:     from unsafe.Sizeof(P{…}) (spill) at constspell.go:35:27
constspell.go:35:27:     from ... argument (slice-literal-element) at constspell.go:35:13
constspell.go:35:27:   flow: {heap} = {storage for ... argument}:
constspell.go:35:27:     from ... argument (spill) at constspell.go:35:13
constspell.go:35:27:     from fmt.Println(... argument...) (call parameter) at constspell.go:35:13
constspell.go:34:57: cap([...]int{…}) escapes to heap:
constspell.go:34:57:   flow: {storage for ... argument} = &{storage for cap([...]int{…})}:
constspell.go:34:57:     from cap([...]int{…}) (spill) at constspell.go:34:57
constspell.go:34:57:     from ... argument (slice-literal-element) at constspell.go:34:13
constspell.go:34:57:   flow: {heap} = {storage for ... argument}:
constspell.go:34:57:     from ... argument (spill) at constspell.go:34:13
constspell.go:34:57:     from fmt.Println(... argument...) (call parameter) at constspell.go:34:13
constspell.go:34:39: len([K]string{}) escapes to heap:
constspell.go:34:39:   flow: {storage for ... argument} = &{storage for len([K]string{})}:
constspell.go:34:39:     from len([K]string{}) (spill) at constspell.go:34:39
constspell.go:34:39:     from ... argument (slice-literal-element) at constspell.go:34:13
constspell.go:34:39:   flow: {heap} = {storage for ... argument}:
constspell.go:34:39:     from ... argument (spill) at constspell.go:34:13
constspell.go:34:39:     from fmt.Println(... argument...) (call parameter) at constspell.go:34:13
constspell.go:34:17: len([3]int{…}) escapes to heap:
constspell.go:34:17:   flow: {storage for ... argument} = &{storage for len([3]int{…})}:
constspell.go:34:17:     from len([3]int{…}) (spill) at constspell.go:34:17
constspell.go:34:17:     from ... argument (slice-literal-element) at constspell.go:34:13
constspell.go:34:17:   flow: {heap} = {storage for ... argument}:
constspell.go:34:17:     from ... argument (spill) at constspell.go:34:13
constspell.go:34:17:     from fmt.Println(... argument...) (call parameter) at constspell.go:34:13
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

autotmp.go:10:13: .autotmp_4 escapes to heap:
autotmp.go:10:13:   flow: {storage for ... argument} = &{storage for .autotmp_4}:
autotmp.go:10:13:     from .autotmp_4 (spill) at autotmp.go:10:13
autotmp.go:10:13:     from ... argument (slice-literal-element) at autotmp.go:10:13
autotmp.go:10:13:   flow: {heap} = {storage for ... argument}:
autotmp.go:10:13:     from ... argument (spill) at autotmp.go:10:13
autotmp.go:10:13:     from fmt.Println(two()) (call parameter) at autotmp.go:10:13
autotmp.go:10:13: .autotmp_3 escapes to heap:
autotmp.go:10:13:   flow: {storage for ... argument} = &{storage for .autotmp_3}:
autotmp.go:10:13:     from .autotmp_3 (spill) at autotmp.go:10:13
autotmp.go:10:13:     from ... argument (slice-literal-element) at autotmp.go:10:13
autotmp.go:10:13:   flow: {heap} = {storage for ... argument}:
autotmp.go:10:13:     from ... argument (spill) at autotmp.go:10:13
autotmp.go:10:13:     from fmt.Println(two()) (call parameter) at autotmp.go:10:13
autotmp.go:8:8: n does not escape
autotmp.go:10:13: ... argument does not escape
autotmp.go:10:13: .autotmp_3 escapes to heap
autotmp.go:10:13: .autotmp_4 escapes to heap
autotmp.go:15:13: .autotmp_4 escapes to heap:
autotmp.go:15:13:   flow: {storage for ... argument} = &{storage for .autotmp_4}:
autotmp.go:15:13:     from .autotmp_4 (spill) at autotmp.go:15:13
autotmp.go:15:13:     from ... argument (slice-literal-element) at autotmp.go:15:13
autotmp.go:15:13:   flow: {heap} = {storage for ... argument}:
autotmp.go:15:13:     from ... argument (spill) at autotmp.go:15:13
autotmp.go:15:13:     from fmt.Println(two()) (call parameter) at autotmp.go:15:13
autotmp.go:15:13: .autotmp_3 escapes to heap:
autotmp.go:15:13:   flow: {storage for ... argument} = &{storage for .autotmp_3}:
autotmp.go:15:13:     from .autotmp_3 (spill) at autotmp.go:15:13
autotmp.go:15:13:     from ... argument (slice-literal-element) at autotmp.go:15:13
autotmp.go:15:13:   flow: {heap} = {storage for ... argument}:
autotmp.go:15:13:     from ... argument (spill) at autotmp.go:15:13
autotmp.go:15:13:     from fmt.Println(two()) (call parameter) at autotmp.go:15:13
autotmp.go:13:8: m does not escape
autotmp.go:15:13: ... argument does not escape
autotmp.go:15:13: .autotmp_3 escapes to heap
autotmp.go:15:13: .autotmp_4 escapes to heap
autotmp.go:22:13: .autotmp_4 escapes to heap:
autotmp.go:22:13:   flow: {storage for ... argument} = &{storage for .autotmp_4}:
autotmp.go:22:13:     from .autotmp_4 (spill) at autotmp.go:22:13
autotmp.go:22:13:     from ... argument (slice-literal-element) at autotmp.go:22:13
autotmp.go:22:13:   flow: {heap} = {storage for ... argument}:
autotmp.go:22:13:     from ... argument (spill) at autotmp.go:22:13
autotmp.go:22:13:     from fmt.Println(two()) (call parameter) at autotmp.go:22:13
autotmp.go:22:13: .autotmp_3 escapes to heap:
autotmp.go:22:13:   flow: {storage for ... argument} = &{storage for .autotmp_3}:
autotmp.go:22:13:     from .autotmp_3 (spill) at autotmp.go:22:13
autotmp.go:22:13:     from ... argument (slice-literal-element) at autotmp.go:22:13
autotmp.go:22:13:   flow: {heap} = {storage for ... argument}:
autotmp.go:22:13:     from ... argument (spill) at autotmp.go:22:13
autotmp.go:22:13:     from fmt.Println(two()) (call parameter) at autotmp.go:22:13
autotmp.go:18:8: n does not escape
autotmp.go:22:13: ... argument does not escape
autotmp.go:22:13: .autotmp_3 escapes to heap
autotmp.go:22:13: .autotmp_4 escapes to heap
autotmp.go:27:13: .autotmp_3 escapes to heap:
autotmp.go:27:13:   flow: {storage for ... argument} = &{storage for .autotmp_3}:
autotmp.go:27:13:     from .autotmp_3 (spill) at autotmp.go:27:13
autotmp.go:27:13:     from ... argument (slice-literal-element) at autotmp.go:27:13
autotmp.go:27:13:   flow: {heap} = {storage for ... argument}:
autotmp.go:27:13:     from ... argument (spill) at autotmp.go:27:13
autotmp.go:27:13:     from fmt.Println(two()) (call parameter) at autotmp.go:27:13
autotmp.go:27:13: .autotmp_2 escapes to heap:
autotmp.go:27:13:   flow: {storage for ... argument} = &{storage for .autotmp_2}:
autotmp.go:27:13:     from .autotmp_2 (spill) at autotmp.go:27:13
autotmp.go:27:13:     from ... argument (slice-literal-element) at autotmp.go:27:13
autotmp.go:27:13:   flow: {heap} = {storage for ... argument}:
autotmp.go:27:13:     from ... argument (spill) at autotmp.go:27:13
autotmp.go:27:13:     from fmt.Println(two()) (call parameter) at autotmp.go:27:13
autotmp.go:27:13: ... argument does not escape
autotmp.go:27:13: .autotmp_2 escapes to heap
autotmp.go:27:13: .autotmp_3 escapes to heap
autotmp.go:34:13: .autotmp_4 escapes to heap:
autotmp.go:34:13:   flow: {storage for ... argument} = &{storage for .autotmp_4}:
autotmp.go:34:13:     from .autotmp_4 (spill) at autotmp.go:34:13
autotmp.go:34:13:     from ... argument (slice-literal-element) at autotmp.go:34:13
autotmp.go:34:13:   flow: {heap} = {storage for ... argument}:
autotmp.go:34:13:     from ... argument (spill) at autotmp.go:34:13
autotmp.go:34:13:     from fmt.Println(two()) (call parameter) at autotmp.go:34:13
autotmp.go:34:13: .autotmp_3 escapes to heap:
autotmp.go:34:13:   flow: {storage for ... argument} = &{storage for .autotmp_3}:
autotmp.go:34:13:     from .autotmp_3 (spill) at autotmp.go:34:13
autotmp.go:34:13:     from ... argument (slice-literal-element) at autotmp.go:34:13
autotmp.go:34:13:   flow: {heap} = {storage for ... argument}:
autotmp.go:34:13:     from ... argument (spill) at autotmp.go:34:13
autotmp.go:34:13:     from fmt.Println(two()) (call parameter) at autotmp.go:34:13
autotmp.go:30:8: n does not escape
autotmp.go:34:13: ... argument does not escape
autotmp.go:34:13: .autotmp_3 escapes to heap
autotmp.go:34:13: .autotmp_4 escapes to heap

switch_cases.go:11:15: v does not escape
switch_cases.go:23:13: ... argument does not escape
switch_cases.go:23:22: describe(true) escapes to heap
switch_cases.go:23:23: true does not escape
switch_cases.go:23:38: describe(false) escapes to heap
switch_cases.go:23:39: false does not escape
switch_cases.go:23:55: describe(1) escapes to heap
switch_cases.go:23:56: 1 does not escape
switch_cases.go:23:68: describe("true") escapes to heap
switch_cases.go:23:69: "true" does not escape
switch_cases.go:25:19: &point{...} does not escape
switch_cases.go:27:13: ... argument does not escape
switch_cases.go:27:15: p.x escapes to heap
switch_cases.go:27:20: p.y escapes to heap
switch_cases.go:31:13: ... argument does not escape
switch_cases.go:31:19: huge == "\uFFFD" escapes to heap
switch_cases.go:31:41: negative == "\uFFFD" escapes to heap
switch_cases.go:31:57: len(huge) escapes to heap

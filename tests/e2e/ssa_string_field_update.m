ssa_string_field_update.go:22:17: b does not escape
ssa_string_field_update.go:22:25: leaking param: tail
ssa_string_field_update.go:26:14: bs does not escape
ssa_string_field_update.go:28:26: ... argument does not escape
ssa_string_field_update.go:28:26: i escapes to heap
ssa_string_field_update.go:34:13: ... argument does not escape
ssa_string_field_update.go:34:15: g.count escapes to heap
ssa_string_field_update.go:34:24: g.seq escapes to heap
ssa_string_field_update.go:35:7: &Box{...} does not escape
ssa_string_field_update.go:37:13: ... argument does not escape
ssa_string_field_update.go:37:15: b.count escapes to heap
ssa_string_field_update.go:37:24: b.seq escapes to heap
ssa_string_field_update.go:38:13: []Box{...} escapes to heap
ssa_string_field_update.go:40:13: ... argument does not escape
ssa_string_field_update.go:40:13: bs escapes to heap

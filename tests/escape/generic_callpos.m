generic_callpos.go:13:16: id(3) escapes to heap
generic_callpos.go:14:14: Id[go.shape.int_0](&.dict.Id[int], 4) escapes to heap
generic_callpos.go:15:10: any(Id[go.shape.int_0](&.dict.Id[int], 5)) escapes to heap
generic_callpos.go:17:2: Id[go.shape.int_0](&.dict.Id[int], 6) escapes to heap
generic_callpos.go:19:2: Id[go.shape.int_0](&.dict.Id[int], 7) escapes to heap

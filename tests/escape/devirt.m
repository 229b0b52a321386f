devirt.go:25:15: devirtualizing s.Area to Rect
devirt.go:30:15: devirtualizing r.Read to *Logged
devirt.go:30:26: devirtualizing r.Read to *Logged
devirt.go:35:5: partially devirtualizing i.M to T
devirt.go:8:7: leaking param: b to result ~r0 level=2
devirt.go:24:20: Rect{...} does not escape
devirt.go:29:17: &Logged{...} does not escape
devirt.go:29:33: &Buffer{} does not escape
devirt.go:30:18: (*Buffer).Read(r.(*Logged).Buffer) + (*Buffer).Read(r.(*Logged).Buffer) escapes to heap
devirt.go:34:13: T{} does not escape

longcol.go:7:252: new(int) escapes to heap
longcol.go:8:253: new(int) escapes to heap
longcol.go:9:254: new(int) escapes to heap
longcol.go:10: new(int) escapes to heap
longcol.go:11: new(int) escapes to heap
longcol.go:12: new(int) escapes to heap

longcol.go:7:252: new(int) escapes to heap:
longcol.go:7:252:   flow: {heap} = &{storage for new(int)}:
longcol.go:7:252:     from new(int) (spill) at longcol.go:7:252
longcol.go:7:252:     from g = new(int) (assign) at longcol.go:7:3
longcol.go:8:253: new(int) escapes to heap:
longcol.go:8:253:   flow: {heap} = &{storage for new(int)}:
longcol.go:8:253:     from new(int) (spill) at longcol.go:8:253
longcol.go:8:253:     from g = new(int) (assign) at longcol.go:8:3
longcol.go:9:254: new(int) escapes to heap:
longcol.go:9:254:   flow: {heap} = &{storage for new(int)}:
longcol.go:9:254:     from new(int) (spill) at longcol.go:9:254
longcol.go:9:254:     from g = new(int) (assign) at longcol.go:9:3
longcol.go:10: new(int) escapes to heap:
longcol.go:10:   flow: {heap} = &{storage for new(int)}:
longcol.go:10:     from new(int) (spill) at longcol.go:10
longcol.go:10:     from g = new(int) (assign) at longcol.go:10:3
longcol.go:11: new(int) escapes to heap:
longcol.go:11:   flow: {heap} = &{storage for new(int)}:
longcol.go:11:     from new(int) (spill) at longcol.go:11
longcol.go:11:     from g = new(int) (assign) at longcol.go:11:3
longcol.go:12: new(int) escapes to heap:
longcol.go:12:   flow: {heap} = &{storage for new(int)}:
longcol.go:12:     from new(int) (spill) at longcol.go:12
longcol.go:12:     from g = new(int) (assign) at longcol.go:12:3
longcol.go:7:252: new(int) escapes to heap
longcol.go:8:253: new(int) escapes to heap
longcol.go:9:254: new(int) escapes to heap
longcol.go:10: new(int) escapes to heap
longcol.go:11: new(int) escapes to heap
longcol.go:12: new(int) escapes to heap

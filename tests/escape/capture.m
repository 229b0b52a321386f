capture.go:5:6: moved to heap: big
capture.go:6:9: func literal escapes to heap
capture.go:11:9: func literal escapes to heap
capture.go:15:2: moved to heap: x
capture.go:16:7: func literal escapes to heap
capture.go:24:7: func literal escapes to heap
capture.go:30:4: func literal does not escape

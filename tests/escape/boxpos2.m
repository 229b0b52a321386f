boxpos2.go:6:19: leaking param: i
boxpos2.go:7:19: leaking param: i
boxpos2.go:7:34: leaking param: j
boxpos2.go:8:12: leaking param: i
boxpos2.go:11:8: x escapes to heap
boxpos2.go:12:8: x escapes to heap
boxpos2.go:13:7: x escapes to heap
boxpos2.go:14:7: x escapes to heap
boxpos2.go:15:9: x escapes to heap
boxpos2.go:16:7: x escapes to heap
boxpos2.go:16:7: x escapes to heap
boxpos2.go:17:12: t.a escapes to heap
boxpos2.go:17:12: x escapes to heap
boxpos2.go:18:7: x escapes to heap
boxpos2.go:19:7: x escapes to heap
boxpos2.go:20:7: x escapes to heap
boxpos2.go:22:28: x does not escape
boxpos2.go:22:28: y does not escape
boxpos2.go:23:5: x does not escape
boxpos2.go:23:5: y does not escape
boxpos2.go:24:2: x does not escape
boxpos2.go:25:2: t.a does not escape
boxpos2.go:28:2: x does not escape
boxpos2.go:29:2: t does not escape

raw_string_reason.go:13:6: moved to heap: buf
raw_string_reason.go:14:14: ... argument does not escape
raw_string_reason.go:14:21: `
package main
func main() {
}
` escapes to heap
raw_string_reason.go:20:11: ... argument does not escape
raw_string_reason.go:20:22: (*bytes.Buffer).String(buf) escapes to heap

index_array_uint.go:9:13: ... argument does not escape
index_array_uint.go:9:15: a[i % 2] escapes to heap
index_array_uint.go:9:15: index bounds check elided

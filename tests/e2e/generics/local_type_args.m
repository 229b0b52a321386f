local_type_args.go:13:12: ... argument does not escape
local_type_args.go:13:32: Box[main.Int·1]{} escapes to heap
local_type_args.go:13:44: Box[main.Str·2]{} escapes to heap
local_type_args.go:19:12: ... argument does not escape
local_type_args.go:19:32: Box[main.Int·4]{} escapes to heap
local_type_args.go:19:46: Box[main.Other·3]{} escapes to heap
local_type_args.go:21:12: ... argument does not escape
local_type_args.go:21:13: i escapes to heap
local_type_args.go:26:12: ... argument does not escape
local_type_args.go:26:29: Box[main.Str·5]{} escapes to heap
local_type_args.go:29:2: func literal does not escape
local_type_args.go:31:13: ... argument does not escape
local_type_args.go:31:30: Box[main.Int·6]{} escapes to heap

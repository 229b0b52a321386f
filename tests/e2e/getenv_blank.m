getenv_blank.go:16:27: ... argument does not escape
getenv_blank.go:16:28: "never called" escapes to heap
getenv_blank.go:17:27: ... argument does not escape
getenv_blank.go:17:28: "never called either" escapes to heap
getenv_blank.go:35:13: ... argument does not escape
getenv_blank.go:35:13: slash escapes to heap
getenv_blank.go:35:64: os.Getenv("GOSCAPE_SURELY_UNSET_VARIABLE") == "" escapes to heap
getenv_blank.go:35:85: os.Getenv("") == "" escapes to heap
getenv_blank.go:36:13: ... argument does not escape
getenv_blank.go:36:13: calls escapes to heap
getenv_blank.go:36:28: T{...}.n escapes to heap

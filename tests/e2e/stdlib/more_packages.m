more_packages.go:23:7: h does not escape
more_packages.go:24:7: h does not escape
more_packages.go:25:51: minHeap.Swap ignoring self-assignment in h[i], h[j] = h[j], h[i]
more_packages.go:25:51: minHeap.Swap ignoring self-assignment in h[i], h[j] = h[j], h[i]
more_packages.go:25:7: h does not escape
more_packages.go:26:7: leaking param content: h
more_packages.go:26:24: x does not escape
more_packages.go:27:7: leaking param content: h
more_packages.go:27:103: x escapes to heap
more_packages.go:53:13: leaking param: x
more_packages.go:31:13: ... argument does not escape
more_packages.go:31:20: (*rand.Rand).Intn(r, 100) escapes to heap
more_packages.go:31:33: (*rand.Rand).Intn(r, 100) escapes to heap
more_packages.go:31:52: (*rand.Rand).Float64(r) < 1 escapes to heap
more_packages.go:31:63: (*rand.Rand).Perm(r, 5) escapes to heap
more_packages.go:38:26: []string{...} escapes to heap
more_packages.go:39:13: ... argument does not escape
more_packages.go:39:14: *n escapes to heap
more_packages.go:39:18: *name escapes to heap
more_packages.go:39:25: *v escapes to heap
more_packages.go:39:29: *d escapes to heap
more_packages.go:39:40: (*flag.FlagSet).Args(fs) escapes to heap
more_packages.go:41:7: &minHeap{...} escapes to heap
more_packages.go:41:15: minHeap{...} escapes to heap
more_packages.go:43:15: 1 escapes to heap
more_packages.go:45:12: ... argument does not escape
more_packages.go:45:26: " " escapes to heap
more_packages.go:50:3: i escapes to heap
more_packages.go:53:8: func literal does not escape
more_packages.go:53:31: ... argument does not escape
more_packages.go:53:35: ";" escapes to heap
more_packages.go:54:13: ... argument does not escape
more_packages.go:54:20: (*ring.Ring).Len(rg) escapes to heap
more_packages.go:56:26: []rune{...} does not escape
more_packages.go:57:13: ... argument does not escape
more_packages.go:57:13: u escapes to heap
more_packages.go:57:23: string(utf16.Decode(u)) escapes to heap
more_packages.go:57:23: string(utf16.Decode(u)) escapes to heap
more_packages.go:60:13: ... argument does not escape
more_packages.go:60:38: (*regexp.Regexp).FindAllStringSubmatch(re, "ann@x.com, bo@yy.com", -1) escapes to heap
more_packages.go:60:87: (*regexp.Regexp).ReplaceAllString(re, "z@q.com", "$2:$1") escapes to heap
more_packages.go:62:13: ... argument does not escape
more_packages.go:62:32: hex.EncodeToString(([]byte)("hi!")) escapes to heap
more_packages.go:62:39: ([]byte)("hi!") does not escape
more_packages.go:62:82: (*base64.Encoding).EncodeToString(base64.StdEncoding, ([]byte)("goscape")) escapes to heap
more_packages.go:62:89: ([]byte)("goscape") does not escape
more_packages.go:64:13: ... argument does not escape
more_packages.go:64:20: string(b) escapes to heap
more_packages.go:64:20: string(b) escapes to heap
more_packages.go:67:5: func literal escapes to heap
more_packages.go:69:13: ... argument does not escape
more_packages.go:73:13: ... argument does not escape
more_packages.go:73:49: "k" escapes to heap
more_packages.go:73:54: 7 escapes to heap
more_packages.go:73:63: "k" escapes to heap

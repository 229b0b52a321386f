os_paths.go:19:12: leaking param: err
os_paths.go:21:14: ... argument does not escape
os_paths.go:21:15: "unexpected:" escapes to heap
os_paths.go:30:6: moved to heap: pe
os_paths.go:28:13: ... argument does not escape
os_paths.go:29:13: ... argument does not escape
os_paths.go:29:23: errors.Is(err, fs.ErrNotExist) escapes to heap
os_paths.go:29:59: os.IsNotExist(err) escapes to heap
os_paths.go:29:76: os.IsExist(err) escapes to heap
os_paths.go:32:13: ... argument does not escape
os_paths.go:32:45: pe.Op escapes to heap
os_paths.go:32:52: pe.Path escapes to heap
os_paths.go:35:13: ... argument does not escape
os_paths.go:37:13: ... argument does not escape
os_paths.go:42:23: ... argument does not escape
os_paths.go:43:33: ([]byte)("hello, world\n") does not escape
os_paths.go:48:13: ... argument does not escape
os_paths.go:48:21: fi.Name() escapes to heap
os_paths.go:48:32: fi.Size() escapes to heap
os_paths.go:48:32: mode escapes to heap
os_paths.go:48:50: fi.IsDir() escapes to heap
os_paths.go:48:68: fs.FileMode.IsRegular(mode) escapes to heap
os_paths.go:48:81: fs.FileMode.Perm(mode) escapes to heap
os_paths.go:49:30: ... argument does not escape
os_paths.go:51:30: ... argument does not escape
os_paths.go:52:13: ... argument does not escape
os_paths.go:52:29: strings.Replace(err.Error(), dir, "DIR", 1) escapes to heap
os_paths.go:52:69: os.IsExist(err) escapes to heap
os_paths.go:52:85: errors.Is(err, fs.ErrExist) escapes to heap
os_paths.go:53:30: ... argument does not escape
os_paths.go:54:33: ... argument does not escape
os_paths.go:55:33: ... argument does not escape
os_paths.go:57:13: ... argument does not escape
os_paths.go:57:21: fi.Name() escapes to heap
os_paths.go:57:33: fi.IsDir() escapes to heap
os_paths.go:57:44: fi.Mode() escapes to heap
os_paths.go:58:41: ... argument does not escape
os_paths.go:59:35: ... argument does not escape
os_paths.go:61:13: ... argument does not escape
os_paths.go:61:21: li.Name() escapes to heap
os_paths.go:61:50: li.Mode() & fs.ModeSymlink != 0 escapes to heap
os_paths.go:62:42: ... argument does not escape
os_paths.go:63:13: ... argument does not escape
os_paths.go:63:13: target escapes to heap
os_paths.go:65:28: []string{...} does not escape
os_paths.go:66:35: ... argument does not escape
os_paths.go:66:51: ([]byte)(n + n) does not escape
os_paths.go:66:53: n + n does not escape
os_paths.go:71:14: ... argument does not escape
os_paths.go:71:21: e.Name() escapes to heap
os_paths.go:71:32: e.IsDir() escapes to heap
os_paths.go:71:42: e.Type() escapes to heap
os_paths.go:77:13: ... argument does not escape
os_paths.go:77:13: n escapes to heap
os_paths.go:79:13: ... argument does not escape
os_paths.go:79:13: off escapes to heap
os_paths.go:80:13: make([]byte, 5) escapes to heap
os_paths.go:82:12: ... argument does not escape
os_paths.go:82:13: n escapes to heap
os_paths.go:82:33: buf[:n] escapes to heap
os_paths.go:84:12: ... argument does not escape
os_paths.go:84:13: all escapes to heap
os_paths.go:86:13: ... argument does not escape
os_paths.go:86:13: n escapes to heap
os_paths.go:86:21: err == io.EOF escapes to heap
os_paths.go:89:13: ... argument does not escape
os_paths.go:89:21: st.Size() escapes to heap
os_paths.go:89:34: (*os.File).Name(f) == name escapes to heap
os_paths.go:92:13: ... argument does not escape
os_paths.go:92:29: strings.Replace(err.Error(), dir, "DIR", 1) escapes to heap
os_paths.go:99:13: ... argument does not escape
os_paths.go:99:13: names escapes to heap
os_paths.go:102:31: ... argument does not escape
os_paths.go:102:56: ... argument does not escape
os_paths.go:103:13: ... argument does not escape
os_paths.go:103:49: os.Remove(filepath.Join(... argument...)) != nil escapes to heap
os_paths.go:103:37: ... argument does not escape
os_paths.go:106:13: ... argument does not escape
os_paths.go:106:31: strings.HasPrefix(filepath.Base((*os.File).Name(tf)), "t") escapes to heap
os_paths.go:106:76: filepath.Ext((*os.File).Name(tf)) escapes to heap
os_paths.go:111:13: ... argument does not escape
os_paths.go:111:13: v escapes to heap
os_paths.go:111:13: ok escapes to heap
os_paths.go:111:30: os.Getenv("GOSCAPE_OS_TEST") escapes to heap
os_paths.go:114:13: ... argument does not escape
os_paths.go:114:13: ok escapes to heap
os_paths.go:114:30: os.ExpandEnv("${GOSCAPE_OS_TEST}x") escapes to heap
os_paths.go:120:13: ... argument does not escape
os_paths.go:120:25: wd2 == dir || strings.HasSuffix(wd2, dir) escapes to heap
os_paths.go:122:13: ... argument does not escape
os_paths.go:122:17: len(os.Args) escapes to heap
os_paths.go:122:40: os.Getpid() > 0 escapes to heap
os_paths.go:123:14: ... argument does not escape
os_paths.go:123:26: "to stderr" escapes to heap
os_paths.go:124:13: ... argument does not escape
os_paths.go:124:33: "to stdout" escapes to heap

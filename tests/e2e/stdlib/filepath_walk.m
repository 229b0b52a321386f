filepath_walk.go:55:33: leaking param: path
filepath_walk.go:55:46: leaking param: info
filepath_walk.go:55:64: leaking param: err to result ~r0 level=0
filepath_walk.go:73:36: leaking param: path
filepath_walk.go:73:49: leaking param: d
filepath_walk.go:73:64: err does not escape
filepath_walk.go:83:59: leaking param: path
filepath_walk.go:83:72: info does not escape
filepath_walk.go:83:90: leaking param: err
filepath_walk.go:14:13: ... argument does not escape
filepath_walk.go:14:27: filepath.Join(... argument...) escapes to heap
filepath_walk.go:14:27: ... argument does not escape
filepath_walk.go:14:63: filepath.Join(... argument...) escapes to heap
filepath_walk.go:14:63: ... argument does not escape
filepath_walk.go:14:86: filepath.Join(... argument...) escapes to heap
filepath_walk.go:14:86: ... argument does not escape
filepath_walk.go:16:13: ... argument does not escape
filepath_walk.go:16:13: dir escapes to heap
filepath_walk.go:16:13: file escapes to heap
filepath_walk.go:17:28: []string{...} does not escape
filepath_walk.go:18:13: ... argument does not escape
filepath_walk.go:18:14: p escapes to heap
filepath_walk.go:18:76: filepath.Base(p) escapes to heap
filepath_walk.go:18:93: filepath.Dir(p) escapes to heap
filepath_walk.go:19:16: filepath.Ext(p) escapes to heap
filepath_walk.go:19:35: filepath.Clean(p) escapes to heap
filepath_walk.go:19:54: filepath.IsAbs(p) escapes to heap
filepath_walk.go:21:31: [][2]string{...} does not escape
filepath_walk.go:23:13: ... argument does not escape
filepath_walk.go:23:40: c[0] escapes to heap
filepath_walk.go:23:46: c[1] escapes to heap
filepath_walk.go:23:46: r escapes to heap
filepath_walk.go:25:31: [][2]string{...} does not escape
filepath_walk.go:27:14: ... argument does not escape
filepath_walk.go:27:16: c[0] escapes to heap
filepath_walk.go:27:22: c[1] escapes to heap
filepath_walk.go:27:22: ok escapes to heap
filepath_walk.go:29:13: ... argument does not escape
filepath_walk.go:29:32: filepath.SplitList("/bin:/usr/bin") escapes to heap
filepath_walk.go:29:67: filepath.ToSlash("a/b") escapes to heap
filepath_walk.go:29:95: filepath.VolumeName("/x") escapes to heap
filepath_walk.go:33:14: ... argument does not escape
filepath_walk.go:37:28: []string{...} does not escape
filepath_walk.go:38:28: ... argument does not escape
filepath_walk.go:40:28: []string{...} does not escape
filepath_walk.go:41:29: ... argument does not escape
filepath_walk.go:41:46: ([]byte)(f) does not escape
filepath_walk.go:43:40: ... argument does not escape
filepath_walk.go:44:13: ... argument does not escape
filepath_walk.go:44:32: strings.TrimPrefix(abs, root) escapes to heap
filepath_walk.go:46:45: ... argument does not escape
filepath_walk.go:49:14: ... argument does not escape
filepath_walk.go:49:15: "glob:" escapes to heap
filepath_walk.go:49:15: r escapes to heap
filepath_walk.go:51:13: ... argument does not escape
filepath_walk.go:53:13: ... argument does not escape
filepath_walk.go:55:28: func literal does not escape
filepath_walk.go:61:15: ... argument does not escape
filepath_walk.go:61:16: "skip" escapes to heap
filepath_walk.go:61:16: r escapes to heap
filepath_walk.go:68:14: ... argument does not escape
filepath_walk.go:68:15: "walk:" escapes to heap
filepath_walk.go:68:15: r escapes to heap
filepath_walk.go:68:37: info.IsDir() escapes to heap
filepath_walk.go:68:37: size escapes to heap
filepath_walk.go:71:13: ... argument does not escape
filepath_walk.go:73:31: func literal does not escape
filepath_walk.go:75:14: ... argument does not escape
filepath_walk.go:75:15: "walkdir:" escapes to heap
filepath_walk.go:75:15: r escapes to heap
filepath_walk.go:75:37: d.IsDir() escapes to heap
filepath_walk.go:75:53: filepath.Ext(d.Name()) escapes to heap
filepath_walk.go:78:21: ... argument does not escape
filepath_walk.go:78:42: d.Name() escapes to heap
filepath_walk.go:82:13: ... argument does not escape
filepath_walk.go:83:35: ... argument does not escape
filepath_walk.go:83:54: func literal does not escape
filepath_walk.go:84:14: ... argument does not escape
filepath_walk.go:84:15: "callback:" escapes to heap
filepath_walk.go:84:46: strings.TrimPrefix(path, root) escapes to heap
filepath_walk.go:84:65: info == nil escapes to heap
filepath_walk.go:84:88: strings.Replace(err.Error(), root, "ROOT", 1) escapes to heap
filepath_walk.go:87:13: ... argument does not escape
filepath_walk.go:87:27: os.IsNotExist(err) escapes to heap

// path/filepath compiled from GOROOT over os: the lexical functions, Abs
// and Rel, Match and Glob, Walk and WalkDir over a tree the program makes.
package main

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	fmt.Println(filepath.Join("a", "b/../c", "/d"), filepath.Join("", ""), filepath.Join("/", "x"))
	dir, file := filepath.Split("/usr/lib/go/src.go")
	fmt.Println(dir, file)
	for _, p := range []string{"/a/b.tar.gz", "x", "/", "", "a/b/", "./c"} {
		fmt.Printf("%q base=%q dir=%q ext=%q clean=%q abs=%v\n", p, filepath.Base(p), filepath.Dir(p),
			filepath.Ext(p), filepath.Clean(p), filepath.IsAbs(p))
	}
	for _, c := range [][2]string{{"/a/b", "/a/b/c/d"}, {"/a/b/c", "/a/x"}, {"a", "b"}, {"/a", "b"}} {
		r, err := filepath.Rel(c[0], c[1])
		fmt.Printf("Rel(%q, %q) = %q %v\n", c[0], c[1], r, err)
	}
	for _, c := range [][2]string{{"*.go", "x.go"}, {"a/*/c", "a/b/c"}, {"[a-c]?", "bz"}, {"[", "x"}, {"a\\*", "a*"}} {
		ok, err := filepath.Match(c[0], c[1])
		fmt.Println(c[0], c[1], ok, err)
	}
	fmt.Println(filepath.SplitList("/bin:/usr/bin"), filepath.ToSlash("a/b"), filepath.VolumeName("/x"))

	root, err := os.MkdirTemp("", "walk")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(root)
	for _, d := range []string{"b/y", "a", "c/z/w"} {
		os.MkdirAll(filepath.Join(root, d), 0755)
	}
	for _, f := range []string{"a/1.txt", "a/2.go", "b/y/3.go", "c/z/w/4.txt", "top.go"} {
		os.WriteFile(filepath.Join(root, f), []byte(f), 0644)
	}
	abs, err := filepath.Abs(filepath.Join(root, "a", "..", "b"))
	fmt.Println(strings.TrimPrefix(abs, root), err)

	matches, err := filepath.Glob(filepath.Join(root, "*", "*.go"))
	for _, m := range matches {
		r, _ := filepath.Rel(root, m)
		fmt.Println("glob:", r)
	}
	fmt.Println(err)
	_, err = filepath.Glob("[")
	fmt.Println(err)

	err = filepath.Walk(root, func(path string, info os.FileInfo, err error) error {
		if err != nil {
			return err
		}
		r, _ := filepath.Rel(root, path)
		if info.IsDir() && info.Name() == "c" {
			fmt.Println("skip", r)
			return filepath.SkipDir
		}
		size := info.Size()
		if info.IsDir() {
			size = -1 // depends on the file system
		}
		fmt.Println("walk:", r, info.IsDir(), size)
		return nil
	})
	fmt.Println(err)
	count := 0
	err = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		r, _ := filepath.Rel(root, path)
		fmt.Println("walkdir:", r, d.IsDir(), filepath.Ext(d.Name()))
		count++
		if count == 7 {
			return fmt.Errorf("stop at %s", d.Name())
		}
		return nil
	})
	fmt.Println(err)
	err = filepath.Walk(filepath.Join(root, "missing"), func(path string, info os.FileInfo, err error) error {
		fmt.Println("callback:", strings.TrimPrefix(path, root), info == nil, strings.Replace(err.Error(), root, "ROOT", 1))
		return err
	})
	fmt.Println(os.IsNotExist(err))
}

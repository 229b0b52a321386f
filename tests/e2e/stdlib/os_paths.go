// os_paths: os compiled from GOROOT: *fs.PathError values with Go's texts,
// errors.Is/As over them, Stat and Lstat, directories, ReadDir sorted,
// File's Seek/ReadAt/ReadDir/Readdirnames, temporary files and the
// environment.
package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"io/ioutil"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

func check(err error) {
	if err != nil {
		fmt.Println("unexpected:", err)
		os.Exit(1)
	}
}

func main() {
	_, err := os.ReadFile("x")
	fmt.Println(err)
	fmt.Println(errors.Is(err, fs.ErrNotExist), os.IsNotExist(err), os.IsExist(err))
	var pe *fs.PathError
	if errors.As(err, &pe) {
		fmt.Printf("op=%s path=%s err=%v %T\n", pe.Op, pe.Path, pe.Err, pe.Err)
	}
	_, err = ioutil.ReadFile("/nonexistent/y")
	fmt.Println(err)
	_, err = os.Open("")
	fmt.Println(err)

	dir, err := os.MkdirTemp("", "osfiles")
	check(err)
	defer os.RemoveAll(dir)
	name := filepath.Join(dir, "a.txt")
	check(os.WriteFile(name, []byte("hello, world\n"), 0640))
	check(os.Chmod(name, 0640)) // whatever the umask
	fi, err := os.Stat(name)
	check(err)
	mode := fi.Mode()
	fmt.Println(fi.Name(), fi.Size(), mode, fi.IsDir(), mode.IsRegular(), mode.Perm())
	err = os.Mkdir(filepath.Join(dir, "sub"), 0750)
	check(err)
	err = os.Mkdir(filepath.Join(dir, "sub"), 0750)
	fmt.Println(strings.Replace(err.Error(), dir, "DIR", 1), os.IsExist(err), errors.Is(err, fs.ErrExist))
	check(os.Chmod(filepath.Join(dir, "sub"), 0750))
	check(os.MkdirAll(filepath.Join(dir, "sub", "x", "y"), 0755))
	fi, err = os.Stat(filepath.Join(dir, "sub"))
	check(err)
	fmt.Println(fi.Name(), fi.IsDir(), fi.Mode())
	check(os.Symlink("a.txt", filepath.Join(dir, "link")))
	li, err := os.Lstat(filepath.Join(dir, "link"))
	check(err)
	fmt.Println(li.Name(), li.Mode()&fs.ModeSymlink != 0)
	target, err := os.Readlink(filepath.Join(dir, "link"))
	fmt.Println(target, err)

	for _, n := range []string{"c", "b", "d"} {
		check(os.WriteFile(filepath.Join(dir, n), []byte(n+n), 0600))
	}
	ents, err := os.ReadDir(dir)
	check(err)
	for _, e := range ents {
		fmt.Println(e.Name(), e.IsDir(), e.Type())
	}

	f, err := os.OpenFile(name, os.O_RDWR|os.O_APPEND, 0)
	check(err)
	n, err := f.WriteString("more\n")
	fmt.Println(n, err)
	off, err := f.Seek(0, io.SeekStart)
	fmt.Println(off, err)
	buf := make([]byte, 5)
	n, err = f.ReadAt(buf, 7)
	fmt.Printf("%d %q %v\n", n, buf[:n], err)
	all, err := io.ReadAll(f)
	fmt.Printf("%q %v\n", all, err)
	n, err = f.Read(buf)
	fmt.Println(n, err == io.EOF)
	st, err := f.Stat()
	check(err)
	fmt.Println(st.Size(), f.Name() == name)
	check(f.Close())
	err = f.Close()
	fmt.Println(strings.Replace(err.Error(), dir, "DIR", 1))

	d, err := os.Open(dir)
	check(err)
	names, err := d.Readdirnames(-1)
	check(err)
	sort.Strings(names)
	fmt.Println(names)
	d.Close()

	check(os.Rename(filepath.Join(dir, "b"), filepath.Join(dir, "bb")))
	fmt.Println(os.Remove(filepath.Join(dir, "b")) != nil)
	tf, err := os.CreateTemp(dir, "t*.tmp")
	check(err)
	fmt.Println(strings.HasPrefix(filepath.Base(tf.Name()), "t"), filepath.Ext(tf.Name()))
	tf.Close()

	check(os.Setenv("GOSCAPE_OS_TEST", "v1"))
	v, ok := os.LookupEnv("GOSCAPE_OS_TEST")
	fmt.Println(v, ok, os.Getenv("GOSCAPE_OS_TEST"))
	os.Unsetenv("GOSCAPE_OS_TEST")
	_, ok = os.LookupEnv("GOSCAPE_OS_TEST")
	fmt.Println(ok, os.ExpandEnv("${GOSCAPE_OS_TEST}x"))

	wd, err := os.Getwd()
	check(err)
	check(os.Chdir(dir))
	wd2, _ := os.Getwd()
	fmt.Println(wd2 == dir || strings.HasSuffix(wd2, dir))
	check(os.Chdir(wd))
	fmt.Println(len(os.Args), os.Getpid() > 0)
	fmt.Fprintln(os.Stderr, "to stderr")
	fmt.Fprintf(os.Stdout, "%s\n", "to stdout")
	os.Stdout.WriteString("done\n")
}

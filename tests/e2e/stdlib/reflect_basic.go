// goscape's reflect (lib/reflect) over type descriptors: TypeOf, Value
// accessors and setters, maps, DeepEqual, New/Zero, and fmt printing a
// reflect.Value as the value it holds.
package main

import (
	"fmt"
	"reflect"
	"unsafe"
)

type P struct {
	X, Y int
	name string
	Tags []string
}

func main() {
	p := P{1, 2, "a", []string{"t"}}
	t := reflect.TypeOf(p)
	fmt.Println(t, t.Kind(), t.Name(), t.NumField(), t.Field(2).Name, t.Field(2).PkgPath, t.Size())
	v := reflect.ValueOf(&p).Elem()
	v.Field(0).SetInt(42)
	fmt.Println(p.X, v.Field(1).Int(), v.Field(2).CanSet(), v.Field(3).Len(), v.Field(3).Index(0))
	fmt.Println(reflect.DeepEqual(p, P{42, 2, "a", []string{"t"}}), reflect.DeepEqual(p, P{42, 2, "b", nil}))
	m := map[string]int{"a": 1, "b": 2}
	mv := reflect.ValueOf(m)
	fmt.Println(mv.Len(), mv.MapIndex(reflect.ValueOf("b")), mv.MapIndex(reflect.ValueOf("z")).IsValid())
	mv.SetMapIndex(reflect.ValueOf("c"), reflect.ValueOf(3))
	fmt.Println(m, len(mv.MapKeys()))
	fmt.Println(reflect.DeepEqual(map[int][]int{1: {2}}, map[int][]int{1: {2}}), reflect.DeepEqual([]int{}, []int(nil)))
	var e error
	fmt.Println(reflect.TypeOf(e) == nil, reflect.TypeOf(&p).Elem() == t, reflect.ValueOf(3.5).Float(), reflect.ValueOf("s").Kind())
	x := reflect.ValueOf([]any{1, "a", nil})
	fmt.Println(x.Index(0).Elem().Int(), x.Index(1).Elem().String(), x.Index(2).IsNil(), x.Index(0).Interface())
	fmt.Println(reflect.Int.String(), reflect.Ptr, reflect.TypeOf(new(int)).Kind(), reflect.ValueOf(p).Field(1).Interface())
	n := reflect.New(reflect.TypeOf(0))
	n.Elem().SetInt(5)
	fmt.Println(*(n.Interface().(*int)), reflect.Zero(t).Field(0))
}

func init() {
	type My int
	fmt.Println(reflect.TypeOf(0).Name(), reflect.TypeOf("").Name(), reflect.TypeOf(My(1)).Name(),
		reflect.TypeOf([]int{}).Name() == "", reflect.TypeOf(unsafe.Pointer(nil)).PkgPath())
}

func init() {
	dst := make([]int, 2)
	n := reflect.Copy(reflect.ValueOf(dst), reflect.ValueOf([]int{7, 8, 9}))
	b := make([]byte, 3)
	m := reflect.Copy(reflect.ValueOf(b), reflect.ValueOf("hey!"))
	fmt.Println(n, dst, m, string(b), reflect.ValueOf(fmt.Stringer(nil)).IsValid(), reflect.ValueOf(reflect.Int).NumMethod())
}

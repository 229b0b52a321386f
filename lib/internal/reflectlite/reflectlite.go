// Package reflectlite is goscape's version of Go's internal/reflectlite,
// the little reflection errors and sort need (TypeOf, ValueOf, Kind,
// Elem, Implements, AssignableTo, Len, Set, Swapper): goscape's reflect
// (lib/reflect) under the names Go's reflectlite gives it.
package reflectlite

import "reflect"

type (
	Kind       = reflect.Kind
	Type       = reflect.Type
	Value      = reflect.Value
	ValueError = reflect.ValueError
)

const (
	Interface = reflect.Interface
	Ptr       = reflect.Ptr
	Pointer   = reflect.Pointer
	Slice     = reflect.Slice
	Struct    = reflect.Struct
)

func TypeOf(i any) Type            { return reflect.TypeOf(i) }
func ValueOf(i any) Value          { return reflect.ValueOf(i) }
func Swapper(s any) func(i, j int) { return reflect.Swapper(s) }

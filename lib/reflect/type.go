// Package reflect is goscape's subset of Go's reflect, read from goscape's
// type descriptors (runtime/goscape.h: GoType) and implemented in Go
// over a few runtime hooks (runtime/hooks_reflect.c): TypeOf and the
// Type methods a descriptor can answer, ValueOf and Value's accessors and
// setters, maps (MapIndex, MapKeys, MapRange, SetMapIndex), New, Zero,
// DeepEqual, Swapper. Not there: Method/Call/MakeFunc, StructOf and the
// other type constructors, Convert, struct tags (goscape does not record
// them), func types' parameters.
package reflect

import "unsafe"

// A Kind is the kind of type a Type represents; the numbering is Go's.
type Kind uint

const (
	Invalid Kind = iota
	Bool
	Int
	Int8
	Int16
	Int32
	Int64
	Uint
	Uint8
	Uint16
	Uint32
	Uint64
	Uintptr
	Float32
	Float64
	Complex64
	Complex128
	Array
	Chan
	Func
	Interface
	Map
	Pointer
	Slice
	String
	Struct
	UnsafePointer
)

const Ptr = Pointer

var kindNames = []string{
	Invalid: "invalid", Bool: "bool", Int: "int", Int8: "int8", Int16: "int16", Int32: "int32",
	Int64: "int64", Uint: "uint", Uint8: "uint8", Uint16: "uint16", Uint32: "uint32",
	Uint64: "uint64", Uintptr: "uintptr", Float32: "float32", Float64: "float64",
	Complex64: "complex64", Complex128: "complex128", Array: "array", Chan: "chan", Func: "func",
	Interface: "interface", Map: "map", Pointer: "ptr", Slice: "slice", String: "string",
	Struct: "struct", UnsafePointer: "unsafe.Pointer",
}

func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "kind" + itoa(int(k))
}

// rtype mirrors GoType.
type rtype struct {
	size     uintptr
	ptrdata  uintptr
	gcbits   unsafe.Pointer
	hash     uint32
	kind     uint8
	align    uint8
	named    uint8
	pad      uint8
	str      string
	elem     *rtype
	key      *rtype
	len      uintptr // arrays: length; structs: fields; interfaces: methods
	fields   unsafe.Pointer
	methods  unsafe.Pointer
	nmethods uintptr
	ptrto    *rtype
}

// field mirrors GoField.
type field struct {
	name     string
	typ      *rtype
	offset   uintptr
	embedded uintptr
}

// Type is the representation of a Go type. Descriptors are unique in a
// program, so Types compare with ==.
type Type interface {
	Align() int
	FieldAlign() int
	Name() string
	PkgPath() string
	Size() uintptr
	String() string
	Kind() Kind
	Implements(u Type) bool
	AssignableTo(u Type) bool
	Comparable() bool
	Bits() int
	Elem() Type
	Key() Type
	Len() int
	NumField() int
	Field(i int) StructField
	FieldByName(name string) (StructField, bool)
	NumMethod() int
	common() *rtype
}

// A StructField describes one field of a struct type.
type StructField struct {
	Name      string
	PkgPath   string
	Type      Type
	Tag       StructTag
	Offset    uintptr
	Index     []int
	Anonymous bool
}

// IsExported reports whether the field is exported.
func (f StructField) IsExported() bool { return f.PkgPath == "" }

// A StructTag is a field's tag; goscape records none, so it is always "".
type StructTag string

func (tag StructTag) Get(key string) string {
	v, _ := tag.Lookup(key)
	return v
}

func (tag StructTag) Lookup(key string) (value string, ok bool) { return "", false }

// eface is the layout of an interface value: the dynamic type (for a
// non-empty interface, an itab whose first word is the type) and the
// data word.
type eface struct {
	typ  unsafe.Pointer
	data unsafe.Pointer
}

// getitab is the runtime's runtime_getitab: the itab of typ for the
// interface inter, or nil when typ lacks a method and canfail is set.
func getitab(inter, typ *rtype, canfail bool) unsafe.Pointer

// TypeOf returns the dynamic type of i, or nil.
func TypeOf(i any) Type {
	t := (*rtype)((*eface)(unsafe.Pointer(&i)).typ)
	if t == nil {
		return nil
	}
	return t
}

func (t *rtype) common() *rtype  { return t }
func (t *rtype) String() string  { return t.str }
func (t *rtype) Size() uintptr   { return t.size }
func (t *rtype) Kind() Kind      { return Kind(t.kind) }
func (t *rtype) Align() int      { return int(t.align) }
func (t *rtype) FieldAlign() int { return int(t.align) }
func (t *rtype) NumMethod() int  { return int(t.nummethods()) }
func (t *rtype) nummethods() uintptr {
	if t.Kind() == Interface {
		return t.len
	}
	return t.nmethods
}

// Name is the type's name without its package, "" for unnamed types.
func (t *rtype) Name() string {
	if t.Kind() == UnsafePointer {
		return "Pointer"
	}
	if k := t.Kind(); t.named == 0 && (k >= Bool && k <= Complex128 || k == String) {
		return t.str // predeclared: named, though codegen flags only defined types
	}
	if t.named == 0 {
		return ""
	}
	s := t.str
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == '.' {
			return s[i+1:]
		}
	}
	return s
}

// PkgPath is the package name of a named type (goscape's descriptors
// spell types with the package's name, not its import path); "" for
// predeclared and unnamed types.
func (t *rtype) PkgPath() string {
	if t.Kind() == UnsafePointer {
		return "unsafe"
	}
	if t.named == 0 {
		return ""
	}
	for i := len(t.str) - 1; i >= 0; i-- {
		if t.str[i] == '.' {
			return t.str[:i]
		}
	}
	return ""
}

func (t *rtype) Bits() int {
	k := t.Kind()
	if k < Int || k > Complex128 {
		panic("reflect: Bits of non-arithmetic Type " + t.str)
	}
	return int(t.size) * 8
}

func (t *rtype) Elem() Type {
	switch t.Kind() {
	case Array, Chan, Map, Pointer, Slice:
		return toType(t.elem)
	}
	panic("reflect: Elem of invalid type " + t.str)
}

func (t *rtype) Key() Type {
	if t.Kind() != Map {
		panic("reflect: Key of non-map type " + t.str)
	}
	return toType(t.key)
}

func (t *rtype) Len() int {
	if t.Kind() != Array {
		panic("reflect: Len of non-array type " + t.str)
	}
	return int(t.len)
}

func (t *rtype) NumField() int {
	if t.Kind() != Struct {
		panic("reflect: NumField of non-struct type " + t.str)
	}
	return int(t.len)
}

func (t *rtype) field(i int) *field {
	return (*field)(unsafe.Add(t.fields, uintptr(i)*unsafe.Sizeof(field{})))
}

func (t *rtype) Field(i int) StructField {
	if t.Kind() != Struct {
		panic("reflect: Field of non-struct type " + t.str)
	}
	if uint(i) >= uint(t.len) {
		panic("reflect: Field index out of bounds")
	}
	f := t.field(i)
	sf := StructField{Name: f.name, Type: toType(f.typ), Offset: f.offset, Index: []int{i},
		Anonymous: f.embedded != 0}
	if !exported(sf.Name) {
		sf.PkgPath = t.PkgPath()
		if sf.PkgPath == "" {
			sf.PkgPath = "main"
		}
	}
	return sf
}

// FieldByName finds a field by name, also through embedded structs.
func (t *rtype) FieldByName(name string) (StructField, bool) {
	if t.Kind() != Struct {
		panic("reflect: FieldByName of non-struct type " + t.str)
	}
	for i := 0; i < int(t.len); i++ {
		if sf := t.Field(i); sf.Name == name {
			return sf, true
		}
	}
	for i := 0; i < int(t.len); i++ {
		sf := t.Field(i)
		et := sf.Type.common()
		if sf.Anonymous && et.Kind() == Pointer {
			et = et.elem
		}
		if sf.Anonymous && et.Kind() == Struct {
			if inner, ok := et.FieldByName(name); ok {
				inner.Index = append([]int{i}, inner.Index...)
				if et == sf.Type.common() {
					inner.Offset += sf.Offset
				}
				return inner, true
			}
		}
	}
	return StructField{}, false
}

func (t *rtype) Implements(u Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.Implements")
	}
	if u.Kind() != Interface {
		panic("reflect: non-interface type passed to Type.Implements")
	}
	return u.common().len == 0 || getitab(u.common(), t, true) != nil
}

// AssignableTo: identical types (descriptors are unique in a program),
// or an interface t implements.
func (t *rtype) AssignableTo(u Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.AssignableTo")
	}
	return t == u.common() || u.Kind() == Interface && t.Implements(u)
}

func (t *rtype) Comparable() bool {
	switch t.Kind() {
	case Func, Map, Slice:
		return false
	case Array:
		return t.elem.Comparable()
	case Struct:
		for i := 0; i < int(t.len); i++ {
			if !t.field(i).typ.Comparable() {
				return false
			}
		}
	}
	return true
}

// pointerShaped types are stored in an interface's data word directly.
func (t *rtype) pointerShaped() bool {
	switch t.Kind() {
	case Chan, Func, Map, Pointer, UnsafePointer:
		return true
	}
	return false
}

// ptrTo is the descriptor of *t: the program's (codegen fills ptrto when
// any package has one), else one made here once per t.
func ptrTo(t *rtype) *rtype {
	if t.ptrto != nil {
		return t.ptrto
	}
	if p := madePtrs[t]; p != nil {
		return p
	}
	s := "*" + t.str
	p := &rtype{size: 8, ptrdata: 8, gcbits: unsafe.Pointer(&ptrBits), hash: fnv1a(s),
		kind: uint8(Pointer), align: 8, str: s, elem: t}
	if madePtrs == nil {
		madePtrs = map[*rtype]*rtype{}
	}
	madePtrs[t] = p
	return p
}

var (
	madePtrs map[*rtype]*rtype
	ptrBits  = uint8(1)
)

// fnv1a is the hash codegen gives a type's descriptor (of its string).
func fnv1a(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h
}

// PointerTo returns the type *t.
func PointerTo(t Type) Type { return ptrTo(t.common()) }

// PtrTo is PointerTo's old name.
func PtrTo(t Type) Type { return PointerTo(t) }

// toType keeps a nil *rtype a nil Type.
func toType(t *rtype) Type {
	if t == nil {
		return nil
	}
	return t
}

func exported(name string) bool { return name != "" && name[0] >= 'A' && name[0] <= 'Z' }

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}

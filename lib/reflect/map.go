package reflect

import "unsafe"

// The runtime's maps (runtime/map.c), through hooks_reflect.c.
func maplen(m unsafe.Pointer) int
func mapaccess(t *rtype, m unsafe.Pointer, key unsafe.Pointer) unsafe.Pointer // nil: absent
func mapassign(t *rtype, m unsafe.Pointer, key unsafe.Pointer) unsafe.Pointer
func mapdelete(t *rtype, m unsafe.Pointer, key unsafe.Pointer)
func mapiterinit(t *rtype, m unsafe.Pointer, it *hiter)
func mapiternext(it *hiter)

// hiter mirrors GoMapIter.
type hiter struct {
	key, value unsafe.Pointer // key nil: done
	state      [6]uintptr
}

// MapIndex returns the value for key in the map v, or the zero Value.
func (v Value) MapIndex(key Value) Value {
	v.mustBe(Map, "MapIndex")
	k := key.assignTo(v.typ.key)
	p := mapaccess(v.typ, v.word(), k)
	if p == nil {
		return Value{}
	}
	return v.copyOut(v.typ.elem, p)
}

// copyOut is a non-addressable copy of the value of type t at p.
func (v Value) copyOut(t *rtype, p unsafe.Pointer) Value {
	c := unsafe_New(t)
	copy(bytesAt(c, t.size), bytesAt(p, t.size))
	return Value{t, c, v.flag & flagRO}
}

// assignTo is x's storage as a value of type t (converted to t when t is
// an interface type).
func (x Value) assignTo(t *rtype) unsafe.Pointer {
	if x.typ == t {
		return x.ptr
	}
	if !x.typ.AssignableTo(t) {
		panic("reflect: value of type " + x.typ.str + " is not assignable to type " + t.str)
	}
	c := Value{t, unsafe_New(t), flagAddr}
	c.Set(x)
	return c.ptr
}

// SetMapIndex sets key to elem in the map v; the zero elem deletes key.
func (v Value) SetMapIndex(key, elem Value) {
	v.mustBe(Map, "SetMapIndex")
	k := key.assignTo(v.typ.key)
	if !elem.IsValid() {
		mapdelete(v.typ, v.word(), k)
		return
	}
	e := elem.assignTo(v.typ.elem)
	p := mapassign(v.typ, v.word(), k)
	copy(bytesAt(p, v.typ.elem.size), bytesAt(e, v.typ.elem.size))
}

// MapKeys returns the map's keys, in the map's (random) order.
func (v Value) MapKeys() []Value {
	v.mustBe(Map, "MapKeys")
	var keys []Value
	if v.word() == nil {
		return keys
	}
	it := v.MapRange()
	for it.Next() {
		keys = append(keys, it.Key())
	}
	return keys
}

// A MapIter iterates over a map (MapRange).
type MapIter struct {
	m       Value
	it      hiter
	started bool
}

// MapRange returns an iterator over the map v.
func (v Value) MapRange() *MapIter {
	v.mustBe(Map, "MapRange")
	return &MapIter{m: v}
}

// Next advances to the next entry; false when there is none.
func (it *MapIter) Next() bool {
	if it.m.word() == nil {
		return false
	}
	if !it.started {
		it.started = true
		mapiterinit(it.m.typ, it.m.word(), &it.it)
	} else if it.it.key != nil {
		mapiternext(&it.it)
	}
	return it.it.key != nil
}

func (it *MapIter) Key() Value {
	if it.it.key == nil {
		panic("MapIter.Key called before Next")
	}
	return it.m.copyOut(it.m.typ.key, it.it.key)
}

func (it *MapIter) Value() Value {
	if it.it.key == nil {
		panic("MapIter.Value called before Next")
	}
	return it.m.copyOut(it.m.typ.elem, it.it.value)
}

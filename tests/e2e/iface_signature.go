// A dynamic type assertion matches methods by name and signature: a
// method of the right name with another signature is a missing method.
package main

import (
	"errors"
	"fmt"
)

type small struct{}

func (*small) Name() int8 { return 1 }

type wide struct{}

func (wide) Name() int64 { return 64 }

type namer8 interface{ Name() int8 }
type namer64 interface{ Name() int64 }

func check(v interface{}) {
	_, ok8 := v.(namer8)
	_, ok64 := v.(namer64)
	fmt.Printf("%T: %v %v\n", v, ok8, ok64)
}

func main() {
	check(&small{})
	check(wide{})
	check(&wide{})
	var err error = errors.New("e")
	_, ok := err.(interface{ Error() string })
	fmt.Println(ok)
	defer func() { fmt.Println(recover()) }()
	var n namer8 = &small{}
	fmt.Println(n.(namer64).Name())
}

package util

type T struct{ N int }

func New() interface{} { return T{1} }

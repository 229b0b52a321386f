// Package pairs declares generics that the main package instantiates.
package pairs

import "fmt"

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

func Of[K comparable, V any](k K, v V) Pair[K, V] { return Pair[K, V]{k, v} }

func Keys[K comparable, V any](ps []Pair[K, V]) []K {
	var out []K
	for _, p := range ps {
		out = append(out, p.Key)
	}
	return out
}

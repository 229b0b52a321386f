package main

func Keep[T any](xs []T) []T {
	var out []T
	for _, x := range xs {
		if x != nil {
			out = append(out, x)
		}
	}
	return out
}

func main() {}

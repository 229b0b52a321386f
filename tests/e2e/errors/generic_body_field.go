package main

type Named interface{ Name() string }

func Names[T Named](xs []T) (out []string) {
	for _, x := range xs {
		out = append(out, x.Name(), x.name)
	}
	return out
}

func main() {}

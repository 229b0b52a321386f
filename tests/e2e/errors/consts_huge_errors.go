package main

import "fmt"

const a = 1e646456993
const b = 1e64645699 * 1e64645699 * 1e64645699 * 1e64645699 * 1e64645699 * 1e64645699 * 1e64645699 * 1e64645699 * 1e64645699 * 1e64645699 * 1e64645699
const c = 1e64645699

func main() {
	fmt.Println(c)
	var x float32 = 1e-64645699
	fmt.Println(x)
}

// Golden escape test sizes: go tool compile -m -l output must be reproduced exactly.
package main

func a() int { s := make([]byte, 65536); return len(s) }
func b() int { s := make([]byte, 65537); return len(s) }
func c() int { p := new([65536]byte); return len(p) }
func d() int { p := new([65537]byte); return len(p) }
func e() byte { var x [10 << 20]byte; return x[3] }
func f() byte { var x [10<<20 + 1]byte; return x[3] }
func g() int { s := make([]int64, 8192); return len(s) }
func h() int { s := make([]int64, 8193); return len(s) }
func i(n int) int { s := make([]int, 0, n); return cap(s) }
func j() int { const n = 4; s := make([]int, n); return len(s) }

func main() {}

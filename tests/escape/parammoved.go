// Golden escape test parammoved: go tool compile -m -l output must be reproduced exactly.
package main

func k(p *int) **int { return &p }

func m(p *int) (*int, **int) { return p, &p }

func main() {}

package main

func main() {
	var p *int
	x := int(p != nil)
	println(x)
}

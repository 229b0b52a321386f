// A return statement with too few values.
package main

func pair() (int, string) {
	return 1
}

func main() {
	pair()
}

// Golden escape test rangecap: go tool compile -m -l output must be reproduced exactly.
package main

var fs []func() int

func rangeCapture(s []int) {
	for _, v := range s {
		fs = append(fs, func() int { return v })
	}
}

func loopCopy(s []int) {
	for _, v := range s {
		v := v
		fs = append(fs, func() int { return v })
	}
}

func main() {}

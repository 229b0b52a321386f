// Labels: labeled break and continue in nested loops and switches, goto.
package main

import "fmt"

func main() {
outer:
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			if j == 2 {
				continue outer
			}
			if i == 3 {
				break outer
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println()

	n := 0
loop:
	if n < 5 {
		fmt.Print("n", n, " ")
		n++
		goto loop
	}
	fmt.Println()

search:
	for _, row := range [][]int{{1, 2}, {3, 42}, {5, 6}} {
		for _, v := range row {
			switch {
			case v == 42:
				fmt.Println("found 42")
				break search
			case v%2 == 0:
				continue
			}
			fmt.Println("odd", v)
		}
	}

	i := 0
	for {
		i++
		switch i {
		case 2:
			continue
		case 5:
			goto done
		}
		fmt.Println("i", i)
	}
done:
	fmt.Println("done at", i)
}

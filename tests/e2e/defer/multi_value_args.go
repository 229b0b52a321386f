// Calls: f(g()) where g returns (int, error) spreads the results into fmt.Println's ...interface{}; the error must keep its dynamic type.
package main

import "fmt"

type E struct{}

func (E) Error() string { return "myE" }

func g() (int, error) { return 1, fmt.Errorf("E%d", 1) }
func h() (int, error) { return 2, E{} }
func k() (error, int) { return E{}, 3 }
func n() (int, error) { return 4, nil }

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return a / b, nil
}

func main() {
	fmt.Println(g())
	fmt.Println(h())
	fmt.Println(k())
	fmt.Println(n())
	fmt.Println(safeDiv(1, 0))
}

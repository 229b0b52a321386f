// Package initialisation follows dependencies through method values and
// method expressions, and (as gc does) a variable without an initialiser
// holds back the variables depending on it until its declaration.
package main

import "fmt"

type T int

func (T) first() int  { return a }
func (T) second() int { return b }

var viaValue = T(0).first()
var viaExpr = T.second(0)
var viaMethodValue = T(0).second

var a = trace("a", 1)
var b = trace("b", 2)

var order []string

func trace(name string, v int) int {
	order = append(order, name)
	return v
}

var p = trace("p", x)
var q = trace("q", y)
var r = trace("r", 0)

var x int
var y = trace("y", 7)

func main() {
	fmt.Println(viaValue, viaExpr, viaMethodValue())
	fmt.Println(order)
}

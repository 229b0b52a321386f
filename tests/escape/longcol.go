// Golden escape test longcol: Go prints no column from column 255 on.
package main

var g *int

func main() {
	g=                                                                                                                                                                                                                                                     new(int)
	g=                                                                                                                                                                                                                                                      new(int)
	g=                                                                                                                                                                                                                                                       new(int)
	g=                                                                                                                                                                                                                                                        new(int)
	g=                                                                                                                                                                                                                                                         new(int)
	g=                                                                                                                                                                                                                                                          new(int)
}

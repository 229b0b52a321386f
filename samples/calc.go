// calc.go - a small expression calculator: a lexer, a recursive-descent
// parser building a tree, and an evaluator. Grammar:
//
//	expr   = term { ("+" | "-") term }
//	term   = factor { ("*" | "/" | "%") factor }
//	factor = number | "-" factor | "(" expr ")"
package main

import "fmt"

type Node interface {
	Eval() (int, error)
	String() string
}

type Num struct{ Val int }

type BinOp struct {
	Op          byte
	Left, Right Node
}

type Neg struct{ X Node }

func (n Num) Eval() (int, error) { return n.Val, nil }
func (n Num) String() string     { return fmt.Sprint(n.Val) }

func (n Neg) Eval() (int, error) {
	v, err := n.X.Eval()
	return -v, err
}
func (n Neg) String() string { return "(-" + n.X.String() + ")" }

func (b BinOp) Eval() (int, error) {
	l, err := b.Left.Eval()
	if err != nil {
		return 0, err
	}
	r, err := b.Right.Eval()
	if err != nil {
		return 0, err
	}
	switch b.Op {
	case '+':
		return l + r, nil
	case '-':
		return l - r, nil
	case '*':
		return l * r, nil
	}
	if r == 0 {
		return 0, fmt.Errorf("division by zero in %v", b)
	}
	if b.Op == '/' {
		return l / r, nil
	}
	return l % r, nil
}

func (b BinOp) String() string {
	return "(" + b.Left.String() + " " + string(b.Op) + " " + b.Right.String() + ")"
}

// Parser reads the input one byte at a time, skipping spaces.
type Parser struct {
	src string
	pos int
}

func (p *Parser) peek() byte {
	for p.pos < len(p.src) && p.src[p.pos] == ' ' {
		p.pos++
	}
	if p.pos == len(p.src) {
		return 0
	}
	return p.src[p.pos]
}

func (p *Parser) expr() (Node, error) {
	left, err := p.term()
	for err == nil && (p.peek() == '+' || p.peek() == '-') {
		op := p.src[p.pos]
		p.pos++
		var right Node
		right, err = p.term()
		left = BinOp{op, left, right}
	}
	return left, err
}

func (p *Parser) term() (Node, error) {
	left, err := p.factor()
	for err == nil && (p.peek() == '*' || p.peek() == '/' || p.peek() == '%') {
		op := p.src[p.pos]
		p.pos++
		var right Node
		right, err = p.factor()
		left = BinOp{op, left, right}
	}
	return left, err
}

func (p *Parser) factor() (Node, error) {
	c := p.peek()
	switch {
	case c == '-':
		p.pos++
		x, err := p.factor()
		return Neg{x}, err
	case c == '(':
		p.pos++
		x, err := p.expr()
		if err != nil {
			return nil, err
		}
		if p.peek() != ')' {
			return nil, fmt.Errorf("expected ) at offset %d", p.pos)
		}
		p.pos++
		return x, nil
	case c >= '0' && c <= '9':
		n := 0
		for p.pos < len(p.src) && p.src[p.pos] >= '0' && p.src[p.pos] <= '9' {
			n = n*10 + int(p.src[p.pos]-'0')
			p.pos++
		}
		return Num{n}, nil
	}
	return nil, fmt.Errorf("unexpected %q at offset %d", string(c), p.pos)
}

func calc(src string) {
	p := &Parser{src: src}
	tree, err := p.expr()
	if err == nil && p.peek() != 0 {
		err = fmt.Errorf("trailing input at offset %d", p.pos)
	}
	if err != nil {
		fmt.Printf("%-22s error: %v\n", src, err)
		return
	}
	v, err := tree.Eval()
	if err != nil {
		fmt.Printf("%-22s error: %v\n", src, err)
		return
	}
	fmt.Printf("%-22s = %-6d tree %v\n", src, v, tree)
}

func main() {
	for _, s := range []string{
		"1 + 2 * 3",
		"(1 + 2) * 3",
		"-(4 - 10) % 4",
		"100 / 7 / 2",
		"2 * (3 + 4) * 5 - 1",
		"8 / (3 - 3)",
		"(1 + 2",
		"3 $ 4",
	} {
		calc(s)
	}
}

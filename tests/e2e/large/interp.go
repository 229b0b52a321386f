// Large program: a tokenizer, recursive-descent parser and tree-walking interpreter for a tiny language with variables, while, if, functions and recursion.
package main

import "fmt"

// ---- tokens ----

type TokKind int

const (
	TEOF TokKind = iota
	TNum
	TIdent
	TStr
	TOp
	TKeyword
)

var kindNames = [...]string{"EOF", "Num", "Ident", "Str", "Op", "Keyword"}

func (k TokKind) String() string { return kindNames[k] }

type Token struct {
	Kind TokKind
	Text string
	Num  int
	Line int
}

var keywords = map[string]bool{"let": true, "while": true, "if": true, "else": true, "func": true, "return": true, "print": true}

func isDigit(c byte) bool  { return c >= '0' && c <= '9' }
func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' }

func lex(src string) []Token {
	var toks []Token
	line := 1
	i := 0
	for i < len(src) {
		c := src[i]
		switch {
		case c == '\n':
			line++
			i++
		case c == ' ' || c == '\t':
			i++
		case c == '#':
			for i < len(src) && src[i] != '\n' {
				i++
			}
		case isDigit(c):
			n := 0
			for i < len(src) && isDigit(src[i]) {
				n = n*10 + int(src[i]-'0')
				i++
			}
			toks = append(toks, Token{TNum, "", n, line})
		case isLetter(c):
			j := i
			for j < len(src) && (isLetter(src[j]) || isDigit(src[j])) {
				j++
			}
			w := src[i:j]
			k := TIdent
			if keywords[w] {
				k = TKeyword
			}
			toks = append(toks, Token{k, w, 0, line})
			i = j
		case c == '"':
			j := i + 1
			for j < len(src) && src[j] != '"' {
				j++
			}
			toks = append(toks, Token{TStr, src[i+1 : j], 0, line})
			i = j + 1
		default:
			two := ""
			if i+1 < len(src) {
				two = src[i : i+2]
			}
			if two == "==" || two == "!=" || two == "<=" || two == ">=" || two == "&&" || two == "||" {
				toks = append(toks, Token{TOp, two, 0, line})
				i += 2
			} else {
				toks = append(toks, Token{TOp, string(c), 0, line})
				i++
			}
		}
	}
	return append(toks, Token{TEOF, "", 0, line})
}

// ---- AST ----

type Expr interface{ Eval(env *Env) Value }
type Stmt interface{ Exec(env *Env) (Value, bool) }

type Value interface{}

type Num struct{ V int }
type Str struct{ V string }
type Var struct{ Name string }
type Binary struct {
	Op   string
	L, R Expr
}
type Call struct {
	Name string
	Args []Expr
}

type Let struct {
	Name string
	E    Expr
}
type Assign struct {
	Name string
	E    Expr
}
type Print struct{ Args []Expr }
type While struct {
	Cond Expr
	Body []Stmt
}
type If struct {
	Cond       Expr
	Then, Else []Stmt
}
type Return struct{ E Expr }
type ExprStmt struct{ E Expr }
type FuncDecl struct {
	Name   string
	Params []string
	Body   []Stmt
}

// ---- environment ----

type Env struct {
	vars   map[string]Value
	parent *Env
	funcs  map[string]*FuncDecl
	calls  *int
}

func NewEnv(parent *Env) *Env {
	e := &Env{vars: map[string]Value{}, parent: parent}
	if parent != nil {
		e.funcs = parent.funcs
		e.calls = parent.calls
	} else {
		e.funcs = map[string]*FuncDecl{}
		e.calls = new(int)
	}
	return e
}

func (e *Env) Get(name string) Value {
	for s := e; s != nil; s = s.parent {
		if v, ok := s.vars[name]; ok {
			return v
		}
	}
	panic("undefined variable " + name)
}

func (e *Env) Set(name string, v Value) {
	for s := e; s != nil; s = s.parent {
		if _, ok := s.vars[name]; ok {
			s.vars[name] = v
			return
		}
	}
	panic("assignment to undeclared " + name)
}

// ---- evaluation ----

func (n Num) Eval(env *Env) Value { return n.V }
func (s Str) Eval(env *Env) Value { return s.V }
func (v Var) Eval(env *Env) Value { return env.Get(v.Name) }

func truthy(v Value) bool {
	switch x := v.(type) {
	case int:
		return x != 0
	case string:
		return x != ""
	case bool:
		return x
	}
	return false
}

func (b Binary) Eval(env *Env) Value {
	if b.Op == "&&" {
		return truthy(b.L.Eval(env)) && truthy(b.R.Eval(env))
	}
	if b.Op == "||" {
		return truthy(b.L.Eval(env)) || truthy(b.R.Eval(env))
	}
	l, r := b.L.Eval(env), b.R.Eval(env)
	if ls, ok := l.(string); ok {
		switch b.Op {
		case "+":
			return ls + fmt.Sprint(r)
		case "==":
			return l == r
		}
		panic("bad string op " + b.Op)
	}
	x, y := l.(int), r.(int)
	switch b.Op {
	case "+":
		return x + y
	case "-":
		return x - y
	case "*":
		return x * y
	case "/":
		return x / y
	case "%":
		return x % y
	case "<":
		return x < y
	case ">":
		return x > y
	case "<=":
		return x <= y
	case ">=":
		return x >= y
	case "==":
		return x == y
	case "!=":
		return x != y
	}
	panic("unknown operator " + b.Op)
}

func (c Call) Eval(env *Env) Value {
	f, ok := env.funcs[c.Name]
	if !ok {
		panic("undefined function " + c.Name)
	}
	*env.calls++
	local := NewEnv(env.root())
	for i, p := range f.Params {
		local.vars[p] = c.Args[i].Eval(env)
	}
	v, _ := execBlock(f.Body, local)
	return v
}

func (e *Env) root() *Env {
	for e.parent != nil {
		e = e.parent
	}
	return e
}

func execBlock(stmts []Stmt, env *Env) (Value, bool) {
	for _, s := range stmts {
		if v, ret := s.Exec(env); ret {
			return v, true
		}
	}
	return nil, false
}

func (s Let) Exec(env *Env) (Value, bool)      { env.vars[s.Name] = s.E.Eval(env); return nil, false }
func (s Assign) Exec(env *Env) (Value, bool)   { env.Set(s.Name, s.E.Eval(env)); return nil, false }
func (s ExprStmt) Exec(env *Env) (Value, bool) { s.E.Eval(env); return nil, false }
func (s Return) Exec(env *Env) (Value, bool)   { return s.E.Eval(env), true }
func (s *FuncDecl) Exec(env *Env) (Value, bool) {
	env.funcs[s.Name] = s
	return nil, false
}

func (s Print) Exec(env *Env) (Value, bool) {
	for i, a := range s.Args {
		if i > 0 {
			fmt.Print(" ")
		}
		fmt.Print(a.Eval(env))
	}
	fmt.Println()
	return nil, false
}

func (s While) Exec(env *Env) (Value, bool) {
	for truthy(s.Cond.Eval(env)) {
		if v, ret := execBlock(s.Body, NewEnv(env)); ret {
			return v, true
		}
	}
	return nil, false
}

func (s If) Exec(env *Env) (Value, bool) {
	if truthy(s.Cond.Eval(env)) {
		return execBlock(s.Then, NewEnv(env))
	}
	return execBlock(s.Else, NewEnv(env))
}

// ---- parser ----

type Parser struct {
	toks []Token
	pos  int
}

func (p *Parser) peek() Token { return p.toks[p.pos] }
func (p *Parser) next() Token {
	t := p.toks[p.pos]
	p.pos++
	return t
}
func (p *Parser) is(text string) bool {
	t := p.peek()
	return (t.Kind == TOp || t.Kind == TKeyword) && t.Text == text
}
func (p *Parser) expect(text string) {
	t := p.next()
	if t.Text != text {
		panic(fmt.Sprintf("line %d: expected %q, got %v %q", t.Line, text, t.Kind, t.Text))
	}
}

var precedence = map[string]int{"||": 1, "&&": 2, "==": 3, "!=": 3, "<": 4, ">": 4, "<=": 4, ">=": 4, "+": 5, "-": 5, "*": 6, "/": 6, "%": 6}

func (p *Parser) expr(minPrec int) Expr {
	left := p.primary()
	for {
		t := p.peek()
		prec, ok := precedence[t.Text]
		if t.Kind != TOp || !ok || prec < minPrec {
			return left
		}
		p.next()
		right := p.expr(prec + 1)
		left = Binary{t.Text, left, right}
	}
}

func (p *Parser) primary() Expr {
	t := p.next()
	switch t.Kind {
	case TNum:
		return Num{t.Num}
	case TStr:
		return Str{t.Text}
	case TIdent:
		if p.is("(") {
			p.next()
			var args []Expr
			for !p.is(")") {
				args = append(args, p.expr(1))
				if p.is(",") {
					p.next()
				}
			}
			p.next()
			return Call{t.Text, args}
		}
		return Var{t.Text}
	}
	if t.Text == "(" {
		e := p.expr(1)
		p.expect(")")
		return e
	}
	if t.Text == "-" {
		return Binary{"-", Num{0}, p.primary()}
	}
	panic(fmt.Sprintf("line %d: unexpected %v %q", t.Line, t.Kind, t.Text))
}

func (p *Parser) block() []Stmt {
	p.expect("{")
	var out []Stmt
	for !p.is("}") {
		out = append(out, p.stmt())
	}
	p.next()
	return out
}

func (p *Parser) stmt() Stmt {
	t := p.peek()
	if t.Kind == TKeyword {
		p.next()
		switch t.Text {
		case "let":
			name := p.next().Text
			p.expect("=")
			return Let{name, p.expr(1)}
		case "print":
			args := []Expr{p.expr(1)}
			for p.is(",") {
				p.next()
				args = append(args, p.expr(1))
			}
			return Print{args}
		case "while":
			c := p.expr(1)
			return While{c, p.block()}
		case "if":
			c := p.expr(1)
			then := p.block()
			var els []Stmt
			if p.is("else") {
				p.next()
				if p.is("if") {
					els = []Stmt{p.stmt()}
				} else {
					els = p.block()
				}
			}
			return If{c, then, els}
		case "return":
			return Return{p.expr(1)}
		case "func":
			name := p.next().Text
			p.expect("(")
			var params []string
			for !p.is(")") {
				params = append(params, p.next().Text)
				if p.is(",") {
					p.next()
				}
			}
			p.next()
			return &FuncDecl{name, params, p.block()}
		}
	}
	if t.Kind == TIdent && p.toks[p.pos+1].Text == "=" {
		p.pos += 2
		return Assign{t.Text, p.expr(1)}
	}
	return ExprStmt{p.expr(1)}
}

func run(name, src string) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "error:", r)
		}
	}()
	toks := lex(src)
	p := &Parser{toks: toks}
	var prog []Stmt
	for p.peek().Kind != TEOF {
		prog = append(prog, p.stmt())
	}
	env := NewEnv(nil)
	execBlock(prog, env)
	fmt.Printf("%s: %d tokens, %d statements, %d calls\n", name, len(toks), len(prog), *env.calls)
}

const program = `
# fibonacci, primes and string building
func fib(n) {
  if n < 2 { return n }
  return fib(n - 1) + fib(n - 2)
}
func isPrime(n) {
  if n < 2 { return 0 }
  let d = 2
  while d * d <= n {
    if n % d == 0 { return 0 }
    d = d + 1
  }
  return 1
}
let i = 0
while i < 15 {
  print "fib", i, fib(i)
  i = i + 1
}
let count = 0
let n = 0
let s = "primes:"
while n < 60 {
  if isPrime(n) { count = count + 1  s = s + " " + n }
  n = n + 1
}
print s
print "count", count, count == 17
func gcd(a, b) {
  while b != 0 { let t = b  b = a % b  a = t }
  return a
}
print "gcd", gcd(1071, 462), gcd(17, 5), -3 * (2 + 4)
if 1 && 0 { print "no" } else if 0 || 1 { print "else-if taken" } else { print "no" }
`

func main() {
	toks := lex("let x = 10 >= 9 # comment\nprint \"hi\"")
	for _, t := range toks {
		fmt.Printf("%v:%q:%d ", t.Kind, t.Text, t.Line)
	}
	fmt.Println()
	run("main", program)
	run("bad1", "print y")
	run("bad2", "let x = (1 + 2")
	run("bad3", "print 1 / 0")
	run("bad4", "print undefinedFn(3)")
}

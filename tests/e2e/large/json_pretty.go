// Large program: a JSON-like parser into interface{} values (maps, slices, floats, strings, bools, nil) and a pretty printer with sorted keys, plus error reporting.
package main

import "fmt"

type parser struct {
	s   string
	pos int
}

type SyntaxError struct {
	Pos int
	Msg string
}

func (e *SyntaxError) Error() string { return fmt.Sprintf("syntax error at %d: %s", e.Pos, e.Msg) }

func (p *parser) fail(msg string) {
	panic(&SyntaxError{p.pos, msg})
}

func (p *parser) ws() {
	for p.pos < len(p.s) {
		switch p.s[p.pos] {
		case ' ', '\n', '\t', '\r':
			p.pos++
		default:
			return
		}
	}
}

func (p *parser) peek() byte {
	p.ws()
	if p.pos >= len(p.s) {
		return 0
	}
	return p.s[p.pos]
}

func (p *parser) eat(c byte) {
	if p.peek() != c {
		p.fail(fmt.Sprintf("expected %q", c))
	}
	p.pos++
}

func (p *parser) value() interface{} {
	switch c := p.peek(); {
	case c == '{':
		return p.object()
	case c == '[':
		return p.array()
	case c == '"':
		return p.str()
	case c == '-' || c >= '0' && c <= '9':
		return p.number()
	case p.word("true"):
		return true
	case p.word("false"):
		return false
	case p.word("null"):
		return nil
	}
	p.fail("unexpected character")
	return nil
}

func (p *parser) word(w string) bool {
	if p.pos+len(w) <= len(p.s) && p.s[p.pos:p.pos+len(w)] == w {
		p.pos += len(w)
		return true
	}
	return false
}

func (p *parser) object() map[string]interface{} {
	m := map[string]interface{}{}
	p.eat('{')
	if p.peek() == '}' {
		p.pos++
		return m
	}
	for {
		k := p.str()
		p.eat(':')
		m[k] = p.value()
		if p.peek() == ',' {
			p.pos++
			continue
		}
		p.eat('}')
		return m
	}
}

func (p *parser) array() []interface{} {
	a := []interface{}{}
	p.eat('[')
	if p.peek() == ']' {
		p.pos++
		return a
	}
	for {
		a = append(a, p.value())
		if p.peek() == ',' {
			p.pos++
			continue
		}
		p.eat(']')
		return a
	}
}

func (p *parser) str() string {
	p.eat('"')
	var b []byte
	for {
		if p.pos >= len(p.s) {
			p.fail("unterminated string")
		}
		c := p.s[p.pos]
		p.pos++
		if c == '"' {
			return string(b)
		}
		if c == '\\' {
			e := p.s[p.pos]
			p.pos++
			switch e {
			case 'n':
				c = '\n'
			case 't':
				c = '\t'
			default:
				c = e
			}
		}
		b = append(b, c)
	}
}

func (p *parser) number() float64 {
	neg := false
	if p.s[p.pos] == '-' {
		neg = true
		p.pos++
	}
	v := 0.0
	for p.pos < len(p.s) && p.s[p.pos] >= '0' && p.s[p.pos] <= '9' {
		v = v*10 + float64(p.s[p.pos]-'0')
		p.pos++
	}
	if p.pos < len(p.s) && p.s[p.pos] == '.' {
		p.pos++
		scale := 0.1
		for p.pos < len(p.s) && p.s[p.pos] >= '0' && p.s[p.pos] <= '9' {
			v += float64(p.s[p.pos]-'0') * scale
			scale /= 10
			p.pos++
		}
	}
	if neg {
		v = -v
	}
	return v
}

func parse(s string) (v interface{}, err error) {
	defer func() {
		if r := recover(); r != nil {
			if se, ok := r.(*SyntaxError); ok {
				err = se
				return
			}
			panic(r)
		}
	}()
	p := &parser{s: s}
	v = p.value()
	if p.peek() != 0 {
		p.fail("trailing data")
	}
	return v, nil
}

func sortStrings(a []string) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j] < a[j-1]; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}

func indent(n int) string {
	s := ""
	for i := 0; i < n; i++ {
		s += "  "
	}
	return s
}

func quote(s string) string { return fmt.Sprintf("%q", s) }

func pretty(v interface{}, depth int) string {
	switch x := v.(type) {
	case nil:
		return "null"
	case bool:
		if x {
			return "true"
		}
		return "false"
	case float64:
		if x == float64(int64(x)) {
			return fmt.Sprint(int64(x))
		}
		return fmt.Sprint(x)
	case string:
		return quote(x)
	case []interface{}:
		if len(x) == 0 {
			return "[]"
		}
		out := "[\n"
		for i, e := range x {
			out += indent(depth+1) + pretty(e, depth+1)
			if i < len(x)-1 {
				out += ","
			}
			out += "\n"
		}
		return out + indent(depth) + "]"
	case map[string]interface{}:
		if len(x) == 0 {
			return "{}"
		}
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sortStrings(keys)
		out := "{\n"
		for i, k := range keys {
			out += indent(depth+1) + quote(k) + ": " + pretty(x[k], depth+1)
			if i < len(keys)-1 {
				out += ","
			}
			out += "\n"
		}
		return out + indent(depth) + "}"
	}
	return fmt.Sprintf("<%T>", v)
}

type stats struct{ objects, arrays, strings, numbers, others int }

func count(v interface{}, s *stats) {
	switch x := v.(type) {
	case map[string]interface{}:
		s.objects++
		for _, e := range x {
			count(e, s)
		}
	case []interface{}:
		s.arrays++
		for _, e := range x {
			count(e, s)
		}
	case string:
		s.strings++
	case float64:
		s.numbers++
	default:
		s.others++
	}
}

const doc = `{
  "name": "goscape", "version": 1.5, "tags": ["compiler", "go", "x86-64"],
  "stages": [{"name": "lexer", "tool": "re2c"}, {"name": "parser", "tool": "lemon"},
             {"name": "codegen", "lines": 4200, "ok": true}],
  "nested": {"z": {"deep": [1, [2, [3, []]], {}]}, "a": null, "m": -0.25},
  "escaped": "tab\there \"quoted\"\n"
}`

func main() {
	v, err := parse(doc)
	fmt.Println("err:", err)
	fmt.Println(pretty(v, 0))
	var st stats
	count(v, &st)
	fmt.Printf("%+v\n", st)
	m := v.(map[string]interface{})
	fmt.Println(m["version"], m["tags"], len(m["stages"].([]interface{})))
	stage := m["stages"].([]interface{})[2].(map[string]interface{})
	fmt.Println(stage["lines"].(float64)*2, stage["ok"])
	fmt.Println(m["nested"])
	for _, bad := range []string{`{"a": }`, `[1, 2`, `"open`, `{"k": 1} x`, `tru`} {
		v, err := parse(bad)
		fmt.Printf("%-12q -> %v %v\n", bad, v, err)
	}
	v, err = parse(` [ 3.25 , "x", false ] `)
	fmt.Println(pretty(v, 1), err)
}

// Large program: a bank simulation with accounts behind interfaces, a transaction log, error values, closures as policies, sorting, maps and a goroutine-driven ledger.
package main

import "fmt"

type Money int64

func (m Money) String() string {
	sign := ""
	if m < 0 {
		sign = "-"
		m = -m
	}
	return fmt.Sprintf("%s$%d.%02d", sign, int64(m/100), int64(m%100))
}

type Account interface {
	ID() string
	Balance() Money
	Deposit(m Money) error
	Withdraw(m Money) error
}

type InsufficientFunds struct {
	ID        string
	Need, Has Money
}

func (e *InsufficientFunds) Error() string {
	return fmt.Sprintf("account %s: insufficient funds: need %v, have %v", e.ID, e.Need, e.Has)
}

type InvalidAmount Money

func (e InvalidAmount) Error() string { return fmt.Sprintf("invalid amount %v", Money(e)) }

type base struct {
	id      string
	balance Money
	history []Money
}

func (b *base) ID() string      { return b.id }
func (b *base) Balance() Money  { return b.balance }
func (b *base) record(m Money)  { b.history = append(b.history, m) }
func (b *base) Deposit(m Money) error {
	if m <= 0 {
		return InvalidAmount(m)
	}
	b.balance += m
	b.record(m)
	return nil
}

type Checking struct {
	base
	overdraft Money
}

func (c *Checking) Withdraw(m Money) error {
	if m <= 0 {
		return InvalidAmount(m)
	}
	if c.balance+c.overdraft < m {
		return &InsufficientFunds{c.id, m, c.balance}
	}
	c.balance -= m
	c.record(-m)
	return nil
}

type Savings struct {
	base
	rateBP      int // basis points per period
	withdrawals int
}

func (s *Savings) Withdraw(m Money) error {
	if m <= 0 {
		return InvalidAmount(m)
	}
	if s.withdrawals >= 2 {
		return fmt.Errorf("account %s: withdrawal limit reached", s.id)
	}
	if s.balance < m {
		return &InsufficientFunds{s.id, m, s.balance}
	}
	s.withdrawals++
	s.balance -= m
	s.record(-m)
	return nil
}

func (s *Savings) Accrue() Money {
	interest := s.balance * Money(s.rateBP) / 10000
	s.balance += interest
	return interest
}

type Bank struct {
	accounts map[string]Account
	log      []string
	fees     Money
}

func NewBank() *Bank { return &Bank{accounts: map[string]Account{}} }

func (b *Bank) Open(a Account) { b.accounts[a.ID()] = a }

func (b *Bank) logf(format string, args ...interface{}) {
	b.log = append(b.log, fmt.Sprintf(format, args...))
}

func (b *Bank) Transfer(from, to string, m Money) (err error) {
	defer func() {
		if err != nil {
			b.logf("FAILED transfer %s->%s %v: %v", from, to, m, err)
		} else {
			b.logf("transfer %s->%s %v", from, to, m)
		}
	}()
	src, ok := b.accounts[from]
	if !ok {
		return fmt.Errorf("no account %q", from)
	}
	dst, ok := b.accounts[to]
	if !ok {
		return fmt.Errorf("no account %q", to)
	}
	if err := src.Withdraw(m); err != nil {
		return err
	}
	return dst.Deposit(m)
}

func (b *Bank) sortedIDs() []string {
	ids := make([]string, 0, len(b.accounts))
	for id := range b.accounts {
		ids = append(ids, id)
	}
	for i := 1; i < len(ids); i++ {
		for j := i; j > 0 && ids[j] < ids[j-1]; j-- {
			ids[j], ids[j-1] = ids[j-1], ids[j]
		}
	}
	return ids
}

func (b *Bank) Report() {
	var total Money
	for _, id := range b.sortedIDs() {
		a := b.accounts[id]
		kind := "?"
		switch v := a.(type) {
		case *Checking:
			kind = fmt.Sprintf("checking(od %v)", v.overdraft)
		case *Savings:
			kind = fmt.Sprintf("savings(%dbp, %d w)", v.rateBP, v.withdrawals)
		}
		fmt.Printf("  %-6s %-22s %10v\n", id, kind, a.Balance())
		total += a.Balance()
	}
	fmt.Printf("  total %v, fees %v\n", total, b.fees)
}

type Policy func(a Account) Money

func monthlyFee(threshold, fee Money) Policy {
	return func(a Account) Money {
		if a.Balance() < threshold {
			return fee
		}
		return 0
	}
}

func main() {
	bank := NewBank()
	bank.Open(&Checking{base{id: "alice"}, 5000})
	bank.Open(&Checking{base{id: "bob"}, 0})
	bank.Open(&Savings{base: base{id: "carol"}, rateBP: 125})
	for _, d := range []struct {
		id string
		m  Money
	}{{"alice", 10000}, {"bob", 2550}, {"carol", 100000}, {"bob", -5}} {
		if err := bank.accounts[d.id].Deposit(d.m); err != nil {
			fmt.Println("deposit error:", err)
		}
	}
	bank.Report()
	errs := []error{
		bank.Transfer("alice", "bob", 12000),
		bank.Transfer("alice", "bob", 5000),
		bank.Transfer("bob", "carol", 999999),
		bank.Transfer("carol", "alice", 2500),
		bank.Transfer("carol", "alice", 2500),
		bank.Transfer("carol", "alice", 2500),
		bank.Transfer("dave", "alice", 1),
		bank.Transfer("alice", "erin", 1),
		bank.Transfer("bob", "alice", 0),
	}
	for i, err := range errs {
		if f, ok := err.(*InsufficientFunds); ok {
			fmt.Printf("%d: short by %v\n", i, f.Need-f.Has)
		} else if ia, ok := err.(InvalidAmount); ok {
			fmt.Printf("%d: invalid %d\n", i, int(ia))
		} else if err != nil {
			fmt.Printf("%d: %v\n", i, err)
		}
	}
	for _, l := range bank.log {
		fmt.Println(l)
	}
	fee := monthlyFee(10000, 250)
	ledger := make(chan Money)
	done := make(chan bool)
	go func() {
		for m := range ledger {
			bank.fees += m
		}
		done <- true
	}()
	for _, id := range bank.sortedIDs() {
		a := bank.accounts[id]
		if f := fee(a); f > 0 {
			if err := a.Withdraw(f); err == nil {
				ledger <- f
			} else {
				fmt.Println("fee failed:", err)
			}
		}
		if s, ok := a.(*Savings); ok {
			fmt.Println("interest for", id, s.Accrue())
		}
	}
	close(ledger)
	<-done
	bank.Report()
	c := bank.accounts["alice"].(*Checking)
	fmt.Println("alice history:", c.history, len(c.history))
	fmt.Println(Money(-1234), Money(5), Money(100))
}

// bank_account.go - accounts with methods and errors, annotated with what
// escape analysis decides. Try:  ./goscape build -m samples/bank_account.go
package main

import "fmt"

type Account struct {
	Owner   string
	Balance int // in cents
	History []int
}

type Bank struct {
	accounts map[string]*Account
}

// The Account is returned by pointer and stored in a map that outlives
// this call: &Account{...} escapes to heap.
func (b *Bank) Open(owner string, deposit int) *Account {
	a := &Account{Owner: owner, Balance: deposit}
	b.accounts[owner] = a
	return a
}

// The pointer a itself goes nowhere, but what it points to is reached by
// append's result stored back into a.History: "leaking param content: a".
func (a *Account) Deposit(cents int) {
	a.Balance += cents
	a.History = append(a.History, cents)
}

// fmt.Errorf's arguments are boxed into interfaces that escape ("a.Owner
// escapes to heap"); the ... slice holding them does not.
func (a *Account) Withdraw(cents int) error {
	if cents > a.Balance {
		return fmt.Errorf("%s: insufficient funds: have %d, need %d", a.Owner, a.Balance, cents)
	}
	a.Balance -= cents
	a.History = append(a.History, -cents)
	return nil
}

func (b *Bank) Transfer(from, to string, cents int) error {
	src, ok := b.accounts[from]
	if !ok {
		return fmt.Errorf("no account %q", from)
	}
	dst, ok := b.accounts[to]
	if !ok {
		return fmt.Errorf("no account %q", to)
	}
	if err := src.Withdraw(cents); err != nil {
		return err
	}
	dst.Deposit(cents)
	return nil
}

// Total only reads: "b does not escape", "names does not escape", and sum
// is an ordinary stack slot.
func (b *Bank) Total(names []string) int {
	sum := 0
	for _, n := range names {
		sum += b.accounts[n].Balance
	}
	return sum
}

func dollars(cents int) string {
	return fmt.Sprintf("$%d.%02d", cents/100, cents%100)
}

func main() {
	bank := Bank{accounts: map[string]*Account{}} // the map literal does not escape
	alice := bank.Open("alice", 10000)
	bank.Open("bob", 2500)
	alice.Deposit(1999)

	for _, t := range []struct {
		from, to string
		cents    int
	}{
		{"alice", "bob", 5000},
		{"bob", "alice", 100000},
		{"carol", "bob", 1},
		{"bob", "alice", 250},
	} {
		if err := bank.Transfer(t.from, t.to, t.cents); err != nil {
			fmt.Println("transfer failed:", err)
		} else {
			fmt.Println("moved", dollars(t.cents), "from", t.from, "to", t.to)
		}
	}
	names := []string{"alice", "bob"}
	for _, n := range names {
		a := bank.accounts[n]
		fmt.Println(n, dollars(a.Balance), a.History)
	}
	fmt.Println("total", dollars(bank.Total(names)))
}

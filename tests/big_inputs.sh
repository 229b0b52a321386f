#!/usr/bin/env bash
# big_inputs.sh - part of `make test`: inputs far larger or deeper than the
# e2e programs must compile and run right. No timing is asserted (that is
# `make bench-compile`); each build only has to finish.
#
#   tests/big_inputs.sh GOSCAPE
#
# The programs come from tests/gen_big.sh: 100,000 nested parentheses and
# 100,000 nested blocks (Go accepts both), 20,000 locals in one function
# and 5,000 functions. Their output is known from the generator: parens
# prints 3, blocks 4, locals and funcs the value the chain computes.
set -u
gs=$(realpath "$1")
root=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

pass=0 fail=0
check() { # KIND N EXPECTED
	local kind=$1 n=$2 want=$3 got
	"$root/tests/gen_big.sh" "$kind" "$n" >"$tmp/$kind.go"
	if ! "$gs" build -o "$tmp/$kind" "$tmp/$kind.go" >"$tmp/$kind.log" 2>&1; then
		echo "FAIL $kind $n: build failed"
		head -5 "$tmp/$kind.log"
		fail=$((fail + 1))
		return
	fi
	got=$("$tmp/$kind" 2>&1)
	if [ "$got" = "$want" ]; then
		echo "PASS $kind $n"
		pass=$((pass + 1))
	else
		echo "FAIL $kind $n: printed '$got', want '$want'"
		fail=$((fail + 1))
	fi
}

# x0 = 1, x_i = x_(i-1) + i%7: 1 + sum of i%7 for i < N.
locals_sum() { awk -v n="$1" 'BEGIN { s = 1; for (i = 1; i < n; i++) s += i % 7; print s }'; }
# f0(a) = a, f_i(a) = f_(i-1)(a + i%5) ^ i%3, evaluated at a = 1.
funcs_value() {
	awk -v n="$1" 'function xor(a, b,   r, bit) { r = 0; bit = 1
			while (a || b) { if ((a % 2) != (b % 2)) r += bit; a = int(a / 2); b = int(b / 2); bit *= 2 }
			return r }
		BEGIN { a[n - 1] = 1; for (i = n - 1; i > 0; i--) a[i - 1] = a[i] + i % 5
			v = a[0]; for (i = 1; i < n; i++) v = xor(v, i % 3); print v }'
}

check parens 100000 3
check blocks 100000 4
check locals 20000 "$(locals_sum 20000)"
check funcs 5000 "$(funcs_value 5000)"
echo "big inputs: $pass passed, $fail failed"
[ "$fail" -eq 0 ]

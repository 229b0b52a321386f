// Package bytealg is goscape's version of Go's internal/bytealg: the
// byte and string searches that Go writes in assembly, as plain Go loops.
// strings, bytes and strconv call them; goscape compiles this file
// instead of GOROOT's package.
package bytealg

// MaxLen is the longest pattern IndexString and Index handle; 0 (as on
// architectures without a vectorised search) makes strings.Index and
// bytes.Index use IndexByteString and Rabin-Karp instead.
var MaxLen int

// MaxBruteForce: below this length brute force beats Rabin-Karp.
const MaxBruteForce = 64

// PrimeRK is the base of the Rabin-Karp rolling hash.
const PrimeRK = 16777619

// Cutover is how many mismatches of IndexByte's first-byte search
// strings.Index tolerates before switching to Rabin-Karp.
func Cutover(n int) int {
	return (n + 16) / 8
}

func IndexByte(b []byte, c byte) int {
	for i := 0; i < len(b); i++ {
		if b[i] == c {
			return i
		}
	}
	return -1
}

func IndexByteString(s string, c byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return i
		}
	}
	return -1
}

func Count(b []byte, c byte) int {
	n := 0
	for _, x := range b {
		if x == c {
			n++
		}
	}
	return n
}

func CountString(s string, c byte) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			n++
		}
	}
	return n
}

func Equal(a, b []byte) bool {
	return string(a) == string(b)
}

func Compare(a, b []byte) int {
	n := len(a)
	if len(b) < n {
		n = len(b)
	}
	for i := 0; i < n; i++ {
		if a[i] != b[i] {
			if a[i] < b[i] {
				return -1
			}
			return 1
		}
	}
	if len(a) < len(b) {
		return -1
	}
	if len(a) > len(b) {
		return 1
	}
	return 0
}

// IndexString is the first index of substr in s, or -1.
func IndexString(s, substr string) int {
	n := len(substr)
	for i := 0; i+n <= len(s); i++ {
		if s[i:i+n] == substr {
			return i
		}
	}
	return -1
}

// Index is the first index of sep in s, or -1.
func Index(s, sep []byte) int {
	return IndexString(string(s), string(sep))
}

// HashStr returns the Rabin-Karp hash of sep and PrimeRK to the power
// len(sep), the factor that drops a byte off the hashed window.
func HashStr(sep string) (uint32, uint32) {
	var h uint32
	for i := 0; i < len(sep); i++ {
		h = h*PrimeRK + uint32(sep[i])
	}
	return h, power(len(sep))
}

// HashStrRev hashes sep from its last byte to its first (for LastIndex).
func HashStrRev(sep string) (uint32, uint32) {
	var h uint32
	for i := len(sep) - 1; i >= 0; i-- {
		h = h*PrimeRK + uint32(sep[i])
	}
	return h, power(len(sep))
}

func HashStrBytes(sep []byte) (uint32, uint32) {
	return HashStr(string(sep))
}

func HashStrRevBytes(sep []byte) (uint32, uint32) {
	return HashStrRev(string(sep))
}

func power(n int) uint32 {
	p := uint32(1)
	for i := 0; i < n; i++ {
		p *= PrimeRK
	}
	return p
}

// IndexRabinKarp is the first index of substr in s, or -1, comparing a
// rolling hash of each window of s with substr's before the bytes.
func IndexRabinKarp(s, substr string) int {
	n := len(substr)
	if n > len(s) {
		return -1
	}
	want, pow := HashStr(substr)
	var h uint32
	for i := 0; i < n; i++ {
		h = h*PrimeRK + uint32(s[i])
	}
	for i := 0; ; i++ {
		if h == want && s[i:i+n] == substr {
			return i
		}
		if i+n >= len(s) {
			return -1
		}
		h = h*PrimeRK + uint32(s[i+n]) - pow*uint32(s[i])
	}
}

func IndexRabinKarpBytes(s, sep []byte) int {
	return IndexRabinKarp(string(s), string(sep))
}

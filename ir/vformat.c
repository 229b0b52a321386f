// vformat.c - the fast formatter of vformat.h, and fformat, fprintf through it.
// A format is compiled once into its pieces (a literal run, then a
// conversion) and kept, found again by its address: parsing the format
// and copying its literal runs a byte at a time cost more than the text
// its arguments put in. Only a format in the program's read-only memory
// (a string literal, as nearly all are) is kept: its text at that address
// cannot change; another is compiled for the one call.
#define _GNU_SOURCE // fwrite_unlocked, dl_iterate_phdr
#include <link.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "util.h"
#include "vformat.h"

enum { ARG_INT, ARG_LONG, ARG_LLONG, ARG_SIZE };

// A literal run and the conversion after it.
typedef struct Piece {
	uint32_t lit, nlit;  // the run: Format.text[lit..lit+nlit)
	char conv;           // 's', 'c', 'd' or 'u'; 0: the run is the format's last
	uint8_t arg;         // d and u: the argument's type (ARG_*)
	bool left;           // '-': padded on the right
	uint16_t width;      // padded to width columns; 0: not padded
} Piece;

typedef struct Format {
	const char *fmt;
	bool declined;  // a conversion vformat leaves to the C library
	Piece *pieces;  // up to the one with conv 0
	char *text;     // the literal runs ("%%" as '%'), then LIT_SLACK bytes
} Format;

// A run of up to LIT_SLACK bytes is copied as LIT_SLACK bytes at once
// when the buffer has the room (the bytes after it are overwritten later
// or lie past the text's end): one move instead of a call of memcpy.
#define LIT_SLACK 16

// fmt's Format in one block, or NULL when it has a conversion vformat
// does not take (the rules are vformat.h's).
static Format *compile(const char *fmt) {
	size_t len = strlen(fmt), convs = 0;
	for (const char *f = fmt; *f; f++)
		convs += *f == '%';
	Format *F = xmalloc(sizeof(Format) + (convs + 1) * sizeof(Piece) + len + LIT_SLACK);
	F->fmt = fmt;
	F->declined = false;
	F->pieces = (Piece *)(F + 1);
	F->text = (char *)(F->pieces + convs + 1);
	memset(F->text + len, 0, LIT_SLACK);
	Piece *pc = F->pieces;
	uint32_t t = 0;
	*pc = (Piece){0};
	for (const char *f = fmt;;) {
		if (*f != '%') {
			if (!*f)
				break;
			F->text[t++] = *f++;
			continue;
		}
		f++;
		if (*f == '%') {
			F->text[t++] = *f++;
			continue;
		}
		bool left = *f == '-';
		if (left)
			f++;
		unsigned width = 0;
		for (; *f >= '0' && *f <= '9'; f++) {
			if ((*f == '0' && width == 0) || (width = width * 10 + (unsigned)(*f - '0')) > 1024)
				goto decline;  // the 0 flag, or a width no line needs
		}
		int arg = ARG_INT;
		if (*f == 'z')
			arg = ARG_SIZE, f++;
		else if (f[0] == 'l' && f[1] == 'l')
			arg = ARG_LLONG, f += 2;
		else if (*f == 'l')
			arg = ARG_LONG, f++;
		char conv = *f++;
		if (!((conv == 's' || conv == 'c') && arg == ARG_INT) && conv != 'd' && conv != 'u')
			goto decline;
		pc->nlit = t - pc->lit;
		pc->conv = conv;
		pc->arg = (uint8_t)arg;
		pc->left = left;
		pc->width = (uint16_t)width;
		*++pc = (Piece){.lit = t};
	}
	pc->nlit = t - pc->lit;
	pc->conv = 0;
	return F;
decline:
	F->declined = true;
	return F;
}

// The program's read-only memory, where its string literals are: the
// executable's segments that are loaded without write permission; found
// before main, while the program has one thread.
enum { MAX_RO = 8 };
static struct {
	int n;
	uintptr_t lo[MAX_RO], hi[MAX_RO];
} ro;

static int find_ro(struct dl_phdr_info *info, size_t size, void *data) {
	for (int i = 0; i < info->dlpi_phnum && ro.n < MAX_RO; i++) {
		const ElfW(Phdr) *ph = &info->dlpi_phdr[i];
		if (ph->p_type == PT_LOAD && !(ph->p_flags & PF_W)) {
			ro.lo[ro.n] = info->dlpi_addr + ph->p_vaddr;
			ro.hi[ro.n++] = info->dlpi_addr + ph->p_vaddr + ph->p_memsz;
		}
	}
	return 1;  // the first object is the executable
}

__attribute__((constructor)) static void init_ro(void) {
	dl_iterate_phdr(find_ro, NULL);
}

static bool read_only(const char *fmt) {
	for (int i = 0; i < ro.n; i++)
		if ((uintptr_t)fmt >= ro.lo[i] && (uintptr_t)fmt < ro.hi[i])
			return true;
	return false;
}

// The compiled formats, open addressing by address; one table a thread
// (the explorer's server has several).
static _Thread_local struct {
	Format **slots;
	size_t cap, n;  // cap a power of 2, at most half full
} kept;

static size_t slot_of(const char *fmt, size_t cap) {
	return (size_t)(((uintptr_t)fmt * 0x9E3779B97F4A7C15u) >> 32) & (cap - 1);
}

static void keep(Format *F) {
	if (2 * (kept.n + 1) > kept.cap) {
		size_t cap = kept.cap ? 2 * kept.cap : 1024;
		Format **slots = xcalloc(cap, sizeof *slots);
		for (size_t i = 0; i < kept.cap; i++)
			if (kept.slots[i]) {
				size_t j = slot_of(kept.slots[i]->fmt, cap);
				while (slots[j])
					j = (j + 1) & (cap - 1);
				slots[j] = kept.slots[i];
			}
		free(kept.slots);
		kept.slots = slots;
		kept.cap = cap;
	}
	size_t j = slot_of(F->fmt, kept.cap);
	while (kept.slots[j])
		j = (j + 1) & (kept.cap - 1);
	kept.slots[j] = F;
	kept.n++;
}

static const Format *kept_format(const char *fmt) {
	if (kept.cap)
		for (size_t j = slot_of(fmt, kept.cap); kept.slots[j]; j = (j + 1) & (kept.cap - 1))
			if (kept.slots[j]->fmt == fmt)
				return kept.slots[j];
	if (!read_only(fmt))
		return NULL;
	Format *F = compile(fmt);
	keep(F);
	return F;
}

// F's text into buf[0..size), as vformat.
static int run(const Format *F, char *buf, size_t size, va_list ap) {
	if (F->declined || size == 0)
		return -1;
	char *p = buf, *end = buf + size - 1; // room for the NUL
	for (const Piece *pc = F->pieces;; pc++) {
		const char *lit = F->text + pc->lit;
		size_t k = pc->nlit;
		if (k <= LIT_SLACK && end - p >= LIT_SLACK)
			memcpy(p, lit, LIT_SLACK);
		else if ((size_t)(end - p) >= k)
			memcpy(p, lit, k);
		else
			return -1;
		p += k;
		char digits[24];
		const char *s;
		switch (pc->conv) {
		case 0:
			*p = '\0';
			return (int)(p - buf);
		case 'c':
			digits[0] = (char)va_arg(ap, int);
			digits[1] = '\0';
			if (!digits[0])
				return -1;  // a NUL, which would end s here
			s = digits;
			break;
		case 's':
			s = va_arg(ap, const char *);
			if (!s)
				s = "(null)"; // as glibc prints it
			break;
		default: {  // d, u
			unsigned long long v;
			bool neg = false;
			if (pc->conv == 'd') {
				long long x = pc->arg == ARG_SIZE ? (long long)va_arg(ap, ptrdiff_t)
				              : pc->arg == ARG_LLONG ? va_arg(ap, long long)
				              : pc->arg == ARG_LONG ? va_arg(ap, long)
				                                    : va_arg(ap, int);
				neg = x < 0;
				v = neg ? -(unsigned long long)x : (unsigned long long)x;
			} else {
				v = pc->arg == ARG_SIZE ? va_arg(ap, size_t)
				    : pc->arg == ARG_LLONG ? va_arg(ap, unsigned long long)
				    : pc->arg == ARG_LONG ? va_arg(ap, unsigned long)
				                          : va_arg(ap, unsigned);
			}
			if (!pc->width && end - p >= 21) {  // the sign and 20 digits
				*p = '-';
				p = put_decimal(p + neg, v);
				continue;
			}
			char *q = put_decimal(digits + 1, v);
			*q = '\0';
			s = digits + !neg;
			digits[0] = '-';
			break;
		}
		}
		if (pc->width) {  // padded: rare
			size_t n = strlen(s);
			size_t pad = pc->width > n ? pc->width - n : 0;
			if ((size_t)(end - p) < n + pad)
				return -1;
			if (!pc->left)
				p = (char *)memset(p, ' ', pad) + pad;
			p = (char *)memcpy(p, s, n) + n;
			if (pc->left)
				p = (char *)memset(p, ' ', pad) + pad;
			continue;
		}
		// A byte at a time: most are a register's name, shorter than what
		// a call of strlen and memcpy costs.
		for (; *s; s++) {
			if (p == end)
				return -1;
			*p++ = *s;
		}
	}
}

int vformat(char *buf, size_t size, const char *fmt, va_list ap) {
	const Format *F = kept_format(fmt);
	Format *once = F ? NULL : compile(fmt);  // not kept: for this call
	int n = run(F ? F : once, buf, size, ap);  // one call, inlined
	if (once)
		free(once);
	return n;
}

int vformat_copy(char *buf, size_t size, const char *fmt, va_list ap) {
	va_list ap2;
	va_copy(ap2, ap);
	int n = vformat(buf, size, fmt, ap2);
	va_end(ap2);
	return n;
}

// "00" to "99", for two digits at a time: half the divisions.
static const char two_digits[] =
	"00010203040506070809101112131415161718192021222324252627282930313233343536373839"
	"40414243444546474849505152535455565758596061626364656667686970717273747576777879"
	"8081828384858687888990919293949596979899";

static const unsigned long long pow10[20] = {
	1ull, 10ull, 100ull, 1000ull, 10000ull, 100000ull, 1000000ull, 10000000ull, 100000000ull, 1000000000ull,
	10000000000ull, 100000000000ull, 1000000000000ull, 10000000000000ull, 100000000000000ull,
	1000000000000000ull, 10000000000000000ull, 100000000000000000ull, 1000000000000000000ull,
	10000000000000000000ull,
};

// The number of v's digits from the number of its bits (1233 / 4096 is
// about log10(2)).
static int digits_of(unsigned long long v) {
	int t = ((64 - __builtin_clzll(v | 1)) * 1233) >> 12;
	int n = t + 1 - (v < pow10[t]);
	return n ? n : 1;  // 0 has one
}

char *put_decimal(char *p, unsigned long long v) {
	if (v < 100) {  // most of the assembly's numbers: no division
		if (v < 10) {
			*p = (char)('0' + v);
			return p + 1;
		}
		memcpy(p, two_digits + 2 * v, 2);
		return p + 2;
	}
	// Written from the last digit, in place.
	int n = digits_of(v);
	char *q = p + n;
	for (; v >= 100; v /= 100)
		memcpy(q -= 2, two_digits + 2 * (v % 100), 2);
	if (v >= 10)
		memcpy(q - 2, two_digits + 2 * v, 2);
	else
		q[-1] = (char)('0' + v);
	return p + n;
}

char *put_int(char *p, long long v) {
	if (v < 0)
		*p++ = '-';
	return put_decimal(p, v < 0 ? -(unsigned long long)v : (unsigned long long)v);
}

char *put_padded(char *p, long long v, int width) {
	int n = (v < 0) + digits_of(v < 0 ? -(unsigned long long)v : (unsigned long long)v);
	for (; width > n; width--)
		*p++ = ' ';
	return put_int(p, v);
}

char *put_str(char *p, const char *s) {
	while (*s)
		*p++ = *s++;
	return p;
}

void put_text(FILE *out, const char *s, size_t n) {
#ifdef __GLIBC__
	// The room left in out's buffer, which glibc's putc_unlocked macro
	// writes to as well (none in a line-buffered or unbuffered stream:
	// those take fwrite's path).
	if ((size_t)(out->_IO_write_end - out->_IO_write_ptr) >= n) {
		memcpy(out->_IO_write_ptr, s, n);
		out->_IO_write_ptr += n;
		return;
	}
#endif
	fwrite_unlocked(s, 1, n, out);
}

void put_string(FILE *out, const char *s) {
	put_text(out, s, strlen(s));
}

void vfformat(FILE *out, const char *fmt, va_list ap) {
	char buf[512];
	int n = vformat_copy(buf, sizeof buf, fmt, ap);
	if (n >= 0)
		put_text(out, buf, (size_t)n);
	else
		vfprintf(out, fmt, ap);
}

void fformat(FILE *out, const char *fmt, ...) {
	va_list ap;
	va_start(ap, fmt);
	vfformat(out, fmt, ap);
	va_end(ap);
}

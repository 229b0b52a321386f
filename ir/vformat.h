// vformat.h - printf formatting of the few conversions the compiler's
// text is made of (%s %d %u %c with l, ll or z), several times faster
// than the C library's vsnprintf, whose per-call cost dominated writing
// the assembly. Anything else is left to vsnprintf.
#ifndef GOSCAPE_VFORMAT_H
#define GOSCAPE_VFORMAT_H

#include <stdarg.h>
#include <stddef.h>

// Formats like vsnprintf into buf[0..size), NUL-terminated, and returns
// the length; or returns -1, having consumed ap, when fmt has a
// conversion other than %%, %s, %c and %d/%u with an l, ll or z length,
// or when the text does not fit (then the caller formats with vsnprintf
// from a va_copy).
int vformat(char *buf, size_t size, const char *fmt, va_list ap);

#endif

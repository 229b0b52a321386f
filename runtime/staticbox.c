// staticbox.c - the read-only values interface data words point at instead
// of a heap box (codegen/constbox.c), as in gc's runtime: the 256 small
// numbers (a bool, a byte, or a 2-, 4- or 8-byte value below 256 is boxed
// as a pointer to its entry; on little-endian x86-64 the entry's first
// bytes are the value at any of those sizes) and a zeroed value for an
// empty string or a nil slice. Nothing writes through a data word.
#include <stdint.h>

#define N4(n) n, n + 1, n + 2, n + 3
#define N16(n) N4(n), N4(n + 4), N4(n + 8), N4(n + 12)
#define N64(n) N16(n), N16(n + 16), N16(n + 32), N16(n + 48)
const uint64_t runtime_staticuint64s[256] = {N64(0), N64(64), N64(128), N64(192)};

const uint64_t runtime_zeroval[3]; // a string's or a slice's words, all zero

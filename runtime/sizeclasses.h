// sizeclasses.h - Go 1.19's malloc size classes (runtime/sizeclasses.go),
// shared by append's capacity rounding and the heap allocator.
#ifndef GOSCAPE_SIZECLASSES_H
#define GOSCAPE_SIZECLASSES_H

#include <stdint.h>

enum {
	NUM_SIZE_CLASSES = 68,        // class 0 = large object
	MAX_SMALL_SIZE = 32768,
	PAGE_SIZE_GO = 8192,
};

extern const uint32_t class_to_size[NUM_SIZE_CLASSES];     // bytes per object
extern const uint32_t class_to_npages[NUM_SIZE_CLASSES];   // pages per span

// Smallest class whose size is >= size (1 <= size <= MAX_SMALL_SIZE).
int size_to_class(uintptr_t size);
// The size malloc really hands out for a request: the class size, or a
// whole number of pages for large objects. Returns size on overflow.
uintptr_t roundupsize(uintptr_t size);

#endif

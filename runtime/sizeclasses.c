// sizeclasses.c - the size class table of Go 1.19 (67 classes plus the
// "large" class 0) and roundupsize, as append's capacity rule needs them.
#include "sizeclasses.h"

const uint32_t class_to_size[NUM_SIZE_CLASSES] = {
	0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256, 288, 320,
	352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280, 1408, 1536, 1792,
	2048, 2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472,
	9728, 10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264,
	28672, 32768,
};

const uint32_t class_to_npages[NUM_SIZE_CLASSES] = {
	0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 2, 1, 2, 1, 2, 1, 3, 2, 3, 1, 3, 2, 3, 4, 5, 6, 1, 7, 6, 5, 4, 3, 5, 7, 2, 9, 7,
	5, 8, 3, 10, 7, 4,
};

int size_to_class(uintptr_t size) {
	// Binary search: the table is sorted and small.
	int lo = 1, hi = NUM_SIZE_CLASSES - 1;
	while (lo < hi) {
		int mid = (lo + hi) / 2;
		if (class_to_size[mid] >= size)
			hi = mid;
		else
			lo = mid + 1;
	}
	return lo;
}

uintptr_t roundupsize(uintptr_t size) {
	if (size == 0)
		return 0;
	if (size <= MAX_SMALL_SIZE)
		return class_to_size[size_to_class(size)];
	if (size + PAGE_SIZE_GO < size)
		return size;
	return (size + PAGE_SIZE_GO - 1) & ~(uintptr_t)(PAGE_SIZE_GO - 1);
}

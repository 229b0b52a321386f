// hooks_atomic.c - sync/atomic's body-less functions (GOROOT's doc.go
// declares them, hooks.S maps each to the one of its operand width). One
// thread runs every goroutine and these never block, so plain memory
// operations are atomic. Each gets the address of its Go argument block:
// arguments then results, each in an 8-byte slot.
#include <stdbool.h>
#include <stdint.h>

#define ATOMIC_HOOKS(bits, T)                                                                  \
	/* func SwapX(addr *T, new T) (old T) */                                                  \
	void hook_atomic_swap##bits(uint64_t *f) {                                                 \
		T *addr = (T *)f[0];                                                               \
		*(T *)&f[2] = *addr;                                                               \
		*addr = *(T *)&f[1];                                                               \
	}                                                                                          \
	/* func CompareAndSwapX(addr *T, old, new T) (swapped bool) */                           \
	void hook_atomic_compareandswap##bits(uint64_t *f) {                                       \
		T *addr = (T *)f[0];                                                               \
		bool swapped = *addr == *(T *)&f[1];                                               \
		if (swapped)                                                                       \
			*addr = *(T *)&f[2];                                                       \
		*(bool *)&f[3] = swapped;                                                          \
	}                                                                                          \
	/* func LoadX(addr *T) (val T) */                                                         \
	void hook_atomic_load##bits(uint64_t *f) { *(T *)&f[1] = *(T *)f[0]; }                     \
	/* func StoreX(addr *T, val T) */                                                         \
	void hook_atomic_store##bits(uint64_t *f) { *(T *)f[0] = *(T *)&f[1]; }                    \
	/* func AddX(addr *T, delta T) (new T) */                                                 \
	void hook_atomic_add##bits(uint64_t *f) { *(T *)&f[2] = *(T *)f[0] += *(T *)&f[1]; }

ATOMIC_HOOKS(32, uint32_t)
ATOMIC_HOOKS(64, uint64_t)

// func runtime_procPin() int: Value's first Store keeps its P while the
// type word says "in progress"; with one thread nothing can preempt it.
void hook_atomic_procpin(uint64_t *f) { f[0] = 0; }

// func runtime_procUnpin()
void hook_atomic_procunpin(uint64_t *f) { (void)f; }

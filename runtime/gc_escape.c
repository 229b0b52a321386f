// gc_escape.c - GOSCAPE_DEBUG=checkescape=1: while marking, a precisely
// typed pointer slot of a heap object that points into the stack breaks
// escape analysis' first invariant (no heap object points to the stack).
// Conservatively scanned blocks are not checked: they may hold stale
// stack-looking words legitimately.
//
// The stack range is the running stack's whole reservation (main's or a
// goroutine's: stack.c), or RLIMIT_STACK bytes below the OS stack's top
// in the runtime's unit tests, so pointers into frames that already
// returned count too.
#include "heap.h"
#include "rt.h"

#include <elf.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>
#ifdef __SANITIZE_ADDRESS__
#include <sanitizer/asan_interface.h>
#endif

extern const char __executable_start[];

static uintptr_t stack_lo, stack_hi;

void gc_escape_setup(void)
{
	stack_hi = gc_stack_top();
	stack_lo = stack_running_lo();
	if (stack_lo)
		return;
	struct rlimit rl;
	uintptr_t size = 8 << 20;
	if (getrlimit(RLIMIT_STACK, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY && rl.rlim_cur < ((rlim_t)1 << 30))
		size = (uintptr_t)rl.rlim_cur;
	stack_lo = stack_hi - size;
}

static bool is_stack_address(uintptr_t addr)
{
	// The range below a goroutine's stack top may reach other mappings;
	// the heap at least is never a stack.
	if (addr - heap_base() < heap_index.committed)
		return false;
#ifdef __SANITIZE_ADDRESS__
	// ASan's use-after-return mode moves addressable locals to fake frames.
	void *fake = __asan_get_current_fake_stack();
	if (fake && __asan_addr_is_in_fake_stack(fake, (void *)addr, NULL, NULL))
		return true;
#endif
	return addr >= stack_lo && addr < stack_hi;
}

void gc_record_site(uintptr_t site[ALLOC_FRAMES], uintptr_t fp)
{
	// Follow saved frame pointers while they climb the running stack;
	// frames without one end the walk early but never read elsewhere.
	uintptr_t top = gc_stack_top();
	for (int i = 0; i < ALLOC_FRAMES; i++) {
		bool valid = fp % 8 == 0 && fp < top - 16;
		site[i] = valid ? ((uintptr_t *)fp)[1] : 0;
		uintptr_t next = valid ? ((uintptr_t *)fp)[0] : 0;
		fp = next > fp ? next : top;
	}
}

// FILE:LINE of the innermost return address in Go code (a .go line from
// addr2line), else of the innermost one addr2line knows, else the pc.
static void describe_site(const uintptr_t site[ALLOC_FRAMES], char *buf, size_t n)
{
	snprintf(buf, n, "pc=%#lx", (unsigned long)site[0]);
	// addr2line wants file addresses: subtract the load base of a PIE.
	const Elf64_Ehdr *ehdr = (const Elf64_Ehdr *)__executable_start;
	uintptr_t base = ehdr->e_type == ET_DYN ? (uintptr_t)__executable_start : 0;
	char cmd[64 + ALLOC_FRAMES * 20];
	int len = snprintf(cmd, sizeof cmd, "addr2line -e /proc/%d/exe", (int)getpid());
	for (int i = 0; i < ALLOC_FRAMES && site[i]; i++)
		len += snprintf(cmd + len, sizeof cmd - (size_t)len, " %#lx", (unsigned long)(site[i] - 1 - base));
	snprintf(cmd + len, sizeof cmd - (size_t)len, " 2>/dev/null");
	FILE *f = popen(cmd, "r");
	if (!f)
		return;
	char line[256];
	bool known = false;
	while (fgets(line, sizeof line, f)) {
		line[strcspn(line, " \n")] = 0;
		bool go = strstr(line, ".go:") != NULL;
		if (line[0] != '?' && (go || !known)) {
			snprintf(buf, n, "%s", line);
			known = true;
			if (go)
				break;
		}
	}
	pclose(f);
}

void gc_check_escape_slot(const MSpan *s, uint32_t slot, uintptr_t word)
{
	if (!is_stack_address(word))
		return;
	const GoType *t = s->types[slot];
	char where[300];
	describe_site(s->allocpc[slot], where, sizeof where);
	char line[512];
	int len = snprintf(line, sizeof line, "escape violation: %.*s allocated at %s holds a stack pointer\n",
	                   (int)t->str.len, (const char *)t->str.ptr, where);
	rt_stderr_write(line, (size_t)len);
	rt_exit(3);
}

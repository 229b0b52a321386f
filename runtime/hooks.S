// hooks.S - the Go-convention entry points of the body-less functions of
// GOROOT packages that goscape's runtime implements (the list the
// compiler checks is driver/hooks.c) and of goscape's own lib/ packages.
// Each passes the address of the Go argument block (arguments, then
// results, each in 8-byte-aligned slots: codegen's frame layout) to a C
// function that reads its arguments and writes its results through a
// struct of the same layout.
#include "asm.h"
	.text
.macro GO_HOOK name, cfunc
	GO_ENTRY_WORD
	.globl \name
	.type \name, @function
\name:
	pushq %rbp
	movq %rsp, %rbp
	leaq 16(%rbp), %rdi
	call \cfunc
	popq %rbp
	ret
	.size \name, .-\name
.endm

// goscape's runtime package (lib/runtime) (hooks_lib.c, hooks_syscall.c,
// traceback.c)
	GO_HOOK runtime.GC, hook_runtime_gc
	GO_HOOK runtime.Gosched, hook_runtime_gosched
	GO_HOOK runtime.NumGoroutine, hook_runtime_numgoroutine
	GO_HOOK runtime.NumCPU, hook_runtime_numcpu
	GO_HOOK runtime.GOROOT, hook_runtime_goroot
	GO_HOOK runtime.callers, hook_runtime_callers
	GO_HOOK runtime.funcInfo, hook_runtime_funcinfo
	GO_HOOK runtime.readHeapCounters, hook_runtime_readheapcounters
	GO_HOOK runtime.Stack, hook_runtime_stack
	GO_HOOK runtime.Breakpoint, hook_runtime_breakpoint
	GO_HOOK runtime.setFinalizer, hook_runtime_setfinalizer     // finalizer.c
	GO_HOOK runtime.throw, hook_runtime_throw
	GO_HOOK runtime.Goexit, hook_runtime_goexit                  // defer_panic.c


// os and internal/poll (hooks_os.c; the poller: netpoll.c)
	GO_HOOK os.runtime_args, hook_os_runtime_args
	GO_HOOK os.runtime_beforeExit, hook_nothing
	GO_HOOK os.sigpipe, hook_os_sigpipe
	GO_HOOK os.fastrand, hook_os_fastrand
	GO_HOOK internal$poll.runtimeNano, hook_time_nano            // timer.c
	GO_HOOK internal$poll.runtime_Semacquire, hook_semacquire    // hooks_sync.c
	GO_HOOK internal$poll.runtime_Semrelease, hook_semrelease
	GO_HOOK internal$poll.runtime_pollServerInit, hook_nothing
	GO_HOOK internal$poll.runtime_pollOpen, hook_poll_open
	GO_HOOK internal$poll.runtime_pollClose, hook_poll_close
	GO_HOOK internal$poll.runtime_pollWait, hook_poll_wait
	GO_HOOK internal$poll.runtime_pollWaitCanceled, hook_nothing   // Windows only
	GO_HOOK internal$poll.runtime_pollReset, hook_poll_reset
	GO_HOOK internal$poll.runtime_pollSetDeadline, hook_poll_setdeadline
	GO_HOOK internal$poll.runtime_pollUnblock, hook_poll_unblock
	GO_HOOK internal$poll.runtime_isPollServerDescriptor, hook_poll_isserverfd

// internal/syscall/unix's //go:linkname declarations of functions that
// syscall defines in Go: the same code under the other name (a weak
// reference, since a program without syscall lacks the target and never
// calls the alias)
// func rawVforkSyscall(trap, a1 uintptr) (r1 uintptr, err Errno), for
// os/exec: clone(a1) with CLONE_VM|CLONE_VFORK. The child runs on this
// very stack until it execs, and calls further functions from
// syscall.forkAndExecInChild1, overwriting whatever lies below that
// function's frame. So nothing of ours may stay there across the system
// call: the return address waits in %r9 (clone takes five arguments; the
// kernel preserves every register but %rax, %rcx and %r11), the results
// are stored after it, and no frame is set up. Arguments at 8(%rsp).
	GO_ENTRY_WORD
	.globl syscall.rawVforkSyscall
	.type syscall.rawVforkSyscall, @function
syscall.rawVforkSyscall:
	movq 8(%rsp), %rax           // trap
	movq 16(%rsp), %rdi          // flags
	xorl %esi, %esi              // the child keeps this stack
	xorl %edx, %edx
	xorl %r10d, %r10d
	xorl %r8d, %r8d
	popq %r9
	syscall
	pushq %r9
	cmpq $-4095, %rax
	jae 1f
	movq %rax, 24(%rsp)          // r1: the child's pid, 0 in the child
	movq $0, 32(%rsp)
	ret
1:	negq %rax
	movq $-1, 24(%rsp)
	movq %rax, 32(%rsp)          // err
	ret
	.size syscall.rawVforkSyscall, .-syscall.rawVforkSyscall

#undef unix  // cpp predefines it as 1; here it is part of a package path
.macro GO_ALIAS name, target
	GO_ENTRY_WORD
	.weak \target
	.globl \name
	.type \name, @function
\name:
	jmp \target
	.size \name, .-\name
.endm
	GO_ALIAS internal$syscall$unix.RecvfromInet4, syscall.recvfromInet4
	GO_ALIAS internal$syscall$unix.RecvfromInet6, syscall.recvfromInet6
	GO_ALIAS internal$syscall$unix.SendtoInet4, syscall.sendtoInet4
	GO_ALIAS internal$syscall$unix.SendtoInet6, syscall.sendtoInet6
	GO_ALIAS internal$syscall$unix.SendmsgNInet4, syscall.sendmsgNInet4
	GO_ALIAS internal$syscall$unix.SendmsgNInet6, syscall.sendmsgNInet6
	GO_ALIAS internal$syscall$unix.RecvmsgInet4, syscall.recvmsgInet4
	GO_ALIAS internal$syscall$unix.RecvmsgInet6, syscall.recvmsgInet6

// the compiler's fmt: what it calls as ordinary functions (fmt_scan.c)
	GO_HOOK fmt.Sscan, hook_fmt_sscan
	GO_HOOK fmt.Sscanln, hook_fmt_sscanln
	GO_HOOK fmt.Sscanf, hook_fmt_sscanf

// goscape's reflect (lib/reflect) (hooks_reflect.c, hooks_lib.c)
	GO_HOOK reflect.getitab, hook_reflect_getitab
	GO_HOOK reflect.unsafe_New, hook_reflect_new
	GO_HOOK reflect.unsafe_NewArray, hook_reflect_newarray
	GO_HOOK reflect.makemap, hook_reflect_makemap
	GO_HOOK reflect.maplen, hook_reflect_maplen
	GO_HOOK reflect.mapaccess, hook_reflect_mapaccess
	GO_HOOK reflect.mapassign, hook_reflect_mapassign
	GO_HOOK reflect.mapdelete, hook_reflect_mapdelete
	GO_HOOK reflect.mapiterinit, hook_reflect_mapiterinit
	GO_HOOK reflect.mapiternext, hook_reflect_mapiternext

// sync (GOROOT's) (hooks_sync.c; Pool's pinning: hooks_atomic.c)
	GO_HOOK sync.throw, hook_runtime_throw
	GO_HOOK sync.fatal, hook_runtime_throw
	GO_HOOK sync.fastrandn, hook_sync_fastrandn
	GO_HOOK sync.runtime_Semacquire, hook_semacquire
	GO_HOOK sync.runtime_SemacquireMutex, hook_semacquire_mutex
	GO_HOOK sync.runtime_Semrelease, hook_semrelease
	GO_HOOK sync.runtime_notifyListAdd, hook_notify_add
	GO_HOOK sync.runtime_notifyListWait, hook_notify_wait
	GO_HOOK sync.runtime_notifyListNotifyAll, hook_notify_all
	GO_HOOK sync.runtime_notifyListNotifyOne, hook_notify_one
	GO_HOOK sync.runtime_notifyListCheck, hook_notify_check
	GO_HOOK sync.runtime_canSpin, hook_sync_canspin
	GO_HOOK sync.runtime_doSpin, hook_nothing
	GO_HOOK sync.runtime_nanotime, hook_time_nano
	GO_HOOK sync.runtime_registerPoolCleanup, hook_nothing
	GO_HOOK sync.runtime_procPin, hook_atomic_procpin
	GO_HOOK sync.runtime_procUnpin, hook_atomic_procunpin
	GO_HOOK sync.runtime_LoadAcquintptr, hook_sync_loadacq
	GO_HOOK sync.runtime_StoreReluintptr, hook_sync_storerel

// sync/atomic (GOROOT's) (hooks_atomic.c): by operand width
	GO_HOOK sync$atomic.runtime_procPin, hook_atomic_procpin
	GO_HOOK sync$atomic.runtime_procUnpin, hook_atomic_procunpin
	GO_HOOK sync$atomic.SwapInt32, hook_atomic_swap32
	GO_HOOK sync$atomic.CompareAndSwapInt32, hook_atomic_compareandswap32
	GO_HOOK sync$atomic.LoadInt32, hook_atomic_load32
	GO_HOOK sync$atomic.StoreInt32, hook_atomic_store32
	GO_HOOK sync$atomic.AddInt32, hook_atomic_add32
	GO_HOOK sync$atomic.SwapInt64, hook_atomic_swap64
	GO_HOOK sync$atomic.CompareAndSwapInt64, hook_atomic_compareandswap64
	GO_HOOK sync$atomic.LoadInt64, hook_atomic_load64
	GO_HOOK sync$atomic.StoreInt64, hook_atomic_store64
	GO_HOOK sync$atomic.AddInt64, hook_atomic_add64
	GO_HOOK sync$atomic.SwapUint32, hook_atomic_swap32
	GO_HOOK sync$atomic.CompareAndSwapUint32, hook_atomic_compareandswap32
	GO_HOOK sync$atomic.LoadUint32, hook_atomic_load32
	GO_HOOK sync$atomic.StoreUint32, hook_atomic_store32
	GO_HOOK sync$atomic.AddUint32, hook_atomic_add32
	GO_HOOK sync$atomic.SwapUint64, hook_atomic_swap64
	GO_HOOK sync$atomic.CompareAndSwapUint64, hook_atomic_compareandswap64
	GO_HOOK sync$atomic.LoadUint64, hook_atomic_load64
	GO_HOOK sync$atomic.StoreUint64, hook_atomic_store64
	GO_HOOK sync$atomic.AddUint64, hook_atomic_add64
	GO_HOOK sync$atomic.SwapUintptr, hook_atomic_swap64
	GO_HOOK sync$atomic.CompareAndSwapUintptr, hook_atomic_compareandswap64
	GO_HOOK sync$atomic.LoadUintptr, hook_atomic_load64
	GO_HOOK sync$atomic.StoreUintptr, hook_atomic_store64
	GO_HOOK sync$atomic.AddUintptr, hook_atomic_add64
	GO_HOOK sync$atomic.SwapPointer, hook_atomic_swap64
	GO_HOOK sync$atomic.CompareAndSwapPointer, hook_atomic_compareandswap64
	GO_HOOK sync$atomic.LoadPointer, hook_atomic_load64
	GO_HOOK sync$atomic.StorePointer, hook_atomic_store64

// goscape's runtime/debug (lib/runtime/debug) (hooks_debug.c)
	GO_HOOK runtime$debug.SetGCPercent, hook_debug_setgcpercent
	GO_HOOK runtime$debug.FreeOSMemory, hook_debug_freeosmemory

// syscall (hooks_syscall.c)
	GO_HOOK syscall.RawSyscall6, hook_syscall_raw6
	GO_HOOK syscall.runtime_doAllThreadsSyscall, hook_syscall_raw6
	GO_HOOK syscall.rawSyscallNoError, hook_syscall_noerror
	GO_HOOK syscall.gettimeofday, hook_syscall_gettimeofday
	GO_HOOK syscall.runtime_envs, hook_syscall_envs
	GO_HOOK syscall.Getpagesize, hook_syscall_getpagesize
	GO_HOOK syscall.Exit, hook_syscall_exit
	GO_HOOK syscall.cgocaller, hook_syscall_cgocaller
	// Nothing to do on one thread without cgo, as in Go without cgo.
	GO_HOOK syscall.runtime_entersyscall, hook_nothing
	GO_HOOK syscall.runtime_exitsyscall, hook_nothing
	GO_HOOK syscall.runtime_BeforeFork, hook_nothing
	GO_HOOK syscall.runtime_AfterFork, hook_nothing
	GO_HOOK syscall.runtime_AfterForkInChild, hook_nothing
	GO_HOOK syscall.runtime_BeforeExec, hook_nothing
	GO_HOOK syscall.runtime_AfterExec, hook_nothing
	GO_HOOK syscall.setenv_c, hook_nothing
	GO_HOOK syscall.unsetenv_c, hook_nothing

// time (timer.c)
	GO_HOOK time.now, hook_time_now
	GO_HOOK time.runtimeNano, hook_time_nano
	GO_HOOK time.Sleep, hook_time_sleep
	GO_HOOK time.startTimer, hook_time_start
	GO_HOOK time.stopTimer, hook_time_stop
	GO_HOOK time.resetTimer, hook_time_reset
	GO_HOOK time.modTimer, hook_time_mod
	.section .note.GNU-stack,"",@progbits

// abi.h - the numbers generated code and the runtime agree on: type kinds,
// the layout of type descriptors (GoType) and itabs that codegen emits as
// data, and the size and layout of the defer frame a function keeps in
// its stack frame. One description for both sides: runtime/goscape.h
// declares the structs over these constants and asserts they match;
// codegen (typedesc.c, gen_func.c, gen_call.c) and context.S use the
// constants. Plain constants only, no runtime internals; usable from C and
// from assembly.
#ifndef GOSCAPE_ABI_H
#define GOSCAPE_ABI_H

// GoType, the type descriptor: byte offsets of its fields.
#define ABI_TYPE_SIZE      0    // uintptr size
#define ABI_TYPE_PTRDATA   8    // uintptr: bytes of prefix that can hold pointers
#define ABI_TYPE_GCBITS    16   // const uint8_t *: one bit per pointer word
#define ABI_TYPE_HASH      24   // uint32
#define ABI_TYPE_KIND      28   // uint8: KIND_*
#define ABI_TYPE_ALIGN     29   // uint8
#define ABI_TYPE_NAMED     30   // uint8
#define ABI_TYPE_STR       32   // GoString: Go's %T spelling
#define ABI_TYPE_ELEM      48   // const GoType *
#define ABI_TYPE_KEY       56   // const GoType *
#define ABI_TYPE_LEN       64   // uintptr: arrays' length; structs' fields; interfaces'
                                //   methods; funcs' argument block size (params, results)
#define ABI_TYPE_FIELDS    72   // const GoField *
#define ABI_TYPE_METHODS   80   // const GoMethod *
#define ABI_TYPE_NMETHODS  88   // uintptr
#define ABI_TYPE_PTRTO     96   // const GoType *
#define ABI_TYPE_BYTES     104  // sizeof(GoType)

// GoField and GoMethod, the entries of a descriptor's tables.
#define ABI_FIELD_BYTES    40   // name (16), type, offset, embedded
#define ABI_METHOD_BYTES   32   // name (16), fn, signature

// GoItab: the dynamic type, the interface type, then one code pointer
// per method in the interface's method order.
#define ABI_ITAB_FUN       16

// GoDeferFrame, kept in the frame of a function with defer statements.
#define ABI_DEFER_LINK     0    // enclosing frame of the same goroutine
#define ABI_DEFER_DEFERS   8    // pending deferred calls
#define ABI_DEFER_LANDING  16   // where a recovered panic resumes
#define ABI_DEFER_RSP      24
#define ABI_DEFER_RBP      32
#define ABI_DEFER_RBX      40   // then %r12, %r13, %r14, %r15
#define ABI_DEFER_BYTES    80   // sizeof(GoDeferFrame)

#ifndef __ASSEMBLER__
// Kinds, numbered like Go's reflect.Kind.
enum {
	KIND_INVALID, KIND_BOOL, KIND_INT, KIND_INT8, KIND_INT16, KIND_INT32, KIND_INT64,
	KIND_UINT, KIND_UINT8, KIND_UINT16, KIND_UINT32, KIND_UINT64, KIND_UINTPTR,
	KIND_FLOAT32, KIND_FLOAT64, KIND_COMPLEX64, KIND_COMPLEX128,
	KIND_ARRAY, KIND_CHAN, KIND_FUNC, KIND_INTERFACE, KIND_MAP, KIND_PTR, KIND_SLICE,
	KIND_STRING, KIND_STRUCT, KIND_UNSAFEPTR,
};
// runtime_panicslice's `which`: the failing slice-bounds check, as Go's messages name it.
//   SLICE_ALEN   "[:%d] with length %d"     (strings, arrays: high vs len)
//   SLICE_ACAP   "[:%d] with capacity %d"   (slices: high vs cap)
//   SLICE_B      "[%d:%d]"                 (low > high)
//   SLICE3_ALEN/ACAP "[::%d] with ..."      SLICE3_B "[:%d:%d]"   SLICE3_C "[%d:%d:]"
enum { SLICE_ALEN, SLICE_ACAP, SLICE_B, SLICE3_ALEN, SLICE3_ACAP, SLICE3_B, SLICE3_C };
#endif

#endif

// rt_types.h - hand-built GoType descriptors for the runtime unit tests,
// laid out as codegen/typedesc.c emits them.
#ifndef RT_TYPES_H
#define RT_TYPES_H

#include <string.h>
#include "goscape.h"

#define GS(s) ((GoString){(const uint8_t *)(s), sizeof(s) - 1})
#define BASIC(name, k, sz, text) \
	static const GoType name = {.size = sz, .kind = k, .align = sz > 8 ? 8 : sz, .str = GS(text), .hash = __LINE__}

static const uint8_t bits1[] = {1}, bits3[] = {3};
BASIC(t_int, KIND_INT, 8, "int");
BASIC(t_int8, KIND_INT8, 1, "int8");
BASIC(t_int32, KIND_INT32, 4, "int32");
BASIC(t_uint8, KIND_UINT8, 1, "uint8");
BASIC(t_uint, KIND_UINT, 8, "uint");
BASIC(t_uint16, KIND_UINT16, 2, "uint16");
BASIC(t_bool, KIND_BOOL, 1, "bool");
BASIC(t_float64, KIND_FLOAT64, 8, "float64");
BASIC(t_float32, KIND_FLOAT32, 4, "float32");
static const GoType t_string = {.size = 16, .ptrdata = 8, .gcbits = bits1, .kind = KIND_STRING, .align = 8,
                                .str = GS("string"), .hash = 1001};
static const GoType t_eface = {.size = 16, .ptrdata = 16, .gcbits = bits3, .kind = KIND_INTERFACE,
                               .align = 8, .str = GS("interface {}"), .hash = 1002};
static const GoType t_intslice = {.size = 24, .ptrdata = 8, .gcbits = bits1, .kind = KIND_SLICE, .align = 8,
                                  .str = GS("[]int"), .elem = &t_int, .hash = 1003};
static const GoType t_stringslice = {.size = 24, .ptrdata = 8, .gcbits = bits1, .kind = KIND_SLICE,
                                     .align = 8, .str = GS("[]string"), .elem = &t_string, .hash = 1004};
static const GoType t_byteslice = {.size = 24, .ptrdata = 8, .gcbits = bits1, .kind = KIND_SLICE,
                                   .align = 8, .str = GS("[]uint8"), .elem = &t_uint8, .hash = 1005};
static const GoType t_int2 = {.size = 16, .kind = KIND_ARRAY, .align = 8, .str = GS("[2]int"),
                              .elem = &t_int, .len = 2, .hash = 1006};

// type Point struct { X, Y int }
static const GoField point_fields[] = {{GS("X"), &t_int, 0, 0}, {GS("Y"), &t_int, 8, 0}};
static const GoType t_point = {.size = 16, .kind = KIND_STRUCT, .align = 8, .named = 1,
                               .str = GS("main.Point"), .len = 2, .fields = point_fields, .hash = 1007};
static const GoType t_pointptr = {.size = 8, .ptrdata = 8, .gcbits = bits1, .kind = KIND_PTR, .align = 8,
                                  .str = GS("*main.Point"), .elem = &t_point, .hash = 1008};
// type Item struct { Name string; P *Point; Any interface{} }
static const GoField item_fields[] = {
	{GS("Name"), &t_string, 0, 0}, {GS("P"), &t_pointptr, 16, 0}, {GS("Any"), &t_eface, 24, 0}};
static const GoType t_item = {.size = 40, .ptrdata = 40, .gcbits = (const uint8_t[]){0x1d}, .kind = KIND_STRUCT,
                              .align = 8, .named = 1, .str = GS("main.Item"), .len = 3,
                              .fields = item_fields, .hash = 1009};

static const GoType t_map_string_int = {.size = 8, .ptrdata = 8, .gcbits = bits1, .kind = KIND_MAP,
                                        .align = 8, .str = GS("map[string]int"), .key = &t_string,
                                        .elem = &t_int, .hash = 1010};
static const GoType t_map_int_int = {.size = 8, .ptrdata = 8, .gcbits = bits1, .kind = KIND_MAP,
                                     .align = 8, .str = GS("map[int]int"), .key = &t_int, .elem = &t_int,
                                     .hash = 1011};
static const GoType t_map_float_int = {.size = 8, .ptrdata = 8, .gcbits = bits1, .kind = KIND_MAP,
                                       .align = 8, .str = GS("map[float64]int"), .key = &t_float64,
                                       .elem = &t_int, .hash = 1012};
static const GoType t_map_eface_int = {.size = 8, .ptrdata = 8, .gcbits = bits1, .kind = KIND_MAP,
                                       .align = 8, .str = GS("map[interface {}]int"), .key = &t_eface,
                                       .elem = &t_int, .hash = 1013};
static const GoType t_map_point_string = {.size = 8, .ptrdata = 8, .gcbits = bits1, .kind = KIND_MAP,
                                          .align = 8, .str = GS("map[main.Point]string"), .key = &t_point,
                                          .elem = &t_string, .hash = 1014};

// type MyInt int (named, no methods)
static const GoType t_myint = {.size = 8, .kind = KIND_INT, .align = 8, .named = 1, .str = GS("main.MyInt"),
                               .hash = 1015};

// Boxing helpers: the data word of an interface holding a copy of *p.
static inline GoEface box(const GoType *t, const void *p) {
	if (t->kind == KIND_PTR || t->kind == KIND_MAP)
		return (GoEface){t, *(void *const *)p};
	void *copy = runtime_alloc(t->size ? t->size : 1, false);
	memcpy(copy, p, t->size);
	return (GoEface){t, copy};
}
#define BOXV(t, ctype, v) box(&(t), &(ctype){v})
#define BOXS(s) box(&t_string, &GS(s))
#define ARGS(...) (&(GoSlice){(GoEface[]){__VA_ARGS__}, sizeof((GoEface[]){__VA_ARGS__}) / sizeof(GoEface), \
                              sizeof((GoEface[]){__VA_ARGS__}) / sizeof(GoEface)})

static inline char *sprintf_go(const char *format, const GoSlice *args) {
	GoString out;
	GoString f = {(const uint8_t *)format, (intptr_t)strlen(format)};
	fmt_Sprintf(&out, &f, args);
	char *s = malloc((size_t)out.len + 1);
	memcpy(s, out.ptr, (size_t)out.len);
	s[out.len] = 0;
	return s;
}

#endif

# Makefile - builds ./goscape (the compiler) and build/libgoscape_rt.a (the
# runtime linked into every program), and runs the tests.
#
#   make            build the compiler and the runtime
#   make test       unit tests (Criterion) + end-to-end programs + module
#                   builds + escape golden tests + traceback and driver
#                   tests + the explorer (hostile requests, a browser) +
#                   crash fuzz + huge and deeply nested inputs
#   make test-gc    the programs again under GC stress and the escape checker;
#                   the heavy stack cases (tests/stacks: 100k goroutines, overflows)
#   make asan       the same tests with AddressSanitizer+UBSan in compiler and runtime
#   make bench      benchmarks: escape analysis on/off, allocation throughput
#   make bench-compile  compile time and memory of huge inputs, next to go's
#   make regen      refresh tests/e2e expected outputs with Go 1.19 (needs golang-go)
#   make deps       install missing Debian packages (re2c, lemon, libcriterion-dev,
#                   libmicrohttpd-dev, ...: tests/install_deps.sh)

CC      ?= cc
BUILD   ?= build
SANITIZE ?=
CFLAGS  ?= -O2 -g
WERROR  ?= -Werror
# `override`: `make asan` sets CFLAGS on the command line, which would
# otherwise discard every `CFLAGS +=` of this file.
override CFLAGS += -std=gnu11 -Wall -Wextra $(WERROR) -Wno-unused-parameter $(SANITIZE)
LDFLAGS += $(SANITIZE)
# The runtime is built without sanitizers' interposition on its own
# allocator only when SANITIZE is empty; with SANITIZE it is instrumented too.
RT_CFLAGS = -std=gnu11 -O2 -g -Wall -Wextra $(WERROR) -Wno-unused-parameter -fno-omit-frame-pointer $(SANITIZE)

# The tests' builds keep compiled packages here, not in the user's cache
# (driver/cache.c); a fresh checkout starts with an empty one.
export GOSCAPE_CACHE ?= $(abspath $(BUILD))/cache

GEN_SRCS  = $(BUILD)/gen/lexer.c $(BUILD)/gen/parser.c
COMP_SRCS = $(wildcard ir/*.c frontend/*.c escape/*.c codegen/*.c ssa/*.c)
COMP_OBJS = $(patsubst %.c,$(BUILD)/%.o,$(COMP_SRCS)) $(BUILD)/gen/lexer.o $(BUILD)/gen/parser.o
DRV_OBJS  = $(patsubst %.c,$(BUILD)/%.o,$(wildcard driver/*.c explore/*.c))
RT_OBJS   = $(patsubst %.c,$(BUILD)/%.o,$(wildcard runtime/*.c)) \
            $(patsubst %.S,$(BUILD)/%.o,$(wildcard runtime/*.S))
UNIT_SRCS = $(wildcard tests/unit/test_*.c)
UNIT_BINS = $(patsubst tests/unit/%.c,$(BUILD)/tests/%,$(UNIT_SRCS))

GOSCAPE = $(if $(filter build,$(BUILD)),goscape,$(BUILD)/goscape)

all: $(GOSCAPE) $(BUILD)/libgoscape_rt.a

$(GOSCAPE): $(COMP_OBJS) $(DRV_OBJS)
	$(CC) $(LDFLAGS) -o $@ $^ -lmicrohttpd -lm

$(BUILD)/libgoscape_rt.a: $(RT_OBJS)
	rm -f $@ && ar rcs $@ $^

$(BUILD)/gen/lexer.c: frontend/lexer.re $(BUILD)/gen/parser.c
	@mkdir -p $(dir $@)
	re2c -W --no-generation-date -o $@ $<

# lemon writes parser.c and parser.h next to its input; run it on a copy.
$(BUILD)/gen/parser.c: frontend/parser.y
	@mkdir -p $(dir $@)
	cp $< $(BUILD)/gen/parser.y
	cd $(BUILD)/gen && lemon -q parser.y

# The explorer's page (explore/page.html) as a C string literal, a line
# of the file a line of the literal.
$(BUILD)/gen/explore_page.h: explore/page.html
	@mkdir -p $(dir $@)
	{ echo '// generated from explore/page.html by the Makefile'; \
	  echo 'static const char page_template[] ='; \
	  sed -e 's/\\/\\\\/g' -e 's/"/\\"/g' -e 's/^/"/' -e 's/$$/\\n"/' $<; \
	  echo ';'; } >$@
$(BUILD)/explore/page.o: $(BUILD)/gen/explore_page.h
$(BUILD)/explore/%.o: override CFLAGS += -I$(BUILD)/gen

# Every compiler stage reads the shared middle (ir/); only the front end
# sees its own headers and the parser's token codes.
$(BUILD)/gen/%.o: $(BUILD)/gen/%.c $(wildcard ir/*.h frontend/*.h)
	$(CC) $(CFLAGS) -Wno-unused-variable -Wno-sign-compare -Wno-implicit-fallthrough -Iir -Ifrontend -I$(BUILD)/gen -c -o $@ $<

$(BUILD)/frontend/%.o: frontend/%.c $(BUILD)/gen/parser.c $(wildcard ir/*.h frontend/*.h)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -Iir -Ifrontend -I$(BUILD)/gen -c -o $@ $<

$(BUILD)/ir/%.o $(BUILD)/escape/%.o $(BUILD)/codegen/%.o $(BUILD)/ssa/%.o $(BUILD)/driver/%.o $(BUILD)/explore/%.o: override CFLAGS += -Iir
# The driver links programs with the sanitizer flags the runtime was built with.
$(BUILD)/driver/%.o: override CFLAGS += -DGOSCAPE_LINK_FLAGS='"$(SANITIZE)"'
$(BUILD)/%.o: %.c $(BUILD)/gen/parser.c $(wildcard ir/*.h frontend/*.h escape/*.h codegen/*.h ssa/*.h driver/*.h explore/*.h) runtime/abi.h
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -c -o $@ $<

# Go never fuses a*b+c: complex division must round each step like gc.
$(BUILD)/runtime/complex.o: RT_CFLAGS += -ffp-contract=off
$(BUILD)/runtime/%.o: runtime/%.c $(wildcard runtime/*.h)
	@mkdir -p $(dir $@)
	$(CC) $(RT_CFLAGS) -c -o $@ $<

$(BUILD)/runtime/%.o: runtime/%.S $(wildcard runtime/*.h)
	@mkdir -p $(dir $@)
	$(CC) $(SANITIZE) -c -o $@ $<

# Unit tests: test_rt_*.c link against the runtime, the others against
# the compiler's objects.
$(BUILD)/tests/test_rt_%: tests/unit/test_rt_%.c $(BUILD)/libgoscape_rt.a $(wildcard tests/unit/*.h runtime/*.h)
	@mkdir -p $(dir $@)
	$(CC) $(RT_CFLAGS) -Wno-missing-field-initializers -Iruntime -o $@ $< $(BUILD)/libgoscape_rt.a -lcriterion -lm

# The explorer's parsers (explore/) with the compiler objects they use.
EXPLORE_PARSE_OBJS = $(patsubst %,$(BUILD)/explore/%.o,json lines diags asmmap heap)
$(BUILD)/tests/test_explore: tests/unit/test_explore.c $(COMP_OBJS) $(EXPLORE_PARSE_OBJS) explore/explore.h
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -Wno-missing-field-initializers -Iir -o $@ $< $(EXPLORE_PARSE_OBJS) $(COMP_OBJS) -lcriterion -lm

$(BUILD)/tests/test_%: tests/unit/test_%.c $(COMP_OBJS) $(wildcard tests/unit/*.h)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -Wno-missing-field-initializers -Iir -Ifrontend -I$(BUILD)/gen -o $@ $< $(COMP_OBJS) -lcriterion -lm

unit: $(UNIT_BINS)
	@set -e; for t in $(UNIT_BINS); do echo "== $$t"; ./$$t --jobs 2; done

# Twice: optimised, and with -N (the same SSA IR without its passes).
e2e: all
	tests/run_e2e.sh ./$(GOSCAPE)
	GOSCAPE_FLAGS=-N tests/run_e2e.sh ./$(GOSCAPE)

fuzz-truncate: all
	tests/truncate_fuzz.sh ./$(GOSCAPE)

escape-golden: all
	tests/escape/run.sh ./$(GOSCAPE)

packages: all
	tests/packages/run.sh ./$(GOSCAPE)

traceback: all
	tests/traceback/run.sh ./$(GOSCAPE)

cli: all
	tests/cli/run.sh ./$(GOSCAPE)

gdb: all
	tests/gdb/run.sh ./$(GOSCAPE)

dot: all
	tests/dot/run.sh ./$(GOSCAPE)

explore: all
	tests/explore/run.sh ./$(GOSCAPE)

browser: all
	tests/browser/run.sh ./$(GOSCAPE)

tutorial: all
	tests/tutorial/run.sh ./$(GOSCAPE)

big-inputs: all
	tests/big_inputs.sh ./$(GOSCAPE)

test: all unit e2e packages escape-golden traceback cli gdb dot explore browser tutorial fuzz-truncate big-inputs

# The collector's checks: every e2e program and sample under GC stress and
# the escape soundness checker, the heavy heap programs (millions of
# objects) with the checker and frequent collections instead of a
# collection per allocation, and the bounded-memory allocation loop.
test-gc: all
	tests/heap/gcstress.sh ./$(GOSCAPE) tests/e2e samples
	MODES="GOSCAPE_DEBUG=checkescape=1 GOGC=10" tests/heap/gcstress.sh ./$(GOSCAPE) tests/heap
	tests/heap/rss_check.sh ./$(GOSCAPE)
	RUN_TIMEOUT=300 JOBS=1 tests/run_e2e.sh ./$(GOSCAPE) tests/stacks

# Programs and compiler never free at exit by design: no leak reports.
asan:
	ASAN_OPTIONS=detect_leaks=0 $(MAKE) BUILD=build-asan SANITIZE="-fsanitize=address,undefined -fno-sanitize-recover=undefined" CFLAGS="-O1 -g" test

# How many functions of the tests and samples the SSA back end compiles,
# and why the tree walker compiles the others (issue 11), by count.
ssa-coverage: all
	tests/ssa_coverage.sh -c ./$(GOSCAPE) tests/e2e samples

# Benchmarks are never part of `make test` (tests/bench.sh says what they measure).
bench: all
	tests/bench.sh ./$(GOSCAPE) $(BUILD)

bench-compile: all
	tests/bench_compile.sh ./$(GOSCAPE)

deps:
	tests/install_deps.sh

regen: all
	tests/regen.sh

clean:
	rm -rf build build-asan goscape

.PHONY: all unit e2e packages escape-golden traceback cli gdb dot explore browser tutorial fuzz-truncate big-inputs test asan bench bench-compile deps regen clean ssa-coverage
.DELETE_ON_ERROR:

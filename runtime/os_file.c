// os_file.c - the compiler's os package's files (frontend/check_stub.c
// declares them, hooks.S enters here): *os.File values over raw file
// descriptors, Stdin/Stdout/Stderr, Open/Create/ReadFile/WriteFile/Remove
// and File.Read/Write/WriteString/Close. Errors carry Go's text
// ("open NAME: no such file or directory"); they are plain error values,
// not *os.PathError, and a read at end of file returns io.EOF itself when
// the program links Go's io package.
#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>
#include "rt.h"

// Layout of the stub's `type File struct { fd int; name string }`.
typedef struct OsFile {
	intptr_t fd;       // -1 once closed
	GoString name;
} OsFile;

#define NAMED(fd, s) {fd, {(const uint8_t *)(s), sizeof(s) - 1}}
static OsFile file_stdin = NAMED(0, "/dev/stdin"), file_stdout = NAMED(1, "/dev/stdout"),
              file_stderr = NAMED(2, "/dev/stderr");
void *os_Stdin = &file_stdin, *os_Stdout = &file_stdout, *os_Stderr = &file_stderr;

// io.EOF, when the program imports io (weak: absent otherwise, and then
// nothing could compare an error with it).
extern GoIface io_EOF __asm__("io.EOF") __attribute__((weak));

void rt_io_eof(GoIface *dst) {
	static const GoString eof = {(const uint8_t *)"EOF", 3};
	if (&io_EOF)
		*dst = io_EOF;
	else
		errors_New(dst, &eof);
}

static char *cstring(const GoString *s) {
	char *c = runtime_alloc((uintptr_t)s->len + 1, true);
	memcpy(c, s->ptr, (size_t)s->len);
	return c;
}

static GoString gostring(const char *s, size_t n) {
	char *c = runtime_alloc(n, true);
	memcpy(c, s, n);
	return (GoString){(const uint8_t *)c, (intptr_t)n};
}

// "OP NAME: TEXT", TEXT being errno's message as Go's syscall table spells
// it (glibc's with a lower-case first letter for the common errors).
static void path_error(GoIface *dst, const char *op, const GoString *name, const char *text) {
	size_t lo = strlen(op), lt = strlen(text), n = lo + 1 + (size_t)name->len + 2 + lt;
	char *c = runtime_alloc(n, true), *p = c;
	memcpy(p, op, lo), p += lo, *p++ = ' ';
	memcpy(p, name->ptr, (size_t)name->len), p += name->len;
	*p++ = ':', *p++ = ' ';
	memcpy(p, text, lt);
	if (lt && isupper((unsigned char)p[0]) && !(lt > 1 && isupper((unsigned char)p[1])))
		p[0] = (char)tolower((unsigned char)p[0]);
	GoString msg = {(const uint8_t *)c, (intptr_t)n};
	errors_New(dst, &msg);
}

static void errno_error(GoIface *dst, const char *op, const GoString *name, int err) {
	path_error(dst, op, name, strerror(err));
}

static OsFile *open_file(const GoString *name, int flags, int perm, GoIface *err) {
	*err = (GoIface){0};
	int fd = open(cstring(name), flags | O_CLOEXEC, perm);
	if (fd < 0) {
		errno_error(err, "open", name, errno);
		return NULL;
	}
	OsFile *f = runtime_alloc(sizeof(OsFile), false);
	f->fd = fd;
	f->name = gostring((const char *)name->ptr, (size_t)name->len);
	return f;
}

// os.Open(name string) (*File, error), os.Create(name string) (*File, error)
typedef struct OpenArgs {
	GoString name;
	OsFile *f;
	GoIface err;
} OpenArgs;

void hook_os_open(OpenArgs *a) {
	a->f = open_file(&a->name, O_RDONLY, 0, &a->err);
}

void hook_os_create(OpenArgs *a) {
	a->f = open_file(&a->name, O_RDWR | O_CREAT | O_TRUNC, 0666, &a->err);
}

// The checks Go's File methods make before the system call.
static bool usable(OsFile *f, const char *op, GoIface *err) {
	static const char closed[] = "file already closed";
	*err = (GoIface){0};
	if (!f) {
		GoString msg = {(const uint8_t *)"invalid argument", 16};
		errors_New(err, &msg);
		return false;
	}
	if (f->fd < 0) {
		path_error(err, op, &f->name, closed);
		return false;
	}
	return true;
}

// (f *File) Read(b []byte) (n int, err error): 0 bytes at end of file is
// io.EOF, an empty b reads nothing.
typedef struct ReadArgs {
	OsFile *f;
	GoSlice b;
	intptr_t n;
	GoIface err;
} ReadArgs;

void hook_os_file_read(ReadArgs *a) {
	a->n = 0;
	if (!usable(a->f, "read", &a->err) || a->b.len == 0)
		return;
	if (a->f->fd == 0)
		rt_stdout_flush();  // a prompt written before reading stdin shows first
	ssize_t r;
	do
		r = read((int)a->f->fd, a->b.ptr, (size_t)a->b.len);
	while (r < 0 && errno == EINTR);
	if (r < 0) {
		errno_error(&a->err, "read", &a->f->name, errno);
		return;
	}
	a->n = r;
	if (r == 0)
		rt_io_eof(&a->err);
}

static intptr_t write_fd(int fd, const void *p, intptr_t n, int *err) {
	intptr_t done = 0;
	while (done < n) {
		ssize_t w = write(fd, (const char *)p + done, (size_t)(n - done));
		if (w < 0 && errno == EINTR)
			continue;
		if (w < 0) {
			*err = errno;
			break;
		}
		done += w;
	}
	return done;
}

// Write/WriteString: stdout goes through the runtime's buffer (which fmt
// shares), stderr flushes it first; other files are written directly.
static intptr_t file_write(OsFile *f, const void *p, intptr_t n, GoIface *err) {
	if (!usable(f, "write", err))
		return 0;
	if (f->fd == 1) {
		rt_stdout_write(p, (size_t)n);
		return n;
	}
	if (f->fd == 2) {
		rt_stderr_write(p, (size_t)n);
		return n;
	}
	int e = 0;
	intptr_t done = write_fd((int)f->fd, p, n, &e);
	if (e)
		errno_error(err, "write", &f->name, e);
	return done;
}

// (f *File) Write(b []byte) (n int, err error)
typedef struct WriteArgs {
	OsFile *f;
	GoSlice b;
	intptr_t n;
	GoIface err;
} WriteArgs;

void hook_os_file_write(WriteArgs *a) {
	a->n = file_write(a->f, a->b.ptr, a->b.len, &a->err);
}

// (f *File) WriteString(s string) (n int, err error)
typedef struct WriteStringArgs {
	OsFile *f;
	GoString s;
	intptr_t n;
	GoIface err;
} WriteStringArgs;

void hook_os_file_writestring(WriteStringArgs *a) {
	a->n = file_write(a->f, a->s.ptr, a->s.len, &a->err);
}

// (f *File) Close() error
typedef struct CloseArgs {
	OsFile *f;
	GoIface err;
} CloseArgs;

void hook_os_file_close(CloseArgs *a) {
	if (!usable(a->f, "close", &a->err))
		return;
	int fd = (int)a->f->fd;
	a->f->fd = -1;
	if (fd > 2 && close(fd) < 0)
		errno_error(&a->err, "close", &a->f->name, errno);
}

// os.ReadFile(name string) ([]byte, error)
typedef struct ReadFileArgs {
	GoString name;
	GoSlice data;
	GoIface err;
} ReadFileArgs;

void hook_os_readfile(ReadFileArgs *a) {
	a->data = (GoSlice){0};
	OsFile *f = open_file(&a->name, O_RDONLY, 0, &a->err);
	if (!f)
		return;
	intptr_t cap = 512, len = 0;
	uint8_t *buf = runtime_alloc((uintptr_t)cap, true);
	for (;;) {
		if (len == cap) {
			uint8_t *bigger = runtime_alloc((uintptr_t)cap * 2, true);
			memcpy(bigger, buf, (size_t)len);
			buf = bigger, cap *= 2;
		}
		ssize_t r = read((int)f->fd, buf + len, (size_t)(cap - len));
		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0) {
			errno_error(&a->err, "read", &a->name, errno);
			break;
		}
		if (r == 0)
			break;
		len += r;
	}
	close((int)f->fd);
	a->data = (GoSlice){buf, len, cap};
}

// os.WriteFile(name string, data []byte, perm FileMode) error
typedef struct WriteFileArgs {
	GoString name;
	GoSlice data;
	uintptr_t perm;
	GoIface err;
} WriteFileArgs;

void hook_os_writefile(WriteFileArgs *a) {
	OsFile *f = open_file(&a->name, O_WRONLY | O_CREAT | O_TRUNC, (int)(a->perm & 0777), &a->err);
	if (!f)
		return;
	int e = 0;
	write_fd((int)f->fd, a->data.ptr, a->data.len, &e);
	if (e)
		errno_error(&a->err, "write", &a->name, e);
	if (close((int)f->fd) < 0 && !e)
		errno_error(&a->err, "close", &a->name, errno);
}

// os.Remove(name string) error: a file, else an empty directory. When
// both fail, Go reports rmdir's error unless it is ENOTDIR (the name was
// not a directory), else unlink's.
typedef struct RemoveArgs {
	GoString name;
	GoIface err;
} RemoveArgs;

void hook_os_remove(RemoveArgs *a) {
	a->err = (GoIface){0};
	char *c = cstring(&a->name);
	if (unlink(c) == 0)
		return;
	int e = errno;
	if (rmdir(c) == 0)
		return;
	if (errno != ENOTDIR)
		e = errno;
	errno_error(&a->err, "remove", &a->name, e);
}

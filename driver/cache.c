// cache.c - one object file per package, and the cache that keeps the
// imported packages' objects between builds.
//
// `build` and `run` compile each package into an object of its own
// (codegen_package) and link them. An imported package's object is kept
// in $XDG_CACHE_HOME/goscape (else ~/.cache/goscape; GOSCAPE_CACHE=off
// turns the cache off, GOSCAPE_CACHE=DIR moves it), named by a 128-bit
// hash of everything its code depends on: the goscape binary, the flags
// that change code (-escape=off), the package's import path, the paths
// and contents of its selected files, and the keys of the packages it
// imports (their escape tags and types shape its code). A changed source
// changes its package's key and those of every package importing it.
// Objects are written under a temporary name and renamed into place, so
// concurrent builds never see half an object; two builds missing the same
// key both compile it and the last rename wins with identical content. The
// main package is compiled every time and never cached. Like Go's cache,
// an object's modification time says when a build last used it (updated
// at most hourly), and once a day objects unused for five days go. The front end
// still reads and checks every package (the importer needs their types);
// what the cache saves is code generation and assembly.
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <time.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "../codegen/codegen.h"
#include "../frontend/frontend.h"
#include "driver.h"

enum { HOUR = 3600, DAY = 24 * HOUR, UNUSED_FOR = 5 * DAY };

// Processes compiling packages at once (the back end runs in a fork per
// package: it keeps what it emitted in static tables).
#define MAX_JOBS 2

typedef struct Hash {
	unsigned __int128 h;
} Hash;

// FNV-1a, 128 bits.
static void hash_bytes(Hash *s, const void *p, size_t n) {
	const unsigned __int128 prime = ((unsigned __int128)0x0000000001000000ull << 64) | 0x000000000000013bull;
	const unsigned char *b = p;
	for (size_t i = 0; i < n; i++)
		s->h = (s->h ^ b[i]) * prime;
}

static void hash_str(Hash *s, const char *str) { hash_bytes(s, str, strlen(str) + 1); }

static Hash hash_new(void) {
	return (Hash){((unsigned __int128)0x6c62272e07bb0142ull << 64) | 0x62b821756295c58dull};
}

static char *hash_hex(Hash s) {
	return xasprintf("%016llx%016llx", (unsigned long long)(s.h >> 64), (unsigned long long)s.h);
}

// The compiler binary's contents: a rebuilt goscape never reuses objects.
static const char *compiler_key(void) {
	static char *key;
	if (key)
		return key;
	size_t len;
	char *bin = read_source("/proc/self/exe", &len);
	Hash s = hash_new();
	if (bin)
		hash_bytes(&s, bin, len);
	else  // cannot tell which goscape this is: never match an older object
		hash_str(&s, xasprintf("%d.%ld", (int)getpid(), (long)time(NULL)));
	free(bin);
	return key = hash_hex(s);
}

// Where objects are kept, created on first use; NULL: no cache.
static const char *cache_dir(void) {
	static const char *dir;
	static bool looked;
	if (looked)
		return dir;
	looked = true;
	const char *env = getenv("GOSCAPE_CACHE");
	const char *xdg = getenv("XDG_CACHE_HOME"), *home = getenv("HOME");
	const char *d = env && *env ? (strcmp(env, "off") ? env : NULL)
	                : xdg && *xdg ? xasprintf("%s/goscape", xdg)
	                : home && *home ? xasprintf("%s/.cache/goscape", home)
	                : NULL;
	if (d && make_dirs(d) == 0 && access(d, W_OK) == 0)
		dir = d;
	return dir;
}

// A cache hit: marks obj as used now, unless it was within the hour.
static void mark_used(const char *obj) {
	struct stat st;
	if (stat(obj, &st) == 0 && time(NULL) - st.st_mtime > HOUR)
		utimensat(AT_FDCWD, obj, NULL, 0);
}

// At most once a day (the mtime of DIR/trimmed), removes the objects no
// build used for UNUSED_FOR.
static void trim(const char *dir) {
	char *stamp = xasprintf("%s/trimmed", dir);
	struct stat st;
	time_t now = time(NULL);
	if (stat(stamp, &st) == 0 && now - st.st_mtime < DAY)
		return;
	int fd = open(stamp, O_WRONLY | O_CREAT, 0666);
	if (fd >= 0) {
		futimens(fd, NULL);
		close(fd);
	}
	DIR *d = opendir(dir);
	for (struct dirent *e; d && (e = readdir(d));) {
		size_t n = strlen(e->d_name);
		char *path = xasprintf("%s/%s", dir, e->d_name);
		if (n > 2 && !strcmp(e->d_name + n - 2, ".o") && stat(path, &st) == 0 && now - st.st_mtime > UNUSED_FOR)
			unlink(path);
		free(path);
	}
	if (d)
		closedir(d);
}

static int find_program(Vec *pkgs, int upto, const char *path) {
	for (int i = 0; i < upto; i++)
		if (!strcmp(((Program *)pkgs->data[i])->path, path))
			return i;
	return -1;
}

// The key of pkgs[k]; keys[i] already holds those of the packages before it.
static char *package_key(const Options *opt, Vec *pkgs, int k, char **keys) {
	Program *p = pkgs->data[k];
	Hash s = hash_new();
	hash_str(&s, "goscape object v1");
	hash_str(&s, compiler_key());
	hash_str(&s, opt->escape_off ? "escape=off" : "escape=on");
	hash_str(&s, opt->no_opt ? "-N" : "optimised");
	hash_str(&s, p->path);
	for (int i = 0; i < p->files.len; i++) {
		File *f = p->files.data[i];
		char *abs = realpath(diag_file_name(f->index), NULL);
		hash_str(&s, abs ? abs : diag_file_name(f->index));
		free(abs);
		size_t len = 0;
		const char *text = diag_file_text(f->index, &len);
		hash_bytes(&s, &len, sizeof len);
		if (text)
			hash_bytes(&s, text, len);
		for (int j = 0; j < f->imports.len; j++) {
			int dep = find_program(pkgs, k, import_path(f->imports.data[j]));
			if (dep >= 0)
				hash_str(&s, keys[dep]);
		}
	}
	return hash_hex(s);
}

// In a child process: the assembly of pkgs[k] into s_path, assembled
// into o_path. Never returns.
static _Noreturn void compile_package(Vec *pkgs, int k, const char *s_path, const char *o_path) {
	FILE *out = fopen(s_path, "w");
	if (!out) {
		fprintf(stderr, "goscape: cannot create %s: %s\n", s_path, strerror(errno));
		_exit(1);
	}
	codegen_package(pkgs, k, out);
	if (diag_count() > 0) {
		diag_flush();
		_exit(1);
	}
	if (fclose(out) != 0) {
		fprintf(stderr, "goscape: writing %s: %s\n", s_path, strerror(errno));
		_exit(1);
	}
	char *argv[] = {"cc", "-c", "-o", (char *)o_path, (char *)s_path, NULL};
	_exit(run_command(argv) == 0 ? 0 : 1);
}

typedef struct Job {
	pid_t pid;
	const char *tmp, *final;  // the object as written, and its place in the cache (or NULL)
} Job;

// Waits for one job; false when it failed.
static bool finish_job(Job *jobs, int *njobs) {
	int ws;
	pid_t pid;
	while ((pid = wait(&ws)) < 0 && errno == EINTR)
		;
	for (int i = 0; i < *njobs; i++) {
		if (jobs[i].pid != pid)
			continue;
		Job j = jobs[i];
		jobs[i] = jobs[--*njobs];
		if (!WIFEXITED(ws) || WEXITSTATUS(ws) != 0) {
			if (j.final)
				unlink(j.tmp);
			return false;
		}
		if (j.final && rename(j.tmp, j.final) != 0) {
			fprintf(stderr, "goscape: cannot rename %s: %s\n", j.tmp, strerror(errno));
			return false;
		}
		return true;
	}
	return pid >= 0;
}

bool package_objects(const Options *opt, Vec *pkgs, Vec *objs) {
	const char *cache = cache_dir(), *tmp = make_temp_dir();
	char **keys = xcalloc((size_t)pkgs->len, sizeof(char *));
	Job jobs[MAX_JOBS];
	int njobs = 0;
	bool ok = true;
	fflush(NULL);
	for (int k = 0; k < pkgs->len && ok; k++) {
		keys[k] = package_key(opt, pkgs, k, keys);
		bool is_main = k == pkgs->len - 1;
		const char *obj = cache && !is_main ? xasprintf("%s/%s.o", cache, keys[k]) : xasprintf("%s/%d.o", tmp, k);
		vec_push(objs, (void *)obj);
		if (cache && !is_main && access(obj, R_OK) == 0) {
			mark_used(obj);
			continue;
		}
		if (njobs == MAX_JOBS)
			ok = finish_job(jobs, &njobs);
		Job j = {0, obj, NULL};
		if (cache && !is_main) {
			j.tmp = xasprintf("%s.%d.tmp", obj, (int)getpid());
			j.final = obj;
		}
		j.pid = fork();
		if (j.pid == 0)
			compile_package(pkgs, k, xasprintf("%s/%d.s", tmp, k), j.tmp);
		if (j.pid < 0) {
			fprintf(stderr, "goscape: fork: %s\n", strerror(errno));
			ok = false;
			break;
		}
		jobs[njobs++] = j;
	}
	while (njobs > 0)
		if (!finish_job(jobs, &njobs))
			ok = false;
	if (cache)
		trim(cache);
	return ok;
}

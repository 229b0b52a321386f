// serve.c - `goscape explore --serve [ADDR]`: the explorer page served
// live with libmicrohttpd. GET / is the page; POST /compile (the source
// as the body) answers the page's JSON data; POST /run, only with
// --allow-run, builds and runs the program (run.c). Nothing else is
// served: every other path is 404, so no file of the machine is reachable.
//
// The server never compiles in its own process: each request's source is
// written to a private directory and handed to a sandboxed child
// (`goscape explore --json main.go`, sandbox.c) with its TMPDIR in that
// directory, which is removed afterwards. Request bodies are limited
// (413), as are the compiles running at once (503 when busy) and each
// compile's CPU and wall time (504 when it is stopped).
//
// Other web pages open in the same browser must not use the server: a
// POST needs the header X-Goscape-Explore, which a cross-site page can
// only send after a CORS preflight the server never grants (so a page
// elsewhere cannot make a browser post a program to /run), and a server
// on a loopback address answers only requests whose Host is a loopback
// name (so a DNS-rebound name cannot reach it). Both are answered 403.
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <fcntl.h>
#include <microhttpd.h>
#include <netinet/in.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "../driver/driver.h"
#include "explore.h"

// A thread per connection: a compile blocks only its own request, and a
// flood gets its 503s at once. Past MAX_CONNECTIONS, connections are
// closed unanswered.
enum {
	MAX_BODY = 256 << 10,  // a source file of the page's size, with room
	MAX_COMPILES = 2,      // the machine has few cores: the rest get 503
	MAX_CONNECTIONS = 256,
};

// The limits of one request's child, which only drives others: a compile
// per variant, or a build and the program, each under its own tighter
// limits (data.c, run.c). A child cannot raise a limit it inherits, so
// the address space here leaves room for the program's reservations.
static const Limits request_limits = {
	.cpu_seconds = 20,
	.wall_seconds = 30,
	.memory_bytes = 96L << 30,
	.output_bytes = 64L << 20,
};

static struct {
	const char *page;
	size_t page_len;
	bool allow_run;
	bool loopback; // bound to 127.x.x.x or ::1
	pthread_mutex_t lock;
	int compiles; // running now
} server = {.lock = PTHREAD_MUTEX_INITIALIZER};

static const char default_source[] =
	"package main\n\nimport \"fmt\"\n\ntype point struct{ x, y int }\n\n"
	"func onStack() int {\n\tp := point{1, 2}\n\treturn p.x + p.y\n}\n\n"
	"func onHeap() *point {\n\treturn &point{3, 4}\n}\n\n"
	"func main() {\n\tfmt.Println(onStack(), onHeap().x)\n}\n";

// A request being received: its body so far.
typedef struct Upload {
	char *body;
	size_t len;
	bool too_big;
} Upload;

static enum MHD_Result reply(struct MHD_Connection *c, unsigned status, const char *type, const char *text,
                             size_t len) {
	struct MHD_Response *r = MHD_create_response_from_buffer(len, (void *)text, MHD_RESPMEM_MUST_COPY);
	if (!r)
		return MHD_NO;
	MHD_add_response_header(r, "Content-Type", type);
	MHD_add_response_header(r, "Cache-Control", "no-store");
	MHD_add_response_header(r, "X-Content-Type-Options", "nosniff");
	enum MHD_Result ok = MHD_queue_response(c, status, r);
	MHD_destroy_response(r);
	return ok;
}

static enum MHD_Result reply_text(struct MHD_Connection *c, unsigned status, const char *text) {
	return reply(c, status, "text/plain; charset=utf-8", text, strlen(text));
}

static bool take_slot(void) {
	pthread_mutex_lock(&server.lock);
	bool ok = server.compiles < MAX_COMPILES;
	if (ok)
		server.compiles++;
	pthread_mutex_unlock(&server.lock);
	return ok;
}

static void give_slot(void) {
	pthread_mutex_lock(&server.lock);
	server.compiles--;
	pthread_mutex_unlock(&server.lock);
}

// Runs `goscape explore MODE main.go` on the body in a fresh private
// directory and answers its output.
static enum MHD_Result work(struct MHD_Connection *c, const Upload *u, const char *mode) {
	const char *tmp = getenv("TMPDIR");
	char dir[4096];
	snprintf(dir, sizeof dir, "%s/goscape-explore-XXXXXX", tmp && *tmp ? tmp : "/tmp");
	if (!mkdtemp(dir))
		return reply_text(c, MHD_HTTP_INTERNAL_SERVER_ERROR, "cannot create a temporary directory\n");
	char file[4200];
	snprintf(file, sizeof file, "%s/main.go", dir);
	int fd = open(file, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
	bool written = fd >= 0 && write(fd, u->body ? u->body : "", u->len) == (ssize_t)u->len;
	if (fd >= 0)
		close(fd);
	enum MHD_Result ok;
	if (!written) {
		ok = reply_text(c, MHD_HTTP_INTERNAL_SERVER_ERROR, "cannot write the source\n");
	} else {
		char *argv[] = {(char *)self_exe(), "explore", (char *)mode, "main.go", NULL};
		char tmpdir[4200];
		snprintf(tmpdir, sizeof tmpdir, "TMPDIR=%s", dir);
		char *env[] = {tmpdir, NULL};
		Outcome o;
		sandbox_run(argv, dir, env, &request_limits, &o);
		if (o.status == 0)
			ok = reply(c, MHD_HTTP_OK, "application/json", o.out, o.out_len);
		else if (o.timed_out)
			ok = reply_text(c, MHD_HTTP_GATEWAY_TIMEOUT, "stopped at the time limit\n");
		else
			ok = reply(c, MHD_HTTP_INTERNAL_SERVER_ERROR, "text/plain; charset=utf-8", o.err, o.err_len);
		outcome_free(&o);
	}
	remove_tree(dir);
	return ok;
}

// The Host header names this machine's loopback interface (any port).
static bool loopback_host(struct MHD_Connection *c) {
	const char *host = MHD_lookup_connection_value(c, MHD_HEADER_KIND, MHD_HTTP_HEADER_HOST);
	if (!host)
		return false;
	size_t n = host[0] == '[' ? strcspn(host, "]") + 1 : strcspn(host, ":");
	static const char *const names[] = {"127.0.0.1", "localhost", "[::1]"};
	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
		if (strlen(names[i]) == n && strncasecmp(host, names[i], n) == 0)
			return true;
	return false;
}

static enum MHD_Result on_request(void *cls, struct MHD_Connection *c, const char *url, const char *method,
                                  const char *version, const char *upload_data, size_t *upload_size,
                                  void **con_cls) {
	bool post = strcmp(method, MHD_HTTP_METHOD_POST) == 0;
	bool get = strcmp(method, MHD_HTTP_METHOD_GET) == 0 || strcmp(method, MHD_HTTP_METHOD_HEAD) == 0;
	bool compile = strcmp(url, "/compile") == 0, run = strcmp(url, "/run") == 0;
	if (server.loopback && !loopback_host(c))
		return reply_text(c, MHD_HTTP_FORBIDDEN, "this server answers only to 127.0.0.1 and localhost\n");
	if (strcmp(url, "/") == 0) {
		if (!get)
			return reply_text(c, MHD_HTTP_METHOD_NOT_ALLOWED, "GET only\n");
		return reply(c, MHD_HTTP_OK, "text/html; charset=utf-8", server.page, server.page_len);
	}
	if (!compile && !run)
		return reply_text(c, MHD_HTTP_NOT_FOUND, "not found\n");
	if (!post)
		return reply_text(c, MHD_HTTP_METHOD_NOT_ALLOWED, "POST only\n");
	if (!MHD_lookup_connection_value(c, MHD_HEADER_KIND, "X-Goscape-Explore"))
		return reply_text(c, MHD_HTTP_FORBIDDEN, "a request from another page is refused\n");
	if (run && !server.allow_run)
		return reply_text(c, MHD_HTTP_FORBIDDEN, "running programs is disabled (start the server with --allow-run)\n");

	Upload *u = *con_cls;
	if (!u) {
		// The first call, headers only: refuse a declared oversized body
		// before reading any of it.
		const char *declared = MHD_lookup_connection_value(c, MHD_HEADER_KIND, MHD_HTTP_HEADER_CONTENT_LENGTH);
		if (declared && strtoull(declared, NULL, 10) > MAX_BODY)
			return reply_text(c, MHD_HTTP_CONTENT_TOO_LARGE, "source too large (limit 256 KiB)\n");
		u = calloc(1, sizeof *u);
		if (!u)
			return MHD_NO;
		*con_cls = u;
		return MHD_YES;
	}
	if (*upload_size > 0) {
		// A body without (or beyond) its declared length: kept up to the limit.
		if (u->len + *upload_size > MAX_BODY) {
			u->too_big = true;
		} else if (!u->too_big) {
			char *grown = realloc(u->body, u->len + *upload_size + 1);
			if (!grown)
				return MHD_NO;
			memcpy(grown + u->len, upload_data, *upload_size);
			u->body = grown;
			u->len += *upload_size;
		}
		*upload_size = 0;
		return MHD_YES;
	}
	if (u->too_big)
		return reply_text(c, MHD_HTTP_CONTENT_TOO_LARGE, "source too large (limit 256 KiB)\n");
	if (!take_slot())
		return reply_text(c, MHD_HTTP_SERVICE_UNAVAILABLE, "busy: too many compiles at once, try again\n");
	enum MHD_Result ok = work(c, u, compile ? "--json" : "--run-json");
	give_slot();
	return ok;
}

static void on_completed(void *cls, struct MHD_Connection *c, void **con_cls,
                         enum MHD_RequestTerminationCode why) {
	Upload *u = *con_cls;
	if (u) {
		free(u->body);
		free(u);
		*con_cls = NULL;
	}
}

// Where to listen: an IPv4 or IPv6 address and port.
typedef struct Listen {
	struct sockaddr_storage sa;
	bool v6;
	bool loopback;
	unsigned port;
	char shown[INET6_ADDRSTRLEN + 2]; // as a URL writes it ([::1] for IPv6)
} Listen;

// HOST:PORT, [IPV6]:PORT, :PORT or PORT; the host defaults to 127.0.0.1.
static bool parse_addr(const char *addr, Listen *l) {
	memset(l, 0, sizeof *l);
	char host[INET6_ADDRSTRLEN] = "127.0.0.1";
	const char *port = addr;
	if (addr[0] == '[') {
		const char *close = strchr(addr, ']');
		if (!close || close[1] != ':' || (size_t)(close - addr - 1) >= sizeof host)
			return false;
		memcpy(host, addr + 1, (size_t)(close - addr - 1));
		host[close - addr - 1] = '\0';
		port = close + 2;
		l->v6 = true;
	} else if (strchr(addr, ':')) {
		const char *colon = strrchr(addr, ':');
		port = colon + 1;
		if (colon > addr) {
			if ((size_t)(colon - addr) >= sizeof host)
				return false;
			memcpy(host, addr, (size_t)(colon - addr));
			host[colon - addr] = '\0';
			if (!strcmp(host, "localhost"))
				strcpy(host, "127.0.0.1");
		}
	}
	char *end;
	long p = strtol(port, &end, 10);
	if (!*port || *end || p < 0 || p > 65535)
		return false;
	l->port = (unsigned)p;
	if (l->v6) {
		struct sockaddr_in6 *sa = (struct sockaddr_in6 *)&l->sa;
		sa->sin6_family = AF_INET6;
		sa->sin6_port = htons((uint16_t)p);
		if (inet_pton(AF_INET6, host, &sa->sin6_addr) != 1)
			return false;
		l->loopback = IN6_IS_ADDR_LOOPBACK(&sa->sin6_addr);
		snprintf(l->shown, sizeof l->shown, "[%s]", host);
	} else {
		struct sockaddr_in *sa = (struct sockaddr_in *)&l->sa;
		sa->sin_family = AF_INET;
		sa->sin_port = htons((uint16_t)p);
		if (inet_pton(AF_INET, host, &sa->sin_addr) != 1)
			return false;
		l->loopback = (ntohl(sa->sin_addr.s_addr) >> 24) == 127;
		snprintf(l->shown, sizeof l->shown, "%s", host);
	}
	return true;
}

int explore_serve(const char *addr, const char *initial_file, bool allow_run) {
	Listen l;
	if (!parse_addr(addr, &l)) {
		fprintf(stderr, "goscape explore: bad address %s (want HOST:PORT, [IPV6]:PORT, :PORT or PORT)\n", addr);
		return 2;
	}
	const char *source = default_source;
	if (initial_file) {
		size_t len;
		source = read_source(initial_file, &len);
		if (!source)
			return 1;
	}
	StrBuf page = {0};
	page_html(&page, initial_file ? base_name(initial_file) : "live", NULL, source, allow_run);
	server.page = strbuf_text(&page);
	server.page_len = page.len;
	server.allow_run = allow_run;
	self_exe(); // resolved now, before the request threads share its buffer
	server.loopback = l.loopback;
	signal(SIGPIPE, SIG_IGN);

	struct MHD_Daemon *d = MHD_start_daemon(
		MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_THREAD_PER_CONNECTION | MHD_USE_ERROR_LOG |
			(l.v6 ? MHD_USE_IPv6 : 0),
		0, NULL, NULL, on_request, NULL, MHD_OPTION_SOCK_ADDR, (struct sockaddr *)&l.sa, MHD_OPTION_CONNECTION_LIMIT,
		(unsigned)MAX_CONNECTIONS, MHD_OPTION_CONNECTION_TIMEOUT, 60u, MHD_OPTION_NOTIFY_COMPLETED,
		on_completed, NULL, MHD_OPTION_END);
	if (!d) {
		fprintf(stderr, "goscape explore: cannot listen on %s\n", addr);
		return 1;
	}
	const union MHD_DaemonInfo *info = MHD_get_daemon_info(d, MHD_DAEMON_INFO_BIND_PORT);
	printf("goscape explore: serving http://%s:%u/ (running programs %s)\n", l.shown, info ? info->port : l.port,
	       allow_run ? "enabled" : "disabled");
	fflush(stdout);
	for (;;)
		pause();
}

#!/bin/sh
# run.sh - the explorer in a real browser: Playwright (npm playwright-core,
# installed here from package-lock.json; it downloads no browser) driving
# Debian's chromium headless (explore.mjs says what it checks). Installs
# chromium when missing and running as root; skips, saying why, only when
# chromium cannot be had. The screenshots are kept in build/browser/.
#
#   tests/browser/run.sh [path/to/goscape]
set -u
. "$(dirname "$0")/../lib.sh"
runner_setup "$0" "$@"
shots=$(pwd)/build/browser
mkdir -p "$shots"

chromium=${CHROMIUM:-/usr/bin/chromium}
if [ ! -x "$chromium" ] && [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
	echo "browser tests: installing Debian's chromium"
	DEBIAN_FRONTEND=noninteractive apt-get install -y chromium >"$tmp/apt.log" 2>&1 ||
		{ apt-get update >>"$tmp/apt.log" 2>&1 && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium >>"$tmp/apt.log" 2>&1; }
fi
if [ ! -x "$chromium" ]; then
	echo "browser tests: SKIPPED: no chromium at $chromium (Debian package chromium could not be installed: not root, or apt failed; tests/install_deps.sh installs it)"
	exit 0
fi
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
	echo "browser tests: FAILED: node and npm are needed (Debian packages nodejs, npm)"
	exit 1
fi
if [ ! -d "$here/node_modules/playwright-core" ]; then
	(cd "$here" && npm ci --no-audit --no-fund >"$tmp/npm.log" 2>&1) ||
		{ cat "$tmp/npm.log"; echo "browser tests: FAILED: npm ci in tests/browser"; exit 1; }
fi

cp "$here/escape.go" "$tmp/"
if ! "$goscape" explore "$tmp/escape.go" -o "$tmp/escape.html" ||
	! "$goscape" explore "$tmp/escape.go" --run -o "$tmp/escape-run.html"; then
	echo "browser tests: FAILED: goscape explore escape.go"
	exit 1
fi
have_dot=0
command -v dot >/dev/null 2>&1 && have_dot=1
HAVE_DOT=$have_dot CHROMIUM=$chromium timeout 120 node "$here/explore.mjs" "$goscape" "$tmp/escape.html" "$tmp/escape-run.html" "$tmp/escape.go" "$shots"

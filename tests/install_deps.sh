#!/usr/bin/env bash
# install_deps.sh - installs the Debian packages goscape's build and tests
# need: re2c (lexer generator), lemon (parser generator), libcriterion-dev
# (unit tests), golang-go (Go 1.19: the standard library's source that
# goscape compiles imported packages from, and the oracle `make regen` uses),
# libmicrohttpd-dev (the HTTP server of `goscape explore --serve`), gdb
# (tests/gdb), graphviz (tests/dot: `dot -Tsvg` draws -m=dot's graphs) and
# curl (tests/explore). The browser test installs Debian's chromium itself
# (tests/browser/run.sh).
# As root it runs apt-get; otherwise it prints the command to run.
set -euo pipefail

# package -> a file that shows it is installed
declare -A probe=([re2c]=/usr/bin/re2c [lemon]=/usr/bin/lemon
	[libcriterion-dev]=/usr/include/criterion/criterion.h
	[golang-go]=/usr/lib/go-1.19/src/strings/strings.go [gdb]=/usr/bin/gdb
	[graphviz]=/usr/bin/dot [libmicrohttpd-dev]=/usr/include/microhttpd.h [curl]=/usr/bin/curl)
missing=()
for pkg in re2c lemon libcriterion-dev golang-go gdb graphviz libmicrohttpd-dev curl; do
	if [ ! -e "${probe[$pkg]}" ] && ! dpkg -s "$pkg" >/dev/null 2>&1; then
		missing+=("$pkg")
	fi
done
if [ ${#missing[@]} -eq 0 ]; then
	echo "install_deps: re2c, lemon, libcriterion-dev, golang-go, gdb, graphviz, libmicrohttpd-dev and curl are installed"
	exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
	echo "install_deps: missing ${missing[*]}; run:" >&2
	echo "  sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
	exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update
apt-get install -y "${missing[@]}"

#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# build-static.sh BUILD_DIR TARGET...
# Builds statically linked msrkit targets (src/cli/msrkit, bench/pread_loop,
# ...) in BUILD_DIR, set up on first use, for the VM guest, which has no
# shared libraries. Only the named targets are built: the shared library
# cannot be linked with -static.
set -euo pipefail
[ $# -ge 2 ] || { echo "usage: $0 BUILD_DIR TARGET..." >&2; exit 2; }
dir=$1; shift
src=$(cd "$(dirname "$0")/../.." && pwd)
if [ ! -f "$dir/build.ninja" ]; then
	meson setup "$dir" "$src" -Ddefault_library=static -Dprefer_static=true -Dc_link_args=-static \
		-Dtests=false >/dev/null
fi
# glibc warns that getgrgid_r needs NSS at run time when linked statically; the
# guest has no NSS, and msrkit then leaves the group name out of a message.
log=$(mktemp); trap 'rm -f "$log"' EXIT
rc=0
ninja -C "$dir" "$@" >"$log" 2>&1 || rc=$?
filter() { grep -v -e "Using 'getgrgid_r' in statically linked" -e "in function \`node_group'" "$log" || true; }
if [ $rc = 0 ]; then filter; else filter >&2; fi
exit $rc

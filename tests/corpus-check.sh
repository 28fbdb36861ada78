#!/bin/sh
# SPDX-License-Identifier: MIT
#
# Loads every AIDA64 dump of a directory with the snapshot reader and fails
# on any parse error or on register lines the reader skipped; prints per-file
# counts. Not part of `meson test`: the dumps are reference data outside the
# project.
#
#   tests/corpus-check.sh [-C BUILDDIR] [DIR]
#
# DIR defaults to ../shared/corpus/aida64 beside the repository (skipped with
# a message when absent); BUILDDIR to $MSRKIT_BUILD, else ./build. Exit status:
# 0 all dumps read (or nothing to check), 1 some failed, 2 usage or no build.
set -u

repo=$(cd "$(dirname "$0")/.." && pwd)
build=${MSRKIT_BUILD:-$repo/build}

if [ "${1-}" = "-C" ]; then
	[ $# -ge 2 ] || { echo "usage: $0 [-C BUILDDIR] [DIR]" >&2; exit 2; }
	build=$2
	shift 2
fi
case "${1-}" in
-h|--help)
	echo "usage: $0 [-C BUILDDIR] [DIR]"
	exit 0
	;;
esac
[ $# -le 1 ] || { echo "usage: $0 [-C BUILDDIR] [DIR]" >&2; exit 2; }

dir=${1:-$repo/../shared/corpus/aida64}
if [ ! -d "$dir" ]; then
	echo "corpus-check: no dump directory $dir: nothing to check (give one as argument)"
	exit 0
fi

check=$build/tests/snapshot/snapshot_check
if [ ! -x "$check" ]; then
	echo "corpus-check: $check not found: build first (meson setup $build && ninja -C $build), or pass -C BUILDDIR" >&2
	exit 2
fi

total=0
failed=0
for f in "$dir"/*; do
	[ -f "$f" ] || continue
	total=$((total + 1))
	if ! "$check" "$f"; then
		failed=$((failed + 1))
	fi
done

if [ "$total" -eq 0 ]; then
	echo "corpus-check: no files in $dir: nothing to check"
	exit 0
fi
echo "corpus-check: $((total - failed)) of $total dumps read without error or skipped register lines"
[ "$failed" -eq 0 ]

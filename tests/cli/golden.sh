#!/usr/bin/env bash
# Golden tests of the msrkit CLI: each case NAME in tests/cli/golden/ is
#   NAME.args  the arguments, one per line
#   NAME.out   expected standard output
#   NAME.err   expected standard error
#   NAME.rc    expected exit code
#   NAME.env   optional: VAR=VALUE lines set for this case only (e.g. the test-only
#              MSRKIT_TEST_MEMORY_BACKEND simulated machine)
#   NAME.prog  optional: run this name instead of msrkit (a link beside it: rdmsr, wrmsr)
# Usage: golden.sh MSRKIT_BINARY [--fix] [CASE...]
# --fix rewrites the expected files from the current output (review the diff!).
set -u
bin=$1; shift
# meson passes the binary relative to the build directory: resolve it before cd.
case $bin in /*) ;; *) bin=$(pwd)/$bin ;; esac
fix=0
if [ "${1:-}" = --fix ]; then fix=1; shift; fi
dir=$(cd "$(dirname "$0")/golden" && pwd)
# Cases may refer to fixtures relative to the repository root.
cd "$dir/../../.."
cases=("$@")
if [ ${#cases[@]} -eq 0 ]; then
	for f in "$dir"/*.args; do cases+=("$(basename "$f" .args)"); done
fi
pass=0 failn=0
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
for c in "${cases[@]}"; do
	mapfile -t args < "$dir/$c.args"
	envs=() prog=$bin name=msrkit
	[ -f "$dir/$c.env" ] && mapfile -t envs < "$dir/$c.env"
	[ -f "$dir/$c.prog" ] && { name=$(cat "$dir/$c.prog"); prog=$(dirname "$bin")/$name; }
	# argv[0] is the bare name, so messages that quote it do not depend on the build directory.
	(if [ ${#envs[@]} -gt 0 ]; then export "${envs[@]}"; fi; exec -a "$name" "$prog" "${args[@]}") >"$tmp/out" 2>"$tmp/err" </dev/null
	rc=$?
	if [ $fix = 1 ]; then
		cp "$tmp/out" "$dir/$c.out"; cp "$tmp/err" "$dir/$c.err"; echo "$rc" > "$dir/$c.rc"
		continue
	fi
	ok=1
	if ! diff -u "$dir/$c.out" "$tmp/out" >"$tmp/d1"; then ok=0; fi
	if ! diff -u "$dir/$c.err" "$tmp/err" >"$tmp/d2"; then ok=0; fi
	want=$(cat "$dir/$c.rc")
	if [ "$rc" != "$want" ]; then ok=0; fi
	if [ $ok = 1 ]; then
		pass=$((pass + 1))
	else
		failn=$((failn + 1))
		echo "FAIL $c (exit $rc, expected $want)"
		cat "$tmp/d1" "$tmp/d2"
	fi
done
[ $fix = 1 ] && { echo "fixed ${#cases[@]} cases"; exit 0; }
echo "$pass passed, $failn failed"
[ $failn = 0 ]

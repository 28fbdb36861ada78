#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Snapshot parse + decode throughput over a directory of dumps, beside cat(1)
# of the same files in the same run, and peak memory.
# Usage: bench/parse_bench.sh BUILD_DIR DUMP_DIR [ROUNDS]
# Needs /usr/bin/time (Debian package "time"). Not a test: figures depend on
# the machine; run it on an idle one and repeat.
set -euo pipefail
build=${1:?usage: parse_bench.sh BUILD_DIR DUMP_DIR [ROUNDS]}
dir=${2:?usage: parse_bench.sh BUILD_DIR DUMP_DIR [ROUNDS]}
rounds=${3:-10}
bench=$build/bench/parse_bench
msrkit=$build/src/cli/msrkit
for f in "$bench" "$msrkit"; do
	[ -x "$f" ] || { echo "parse_bench.sh: $f not built: run ninja -C $build" >&2; exit 2; }
done
[ -x /usr/bin/time ] || { echo "parse_bench.sh: /usr/bin/time missing: apt-get install time" >&2; exit 2; }
mapfile -t files < <(find "$dir" -maxdepth 1 -type f ! -name '.*' | sort)
[ ${#files[@]} -gt 0 ] || { echo "parse_bench.sh: no files in $dir" >&2; exit 2; }
bytes=$(cat "${files[@]}" | wc -c)

now() { date +%s.%N; }
# Best of ROUNDS rounds of cat over every file (page cache warm after the first).
best_cat=
for ((r = 0; r < rounds; r++)); do
	t0=$(now); cat "${files[@]}" >/dev/null; t1=$(now)
	t=$(echo "$t1 - $t0" | bc -l)
	if [ -z "$best_cat" ] || [ "$(echo "$t < $best_cat" | bc -l)" = 1 ]; then best_cat=$t; fi
done

field() { sed -n "s/.* $1=\([^ ]*\).*/\1/p"; }
peak_kb() { sed -n 's/.*Maximum resident set size (kbytes): //p'; }
run() { # MODE -> "best_s mb/s dumps/s peak_kb"
	local out
	out=$( { /usr/bin/time -v "$bench" --rounds "$rounds" --mode "$1" "${files[@]}" >"$tmp/line"; } 2>&1 )
	echo "$(field best_s <"$tmp/line") $(field best_mb_per_s <"$tmp/line") $(field best_dumps_per_s <"$tmp/line") $(echo "$out" | peak_kb)"
}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
read -r p_s p_mb p_dps p_kb < <(run parse)
read -r d_s d_mb d_dps d_kb < <(run decode)
# The whole CLI once: load, decode and report coverage of every dump.
cli=$( { /usr/bin/time -v "$msrkit" coverage "$dir" >/dev/null; } 2>&1 || true)
cli_kb=$(echo "$cli" | peak_kb)
cli_s=$(echo "$cli" | sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p')

n=${#files[@]}
mb=$(echo "scale=2; $bytes / 1000000" | bc -l)
printf '%d dumps, %s MB, best of %d rounds\n\n' "$n" "$mb" "$rounds"
printf '%-28s %10s %10s %10s %12s\n' "" "seconds" "MB/s" "dumps/s" "peak RSS"
printf '%-28s %10.4f %10.1f %10.1f %12s\n' "cat" "$best_cat" "$(echo "$bytes / 1000000 / $best_cat" | bc -l)" \
	"$(echo "$n / $best_cat" | bc -l)" "-"
printf '%-28s %10.4f %10.1f %10.1f %9s KiB\n' "load + parse" "$p_s" "$p_mb" "$p_dps" "$p_kb"
printf '%-28s %10.4f %10.1f %10.1f %9s KiB\n' "load + parse + decode" "$d_s" "$d_mb" "$d_dps" "$d_kb"
printf '%-28s %10s %10s %10s %9s KiB\n' "msrkit coverage (one run)" "$cli_s" "" "" "$cli_kb"

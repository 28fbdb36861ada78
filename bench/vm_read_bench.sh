#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# vm_read_bench.sh [BUILD_DIR]
#
# The read benchmark of msrkit against the real msr driver, under QEMU (the VM
# rig of tests/vm/run-in-vm.sh; 2 vCPUs by default): time to read the same 32
# registers on every CPU with
#   msrkit_batch_pinned     libmsrkit, one batch, a thread pinned to each CPU
#   msrkit_serial_unpinned  libmsrkit, the same batch in the caller's thread
#   pread_loop              one unpinned thread, nodes kept open, pread each
#   pread_migrate           the same, moving itself to each CPU first (turbostat)
#   open_pread_close        msr-tools' per-call work (open, pread, close, print), in-process
#   spawn_rdmsr_loop        one process per read: a minimal static msr-tools rdmsr
#   spawn_rdmsr             one process per read: msrkit's drop-in rdmsr -p CPU ADDR
# and prints the per-read cost and the ratio to msrkit_batch_pinned. The
# x4 section repeats the in-process methods with the list four times.
# Not a test: timings under TCG depend on the host's load.
# Builds static binaries in BUILD_DIR-static (default build-vm-static).
# The guest runs with idle=poll (VMRIG_APPEND, default) so that an idle vCPU
# never sleeps on the host: otherwise every cross-call and migration waits for
# the host to wake a vCPU thread, and that latency (milliseconds on a busy
# host) swamps what is measured.
# Knobs: BENCH_SMP (2), BENCH_ROUNDS (101), BENCH_SPAWN_ROUNDS (3), and
# run-in-vm.sh's VMRIG_* (VMRIG_CPU, VMRIG_APPEND, VMRIG_KDIR, ...).
set -euo pipefail
src=$(cd "$(dirname "$0")/.." && pwd)
bdir=${1:-build-vm}
case $bdir in /*) ;; *) bdir=$PWD/$bdir ;; esac
sdir=$bdir-static
# 32 architectural registers every x86-64 CPU (and QEMU) implements.
regs=(0x10 0x1b 0x3a 0xfe 0x174 0x175 0x176 0x179 0x17a 0x1a0 0x200 0x201 0x202 0x203 0x204 0x205
	0x206 0x207 0x250 0x258 0x259 0x268 0x277 0x2ff 0xc0000080 0xc0000081 0xc0000082 0xc0000083
	0xc0000084 0xc0000100 0xc0000102 0xc0000103)

"$src/tests/vm/build-static.sh" "$sdir" src/cli/msrkit bench/pread_loop bench/rdmsr_loop \
	bench/msrkit_read_bench >/dev/null
t=$(mktemp -d "${TMPDIR:-/tmp}/msrkit-bench.XXXXXX"); trap 'rm -rf "$t"' EXIT
mkdir "$t/p"
for b in src/cli/msrkit bench/pread_loop bench/rdmsr_loop bench/msrkit_read_bench; do
	strip -o "$t/p/${b##*/}" "$sdir/$b"
done
ln -s msrkit "$t/p/rdmsr"
cp "$src/bench/vm_read_guest.sh" "$t/p/"

smp=${BENCH_SMP:-2}
export VMRIG_APPEND=${VMRIG_APPEND-idle=poll}
echo "# msrkit read benchmark: QEMU $(qemu-system-x86_64 --version | sed -n '1s/.*version //p'), TCG," \
	"-cpu ${VMRIG_CPU:-max} -smp $smp, kernel args '$VMRIG_APPEND'; host: $(nproc) CPUs," \
	"load $(cut -d' ' -f1-3 /proc/loadavg); $(date -u +%F)"
rc=0
VMRIG_SMP=$smp "$src/tests/vm/run-in-vm.sh" "$t/p" vm_read_guest.sh "${BENCH_ROUNDS:-101}" \
	"${BENCH_SPAWN_ROUNDS:-3}" "${regs[@]}" >"$t/out" || rc=$?
[ $rc = 0 ] || { cat "$t/out"; echo "vm_read_bench: the VM run failed (exit $rc)" >&2; exit 1; }
cat "$t/out"
echo
awk '
/^# x4/ { section = " (x4)" }
/^BENCH / {
	for (i = 2; i <= NF; i++) { split($i, kv, "="); f[kv[1]] = kv[2] }
	name = f["name"] section
	order[++n] = name; med[name] = f["median_ns_per_read"]; best[name] = f["best_ns_per_read"]
	reads[name] = f["cpus"] "x" f["regs"]; round[name] = f["median_round_ns"]
	if (f["name"] == "msrkit_batch_pinned") base[section] = f["median_ns_per_read"]
	sec[name] = section
}
END {
	printf "%-32s %-7s %14s %14s %14s %12s\n", "method", "reads", "round (us)", "ns/read med", "ns/read best", "x batch"
	for (i = 1; i <= n; i++) {
		m = order[i]
		printf "%-32s %-7s %14.1f %14d %14d %12.1f\n", m, reads[m], round[m] / 1000, med[m], best[m], med[m] / base[sec[m]]
	}
}' "$t/out"

#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# run-vm-tests.sh [--fix] BUILD_DIR
#
# End-to-end tests of msrkit against the real Linux msr driver: builds a static
# msrkit in BUILD_DIR-static, boots Debian's kernel under emulation with
# run-in-vm.sh and runs the guest scripts in tests/vm/guest/, one boot each:
#   qemu.sh         QEMU TCG, 3 CPUs: real values, -a grouping, dump and --from,
#                   writes with verify, rollback after a real #GP, journal and
#                   undo, drop-in rdmsr/wrmsr, EPERM (allow_writes=off at run
#                   time), ENXIO and CPU lists with a hole (CPU 1 offlined)
#   qemu-nowrite.sh QEMU TCG, msr.ko loaded with allow_writes=off
#   bochs.sh        Bochs (faults like hardware; runs alongside the QEMU boots
#                   once the kernel is cached): EIO on reads and writes,
#                   rollback, VMX capability MSRs: msrkit vmx and check
# Each guest check prints "ok N - ..." or "not ok N - ..."; the last line is
# "vm: N passed, M failed[, K skipped (why)]". Exit 0 when nothing failed
# (a missing emulator is a skip, not a failure), 1 otherwise, 2 for bad usage.
# --fix rewrites the expected outputs in tests/vm/expected/ that differ from
# what the guest printed (review the diff before keeping it).
# Knobs: VMRIG_KDIR (kernel cache), VMRIG_TIMEOUT; VM_TESTS_BOOTS (names of
# the boots to run, default "qemu qemu-nowrite bochs").
set -u
here=$(cd "$(dirname "$0")" && pwd)
fix=
[ "${1:-}" = --fix ] && { fix=fix; shift; }
[ $# -eq 1 ] || { echo "usage: $0 [--fix] BUILD_DIR" >&2; exit 2; }
bdir=$1
case $bdir in /*) ;; *) bdir=$PWD/$bdir ;; esac
sdir=$bdir-static

pass=0 fail=0 nskip=0 why=
t=$(mktemp -d "${TMPDIR:-/tmp}/msrkit-vmtests.XXXXXX"); trap 'rm -rf "$t"' EXIT

add_skip() { nskip=$((nskip + 1)); why="${why:+$why; }$1"; }
finish() {
	local s=
	[ $nskip -gt 0 ] && s=", $nskip skipped ($why)"
	echo "vm: $pass passed, $fail failed$s"
	[ $fail -eq 0 ] && exit 0
	exit 1
}

# Without an emulator nothing can run: one skip, not a failure.
if ! command -v qemu-system-x86_64 >/dev/null; then
	add_skip "qemu-system-x86_64 not installed: scripts/install-deps --vm"
	finish
fi

echo "# building a static msrkit in $sdir"
if ! "$here/build-static.sh" "$sdir" src/cli/msrkit >"$t/build.log" 2>&1; then
	sed 's/^/#   /' "$t/build.log"
	echo "not ok - static build of msrkit"
	fail=$((fail + 1))
	finish
fi

# The payload, /x in the guest (on PATH): msrkit, the drop-in names, the
# guest scripts and their expected outputs.
p=$t/payload; mkdir -p "$p"
strip -o "$p/msrkit" "$sdir/src/cli/msrkit"
ln -s msrkit "$p/rdmsr"; ln -s msrkit "$p/wrmsr"
cp "$here"/guest/*.sh "$p/"
cp -r "$here/expected" "$p/expected"

# run_boot NAME: one VM run of the boot's script; output in $t/NAME.*.
run_boot() {
	local name=$1 start rc script
	local -a vars
	case $name in
	qemu) script=qemu.sh vars=(VMRIG_EMU=qemu VMRIG_SMP=3 VMRIG_TIMEOUT="${VMRIG_TIMEOUT:-180}") ;;
	qemu-nowrite) script=qemu-nowrite.sh vars=(VMRIG_EMU=qemu VMRIG_SMP=2 VMRIG_INSMOD_ARGS=allow_writes=off
		VMRIG_TIMEOUT="${VMRIG_TIMEOUT:-180}") ;;
	bochs) script=bochs.sh vars=(VMRIG_EMU=bochs VMRIG_SMP=2 VMRIG_TIMEOUT="${VMRIG_TIMEOUT:-420}") ;;
	esac
	echo "$script (${vars[*]})" >"$t/$name.what"
	start=$(date +%s)
	env "${vars[@]}" "$here/run-in-vm.sh" "$p" "$script" $fix >"$t/$name.out" 2>"$t/$name.err"
	rc=$?
	echo $(($(date +%s) - start)) >"$t/$name.secs"
	echo $rc >"$t/$name.rc"
}

# report_boot NAME: prints the boot's TAP lines and adds them up.
report_boot() {
	local name=$1 rc ntap plan reason
	rc=$(cat "$t/$name.rc")
	echo "# boot $name: $(cat "$t/$name.what")"
	if [ -n "$fix" ]; then
		# Blocks "##FIX /x/expected/NAME" ... "##END" hold the actual output.
		awk -v dir="$here/expected" '
			/^##FIX / { f = dir "/" substr($2, length("/x/expected/") + 1); printf "" > f; next }
			/^##END$/ { close(f); print "# fixed " f; f = ""; next }
			f != "" { print > f }' "$t/$name.out"
		sed -i '/^##FIX /,/^##END$/d' "$t/$name.out"
	fi
	if [ "$rc" = 77 ]; then
		reason=$(sed -n 's/^vm: skipped: //p' "$t/$name.err" | head -1)
		add_skip "$name: ${reason:-the emulator is not usable}"
		echo "# boot $name skipped: ${reason:-the emulator is not usable}"
		return
	fi
	sed "s/^/[$name] /" "$t/$name.out"
	ntap=$(grep -cE '^(not )?ok [0-9]+' "$t/$name.out")
	pass=$((pass + $(grep -E '^ok [0-9]+' "$t/$name.out" | grep -cv '# SKIP')))
	fail=$((fail + $(grep -cE '^not ok [0-9]+' "$t/$name.out")))
	grep -E '^ok [0-9]+ .*# SKIP' "$t/$name.out" >"$t/$name.skips"
	while IFS= read -r l; do add_skip "$name: ${l##*# SKIP }"; done <"$t/$name.skips"
	plan=$(sed -n 's/^1\.\.\([0-9]*\)$/\1/p' "$t/$name.out" | tail -1)
	if [ "$rc" != 0 ] || [ "$plan" != "$ntap" ]; then
		fail=$((fail + 1))
		case $rc in
		124) echo "not ok - $name: the VM timed out" ;;
		125) echo "not ok - $name: the guest died before the script finished" ;;
		*) echo "not ok - $name: the guest script stopped early (exit $rc, plan '${plan:-none}', $ntap checks)" ;;
		esac
		sed 's/^/#   /' "$t/$name.err" | tail -60
	elif [ -s "$t/$name.err" ]; then
		sed "s/^/[$name stderr] /" "$t/$name.err"
	fi
	echo "# boot $name: $ntap checks in $(cat "$t/$name.secs") s"
}

boots=${VM_TESTS_BOOTS:-qemu qemu-nowrite bochs}
for b in $boots; do
	case $b in
	qemu | qemu-nowrite | bochs) ;;
	*) echo "VM_TESTS_BOOTS: unknown boot '$b' (qemu, qemu-nowrite, bochs)" >&2; exit 2 ;;
	esac
done
# The slow Bochs boot runs alongside the QEMU boots once the kernel is cached
# (run-in-vm.sh fetches it on first use; two runs must not fetch it at once).
bg=
if [[ " $boots " == *" bochs "* ]] && ls "${VMRIG_KDIR:-/var/tmp/msrkit-vm-kernel}"/boot/vmlinuz-* >/dev/null 2>&1; then
	run_boot bochs &
	bg=$!
fi
for b in $boots; do
	[ "$b" = bochs ] && [ -n "$bg" ] && continue
	run_boot "$b"
done
[ -n "$bg" ] && wait "$bg"
for b in $boots; do
	report_boot "$b"
done
finish

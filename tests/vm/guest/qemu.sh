# SPDX-License-Identifier: MIT
# QEMU TCG boot, 3 CPUs (-cpu max: AMD vendor, SVM), msr.ko with default
# parameters. QEMU never faults on RDMSR (unknown MSRs read as 0); its only
# faulting WRMSR is IA32_PKRS with bits 63:32 set, which gives the driver's
# EIO. Order matters: writes, then allow_writes=off, then CPU 1 offline.
. /x/lib.sh
E=/x/expected

# ---- reads: real values, grouping of CPUs ----
run msrkit read IA32_APIC_BASE
expect "read IA32_APIC_BASE: CPU 0 by default, decoded" rc=0 file=$E/qemu-read-apic-base.txt
run msrkit read IA32_APIC_BASE -a
expect "read -a IA32_APIC_BASE: CPU 0 (BSP) apart from CPUs 1-2" rc=0 file=$E/qemu-read-apic-base-all.txt
run msrkit read 0x1b -c 1 --raw
expect "read --raw -c 1 0x1b: 0xfee00800" rc=0 out=0x00000000fee00800
run msrkit read IA32_APIC_BASE -a --raw
expect "read --raw -a: one line per value, with its CPUs" rc=0 out="CPU 0: 0x00000000fee00900
CPUs 1-2: 0x00000000fee00800"
run msrkit read IA32_EFER IA32_PAT -a
expect "read -a IA32_EFER IA32_PAT: 0xd01 and the PAT, once for CPUs 0-2" rc=0 file=$E/qemu-read-efer-pat.txt
run msrkit read ia32_pat --raw -c 0-2
expect "read --raw -c 0-2 ia32_pat (name in lower case)" rc=0 out="CPUs 0-2: 0x0407050600070106"
run msrkit read IA32_APIC_BASE.BSP -a
expect "read -a IA32_APIC_BASE.BSP: one field, grouped" rc=0 file=$E/qemu-read-apic-bsp.txt
run msrkit read IA32_TSC_AUX -a --raw
expect "read -a IA32_TSC_AUX: the CPU number on every CPU" rc=0 out="CPU 0: 0x0000000000000000
CPU 1: 0x0000000000000001
CPU 2: 0x0000000000000002"
run msrkit read IA32_APIC_BASE -c 0,2 --json
expect "read --json -c 0,2: per-CPU values" rc=0 \
	json='"cpus": [{"cpu": 0,"value": 4276095232,"value_hex": "0x00000000fee00900","applies": true,' \
	json='{"cpu": 2,"value": 4276094976,"value_hex": "0x00000000fee00800","applies": true,' \
	json='{"name": "BSP","lsb": 8,"msb": 8,"raw": 0,"meaning": "AP: an application processor, started by the OS"}'
run msrkit read 0x12345678
expect "read of an unknown MSR: QEMU returns 0 (no #GP under TCG)" rc=0 out="MSR 0x12345678 = 0x0000000000000000 on CPU 0
  no definition in the database: raw value only"
run msrkit read 0x1b -c 7
expect "read -c 7 (no such CPU): refused, exit 2" rc=2 \
	err="msrkit: CPU 7 does not exist on this machine (CPUs 0-2)"
same_regs "the driver itself agrees (dd of /dev/cpu/1/msr at 0x1b)" 0x1b 0x00000000fee00800 1 2
run msrkit audit
expect "audit: the CPUs are configured alike (per-CPU identities left out)" rc=0 has="Consistent: all "

# ---- dump, and reading the dump back ----
run msrkit dump -o /tmp/live.snap
expect "dump -o: every CPU captured" rc=0 errhas="msrkit: captured 3 CPU(s) with the msr backend:" \
	errhas=" 0 failed reads"
check "dump holds IA32_APIC_BASE of each CPU" [ "$(grep -c '^msr 0x0000001b 0x00000000fee00[89]00$' /tmp/live.snap)" = 3 ]
run msrkit read IA32_APIC_BASE -a --from /tmp/live.snap
expect "read --from the dump: same output as live" rc=0 file=$E/qemu-read-apic-base-all.txt
run msrkit read IA32_EFER IA32_PAT -a --from /tmp/live.snap
expect "read --from the dump: EFER and PAT as live" rc=0 file=$E/qemu-read-efer-pat.txt
run msrkit dump --from /tmp/live.snap -o /tmp/again.snap
expect "dump --from the dump: converts" rc=0
check "dump --from keeps every CPUID and MSR line" \
	[ "$(grep -E '^(cpu|cpuid|msr) ' /tmp/live.snap | md5sum)" = "$(grep -E '^(cpu|cpuid|msr) ' /tmp/again.snap | md5sum)" ]
run msrkit diff /tmp/live.snap live
expect "diff dump live: no differences" rc=0 has="No differences."
run msrkit check
expect "check (AMD, SVM under TCG): READY for kvm-amd" rc=0 \
	line="READY: KVM (kvm_amd) can run on CPUs 0-2 of this machine (msr driver)" \
	has="  ok       VM_CR allows SVM (SVMDIS clear): VM_CR.SVMDIS is 0: EFER.SVME can be set"

# ---- writes: plan, verify, no-op, dry run, refusals ----
same_regs "IA32_MTRR_PHYSBASE7 starts at 0" 0x20e 0x0000000000000000 0 1 2
run msrkit write IA32_MTRR_PHYSBASE7=0x6 -a
expect "write -a IA32_MTRR_PHYSBASE7=0x6: written and verified" rc=0 \
	line="CPUs 0-2: 0x0000000000000000 -> 0x0000000000000006" \
	line="CPUs 0-2: written and verified: 0x0000000000000006"
same_regs "IA32_MTRR_PHYSBASE7 is 6 on every CPU" 0x20e 0x0000000000000006 0 1 2
run msrkit write IA32_MTRR_PHYSBASE7.TYPE=UC -c 0-2
expect "field write by value name (TYPE=UC): read-modify-write" rc=0 \
	line="  TYPE (bits 7:0): 0x6 -> 0x0" line="CPUs 0-2: written and verified: 0x0000000000000000"
same_regs "IA32_MTRR_PHYSBASE7 is 0 again" 0x20e 0x0000000000000000 0 1 2
run msrkit write IA32_PAT=0x0407050600070106 -a
expect "write of the value already there: nothing written" rc=0 \
	line="nothing to write: every CPU already holds the value"
run msrkit write IA32_MTRR_PHYSBASE7=0x6 -c 1 --dry-run
expect "write --dry-run: plan only" rc=0 line="CPU 1: 0x0000000000000000 -> 0x0000000000000006"
same_regs "--dry-run wrote nothing" 0x20e 0x0000000000000000 1
run msrkit write IA32_PKRS=0xffffffff00000000 -a
expect "write setting reserved bits: refused without --force" rc=2 \
	err="msrkit: refused: nothing was written (--force overrides these checks; be sure first)"

# ---- a real #GP: rollback ----
run msrkit write IA32_PKRS=0xffffffff00000000 -a --force
expect "write --force IA32_PKRS bits 63:32: EIO on CPU 0, nothing written" rc=4 \
	line="CPU 0: write of 0xffffffff00000000 failed (EIO: the CPU raised #GP and refused the value); still 0x0000000000000000 (read back)" \
	line="CPUs 1-2: not written (stopped after the failure on CPU 0); still 0x0000000000000000" \
	errhas="CPU 0 raised a general-protection fault on WRMSR 0x6E1 (EIO)"
same_regs "IA32_PKRS still 0 everywhere" 0x6e1 0x0000000000000000 0 1 2
# CPUs 0 and 1 succeed, then CPU 2 faults: a journal (written by hand, as one
# from another state would be) whose undo does exactly that, last line first.
cat > /tmp/cross.journal <<'J'
# msrkit-journal v1
2 0x000006e1 0xffffffff00000000 0x0000000000000000
1 0x0000020e 0x0000000000000006 0x0000000000000000
0 0x0000020e 0x0000000000000006 0x0000000000000000
J
run msrkit write --undo /tmp/cross.journal --force
expect "undo: CPUs 0-1 written, CPU 2 faults (EIO), CPUs 0-1 restored" rc=4 file=$E/qemu-undo-rollback.txt \
	err="msrkit: writing IA32_PKRS on CPU 2: CPU 2 raised a general-protection fault on WRMSR 0x6E1 (EIO) and kept the old value: the value sets reserved bits or is invalid for the register, the register is locked (for example IA32_FEATURE_CONTROL once its LOCK bit is set) or read-only, or it is not implemented.
msrkit: the write failed on CPU 2; every CPU holds its old value again (nothing is left half-written)"
same_regs "after the rollback IA32_MTRR_PHYSBASE7 is 0 on CPUs 0-1" 0x20e 0x0000000000000000 0 1
same_regs "after the rollback IA32_PKRS is 0 on CPU 2" 0x6e1 0x0000000000000000 2

# ---- journal and undo ----
run msrkit write IA32_MTRR_PHYSBASE7=0x6 -a --journal /tmp/j1
expect "write --journal: written, journal announced" rc=0 \
	line="journal /tmp/j1 records 3 changes; 'msrkit write --undo /tmp/j1' restores them"
check "the journal records old and new value per CPU" [ "$(cat /tmp/j1)" = "# msrkit-journal v1
0 0x0000020e 0x0000000000000000 0x0000000000000006
1 0x0000020e 0x0000000000000000 0x0000000000000006
2 0x0000020e 0x0000000000000000 0x0000000000000006" ]
run msrkit write IA32_MTRR_PHYSBASE7=0x0 -a --journal /tmp/j1
expect "--journal to an existing file: refused before writing" rc=2
same_regs "nothing written by the refused write" 0x20e 0x0000000000000006 0 1 2
# Someone changed CPU 1 since: the undo must not overwrite that.
wrmsr -p 1 0x20e 5
run msrkit audit
expect "audit finds CPU 1's IA32_MTRR_PHYSBASE7 apart" rc=1 \
	line="IA32_MTRR_PHYSBASE7 (0x20e), thread scope, 2 different values:" \
	line="    CPU 1: 0x5  WP: write-protected"
run msrkit write --undo /tmp/j1
expect "undo after CPU 1 changed since the journal: refused, exit 2" rc=2
same_regs "the refused undo wrote nothing (CPUs 0, 2)" 0x20e 0x0000000000000006 0 2
same_regs "the refused undo wrote nothing (CPU 1)" 0x20e 0x0000000000000005 1
wrmsr -p 1 0x20e 6
run msrkit write --undo /tmp/j1
expect "write --undo: every CPU back to its old value" rc=0 \
	line="CPUs 0-2: 0x0000000000000006 -> 0x0000000000000000" \
	line="CPUs 0-2: written and verified: 0x0000000000000000" lacks="note: only CPU"
same_regs "undone: IA32_MTRR_PHYSBASE7 is 0" 0x20e 0x0000000000000000 0 1 2
run msrkit write --undo /tmp/j1
expect "a second undo: nothing left to do" rc=0 line="nothing to write: every CPU already holds the value"

# ---- the drop-in rdmsr / wrmsr (msr-tools options and exit codes) ----
run rdmsr -p 1 0x1b
expect "rdmsr -p 1 0x1b" rc=0 out=fee00800
run rdmsr 0x1b
expect "rdmsr 0x1b (CPU 0)" rc=0 out=fee00900
run rdmsr -a 0x10
expect "rdmsr -a 0x10: every CPU in numeric order (TCG's TSC MSR reads 0)" rc=0 out="CPU 0: 0
CPU 1: 0
CPU 2: 0"
run rdmsr -f 11:8 0x1b
expect "rdmsr -f 11:8 0x1b: bits 11:8 of 0xfee00900" rc=0 out=9
run rdmsr -0 -c 0xc0000080
expect "rdmsr -0 -c IA32_EFER: zero-padded C constant" rc=0 out=0x0000000000000d01
run rdmsr -u -p 2 IA32_APIC_BASE
expect "rdmsr -u with a register name" rc=0 out=4276094976
run rdmsr 0x1bq
expect "rdmsr with an unparsable register: an error, not register 0x1b" rc=127 \
	errhas="invalid register '0x1bq'"
run wrmsr -a 0x20e 6
expect "wrmsr -a 0x20e 6" rc=0 out=
same_regs "wrmsr -a wrote every CPU" 0x20e 0x0000000000000006 0 1 2
run wrmsr -p 1 0x20e 0
expect "wrmsr -p 1 0x20e 0" rc=0
run rdmsr -a 0x20e
expect "rdmsr -a shows CPU 1 apart" rc=0 out="CPU 0: 6
CPU 1: 0
CPU 2: 6"
run wrmsr -a 0x20e 0
expect "wrmsr -a 0x20e 0" rc=0
same_regs "IA32_MTRR_PHYSBASE7 is 0 again" 0x20e 0x0000000000000000 0 1 2
run wrmsr -a 0x277 0x0407050600070106
expect "wrmsr -a IA32_PAT with its own value: a real write, accepted" rc=0 out=
same_regs "IA32_PAT unchanged" 0x277 0x0407050600070106 0 1 2
run wrmsr 0x6e1 0xffffffff00000000
expect "wrmsr of a faulting value: msr-tools' message, exit 4" rc=4 \
	err="wrmsr: CPU 0 cannot set MSR 0x000006e1 to 0xffffffff00000000"
check "the writes tainted the kernel (TAINT_CPU_OUT_OF_SPEC)" [ $(( $(cat /proc/sys/kernel/tainted) & 4 )) = 4 ]

# ---- EPERM: msr.allow_writes=off at run time ----
echo off > /sys/module/msr/parameters/allow_writes
run msrkit write IA32_MTRR_PHYSBASE7=0x6 -a
expect "write with allow_writes=off: no access, exit 3, says how to enable" rc=3 \
	errhas="msr.allow_writes=off" errhas="echo on > /sys/module/msr/parameters/allow_writes"
run wrmsr 0x20e 6
expect "wrmsr with allow_writes=off: msr-tools' pwrite error (exit 127), then the reason" rc=127 \
	errhas="wrmsr: pwrite: Operation not permitted" errhas="(msr.allow_writes=off)"
same_regs "nothing written while writes are off" 0x20e 0x0000000000000000 0 1 2
run msrkit read IA32_PAT --raw
expect "reads still work with allow_writes=off" rc=0 out="0x0407050600070106"
echo default > /sys/module/msr/parameters/allow_writes

# ---- CPU 1 offline: CPU lists with a hole, ENXIO from the driver ----
echo 0 > /sys/devices/system/cpu/cpu1/online
check "CPU 1 is offline" [ "$(cat /sys/devices/system/cpu/online)" = 0,2 ]
run msrkit read IA32_APIC_BASE -a --raw
expect "read -a with CPU 1 offline: CPUs 0 and 2" rc=0 out="CPU 0: 0x00000000fee00900
CPU 2: 0x00000000fee00800"
run msrkit read 0x1b -c 1
expect "read -c 1 with CPU 1 offline: refused, says how to bring it online" rc=2 \
	err="msrkit: CPU 1 is offline: bring it online with 'echo 1 > /sys/devices/system/cpu/cpu1/online' (online CPUs: 0,2)"
run rdmsr -a 0x1b
expect "rdmsr -a with CPU 1 offline" rc=0 out="CPU 0: fee00900
CPU 2: fee00800"
# A static /dev (no devtmpfs) keeps the node of an offline CPU: open gives ENXIO.
mkdir -p /dev/cpu/1 && mknod /dev/cpu/1/msr c 202 1
run rdmsr -p 1 0x1b
expect "rdmsr -p 1 on the offline CPU's node: ENXIO, msr-tools' 'No CPU', exit 2" rc=2 err="rdmsr: No CPU 1"
rm -f /dev/cpu/1/msr
run msrkit check
expect "check with CPU 1 offline: CPUs 0,2" rc=0 line="READY: KVM (kvm_amd) can run on CPUs 0,2 of this machine (msr driver)"
run msrkit dump -o /tmp/holes.snap
expect "dump with CPU 1 offline: 2 CPUs" rc=0 errhas="msrkit: captured 2 CPU(s)"
echo 1 > /sys/devices/system/cpu/cpu1/online
run msrkit read 0x1b -c 1 --raw
expect "CPU 1 back online: readable again" rc=0 out=0x00000000fee00800

finish

# SPDX-License-Identifier: MIT
# QEMU TCG boot, 2 CPUs, msr.ko loaded with allow_writes=off: every write
# through the driver fails with EPERM, reads work.
. /x/lib.sh

check "msr.ko was loaded with allow_writes=off" [ "$(cat /sys/module/msr/parameters/allow_writes)" = off ]
run msrkit read IA32_PAT -a --raw
expect "reads work" rc=0 out="CPUs 0-1: 0x0407050600070106"
run msrkit write IA32_MTRR_PHYSBASE7=0x6 -a
expect "write: no access, exit 3, with the way to enable writes" rc=3 \
	err="msrkit: no access to MSRs on this machine: Writes through the msr driver are disabled (msr.allow_writes=off), so it refuses them with EPERM. Enable them as root with \`echo on > /sys/module/msr/parameters/allow_writes\`, or boot with msr.allow_writes=on. Every MSR write taints the kernel."
run msrkit write IA32_MTRR_PHYSBASE7=0x6 -a --dry-run
expect "write --dry-run still shows the plan (nothing is written)" rc=0 \
	line="CPUs 0-1: 0x0000000000000000 -> 0x0000000000000006"
printf '# msrkit-journal v1\n0 0x0000020e 0x0000000000000006 0x0000000000000000\n' > /tmp/j
run msrkit write --undo /tmp/j
expect "write --undo: no access, exit 3" rc=3 errhas="(msr.allow_writes=off)"
run wrmsr -a 0x20e 6
expect "wrmsr: msr-tools' pwrite error (exit 127), then the reason" rc=127 \
	errhas="wrmsr: pwrite: Operation not permitted" errhas="(msr.allow_writes=off)"
same_regs "nothing was written" 0x20e 0x0000000000000000 0 1
check "no MSR write reached the CPU: the kernel is not tainted by one" \
	[ $(( $(cat /proc/sys/kernel/tainted) & 4 )) = 0 ]

finish

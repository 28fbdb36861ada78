# SPDX-License-Identifier: MIT
# Guest side of vm_read_bench.sh (busybox sh, root, /x on PATH): every
# benchmark over the same registers on every online CPU.
# usage: vm_read_guest.sh ROUNDS SPAWN_ROUNDS ADDR...
rounds=$1 spawn_rounds=$2
shift 2
echo "# guest: $(uname -r), $(grep -c ^processor /proc/cpuinfo) CPUs, online $(cat /sys/devices/system/cpu/online)," \
	"$(sed -n 's/^model name[^:]*: //p' /proc/cpuinfo | head -1)"
# N registers: in-process methods, then one process per read.
msrkit_read_bench -r "$rounds" "$@"
pread_loop -r "$rounds" "$@"
pread_loop -m -r "$rounds" "$@"
rdmsr_loop -r "$rounds" "$@"
rdmsr_loop -r "$spawn_rounds" -x /x/rdmsr_loop "$@"
if rdmsr -p 0 0x1b >/dev/null 2>&1; then
	rdmsr_loop -r "$spawn_rounds" -x /x/rdmsr "$@"
else
	echo "# skipped spawn_rdmsr: the drop-in rdmsr (msrkit as rdmsr) does not work here"
fi
# 4 x N registers (the list four times): how the fixed costs amortize.
echo "# x4"
msrkit_read_bench -r "$rounds" "$@" "$@" "$@" "$@"
pread_loop -r "$rounds" "$@" "$@" "$@" "$@"
pread_loop -m -r "$rounds" "$@" "$@" "$@" "$@"
rdmsr_loop -r "$rounds" "$@" "$@" "$@" "$@"

#!/usr/bin/env bash
# run-in-vm.sh PAYLOAD_DIR SCRIPT [ARGS...]
#
# Boots Debian's kernel with the real msr driver (msr.ko) in an emulator and
# runs PAYLOAD_DIR/SCRIPT with busybox sh as root inside it; PAYLOAD_DIR is
# copied to /x in the guest (every ELF in it must be static). Prints the
# script's stdout and stderr and exits with its exit code.
#
# Emulators: QEMU TCG (default; ~2 s a boot; unknown MSRs read as 0, never
# #GP) or Bochs (VMRIG_EMU=bochs; ~35 s; faults like hardware, has VMX
# capability MSRs and IA32_FEATURE_CONTROL = 5). Never KVM: it is not real VMX
# here and may hang.
# Exit codes: the script's own; 77 = skipped (emulator, busybox or kernel
# unavailable); 124 = the VM timed out; 125 = the guest died before finishing.
# Knobs: VMRIG_EMU (qemu|bochs), VMRIG_CPU, VMRIG_SMP (2), VMRIG_MEM (512),
# VMRIG_TIMEOUT (300), VMRIG_KDIR (unpacked kernel; fetched with apt on first
# use), VMRIG_APPEND (kernel command line), VMRIG_INSMOD_ARGS (msr.ko
# parameters, e.g. allow_writes=on), VMRIG_VERBOSE=1 (print the guest console).
set -u
skip() { echo "vm: skipped: $*" >&2; exit 77; }
[ $# -ge 2 ] && [ -d "$1" ] && [ -f "$1/$2" ] || { echo "usage: $0 PAYLOAD_DIR SCRIPT [ARGS...]" >&2; exit 2; }
payload=$1 script=$2; shift 2
emu=${VMRIG_EMU:-qemu}

bb=$(command -v busybox) || skip "busybox not installed (apt-get install busybox-static)"
readelf -l "$bb" | grep -q INTERP && skip "busybox is dynamic; install busybox-static"
command -v cpio >/dev/null || skip "cpio not installed"
case $emu in
qemu) command -v qemu-system-x86_64 >/dev/null || skip "qemu-system-x86_64 not installed (apt-get install qemu-system-x86)" ;;
bochs) { command -v bochs && command -v xorriso && [ -f /usr/lib/ISOLINUX/isolinux.bin ]; } >/dev/null ||
	skip "bochs not installed (apt-get install bochs bochs-term bochsbios vgabios isolinux syslinux-common xorriso)" ;;
*) echo "VMRIG_EMU must be qemu or bochs" >&2; exit 2 ;;
esac
while IFS= read -r -d '' f; do
	if head -c4 "$f" | grep -q 'ELF' && readelf -l "$f" 2>/dev/null | grep -q INTERP; then
		echo "$f is dynamically linked; the guest has no libraries: link it with -static" >&2
		exit 2
	fi
done < <(find "$payload" -type f -print0)

# The kernel: Debian's small cloud kernel, unpacked from its .deb (no install).
kdir=${VMRIG_KDIR:-/var/tmp/msrkit-vm-kernel}
if ! ls "$kdir"/boot/vmlinuz-* >/dev/null 2>&1; then
	pkg=$(apt-cache depends linux-image-cloud-amd64 2>/dev/null | awk '/Depends: linux-image/ {print $2; exit}')
	[ -n "$pkg" ] || skip "linux-image-cloud-amd64 unknown to apt (run apt-get update)"
	rm -rf "$kdir"; mkdir -p "$kdir"
	(cd "$kdir" && apt-get download "$pkg" >/dev/null 2>&1 && dpkg-deb -x "$pkg"_*.deb . && rm -f ./*.deb) ||
		{ rm -rf "$kdir"; skip "could not download $pkg"; }
fi
kernel=$(ls "$kdir"/boot/vmlinuz-* | sort -V | tail -1)
kver=${kernel##*/vmlinuz-}
msrko=$(ls "$kdir/lib/modules/$kver/kernel/arch/x86/kernel/"msr.ko* 2>/dev/null | head -1)
[ -n "$msrko" ] || skip "no msr.ko for kernel $kver in $kdir"

# The initramfs: busybox, msr.ko, the payload, and an /init that runs the script
# with stdout on ttyS1 and stderr on ttyS2 (the console ttyS0 only carries the
# exit marker and kernel messages).
t=$(mktemp -d "${TMPDIR:-/tmp}/msrkit-vm.XXXXXX"); trap 'rm -rf "$t"' EXIT
r=$t/root; mkdir -p "$r"/bin "$r"/dev "$r"/proc "$r"/sys "$r"/tmp
cp "$bb" "$r/bin/busybox"; ln -s busybox "$r/bin/sh"
case $msrko in *.xz) xz -dc "$msrko" ;; *.zst) zstd -dc "$msrko" ;; *) cat "$msrko" ;; esac > "$r/msr.ko"
cp -r "$payload" "$r/x"
{ printf 'set --'; for a in "$@"; do printf " '%s'" "${a//\'/\'\\\'\'}"; done; echo; } > "$r/args"
cat > "$r/init" <<INIT
#!/bin/busybox sh
/bin/busybox --install -s /bin; export PATH=/x:/bin HOME=/tmp
mount -t proc proc /proc; mount -t sysfs sys /sys; mount -t devtmpfs dev /dev
insmod /msr.ko ${VMRIG_INSMOD_ARGS:-} || echo "vm: insmod msr.ko failed"
# Serial ports start at 9600 baud, which Bochs emulates faithfully (about 1 KB/s
# of guest time): raise them to a rate QEMU ignores anyway.
stty -F /dev/ttyS1 115200 raw -echo; stty -F /dev/ttyS2 115200 raw -echo
. /args; cd /tmp; sh "/x/$script" "\$@" >/dev/ttyS1 2>/dev/ttyS2
echo "MSRKIT_VM_EXIT=\$?"
poweroff -f
INIT
chmod 755 "$r/init"
(cd "$r" && find . | cpio -o -H newc --quiet | gzip -1) > "$t/initrd.gz"

cmdline="console=ttyS0 quiet panic=-1 ${VMRIG_APPEND:-}"
if [ "$emu" = bochs ]; then
	mkdir -p "$t/iso/isolinux"; mv "$t/initrd.gz" "$t/iso/"; cp "$kernel" "$t/iso/vmlinuz"
	cp /usr/lib/ISOLINUX/isolinux.bin /usr/lib/syslinux/modules/bios/ldlinux.c32 "$t/iso/isolinux/"
	printf 'DEFAULT l\nLABEL l\n KERNEL /vmlinuz\n APPEND initrd=/initrd.gz %s\n' "$cmdline" > "$t/iso/isolinux/isolinux.cfg"
	xorriso -as mkisofs -quiet -o "$t/boot.iso" -b isolinux/isolinux.bin -c isolinux/boot.cat \
		-no-emul-boot -boot-load-size 4 -boot-info-table "$t/iso" 2>/dev/null
	# Bochs 2.7's Skylake-X lacks IA32_MISC_ENABLE and IA32_BIOS_SIGN_ID, which Linux needs to boot.
	printf '0x1a0 0 00000000 00000001 00000000 00000000 00000000 00000000\n0x8b 0 00000000 00000000 00000000 00000000 00000000 00000000\n' > "$t/msrs.def"
	cat > "$t/bochsrc" <<BXRC
megs: ${VMRIG_MEM:-512}
romimage: file=/usr/share/bochs/BIOS-bochs-latest
vgaromimage: file=/usr/share/bochs/VGABIOS-lgpl-latest
cpu: model=${VMRIG_CPU:-corei7_skylake_x}, count=${VMRIG_SMP:-2}, ips=100000000, ignore_bad_msrs=0, msrs="$t/msrs.def"
ata0-master: type=cdrom, path=$t/boot.iso, status=inserted
boot: cdrom
com1: enabled=1, mode=file, dev=$t/console
com2: enabled=1, mode=file, dev=$t/out
com3: enabled=1, mode=file, dev=$t/err
display_library: term
clock: sync=none, time0=local
log: $t/bochs.log
BXRC
	echo c > "$t/dbg" # Debian's bochs starts in its debugger: continue
	# The term display needs a terminal: give it a pseudo-terminal.
	TERM=vt100 timeout "${VMRIG_TIMEOUT:-300}" script -qfec "bochs -q -f $t/bochsrc -rc $t/dbg" /dev/null \
		</dev/null >"$t/emu.log" 2>&1
else
	timeout "${VMRIG_TIMEOUT:-300}" qemu-system-x86_64 -accel tcg -cpu "${VMRIG_CPU:-max}" \
		-smp "${VMRIG_SMP:-2}" -m "${VMRIG_MEM:-512}" -no-reboot -display none -monitor none -nodefaults \
		-serial file:"$t/console" -serial file:"$t/out" -serial file:"$t/err" \
		-kernel "$kernel" -initrd "$t/initrd.gz" -append "$cmdline" </dev/null >"$t/emu.log" 2>&1
fi
erc=$?
cat "$t/out" 2>/dev/null; cat "$t/err" >&2 2>/dev/null
rc=$(tr -d '\r' < "$t/console" 2>/dev/null | sed -n 's/.*MSRKIT_VM_EXIT=\([0-9]*\).*/\1/p' | tail -1)
if [ -z "$rc" ] || [ "${VMRIG_VERBOSE:-0}" = 1 ]; then
	echo "--- emulator (exit $erc) ---" >&2; tail -c 3000 "$t/emu.log" >&2
	echo "--- guest console ---" >&2; tr -d '\r' < "$t/console" >&2 2>/dev/null
fi
[ $erc = 124 ] && { echo "vm: timed out after ${VMRIG_TIMEOUT:-300} s" >&2; exit 124; }
exit "${rc:-125}"

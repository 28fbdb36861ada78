# SPDX-License-Identifier: MIT
# Bochs boot, 2 CPUs, corei7_skylake_x: MSRs fault like on hardware (#GP ->
# EIO), IA32_FEATURE_CONTROL = 5 (locked, VMXON outside SMX), VMX capability
# MSRs with TRUE controls. The slow boot (~1 min): keep the checks here to
# what QEMU cannot show.
. /x/lib.sh
E=/x/expected

# ---- EIO on reads ----
run msrkit read 0x12345678
expect "read of an unimplemented MSR: EIO, exit 4, 'not implemented'" rc=4 \
	out="MSR 0x12345678: no value on CPU 0 (see the error below)" \
	err="msrkit: reading MSR 0x12345678 on CPU 0: RDMSR 0x12345678 faulted on CPU 0 (EIO, a general-protection fault): the register is not implemented on this CPU, or not visible in this virtual machine. Check that it applies to this CPU model."
run msrkit read IA32_FEATURE_CONTROL IA32_MCG_CAP -a
expect "read of a good and a faulting register: the good one shown, exit 4" rc=4 \
	file=$E/bochs-read-feature-control-mcg-cap.txt \
	errhas="RDMSR 0x179 faulted on CPU 0 (EIO, a general-protection fault)"
run msrkit read IA32_VMX_BASIC -a --raw
expect "IA32_VMX_BASIC on both CPUs" rc=0 out="CPUs 0-1: 0x00d810000000002b"
run msrkit read IA32_TSC --raw
t1=$out
run msrkit read IA32_TSC --raw
check "IA32_TSC counts (Bochs implements it; TCG reads 0)" [ $((out)) -gt $((t1)) ] && [ $((t1)) -gt 0 ]
run rdmsr 0x12345678
expect "rdmsr of an unimplemented MSR: msr-tools' message, exit 4" rc=4 \
	err="rdmsr: CPU 0 cannot read MSR 0x12345678"
run rdmsr -a 0x3a
expect "rdmsr -a IA32_FEATURE_CONTROL" rc=0 out="CPU 0: 5
CPU 1: 5"

# ---- EIO on writes, rollback ----
run msrkit write IA32_PAT=0xffffffffffffffff -a --force
expect "write --force IA32_PAT=~0: #GP on CPU 0, nothing changed" rc=4 \
	line="CPU 0: write of 0xffffffffffffffff failed (EIO: the CPU raised #GP and refused the value); still 0x0407050600070106 (read back)" \
	line="CPU 1: not written (stopped after the failure on CPU 0); still 0x0407050600070106"
same_regs "IA32_PAT unchanged" 0x277 0x0407050600070106 0 1
run msrkit write IA32_FEATURE_CONTROL=0x7 -a
expect "write to the locked IA32_FEATURE_CONTROL: refused" rc=2 \
	line="  refused: IA32_FEATURE_CONTROL is locked (LOCK is set): ENABLE_VMX_INSIDE_SMX cannot change until reset (the write would fault, #GP)"
run msrkit write IA32_FEATURE_CONTROL=0x7 -a --force
expect "the same with --force: the CPU faults, as predicted" rc=4 \
	line="CPU 0: write of 0x0000000000000007 failed (EIO: the CPU raised #GP and refused the value); still 0x0000000000000005 (read back)"
same_regs "IA32_FEATURE_CONTROL still 5" 0x3a 0x0000000000000005 0 1
# CPU 0 succeeds, then CPU 1 faults: an undo (last line first) of a journal
# whose old value for CPU 1 is a PAT the CPU refuses.
cat > /tmp/cross.journal <<'J'
# msrkit-journal v1
1 0x00000277 0xffffffffffffffff 0x0407050600070106
0 0x0000020e 0x0000000000000006 0x0000000000000000
J
run msrkit write --undo /tmp/cross.journal --force
expect "undo: CPU 0 written, CPU 1 faults (EIO), CPU 0 restored" rc=4 \
	line="CPU 0: written and verified (0x0000000000000006), then restored to 0x0000000000000000 (verified)" \
	line="CPU 1: write of 0xffffffffffffffff failed (EIO: the CPU raised #GP and refused the value); still 0x0407050600070106 (read back)" \
	errhas="msrkit: the write failed on CPU 1; every CPU holds its old value again (nothing is left half-written)"
same_regs "after the rollback IA32_MTRR_PHYSBASE7 is 0 on CPU 0" 0x20e 0x0000000000000000 0
same_regs "after the rollback IA32_PAT is intact on CPU 1" 0x277 0x0407050600070106 1
run wrmsr -a 0x277 0x0407050600070106
expect "wrmsr -a IA32_PAT with its own value: a valid PAT, accepted" rc=0 out=
run wrmsr 0x277 0xffffffffffffffff
expect "wrmsr of a refused value: msr-tools' message, exit 4" rc=4 \
	err="wrmsr: CPU 0 cannot set MSR 0x00000277 to 0xffffffffffffffff"

# ---- VMX: check and vmx on the live CPUs ----
run msrkit check
expect "check: READY for KVM, with the evidence" rc=0 \
	line="READY: KVM (kvm_intel) can run on CPUs 0-1 of this machine (msr driver)" \
	line="CPUs 0-1: ready (Intel family 6 model 85 (0x55) stepping 4)" \
	line="  ok       IA32_FEATURE_CONTROL allows VMXON outside SMX: locked with VMXON outside SMX enabled (MSR 0x3a = 0x5)" \
	line="  ok       VMCS memory type is write-back (IA32_VMX_BASIC[53:50] = 6): write-back (MSR 0x480 = 0xd810000000002b)" \
	has="  ok       20 required features: external-interrupt exiting, NMI exiting," \
	line="  optional features profile kvm would use: 18 of 20 present" \
	line="    absent:    posted interrupts, IPI virtualization" \
	line="  ok       IA32_FEATURE_CONTROL is the same on every CPU (0x5)" \
	lacks="FAIL"
for p in minimal ept nested; do
	case $p in
	minimal) v="a hypervisor (VMXON works)" ;;
	ept) v="an EPT hypervisor (EPT, VPID, INVEPT, INVVPID)" ;;
	nested) v="a nested hypervisor (EPT, VPID, unrestricted guest, VMCS shadowing)" ;;
	esac
	run msrkit check --profile $p
	expect "check --profile $p: READY" rc=0 line="READY: $v can run on CPUs 0-1 of this machine (msr driver)"
done
run msrkit check --json
expect "check --json: verdict ready, FEATURE_CONTROL finding" rc=0 \
	json='"verdict": "ready","summary": "KVM (kvm_intel) can run on CPUs 0-1 of this machine (msr driver)","profile": "kvm",' \
	json='{"id": "feature_control","level": "ok","what": "IA32_FEATURE_CONTROL allows VMXON outside SMX","reason": "locked with VMXON outside SMX enabled",'
run msrkit vmx
expect "vmx: revision, FEATURE_CONTROL locked with VMXON outside SMX, TRUE controls" rc=0 \
	line="CPU: Intel family 6 model 85 (0x55) stepping 4" \
	line="  VMX (CPUID.01H:ECX[5])                         yes" \
	line="IA32_FEATURE_CONTROL (0x3a) = 0x0000000000000005" \
	line="  0     LOCK                             1  LOCKED: further writes fault until reset; the settings below are final" \
	line="  2     ENABLE_VMX_OUTSIDE_SMX           1  ENABLED: VMXON allowed outside SMX: a hypervisor can enable VT-x" \
	line="IA32_VMX_BASIC (0x480) = 0x00d810000000002b" \
	line="  30:0   VMCS_REVISION_ID                   0x2b  43" \
	line="  44:32  VMCS_SIZE                        0x1000  4096 bytes" \
	line="  53:50  MEMORY_TYPE                         0x6  WB: write-back" \
	line="  controls below come from the TRUE capability MSRs (IA32_VMX_BASIC[55] = 1)" \
	line="primary processor-based VM-execution controls: IA32_VMX_TRUE_PROCBASED_CTLS (0x48e) = 0xf7f9fffe04006172" \
	line="  15  CR3_LOAD_EXITING                         default" \
	line="  31  ACTIVATE_SECONDARY_CONTROLS              yes" \
	line="   7  PROCESS_POSTED_INTERRUPTS                no" \
	line="   1  ENABLE_EPT                               yes" \
	line="   2  SAVE_DEBUG_CONTROLS                      default" \
	line="IA32_VMX_EPT_VPID_CAP (0x48c) = 0x00000f0106334141" \
	line="VM-function controls: IA32_VMX_VMFUNC (0x491) = 0x0000000000000001"
run msrkit vmx --json
expect "vmx --json: a control with its allowed settings" rc=0 \
	json='{"msr": 1166,"bit": 15,"name": "CR3_LOAD_EXITING","allowed0": true,"allowed1": true,"default1": true,"setting": "default"}' \
	json='{"msr": 1165,"bit": 7,"name": "PROCESS_POSTED_INTERRUPTS","allowed0": true,"allowed1": false,"default1": false,"setting": "no"}'
vmx_live=$out

# ---- dump of a machine that faults, and the same answers from the dump ----
run msrkit dump -o /tmp/bochs.snap
expect "dump: both CPUs, faulting registers recorded as such" rc=0 errhas="msrkit: captured 2 CPU(s) with the msr backend:"
check "the dump records #GP reads as '! eio'" grep -q '^msr 0x00000179 ! eio$' /tmp/bochs.snap
run msrkit vmx --json --from /tmp/bochs.snap
check "vmx --json from the dump equals vmx --json live (but for the source)" \
	[ "$(printf '%s\n' "$out" | grep -v '"source')" = "$(printf '%s\n' "$vmx_live" | grep -v '"source')" ]
run msrkit check --from /tmp/bochs.snap
expect "check --from the dump: READY" rc=0 line="READY: KVM (kvm_intel) can run on CPUs 0-1 of snapshot /tmp/bochs.snap"
run msrkit read IA32_MCG_CAP --from /tmp/bochs.snap
expect "read --from the dump of a register that faulted: says so, exit 4" rc=4 \
	errhas="not implemented: the read raised #GP (MSR 0x179, snapshot /tmp/bochs.snap)"

finish

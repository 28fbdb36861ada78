/* SPDX-License-Identifier: MIT */
/* What each readiness profile requires and would use: data only. */
#include "check_profiles.h"

#define CTL(c, b, i, w) { .kind = REQ_CTL, .ctl = (c), .bit = (b), .id = (i), .what = (w) }
#define EPT(b, i, w) { .kind = REQ_EPT_VPID, .bit = (b), .id = (i), .what = (w) }
#define SVM(b, i, w) { .kind = REQ_SVM_FEATURE, .bit = (b), .id = (i), .what = (w) }

/* HyperPlatform-style EPT hypervisors: EPT and VPID with their invalidations. */
static const struct requirement ept_required[] = {
	CTL(MSRKIT_VMX_PROCBASED, 31, "ctl.procbased.ACTIVATE_SECONDARY_CONTROLS", "secondary processor-based controls"),
	CTL(MSRKIT_VMX_PROCBASED2, 1, "ctl.procbased2.ENABLE_EPT", "EPT (extended page tables)"),
	CTL(MSRKIT_VMX_PROCBASED2, 5, "ctl.procbased2.ENABLE_VPID", "VPID (virtual-processor identifiers)"),
	EPT(6, "ept.PAGE_WALK_LENGTH_4", "EPT 4-level page walk"),
	EPT(14, "ept.MEMORY_TYPE_WB", "EPT paging structures in write-back memory"),
	EPT(20, "ept.INVEPT", "INVEPT instruction"),
	EPT(25, "ept.INVEPT_SINGLE_CONTEXT", "INVEPT single-context"),
	EPT(26, "ept.INVEPT_ALL_CONTEXT", "INVEPT all-context"),
	EPT(32, "vpid.INVVPID", "INVVPID instruction"),
	EPT(40, "vpid.INVVPID_INDIVIDUAL_ADDRESS", "INVVPID individual-address"),
	EPT(41, "vpid.INVVPID_SINGLE_CONTEXT", "INVVPID single-context"),
	EPT(42, "vpid.INVVPID_ALL_CONTEXT", "INVVPID all-context"),
	EPT(43, "vpid.INVVPID_SINGLE_CONTEXT_RETAINING_GLOBALS", "INVVPID single-context-retaining-globals"),
};

static const struct requirement ept_optional[] = {
	EPT(16, "ept.PDE_2MB_PAGES", "EPT 2-MByte pages"),
	EPT(17, "ept.PDPTE_1GB_PAGES", "EPT 1-GByte pages"),
	EPT(21, "ept.ACCESSED_DIRTY_FLAGS", "EPT accessed and dirty flags"),
	EPT(0, "ept.EXECUTE_ONLY_PAGES", "EPT execute-only translations"),
	CTL(MSRKIT_VMX_PROCBASED2, 13, "ctl.procbased2.ENABLE_VM_FUNCTIONS", "VM functions (EPTP switching)"),
};

/* Linux KVM (kvm_intel, setup_vmcs_config) refuses to load without these. */
static const struct requirement kvm_required[] = {
	CTL(MSRKIT_VMX_PINBASED, 0, "ctl.pinbased.EXTERNAL_INTERRUPT_EXITING", "external-interrupt exiting"),
	CTL(MSRKIT_VMX_PINBASED, 3, "ctl.pinbased.NMI_EXITING", "NMI exiting"),
	CTL(MSRKIT_VMX_PROCBASED, 2, "ctl.procbased.INTERRUPT_WINDOW_EXITING", "interrupt-window exiting"),
	CTL(MSRKIT_VMX_PROCBASED, 3, "ctl.procbased.USE_TSC_OFFSETTING", "use TSC offsetting"),
	CTL(MSRKIT_VMX_PROCBASED, 7, "ctl.procbased.HLT_EXITING", "HLT exiting"),
	CTL(MSRKIT_VMX_PROCBASED, 9, "ctl.procbased.INVLPG_EXITING", "INVLPG exiting"),
	CTL(MSRKIT_VMX_PROCBASED, 10, "ctl.procbased.MWAIT_EXITING", "MWAIT exiting"),
	CTL(MSRKIT_VMX_PROCBASED, 11, "ctl.procbased.RDPMC_EXITING", "RDPMC exiting"),
	CTL(MSRKIT_VMX_PROCBASED, 15, "ctl.procbased.CR3_LOAD_EXITING", "CR3-load exiting"),
	CTL(MSRKIT_VMX_PROCBASED, 16, "ctl.procbased.CR3_STORE_EXITING", "CR3-store exiting"),
	CTL(MSRKIT_VMX_PROCBASED, 19, "ctl.procbased.CR8_LOAD_EXITING", "CR8-load exiting"),
	CTL(MSRKIT_VMX_PROCBASED, 20, "ctl.procbased.CR8_STORE_EXITING", "CR8-store exiting"),
	CTL(MSRKIT_VMX_PROCBASED, 23, "ctl.procbased.MOV_DR_EXITING", "MOV-DR exiting"),
	CTL(MSRKIT_VMX_PROCBASED, 24, "ctl.procbased.UNCONDITIONAL_IO_EXITING", "unconditional I/O exiting"),
	CTL(MSRKIT_VMX_PROCBASED, 29, "ctl.procbased.MONITOR_EXITING", "MONITOR exiting"),
	CTL(MSRKIT_VMX_EXIT, 2, "ctl.exit.SAVE_DEBUG_CONTROLS", "VM exit saves debug controls"),
	CTL(MSRKIT_VMX_EXIT, 9, "ctl.exit.HOST_ADDRESS_SPACE_SIZE", "host address-space size (64-bit host)"),
	CTL(MSRKIT_VMX_EXIT, 15, "ctl.exit.ACKNOWLEDGE_INTERRUPT_ON_EXIT", "acknowledge interrupt on exit"),
	CTL(MSRKIT_VMX_ENTRY, 2, "ctl.entry.LOAD_DEBUG_CONTROLS", "VM entry loads debug controls"),
	CTL(MSRKIT_VMX_ENTRY, 9, "ctl.entry.IA32E_MODE_GUEST", "IA-32e mode guest (64-bit guests)"),
};

static const struct requirement kvm_optional[] = {
	CTL(MSRKIT_VMX_PINBASED, 5, "ctl.pinbased.VIRTUAL_NMIS", "virtual NMIs"),
	CTL(MSRKIT_VMX_PINBASED, 6, "ctl.pinbased.ACTIVATE_VMX_PREEMPTION_TIMER", "VMX-preemption timer"),
	CTL(MSRKIT_VMX_PINBASED, 7, "ctl.pinbased.PROCESS_POSTED_INTERRUPTS", "posted interrupts"),
	CTL(MSRKIT_VMX_PROCBASED, 21, "ctl.procbased.USE_TPR_SHADOW", "TPR shadow"),
	CTL(MSRKIT_VMX_PROCBASED, 28, "ctl.procbased.USE_MSR_BITMAPS", "MSR bitmaps"),
	CTL(MSRKIT_VMX_PROCBASED, 31, "ctl.procbased.ACTIVATE_SECONDARY_CONTROLS", "secondary controls"),
	CTL(MSRKIT_VMX_PROCBASED2, 0, "ctl.procbased2.VIRTUALIZE_APIC_ACCESSES", "APIC-access virtualization"),
	CTL(MSRKIT_VMX_PROCBASED2, 1, "ctl.procbased2.ENABLE_EPT", "EPT"),
	CTL(MSRKIT_VMX_PROCBASED2, 5, "ctl.procbased2.ENABLE_VPID", "VPID"),
	CTL(MSRKIT_VMX_PROCBASED2, 7, "ctl.procbased2.UNRESTRICTED_GUEST", "unrestricted guest"),
	CTL(MSRKIT_VMX_PROCBASED2, 8, "ctl.procbased2.APIC_REGISTER_VIRTUALIZATION", "APIC-register virtualization"),
	CTL(MSRKIT_VMX_PROCBASED2, 9, "ctl.procbased2.VIRTUAL_INTERRUPT_DELIVERY", "virtual-interrupt delivery"),
	CTL(MSRKIT_VMX_PROCBASED2, 10, "ctl.procbased2.PAUSE_LOOP_EXITING", "PAUSE-loop exiting"),
	CTL(MSRKIT_VMX_PROCBASED2, 14, "ctl.procbased2.VMCS_SHADOWING", "VMCS shadowing (fast nested VMX)"),
	CTL(MSRKIT_VMX_PROCBASED2, 17, "ctl.procbased2.ENABLE_PML", "page-modification logging"),
	CTL(MSRKIT_VMX_PROCBASED2, 25, "ctl.procbased2.USE_TSC_SCALING", "TSC scaling"),
	CTL(MSRKIT_VMX_EXIT, 21, "ctl.exit.LOAD_IA32_EFER", "VM exit loads IA32_EFER"),
	CTL(MSRKIT_VMX_ENTRY, 15, "ctl.entry.LOAD_IA32_EFER", "VM entry loads IA32_EFER"),
	CTL(MSRKIT_VMX_ENTRY, 14, "ctl.entry.LOAD_IA32_PAT", "VM entry loads IA32_PAT"),
	CTL(MSRKIT_VMX_PROCBASED3, 4, "ctl.procbased3.IPI_VIRTUALIZATION", "IPI virtualization"),
};

/* What an L1 hypervisor needs to run L2 guests well. */
static const struct requirement nested_required[] = {
	CTL(MSRKIT_VMX_PROCBASED, 31, "ctl.procbased.ACTIVATE_SECONDARY_CONTROLS", "secondary processor-based controls"),
	CTL(MSRKIT_VMX_PROCBASED2, 1, "ctl.procbased2.ENABLE_EPT", "EPT (nested paging without shadow page tables)"),
	CTL(MSRKIT_VMX_PROCBASED2, 5, "ctl.procbased2.ENABLE_VPID", "VPID (no TLB flush on every VM transition)"),
	CTL(MSRKIT_VMX_PROCBASED2, 7, "ctl.procbased2.UNRESTRICTED_GUEST", "unrestricted guest (real-mode L2 guests)"),
	CTL(MSRKIT_VMX_PROCBASED2, 14, "ctl.procbased2.VMCS_SHADOWING", "VMCS shadowing (VMREAD/VMWRITE without exits)"),
	EPT(20, "ept.INVEPT", "INVEPT instruction"),
	EPT(21, "ept.ACCESSED_DIRTY_FLAGS", "EPT accessed and dirty flags"),
	EPT(32, "vpid.INVVPID", "INVVPID instruction"),
};

static const struct requirement nested_optional[] = {
	CTL(MSRKIT_VMX_PINBASED, 6, "ctl.pinbased.ACTIVATE_VMX_PREEMPTION_TIMER", "VMX-preemption timer"),
	CTL(MSRKIT_VMX_PINBASED, 7, "ctl.pinbased.PROCESS_POSTED_INTERRUPTS", "posted interrupts"),
	CTL(MSRKIT_VMX_PROCBASED2, 8, "ctl.procbased2.APIC_REGISTER_VIRTUALIZATION", "APIC-register virtualization"),
	CTL(MSRKIT_VMX_PROCBASED2, 9, "ctl.procbased2.VIRTUAL_INTERRUPT_DELIVERY", "virtual-interrupt delivery"),
	CTL(MSRKIT_VMX_PROCBASED2, 13, "ctl.procbased2.ENABLE_VM_FUNCTIONS", "VM functions"),
	CTL(MSRKIT_VMX_PROCBASED2, 17, "ctl.procbased2.ENABLE_PML", "page-modification logging"),
	CTL(MSRKIT_VMX_PROCBASED2, 22, "ctl.procbased2.MODE_BASED_EXECUTE_CONTROL_FOR_EPT", "mode-based execute control for EPT"),
	CTL(MSRKIT_VMX_PROCBASED2, 25, "ctl.procbased2.USE_TSC_SCALING", "TSC scaling"),
	EPT(16, "ept.PDE_2MB_PAGES", "EPT 2-MByte pages"),
	EPT(17, "ept.PDPTE_1GB_PAGES", "EPT 1-GByte pages"),
};

/* Linux kvm_amd needs SVM only; these it uses when present (CPUID 8000000AH:EDX). */
static const struct requirement kvm_amd_optional[] = {
	SVM(0, "svm.NP", "nested paging (NPT)"),
	SVM(1, "svm.LBRV", "LBR virtualization"),
	SVM(2, "svm.SVML", "SVM lock"),
	SVM(3, "svm.NRIPS", "next-RIP save"),
	SVM(4, "svm.TSC_RATE_MSR", "TSC rate MSR (TSC scaling)"),
	SVM(5, "svm.VMCB_CLEAN", "VMCB clean bits"),
	SVM(6, "svm.FLUSH_BY_ASID", "flush by ASID"),
	SVM(7, "svm.DECODE_ASSISTS", "decode assists"),
	SVM(10, "svm.PAUSE_FILTER", "PAUSE intercept filter"),
	SVM(12, "svm.PAUSE_FILTER_THRESHOLD", "PAUSE filter threshold"),
	SVM(13, "svm.AVIC", "AVIC (advanced virtual interrupt controller)"),
	SVM(15, "svm.V_VMSAVE_VMLOAD", "virtualized VMSAVE/VMLOAD"),
	SVM(16, "svm.VGIF", "virtualized GIF"),
	SVM(17, "svm.GMET", "guest mode execute trap"),
	SVM(25, "svm.VNMI", "virtual NMI"),
};

#define LIST(a) a, sizeof(a) / sizeof(a[0])

const struct profile msrkit_profiles[MSRKIT_NPROFILES] = {
	[MSRKIT_PROFILE_MINIMAL] = { .name = "minimal", .arch = ARCH_ANY,
		.summary = "VMXON (Intel) or VMRUN (AMD) can be executed" },
	[MSRKIT_PROFILE_EPT] = { .name = "ept", .arch = ARCH_VMX,
		.summary = "an EPT hypervisor (HyperPlatform-style): EPT, VPID, INVEPT, INVVPID",
		.required = LIST(ept_required), .optional = LIST(ept_optional) },
	[MSRKIT_PROFILE_KVM] = { .name = "kvm", .arch = ARCH_VMX,
		.summary = "Linux KVM on Intel (kvm_intel): its required VMX controls, VMCS in write-back memory",
		.required = LIST(kvm_required), .optional = LIST(kvm_optional) },
	[MSRKIT_PROFILE_KVM_AMD] = { .name = "kvm-amd", .arch = ARCH_SVM,
		.summary = "Linux KVM on AMD (kvm_amd): SVM present and not disabled",
		.optional = LIST(kvm_amd_optional) },
	[MSRKIT_PROFILE_NESTED] = { .name = "nested", .arch = ARCH_VMX,
		.summary = "a nested hypervisor: EPT, VPID, unrestricted guest, VMCS shadowing, EPT A/D",
		.required = LIST(nested_required), .optional = LIST(nested_optional) },
};

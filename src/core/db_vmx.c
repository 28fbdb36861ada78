/* SPDX-License-Identifier: MIT */
/*
 * Intel VMX capability MSRs 0x480-0x493 (Intel SDM Vol. 3D, Appendix A "VMX
 * Capability Reporting Facility").
 *
 * Control-capability registers name their controls by bit position in the
 * VMCS control field; the decode engine derives must-be-0 / must-be-1 /
 * either from the layout. A legacy control MSR and its TRUE twin report the
 * same controls, so they share one field array.
 */
#include "tables.h"

/* One VMX control (or one CR0/CR4 bit in a FIXED register). */
#define CTL(bit, nm, text)                                                     \
	{ .name = (nm), .lsb = (bit), .width = 1, .kind = MSRKIT_KIND_FLAG,    \
	  .desc = (text) }

/* A one-bit read-only capability flag. */
#define CAP(bit, nm, text)                                                     \
	{ .name = (nm), .lsb = (bit), .width = 1, .access = MSRKIT_RO,         \
	  .kind = MSRKIT_KIND_FLAG, .desc = (text) }

#define COUNT_OF(a) (sizeof(a) / sizeof((a)[0]))

#define VMX_DOC "Intel SDM Vol. 3D"

/* ---- Applicability ---------------------------------------------------- */

#define COND_CPUID_VMX                                                         \
	{ .kind = MSRKIT_COND_CPUID, .leaf = 0x1, .reg = MSRKIT_ECX, .lsb = 5,  \
	  .text = "CPUID.01H:ECX[5]" }

static const struct msrkit_cond cond_vmx[] = {
	COND_CPUID_VMX,
};

static const struct msrkit_cond cond_true_ctls[] = {
	COND_CPUID_VMX,
	{ .kind = MSRKIT_COND_MSR, .leaf = 0x480, .lsb = 55, .text = "IA32_VMX_BASIC[55]" },
};

static const struct msrkit_cond cond_procbased_ctls2[] = {
	COND_CPUID_VMX,
	{ .kind = MSRKIT_COND_MSR, .leaf = 0x482, .lsb = 63,
	  .text = "IA32_VMX_PROCBASED_CTLS[63]" },
};

static const struct msrkit_cond cond_procbased_ctls3[] = {
	COND_CPUID_VMX,
	{ .kind = MSRKIT_COND_MSR, .leaf = 0x482, .lsb = 49,
	  .text = "IA32_VMX_PROCBASED_CTLS[49]" },
};

static const struct msrkit_cond cond_exit_ctls2[] = {
	COND_CPUID_VMX,
	{ .kind = MSRKIT_COND_MSR, .leaf = 0x483, .lsb = 63, .text = "IA32_VMX_EXIT_CTLS[63]" },
};

/* Either "enable EPT" or "enable VPID" may be 1 (any of the two). Reading
 * IA32_VMX_PROCBASED_CTLS2 at all already implies CPUID.01H:ECX[5] and
 * IA32_VMX_PROCBASED_CTLS[63]. */
static const struct msrkit_cond cond_ept_vpid_cap[] = {
	{ .kind = MSRKIT_COND_MSR, .leaf = 0x48B, .lsb = 33,
	  .text = "IA32_VMX_PROCBASED_CTLS2[33]" },
	{ .kind = MSRKIT_COND_MSR, .leaf = 0x48B, .lsb = 37,
	  .text = "IA32_VMX_PROCBASED_CTLS2[37]" },
};

static const struct msrkit_cond cond_vmfunc[] = {
	COND_CPUID_VMX,
	{ .kind = MSRKIT_COND_MSR, .leaf = 0x48B, .lsb = 45,
	  .text = "IA32_VMX_PROCBASED_CTLS2[45]" },
};

/* ---- IA32_VMX_BASIC --------------------------------------------------- */

static const struct msrkit_value_name vmx_basic_addr_width[] = {
	{ .value = 0, .name = "PHYSICAL", .desc = "limited to the processor's physical-address width" },
	{ .value = 1, .name = "32BIT", .desc = "limited to 32 bits" },
};

static const struct msrkit_value_name vmx_basic_memory_type[] = {
	{ .value = 0, .name = "UC", .desc = "uncacheable" },
	{ .value = 6, .name = "WB", .desc = "write-back" },
};

static const struct msrkit_field vmx_basic_fields[] = {
	{ .name = "VMCS_REVISION_ID", .lsb = 0, .width = 31, .access = MSRKIT_RO,
	  .kind = MSRKIT_KIND_NUMBER,
	  .desc = "VMCS revision identifier; VMXON region and VMCS must start with it" },
	{ .name = "VMCS_SIZE", .lsb = 32, .width = 13, .access = MSRKIT_RO,
	  .kind = MSRKIT_KIND_NUMBER, .unit = MSRKIT_UNIT_BYTES,
	  .desc = "Bytes to allocate for the VMXON region and each VMCS (at most 4096)" },
	{ .name = "VMCS_PHYSICAL_ADDRESS_WIDTH", .lsb = 48, .width = 1, .access = MSRKIT_RO,
	  .kind = MSRKIT_KIND_FLAG,
	  .desc = "Addresses of the VMXON region, VMCSs and structures they point to",
	  .values = vmx_basic_addr_width, .nvalues = COUNT_OF(vmx_basic_addr_width) },
	CAP(49, "DUAL_MONITOR_TREATMENT",
	    "Dual-monitor treatment of SMIs and SMM is supported"),
	{ .name = "MEMORY_TYPE", .lsb = 50, .width = 4, .access = MSRKIT_RO,
	  .kind = MSRKIT_KIND_ENUM,
	  .desc = "Memory type to use for the VMCS, VMCS-referenced structures and the MSEG header",
	  .values = vmx_basic_memory_type, .nvalues = COUNT_OF(vmx_basic_memory_type) },
	CAP(54, "INS_OUTS_REPORTING",
	    "VM exits due to INS/OUTS report the VM-exit instruction-information field"),
	CAP(55, "TRUE_CONTROLS",
	    "Default1 controls may be cleared; the IA32_VMX_TRUE_*_CTLS MSRs exist"),
	CAP(56, "NO_ERROR_CODE_CONSISTENCY_CHECK",
	    "VM entry may deliver a hardware exception with or without an error code, any vector"),
	CAP(58, "NESTED_EXCEPTION",
	    "VMX nested-exception support (used with FRED)"),
};

/* ---- Pin-based VM-execution controls (A.3.1) --------------------------- */

static const struct msrkit_field vmx_pinbased_ctls_fields[] = {
	CTL(0, "EXTERNAL_INTERRUPT_EXITING",
	    "External interrupts cause VM exits instead of delivery through the guest IDT"),
	CTL(3, "NMI_EXITING", "Non-maskable interrupts cause VM exits"),
	CTL(5, "VIRTUAL_NMIS", "NMIs are never blocked; blocking by NMI tracks virtual-NMI blocking"),
	CTL(6, "ACTIVATE_VMX_PREEMPTION_TIMER",
	    "VMX-preemption timer counts down in non-root operation and exits at zero"),
	CTL(7, "PROCESS_POSTED_INTERRUPTS",
	    "Interrupts with the posted-interrupt notification vector update the virtual-APIC page"),
};

/* ---- Primary processor-based VM-execution controls (A.3.2) ------------ */

static const struct msrkit_field vmx_procbased_ctls_fields[] = {
	CTL(2, "INTERRUPT_WINDOW_EXITING",
	    "VM exit at any instruction boundary where RFLAGS.IF = 1 and interrupts are unblocked"),
	CTL(3, "USE_TSC_OFFSETTING",
	    "RDTSC, RDTSCP and RDMSR of the TSC return the value plus the TSC offset"),
	CTL(7, "HLT_EXITING", "HLT causes VM exits"),
	CTL(9, "INVLPG_EXITING", "INVLPG causes VM exits"),
	CTL(10, "MWAIT_EXITING", "MWAIT causes VM exits"),
	CTL(11, "RDPMC_EXITING", "RDPMC causes VM exits"),
	CTL(12, "RDTSC_EXITING", "RDTSC and RDTSCP cause VM exits"),
	CTL(15, "CR3_LOAD_EXITING",
	    "MOV to CR3 causes a VM exit unless the value is one of the CR3-target values"),
	CTL(16, "CR3_STORE_EXITING", "MOV from CR3 causes VM exits"),
	CTL(17, "ACTIVATE_TERTIARY_CONTROLS",
	    "The tertiary processor-based VM-execution controls are used"),
	CTL(19, "CR8_LOAD_EXITING", "MOV to CR8 causes VM exits"),
	CTL(20, "CR8_STORE_EXITING", "MOV from CR8 causes VM exits"),
	CTL(21, "USE_TPR_SHADOW",
	    "TPR virtualization and other APIC virtualization through the virtual-APIC page"),
	CTL(22, "NMI_WINDOW_EXITING",
	    "VM exit at any instruction boundary where there is no virtual-NMI blocking"),
	CTL(23, "MOV_DR_EXITING", "MOV to or from debug registers causes VM exits"),
	CTL(24, "UNCONDITIONAL_IO_EXITING",
	    "IN, INS, OUT and OUTS cause VM exits (ignored when I/O bitmaps are used)"),
	CTL(25, "USE_IO_BITMAPS", "I/O bitmaps select which I/O instructions cause VM exits"),
	CTL(27, "MONITOR_TRAP_FLAG", "Monitor trap flag: VM exit after each guest instruction"),
	CTL(28, "USE_MSR_BITMAPS",
	    "MSR bitmaps select which RDMSR/WRMSR exit; without them all of them exit"),
	CTL(29, "MONITOR_EXITING", "MONITOR causes VM exits"),
	CTL(30, "PAUSE_EXITING", "PAUSE causes VM exits"),
	CTL(31, "ACTIVATE_SECONDARY_CONTROLS",
	    "The secondary processor-based VM-execution controls are used"),
};

/* ---- Secondary processor-based VM-execution controls (A.3.3) ---------- */

static const struct msrkit_field vmx_procbased_ctls2_fields[] = {
	CTL(0, "VIRTUALIZE_APIC_ACCESSES", "Accesses to the APIC-access page are virtualized"),
	CTL(1, "ENABLE_EPT", "Extended page tables translate guest-physical addresses"),
	CTL(2, "DESCRIPTOR_TABLE_EXITING",
	    "LGDT, LIDT, LLDT, LTR, SGDT, SIDT, SLDT and STR cause VM exits"),
	CTL(3, "ENABLE_RDTSCP", "RDTSCP is allowed in the guest (otherwise #UD)"),
	CTL(4, "VIRTUALIZE_X2APIC_MODE", "RDMSR/WRMSR of x2APIC MSRs 800H-8FFH are virtualized"),
	CTL(5, "ENABLE_VPID", "Cached linear translations are tagged with a virtual-processor ID"),
	CTL(6, "WBINVD_EXITING", "WBINVD and WBNOINVD cause VM exits"),
	CTL(7, "UNRESTRICTED_GUEST", "The guest may run in real mode or unpaged protected mode"),
	CTL(8, "APIC_REGISTER_VIRTUALIZATION", "Reads and writes of APIC registers are virtualized"),
	CTL(9, "VIRTUAL_INTERRUPT_DELIVERY",
	    "Pending virtual interrupts are evaluated and delivered without VM exits"),
	CTL(10, "PAUSE_LOOP_EXITING", "A series of PAUSE instructions in a spin loop causes a VM exit"),
	CTL(11, "RDRAND_EXITING", "RDRAND causes VM exits"),
	CTL(12, "ENABLE_INVPCID", "INVPCID is allowed in the guest (otherwise #UD)"),
	CTL(13, "ENABLE_VM_FUNCTIONS", "VMFUNC is allowed in non-root operation"),
	CTL(14, "VMCS_SHADOWING", "VMREAD/VMWRITE in the guest may access a shadow VMCS"),
	CTL(15, "ENABLE_ENCLS_EXITING", "ENCLS consults the ENCLS-exiting bitmap"),
	CTL(16, "RDSEED_EXITING", "RDSEED causes VM exits"),
	CTL(17, "ENABLE_PML", "Page-modification logging of guest-physical writes"),
	CTL(18, "EPT_VIOLATION_VE", "EPT violations may cause #VE instead of VM exits"),
	CTL(19, "CONCEAL_VMX_FROM_PT",
	    "Intel PT hides non-root operation from PIPs and omits VMCS packets"),
	CTL(20, "ENABLE_XSAVES_XRSTORS", "XSAVES/XRSTORS are allowed in the guest (otherwise #UD)"),
	CTL(21, "PASID_TRANSLATION", "ENQCMD and ENQCMDS translate PASIDs"),
	CTL(22, "MODE_BASED_EXECUTE_CONTROL_FOR_EPT",
	    "EPT execute permission differs for supervisor and user linear addresses"),
	CTL(23, "SUB_PAGE_WRITE_PERMISSIONS_FOR_EPT",
	    "EPT write permission may be given per 128-byte sub-page"),
	CTL(24, "PT_USES_GUEST_PHYSICAL_ADDRESSES",
	    "Intel PT output addresses are guest-physical and translated by EPT"),
	CTL(25, "USE_TSC_SCALING",
	    "RDTSC, RDTSCP and RDMSR of the TSC return the value scaled by the TSC multiplier"),
	CTL(26, "ENABLE_USER_WAIT_AND_PAUSE",
	    "TPAUSE, UMONITOR and UMWAIT are allowed in the guest (otherwise #UD)"),
	CTL(27, "ENABLE_PCONFIG", "PCONFIG is allowed in the guest (otherwise #UD)"),
	CTL(28, "ENABLE_ENCLV_EXITING", "ENCLV consults the ENCLV-exiting bitmap"),
	CTL(30, "VMM_BUS_LOCK_DETECTION", "Assertion of a bus lock causes a VM exit"),
	CTL(31, "INSTRUCTION_TIMEOUT",
	    "VM exit when no instruction boundary is reached within the notify window"),
};

/* ---- Tertiary processor-based VM-execution controls (A.3.4) ----------- */

static const struct msrkit_field vmx_procbased_ctls3_fields[] = {
	CTL(0, "LOADIWKEY_EXITING", "LOADIWKEY causes VM exits"),
	CTL(1, "ENABLE_HLAT", "Hypervisor-managed linear-address translation"),
	CTL(2, "EPT_PAGING_WRITE_CONTROL",
	    "EPT may allow writes only for paging-related updates"),
	CTL(3, "GUEST_PAGING_VERIFICATION",
	    "EPT may block accesses whose guest translation has certain properties"),
	CTL(4, "IPI_VIRTUALIZATION", "Interprocessor interrupts are virtualized without VM exits"),
	CTL(6, "ENABLE_MSR_LIST_INSTRUCTIONS",
	    "RDMSRLIST and WRMSRLIST are allowed in the guest (otherwise #UD)"),
	CTL(7, "VIRTUALIZE_IA32_SPEC_CTRL",
	    "RDMSR/WRMSR of IA32_SPEC_CTRL use the guest mask and shadow"),
	CTL(8, "APIC_TIMER_VIRTUALIZATION", "The guest APIC TSC-deadline timer is virtualized"),
};

/* ---- Primary VM-exit controls (A.4.1) ---------------------------------- */

static const struct msrkit_field vmx_exit_ctls_fields[] = {
	CTL(2, "SAVE_DEBUG_CONTROLS", "DR7 and IA32_DEBUGCTL are saved on VM exit"),
	CTL(9, "HOST_ADDRESS_SPACE_SIZE", "The processor is in 64-bit mode after VM exit"),
	CTL(12, "LOAD_IA32_PERF_GLOBAL_CTRL", "IA32_PERF_GLOBAL_CTRL is loaded on VM exit"),
	CTL(15, "ACKNOWLEDGE_INTERRUPT_ON_EXIT",
	    "An exit due to an external interrupt acknowledges it and stores its vector"),
	CTL(18, "SAVE_IA32_PAT", "IA32_PAT is saved on VM exit"),
	CTL(19, "LOAD_IA32_PAT", "IA32_PAT is loaded on VM exit"),
	CTL(20, "SAVE_IA32_EFER", "IA32_EFER is saved on VM exit"),
	CTL(21, "LOAD_IA32_EFER", "IA32_EFER is loaded on VM exit"),
	CTL(22, "SAVE_VMX_PREEMPTION_TIMER_VALUE",
	    "The VMX-preemption timer value is saved on VM exit"),
	CTL(23, "CLEAR_IA32_BNDCFGS", "IA32_BNDCFGS is cleared on VM exit"),
	CTL(24, "CONCEAL_VMX_FROM_PT", "Intel PT produces no PIP or VMCS packet on VM exit"),
	CTL(25, "CLEAR_IA32_RTIT_CTL", "IA32_RTIT_CTL is cleared on VM exit"),
	CTL(26, "CLEAR_IA32_LBR_CTL", "IA32_LBR_CTL is cleared on VM exit"),
	CTL(27, "CLEAR_UINV", "UINV (user-interrupt notification vector) is cleared on VM exit"),
	CTL(28, "LOAD_CET_STATE", "CET-related MSRs and SSP are loaded on VM exit"),
	CTL(29, "LOAD_PKRS", "IA32_PKRS is loaded on VM exit"),
	CTL(30, "SAVE_IA32_PERF_GLOBAL_CTL", "IA32_PERF_GLOBAL_CTL is saved on VM exit"),
	CTL(31, "ACTIVATE_SECONDARY_CONTROLS", "The secondary VM-exit controls are used"),
};

/* ---- Secondary VM-exit controls (A.4.2) -------------------------------- */

static const struct msrkit_field vmx_exit_ctls2_fields[] = {
	CTL(0, "SAVE_FRED", "Guest FRED MSRs are saved on VM exit"),
	CTL(1, "LOAD_FRED", "Host FRED MSRs are loaded on VM exit"),
	CTL(2, "LOAD_IA32_SPEC_CTRL", "Host IA32_SPEC_CTRL is loaded on VM exit"),
	CTL(3, "PREMATURELY_BUSY_SHADOW_STACK",
	    "VM exits that leave a shadow stack prematurely busy say so in the VMCS"),
};

/* ---- VM-entry controls (A.5) ------------------------------------------- */

static const struct msrkit_field vmx_entry_ctls_fields[] = {
	CTL(2, "LOAD_DEBUG_CONTROLS", "DR7 and IA32_DEBUGCTL are loaded on VM entry"),
	CTL(9, "IA32E_MODE_GUEST", "The guest is in IA-32e mode after VM entry (IA32_EFER.LMA)"),
	CTL(10, "ENTRY_TO_SMM", "The processor is in SMM after VM entry"),
	CTL(11, "DEACTIVATE_DUAL_MONITOR_TREATMENT",
	    "The default treatment of SMIs and SMM is in effect after VM entry"),
	CTL(13, "LOAD_IA32_PERF_GLOBAL_CTRL", "IA32_PERF_GLOBAL_CTRL is loaded on VM entry"),
	CTL(14, "LOAD_IA32_PAT", "IA32_PAT is loaded on VM entry"),
	CTL(15, "LOAD_IA32_EFER", "IA32_EFER is loaded on VM entry"),
	CTL(16, "LOAD_IA32_BNDCFGS", "IA32_BNDCFGS is loaded on VM entry"),
	CTL(17, "CONCEAL_VMX_FROM_PT", "Intel PT produces no PIP or VMCS packet on VM entry"),
	CTL(18, "LOAD_IA32_RTIT_CTL", "IA32_RTIT_CTL is loaded on VM entry"),
	CTL(19, "LOAD_UINV", "UINV (user-interrupt notification vector) is loaded on VM entry"),
	CTL(20, "LOAD_CET_STATE", "CET-related MSRs and SSP are loaded on VM entry"),
	CTL(21, "LOAD_GUEST_IA32_LBR_CTL", "IA32_LBR_CTL is loaded on VM entry"),
	CTL(22, "LOAD_PKRS", "IA32_PKRS is loaded on VM entry"),
	CTL(23, "LOAD_FRED", "FRED MSRs are loaded on VM entry"),
	CTL(24, "LOAD_IA32_SPEC_CTRL", "IA32_SPEC_CTRL is loaded on VM entry"),
	CTL(25, "ALLOW_SEAM_GUEST_TELEMETRY", "Telemetry is allowed for a SEAM (TDX) guest"),
};

/* ---- IA32_VMX_MISC (A.6) ------------------------------------------------ */

static const struct msrkit_field vmx_misc_fields[] = {
	{ .name = "PREEMPTION_TIMER_TSC_RATE", .lsb = 0, .width = 5, .access = MSRKIT_RO,
	  .kind = MSRKIT_KIND_NUMBER, .unit = MSRKIT_UNIT_TSC_SHIFT,
	  .desc = "The VMX-preemption timer counts down by 1 every 2^X TSC ticks" },
	CAP(5, "STORE_EFER_LMA_ON_EXIT",
	    "VM exits store IA32_EFER.LMA into the IA-32e mode guest entry control"),
	CAP(6, "ACTIVITY_STATE_HLT", "Activity state 1 (HLT) is supported"),
	CAP(7, "ACTIVITY_STATE_SHUTDOWN", "Activity state 2 (shutdown) is supported"),
	CAP(8, "ACTIVITY_STATE_WAIT_FOR_SIPI", "Activity state 3 (wait-for-SIPI) is supported"),
	CAP(14, "INTEL_PT_IN_VMX", "Intel Processor Trace can be used in VMX operation"),
	CAP(15, "RDMSR_IA32_SMBASE_IN_SMM", "RDMSR can read IA32_SMBASE (9EH) in SMM"),
	{ .name = "CR3_TARGET_COUNT", .lsb = 16, .width = 9, .access = MSRKIT_RO,
	  .kind = MSRKIT_KIND_NUMBER, .unit = MSRKIT_UNIT_COUNT,
	  .desc = "Number of CR3-target values supported (0-256)" },
	{ .name = "MAX_MSR_LIST_COUNT", .lsb = 25, .width = 3, .access = MSRKIT_RO,
	  .kind = MSRKIT_KIND_NUMBER, .unit = MSRKIT_UNIT_COUNT, .scale = 512,
	  .flags = MSRKIT_FIELD_PLUS_ONE,
	  .desc = "Recommended maximum MSRs in each VM-exit/VM-entry MSR list: 512 * (N + 1)" },
	CAP(28, "SMM_MONITOR_CTL_BIT2", "Bit 2 of IA32_SMM_MONITOR_CTL can be set (VMXOFF blocks SMIs)"),
	CAP(29, "VMWRITE_ALL_FIELDS",
	    "VMWRITE can write any supported VMCS field, VM-exit information fields included"),
	CAP(30, "INJECT_ZERO_LENGTH_INSTRUCTION",
	    "VM entry may inject software interrupts and exceptions with instruction length 0"),
	{ .name = "MSEG_REVISION_ID", .lsb = 32, .width = 32, .access = MSRKIT_RO,
	  .kind = MSRKIT_KIND_HEX, .desc = "MSEG revision identifier used by the processor" },
};

/* ---- CR0 and CR4 fixed bits (A.7, A.8) ---------------------------------- */

static const struct msrkit_field vmx_cr0_fields[] = {
	CTL(0, "PE", "Protection Enable"),
	CTL(1, "MP", "Monitor Coprocessor"),
	CTL(2, "EM", "Emulation (no x87 FPU)"),
	CTL(3, "TS", "Task Switched"),
	CTL(4, "ET", "Extension Type"),
	CTL(5, "NE", "Numeric Error (native x87 error reporting)"),
	CTL(16, "WP", "Write Protect (supervisor writes honour read-only pages)"),
	CTL(18, "AM", "Alignment Mask"),
	CTL(29, "NW", "Not Write-through"),
	CTL(30, "CD", "Cache Disable"),
	CTL(31, "PG", "Paging"),
};

static const struct msrkit_field vmx_cr4_fields[] = {
	CTL(0, "VME", "Virtual-8086 Mode Extensions"),
	CTL(1, "PVI", "Protected-Mode Virtual Interrupts"),
	CTL(2, "TSD", "Time Stamp Disable (RDTSC privileged)"),
	CTL(3, "DE", "Debugging Extensions"),
	CTL(4, "PSE", "Page Size Extensions"),
	CTL(5, "PAE", "Physical Address Extension"),
	CTL(6, "MCE", "Machine-Check Enable"),
	CTL(7, "PGE", "Page Global Enable"),
	CTL(8, "PCE", "Performance-Monitoring Counter Enable (RDPMC at CPL > 0)"),
	CTL(9, "OSFXSR", "OS support for FXSAVE and FXRSTOR"),
	CTL(10, "OSXMMEXCPT", "OS support for unmasked SIMD floating-point exceptions"),
	CTL(11, "UMIP", "User-Mode Instruction Prevention"),
	CTL(12, "LA57", "57-bit linear addresses (5-level paging)"),
	CTL(13, "VMXE", "VMX Enable"),
	CTL(14, "SMXE", "SMX Enable"),
	CTL(16, "FSGSBASE", "RDFSBASE, RDGSBASE, WRFSBASE and WRGSBASE enable"),
	CTL(17, "PCIDE", "Process-context identifiers enable"),
	CTL(18, "OSXSAVE", "XSAVE and processor extended states enable"),
	CTL(19, "KL", "Key Locker enable"),
	CTL(20, "SMEP", "Supervisor-Mode Execution Prevention"),
	CTL(21, "SMAP", "Supervisor-Mode Access Prevention"),
	CTL(22, "PKE", "Protection keys for user-mode pages"),
	CTL(23, "CET", "Control-flow Enforcement Technology"),
	CTL(24, "PKS", "Protection keys for supervisor-mode pages"),
	CTL(25, "UINTR", "User interrupts enable"),
	CTL(27, "LASS", "Linear-address space separation"),
	CTL(28, "LAM_SUP", "Linear-address masking for supervisor pointers"),
	CTL(32, "FRED", "Flexible return and event delivery"),
};

/* ---- IA32_VMX_VMCS_ENUM (A.9) ------------------------------------------- */

static const struct msrkit_field vmx_vmcs_enum_fields[] = {
	{ .name = "HIGHEST_INDEX", .lsb = 1, .width = 9, .access = MSRKIT_RO,
	  .kind = MSRKIT_KIND_NUMBER,
	  .desc = "Highest index value used in any VMCS field encoding" },
};

/* ---- IA32_VMX_EPT_VPID_CAP (A.10) --------------------------------------- */

static const struct msrkit_field vmx_ept_vpid_cap_fields[] = {
	CAP(0, "EXECUTE_ONLY_PAGES", "EPT supports execute-only translations"),
	CAP(6, "PAGE_WALK_LENGTH_4", "EPT page-walk length of 4 is supported"),
	CAP(7, "PAGE_WALK_LENGTH_5", "EPT page-walk length of 5 is supported"),
	CAP(8, "MEMORY_TYPE_UC", "EPT paging structures may be uncacheable (UC)"),
	CAP(14, "MEMORY_TYPE_WB", "EPT paging structures may be write-back (WB)"),
	CAP(16, "PDE_2MB_PAGES", "An EPT PDE may map a 2-Mbyte page"),
	CAP(17, "PDPTE_1GB_PAGES", "An EPT PDPTE may map a 1-Gbyte page"),
	CAP(20, "INVEPT", "The INVEPT instruction is supported"),
	CAP(21, "ACCESSED_DIRTY_FLAGS", "Accessed and dirty flags for EPT are supported"),
	CAP(22, "ADVANCED_EPT_VIOLATION_INFO",
	    "EPT violations report advanced VM-exit information"),
	CAP(23, "SUPERVISOR_SHADOW_STACK_CONTROL", "Supervisor shadow-stack control is supported"),
	CAP(25, "INVEPT_SINGLE_CONTEXT", "The single-context INVEPT type is supported"),
	CAP(26, "INVEPT_ALL_CONTEXT", "The all-context INVEPT type is supported"),
	CAP(32, "INVVPID", "The INVVPID instruction is supported"),
	CAP(40, "INVVPID_INDIVIDUAL_ADDRESS", "The individual-address INVVPID type is supported"),
	CAP(41, "INVVPID_SINGLE_CONTEXT", "The single-context INVVPID type is supported"),
	CAP(42, "INVVPID_ALL_CONTEXT", "The all-context INVVPID type is supported"),
	CAP(43, "INVVPID_SINGLE_CONTEXT_RETAINING_GLOBALS",
	    "The single-context-retaining-globals INVVPID type is supported"),
	{ .name = "MAX_HLAT_PREFIX_SIZE", .lsb = 48, .width = 6, .access = MSRKIT_RO,
	  .kind = MSRKIT_KIND_NUMBER, .desc = "Maximum HLAT prefix size" },
};

/* ---- IA32_VMX_VMFUNC (A.11) --------------------------------------------- */

static const struct msrkit_field vmx_vmfunc_fields[] = {
	CTL(0, "EPTP_SWITCHING", "VM function 0 switches the EPT pointer to one from the EPTP list"),
};

/* ---- Aliases (Linux arch/x86/include/asm/msr-index.h) ------------------- */

static const char *const alias_basic[] = { "MSR_IA32_VMX_BASIC" };
static const char *const alias_pinbased[] = { "MSR_IA32_VMX_PINBASED_CTLS" };
static const char *const alias_procbased[] = { "MSR_IA32_VMX_PROCBASED_CTLS" };
static const char *const alias_exit[] = { "MSR_IA32_VMX_EXIT_CTLS" };
static const char *const alias_entry[] = { "MSR_IA32_VMX_ENTRY_CTLS" };
static const char *const alias_misc[] = { "MSR_IA32_VMX_MISC" };
static const char *const alias_cr0_fixed0[] = { "MSR_IA32_VMX_CR0_FIXED0" };
static const char *const alias_cr0_fixed1[] = { "MSR_IA32_VMX_CR0_FIXED1" };
static const char *const alias_cr4_fixed0[] = { "MSR_IA32_VMX_CR4_FIXED0" };
static const char *const alias_cr4_fixed1[] = { "MSR_IA32_VMX_CR4_FIXED1" };
static const char *const alias_vmcs_enum[] = { "MSR_IA32_VMX_VMCS_ENUM" };
static const char *const alias_procbased2[] = { "MSR_IA32_VMX_PROCBASED_CTLS2" };
static const char *const alias_ept_vpid_cap[] = { "MSR_IA32_VMX_EPT_VPID_CAP" };
static const char *const alias_true_pinbased[] = { "MSR_IA32_VMX_TRUE_PINBASED_CTLS" };
static const char *const alias_true_procbased[] = { "MSR_IA32_VMX_TRUE_PROCBASED_CTLS" };
static const char *const alias_true_exit[] = { "MSR_IA32_VMX_TRUE_EXIT_CTLS" };
static const char *const alias_true_entry[] = { "MSR_IA32_VMX_TRUE_ENTRY_CTLS" };
static const char *const alias_vmfunc[] = { "MSR_IA32_VMX_VMFUNC" };
static const char *const alias_procbased3[] = { "MSR_IA32_VMX_PROCBASED_CTLS3" };
static const char *const alias_exit2[] = { "MSR_IA32_VMX_EXIT_CTLS2" };

/* Every VMX capability MSR: Intel, per logical processor, read-only. */
#define VMX_REG(addr, nm, al, text, cnd, lay, sec, ttl, flds)                  \
	VMX_REG_D1(addr, nm, al, text, cnd, lay, 0, sec, ttl, flds)

/* Control MSRs with reserved controls of the default1 class (A.2). */
#define VMX_REG_D1(addr, nm, al, text, cnd, lay, d1, sec, ttl, flds)           \
	{ .address = (addr), .name = (nm), .aliases = (al), .naliases = COUNT_OF(al), \
	  .desc = (text), .access = MSRKIT_RO, .scope = MSRKIT_SCOPE_THREAD,    \
	  .vendors = MSRKIT_VENDOR_INTEL | MSRKIT_VENDOR_CENTAUR, .cond = (cnd), .ncond = COUNT_OF(cnd), \
	  .layout = (lay), .default1 = (d1), .ref = { VMX_DOC, (sec), (ttl) },  \
	  .fields = (flds), .nfields = COUNT_OF(flds) }

/*
 * The default1 class (SDM Vol. 3D A.2): controls the first VMX processors
 * forced to 1. The legacy MSRs keep reporting them as must-be-1; the TRUE
 * MSRs tell which of them may be 0.
 */
#define PINBASED_DEFAULT1  0x00000016u /* bits 1, 2, 4 */
#define PROCBASED_DEFAULT1 0x0401E172u /* bits 1, 4-6, 8, 13-16, 26 */
#define EXIT_DEFAULT1      0x00036DFFu /* bits 0-8, 10, 11, 13, 14, 16, 17 */
#define ENTRY_DEFAULT1     0x000011FFu /* bits 0-8, 12 */

static const struct msrkit_reg vmx_regs[] = {
	VMX_REG(0x480, "IA32_VMX_BASIC", alias_basic,
		"Basic VMX information: VMCS revision, size, memory type and TRUE controls",
		cond_vmx, MSRKIT_LAYOUT_FIELDS, "A.1", "Basic VMX Information",
		vmx_basic_fields),
	VMX_REG_D1(0x481, "IA32_VMX_PINBASED_CTLS", alias_pinbased,
		"Allowed settings of the pin-based VM-execution controls",
		cond_vmx, MSRKIT_LAYOUT_CTLS_2X32, PINBASED_DEFAULT1, "A.3.1",
		"Pin-Based VM-Execution Controls", vmx_pinbased_ctls_fields),
	VMX_REG_D1(0x482, "IA32_VMX_PROCBASED_CTLS", alias_procbased,
		"Allowed settings of the primary processor-based VM-execution controls",
		cond_vmx, MSRKIT_LAYOUT_CTLS_2X32, PROCBASED_DEFAULT1, "A.3.2",
		"Primary Processor-Based VM-Execution Controls", vmx_procbased_ctls_fields),
	VMX_REG_D1(0x483, "IA32_VMX_EXIT_CTLS", alias_exit,
		"Allowed settings of the primary VM-exit controls",
		cond_vmx, MSRKIT_LAYOUT_CTLS_2X32, EXIT_DEFAULT1, "A.4.1",
		"Primary VM-Exit Controls", vmx_exit_ctls_fields),
	VMX_REG_D1(0x484, "IA32_VMX_ENTRY_CTLS", alias_entry,
		"Allowed settings of the VM-entry controls",
		cond_vmx, MSRKIT_LAYOUT_CTLS_2X32, ENTRY_DEFAULT1, "A.5", "VM-Entry Controls",
		vmx_entry_ctls_fields),
	VMX_REG(0x485, "IA32_VMX_MISC", alias_misc,
		"Miscellaneous VMX data: preemption-timer rate, activity states, CR3 targets",
		cond_vmx, MSRKIT_LAYOUT_FIELDS, "A.6", "Miscellaneous Data", vmx_misc_fields),
	VMX_REG(0x486, "IA32_VMX_CR0_FIXED0", alias_cr0_fixed0,
		"CR0 bits that must be 1 in VMX operation (bit set = fixed to 1)",
		cond_vmx, MSRKIT_LAYOUT_FIXED0, "A.7", "VMX-Fixed Bits in CR0", vmx_cr0_fields),
	VMX_REG(0x487, "IA32_VMX_CR0_FIXED1", alias_cr0_fixed1,
		"CR0 bits that may be 1 in VMX operation (bit clear = fixed to 0)",
		cond_vmx, MSRKIT_LAYOUT_FIXED1, "A.7", "VMX-Fixed Bits in CR0", vmx_cr0_fields),
	VMX_REG(0x488, "IA32_VMX_CR4_FIXED0", alias_cr4_fixed0,
		"CR4 bits that must be 1 in VMX operation (bit set = fixed to 1)",
		cond_vmx, MSRKIT_LAYOUT_FIXED0, "A.8", "VMX-Fixed Bits in CR4", vmx_cr4_fields),
	VMX_REG(0x489, "IA32_VMX_CR4_FIXED1", alias_cr4_fixed1,
		"CR4 bits that may be 1 in VMX operation (bit clear = fixed to 0)",
		cond_vmx, MSRKIT_LAYOUT_FIXED1, "A.8", "VMX-Fixed Bits in CR4", vmx_cr4_fields),
	VMX_REG(0x48A, "IA32_VMX_VMCS_ENUM", alias_vmcs_enum,
		"Highest index used in any VMCS field encoding",
		cond_vmx, MSRKIT_LAYOUT_FIELDS, "A.9", "VMCS Enumeration", vmx_vmcs_enum_fields),
	VMX_REG(0x48B, "IA32_VMX_PROCBASED_CTLS2", alias_procbased2,
		"Allowed settings of the secondary processor-based VM-execution controls",
		cond_procbased_ctls2, MSRKIT_LAYOUT_CTLS_2X32, "A.3.3",
		"Secondary Processor-Based VM-Execution Controls", vmx_procbased_ctls2_fields),
	{ .address = 0x48C, .name = "IA32_VMX_EPT_VPID_CAP", .aliases = alias_ept_vpid_cap,
	  .naliases = COUNT_OF(alias_ept_vpid_cap),
	  .desc = "EPT and VPID capabilities: page-walk lengths, memory types, INVEPT/INVVPID types",
	  .access = MSRKIT_RO, .scope = MSRKIT_SCOPE_THREAD, .vendors = MSRKIT_VENDOR_INTEL | MSRKIT_VENDOR_CENTAUR,
	  .cond = cond_ept_vpid_cap, .ncond = COUNT_OF(cond_ept_vpid_cap), .cond_any = true,
	  .layout = MSRKIT_LAYOUT_FIELDS,
	  .ref = { VMX_DOC, "A.10", "VPID and EPT Capabilities" },
	  .fields = vmx_ept_vpid_cap_fields, .nfields = COUNT_OF(vmx_ept_vpid_cap_fields) },
	VMX_REG_D1(0x48D, "IA32_VMX_TRUE_PINBASED_CTLS", alias_true_pinbased,
		"Allowed settings of the pin-based controls, default1 controls included",
		cond_true_ctls, MSRKIT_LAYOUT_CTLS_2X32, PINBASED_DEFAULT1, "A.3.1",
		"Pin-Based VM-Execution Controls", vmx_pinbased_ctls_fields),
	VMX_REG_D1(0x48E, "IA32_VMX_TRUE_PROCBASED_CTLS", alias_true_procbased,
		"Allowed settings of the primary processor-based controls, default1 controls included",
		cond_true_ctls, MSRKIT_LAYOUT_CTLS_2X32, PROCBASED_DEFAULT1, "A.3.2",
		"Primary Processor-Based VM-Execution Controls", vmx_procbased_ctls_fields),
	VMX_REG_D1(0x48F, "IA32_VMX_TRUE_EXIT_CTLS", alias_true_exit,
		"Allowed settings of the primary VM-exit controls, default1 controls included",
		cond_true_ctls, MSRKIT_LAYOUT_CTLS_2X32, EXIT_DEFAULT1, "A.4.1",
		"Primary VM-Exit Controls", vmx_exit_ctls_fields),
	VMX_REG_D1(0x490, "IA32_VMX_TRUE_ENTRY_CTLS", alias_true_entry,
		"Allowed settings of the VM-entry controls, default1 controls included",
		cond_true_ctls, MSRKIT_LAYOUT_CTLS_2X32, ENTRY_DEFAULT1, "A.5", "VM-Entry Controls",
		vmx_entry_ctls_fields),
	VMX_REG(0x491, "IA32_VMX_VMFUNC", alias_vmfunc,
		"VM functions that may be enabled in the VM-function controls",
		cond_vmfunc, MSRKIT_LAYOUT_CTLS_ALLOWED1, "A.11", "VM Functions",
		vmx_vmfunc_fields),
	VMX_REG(0x492, "IA32_VMX_PROCBASED_CTLS3", alias_procbased3,
		"Tertiary processor-based VM-execution controls that may be 1",
		cond_procbased_ctls3, MSRKIT_LAYOUT_CTLS_ALLOWED1, "A.3.4",
		"Tertiary Processor-Based VM-Execution Controls", vmx_procbased_ctls3_fields),
	VMX_REG(0x493, "IA32_VMX_EXIT_CTLS2", alias_exit2,
		"Secondary VM-exit controls that may be 1",
		cond_exit_ctls2, MSRKIT_LAYOUT_CTLS_ALLOWED1, "A.4.2", "Secondary VM-Exit Controls",
		vmx_exit_ctls2_fields),
};

const struct msrkit_reg_table msrkit_table_vmx = {
	.family = "vmx",
	.regs = vmx_regs,
	.count = COUNT_OF(vmx_regs),
};

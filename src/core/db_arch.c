/* SPDX-License-Identifier: MIT */
/*
 * Architectural MSRs for features and modes, instruction support and
 * identification: TSC, platform ID, APIC base, feature control, microcode
 * update, SMM, SYSENTER/SYSCALL, MISC_ENABLE, TSC deadline, EFER, FS/GS bases
 * and TSC_AUX. Intel SDM Vol. 4 section 2.1; the AMD additions to EFER and the
 * SYSCALL registers follow the AMD APM Vol. 2. The Intel model-specific
 * layouts of IA32_PLATFORM_ID and IA32_MISC_ENABLE are variants next to the
 * architectural definition, each citing its SDM model table; the lookup
 * prefers them on the models they list, and other CPUs (Zhaoxin, models no
 * table covers) keep the architectural definition.
 */
#include "intel_models.h"
#include "tables.h"

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

/* Every register here is listed in the SDM's table of architectural MSRs;
 * the Intel model variants of IA32_PLATFORM_ID and IA32_MISC_ENABLE cite the
 * model table they come from. */
#define SDM_ARCH { .doc = "Intel SDM Vol. 4", .section = "2.1", .title = "Architectural MSRs" }

#define MODELS(a) .models = (a), .nmodels = COUNT(a)

/* ---- Intel model lists of the model variants (generations: intel_models.h) */

static const struct msrkit_model p4_models[] = { P4 };
static const struct msrkit_model pentium_m_models[] = { PENTIUM_M };
static const struct msrkit_model core_microarch_models[] = { CORE_MICROARCH };
static const struct msrkit_model nehalem_models[] = { NEHALEM, WESTMERE };
static const struct msrkit_model snb_line_models[] = { SNB_LINE };
static const struct msrkit_model atom_from_slm_models[] = { ATOM_FROM_SLM };
static const struct msrkit_model knights_models[] = { KNIGHTS };

/* ---- CPUID and MSR conditions, shared between registers ---------------- */

#define CPUID_BIT(l, r, b, t) \
	{ .kind = MSRKIT_COND_CPUID, .leaf = (l), .reg = (r), .lsb = (b), .text = (t) }

static const struct msrkit_cond cond_tsc[] = {
	CPUID_BIT(0x1, MSRKIT_EDX, 4, "CPUID.01H:EDX[4]"),
};
static const struct msrkit_cond cond_monitor[] = {
	CPUID_BIT(0x1, MSRKIT_ECX, 3, "CPUID.01H:ECX[3]"),
};
static const struct msrkit_cond cond_apic[] = {
	CPUID_BIT(0x1, MSRKIT_EDX, 9, "CPUID.01H:EDX[9]"),
};
/* IA32_FEATURE_CONTROL exists when any of its fields is enumerated. */
static const struct msrkit_cond cond_feature_control[] = {
	CPUID_BIT(0x1, MSRKIT_ECX, 5, "CPUID.01H:ECX[5]"),
	CPUID_BIT(0x1, MSRKIT_ECX, 6, "CPUID.01H:ECX[6]"),
	CPUID_BIT(0x7, MSRKIT_EBX, 2, "CPUID.(EAX=07H,ECX=0):EBX[2]"),
	CPUID_BIT(0x7, MSRKIT_ECX, 30, "CPUID.(EAX=07H,ECX=0):ECX[30]"),
	{ .kind = MSRKIT_COND_MSR, .leaf = 0x179, .lsb = 27, .text = "IA32_MCG_CAP[27]" },
};
static const struct msrkit_cond cond_tsc_adjust[] = {
	CPUID_BIT(0x7, MSRKIT_EBX, 1, "CPUID.(EAX=07H,ECX=0):EBX[1]"),
};
static const struct msrkit_cond cond_vmx_or_smx[] = {
	CPUID_BIT(0x1, MSRKIT_ECX, 5, "CPUID.01H:ECX[5]"),
	CPUID_BIT(0x1, MSRKIT_ECX, 6, "CPUID.01H:ECX[6]"),
};
static const struct msrkit_cond cond_smbase[] = {
	{ .kind = MSRKIT_COND_MSR, .leaf = 0x485, .lsb = 15, .text = "IA32_VMX_MISC[15]" },
};
static const struct msrkit_cond cond_sep[] = {
	CPUID_BIT(0x1, MSRKIT_EDX, 11, "CPUID.01H:EDX[11]"),
};
static const struct msrkit_cond cond_tsc_deadline[] = {
	CPUID_BIT(0x1, MSRKIT_ECX, 24, "CPUID.01H:ECX[24]"),
};
/* EFER exists with SYSCALL (AMD), execute-disable or long mode. */
static const struct msrkit_cond cond_efer[] = {
	CPUID_BIT(0x80000001u, MSRKIT_EDX, 11, "CPUID.80000001H:EDX[11]"),
	CPUID_BIT(0x80000001u, MSRKIT_EDX, 20, "CPUID.80000001H:EDX[20]"),
	CPUID_BIT(0x80000001u, MSRKIT_EDX, 29, "CPUID.80000001H:EDX[29]"),
};
/* STAR serves SYSCALL in legacy mode too (AMD), LSTAR and the rest only
 * long mode. */
static const struct msrkit_cond cond_syscall[] = {
	CPUID_BIT(0x80000001u, MSRKIT_EDX, 11, "CPUID.80000001H:EDX[11]"),
	CPUID_BIT(0x80000001u, MSRKIT_EDX, 29, "CPUID.80000001H:EDX[29]"),
};
static const struct msrkit_cond cond_long_mode[] = {
	CPUID_BIT(0x80000001u, MSRKIT_EDX, 29, "CPUID.80000001H:EDX[29]"),
};
static const struct msrkit_cond cond_tsc_aux[] = {
	CPUID_BIT(0x80000001u, MSRKIT_EDX, 27, "CPUID.80000001H:EDX[27]"),
	CPUID_BIT(0x7, MSRKIT_ECX, 22, "CPUID.(EAX=07H,ECX=0):ECX[22]"),
};

/* ---- 0x6 IA32_MONITOR_FILTER_SIZE --------------------------------------- */

static const char *const monitor_filter_size_aliases[] = { "IA32_MONITOR_FILTER_LINE_SIZE" };

static const struct msrkit_field monitor_filter_size_fields[] = {
	{ .name = "SYSTEM_COHERENCE_LINE_SIZE", .lsb = 0, .width = 64, .access = MSRKIT_RW,
	  .kind = MSRKIT_KIND_NUMBER, .unit = MSRKIT_UNIT_BYTES,
	  .desc = "Coherence line size the platform uses, which MONITOR address ranges should match" },
};

/* ---- 0x10 IA32_TIME_STAMP_COUNTER ---------------------------------------- */

static const char *const tsc_aliases[] = { "IA32_TSC", "MSR_IA32_TSC", "TSC" };

static const struct msrkit_field tsc_fields[] = {
	{ .name = "TSC", .lsb = 0, .width = 64, .access = MSRKIT_RW, .kind = MSRKIT_KIND_NUMBER,
	  .desc = "Time-stamp counter as RDTSC returns it; writing it also changes IA32_TSC_ADJUST" },
};

/* ---- 0x17 IA32_PLATFORM_ID ----------------------------------------------- */

static const char *const platform_id_aliases[] = { "MSR_IA32_PLATFORM_ID" };
/* The model tables call their layout MSR_PLATFORM_ID. */
static const char *const platform_id_model_aliases[] = { "IA32_PLATFORM_ID", "MSR_IA32_PLATFORM_ID" };

#define PLATFORM_ID_FIELD { .name = "PLATFORM_ID", .lsb = 50, .width = 3, .access = MSRKIT_RO, \
	.kind = MSRKIT_KIND_NUMBER, \
	.desc = "Processor flag number (0-7): selects which microcode updates apply, by the platform-ID mask in their headers" }
#define PLATFORM_ID_MAX_RATIO { .name = "MAXIMUM_QUALIFIED_RATIO", .lsb = 8, .width = 5, .access = MSRKIT_RO, \
	.kind = MSRKIT_KIND_NUMBER, .unit = MSRKIT_UNIT_RATIO, \
	.desc = "The maximum bus ratio the processor is qualified (allowed) to run at" }

static const struct msrkit_field platform_id_fields[] = { PLATFORM_ID_FIELD };
/* Core 2 and Silvermont-and-later Atom model tables. */
static const struct msrkit_field platform_id_ratio_fields[] = { PLATFORM_ID_MAX_RATIO, PLATFORM_ID_FIELD };

/* ---- 0x1B IA32_APIC_BASE ------------------------------------------------- */

static const char *const apic_base_aliases[] = { "MSR_IA32_APICBASE", "APIC_BAR" };

static const struct msrkit_value_name apic_bsp_values[] = {
	{ 0, "AP", "an application processor, started by the OS" },
	{ 1, "BSP", "the bootstrap processor, which ran the firmware" },
};
static const struct msrkit_value_name apic_x2apic_values[] = {
	{ 0, "XAPIC", "the local APIC is memory-mapped at APIC_BASE (when enabled)" },
	{ 1, "X2APIC", "the local APIC is reached through MSRs 0x800-0x8FF" },
};
static const struct msrkit_value_name apic_enable_values[] = {
	{ 0, "DISABLED", "the local APIC is off and delivers no interrupts" },
	{ 1, "ENABLED", "the local APIC is on" },
};

static const struct msrkit_field apic_base_fields[] = {
	{ .name = "BSP", .lsb = 8, .width = 1, .access = MSRKIT_RW, .kind = MSRKIT_KIND_FLAG,
	  .desc = "Set on the bootstrap processor, clear on application processors",
	  .values = apic_bsp_values, .nvalues = COUNT(apic_bsp_values) },
	{ .name = "ENABLE_X2APIC", .lsb = 10, .width = 1, .access = MSRKIT_RW, .kind = MSRKIT_KIND_FLAG,
	  .desc = "x2APIC mode enable (needs APIC_GLOBAL_ENABLE; CPUID.01H:ECX[21])",
	  .values = apic_x2apic_values, .nvalues = COUNT(apic_x2apic_values) },
	{ .name = "APIC_GLOBAL_ENABLE", .lsb = 11, .width = 1, .access = MSRKIT_RW, .kind = MSRKIT_KIND_FLAG,
	  .desc = "Enables the local APIC",
	  .values = apic_enable_values, .nvalues = COUNT(apic_enable_values) },
	{ .name = "APIC_BASE", .lsb = 12, .width = 40, .access = MSRKIT_RW, .kind = MSRKIT_KIND_ADDRESS,
	  .flags = MSRKIT_FIELD_MAXPHYADDR,
	  .desc = "Physical address of the 4-KByte local APIC register page in xAPIC mode (reset: 0xFEE00000)" },
};

/* ---- 0x3A IA32_FEATURE_CONTROL ------------------------------------------- */

static const char *const feature_control_aliases[] = { "MSR_IA32_FEAT_CTL", "MSR_IA32_FEATURE_CONTROL" };

static const struct msrkit_value_name fc_lock_values[] = {
	{ 0, "UNLOCKED",
	  "VMXON faults until firmware or the OS sets the lock (Linux locks it at boot when it supports VMX)" },
	{ 1, "LOCKED", "further writes fault until reset; the settings below are final" },
};
static const struct msrkit_value_name fc_vmx_inside_smx_values[] = {
	{ 0, "DISABLED", "VMXON inside SMX faults: a measured launch (Intel TXT) environment cannot use VT-x" },
	{ 1, "ENABLED", "VMXON allowed inside SMX: a measured launch (Intel TXT) environment may use VT-x" },
};
static const struct msrkit_value_name fc_vmx_outside_smx_values[] = {
	{ 0, "DISABLED", "VMXON outside SMX faults: VT-x disabled (enable Intel VT-x in the firmware setup)" },
	{ 1, "ENABLED", "VMXON allowed outside SMX: a hypervisor can enable VT-x" },
};
static const struct msrkit_value_name fc_senter_local_values[] = {
	{ 0, "NONE", "no GETSEC[SENTER] function enabled" },
};
static const struct msrkit_value_name fc_senter_global_values[] = {
	{ 0, "DISABLED", "GETSEC[SENTER] faults: no Intel TXT measured launch" },
	{ 1, "ENABLED", "GETSEC[SENTER] can start an Intel TXT measured launch" },
};
static const struct msrkit_value_name fc_sgx_lc_values[] = {
	{ 0, "DISABLED", "launch-enclave key hash fixed by firmware or Intel: the OS cannot choose which enclaves launch" },
	{ 1, "ENABLED", "flexible launch control: the OS may rewrite IA32_SGXLEPUBKEYHASHn" },
};
static const struct msrkit_value_name fc_sgx_values[] = {
	{ 0, "DISABLED", "ENCLS/ENCLU fault: no SGX enclaves (enable SGX in the firmware setup)" },
	{ 1, "ENABLED", "enclave instructions (ENCLS/ENCLU) available" },
};
static const struct msrkit_value_name fc_lmce_values[] = {
	{ 0, "DISABLED", "every machine check is broadcast to all logical processors" },
	{ 1, "ENABLED", "the OS may have some machine checks delivered to one logical processor (IA32_MCG_EXT_CTL)" },
};

static const struct msrkit_field feature_control_fields[] = {
	{ .name = "LOCK", .lsb = 0, .width = 1, .access = MSRKIT_RWO, .kind = MSRKIT_KIND_FLAG,
	  .desc = "Locks this register until reset; WRMSR then faults",
	  .values = fc_lock_values, .nvalues = COUNT(fc_lock_values) },
	{ .name = "ENABLE_VMX_INSIDE_SMX", .lsb = 1, .width = 1, .access = MSRKIT_RWL, .kind = MSRKIT_KIND_FLAG,
	  .desc = "VMXON allowed inside SMX operation (Intel TXT; CPUID.01H:ECX[5] and ECX[6])",
	  .values = fc_vmx_inside_smx_values, .nvalues = COUNT(fc_vmx_inside_smx_values) },
	{ .name = "ENABLE_VMX_OUTSIDE_SMX", .lsb = 2, .width = 1, .access = MSRKIT_RWL, .kind = MSRKIT_KIND_FLAG,
	  .desc = "VMXON allowed outside SMX operation: what an ordinary hypervisor needs (CPUID.01H:ECX[5])",
	  .values = fc_vmx_outside_smx_values, .nvalues = COUNT(fc_vmx_outside_smx_values) },
	{ .name = "SENTER_LOCAL_FUNCTION_ENABLES", .lsb = 8, .width = 7, .access = MSRKIT_RWL,
	  .kind = MSRKIT_KIND_HEX,
	  .desc = "One enable bit per GETSEC[SENTER] function (Intel TXT; CPUID.01H:ECX[6])",
	  .values = fc_senter_local_values, .nvalues = COUNT(fc_senter_local_values) },
	{ .name = "SENTER_GLOBAL_ENABLE", .lsb = 15, .width = 1, .access = MSRKIT_RWL, .kind = MSRKIT_KIND_FLAG,
	  .desc = "Enables the GETSEC[SENTER] leaf functions (CPUID.01H:ECX[6])",
	  .values = fc_senter_global_values, .nvalues = COUNT(fc_senter_global_values) },
	{ .name = "SGX_LAUNCH_CONTROL_ENABLE", .lsb = 17, .width = 1, .access = MSRKIT_RWL,
	  .kind = MSRKIT_KIND_FLAG,
	  .desc = "Allows runtime changes of the SGX launch-enclave key hash (CPUID.(EAX=07H,ECX=0):ECX[30])",
	  .values = fc_sgx_lc_values, .nvalues = COUNT(fc_sgx_lc_values) },
	{ .name = "SGX_GLOBAL_ENABLE", .lsb = 18, .width = 1, .access = MSRKIT_RWL, .kind = MSRKIT_KIND_FLAG,
	  .desc = "Enables the SGX leaf functions (CPUID.(EAX=07H,ECX=0):EBX[2])",
	  .values = fc_sgx_values, .nvalues = COUNT(fc_sgx_values) },
	{ .name = "LMCE_ON", .lsb = 20, .width = 1, .access = MSRKIT_RWL, .kind = MSRKIT_KIND_FLAG,
	  .desc = "Allows local machine-check exceptions (IA32_MCG_CAP[27])",
	  .values = fc_lmce_values, .nvalues = COUNT(fc_lmce_values) },
};

/* ---- 0x3B IA32_TSC_ADJUST ------------------------------------------------ */

static const char *const tsc_adjust_aliases[] = { "MSR_IA32_TSC_ADJUST" };

static const struct msrkit_field tsc_adjust_fields[] = {
	{ .name = "THREAD_ADJUST", .lsb = 0, .width = 64, .access = MSRKIT_RW, .kind = MSRKIT_KIND_SIGNED,
	  .desc = "Offset this logical processor adds to the invariant TSC; nonzero after firmware or the OS wrote the TSC" },
};

/* ---- 0x79 IA32_BIOS_UPDT_TRIG -------------------------------------------- */

static const char *const bios_updt_trig_aliases[] = { "MSR_IA32_UCODE_WRITE", "IA32_BIOS_UPDATE_TRIGGER" };

static const struct msrkit_field bios_updt_trig_fields[] = {
	{ .name = "UPDATE_DATA_ADDRESS", .lsb = 0, .width = 64, .access = MSRKIT_WO,
	  .kind = MSRKIT_KIND_ADDRESS,
	  .desc = "Linear address of the microcode update data (past its 48-byte header); writing it loads the update" },
};

/* ---- 0x8B IA32_BIOS_SIGN_ID ---------------------------------------------- */

static const char *const bios_sign_id_aliases[] = { "MSR_IA32_UCODE_REV", "IA32_BIOS_UPDATE_SIGNATURE" };

static const struct msrkit_value_name microcode_signature_values[] = {
	{ 0, "NONE", "no microcode update loaded (or the register was not cleared and CPUID.01H run before reading)" },
};

static const struct msrkit_field bios_sign_id_fields[] = {
	{ .name = "MICROCODE_UPDATE_SIGNATURE", .lsb = 32, .width = 32, .access = MSRKIT_RO,
	  .kind = MSRKIT_KIND_HEX,
	  .desc = "Revision of the loaded microcode update; valid after writing 0 here and executing CPUID.01H",
	  .values = microcode_signature_values, .nvalues = COUNT(microcode_signature_values) },
};

/* ---- 0x9B IA32_SMM_MONITOR_CTL ------------------------------------------- */

static const char *const smm_monitor_ctl_aliases[] = { "MSR_IA32_SMM_MONITOR_CTL" };

static const struct msrkit_value_name smm_monitor_valid_values[] = {
	{ 0, "INVALID", "no SMM-transfer monitor (STM): the dual-monitor treatment cannot be activated" },
	{ 1, "VALID", "an STM may be activated with VMCALL (dual-monitor treatment of SMIs)" },
};
static const struct msrkit_value_name smm_monitor_unblock_values[] = {
	{ 0, "UNBLOCK", "VMXOFF unblocks SMIs (default treatment)" },
	{ 1, "KEEP_BLOCKED", "VMXOFF leaves SMIs blocked" },
};

static const struct msrkit_field smm_monitor_ctl_fields[] = {
	{ .name = "VALID", .lsb = 0, .width = 1, .access = MSRKIT_RW, .kind = MSRKIT_KIND_FLAG,
	  .desc = "The SMM-transfer monitor whose MSEG is below may be activated",
	  .values = smm_monitor_valid_values, .nvalues = COUNT(smm_monitor_valid_values) },
	{ .name = "SMI_UNBLOCKING_BY_VMXOFF", .lsb = 2, .width = 1, .access = MSRKIT_RW,
	  .kind = MSRKIT_KIND_FLAG,
	  .desc = "Whether VMXOFF unblocks SMIs under the default treatment (IA32_VMX_MISC[28])",
	  .values = smm_monitor_unblock_values, .nvalues = COUNT(smm_monitor_unblock_values) },
	{ .name = "MSEG_BASE", .lsb = 12, .width = 20, .access = MSRKIT_RW, .kind = MSRKIT_KIND_ADDRESS,
	  .desc = "Physical address of the MSEG (the STM image)" },
};

/* ---- 0x9E IA32_SMBASE ---------------------------------------------------- */

static const char *const smbase_aliases[] = { "MSR_IA32_SMBASE" };

static const struct msrkit_field smbase_fields[] = {
	{ .name = "SMBASE", .lsb = 0, .width = 32, .access = MSRKIT_RO, .kind = MSRKIT_KIND_ADDRESS,
	  .desc = "Base of this logical processor's SMRAM image (readable only in SMM)" },
};

/* ---- 0x174-0x176 SYSENTER ------------------------------------------------- */

static const char *const sysenter_cs_aliases[] = { "MSR_IA32_SYSENTER_CS", "SYSENTER_CS" };
static const char *const sysenter_esp_aliases[] = { "MSR_IA32_SYSENTER_ESP", "SYSENTER_ESP" };
static const char *const sysenter_eip_aliases[] = { "MSR_IA32_SYSENTER_EIP", "SYSENTER_EIP" };

static const struct msrkit_field sysenter_cs_fields[] = {
	{ .name = "CS_SELECTOR", .lsb = 0, .width = 16, .access = MSRKIT_RW, .kind = MSRKIT_KIND_HEX,
	  .desc = "Ring-0 code segment selector SYSENTER loads; SS is this + 8, SYSEXIT uses +16/+24 (+32/+40 to 64-bit code)" },
};
static const struct msrkit_field sysenter_esp_fields[] = {
	{ .name = "ESP", .lsb = 0, .width = 64, .access = MSRKIT_RW, .kind = MSRKIT_KIND_ADDRESS,
	  .desc = "Ring-0 stack pointer SYSENTER loads (only bits 31:0 outside 64-bit mode and on AMD)" },
};
static const struct msrkit_field sysenter_eip_fields[] = {
	{ .name = "EIP", .lsb = 0, .width = 64, .access = MSRKIT_RW, .kind = MSRKIT_KIND_ADDRESS,
	  .desc = "Ring-0 entry point SYSENTER jumps to (only bits 31:0 outside 64-bit mode and on AMD)" },
};

/* ---- 0x1A0 IA32_MISC_ENABLE ---------------------------------------------- */

static const char *const misc_enable_aliases[] = { "MSR_IA32_MISC_ENABLE" };

static const struct msrkit_value_name misc_fast_strings_values[] = {
	{ 0, "DISABLED", "REP MOVS/STOS run without fast strings (slow)" },
	{ 1, "ENABLED", "fast REP MOVS/STOS (default)" },
};
static const struct msrkit_value_name misc_tcc_values[] = {
	{ 0, "DISABLED", "no automatic throttling when hot (some CPUs still throttle in critical conditions)" },
	{ 1, "ENABLED", "the Thermal Monitor throttles the CPU when it overheats" },
};
static const struct msrkit_value_name misc_perfmon_values[] = {
	{ 0, "UNAVAILABLE", "performance monitoring is disabled" },
	{ 1, "AVAILABLE", "performance monitoring can be used" },
};
static const struct msrkit_value_name misc_bts_values[] = {
	{ 0, "SUPPORTED", "the CPU can record taken branches to memory (BTS)" },
	{ 1, "UNSUPPORTED", "no branch trace store (BTS)" },
};
static const struct msrkit_value_name misc_pebs_values[] = {
	{ 0, "SUPPORTED", "precise event-based sampling (PEBS) can be used" },
	{ 1, "UNSUPPORTED", "no precise event-based sampling (PEBS)" },
};
static const struct msrkit_value_name misc_eist_values[] = {
	{ 0, "DISABLED", "the OS cannot change P-states through IA32_PERF_CTL" },
	{ 1, "ENABLED", "the OS can change P-states through IA32_PERF_CTL" },
};
static const struct msrkit_value_name misc_monitor_values[] = {
	{ 0, "DISABLED", "MONITOR/MWAIT raise #UD and CPUID.01H:ECX[3] reads 0" },
	{ 1, "ENABLED", "MONITOR/MWAIT can be used (default)" },
};
static const struct msrkit_value_name misc_limit_cpuid_values[] = {
	{ 0, "OFF", "CPUID reports every leaf (default)" },
	{ 1, "ON", "CPUID reports at most leaf 2: the OS loses feature data (turn off \"Limit CPUID Max\" in the firmware setup)" },
};
static const struct msrkit_value_name misc_xtpr_values[] = {
	{ 0, "ENABLED", "the chipset receives xTPR messages" },
	{ 1, "DISABLED", "no xTPR messages to the chipset" },
};
static const struct msrkit_value_name misc_xd_values[] = {
	{ 0, "AVAILABLE", "execute-disable (NX) can be used (default)" },
	{ 1, "DISABLED", "execute-disable (NX) is off and CPUID.80000001H:EDX[20] reads 0; OSes that need NX will not boot" },
};

/* Model-specific bits, from the SDM's model tables. */
static const struct msrkit_value_name misc_prefetcher_values[] = {
	{ 0, "ENABLED", "the prefetcher runs (default)" },
	{ 1, "DISABLED", "the prefetcher is off" },
};
static const struct msrkit_value_name misc_ferr_multiplexing_values[] = {
	{ 0, "COMPATIBLE", "FERR# signals floating-point errors only (compatible behavior)" },
	{ 1, "ENABLED", "FERR# also signals a pending break event, as the xAPIC interrupt model needs" },
};
static const struct msrkit_value_name misc_tm2_values[] = {
	{ 0, "DISABLED", "no Thermal Monitor 2: ratio and voltage stay when hot (default)" },
	{ 1, "ENABLED", "Thermal Monitor 2 lowers the bus ratio and voltage to MSR_THERM2_CTL's target when hot" },
};
static const struct msrkit_value_name misc_eist_lock_values[] = {
	{ 0, "UNLOCKED", "the SpeedStep enable bit can still be written" },
	{ 1, "LOCKED", "this bit and the SpeedStep enable bit are read-only until reset" },
};
static const struct msrkit_value_name misc_ida_values[] = {
	{ 0, "ENABLED", "Intel Dynamic Acceleration can be used where supported (CPUID.06H:EAX[1] reports it)" },
	{ 1, "DISABLED", "Intel Dynamic Acceleration is off and CPUID.06H:EAX[1] reads 0" },
};
static const struct msrkit_value_name misc_turbo_values[] = {
	{ 0, "ENABLED", "Turbo Boost can be used where supported (CPUID.06H:EAX[1] reports it)" },
	{ 1, "DISABLED", "Turbo Boost is off and CPUID.06H:EAX[1] reads 0 (turned off in the firmware setup or by the OS)" },
};

#define MISC_FLAG(n, b, a, v, d) \
	{ .name = (n), .lsb = (b), .width = 1, .access = (a), .kind = MSRKIT_KIND_FLAG, .desc = (d), \
	  .values = (v), .nvalues = COUNT(v) }
#define MISC_BIT(n, b, a, d) { .name = (n), .lsb = (b), .width = 1, .access = (a), .kind = MSRKIT_KIND_FLAG, .desc = (d) }

/* Every field of IA32_MISC_ENABLE is defined once here; the architectural
 * definition and the model variants below pick theirs by bit order. */
#define MISC_FAST_STRINGS MISC_FLAG("FAST_STRINGS", 0, MSRKIT_RW, misc_fast_strings_values, \
	"Fast-strings enable for REP MOVS and REP STOS")
#define MISC_X87_FOPCODE MISC_BIT("X87_FPU_FOPCODE_COMPATIBILITY_MODE_ENABLE", 2, MSRKIT_RW, \
	"x87 FPU keeps the last opcode of every instruction, not only of those that raised an exception")
#define MISC_TCC MISC_FLAG("AUTOMATIC_THERMAL_CONTROL_CIRCUIT", 3, MSRKIT_RW, misc_tcc_values, \
	"Thermal control circuit (TCC) of the Thermal Monitor: throttle automatically when hot")
#define MISC_SPLIT_LOCK_DISABLE MISC_BIT("SPLIT_LOCK_DISABLE", 4, MSRKIT_RW, \
	"A locked access split across cache lines raises #AC instead of a split-lock bus cycle")
#define MISC_L3_DISABLE MISC_BIT("THIRD_LEVEL_CACHE_DISABLE", 6, MSRKIT_RW, \
	"The third-level cache is off (reserved where there is none)")
#define MISC_PERFMON MISC_FLAG("PERFORMANCE_MONITORING_AVAILABLE", 7, MSRKIT_RO, misc_perfmon_values, \
	"Performance monitoring is enabled")
#define MISC_SUPPRESS_LOCK MISC_BIT("SUPPRESS_LOCK_ENABLE", 8, MSRKIT_RW, \
	"LOCK is not asserted on the bus during a split-lock access")
#define MISC_PREFETCH_QUEUE_DISABLE MISC_FLAG("PREFETCH_QUEUE_DISABLE", 9, MSRKIT_RW, misc_prefetcher_values, \
	"Disables the prefetch queue")
#define MISC_HW_PREFETCHER_DISABLE MISC_FLAG("HARDWARE_PREFETCHER_DISABLE", 9, MSRKIT_RW, misc_prefetcher_values, \
	"Disables the hardware prefetcher of data streams (L2 streamer); may cost performance")
#define MISC_FERR_REPORTING MISC_BIT("FERR_INTERRUPT_REPORTING_ENABLE", 10, MSRKIT_RW, \
	"Interrupt reporting through the FERR# pin, also in the stop-clock state")
#define MISC_FERR_MULTIPLEXING MISC_FLAG("FERR_MULTIPLEXING_ENABLE", 10, MSRKIT_RW, misc_ferr_multiplexing_values, \
	"FERR# multiplexing: FERR# also indicates a pending break event")
#define MISC_BTS_UNAVAILABLE MISC_FLAG("BRANCH_TRACE_STORAGE_UNAVAILABLE", 11, MSRKIT_RO, misc_bts_values, \
	"The processor does not support branch trace storage (BTS)")
#define MISC_PEBS_UNAVAILABLE MISC_FLAG("PEBS_UNAVAILABLE", 12, MSRKIT_RO, misc_pebs_values, \
	"The processor does not support processor event-based sampling (PEBS)")
#define MISC_TM2 MISC_FLAG("TM2_ENABLE", 13, MSRKIT_RW, misc_tm2_values, \
	"Thermal Monitor 2: lower the bus ratio and voltage instead of modulating the clock when hot (CPUID.01H:ECX[8])")
#define MISC_EIST MISC_FLAG("ENHANCED_INTEL_SPEEDSTEP", 16, MSRKIT_RW, misc_eist_values, \
	"Enhanced Intel SpeedStep Technology enable (CPUID.01H:ECX[7])")
#define MISC_MONITOR MISC_FLAG("ENABLE_MONITOR_FSM", 18, MSRKIT_RW, misc_monitor_values, \
	"MONITOR/MWAIT enable; firmware leaves it at its default when SSE3 is absent")
#define MISC_ADJACENT_LINE_PREFETCH MISC_FLAG("ADJACENT_CACHE_LINE_PREFETCH_DISABLE", 19, MSRKIT_RW, \
	misc_prefetcher_values, "Fetch only the line needed, not both lines of its 128-byte pair (sector)")
#define MISC_EIST_LOCK MISC_FLAG("ENHANCED_INTEL_SPEEDSTEP_TECHNOLOGY_SELECT_LOCK", 20, MSRKIT_RWO, \
	misc_eist_lock_values, "Makes the SpeedStep enable bit and this bit read-only; set before the first SpeedStep transition")
#define MISC_LIMIT_CPUID MISC_FLAG("LIMIT_CPUID_MAXVAL", 22, MSRKIT_RW, misc_limit_cpuid_values, \
	"Caps CPUID.00H:EAX at 2 for old operating systems")
#define MISC_XTPR MISC_FLAG("XTPR_MESSAGE_DISABLE", 23, MSRKIT_RW, misc_xtpr_values, \
	"Disables xTPR messages, which tell the chipset this processor's priority (CPUID.01H:ECX[14])")
#define MISC_L1D_CONTEXT_MODE MISC_BIT("L1_DATA_CACHE_CONTEXT_MODE", 24, MSRKIT_RW, \
	"Hyper-Threading: the L1 data cache is shared between the logical processors (clear: adaptive mode)")
#define MISC_XD MISC_FLAG("XD_BIT_DISABLE", 34, MSRKIT_RW, misc_xd_values, \
	"Turns the execute-disable feature off and hides it from CPUID")
#define MISC_DCU_PREFETCHER_DISABLE MISC_FLAG("DCU_PREFETCHER_DISABLE", 37, MSRKIT_RW, misc_prefetcher_values, \
	"Disables the DCU (L1 data cache next-line) prefetcher")
#define MISC_IDA_DISABLE MISC_FLAG("IDA_DISABLE", 38, MSRKIT_RW, misc_ida_values, \
	"Turns Intel Dynamic Acceleration (opportunistic higher ratio) off; its power-on value 1 means IDA is present")
#define MISC_TURBO_MODE_DISABLE MISC_FLAG("TURBO_MODE_DISABLE", 38, MSRKIT_RW, misc_turbo_values, \
	"Turns Intel Turbo Boost Technology off and clears CPUID.06H:EAX[1]")
#define MISC_IP_PREFETCHER_DISABLE MISC_FLAG("IP_PREFETCHER_DISABLE", 39, MSRKIT_RW, misc_prefetcher_values, \
	"Disables the IP (instruction-pointer stride) L1 data cache prefetcher")

/* The bits the architectural MSR table defines. */
static const struct msrkit_field misc_enable_fields[] = {
	MISC_FAST_STRINGS, MISC_TCC, MISC_PERFMON, MISC_BTS_UNAVAILABLE, MISC_PEBS_UNAVAILABLE, MISC_EIST,
	MISC_MONITOR, MISC_LIMIT_CPUID, MISC_XTPR, MISC_XD,
};

/*
 * Model variants: the architectural bits plus those the model table adds. The
 * model tables list the architectural bits only by reference to the
 * architectural table, and some leave some of them out (the Sandy Bridge table
 * omits bit 3), so the architectural bits stay in every variant.
 */
static const struct msrkit_field misc_enable_p4_fields[] = {
	MISC_FAST_STRINGS, MISC_X87_FOPCODE, MISC_TCC, MISC_SPLIT_LOCK_DISABLE, MISC_L3_DISABLE, MISC_PERFMON,
	MISC_SUPPRESS_LOCK, MISC_PREFETCH_QUEUE_DISABLE, MISC_FERR_REPORTING, MISC_BTS_UNAVAILABLE,
	MISC_PEBS_UNAVAILABLE, MISC_TM2, MISC_EIST, MISC_MONITOR, MISC_ADJACENT_LINE_PREFETCH, MISC_LIMIT_CPUID,
	MISC_XTPR, MISC_L1D_CONTEXT_MODE, MISC_XD,
};
static const struct msrkit_field misc_enable_pentium_m_fields[] = {
	MISC_FAST_STRINGS, MISC_TCC, MISC_PERFMON, MISC_FERR_MULTIPLEXING, MISC_BTS_UNAVAILABLE,
	MISC_PEBS_UNAVAILABLE, MISC_EIST, MISC_MONITOR, MISC_LIMIT_CPUID, MISC_XTPR, MISC_XD,
};
static const struct msrkit_field misc_enable_core_fields[] = {
	MISC_FAST_STRINGS, MISC_TCC, MISC_PERFMON, MISC_HW_PREFETCHER_DISABLE, MISC_FERR_MULTIPLEXING,
	MISC_BTS_UNAVAILABLE, MISC_PEBS_UNAVAILABLE, MISC_TM2, MISC_EIST, MISC_MONITOR,
	MISC_ADJACENT_LINE_PREFETCH, MISC_EIST_LOCK, MISC_LIMIT_CPUID, MISC_XTPR, MISC_XD,
	MISC_DCU_PREFETCHER_DISABLE, MISC_IDA_DISABLE, MISC_IP_PREFETCHER_DISABLE,
};
/* Nehalem and later, Silvermont and later Atoms, Xeon Phi: Turbo Mode Disable. */
static const struct msrkit_field misc_enable_turbo_fields[] = {
	MISC_FAST_STRINGS, MISC_TCC, MISC_PERFMON, MISC_BTS_UNAVAILABLE, MISC_PEBS_UNAVAILABLE, MISC_EIST,
	MISC_MONITOR, MISC_LIMIT_CPUID, MISC_XTPR, MISC_XD, MISC_TURBO_MODE_DISABLE,
};

/* ---- 0x6E0 IA32_TSC_DEADLINE --------------------------------------------- */

static const char *const tsc_deadline_aliases[] = { "MSR_IA32_TSC_DEADLINE" };

static const struct msrkit_value_name tsc_deadline_values[] = {
	{ 0, "DISARMED", "timer disarmed (written 0, or the deadline passed and the interrupt was sent)" },
};

static const struct msrkit_field tsc_deadline_fields[] = {
	{ .name = "DEADLINE", .lsb = 0, .width = 64, .access = MSRKIT_RW, .kind = MSRKIT_KIND_NUMBER,
	  .desc = "TSC value at which the local APIC timer in TSC-deadline mode interrupts",
	  .values = tsc_deadline_values, .nvalues = COUNT(tsc_deadline_values) },
};

/* ---- 0xC0000080 IA32_EFER ------------------------------------------------ */

static const char *const efer_aliases[] = { "MSR_EFER", "EFER" };

static const struct msrkit_value_name efer_sce_values[] = {
	{ 0, "DISABLED", "SYSCALL/SYSRET raise #UD" },
	{ 1, "ENABLED", "SYSCALL/SYSRET can be used" },
};
static const struct msrkit_value_name efer_lme_values[] = {
	{ 0, "DISABLED", "the CPU stays in legacy (32-bit) mode" },
	{ 1, "ENABLED", "long mode (IA-32e) becomes active once paging is on" },
};
static const struct msrkit_value_name efer_lma_values[] = {
	{ 0, "INACTIVE", "legacy (32-bit) mode" },
	{ 1, "ACTIVE", "long mode (IA-32e) active" },
};
static const struct msrkit_value_name efer_nxe_values[] = {
	{ 0, "DISABLED", "execute-disable bit of PAE/4-level page tables is reserved: no NX protection" },
	{ 1, "ENABLED", "pages can be marked non-executable" },
};
static const struct msrkit_value_name efer_svme_values[] = {
	{ 0, "DISABLED", "VMRUN and the other SVM instructions raise #UD" },
	{ 1, "ENABLED", "VMRUN can be used: an AMD-V hypervisor has enabled SVM" },
};
static const struct msrkit_value_name efer_lmsle_values[] = {
	{ 0, "DISABLED", "no segment limit checks in 64-bit mode" },
	{ 1, "ENABLED", "data segment limits checked in 64-bit mode at CPL > 0" },
};
static const struct msrkit_value_name efer_ffxsr_values[] = {
	{ 0, "DISABLED", "FXSAVE/FXRSTOR always save/restore XMM registers" },
	{ 1, "ENABLED", "fast FXSAVE/FXRSTOR: XMM registers skipped in 64-bit mode at CPL 0" },
};
static const struct msrkit_value_name efer_tce_values[] = {
	{ 0, "DISABLED", "INVLPG flushes all upper-level page-walk cache entries" },
	{ 1, "ENABLED", "translation cache extension: INVLPG flushes only the matching upper-level entries" },
};
static const struct msrkit_value_name efer_mcommit_values[] = {
	{ 0, "DISABLED", "MCOMMIT raises #UD" },
	{ 1, "ENABLED", "MCOMMIT can be used" },
};
static const struct msrkit_value_name efer_intwb_values[] = {
	{ 0, "DISABLED", "WBINVD/WBNOINVD are not interruptible" },
	{ 1, "ENABLED", "WBINVD/WBNOINVD may be interrupted" },
};
static const struct msrkit_value_name efer_uaie_values[] = {
	{ 0, "DISABLED", "no address bits are ignored: linear addresses must be canonical" },
	{ 1, "ENABLED", "upper address ignore: the CPU ignores the top bits of linear addresses, so software may keep tags there" },
};
static const struct msrkit_value_name efer_aibrse_values[] = {
	{ 0, "DISABLED", "the OS must set IA32_SPEC_CTRL.IBRS itself" },
	{ 1, "ENABLED", "CPL 0 is protected from indirect branch injection without setting IBRS" },
};

static const struct msrkit_field efer_fields[] = {
	{ .name = "SCE", .lsb = 0, .width = 1, .access = MSRKIT_RW, .kind = MSRKIT_KIND_FLAG,
	  .desc = "System call extensions: SYSCALL/SYSRET enable",
	  .values = efer_sce_values, .nvalues = COUNT(efer_sce_values) },
	{ .name = "LME", .lsb = 8, .width = 1, .access = MSRKIT_RW, .kind = MSRKIT_KIND_FLAG,
	  .desc = "Long mode (IA-32e mode) enable",
	  .values = efer_lme_values, .nvalues = COUNT(efer_lme_values) },
	{ .name = "LMA", .lsb = 10, .width = 1, .access = MSRKIT_RO, .kind = MSRKIT_KIND_FLAG,
	  .desc = "Long mode (IA-32e mode) active",
	  .values = efer_lma_values, .nvalues = COUNT(efer_lma_values) },
	{ .name = "NXE", .lsb = 11, .width = 1, .access = MSRKIT_RW, .kind = MSRKIT_KIND_FLAG,
	  .desc = "No-execute (execute-disable) page protection enable",
	  .values = efer_nxe_values, .nvalues = COUNT(efer_nxe_values) },
	{ .name = "SVME", .lsb = 12, .width = 1, .access = MSRKIT_RW, .kind = MSRKIT_KIND_FLAG,
	  .desc = "AMD-defined: secure virtual machine (AMD-V) enable; reserved on Intel",
	  .values = efer_svme_values, .nvalues = COUNT(efer_svme_values) },
	{ .name = "LMSLE", .lsb = 13, .width = 1, .access = MSRKIT_RW, .kind = MSRKIT_KIND_FLAG,
	  .desc = "AMD-defined: long mode segment limit enable (not on newer AMD CPUs); reserved on Intel",
	  .values = efer_lmsle_values, .nvalues = COUNT(efer_lmsle_values) },
	{ .name = "FFXSR", .lsb = 14, .width = 1, .access = MSRKIT_RW, .kind = MSRKIT_KIND_FLAG,
	  .desc = "AMD-defined: fast FXSAVE/FXRSTOR; reserved on Intel",
	  .values = efer_ffxsr_values, .nvalues = COUNT(efer_ffxsr_values) },
	{ .name = "TCE", .lsb = 15, .width = 1, .access = MSRKIT_RW, .kind = MSRKIT_KIND_FLAG,
	  .desc = "AMD-defined: translation cache extension; reserved on Intel",
	  .values = efer_tce_values, .nvalues = COUNT(efer_tce_values) },
	{ .name = "MCOMMIT", .lsb = 17, .width = 1, .access = MSRKIT_RW, .kind = MSRKIT_KIND_FLAG,
	  .desc = "AMD-defined: MCOMMIT instruction enable; reserved on Intel",
	  .values = efer_mcommit_values, .nvalues = COUNT(efer_mcommit_values) },
	{ .name = "INTWB", .lsb = 18, .width = 1, .access = MSRKIT_RW, .kind = MSRKIT_KIND_FLAG,
	  .desc = "AMD-defined: interruptible WBINVD/WBNOINVD enable; reserved on Intel",
	  .values = efer_intwb_values, .nvalues = COUNT(efer_intwb_values) },
	{ .name = "UAIE", .lsb = 20, .width = 1, .access = MSRKIT_RW, .kind = MSRKIT_KIND_FLAG,
	  .desc = "AMD-defined: upper address ignore enable; reserved on Intel",
	  .values = efer_uaie_values, .nvalues = COUNT(efer_uaie_values) },
	{ .name = "AIBRSE", .lsb = 21, .width = 1, .access = MSRKIT_RW, .kind = MSRKIT_KIND_FLAG,
	  .desc = "AMD-defined: automatic IBRS enable (Linux: EFER_AUTOIBRS); reserved on Intel",
	  .values = efer_aibrse_values, .nvalues = COUNT(efer_aibrse_values) },
};

/* ---- 0xC0000081-0xC0000084 SYSCALL ---------------------------------------- */

static const char *const star_aliases[] = { "MSR_STAR", "STAR" };
static const char *const lstar_aliases[] = { "MSR_LSTAR", "LSTAR" };
static const char *const cstar_aliases[] = { "MSR_CSTAR", "CSTAR" };
static const char *const fmask_aliases[] = { "MSR_SYSCALL_MASK", "SFMASK" };

static const struct msrkit_field star_fields[] = {
	{ .name = "SYSCALL_TARGET_EIP", .lsb = 0, .width = 32, .access = MSRKIT_RW, .kind = MSRKIT_KIND_ADDRESS,
	  .desc = "Entry point of SYSCALL in legacy (32-bit) mode, AMD only; unused in long mode" },
	{ .name = "SYSCALL_CS_SS", .lsb = 32, .width = 16, .access = MSRKIT_RW, .kind = MSRKIT_KIND_HEX,
	  .desc = "Selector base SYSCALL loads: kernel CS = this, SS = this + 8" },
	{ .name = "SYSRET_CS_SS", .lsb = 48, .width = 16, .access = MSRKIT_RW, .kind = MSRKIT_KIND_HEX,
	  .desc = "Selector base SYSRET loads, RPL forced to 3: 32-bit CS = this, SS = this + 8, 64-bit CS = this + 16" },
};
static const struct msrkit_field lstar_fields[] = {
	{ .name = "TARGET_RIP", .lsb = 0, .width = 64, .access = MSRKIT_RW, .kind = MSRKIT_KIND_ADDRESS,
	  .desc = "Entry point of SYSCALL from 64-bit mode (the kernel's system-call handler)" },
};
static const struct msrkit_field cstar_fields[] = {
	{ .name = "TARGET_RIP", .lsb = 0, .width = 64, .access = MSRKIT_RW, .kind = MSRKIT_KIND_ADDRESS,
	  .desc = "Entry point of SYSCALL from compatibility mode; only AMD and Hygon use it (Intel keeps it unused)" },
};
static const struct msrkit_field fmask_fields[] = {
	{ .name = "SYSCALL_FLAG_MASK", .lsb = 0, .width = 32, .access = MSRKIT_RW, .kind = MSRKIT_KIND_HEX,
	  .desc = "RFLAGS bits SYSCALL clears in long mode (a set bit here is cleared in RFLAGS)" },
};

/* ---- 0xC0000100-0xC0000103 ------------------------------------------------- */

static const char *const fs_base_aliases[] = { "MSR_FS_BASE", "FS_BASE" };
static const char *const gs_base_aliases[] = { "MSR_GS_BASE", "GS_BASE" };
static const char *const kernel_gs_base_aliases[] = { "MSR_KERNEL_GS_BASE", "KERNEL_GS_BASE" };
static const char *const tsc_aux_aliases[] = { "MSR_TSC_AUX", "TSC_AUX" };

static const struct msrkit_field fs_base_fields[] = {
	{ .name = "BASE", .lsb = 0, .width = 64, .access = MSRKIT_RW, .kind = MSRKIT_KIND_ADDRESS,
	  .desc = "64-bit base address of FS (thread-local storage of user programs on Linux)" },
};
static const struct msrkit_field gs_base_fields[] = {
	{ .name = "BASE", .lsb = 0, .width = 64, .access = MSRKIT_RW, .kind = MSRKIT_KIND_ADDRESS,
	  .desc = "64-bit base address of GS (per-CPU data while the kernel runs)" },
};
static const struct msrkit_field kernel_gs_base_fields[] = {
	{ .name = "BASE", .lsb = 0, .width = 64, .access = MSRKIT_RW, .kind = MSRKIT_KIND_ADDRESS,
	  .desc = "Value SWAPGS exchanges with the GS base" },
};
static const struct msrkit_field tsc_aux_fields[] = {
	{ .name = "AUX", .lsb = 0, .width = 32, .access = MSRKIT_RW, .kind = MSRKIT_KIND_HEX,
	  .desc = "Signature RDTSCP and RDPID return, set by the OS (Linux: node << 12 | CPU number)" },
};

/* ---- the table -------------------------------------------------------------- */

static const struct msrkit_reg arch_regs[] = {
	{
		.address = 0x6, .name = "IA32_MONITOR_FILTER_SIZE",
		.aliases = monitor_filter_size_aliases, .naliases = COUNT(monitor_filter_size_aliases),
		.desc = "System coherence line size for MONITOR/MWAIT (Pentium 4 and Xeon of family 0FH)",
		.access = MSRKIT_RW, .scope = MSRKIT_SCOPE_THREAD, .vendors = MSRKIT_VENDOR_INTEL,
		.cond = cond_monitor, .ncond = COUNT(cond_monitor),
		.ref = SDM_ARCH,
		.fields = monitor_filter_size_fields, .nfields = COUNT(monitor_filter_size_fields),
	},
	{
		.address = 0x10, .name = "IA32_TIME_STAMP_COUNTER",
		.aliases = tsc_aliases, .naliases = COUNT(tsc_aliases),
		.desc = "Time-stamp counter: counts at a fixed rate on invariant-TSC CPUs, read by RDTSC",
		.access = MSRKIT_RW, .scope = MSRKIT_SCOPE_THREAD, .vendors = MSRKIT_VENDOR_ANY,
		.cond = cond_tsc, .ncond = COUNT(cond_tsc), .is_volatile = true,
		.ref = SDM_ARCH,
		.fields = tsc_fields, .nfields = COUNT(tsc_fields),
	},
	{
		.address = 0x17, .name = "IA32_PLATFORM_ID",
		.aliases = platform_id_aliases, .naliases = COUNT(platform_id_aliases),
		.desc = "Platform ID: which processor flag (slot/package type) microcode updates must match",
		.access = MSRKIT_RO, .scope = MSRKIT_SCOPE_PACKAGE, .vendors = MSRKIT_VENDOR_INTEL,
		.ref = SDM_ARCH,
		.fields = platform_id_fields, .nfields = COUNT(platform_id_fields),
	},
	{
		.address = 0x17, .name = "MSR_PLATFORM_ID",
		.aliases = platform_id_model_aliases, .naliases = COUNT(platform_id_model_aliases),
		.desc = "Platform ID: processor flag for microcode updates, and the maximum qualified bus ratio",
		.access = MSRKIT_RO, .scope = MSRKIT_SCOPE_PACKAGE, .vendors = MSRKIT_VENDOR_INTEL,
		MODELS(core_microarch_models), .ref = REF_CORE2,
		.fields = platform_id_ratio_fields, .nfields = COUNT(platform_id_ratio_fields),
	},
	{
		.address = 0x17, .name = "MSR_PLATFORM_ID",
		.aliases = platform_id_model_aliases, .naliases = COUNT(platform_id_model_aliases),
		.desc = "Platform ID: processor flag for microcode updates, and the maximum qualified bus ratio",
		.access = MSRKIT_RO, .scope = MSRKIT_SCOPE_MODULE, .vendors = MSRKIT_VENDOR_INTEL,
		MODELS(atom_from_slm_models), .ref = REF_SLM,
		.fields = platform_id_ratio_fields, .nfields = COUNT(platform_id_ratio_fields),
	},
	{
		.address = 0x1B, .name = "IA32_APIC_BASE",
		.aliases = apic_base_aliases, .naliases = COUNT(apic_base_aliases),
		.desc = "Local APIC base address, enable, x2APIC mode and bootstrap-processor flag",
		.access = MSRKIT_RW, .scope = MSRKIT_SCOPE_THREAD, .vendors = MSRKIT_VENDOR_ANY,
		.cond = cond_apic, .ncond = COUNT(cond_apic),
		.ref = SDM_ARCH,
		.fields = apic_base_fields, .nfields = COUNT(apic_base_fields),
	},
	{
		.address = 0x3A, .name = "IA32_FEATURE_CONTROL",
		.aliases = feature_control_aliases, .naliases = COUNT(feature_control_aliases),
		.desc = "Firmware's opt-in for VMX (VT-x), Intel TXT, SGX and LMCE, frozen by the lock bit",
		.access = MSRKIT_RW, .scope = MSRKIT_SCOPE_THREAD,
		.vendors = MSRKIT_VENDOR_INTEL | MSRKIT_VENDOR_CENTAUR,
		.cond = cond_feature_control, .ncond = COUNT(cond_feature_control), .cond_any = true,
		.ref = SDM_ARCH,
		.fields = feature_control_fields, .nfields = COUNT(feature_control_fields),
	},
	{
		.address = 0x3B, .name = "IA32_TSC_ADJUST",
		.aliases = tsc_adjust_aliases, .naliases = COUNT(tsc_adjust_aliases),
		.desc = "Per-thread offset added to the TSC; lets firmware and the OS resynchronise TSCs",
		.access = MSRKIT_RW, .scope = MSRKIT_SCOPE_THREAD, .vendors = MSRKIT_VENDOR_ANY,
		.cond = cond_tsc_adjust, .ncond = COUNT(cond_tsc_adjust),
		.ref = SDM_ARCH,
		.fields = tsc_adjust_fields, .nfields = COUNT(tsc_adjust_fields),
	},
	{
		.address = 0x79, .name = "IA32_BIOS_UPDT_TRIG",
		.aliases = bios_updt_trig_aliases, .naliases = COUNT(bios_updt_trig_aliases),
		.desc = "Microcode update trigger: WRMSR with the update's address loads it",
		.access = MSRKIT_WO, .scope = MSRKIT_SCOPE_CORE,
		.vendors = MSRKIT_VENDOR_INTEL | MSRKIT_VENDOR_CENTAUR,
		.ref = SDM_ARCH,
		.fields = bios_updt_trig_fields, .nfields = COUNT(bios_updt_trig_fields),
	},
	{
		.address = 0x8B, .name = "IA32_BIOS_SIGN_ID",
		.aliases = bios_sign_id_aliases, .naliases = COUNT(bios_sign_id_aliases),
		.desc = "Microcode update signature: the revision of the loaded microcode",
		.access = MSRKIT_RO, .scope = MSRKIT_SCOPE_THREAD,
		.vendors = MSRKIT_VENDOR_INTEL | MSRKIT_VENDOR_CENTAUR,
		.ref = SDM_ARCH,
		.fields = bios_sign_id_fields, .nfields = COUNT(bios_sign_id_fields),
	},
	{
		.address = 0x9B, .name = "IA32_SMM_MONITOR_CTL",
		.aliases = smm_monitor_ctl_aliases, .naliases = COUNT(smm_monitor_ctl_aliases),
		.desc = "SMM monitor configuration: the SMM-transfer monitor (STM) for dual-monitor SMI handling",
		.access = MSRKIT_RW, .scope = MSRKIT_SCOPE_THREAD, .vendors = MSRKIT_VENDOR_INTEL,
		.cond = cond_vmx_or_smx, .ncond = COUNT(cond_vmx_or_smx), .cond_any = true,
		.ref = SDM_ARCH,
		.fields = smm_monitor_ctl_fields, .nfields = COUNT(smm_monitor_ctl_fields),
	},
	{
		.address = 0x9E, .name = "IA32_SMBASE",
		.aliases = smbase_aliases, .naliases = COUNT(smbase_aliases),
		.desc = "Base address of the logical processor's SMRAM image (readable only in SMM)",
		.access = MSRKIT_RO, .scope = MSRKIT_SCOPE_THREAD, .vendors = MSRKIT_VENDOR_INTEL,
		.cond = cond_smbase, .ncond = COUNT(cond_smbase),
		.ref = SDM_ARCH,
		.fields = smbase_fields, .nfields = COUNT(smbase_fields),
	},
	{
		.address = 0x174, .name = "IA32_SYSENTER_CS",
		.aliases = sysenter_cs_aliases, .naliases = COUNT(sysenter_cs_aliases),
		.desc = "SYSENTER target code segment: the ring-0 CS (and SS) selectors",
		.access = MSRKIT_RW, .scope = MSRKIT_SCOPE_THREAD, .vendors = MSRKIT_VENDOR_ANY,
		.cond = cond_sep, .ncond = COUNT(cond_sep),
		.ref = SDM_ARCH,
		.fields = sysenter_cs_fields, .nfields = COUNT(sysenter_cs_fields),
	},
	{
		.address = 0x175, .name = "IA32_SYSENTER_ESP",
		.aliases = sysenter_esp_aliases, .naliases = COUNT(sysenter_esp_aliases),
		.desc = "SYSENTER target stack pointer",
		.access = MSRKIT_RW, .scope = MSRKIT_SCOPE_THREAD, .vendors = MSRKIT_VENDOR_ANY,
		.cond = cond_sep, .ncond = COUNT(cond_sep),
		.ref = SDM_ARCH,
		.fields = sysenter_esp_fields, .nfields = COUNT(sysenter_esp_fields),
	},
	{
		.address = 0x176, .name = "IA32_SYSENTER_EIP",
		.aliases = sysenter_eip_aliases, .naliases = COUNT(sysenter_eip_aliases),
		.desc = "SYSENTER target instruction pointer",
		.access = MSRKIT_RW, .scope = MSRKIT_SCOPE_THREAD, .vendors = MSRKIT_VENDOR_ANY,
		.cond = cond_sep, .ncond = COUNT(cond_sep),
		.ref = SDM_ARCH,
		.fields = sysenter_eip_fields, .nfields = COUNT(sysenter_eip_fields),
	},
	{
		.address = 0x1A0, .name = "IA32_MISC_ENABLE",
		.aliases = misc_enable_aliases, .naliases = COUNT(misc_enable_aliases),
		.desc = "Miscellaneous feature enables: fast strings, thermal control, SpeedStep, MONITOR, XD, ...",
		.access = MSRKIT_RW, .scope = MSRKIT_SCOPE_THREAD,
		.vendors = MSRKIT_VENDOR_INTEL | MSRKIT_VENDOR_CENTAUR,
		.ref = SDM_ARCH,
		.fields = misc_enable_fields, .nfields = COUNT(misc_enable_fields),
	},
	{
		.address = 0x1A0, .name = "IA32_MISC_ENABLE",
		.aliases = misc_enable_aliases, .naliases = COUNT(misc_enable_aliases),
		.desc = "Miscellaneous feature enables: the architectural ones, cache and bus-lock controls, TM2, prefetch",
		.access = MSRKIT_RW, .scope = MSRKIT_SCOPE_THREAD, .vendors = MSRKIT_VENDOR_INTEL,
		MODELS(p4_models), .ref = REF_P4,
		.fields = misc_enable_p4_fields, .nfields = COUNT(misc_enable_p4_fields),
	},
	{
		.address = 0x1A0, .name = "IA32_MISC_ENABLE",
		.aliases = misc_enable_aliases, .naliases = COUNT(misc_enable_aliases),
		.desc = "Miscellaneous feature enables: the architectural ones and FERR# multiplexing",
		.access = MSRKIT_RW, .scope = MSRKIT_SCOPE_THREAD, .vendors = MSRKIT_VENDOR_INTEL,
		MODELS(pentium_m_models), .ref = REF_PM,
		.fields = misc_enable_pentium_m_fields, .nfields = COUNT(misc_enable_pentium_m_fields),
	},
	{
		.address = 0x1A0, .name = "IA32_MISC_ENABLE",
		.aliases = misc_enable_aliases, .naliases = COUNT(misc_enable_aliases),
		.desc = "Miscellaneous feature enables: the architectural ones, prefetchers, TM2, SpeedStep lock, IDA",
		.access = MSRKIT_RW, .scope = MSRKIT_SCOPE_THREAD, .vendors = MSRKIT_VENDOR_INTEL,
		MODELS(core_microarch_models), .ref = REF_CORE2,
		.fields = misc_enable_core_fields, .nfields = COUNT(misc_enable_core_fields),
	},
	{
		.address = 0x1A0, .name = "IA32_MISC_ENABLE",
		.aliases = misc_enable_aliases, .naliases = COUNT(misc_enable_aliases),
		.desc = "Miscellaneous feature enables: the architectural ones and turbo mode",
		.access = MSRKIT_RW, .scope = MSRKIT_SCOPE_THREAD, .vendors = MSRKIT_VENDOR_INTEL,
		MODELS(nehalem_models), .ref = REF_NHM,
		.fields = misc_enable_turbo_fields, .nfields = COUNT(misc_enable_turbo_fields),
	},
	{
		.address = 0x1A0, .name = "IA32_MISC_ENABLE",
		.aliases = misc_enable_aliases, .naliases = COUNT(misc_enable_aliases),
		.desc = "Miscellaneous feature enables: the architectural ones and turbo mode",
		.access = MSRKIT_RW, .scope = MSRKIT_SCOPE_THREAD, .vendors = MSRKIT_VENDOR_INTEL,
		MODELS(snb_line_models), .ref = REF_SNB,
		.fields = misc_enable_turbo_fields, .nfields = COUNT(misc_enable_turbo_fields),
	},
	{
		.address = 0x1A0, .name = "IA32_MISC_ENABLE",
		.aliases = misc_enable_aliases, .naliases = COUNT(misc_enable_aliases),
		.desc = "Miscellaneous feature enables: the architectural ones and turbo mode",
		.access = MSRKIT_RW, .scope = MSRKIT_SCOPE_CORE, .vendors = MSRKIT_VENDOR_INTEL,
		MODELS(atom_from_slm_models), .ref = REF_SLM,
		.fields = misc_enable_turbo_fields, .nfields = COUNT(misc_enable_turbo_fields),
	},
	{
		.address = 0x1A0, .name = "IA32_MISC_ENABLE",
		.aliases = misc_enable_aliases, .naliases = COUNT(misc_enable_aliases),
		.desc = "Miscellaneous feature enables: the architectural ones and turbo mode",
		.access = MSRKIT_RW, .scope = MSRKIT_SCOPE_THREAD, .vendors = MSRKIT_VENDOR_INTEL,
		MODELS(knights_models), .ref = REF_KNL,
		.fields = misc_enable_turbo_fields, .nfields = COUNT(misc_enable_turbo_fields),
	},
	{
		.address = 0x6E0, .name = "IA32_TSC_DEADLINE",
		.aliases = tsc_deadline_aliases, .naliases = COUNT(tsc_deadline_aliases),
		.desc = "TSC deadline of the local APIC timer in TSC-deadline mode",
		.access = MSRKIT_RW, .scope = MSRKIT_SCOPE_THREAD, .vendors = MSRKIT_VENDOR_ANY,
		.cond = cond_tsc_deadline, .ncond = COUNT(cond_tsc_deadline),
		/* The processor clears it when the deadline passes. */
		.is_volatile = true,
		.ref = SDM_ARCH,
		.fields = tsc_deadline_fields, .nfields = COUNT(tsc_deadline_fields),
	},
	{
		.address = 0xC0000080u, .name = "IA32_EFER",
		.aliases = efer_aliases, .naliases = COUNT(efer_aliases),
		.desc = "Extended feature enables: SYSCALL, long mode, NX; on AMD also SVM and more",
		.access = MSRKIT_RW, .scope = MSRKIT_SCOPE_THREAD, .vendors = MSRKIT_VENDOR_ANY,
		.cond = cond_efer, .ncond = COUNT(cond_efer), .cond_any = true,
		.ref = SDM_ARCH,
		.fields = efer_fields, .nfields = COUNT(efer_fields),
	},
	{
		.address = 0xC0000081u, .name = "IA32_STAR",
		.aliases = star_aliases, .naliases = COUNT(star_aliases),
		.desc = "SYSCALL/SYSRET segment selectors (and the legacy-mode SYSCALL target on AMD)",
		.access = MSRKIT_RW, .scope = MSRKIT_SCOPE_THREAD, .vendors = MSRKIT_VENDOR_ANY,
		.cond = cond_syscall, .ncond = COUNT(cond_syscall), .cond_any = true,
		.ref = SDM_ARCH,
		.fields = star_fields, .nfields = COUNT(star_fields),
	},
	{
		.address = 0xC0000082u, .name = "IA32_LSTAR",
		.aliases = lstar_aliases, .naliases = COUNT(lstar_aliases),
		.desc = "SYSCALL target RIP in 64-bit mode",
		.access = MSRKIT_RW, .scope = MSRKIT_SCOPE_THREAD, .vendors = MSRKIT_VENDOR_ANY,
		.cond = cond_long_mode, .ncond = COUNT(cond_long_mode),
		.ref = SDM_ARCH,
		.fields = lstar_fields, .nfields = COUNT(lstar_fields),
	},
	{
		.address = 0xC0000083u, .name = "IA32_CSTAR",
		.aliases = cstar_aliases, .naliases = COUNT(cstar_aliases),
		.desc = "SYSCALL target RIP in compatibility mode (AMD; not used on Intel)",
		.access = MSRKIT_RW, .scope = MSRKIT_SCOPE_THREAD, .vendors = MSRKIT_VENDOR_ANY,
		.cond = cond_long_mode, .ncond = COUNT(cond_long_mode),
		.ref = SDM_ARCH,
		.fields = cstar_fields, .nfields = COUNT(cstar_fields),
	},
	{
		.address = 0xC0000084u, .name = "IA32_FMASK",
		.aliases = fmask_aliases, .naliases = COUNT(fmask_aliases),
		.desc = "SYSCALL flag mask: RFLAGS bits cleared on SYSCALL in long mode",
		.access = MSRKIT_RW, .scope = MSRKIT_SCOPE_THREAD, .vendors = MSRKIT_VENDOR_ANY,
		.cond = cond_long_mode, .ncond = COUNT(cond_long_mode),
		.ref = SDM_ARCH,
		.fields = fmask_fields, .nfields = COUNT(fmask_fields),
	},
	{
		.address = 0xC0000100u, .name = "IA32_FS_BASE",
		.aliases = fs_base_aliases, .naliases = COUNT(fs_base_aliases),
		.desc = "FS segment base in 64-bit mode",
		.access = MSRKIT_RW, .scope = MSRKIT_SCOPE_THREAD, .vendors = MSRKIT_VENDOR_ANY,
		.cond = cond_long_mode, .ncond = COUNT(cond_long_mode),
		.ref = SDM_ARCH,
		.fields = fs_base_fields, .nfields = COUNT(fs_base_fields),
	},
	{
		.address = 0xC0000101u, .name = "IA32_GS_BASE",
		.aliases = gs_base_aliases, .naliases = COUNT(gs_base_aliases),
		.desc = "GS segment base in 64-bit mode",
		.access = MSRKIT_RW, .scope = MSRKIT_SCOPE_THREAD, .vendors = MSRKIT_VENDOR_ANY,
		.cond = cond_long_mode, .ncond = COUNT(cond_long_mode),
		.ref = SDM_ARCH,
		.fields = gs_base_fields, .nfields = COUNT(gs_base_fields),
	},
	{
		.address = 0xC0000102u, .name = "IA32_KERNEL_GS_BASE",
		.aliases = kernel_gs_base_aliases, .naliases = COUNT(kernel_gs_base_aliases),
		.desc = "GS base that SWAPGS swaps in (the other side's GS base)",
		.access = MSRKIT_RW, .scope = MSRKIT_SCOPE_THREAD, .vendors = MSRKIT_VENDOR_ANY,
		.cond = cond_long_mode, .ncond = COUNT(cond_long_mode),
		.ref = SDM_ARCH,
		.fields = kernel_gs_base_fields, .nfields = COUNT(kernel_gs_base_fields),
	},
	{
		.address = 0xC0000103u, .name = "IA32_TSC_AUX",
		.aliases = tsc_aux_aliases, .naliases = COUNT(tsc_aux_aliases),
		.desc = "Auxiliary TSC signature returned by RDTSCP and RDPID",
		.access = MSRKIT_RW, .scope = MSRKIT_SCOPE_THREAD, .vendors = MSRKIT_VENDOR_ANY,
		.cond = cond_tsc_aux, .ncond = COUNT(cond_tsc_aux), .cond_any = true,
		.ref = SDM_ARCH,
		.fields = tsc_aux_fields, .nfields = COUNT(tsc_aux_fields),
	},
};

const struct msrkit_reg_table msrkit_table_arch = {
	.family = "arch",
	.regs = arch_regs,
	.count = COUNT(arch_regs),
};

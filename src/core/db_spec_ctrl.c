/* SPDX-License-Identifier: MIT */
/*
 * Speculation control and the registers that enumerate or steer mitigations:
 * IA32_SPEC_CTRL, IA32_PRED_CMD, IA32_ARCH_CAPABILITIES, IA32_FLUSH_CMD,
 * IA32_TSX_CTRL, IA32_MCU_OPT_CTRL, IA32_XAPIC_DISABLE_STATUS and
 * IA32_UARCH_MISC_CTL. AMD's VIRT_SPEC_CTRL lives with the AMD tables.
 *
 * Several registers exist only when an IA32_ARCH_CAPABILITIES bit says so;
 * those conditions are MSR conditions on 0x10A.
 */
#include "tables.h"

#define COUNT_OF(a) (sizeof(a) / sizeof((a)[0]))
#define ALIASES(a) .aliases = (a), .naliases = COUNT_OF(a)
#define CONDS(c) .cond = (c), .ncond = COUNT_OF(c)
#define FIELDS(f) .fields = (f), .nfields = COUNT_OF(f)

#define SDM_ARCH_MSRS { .doc = "Intel SDM Vol. 4", .section = "2.1", .title = "Architectural MSRs" }

/* A one-bit field of a read/write or read-only register. */
#define BIT_FIELD(bit, nm, d) \
	{ .name = (nm), .lsb = (bit), .width = 1, .kind = MSRKIT_KIND_FLAG, .desc = (d) }

#define CPUID7_EDX(bit, txt) \
	{ .kind = MSRKIT_COND_CPUID, .leaf = 7, .subleaf = 0, .reg = MSRKIT_EDX, .lsb = (bit), .text = (txt) }
#define EXT8_EBX(bit, txt) \
	{ .kind = MSRKIT_COND_CPUID, .leaf = 0x80000008u, .reg = MSRKIT_EBX, .lsb = (bit), .text = (txt) }
#define ARCH_CAP_BIT(bit, txt) \
	{ .kind = MSRKIT_COND_MSR, .leaf = 0x10A, .lsb = (bit), .text = (txt) }

/* ---- IA32_SPEC_CTRL (0x48) ---- */

static const char *const spec_ctrl_aliases[] = { "MSR_IA32_SPEC_CTRL", "SPEC_CTRL" };

/* Intel enumerates through CPUID.7.0:EDX, AMD and Hygon through 80000008H:EBX. */
static const struct msrkit_cond spec_ctrl_cond[] = {
	CPUID7_EDX(26, "CPUID.(EAX=07H,ECX=0):EDX[26]"),
	CPUID7_EDX(27, "CPUID.(EAX=07H,ECX=0):EDX[27]"),
	CPUID7_EDX(31, "CPUID.(EAX=07H,ECX=0):EDX[31]"),
	EXT8_EBX(14, "CPUID.80000008H:EBX[14]"),
	EXT8_EBX(15, "CPUID.80000008H:EBX[15]"),
	EXT8_EBX(24, "CPUID.80000008H:EBX[24]"),
};

static const struct msrkit_field spec_ctrl_fields[] = {
	BIT_FIELD(0, "IBRS", "Indirect Branch Restricted Speculation: less privileged code cannot steer indirect branch predictions"),
	BIT_FIELD(1, "STIBP", "Single Thread Indirect Branch Predictors: sibling threads cannot steer this thread's indirect branch predictions"),
	BIT_FIELD(2, "SSBD", "Speculative Store Bypass Disable: loads wait until older store addresses are known"),
	BIT_FIELD(3, "IPRED_DIS_U", "Intel: indirect branch predictions at CPL 3 use only targets seen at CPL 3 (CPUID.(EAX=07H,ECX=2):EDX[1])"),
	BIT_FIELD(4, "IPRED_DIS_S", "Intel: indirect branch predictions at CPL 0-2 use only targets seen at CPL 0-2 (CPUID.(EAX=07H,ECX=2):EDX[1])"),
	BIT_FIELD(5, "RRSBA_DIS_U", "Intel: RET at CPL 3 does not use alternate predictors when the RSB is empty (CPUID.(EAX=07H,ECX=2):EDX[2])"),
	BIT_FIELD(6, "RRSBA_DIS_S", "Intel: RET at CPL 0-2 does not use alternate predictors when the RSB is empty (CPUID.(EAX=07H,ECX=2):EDX[2])"),
	BIT_FIELD(7, "PSFD", "Predictive Store Forwarding Disable (Intel CPUID.(EAX=07H,ECX=2):EDX[0], AMD CPUID.80000008H:EBX[28])"),
	BIT_FIELD(8, "DDPD_U", "Intel: Data Dependent Prefetcher disabled at CPL 3 (CPUID.(EAX=07H,ECX=2):EDX[3])"),
	BIT_FIELD(10, "BHI_DIS_S", "Intel: branch history from CPL 3 is not used to predict indirect branches at CPL 0-2 (CPUID.(EAX=07H,ECX=2):EDX[4])"),
};

/* ---- IA32_PRED_CMD (0x49) ---- */

static const char *const pred_cmd_aliases[] = { "MSR_IA32_PRED_CMD", "PRED_CMD", "IA32_PREDICT_CMD" };

static const struct msrkit_cond pred_cmd_cond[] = {
	CPUID7_EDX(26, "CPUID.(EAX=07H,ECX=0):EDX[26]"),
	EXT8_EBX(12, "CPUID.80000008H:EBX[12]"),
};

static const struct msrkit_field pred_cmd_fields[] = {
	{ .name = "IBPB", .lsb = 0, .width = 1, .access = MSRKIT_WO, .kind = MSRKIT_KIND_FLAG,
	  .desc = "Writing 1 issues an Indirect Branch Prediction Barrier" },
	{ .name = "SBPB", .lsb = 7, .width = 1, .access = MSRKIT_WO, .kind = MSRKIT_KIND_FLAG,
	  .desc = "AMD: writing 1 issues a Selective Branch Prediction Barrier (CPUID.80000021H:EAX[27])" },
};

/* ---- IA32_ARCH_CAPABILITIES (0x10A) ---- */

static const char *const arch_cap_aliases[] = { "MSR_IA32_ARCH_CAPABILITIES", "ARCH_CAPABILITIES", "MSR_ARCH_CAPS" };

static const struct msrkit_cond arch_cap_cond[] = {
	CPUID7_EDX(29, "CPUID.(EAX=07H,ECX=0):EDX[29]"),
};

static const struct msrkit_field arch_cap_fields[] = {
	BIT_FIELD(0, "RDCL_NO", "Not susceptible to Rogue Data Cache Load (Meltdown)"),
	BIT_FIELD(1, "IBRS_ALL", "Enhanced IBRS: IBRS may stay set all the time"),
	BIT_FIELD(2, "RSBA", "RET may use alternate predictors when the RSB is empty (affects retpoline)"),
	BIT_FIELD(3, "SKIP_L1DFL_VMENTRY", "A hypervisor need not flush the L1D on VM entry"),
	BIT_FIELD(4, "SSB_NO", "Not susceptible to Speculative Store Bypass"),
	BIT_FIELD(5, "MDS_NO", "Not susceptible to Microarchitectural Data Sampling"),
	BIT_FIELD(6, "IF_PSCHANGE_MC_NO", "No machine check when a code page size changes without TLB invalidation"),
	BIT_FIELD(7, "TSX_CTRL", "IA32_TSX_CTRL (MSR 122H) is present"),
	BIT_FIELD(8, "TAA_NO", "Not susceptible to TSX Asynchronous Abort"),
	BIT_FIELD(9, "MCU_CONTROL", "IA32_MCU_CONTROL is present"),
	BIT_FIELD(10, "MISC_PACKAGE_CTLS", "IA32_MISC_PACKAGE_CTLS (MSR BCH) is present"),
	BIT_FIELD(11, "ENERGY_FILTERING_CTL", "IA32_MISC_PACKAGE_CTLS[0] (ENERGY_FILTERING_ENABLE) is supported"),
	BIT_FIELD(12, "DOITM", "Data Operand Independent Timing Mode is supported (IA32_UARCH_MISC_CTL[0])"),
	BIT_FIELD(13, "SBDR_SSDP_NO", "Not affected by Shared Buffers Data Read or Sideband Stale Data Propagator"),
	BIT_FIELD(14, "FBSDP_NO", "Not affected by Fill Buffer Stale Data Propagator"),
	BIT_FIELD(15, "PSDP_NO", "Not affected by Primary Stale Data Propagator"),
	BIT_FIELD(16, "MCU_ENUMERATION", "IA32_MCU_ENUMERATION and IA32_MCU_STATUS (MSRs 7BH, 7CH) are present"),
	BIT_FIELD(17, "FB_CLEAR", "VERW overwrites fill buffers (MD_CLEAR); L1D_FLUSH does not"),
	BIT_FIELD(18, "FB_CLEAR_CTRL", "IA32_MCU_OPT_CTRL[3] (FB_CLEAR_DIS) is supported"),
	BIT_FIELD(19, "RRSBA", "RET may use alternate predictors unless RRSBA_DIS_U/RRSBA_DIS_S is set"),
	BIT_FIELD(20, "BHI_NO", "Not affected by Branch History Injection, whatever IA32_SPEC_CTRL[BHI_DIS_S]"),
	BIT_FIELD(21, "XAPIC_DISABLE_STATUS", "IA32_XAPIC_DISABLE_STATUS (MSR BDH) is present"),
	BIT_FIELD(22, "MCU_EXTENDED_SERVICE", "Microcode extended servicing is supported (IA32_MCU_EXT_SERVICE)"),
	BIT_FIELD(23, "OVERCLOCKING_STATUS", "IA32_OVERCLOCKING_STATUS (MSR 195H) is present"),
	BIT_FIELD(24, "PBRSB_NO", "Not affected by Post-Barrier Return Stack Buffer predictions"),
	BIT_FIELD(25, "GDS_CTRL", "IA32_MCU_OPT_CTRL[4] (GDS_MITG_DIS) and [5] (GDS_MITG_LOCK) are supported"),
	BIT_FIELD(26, "GDS_NO", "Not affected by Gather Data Sampling"),
	BIT_FIELD(27, "RFDS_NO", "Not affected by Register File Data Sampling"),
	BIT_FIELD(28, "RFDS_CLEAR", "Affected by Register File Data Sampling; VERW clears the affected register files"),
	BIT_FIELD(29, "IGN_UMONITOR_SUPPORT", "IA32_MCU_OPT_CTRL[6] (IGN_UMONITOR) is supported"),
	BIT_FIELD(30, "MON_UMON_MITG_SUPPORT", "IA32_MCU_OPT_CTRL[7] (MON_UMON_MITG) is supported"),
	BIT_FIELD(32, "PBOPT_SUPPORT", "IA32_PBOPT_CTRL[0] (prediction barrier option) is supported"),
	BIT_FIELD(62, "ITS_NO", "Set by a hypervisor: not affected by Indirect Target Selection"),
	BIT_FIELD(63, "MSR_VIRTUAL_ENUMERATION_SUPPORTED", "MSR_VIRTUAL_ENUMERATION is supported"),
};

/* ---- IA32_FLUSH_CMD (0x10B) ---- */

static const char *const flush_cmd_aliases[] = { "MSR_IA32_FLUSH_CMD", "FLUSH_CMD" };

static const struct msrkit_cond flush_cmd_cond[] = {
	CPUID7_EDX(28, "CPUID.(EAX=07H,ECX=0):EDX[28]"),
};

static const struct msrkit_field flush_cmd_fields[] = {
	{ .name = "L1D_FLUSH", .lsb = 0, .width = 1, .access = MSRKIT_WO, .kind = MSRKIT_KIND_FLAG,
	  .desc = "Writing 1 writes back and invalidates the L1 data cache" },
};

/* ---- IA32_TSX_CTRL (0x122) ---- */

static const char *const tsx_ctrl_aliases[] = { "MSR_IA32_TSX_CTRL", "TSX_CTRL" };

static const struct msrkit_cond tsx_ctrl_cond[] = {
	ARCH_CAP_BIT(7, "IA32_ARCH_CAPABILITIES[7]"),
};

static const struct msrkit_field tsx_ctrl_fields[] = {
	BIT_FIELD(0, "RTM_DISABLE", "XBEGIN always aborts with EAX = 0"),
	BIT_FIELD(1, "TSX_CPUID_CLEAR", "CPUID.07H:EBX reports RTM (bit 11) and HLE (bit 4) as 0"),
};

/* ---- IA32_MCU_OPT_CTRL (0x123) ---- */

static const char *const mcu_opt_ctrl_aliases[] = { "MSR_IA32_MCU_OPT_CTRL", "MCU_OPT_CTRL" };

/* The register exists when any of its bits is enumerated. */
static const struct msrkit_cond mcu_opt_ctrl_cond[] = {
	CPUID7_EDX(9, "CPUID.(EAX=07H,ECX=0):EDX[9]"),
	ARCH_CAP_BIT(18, "IA32_ARCH_CAPABILITIES[18]"),
	ARCH_CAP_BIT(25, "IA32_ARCH_CAPABILITIES[25]"),
	ARCH_CAP_BIT(29, "IA32_ARCH_CAPABILITIES[29]"),
	ARCH_CAP_BIT(30, "IA32_ARCH_CAPABILITIES[30]"),
};

static const struct msrkit_field mcu_opt_ctrl_fields[] = {
	BIT_FIELD(0, "RNGDS_MITG_DIS", "RDRAND/RDSEED skip the SRBDS mitigation (CPUID.(EAX=07H,ECX=0):EDX[9])"),
	BIT_FIELD(1, "RTM_ALLOW", "RTM may be enabled through IA32_TSX_CTRL (CPUID.(EAX=07H,ECX=0):EDX[11])"),
	{ .name = "RTM_LOCKED", .lsb = 2, .width = 1, .access = MSRKIT_RO, .kind = MSRKIT_KIND_FLAG,
	  .desc = "RTM_ALLOW is locked at 0" },
	BIT_FIELD(3, "FB_CLEAR_DIS", "VERW does not clear fill buffers (IA32_ARCH_CAPABILITIES[18])"),
	BIT_FIELD(4, "GDS_MITG_DIS", "Gather Data Sampling mitigation disabled on this core (IA32_ARCH_CAPABILITIES[25])"),
	{ .name = "GDS_MITG_LOCK", .lsb = 5, .width = 1, .access = MSRKIT_RWO, .kind = MSRKIT_KIND_FLAG,
	  .desc = "GDS_MITG_DIS is locked until reset (IA32_ARCH_CAPABILITIES[25])" },
	BIT_FIELD(6, "IGN_UMONITOR", "UMONITOR is ignored and UMWAIT fails (IA32_ARCH_CAPABILITIES[29])"),
	BIT_FIELD(7, "MON_UMON_MITG", "MONITOR/UMONITOR mitigation enabled; may affect sibling threads (IA32_ARCH_CAPABILITIES[30])"),
};

/* ---- IA32_XAPIC_DISABLE_STATUS (0xBD) ---- */

static const char *const xapic_disable_aliases[] = { "MSR_IA32_XAPIC_DISABLE_STATUS" };

static const struct msrkit_cond xapic_disable_cond[] = {
	ARCH_CAP_BIT(21, "IA32_ARCH_CAPABILITIES[21]"),
};

static const struct msrkit_field xapic_disable_fields[] = {
	BIT_FIELD(0, "LEGACY_XAPIC_DISABLED", "Legacy xAPIC mode is disabled: the APIC is locked in x2APIC mode"),
};

/* ---- IA32_UARCH_MISC_CTL (0x1B01) ---- */

static const char *const uarch_misc_aliases[] = { "MSR_IA32_UARCH_MISC_CTL", "MSR_UARCH_MISC_CTRL" };

static const struct msrkit_cond uarch_misc_cond[] = {
	ARCH_CAP_BIT(12, "IA32_ARCH_CAPABILITIES[12]"),
};

static const struct msrkit_field uarch_misc_fields[] = {
	BIT_FIELD(0, "DOITM", "Data Operand Independent Timing Mode: data-independent instructions take data-independent time"),
};

static const struct msrkit_reg spec_ctrl_regs[] = {
	{
		.address = 0x48, .name = "IA32_SPEC_CTRL", ALIASES(spec_ctrl_aliases),
		.desc = "Speculation control: indirect branch, store bypass and predictor restrictions",
		.access = MSRKIT_RW, .scope = MSRKIT_SCOPE_THREAD,
		.vendors = MSRKIT_VENDOR_INTEL | MSRKIT_VENDOR_AMD | MSRKIT_VENDOR_HYGON | MSRKIT_VENDOR_CENTAUR,
		CONDS(spec_ctrl_cond), .cond_any = true,
		.ref = SDM_ARCH_MSRS, FIELDS(spec_ctrl_fields),
	},
	{
		.address = 0x49, .name = "IA32_PRED_CMD", ALIASES(pred_cmd_aliases),
		.desc = "Prediction command: writing a bit issues a branch prediction barrier",
		.access = MSRKIT_WO, .scope = MSRKIT_SCOPE_THREAD,
		.vendors = MSRKIT_VENDOR_INTEL | MSRKIT_VENDOR_AMD | MSRKIT_VENDOR_HYGON | MSRKIT_VENDOR_CENTAUR,
		CONDS(pred_cmd_cond), .cond_any = true,
		.ref = SDM_ARCH_MSRS, FIELDS(pred_cmd_fields),
	},
	{
		.address = 0xBD, .name = "IA32_XAPIC_DISABLE_STATUS", ALIASES(xapic_disable_aliases),
		.desc = "Whether legacy xAPIC mode is disabled and the APIC locked in x2APIC mode",
		.access = MSRKIT_RO, .scope = MSRKIT_SCOPE_THREAD, .vendors = MSRKIT_VENDOR_INTEL,
		CONDS(xapic_disable_cond),
		.ref = SDM_ARCH_MSRS, FIELDS(xapic_disable_fields),
	},
	{
		.address = 0x10A, .name = "IA32_ARCH_CAPABILITIES", ALIASES(arch_cap_aliases),
		.desc = "Enumerates vulnerabilities the processor is not affected by and mitigation controls it has",
		.access = MSRKIT_RO, .scope = MSRKIT_SCOPE_THREAD,
		.vendors = MSRKIT_VENDOR_INTEL | MSRKIT_VENDOR_CENTAUR,
		CONDS(arch_cap_cond),
		.ref = SDM_ARCH_MSRS, FIELDS(arch_cap_fields),
	},
	{
		.address = 0x10B, .name = "IA32_FLUSH_CMD", ALIASES(flush_cmd_aliases),
		.desc = "Flush command: writing a bit invalidates a structure (the L1 data cache)",
		.access = MSRKIT_WO, .scope = MSRKIT_SCOPE_THREAD,
		.vendors = MSRKIT_VENDOR_INTEL | MSRKIT_VENDOR_AMD | MSRKIT_VENDOR_HYGON | MSRKIT_VENDOR_CENTAUR,
		CONDS(flush_cmd_cond),
		.ref = SDM_ARCH_MSRS, FIELDS(flush_cmd_fields),
	},
	{
		.address = 0x122, .name = "IA32_TSX_CTRL", ALIASES(tsx_ctrl_aliases),
		.desc = "Disables RTM and hides TSX from CPUID",
		.access = MSRKIT_RW, .scope = MSRKIT_SCOPE_THREAD, .vendors = MSRKIT_VENDOR_INTEL,
		CONDS(tsx_ctrl_cond),
		.ref = SDM_ARCH_MSRS, FIELDS(tsx_ctrl_fields),
	},
	{
		.address = 0x123, .name = "IA32_MCU_OPT_CTRL", ALIASES(mcu_opt_ctrl_aliases),
		.desc = "Microcode update option control: opts out of (or into) microcode mitigations",
		.access = MSRKIT_RW, .scope = MSRKIT_SCOPE_THREAD, .vendors = MSRKIT_VENDOR_INTEL,
		CONDS(mcu_opt_ctrl_cond), .cond_any = true,
		.ref = SDM_ARCH_MSRS, FIELDS(mcu_opt_ctrl_fields),
	},
	{
		.address = 0x1B01, .name = "IA32_UARCH_MISC_CTL", ALIASES(uarch_misc_aliases),
		.desc = "Microarchitectural control: Data Operand Independent Timing Mode",
		.access = MSRKIT_RW, .scope = MSRKIT_SCOPE_THREAD, .vendors = MSRKIT_VENDOR_INTEL,
		CONDS(uarch_misc_cond),
		.ref = SDM_ARCH_MSRS, FIELDS(uarch_misc_fields),
	},
};

const struct msrkit_reg_table msrkit_table_spec_ctrl = {
	.family = "spec_ctrl",
	.regs = spec_ctrl_regs,
	.count = COUNT_OF(spec_ctrl_regs),
};

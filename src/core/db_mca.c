/* SPDX-License-Identifier: MIT */
/*
 * Machine check architecture: the global registers (MCG_*), the legacy
 * error-reporting banks at 400H (CTL, STATUS, ADDR, MISC, four registers per
 * bank) and the CMCI controls (MCi_CTL2 at 280H). The legacy banks are the
 * same addresses on Intel, AMD, Hygon and Zhaoxin; where AMD gives bits
 * another meaning the field descriptions say so (AMD's extended MCAX banks at
 * C000_2000H are another table). Sources: Intel SDM Vol. 4 Table 2-2 and
 * Vol. 3B Machine-Check Architecture, AMD APM Vol. 2 Machine Check
 * Architecture; Linux msr-index.h / mce.h names are aliases.
 */
#include "tables.h"

#define FLAG(nm, bit, acc, text) \
	{ .name = nm, .lsb = bit, .width = 1, .access = acc, .kind = MSRKIT_KIND_FLAG, .desc = text }

#define N(a) (sizeof(a) / sizeof((a)[0]))

#define REF_ARCH { "Intel SDM Vol. 4", "2.1", "Architectural MSRs" }

/* Processors with the machine check architecture report banks in legacy
 * MSRs: Intel, AMD, Hygon and Zhaoxin (Centaur). */
#define VENDORS_MCA \
	(MSRKIT_VENDOR_INTEL | MSRKIT_VENDOR_AMD | MSRKIT_VENDOR_HYGON | MSRKIT_VENDOR_CENTAUR)

/* ---- applicability ---- */

static const struct msrkit_cond cond_mca[] = {
	{ .kind = MSRKIT_COND_CPUID, .leaf = 0x01, .reg = MSRKIT_EDX, .lsb = 14,
	  .text = "CPUID.01H:EDX[14] (MCA)" },
};

/* Bank families: instance n needs IA32_MCG_CAP.COUNT > n; a definition can
 * only say that some bank exists. */
static const struct msrkit_cond cond_banks[] = {
	{ .kind = MSRKIT_COND_CPUID, .leaf = 0x01, .reg = MSRKIT_EDX, .lsb = 14,
	  .text = "CPUID.01H:EDX[14] (MCA)" },
	{ .kind = MSRKIT_COND_MSR, .leaf = 0x179, .lsb = 0, .width = 8, .min = 1,
	  .text = "IA32_MCG_CAP.COUNT[7:0] > 0" },
};

static const struct msrkit_cond cond_mcg_ctl[] = {
	{ .kind = MSRKIT_COND_MSR, .leaf = 0x179, .lsb = 8,
	  .text = "IA32_MCG_CAP.MCG_CTL_P[8] = 1" },
};

static const struct msrkit_cond cond_cmci[] = {
	{ .kind = MSRKIT_COND_MSR, .leaf = 0x179, .lsb = 10,
	  .text = "IA32_MCG_CAP.MCG_CMCI_P[10] = 1" },
};

static const struct msrkit_cond cond_lmce[] = {
	{ .kind = MSRKIT_COND_MSR, .leaf = 0x179, .lsb = 27,
	  .text = "IA32_MCG_CAP.MCG_LMCE_P[27] = 1" },
};

/* ---- Pentium registers ---- */

static const struct msrkit_field p5_mc_addr_fields[] = {
	{ .name = "ADDRESS", .lsb = 0, .width = 64, .access = MSRKIT_RO, .kind = MSRKIT_KIND_HEX,
	  .desc = "Physical address of the cycle that caused the machine-check exception (Pentium)" },
};

static const struct msrkit_field p5_mc_type_fields[] = {
	{ .name = "TYPE", .lsb = 0, .width = 64, .access = MSRKIT_RO, .kind = MSRKIT_KIND_HEX,
	  .desc = "Type of the cycle that caused the machine-check exception (Pentium; bit 4 CHK says the register is valid)" },
};

static const char *const p5_mc_addr_aliases[] = { "MSR_IA32_P5_MC_ADDR", "P5_MC_ADDR" };
static const char *const p5_mc_type_aliases[] = { "MSR_IA32_P5_MC_TYPE", "P5_MC_TYPE" };

/* ---- global registers ---- */

static const struct msrkit_field mcg_cap_fields[] = {
	{ .name = "COUNT", .lsb = 0, .width = 8, .access = MSRKIT_RO, .kind = MSRKIT_KIND_NUMBER,
	  .unit = MSRKIT_UNIT_COUNT, .desc = "Number of error-reporting banks (IA32_MCi_* with i below it)" },
	FLAG("MCG_CTL_P", 8, MSRKIT_RO, "IA32_MCG_CTL is present"),
	FLAG("MCG_EXT_P", 9, MSRKIT_RO, "Extended machine-check state registers from 180H are present (Pentium 4)"),
	FLAG("MCG_CMCI_P", 10, MSRKIT_RO, "Corrected machine-check interrupts (CMCI) and IA32_MCi_CTL2 are supported"),
	FLAG("MCG_TES_P", 11, MSRKIT_RO, "IA32_MCi_STATUS bits 56:53 are architectural (threshold-based error status)"),
	FLAG("MCG_SEAM_NR", 12, MSRKIT_RO, "IA32_MCG_STATUS.SEAM_NR reports machine checks in SEAM non-root mode (Intel TDX)"),
	{ .name = "MCG_EXT_CNT", .lsb = 16, .width = 8, .access = MSRKIT_RO, .kind = MSRKIT_KIND_NUMBER,
	  .unit = MSRKIT_UNIT_COUNT, .desc = "Number of extended machine-check state registers (when MCG_EXT_P)" },
	FLAG("MCG_SER_P", 24, MSRKIT_RO, "Software error recovery: uncorrected recoverable errors, IA32_MCi_STATUS S and AR flags"),
	FLAG("MCG_EMC_P", 25, MSRKIT_RO, "Enhanced machine check capability: firmware-first error signaling"),
	FLAG("MCG_ELOG_P", 26, MSRKIT_RO, "Extended error logging: firmware may add ACPI Generic Error Data Entries"),
	FLAG("MCG_LMCE_P", 27, MSRKIT_RO, "Local machine check exceptions: IA32_MCG_EXT_CTL and IA32_MCG_STATUS.LMCE_S"),
};

static const char *const mcg_cap_aliases[] = { "MSR_IA32_MCG_CAP", "MCG_CAP" };

static const struct msrkit_field mcg_status_fields[] = {
	FLAG("RIPV", 0, MSRKIT_RW0C, "Restart IP valid: execution can resume at the IP saved by the exception"),
	FLAG("EIPV", 1, MSRKIT_RW0C, "Error IP valid: the saved IP is the instruction associated with the error"),
	FLAG("MCIP", 2, MSRKIT_RW0C, "Machine check in progress: another machine check now shuts the processor down"),
	FLAG("LMCE_S", 3, MSRKIT_RW0C, "The machine check was signaled to this logical processor only (MCG_LMCE_P)"),
	FLAG("SEAM_NR", 12, MSRKIT_RW0C, "The machine check happened in SEAM non-root mode, inside an Intel TDX guest (MCG_SEAM_NR)"),
};

static const char *const mcg_status_aliases[] = { "MSR_IA32_MCG_STATUS", "MCG_STATUS" };

static const struct msrkit_field mcg_ctl_fields[] = {
	{ .name = "ENABLE_MASK", .lsb = 0, .width = 64, .access = MSRKIT_RW, .kind = MSRKIT_KIND_HEX,
	  .desc = "All ones enables machine-check features, all zeros disables them; other values are model-specific "
		  "(AMD: bit i enables bank i)" },
};

static const char *const mcg_ctl_aliases[] = { "MSR_IA32_MCG_CTL", "MCG_CTL" };

static const struct msrkit_field mcg_ext_ctl_fields[] = {
	FLAG("LMCE_EN", 0, MSRKIT_RW, "Local machine checks may be delivered to only this logical processor (also needs IA32_FEATURE_CONTROL.LMCE_ON)"),
};

static const char *const mcg_ext_ctl_aliases[] = { "MSR_IA32_MCG_EXT_CTL" };

/* ---- banks ---- */

static const struct msrkit_field mc_ctl2_fields[] = {
	{ .name = "CORRECTED_ERROR_COUNT_THRESHOLD", .lsb = 0, .width = 15, .access = MSRKIT_RW,
	  .kind = MSRKIT_KIND_NUMBER, .unit = MSRKIT_UNIT_COUNT,
	  .desc = "Raise a CMCI when the bank's corrected error count reaches this value" },
	FLAG("CMCI_EN", 30, MSRKIT_RW, "Signal corrected errors of this bank with a CMCI (stays 0 if the bank cannot)"),
};

static const char *const mc_ctl2_aliases[] = { "MSR_IA32_MC{n}_CTL2", "MC{n}_CTL2" };

static const struct msrkit_field mc_ctl_fields[] = {
	{ .name = "EE", .lsb = 0, .width = 64, .access = MSRKIT_RW, .kind = MSRKIT_KIND_HEX,
	  .desc = "Error reporting enables: bit j enables reporting of error type j of this bank (meanings are model-specific)" },
};

static const char *const mc_ctl_aliases[] = { "MSR_IA32_MC{n}_CTL", "MC{n}_CTL" };

static const struct msrkit_value_name threshold_status_values[] = {
	{ 0, "NO_TRACKING", "no hardware status tracking for the structure that reported the error" },
	{ 1, "GREEN", "status tracking: below the threshold" },
	{ 2, "YELLOW", "status tracking: above the threshold, consider preventive action" },
};

/* The simple error codes; compound codes (cache, TLB, bus, memory
 * controller) are shown in hexadecimal. */
static const struct msrkit_value_name simple_error_codes[] = {
	{ 0x0000, "NO_ERROR", "no error has been reported to this bank" },
	{ 0x0001, "UNCLASSIFIED", "unclassified error" },
	{ 0x0002, "MICROCODE_ROM_PARITY", "parity error in the internal microcode ROM" },
	{ 0x0003, "EXTERNAL", "external error: BINIT# asserted by another processor" },
	{ 0x0004, "FRC", "functional redundancy check master/slave error" },
	{ 0x0005, "INTERNAL_PARITY", "internal parity error" },
	{ 0x0006, "SMM_HANDLER_CODE_ACCESS_VIOLATION", "SMM handler code fetched from outside SMRR" },
	{ 0x0400, "INTERNAL_TIMER", "processor internal timer error (an internal timeout)" },
	{ 0x0E0B, "IO", "generic I/O error" },
};

static const struct msrkit_field mc_status_fields[] = {
	{ .name = "MCA_ERROR_CODE", .lsb = 0, .width = 16, .access = MSRKIT_RW0C, .kind = MSRKIT_KIND_HEX,
	  .desc = "Architectural error code (simple or compound: SDM Vol. 3B Interpreting the MCA Error Codes; AMD: ErrorCode)",
	  .values = simple_error_codes, .nvalues = N(simple_error_codes) },
	{ .name = "MODEL_SPECIFIC_ERROR_CODE", .lsb = 16, .width = 16, .access = MSRKIT_RW0C, .kind = MSRKIT_KIND_HEX,
	  .desc = "Model-specific error code (AMD: ErrorCodeExt in bits 21:16, and AddrLsb in bits 29:24 before Zen)" },
	{ .name = "OTHER_INFORMATION", .lsb = 32, .width = 6, .access = MSRKIT_RW0C, .kind = MSRKIT_KIND_HEX,
	  .desc = "Model-specific information; Intel bit 37 marks status updated by firmware (AMD: ErrCoreId)" },
	{ .name = "CORRECTED_ERROR_COUNT", .lsb = 38, .width = 15, .access = MSRKIT_RW0C, .kind = MSRKIT_KIND_NUMBER,
	  .unit = MSRKIT_UNIT_COUNT,
	  .desc = "Corrected errors seen by the bank, bit 52 a sticky overflow (Intel MCG_CMCI_P; AMD uses bits 53:40 "
		  "for SyndV 53, CECC 46, UECC 45, Deferred 44, Poison 43, Scrub 40)" },
	{ .name = "THRESHOLD_BASED_ERROR_STATUS", .lsb = 53, .width = 2, .access = MSRKIT_RW0C, .kind = MSRKIT_KIND_ENUM,
	  .desc = "Health of the reporting structure for corrected errors (Intel MCG_TES_P and UC = 0)",
	  .values = threshold_status_values, .nvalues = N(threshold_status_values) },
	FLAG("AR", 55, MSRKIT_RW0C, "Action required: software must act on this uncorrected error before resuming (Intel MCG_SER_P; AMD: TCC, task context corrupt)"),
	FLAG("S", 56, MSRKIT_RW0C, "Signaled: the error raised a machine-check exception (Intel MCG_SER_P; AMD: ErrCoreIdVal)"),
	FLAG("PCC", 57, MSRKIT_RW0C, "Processor context corrupt: restarting the interrupted program may not be reliable"),
	FLAG("ADDRV", 58, MSRKIT_RW0C, "IA32_MCi_ADDR holds the address of the error"),
	FLAG("MISCV", 59, MSRKIT_RW0C, "IA32_MCi_MISC holds additional information"),
	FLAG("EN", 60, MSRKIT_RW0C, "Error reporting for this error was enabled in IA32_MCi_CTL (the error was signaled)"),
	FLAG("UC", 61, MSRKIT_RW0C, "Uncorrected error (clear: the hardware corrected it)"),
	FLAG("OVER", 62, MSRKIT_RW0C, "Overflow: another error occurred while this one was still logged"),
	FLAG("VAL", 63, MSRKIT_RW0C, "The register holds a valid error"),
};

static const char *const mc_status_aliases[] = { "MSR_IA32_MC{n}_STATUS", "MC{n}_STATUS" };

static const struct msrkit_field mc_addr_fields[] = {
	{ .name = "ADDRESS", .lsb = 0, .width = 64, .access = MSRKIT_RW0C, .kind = MSRKIT_KIND_HEX,
	  .desc = "Address of the error when IA32_MCi_STATUS.ADDRV; kind of address and lowest valid bit in IA32_MCi_MISC" },
};

static const char *const mc_addr_aliases[] = { "MSR_IA32_MC{n}_ADDR", "MC{n}_ADDR" };

static const struct msrkit_value_name address_mode_values[] = {
	{ 0, "SEGMENT_OFFSET", "segment offset" },
	{ 1, "LINEAR_ADDRESS", "linear address" },
	{ 2, "PHYSICAL_ADDRESS", "physical address" },
	{ 3, "MEMORY_ADDRESS", "memory address" },
	{ 7, "GENERIC", "generic" },
};

static const struct msrkit_field mc_misc_fields[] = {
	{ .name = "RECOVERABLE_ADDRESS_LSB", .lsb = 0, .width = 6, .access = MSRKIT_RW0C, .kind = MSRKIT_KIND_NUMBER,
	  .desc = "Lowest valid bit of IA32_MCi_ADDR: 6 means a 64-byte line, 12 a 4-KByte page (Intel MCG_SER_P)" },
	{ .name = "ADDRESS_MODE", .lsb = 6, .width = 3, .access = MSRKIT_RW0C, .kind = MSRKIT_KIND_ENUM,
	  .desc = "What kind of address IA32_MCi_ADDR holds (Intel MCG_SER_P)",
	  .values = address_mode_values, .nvalues = N(address_mode_values) },
	{ .name = "MODEL_SPECIFIC_INFORMATION", .lsb = 9, .width = 55, .access = MSRKIT_RW0C, .kind = MSRKIT_KIND_HEX,
	  .desc = "Model-specific information (AMD: the whole register is the error thresholding block: Valid 63, "
		  "CntP 62, Locked 61, ErrCnt 43:32, BlkPtr 31:24)" },
};

static const char *const mc_misc_aliases[] = { "MSR_IA32_MC{n}_MISC", "MC{n}_MISC" };

static const struct msrkit_reg mca_regs[] = {
	{
		.address = 0x0, .name = "IA32_P5_MC_ADDR",
		.aliases = p5_mc_addr_aliases, .naliases = N(p5_mc_addr_aliases),
		.desc = "Pentium machine-check address; on later processors a model-specific remnant",
		.access = MSRKIT_RO, .scope = MSRKIT_SCOPE_THREAD,
		.vendors = MSRKIT_VENDOR_INTEL,
		.is_volatile = true,
		.ref = { "Intel SDM Vol. 4", "2.22", "MSRs in Pentium Processors" },
		.fields = p5_mc_addr_fields, .nfields = N(p5_mc_addr_fields),
	},
	{
		.address = 0x1, .name = "IA32_P5_MC_TYPE",
		.aliases = p5_mc_type_aliases, .naliases = N(p5_mc_type_aliases),
		.desc = "Pentium machine-check cycle type; on later processors a model-specific remnant",
		.access = MSRKIT_RO, .scope = MSRKIT_SCOPE_THREAD,
		.vendors = MSRKIT_VENDOR_INTEL,
		.is_volatile = true,
		.ref = { "Intel SDM Vol. 4", "2.22", "MSRs in Pentium Processors" },
		.fields = p5_mc_type_fields, .nfields = N(p5_mc_type_fields),
	},
	{
		.address = 0x179, .name = "IA32_MCG_CAP",
		.aliases = mcg_cap_aliases, .naliases = N(mcg_cap_aliases),
		.desc = "Machine-check capabilities: number of banks and which optional features exist",
		.access = MSRKIT_RO, .scope = MSRKIT_SCOPE_THREAD,
		.vendors = VENDORS_MCA,
		.cond = cond_mca, .ncond = N(cond_mca),
		.ref = REF_ARCH,
		.fields = mcg_cap_fields, .nfields = N(mcg_cap_fields),
	},
	{
		.address = 0x17A, .name = "IA32_MCG_STATUS",
		.aliases = mcg_status_aliases, .naliases = N(mcg_status_aliases),
		.desc = "Machine-check status: whether one is in progress and whether the interrupted program can resume",
		.access = MSRKIT_RW0C, .scope = MSRKIT_SCOPE_THREAD,
		.vendors = VENDORS_MCA,
		.cond = cond_mca, .ncond = N(cond_mca),
		.is_volatile = true, .ref = REF_ARCH,
		.fields = mcg_status_fields, .nfields = N(mcg_status_fields),
	},
	{
		.address = 0x17B, .name = "IA32_MCG_CTL",
		.aliases = mcg_ctl_aliases, .naliases = N(mcg_ctl_aliases),
		.desc = "Global machine-check enable (present when IA32_MCG_CAP.MCG_CTL_P)",
		.access = MSRKIT_RW, .scope = MSRKIT_SCOPE_THREAD,
		.vendors = VENDORS_MCA,
		.cond = cond_mcg_ctl, .ncond = N(cond_mcg_ctl),
		.ref = REF_ARCH,
		.fields = mcg_ctl_fields, .nfields = N(mcg_ctl_fields),
	},
	{
		.address = 0x280, .name = "IA32_MC{n}_CTL2", .count = 32,
		.aliases = mc_ctl2_aliases, .naliases = N(mc_ctl2_aliases),
		.desc = "Bank n corrected-error interrupt control: CMCI enable and threshold (present when IA32_MCG_CAP.COUNT > n)",
		.access = MSRKIT_RW, .scope = MSRKIT_SCOPE_CORE,
		.vendors = MSRKIT_VENDOR_INTEL | MSRKIT_VENDOR_CENTAUR,
		.cond = cond_cmci, .ncond = N(cond_cmci),
		.ref = REF_ARCH,
		.fields = mc_ctl2_fields, .nfields = N(mc_ctl2_fields),
	},
	{
		.address = 0x400, .name = "IA32_MC{n}_CTL", .count = 32, .stride = 4,
		.aliases = mc_ctl_aliases, .naliases = N(mc_ctl_aliases),
		.desc = "Bank n error reporting enables (present when IA32_MCG_CAP.COUNT > n; core or package scope by bank)",
		.access = MSRKIT_RW, .scope = MSRKIT_SCOPE_CORE,
		.vendors = VENDORS_MCA,
		.cond = cond_banks, .ncond = N(cond_banks),
		.ref = REF_ARCH,
		.fields = mc_ctl_fields, .nfields = N(mc_ctl_fields),
	},
	{
		.address = 0x401, .name = "IA32_MC{n}_STATUS", .count = 32, .stride = 4,
		.aliases = mc_status_aliases, .naliases = N(mc_status_aliases),
		.desc = "Bank n error status: valid, corrected or not, error codes (present when IA32_MCG_CAP.COUNT > n; "
			"core or package scope by bank)",
		.access = MSRKIT_RW0C, .scope = MSRKIT_SCOPE_CORE,
		.vendors = VENDORS_MCA,
		.cond = cond_banks, .ncond = N(cond_banks),
		.is_volatile = true, .ref = REF_ARCH,
		.fields = mc_status_fields, .nfields = N(mc_status_fields),
	},
	{
		.address = 0x402, .name = "IA32_MC{n}_ADDR", .count = 32, .stride = 4,
		.aliases = mc_addr_aliases, .naliases = N(mc_addr_aliases),
		.desc = "Bank n error address (valid when IA32_MCn_STATUS.ADDRV)",
		.access = MSRKIT_RW0C, .scope = MSRKIT_SCOPE_CORE,
		.vendors = VENDORS_MCA,
		.cond = cond_banks, .ncond = N(cond_banks),
		.is_volatile = true, .ref = REF_ARCH,
		.fields = mc_addr_fields, .nfields = N(mc_addr_fields),
	},
	{
		.address = 0x403, .name = "IA32_MC{n}_MISC", .count = 32, .stride = 4,
		.aliases = mc_misc_aliases, .naliases = N(mc_misc_aliases),
		.desc = "Bank n additional error information (valid when IA32_MCn_STATUS.MISCV)",
		.access = MSRKIT_RW0C, .scope = MSRKIT_SCOPE_CORE,
		.vendors = VENDORS_MCA,
		.cond = cond_banks, .ncond = N(cond_banks),
		.is_volatile = true, .ref = REF_ARCH,
		.fields = mc_misc_fields, .nfields = N(mc_misc_fields),
	},
	{
		.address = 0x4D0, .name = "IA32_MCG_EXT_CTL",
		.aliases = mcg_ext_ctl_aliases, .naliases = N(mcg_ext_ctl_aliases),
		.desc = "Local machine check enable (present when IA32_MCG_CAP.MCG_LMCE_P)",
		.access = MSRKIT_RW, .scope = MSRKIT_SCOPE_THREAD,
		.vendors = MSRKIT_VENDOR_INTEL,
		.cond = cond_lmce, .ncond = N(cond_lmce),
		.ref = REF_ARCH,
		.fields = mcg_ext_ctl_fields, .nfields = N(mcg_ext_ctl_fields),
	},
};

const struct msrkit_reg_table msrkit_table_mca = {
	.family = "mca",
	.regs = mca_regs,
	.count = N(mca_regs),
};

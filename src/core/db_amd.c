/* SPDX-License-Identifier: MIT */
/*
 * AMD and Hygon registers at 0xC0000104 and above: system configuration
 * (SYSCFG, HWCR, TOP_MEM), SVM (VM_CR, VM_HSAVE_PA, TSC_RATIO, SVM_KEY),
 * SMM, P-states (current limit, control, status, definitions, COFVID),
 * C-state configuration, CPPC, RAPL, performance counters, IBS, PPIN,
 * speculation control and the MCAX machine-check banks.
 *
 * Architectural registers (EFER, STAR, FS_BASE, PATCH_LEVEL at 0x8B, ...)
 * belong to the architectural tables; this file holds only what AMD defines
 * in its own MSR ranges. Hygon (family 18h) shares the Zen definitions.
 *
 * Layouts that changed between families are separate definitions at the
 * same address with disjoint family lists: K8 (0Fh), K10 (10h), Bulldozer
 * (15h), Jaguar (16h), Zen (17h, 18h, 19h) and Zen 5 (1Ah).
 */
#include "tables.h"

#define COUNT_OF(a) (sizeof(a) / sizeof((a)[0]))
#define ALIASES(a) .aliases = (a), .naliases = COUNT_OF(a)
#define CONDS(c) .cond = (c), .ncond = COUNT_OF(c)
#define MODELS(m) .models = (m), .nmodels = COUNT_OF(m)
#define FIELDS(f) .fields = (f), .nfields = COUNT_OF(f)
#define VALUES(v) .values = (v), .nvalues = COUNT_OF(v)

#define AMD_HYGON (MSRKIT_VENDOR_AMD | MSRKIT_VENDOR_HYGON)

/* Field shapes used throughout. */
#define FLAG(nm, bit, acc, d) \
	{ .name = (nm), .lsb = (bit), .width = 1, .access = (acc), .kind = MSRKIT_KIND_FLAG, .desc = (d) }
#define NUM(nm, l, w, acc, d) \
	{ .name = (nm), .lsb = (l), .width = (w), .access = (acc), .kind = MSRKIT_KIND_NUMBER, .desc = (d) }
#define HEX(nm, l, w, acc, d) \
	{ .name = (nm), .lsb = (l), .width = (w), .access = (acc), .kind = MSRKIT_KIND_HEX, .desc = (d) }
/* A physical address whose top bit is MAXPHYADDR-1 (architectural limit 52 bits). */
#define PADDR(nm, l, acc, d) \
	{ .name = (nm), .lsb = (l), .width = 52 - (l), .access = (acc), .kind = MSRKIT_KIND_ADDRESS, \
	  .flags = MSRKIT_FIELD_MAXPHYADDR, .desc = (d) }

#define CPUID_COND(lf, r, bit, txt) \
	{ .kind = MSRKIT_COND_CPUID, .leaf = (lf), .reg = (r), .lsb = (bit), .text = (txt) }

/* References. */
#define APM(sec, ttl) { .doc = "AMD APM Vol. 2 (24593)", .section = (sec), .title = (ttl) }
#define OSRR_C000(ttl) { .doc = "AMD OSRR Family 17h Models 00h-2Fh (56255)", .section = "2.1.10.2", .title = (ttl) }
#define OSRR_C001_0(ttl) { .doc = "AMD OSRR Family 17h Models 00h-2Fh (56255)", .section = "2.1.10.3", .title = (ttl) }
#define OSRR_C001_1(ttl) { .doc = "AMD OSRR Family 17h Models 00h-2Fh (56255)", .section = "2.1.10.4", .title = (ttl) }
#define OSRR_MCA(ttl) { .doc = "AMD OSRR Family 17h Models 00h-2Fh (56255)", .section = "3.17", .title = (ttl) }
#define BKDG_0F(sec, ttl) { .doc = "AMD BKDG Family 0Fh NPT (32559)", .section = (sec), .title = (ttl) }
#define BKDG_10(sec, ttl) { .doc = "AMD BKDG Family 10h (31116)", .section = (sec), .title = (ttl) }
#define BKDG_15(sec, ttl) { .doc = "AMD BKDG Family 15h Models 00h-0Fh (42301)", .section = (sec), .title = (ttl) }
#define BKDG_16(sec, ttl) { .doc = "AMD BKDG Family 16h Models 00h-0Fh (48751)", .section = (sec), .title = (ttl) }
/* Zen power-management MSRs AMD publishes in its firmware register headers. */
#define AGESA_ZEN(sec, ttl) { .doc = "AMD AGESA Zen CCX register definitions (CcxRegistersVh.h)", .section = (sec), .title = (ttl) }
#define LINUX_MSR(ttl) { .doc = "Linux arch/x86/include/asm/msr-index.h", .section = "AMD MSRs", .title = (ttl) }
/* Family 1Ah (Zen 5) layouts from AMD's open silicon initialization code. */
#define OPENSIL_ZEN5(sec, ttl) { .doc = "AMD openSIL xUSL/CCX/Zen5 (Zen5Reg.h, CcxZen5.c)", .section = (sec), .title = (ttl) }
/* PPR field names for Zen 3 to Zen 5 as transcribed by Oxide's illumos. */
#define OXIDE_CCX(sec, ttl) { .doc = "illumos (Oxide) usr/src/uts/intel/sys/amdzen/ccx.h", .section = (sec), .title = (ttl) }

/* ---- family lists ---- */

static const struct msrkit_model fam_k8[] = { { 0x0F, MSRKIT_MODEL_ANY } };
static const struct msrkit_model fam_10h[] = { { 0x10, MSRKIT_MODEL_ANY } };
static const struct msrkit_model fam_15h[] = { { 0x15, MSRKIT_MODEL_ANY } };
static const struct msrkit_model fam_16h[] = { { 0x16, MSRKIT_MODEL_ANY } };
/* BKDG-era families that share HWCR, NB_CFG and the P-state limit/control/status layout. */
static const struct msrkit_model fam_10h_16h[] = {
	{ 0x10, MSRKIT_MODEL_ANY }, { 0x11, MSRKIT_MODEL_ANY }, { 0x12, MSRKIT_MODEL_ANY },
	{ 0x14, MSRKIT_MODEL_ANY }, { 0x15, MSRKIT_MODEL_ANY }, { 0x16, MSRKIT_MODEL_ANY },
};
/* Zen 1 to Zen 4 and Hygon Dhyana: the PPR layouts. */
static const struct msrkit_model fam_zen[] = {
	{ 0x17, MSRKIT_MODEL_ANY }, { 0x18, MSRKIT_MODEL_ANY }, { 0x19, MSRKIT_MODEL_ANY },
};
/* Zen 5. */
static const struct msrkit_model fam_1ah[] = { { 0x1A, MSRKIT_MODEL_ANY } };
/* Zen 1 and Zen 2, Hygon Dhyana. */
static const struct msrkit_model fam_17h_18h[] = { { 0x17, MSRKIT_MODEL_ANY }, { 0x18, MSRKIT_MODEL_ANY } };
/* Zen 3 to Zen 5. */
static const struct msrkit_model fam_19h_1ah[] = { { 0x19, MSRKIT_MODEL_ANY }, { 0x1A, MSRKIT_MODEL_ANY } };
/* BKDG families whose NB_CFG has only the fields common to all of them. */
static const struct msrkit_model fam_11h_16h_nb[] = {
	{ 0x11, MSRKIT_MODEL_ANY }, { 0x12, MSRKIT_MODEL_ANY }, { 0x14, MSRKIT_MODEL_ANY }, { 0x16, MSRKIT_MODEL_ANY },
};
/* Every Zen family, for registers whose layout did not change. */
static const struct msrkit_model fam_zen_all[] = {
	{ 0x17, MSRKIT_MODEL_ANY }, { 0x18, MSRKIT_MODEL_ANY }, { 0x19, MSRKIT_MODEL_ANY },
	{ 0x1A, MSRKIT_MODEL_ANY },
};
/* Families with hardware P-states (10h onwards). */
static const struct msrkit_model fam_hw_pstate[] = {
	{ 0x10, MSRKIT_MODEL_ANY }, { 0x11, MSRKIT_MODEL_ANY }, { 0x12, MSRKIT_MODEL_ANY },
	{ 0x14, MSRKIT_MODEL_ANY }, { 0x15, MSRKIT_MODEL_ANY }, { 0x16, MSRKIT_MODEL_ANY },
	{ 0x17, MSRKIT_MODEL_ANY }, { 0x18, MSRKIT_MODEL_ANY }, { 0x19, MSRKIT_MODEL_ANY },
	{ 0x1A, MSRKIT_MODEL_ANY },
};

/* Families whose DE_CFG[1] makes LFENCE dispatch-serializing (not 11h). */
static const struct msrkit_model fam_lfence_msr[] = {
	{ 0x10, MSRKIT_MODEL_ANY }, { 0x12, MSRKIT_MODEL_ANY }, { 0x14, MSRKIT_MODEL_ANY },
	{ 0x15, MSRKIT_MODEL_ANY }, { 0x16, MSRKIT_MODEL_ANY }, { 0x17, MSRKIT_MODEL_ANY },
	{ 0x18, MSRKIT_MODEL_ANY }, { 0x19, MSRKIT_MODEL_ANY }, { 0x1A, MSRKIT_MODEL_ANY },
};

/* ---- conditions ---- */

static const struct msrkit_cond cond_svm[] = {
	CPUID_COND(0x80000001u, MSRKIT_ECX, 2, "CPUID Fn8000_0001_ECX[SVM] (bit 2)"),
};
static const struct msrkit_cond cond_tsc_ratio[] = {
	CPUID_COND(0x8000000Au, MSRKIT_EDX, 4, "CPUID Fn8000_000A_EDX[TscRateMsr] (bit 4)"),
};
static const struct msrkit_cond cond_avic[] = {
	CPUID_COND(0x8000000Au, MSRKIT_EDX, 13, "CPUID Fn8000_000A_EDX[AVIC] (bit 13)"),
};
static const struct msrkit_cond cond_eff_freq_ro[] = {
	CPUID_COND(0x80000007u, MSRKIT_EDX, 10, "CPUID Fn8000_0007_EDX[EffFrqRO] (bit 10)"),
};
static const struct msrkit_cond cond_irperf[] = {
	CPUID_COND(0x80000008u, MSRKIT_EBX, 1, "CPUID Fn8000_0008_EBX[InstRetCntMsr] (bit 1)"),
};
static const struct msrkit_cond cond_rapl[] = {
	CPUID_COND(0x80000007u, MSRKIT_EDX, 14, "CPUID Fn8000_0007_EDX[RAPL] (bit 14)"),
};
static const struct msrkit_cond cond_smca[] = {
	CPUID_COND(0x80000007u, MSRKIT_EBX, 3, "CPUID Fn8000_0007_EBX[ScalableMca] (bit 3)"),
};
static const struct msrkit_cond cond_perfctr_core[] = {
	CPUID_COND(0x80000001u, MSRKIT_ECX, 23, "CPUID Fn8000_0001_ECX[PerfCtrExtCore] (bit 23)"),
};
static const struct msrkit_cond cond_perfctr_nb[] = {
	CPUID_COND(0x80000001u, MSRKIT_ECX, 24, "CPUID Fn8000_0001_ECX[PerfCtrExtDF] (bit 24; PerfCtrExtNB before Zen)"),
};
static const struct msrkit_cond cond_perfctr_llc[] = {
	CPUID_COND(0x80000001u, MSRKIT_ECX, 28, "CPUID Fn8000_0001_ECX[PerfCtrExtLLC] (bit 28)"),
};
static const struct msrkit_cond cond_wdt[] = {
	CPUID_COND(0x80000001u, MSRKIT_ECX, 13, "CPUID Fn8000_0001_ECX[WDT] (bit 13)"),
};
static const struct msrkit_cond cond_osvw[] = {
	CPUID_COND(0x80000001u, MSRKIT_ECX, 9, "CPUID Fn8000_0001_ECX[OSVW] (bit 9)"),
};
static const struct msrkit_cond cond_ibs[] = {
	CPUID_COND(0x80000001u, MSRKIT_ECX, 10, "CPUID Fn8000_0001_ECX[IBS] (bit 10)"),
};
static const struct msrkit_cond cond_dbext[] = {
	CPUID_COND(0x80000001u, MSRKIT_ECX, 26, "CPUID Fn8000_0001_ECX[DataBreakpointExtension] (bit 26)"),
};
static const struct msrkit_cond cond_sev[] = {
	CPUID_COND(0x8000001Fu, MSRKIT_EAX, 1, "CPUID Fn8000_001F_EAX[SEV] (bit 1)"),
};
static const struct msrkit_cond cond_vmpgflush[] = {
	CPUID_COND(0x8000001Fu, MSRKIT_EAX, 2, "CPUID Fn8000_001F_EAX[VmPgFlush] (bit 2)"),
};
static const struct msrkit_cond cond_node_id[] = {
	CPUID_COND(0x80000001u, MSRKIT_ECX, 19, "CPUID Fn8000_0001_ECX[NodeId] (bit 19)"),
};
static const struct msrkit_cond cond_ppin[] = {
	CPUID_COND(0x80000008u, MSRKIT_EBX, 23, "CPUID Fn8000_0008_EBX[PPIN] (bit 23)"),
};
static const struct msrkit_cond cond_virt_ssbd[] = {
	CPUID_COND(0x80000008u, MSRKIT_EBX, 25, "CPUID Fn8000_0008_EBX[VIRT_SSBD] (bit 25)"),
};
static const struct msrkit_cond cond_cppc[] = {
	CPUID_COND(0x80000008u, MSRKIT_EBX, 27, "CPUID Fn8000_0008_EBX[CPPC] (bit 27)"),
};

/* ---- shared value names ---- */

static const struct msrkit_value_name mem_types[] = {
	{ 0, "UC", "uncacheable" },
	{ 1, "WC", "write-combining" },
	{ 4, "WT", "write-through" },
	{ 5, "WP", "write-protect" },
	{ 6, "WB", "write-back" },
};

static const struct msrkit_value_name idd_div[] = {
	{ 0, "1", "current is IddValue amps" },
	{ 1, "10", "current is IddValue / 10 amps" },
	{ 2, "100", "current is IddValue / 100 amps" },
};

static const struct msrkit_value_name os_user_mode[] = {
	{ 0, "none", "count no events" },
	{ 1, "user", "count user events (CPL > 0)" },
	{ 2, "OS", "count OS events (CPL 0)" },
	{ 3, "all", "count all events, irrespective of CPL" },
};

static const struct msrkit_value_name host_guest_only[] = {
	{ 0, "all", "count events irrespective of guest/host" },
	{ 1, "guest", "count guest events if EFER.SVME is 1" },
	{ 2, "host", "count host events if EFER.SVME is 1" },
	{ 3, "both", "count guest and host events if EFER.SVME is 1" },
};

/* ================================================================== */
/* C000_0xxx                                                           */
/* ================================================================== */

/* ---- MPerfReadOnly / APerfReadOnly / IRPerfCount (C000_00E7..E9) ---- */

static const char *const mperf_ro_aliases[] = { "MPERF_RO", "MSR_AMD_F17H_MPERF" };
static const struct msrkit_field mperf_ro_fields[] = {
	NUM("MPerfReadOnly", 0, 64, MSRKIT_RW,
	    "Counts at the P0 frequency while the core is in C0; unaffected by writes to MPERF (read-only once HWCR.EffFreqReadOnlyLock is set)"),
};
static const char *const aperf_ro_aliases[] = { "APERF_RO", "MSR_AMD_F17H_APERF" };
static const struct msrkit_field aperf_ro_fields[] = {
	NUM("APerfReadOnly", 0, 64, MSRKIT_RW,
	    "Counts actual core clocks while the core is in C0; APerfReadOnly / MPerfReadOnly x P0 frequency is the effective frequency"),
};
static const char *const irperf_aliases[] = { "MSR_F17H_IRPERF", "IRPERF" };
static const struct msrkit_field irperf_fields[] = {
	NUM("IRPerfCount", 0, 64, MSRKIT_RW, "Instructions retired; counts when HWCR.IRPerfEn is 1"),
};

/* ---- TSC_RATIO (C000_0104) ---- */

static const char *const tsc_ratio_aliases[] = { "MSR_AMD64_TSC_RATIO", "TscRateMsr" };
static const struct msrkit_field tsc_ratio_fields[] = {
	HEX("TscRateMsrFrac", 0, 32, MSRKIT_RW, "Fractional part of the guest TSC ratio (8.32 fixed point; reset 0)"),
	NUM("TscRateMsrInt", 32, 8, MSRKIT_RW, "Integer part of the guest TSC ratio (reset 1: the guest TSC runs at the host rate)"),
};

/* ---- McaIntrCfg (C000_0410) ---- */

static const char *const mca_intr_cfg_aliases[] = { "MSR_CU_DEF_ERR", "MCA_INTR_CFG" };
static const struct msrkit_field mca_intr_cfg_fields[] = {
	NUM("DeferredLvtOffset", 4, 4, MSRKIT_RW, "Deferred-error interrupt: APIC LVT entry at 500h + 10h x this value"),
	NUM("ThresholdLvtOffset", 12, 4, MSRKIT_RW, "Error-threshold interrupt: APIC LVT entry at 500h + 10h x this value"),
};

/* ---- MCAX banks (C000_2000 + 10h x bank) ---- */

#define MCAX(off, nm, al, flds, d, ttl, vol) \
	{ .address = 0xC0002000u + (off), .name = (nm), ALIASES(al), .desc = (d), .access = MSRKIT_RW, \
	  .scope = MSRKIT_SCOPE_THREAD, .vendors = AMD_HYGON, CONDS(cond_smca), .is_volatile = (vol), \
	  .count = 64, .stride = 0x10, .ref = OSRR_MCA(ttl), FIELDS(flds) }

static const char *const mca_ctl_aliases[] = { "MSR_AMD64_SMCA_MC{n}_CTL" };
static const struct msrkit_field mca_ctl_fields[] = {
	HEX("ErrorEnables", 0, 64, MSRKIT_RW,
	    "One enable bit per error type the bank detects; which error each bit stands for depends on the bank type (MCA_IPID)"),
};

static const char *const mca_status_aliases[] = { "MSR_AMD64_SMCA_MC{n}_STATUS" };
static const struct msrkit_field mca_status_fields[] = {
	HEX("ErrorCode", 0, 16, MSRKIT_RW, "MCA error code: the class of the logged error"),
	HEX("ErrorCodeExt", 16, 6, MSRKIT_RW, "Extended error code: the error within the bank, see the bank's table in the PPR"),
	NUM("AddrLsb", 24, 6, MSRKIT_RW, "Least significant valid bit of the address in MCA_ADDR"),
	NUM("ErrCoreId", 32, 6, MSRKIT_RW, "Core that caused the error, when ErrCoreIdVal is 1"),
	FLAG("Scrub", 40, MSRKIT_RW, "The error was found by a scrub operation"),
	FLAG("Poison", 43, MSRKIT_RW, "The error was caused by consuming poisoned data"),
	FLAG("Deferred", 44, MSRKIT_RW, "A deferred error was created (hardware marked the data poisoned instead of signalling)"),
	FLAG("UECC", 45, MSRKIT_RW, "Uncorrectable ECC error"),
	FLAG("CECC", 46, MSRKIT_RW, "Correctable ECC error"),
	FLAG("SyndV", 53, MSRKIT_RW, "MCA_SYND holds information for this error"),
	FLAG("TCC", 55, MSRKIT_RW, "Task context corrupt: the thread that consumed the error cannot be restarted"),
	FLAG("ErrCoreIdVal", 56, MSRKIT_RW, "ErrCoreId is valid"),
	FLAG("PCC", 57, MSRKIT_RW, "Processor context corrupt: hardware state may be damaged; restart is not reliable"),
	FLAG("AddrV", 58, MSRKIT_RW, "MCA_ADDR holds the error address"),
	FLAG("MiscV", 59, MSRKIT_RW, "MCA_MISC0 holds valid thresholding information"),
	FLAG("En", 60, MSRKIT_RW, "Reporting of this error was enabled in MCA_CTL"),
	FLAG("UC", 61, MSRKIT_RW, "Uncorrected error: hardware did not correct it"),
	FLAG("Overflow", 62, MSRKIT_RW, "Another error was detected while this one was still valid"),
	FLAG("Val", 63, MSRKIT_RW, "The register holds a valid error"),
};

static const char *const mca_addr_aliases[] = { "MSR_AMD64_SMCA_MC{n}_ADDR" };
static const struct msrkit_field mca_addr_fields[] = {
	HEX("ErrorAddr", 0, 56, MSRKIT_RW, "Address of the error; its meaning depends on the bank and error type"),
	NUM("LSB", 56, 6, MSRKIT_RW, "Least significant valid bit of ErrorAddr, on banks that do not report it in MCA_STATUS"),
};

static const char *const mca_misc0_aliases[] = { "MSR_AMD64_SMCA_MC{n}_MISC0" };
static const struct msrkit_value_name thr_int_type[] = {
	{ 0, "none", "no interrupt" },
	{ 1, "APIC", "APIC-based interrupt (LVT entry LvtOffset)" },
	{ 2, "SMI", "SMI trigger event" },
};
static const struct msrkit_field mca_misc0_fields[] = {
	HEX("BlkPtr", 24, 8, MSRKIT_RO, "01h: the extended MISC registers (MCA_MISC1-4) are valid"),
	NUM("ErrCnt", 32, 12, MSRKIT_RW, "Error counter of the threshold mechanism"),
	FLAG("Ovrflw", 48, MSRKIT_RW, "ErrCnt went from FFEh to FFFh (threshold reached)"),
	{ .name = "ThresholdIntType", .lsb = 49, .width = 2, .access = MSRKIT_RW, .kind = MSRKIT_KIND_ENUM,
	  .desc = "Interrupt raised when the threshold is reached", VALUES(thr_int_type) },
	FLAG("CntEn", 51, MSRKIT_RW, "Count thresholding errors"),
	NUM("LvtOffset", 52, 4, MSRKIT_RW, "Threshold interrupt: APIC LVT entry at 500h + 10h x this value"),
	FLAG("IntP", 60, MSRKIT_RO, "ThresholdIntType can raise interrupts"),
	FLAG("Locked", 61, MSRKIT_RO, "Writes to this register are ignored (firmware owns the threshold)"),
	FLAG("CntP", 62, MSRKIT_RO, "A threshold counter is present"),
	FLAG("Valid", 63, MSRKIT_RO, "CntP is valid"),
};

static const char *const mca_config_aliases[] = { "MSR_AMD64_SMCA_MC{n}_CONFIG" };
static const struct msrkit_field mca_config_fields[] = {
	FLAG("McaX", 0, MSRKIT_RO, "The bank provides the MCA extensions (MCAX)"),
	FLAG("DeferredErrorLoggingSupported", 2, MSRKIT_RO, "The bank can log deferred errors"),
	FLAG("DeferredIntTypeSupported", 5, MSRKIT_RO, "DeferredIntType can be programmed"),
	FLAG("McaXEnable", 32, MSRKIT_RW, "Software acknowledges the MCAX feature set for this bank"),
	FLAG("LogDeferredInMcaStat", 34, MSRKIT_RW, "Also log deferred errors in MCA_STATUS and MCA_ADDR (besides MCA_DESTAT/DEADDR)"),
	NUM("DeferredIntType", 37, 2, MSRKIT_RW, "Interrupt signalled when a deferred error is logged"),
};

static const char *const mca_ipid_aliases[] = { "MSR_AMD64_SMCA_MC{n}_IPID" };
static const struct msrkit_field mca_ipid_fields[] = {
	HEX("InstanceId", 0, 32, MSRKIT_RO, "Instance of the IP block this bank belongs to"),
	HEX("HardwareID", 32, 12, MSRKIT_RO, "Hardware ID of the IP block (with McaType: the bank type, e.g. 0B0h = CPU core)"),
	HEX("InstanceIdHi", 44, 4, MSRKIT_RO, "High part of the instance ID"),
	HEX("McaType", 48, 16, MSRKIT_RO, "Bank type within the IP block (e.g. core: 0 LS, 1 IF, 2 L2, 3 DE, 5 EX, 6 FP, 7 L3)"),
};

static const char *const mca_synd_aliases[] = { "MSR_AMD64_SMCA_MC{n}_SYND" };
static const struct msrkit_value_name synd_priority[] = {
	{ 0, "none", "no error" },
	{ 2, "corrected", "corrected error" },
	{ 3, "deferred", "deferred error" },
	{ 4, "uncorrected", "uncorrected error" },
	{ 5, "fatal", "fatal error" },
};
static const struct msrkit_field mca_synd_fields[] = {
	HEX("ErrorInformation", 0, 18, MSRKIT_RW, "Error-specific information about where the error happened"),
	NUM("Length", 18, 6, MSRKIT_RW, "Length of the syndrome in bits"),
	{ .name = "ErrorPriority", .lsb = 24, .width = 3, .access = MSRKIT_RW, .kind = MSRKIT_KIND_ENUM,
	  .desc = "Priority of the logged error", VALUES(synd_priority) },
	NUM("Type", 28, 4, MSRKIT_RW, "Syndrome type: 0 DRAM error, 1 cache error, 2 internal error"),
	HEX("Syndrome", 32, 32, MSRKIT_RW, "Syndrome of the error (e.g. the ECC syndrome)"),
};

static const char *const mca_destat_aliases[] = { "MSR_AMD64_SMCA_MC{n}_DESTAT" };
static const struct msrkit_field mca_destat_fields[] = {
	HEX("ErrorCode", 0, 16, MSRKIT_RW, "MCA error code of the deferred error"),
	HEX("ErrorCodeExt", 16, 6, MSRKIT_RW, "Extended error code of the deferred error"),
	NUM("AddrLsb", 24, 6, MSRKIT_RW, "Least significant valid bit of the address in MCA_DEADDR"),
	FLAG("Deferred", 44, MSRKIT_RW, "A deferred error was created"),
	FLAG("SyndV", 53, MSRKIT_RW, "MCA_SYND holds information for this error"),
	FLAG("AddrV", 58, MSRKIT_RW, "MCA_DEADDR holds the error address"),
	FLAG("Overflow", 62, MSRKIT_RW, "Another deferred error was detected while this one was valid"),
	FLAG("Val", 63, MSRKIT_RW, "The register holds a valid deferred error"),
};

static const char *const mca_deaddr_aliases[] = { "MSR_AMD64_SMCA_MC{n}_DEADDR" };

static const char *const mca_misc1_aliases[] = { "MSR_AMD64_SMCA_MC{n}_MISC1" };
static const char *const mca_misc2_aliases[] = { "MSR_AMD64_SMCA_MC{n}_MISC2" };
static const char *const mca_misc3_aliases[] = { "MSR_AMD64_SMCA_MC{n}_MISC3" };
static const char *const mca_misc4_aliases[] = { "MSR_AMD64_SMCA_MC{n}_MISC4" };
static const struct msrkit_field mca_miscn_fields[] = {
	HEX("BlkPtr", 24, 8, MSRKIT_RO, "Pointer to further MISC registers"),
	NUM("ErrCnt", 32, 12, MSRKIT_RW, "Error counter of the threshold mechanism"),
	FLAG("Ovrflw", 48, MSRKIT_RW, "ErrCnt went from FFEh to FFFh (threshold reached)"),
	{ .name = "ThresholdIntType", .lsb = 49, .width = 2, .access = MSRKIT_RW, .kind = MSRKIT_KIND_ENUM,
	  .desc = "Interrupt raised when the threshold is reached", VALUES(thr_int_type) },
	FLAG("CntEn", 51, MSRKIT_RW, "Count thresholding errors"),
	FLAG("IntP", 60, MSRKIT_RO, "ThresholdIntType can raise interrupts"),
	FLAG("Locked", 61, MSRKIT_RO, "Writes to this register are ignored"),
	FLAG("CntP", 62, MSRKIT_RO, "A threshold counter is present"),
	FLAG("Valid", 63, MSRKIT_RO, "CntP is valid"),
};

/* ================================================================== */
/* C001_0xxx                                                           */
/* ================================================================== */

/* ---- PERF_LEGACY_CTL / PERF_LEGACY_CTR (C001_0000..7) ---- */

static const char *const perf_legacy_ctl_aliases[] = { "MSR_K7_EVNTSEL{n}", "PerfEvtSel{n}" };
static const struct msrkit_field perf_ctl_fields[] = {
	HEX("EventSelect", 0, 8, MSRKIT_RW, "Event select bits 7:0 (with EventSelect_11_8: the event to count)"),
	HEX("UnitMask", 8, 8, MSRKIT_RW, "Event qualification: which sub-events are counted"),
	{ .name = "OsUserMode", .lsb = 16, .width = 2, .access = MSRKIT_RW, .kind = MSRKIT_KIND_ENUM,
	  .desc = "Privilege levels counted", VALUES(os_user_mode) },
	FLAG("Edge", 18, MSRKIT_RW, "Count rising edges of the event instead of cycles it is active"),
	FLAG("Int", 20, MSRKIT_RW, "Raise the APIC performance-counter interrupt when the counter overflows"),
	FLAG("En", 22, MSRKIT_RW, "Counter enabled"),
	FLAG("Inv", 23, MSRKIT_RW, "Invert the CntMask comparison (count cycles with fewer events)"),
	NUM("CntMask", 24, 8, MSRKIT_RW, "0: count every event; N: count 1 per cycle with at least N events"),
	HEX("EventSelect_11_8", 32, 4, MSRKIT_RW, "Event select bits 11:8"),
	{ .name = "HostGuestOnly", .lsb = 40, .width = 2, .access = MSRKIT_RW, .kind = MSRKIT_KIND_ENUM,
	  .desc = "Count host or guest events only", VALUES(host_guest_only) },
};

static const char *const perf_legacy_ctr_aliases[] = { "MSR_K7_PERFCTR{n}", "PerfCtr{n}" };
static const struct msrkit_field perf_ctr_fields[] = {
	NUM("CTR", 0, 48, MSRKIT_RW, "Performance counter value"),
};

/* ---- SYSCFG (C001_0010) ---- */

static const char *const syscfg_aliases[] = { "MSR_AMD64_SYSCFG", "MSR_K8_SYSCFG", "SYS_CFG" };
static const struct msrkit_field syscfg_fields[] = {
	FLAG("MtrrFixDramEn", 18, MSRKIT_RW, "The RdMem/WrMem attributes of the fixed-range MTRRs are in effect"),
	FLAG("MtrrFixDramModEn", 19, MSRKIT_RW,
	     "RdMem/WrMem of the fixed-range MTRRs can be read and written (firmware sets it while programming them, then clears it)"),
	FLAG("MtrrVarDramEn", 20, MSRKIT_RW, "TOP_MEM and the variable-range IORRs are enabled"),
	FLAG("MtrrTom2En", 21, MSRKIT_RW, "TOP_MEM2 is enabled"),
	FLAG("Tom2ForceMemTypeWB", 22, MSRKIT_RW, "Memory between 4 GB and TOP_MEM2 defaults to write-back"),
	FLAG("MemEncryptionModeEn", 23, MSRKIT_RWO,
	     "SME and SEV memory encryption enabled (PPR: SMEE); cannot be changed once set"),
	FLAG("SecureNestedPagingEn", 24, MSRKIT_RWO, "SEV-SNP enabled; cannot be changed once set (needs MemEncryptionModeEn)"),
	FLAG("VMPLEn", 25, MSRKIT_RWL, "Virtual Machine Privilege Levels enabled; fixed once SecureNestedPagingEn is set"),
	FLAG("HostMultiKeyMemEncrModeEn", 26, MSRKIT_RWO, "SME-MK multi-key memory encryption enabled; cannot be changed once set"),
};

/* ---- HWCR (C001_0015) ---- */

static const char *const hwcr_aliases[] = { "MSR_K7_HWCR" };

/* K8 (BKDG 32559). */
static const struct msrkit_field hwcr_k8_fields[] = {
	FLAG("SMMLOCK", 0, MSRKIT_RWO, "SMM code lock: SMM registers become read-only until reset"),
	FLAG("SLOWFENCE", 1, MSRKIT_RW, "Slow SFENCE"),
	FLAG("TLBCACHEDIS", 3, MSRKIT_RW, "Page-table walks do not assume write-back cacheable memory"),
	FLAG("INVD_WBINVD", 4, MSRKIT_RW, "INVD is executed as WBINVD"),
	FLAG("FFDIS", 6, MSRKIT_RW, "TLB flush filter disabled"),
	FLAG("DISLOCK", 7, MSRKIT_RW, "LOCK prefix ignored"),
	FLAG("IGNNE_EM", 8, MSRKIT_RW, "IGNNE port emulation enabled"),
	FLAG("HLTXSPCYCEN", 12, MSRKIT_RW, "Halt-exit special bus cycle enabled"),
	FLAG("SMISPCYCDIS", 13, MSRKIT_RW, "SMI special bus cycle disabled"),
	FLAG("RSMSPCYCDIS", 14, MSRKIT_RW, "RSM special bus cycle disabled"),
	FLAG("SSEDIS", 15, MSRKIT_RW, "SSE instructions disabled"),
	FLAG("WRAP32DIS", 17, MSRKIT_RW, "32-bit address wrap disabled"),
	FLAG("MCi_STATUS_WREN", 18, MSRKIT_RW, "MCi_STATUS registers are writable"),
	NUM("START_FID", 24, 6, MSRKIT_RO, "FID the processor started with"),
};

/* Families 10h-16h (BKDGs 31116, 42301, 48751). */
static const struct msrkit_field hwcr_bkdg_fields[] = {
	FLAG("SmmLock", 0, MSRKIT_RWO, "SMM code lock: ASeg/TSeg and the SMM registers are read-only until reset"),
	FLAG("TlbCacheDis", 3, MSRKIT_RW, "Page-table walks do not assume write-back cacheable memory"),
	FLAG("INVDWBINVD", 4, MSRKIT_RW, "INVD is executed as WBINVD"),
	FLAG("AllowFerrOnNe", 7, MSRKIT_RW, "Legacy FERR signalling"),
	FLAG("IgnneEm", 8, MSRKIT_RW, "IGNNE port emulation enabled"),
	FLAG("MonMwaitDis", 9, MSRKIT_RW, "MONITOR and MWAIT are invalid opcodes"),
	FLAG("MonMwaitUserEn", 10, MSRKIT_RW, "MONITOR and MWAIT allowed at CPL > 0"),
	FLAG("HltXSpCycEn", 12, MSRKIT_RW, "Halt-exit special bus cycle enabled"),
	FLAG("SmiSpCycDis", 13, MSRKIT_RW, "No SMIACK special bus cycle when an SMI is taken"),
	FLAG("RsmSpCycDis", 14, MSRKIT_RW, "No special bus cycle on RSM"),
	FLAG("Wrap32Dis", 17, MSRKIT_RW, "32-bit address wrap disabled: FS/GS bases above 4 GB usable outside 64-bit mode"),
	FLAG("McStatusWrEn", 18, MSRKIT_RW, "MCi_STATUS registers are writable (for testing machine-check handlers)"),
	FLAG("IoCfgGpFault", 20, MSRKIT_RW, "IO accesses to configuration ports CF8h-CFFh raise #GP"),
	FLAG("LockTscToCurrentP0", 21, MSRKIT_RW, "TSC frequency fixed to the P0 frequency at the time the bit was set"),
	FLAG("ForceRdWrSzPrb", 23, MSRKIT_RW, "Force probes for RdSized and WrSized requests"),
	FLAG("TscFreqSel", 24, MSRKIT_RO, "The TSC counts at the P0 frequency"),
	FLAG("CpbDis", 25, MSRKIT_RW, "Core performance boost disabled"),
	FLAG("EffFreqCntMwait", 26, MSRKIT_RW, "MPERF/APERF also count while in the MWAIT monitor state"),
	FLAG("EffFreqReadOnlyLock", 27, MSRKIT_RWO, "MPerfReadOnly, APerfReadOnly and IRPerfCount are read-only (family 15h on)"),
};

/* Zen (OSRR 56255). Bits 31 and 33 are named by AMD's Zen 3 firmware (AGESA
 * AmdCcxZen3Smm.c: "bit[31][SmmBaseLock], bit[33]SmmPgCfgLock"), bit 32 by
 * CoreFreq's transcription of the PPR (x86_64/amd_reg.h), bit 35 by the APM
 * and Linux (MSR_K7_HWCR_CPUID_USER_DIS_BIT). */
static const struct msrkit_field hwcr_zen_fields[] = {
	FLAG("SmmLock", 0, MSRKIT_RWO,
	     "SMM code lock: ASeg/TSeg and the SMM registers are read-only and SMIs are not intercepted in SVM; set by firmware"),
	FLAG("TlbCacheDis", 3, MSRKIT_RW, "Page-table walks do not assume write-back cacheable memory (set if page tables live elsewhere)"),
	FLAG("INVDWBINVD", 4, MSRKIT_RW, "INVD is executed as WBINVD; required when caches are shared or CC6 is enabled"),
	FLAG("AllowFerrOnNe", 7, MSRKIT_RW, "Legacy FERR signalling"),
	FLAG("IgnneEm", 8, MSRKIT_RW, "IGNNE port emulation enabled"),
	FLAG("MonMwaitDis", 9, MSRKIT_RW, "MONITOR and MWAIT are invalid opcodes (also clears CPUID Fn0000_0001_ECX[MONITOR])"),
	FLAG("MonMwaitUserEn", 10, MSRKIT_RW, "MONITOR and MWAIT allowed at CPL > 0"),
	FLAG("SmiSpCycDis", 13, MSRKIT_RW, "No SMIACK special bus cycle when an SMI is taken (read-only after SmmLock)"),
	FLAG("RsmSpCycDis", 14, MSRKIT_RW, "No special bus cycle on RSM (read-only after SmmLock)"),
	FLAG("Wrap32Dis", 17, MSRKIT_RW, "32-bit address wrap disabled: FS/GS bases above 4 GB usable outside 64-bit mode"),
	FLAG("McStatusWrEn", 18, MSRKIT_RW, "MCA_STATUS registers are writable (for testing machine-check handlers)"),
	FLAG("IoCfgGpFault", 20, MSRKIT_RW, "IO accesses to configuration ports CF8h-CFFh raise #GP"),
	FLAG("LockTscToCurrentP0", 21, MSRKIT_RW, "TSC frequency fixed to the P0 frequency at the time the bit was set"),
	FLAG("TscFreqSel", 24, MSRKIT_RO, "The TSC counts at the P0 frequency"),
	FLAG("CpbDis", 25, MSRKIT_RW, "Core performance boost disabled"),
	FLAG("EffFreqCntMwait", 26, MSRKIT_RW, "MPERF/APERF also count while in the MWAIT monitor state"),
	FLAG("EffFreqReadOnlyLock", 27, MSRKIT_RWO, "MPerfReadOnly, APerfReadOnly and IRPerfCount are read-only; set by firmware"),
	FLAG("IRPerfEn", 30, MSRKIT_RW, "Instructions-retired counter IRPerfCount (C000_00E9) enabled"),
	FLAG("SmmBaseLock", 31, MSRKIT_RWO,
	     "SMM_BASE is locked: RSM no longer reloads it from the SMM save-state area, so the SMM entry point cannot be moved; set by firmware"),
	FLAG("TprLoweringDis", 32, MSRKIT_RW, "Fast lowering of the task priority (TPR) disabled"),
	FLAG("SmmPgCfgLock", 33, MSRKIT_RWO,
	     "SMM paging configuration locked (where CPUID Fn8000_0021_EAX[SmmPgCfgLock] is 1); set by firmware"),
	FLAG("CpuidUserDis", 35, MSRKIT_RW, "CPUID at CPL > 0 raises #GP (where CPUID Fn8000_0021_EAX[CpuidUserDis] is 1)"),
};

/* ---- IORR_BASE / IORR_MASK (C001_0016..19) ---- */

static const char *const iorr_base_aliases[] = { "IORRBase{n}", "MSR_K8_IORR_BASE{n}" };
static const struct msrkit_field iorr_base_fields[] = {
	FLAG("WrMem", 3, MSRKIT_RW, "Writes to the range go to system memory (0: to IO)"),
	FLAG("RdMem", 4, MSRKIT_RW, "Reads from the range go to system memory (0: to IO)"),
	PADDR("PhyBase", 12, MSRKIT_RW, "Base address of the range"),
};
static const char *const iorr_mask_aliases[] = { "IORRMask{n}", "MSR_K8_IORR_MASK{n}" };
static const struct msrkit_field iorr_mask_fields[] = {
	FLAG("Valid", 11, MSRKIT_RW, "The IORR pair is in effect"),
	PADDR("PhyMask", 12, MSRKIT_RW, "Address mask of the range"),
};

/* ---- TOP_MEM / TOP_MEM2 (C001_001A, C001_001D) ---- */

static const char *const top_mem_aliases[] = { "MSR_K8_TOP_MEM1", "TOM" };
static const struct msrkit_field top_mem_fields[] = {
	PADDR("TOM", 23, MSRKIT_RW, "Top of memory below 4 GB: DRAM below, MMIO from here to 4 GB"),
};
static const char *const top_mem2_aliases[] = { "MSR_K8_TOP_MEM2", "TOM2" };
static const struct msrkit_field top_mem2_fields[] = {
	PADDR("TOM2", 23, MSRKIT_RW, "Top of memory above 4 GB: DRAM from 4 GB to here, MMIO above (enabled by SYSCFG.MtrrTom2En)"),
};

/* ---- NB_CFG (C001_001F), families 10h-16h ---- */

static const char *const nb_cfg_aliases[] = { "MSR_AMD64_NB_CFG", "NB_CFG1" };
static const struct msrkit_field nb_cfg_fields[] = {
	FLAG("EnableCf8ExtCfg", 46, MSRKIT_RW, "IO accesses through CF8h/CFCh reach extended configuration space (registers 100h-FFFh)"),
	FLAG("InitApicIdCpuIdLo", 54, MSRKIT_RW, "Initial APIC IDs are formed with the core ID in the low bits"),
};
/* Families 10h and 15h add DisDatMsk, which AMD's memory initialization
 * (AGESA f10/f15 Proc/Mem) programs as F3x8C[4], the PCI alias of
 * NB_CFG[63:32] (as F3x8C[14] is EnableCf8ExtCfg); family 10h also has
 * GfxNbPstateDis (AGESA f10 cpuF10EarlyInit.c, coreboot amdmct mct_d.h). */
static const struct msrkit_field nb_cfg_15h_fields[] = {
	FLAG("DisDatMsk", 36, MSRKIT_RW, "DRAM data masking disabled: partial writes do not use the DRAM data-mask signals"),
	FLAG("EnableCf8ExtCfg", 46, MSRKIT_RW, "IO accesses through CF8h/CFCh reach extended configuration space (registers 100h-FFFh)"),
	FLAG("InitApicIdCpuIdLo", 54, MSRKIT_RW, "Initial APIC IDs are formed with the core ID in the low bits"),
};
static const struct msrkit_field nb_cfg_10h_fields[] = {
	FLAG("DisDatMsk", 36, MSRKIT_RW, "DRAM data masking disabled: partial writes do not use the DRAM data-mask signals"),
	FLAG("EnableCf8ExtCfg", 46, MSRKIT_RW, "IO accesses through CF8h/CFCh reach extended configuration space (registers 100h-FFFh)"),
	FLAG("InitApicIdCpuIdLo", 54, MSRKIT_RW, "Initial APIC IDs are formed with the core ID in the low bits"),
	FLAG("GfxNbPstateDis", 62, MSRKIT_RW, "Northbridge P-state transitions disabled"),
};
/* Zen processors still answer at C001_001F, but AMD publishes no field of it
 * for them; its family 19h silicon initialization code names the register
 * ("NB Config") and defines none of its bits. */
/* ---- McExcepRedir (C001_0022) ---- */

static const struct msrkit_field mc_excep_redir_fields[] = {
	HEX("RedirVector", 0, 8, MSRKIT_RW, "Interrupt vector used when RedirVecEn is 1"),
	FLAG("RedirVecEn", 8, MSRKIT_RW, "Machine-check exceptions raise the interrupt RedirVector instead"),
	FLAG("RedirSmiEn", 9, MSRKIT_RW, "Machine-check exceptions raise an SMI instead"),
};

/* ---- K8 FIDVID_STATUS (C001_0042) ---- */

static const char *const fidvid_status_aliases[] = { "MSR_K7_FID_VID_STATUS", "FidVidStatus" };
static const struct msrkit_field fidvid_status_fields[] = {
	HEX("CurrFID", 0, 6, MSRKIT_RO, "Current frequency ID"),
	HEX("StartFID", 8, 6, MSRKIT_RO, "Frequency ID at reset"),
	HEX("MaxFID", 16, 6, MSRKIT_RO, "Highest frequency ID"),
	HEX("MaxRampVID", 24, 6, MSRKIT_RO, "Voltage ID to ramp to before a frequency change"),
	FLAG("FidVidPending", 31, MSRKIT_RO, "A FID/VID change is in progress"),
	HEX("CurrVID", 32, 6, MSRKIT_RO, "Current voltage ID"),
	HEX("StartVID", 40, 6, MSRKIT_RO, "Voltage ID at reset"),
	HEX("MaxVID", 48, 6, MSRKIT_RO, "Voltage ID of the highest voltage"),
	FLAG("PstateStep", 56, MSRKIT_RO, "Voltage step between P-states: 0 = 25 mV, 1 = 50 mV"),
	NUM("AltVidOffset", 57, 3, MSRKIT_RO, "Alternate VID offset"),
	FLAG("IntPstateSup", 61, MSRKIT_RO, "Intermediate P-states supported"),
};

/* ---- Interrupt Pending (C001_0055), families 10h, 15h, 16h ---- */

static const char *const intpend_aliases[] = { "MSR_K8_INT_PENDING_MSG", "INTPEND" };
static const struct msrkit_field intpend_10h_fields[] = {
	HEX("IoMsgAddr", 0, 16, MSRKIT_RW, "IO address of the interrupt-pending message"),
	HEX("IoMsgData", 16, 8, MSRKIT_RW, "Data of the interrupt-pending IO write"),
	FLAG("IntrPndMsgDis", 24, MSRKIT_RW, "Interrupt-pending message disabled"),
	FLAG("IntrPndMsg", 25, MSRKIT_RW, "1: the message is an IO-space message; 0: a link interrupt-pending message"),
	FLAG("IoRd", 26, MSRKIT_RW, "The IO message is a read (0: a write)"),
	FLAG("SmiOnCmpHalt", 27, MSRKIT_RW, "SMI when all cores of the processor are halted"),
	FLAG("C1eOnCmpHalt", 28, MSRKIT_RW, "Enter C1E when all cores of the processor are halted"),
	FLAG("BmStsClrOnHltEn", 29, MSRKIT_RW, "Clear the bus-master status bit on C1E entry"),
};
static const struct msrkit_field intpend_15h_fields[] = {
	HEX("IoMsgAddr", 0, 16, MSRKIT_RW, "IO address of the interrupt-pending message (the BM_STS register for message-based C1E)"),
	HEX("IoMsgData", 16, 8, MSRKIT_RW, "Data of the interrupt-pending IO write"),
	FLAG("IntrPndMsgDis", 24, MSRKIT_RW, "Interrupt-pending message disabled"),
	FLAG("IntrPndMsg", 25, MSRKIT_RW, "1: the message is an IO-space message; 0: a link interrupt-pending message"),
	FLAG("IoRd", 26, MSRKIT_RW, "The IO message is a read (0: a write)"),
	FLAG("BmStsClrOnHltEn", 29, MSRKIT_RW, "Clear the bus-master status bit on C1E entry (message-based C1E)"),
};
static const struct msrkit_field intpend_16h_fields[] = {
	HEX("IoMsgAddr", 0, 16, MSRKIT_RW, "IO address of the interrupt-pending message"),
	HEX("IoMsgData", 16, 8, MSRKIT_RW, "Data of the interrupt-pending IO write"),
	FLAG("IntrPndMsgDis", 24, MSRKIT_RW, "Interrupt-pending message disabled"),
	FLAG("IntrPndMsg", 25, MSRKIT_RW, "1: the message is an IO-space message; 0: a link interrupt-pending message"),
	FLAG("IoRd", 26, MSRKIT_RW, "The IO message is a read (0: a write)"),
};
/* Zen keeps the address with every bit reserved. */
/* ---- SmiTrigIoCycle (C001_0056) ---- */

static const struct msrkit_field smi_trig_io_fields[] = {
	HEX("IoPortAddress", 0, 16, MSRKIT_RW, "IO port of the SMI-trigger cycle"),
	HEX("IoData", 16, 8, MSRKIT_RW, "Data written by the SMI-trigger cycle"),
	FLAG("IoCycleEn", 25, MSRKIT_RW, "The SMI-trigger IO cycle is generated on a local SMI trigger event"),
	FLAG("IoRd", 26, MSRKIT_RW, "The cycle is a byte read (0: a byte write of IoData)"),
};

/* ---- MMIO_CONF_BASE (C001_0058) ---- */

static const char *const mmio_cfg_aliases[] = { "MSR_FAM10H_MMIO_CONF_BASE", "MmioCfgBaseAddr", "MMIO_CONF_BASE" };
static const struct msrkit_value_name bus_range[] = {
	{ 0, "1", "1 bus (1 MB)" }, { 1, "2", "2 buses (2 MB)" }, { 2, "4", "4 buses (4 MB)" },
	{ 3, "8", "8 buses (8 MB)" }, { 4, "16", "16 buses (16 MB)" }, { 5, "32", "32 buses (32 MB)" },
	{ 6, "64", "64 buses (64 MB)" }, { 7, "128", "128 buses (128 MB)" }, { 8, "256", "256 buses (256 MB)" },
};
static const struct msrkit_field mmio_cfg_fields[] = {
	FLAG("Enable", 0, MSRKIT_RW, "MMIO configuration space (ECAM) enabled"),
	{ .name = "BusRange", .lsb = 2, .width = 4, .access = MSRKIT_RW, .kind = MSRKIT_KIND_ENUM,
	  .desc = "Number of buses in the range; the range is 1 MB per bus", VALUES(bus_range) },
	PADDR("MmioCfgBaseAddr", 20, MSRKIT_RW, "Base address of the MMIO configuration range"),
};

/* ---- P-state current limit, control, status (C001_0061..63) ---- */

static const char *const pstate_cur_lim_aliases[] = { "MSR_AMD_PSTATE_CURRENT_LIMIT", "PSTATE_CURRENT_LIMIT" };
static const struct msrkit_field pstate_cur_lim_fields[] = {
	NUM("CurPstateLimit", 0, 3, MSRKIT_RO, "Highest-performance P-state currently allowed (0 = P0); never above PstateMaxVal"),
	NUM("PstateMaxVal", 4, 3, MSRKIT_RO, "Lowest-performance non-boosted P-state allowed; requests beyond it are clipped"),
};
static const char *const pstate_ctl_aliases[] = { "MSR_AMD_PERF_CTL", "PSTATE_CTL" };
static const struct msrkit_field pstate_ctl_fields[] = {
	NUM("PstateCmd", 0, 3, MSRKIT_RW, "Requested P-state (0 = P0); reads return the last value written"),
};
static const char *const pstate_stat_aliases[] = { "MSR_AMD_PERF_STATUS", "PSTATE_STATUS" };
static const struct msrkit_field pstate_stat_fields[] = {
	NUM("CurPstate", 0, 3, MSRKIT_RO, "Current non-boosted P-state of the core (0 = P0)"),
};

/* ---- P-state definitions (C001_0064..6B) ---- */

static const char *const pstate_def_aliases[] = { "MSR_AMD_PSTATE_DEF{n}", "PStateDef{n}_MSR" };

/* Family 10h: COF = 100 MHz x (CpuFid + 10h) / 2^CpuDid. */
static const struct msrkit_field pstate_def_10h_fields[] = {
	{ .name = "CpuFid", .lsb = 0, .width = 6, .access = MSRKIT_RW, .kind = MSRKIT_KIND_NUMBER,
	  .unit = MSRKIT_UNIT_AMD_COF_DID, .desc = "Core frequency ID: core frequency = 100 MHz x (CpuFid + 10h) / 2^CpuDid" },
	NUM("CpuDid", 6, 3, MSRKIT_RW, "Core divisor ID: divide by 2^CpuDid"),
	HEX("CpuVid", 9, 7, MSRKIT_RW, "Core voltage ID"),
	FLAG("NbDid", 22, MSRKIT_RW, "Northbridge divisor: 1 = divide the northbridge clock by 2"),
	HEX("NbVid", 25, 7, MSRKIT_RW, "Northbridge voltage ID"),
	NUM("IddValue", 32, 8, MSRKIT_RW, "Maximum current in this P-state, scaled by IddDiv"),
	{ .name = "IddDiv", .lsb = 40, .width = 2, .access = MSRKIT_RW, .kind = MSRKIT_KIND_ENUM,
	  .desc = "Divisor of IddValue", VALUES(idd_div) },
	FLAG("PstateEn", 63, MSRKIT_RW, "The P-state is valid"),
};
/* Family 15h (models 00h-0Fh): 7-bit VID, NbPstate selects the northbridge P-state. */
static const struct msrkit_field pstate_def_15h_fields[] = {
	{ .name = "CpuFid", .lsb = 0, .width = 6, .access = MSRKIT_RW, .kind = MSRKIT_KIND_NUMBER,
	  .unit = MSRKIT_UNIT_AMD_COF_DID, .desc = "Core frequency ID: core frequency = 100 MHz x (CpuFid + 10h) / 2^CpuDid" },
	NUM("CpuDid", 6, 3, MSRKIT_RW, "Core divisor ID: divide by 2^CpuDid"),
	HEX("CpuVid", 9, 7, MSRKIT_RW, "Core voltage ID (SVI1: 1.55 V - 12.5 mV x CpuVid)"),
	FLAG("NbPstate", 22, MSRKIT_RW, "Northbridge P-state used with this core P-state (0 = NB P0)"),
	NUM("IddValue", 32, 8, MSRKIT_RW, "Maximum current in this P-state, scaled by IddDiv"),
	{ .name = "IddDiv", .lsb = 40, .width = 2, .access = MSRKIT_RW, .kind = MSRKIT_KIND_ENUM,
	  .desc = "Divisor of IddValue", VALUES(idd_div) },
	FLAG("PstateEn", 63, MSRKIT_RW, "The P-state is valid"),
};
/* Family 16h: 8-bit VID (SVI2). */
static const struct msrkit_field pstate_def_16h_fields[] = {
	{ .name = "CpuFid", .lsb = 0, .width = 6, .access = MSRKIT_RW, .kind = MSRKIT_KIND_NUMBER,
	  .unit = MSRKIT_UNIT_AMD_COF_DID, .desc = "Core frequency ID: core frequency = 100 MHz x (CpuFid + 10h) / 2^CpuDid" },
	NUM("CpuDid", 6, 3, MSRKIT_RW, "Core divisor ID: divide by 2^CpuDid"),
	HEX("CpuVid", 9, 8, MSRKIT_RW, "Core voltage ID (SVI2: 1.55 V - 6.25 mV x CpuVid)"),
	FLAG("NbPstate", 22, MSRKIT_RW, "Northbridge P-state used with this core P-state"),
	NUM("IddValue", 32, 8, MSRKIT_RW, "Maximum current in this P-state, scaled by IddDiv"),
	{ .name = "IddDiv", .lsb = 40, .width = 2, .access = MSRKIT_RW, .kind = MSRKIT_KIND_ENUM,
	  .desc = "Divisor of IddValue", VALUES(idd_div) },
	FLAG("PstateEn", 63, MSRKIT_RW, "The P-state is valid"),
};
/* Zen: core frequency = CpuFid x 200 MHz / CpuDfsId (CpuDfsId in eighths). */
static const struct msrkit_field pstate_def_zen_fields[] = {
	{ .name = "CpuFid", .lsb = 0, .width = 8, .access = MSRKIT_RW, .kind = MSRKIT_KIND_NUMBER,
	  .unit = MSRKIT_UNIT_AMD_COF_DFS,
	  .desc = "Core frequency multiplier: core frequency = CpuFid x 200 MHz / CpuDfsId" },
	NUM("CpuDfsId", 8, 6, MSRKIT_RW, "Core divisor in eighths: 8 = divide by 1, 9 = by 1.125, ...; 0 = off"),
	HEX("CpuVid", 14, 8, MSRKIT_RW, "Core voltage ID bits 7:0 (SVI2: 1.55 V - 6.25 mV x CpuVid)"),
	NUM("IddValue", 22, 8, MSRKIT_RW, "Expected maximum current of one core in this P-state, scaled by IddDiv (for ACPI _PSS)"),
	{ .name = "IddDiv", .lsb = 30, .width = 2, .access = MSRKIT_RW, .kind = MSRKIT_KIND_ENUM,
	  .desc = "Divisor of IddValue", VALUES(idd_div) },
	FLAG("CpuVid_8", 32, MSRKIT_RW, "Core voltage ID bit 8, on SVI3 parts"),
	FLAG("PstateEn", 63, MSRKIT_RW, "The P-state is valid (informational after reset; controls no hardware)"),
};
/* Family 1Ah: a 12-bit frequency ID in 5 MHz steps, no divisor. */
static const struct msrkit_field pstate_def_1ah_fields[] = {
	{ .name = "CpuFid", .lsb = 0, .width = 12, .access = MSRKIT_RW, .kind = MSRKIT_KIND_NUMBER,
	  .unit = MSRKIT_UNIT_MHZ, .scale = 5, .desc = "Core frequency in 5 MHz steps" },
	HEX("CpuVid", 14, 8, MSRKIT_RW, "Core voltage ID bits 7:0"),
	NUM("IddValue", 22, 8, MSRKIT_RW, "Expected maximum current of one core in this P-state, scaled by IddDiv (for ACPI _PSS)"),
	{ .name = "IddDiv", .lsb = 30, .width = 2, .access = MSRKIT_RW, .kind = MSRKIT_KIND_ENUM,
	  .desc = "Divisor of IddValue", VALUES(idd_div) },
	FLAG("CpuVid_8", 32, MSRKIT_RW, "Core voltage ID bit 8"),
	FLAG("PstateEn", 63, MSRKIT_RW, "The P-state is valid"),
};

/* ---- COFVID control and status (C001_0070, C001_0071) ---- */

static const char *const cofvid_ctl_aliases[] = { "MSR_COFVID_CTL", "COFVID_CTL" };
static const struct msrkit_field cofvid_ctl_10h_fields[] = {
	{ .name = "CpuFid", .lsb = 0, .width = 6, .access = MSRKIT_RW, .kind = MSRKIT_KIND_NUMBER,
	  .unit = MSRKIT_UNIT_AMD_COF_DID, .desc = "Core frequency ID to change to: frequency = 100 MHz x (CpuFid + 10h) / 2^CpuDid" },
	NUM("CpuDid", 6, 3, MSRKIT_RW, "Core divisor ID to change to"),
	HEX("CpuVid", 9, 7, MSRKIT_RW, "Core voltage ID to change to"),
	NUM("PstateId", 16, 3, MSRKIT_RW, "P-state number of the requested settings"),
	FLAG("NbDid", 22, MSRKIT_RW, "Northbridge divisor to change to"),
	HEX("NbVid", 25, 7, MSRKIT_RW, "Northbridge voltage ID to change to"),
};
static const struct msrkit_field cofvid_ctl_15h_fields[] = {
	{ .name = "CpuFid", .lsb = 0, .width = 6, .access = MSRKIT_RW, .kind = MSRKIT_KIND_NUMBER,
	  .unit = MSRKIT_UNIT_AMD_COF_DID, .desc = "Core frequency ID to change to: frequency = 100 MHz x (CpuFid + 10h) / 2^CpuDid" },
	NUM("CpuDid", 6, 3, MSRKIT_RW, "Core divisor ID to change to"),
	HEX("CpuVid", 9, 7, MSRKIT_RW, "Core voltage ID to change to"),
	NUM("PstateId", 16, 3, MSRKIT_RW, "P-state number of the requested settings"),
	FLAG("NbPstate", 22, MSRKIT_RW, "Northbridge P-state to change to"),
};
static const struct msrkit_field cofvid_ctl_16h_fields[] = {
	{ .name = "CpuFid", .lsb = 0, .width = 6, .access = MSRKIT_RW, .kind = MSRKIT_KIND_NUMBER,
	  .unit = MSRKIT_UNIT_AMD_COF_DID, .desc = "Core frequency ID to change to: frequency = 100 MHz x (CpuFid + 10h) / 2^CpuDid" },
	NUM("CpuDid", 6, 3, MSRKIT_RW, "Core divisor ID to change to"),
	HEX("CpuVid_6_0", 9, 7, MSRKIT_RW, "Core voltage ID bits 6:0 to change to"),
	NUM("PstateId", 16, 3, MSRKIT_RW, "P-state number of the requested settings"),
	FLAG("CpuVid_7", 20, MSRKIT_RW, "Core voltage ID bit 7"),
	FLAG("NbPstate", 22, MSRKIT_RW, "Northbridge P-state to change to"),
	HEX("NbVid", 24, 8, MSRKIT_RW, "Northbridge voltage ID"),
};

static const char *const cofvid_sts_aliases[] = { "MSR_COFVID_STS", "COFVID_STS", "MSR_AMD_COFVID_STATUS" };
/* Families 10h and 15h share the status layout. */
static const struct msrkit_field cofvid_sts_10h_fields[] = {
	{ .name = "CurCpuFid", .lsb = 0, .width = 6, .access = MSRKIT_RO, .kind = MSRKIT_KIND_NUMBER,
	  .unit = MSRKIT_UNIT_AMD_COF_DID,
	  .desc = "Current core frequency ID: core frequency = 100 MHz x (CurCpuFid + 10h) / 2^CurCpuDid" },
	NUM("CurCpuDid", 6, 3, MSRKIT_RO, "Current core divisor ID"),
	HEX("CurCpuVid", 9, 7, MSRKIT_RO, "Current core voltage ID"),
	NUM("CurPstate", 16, 3, MSRKIT_RO, "Current P-state"),
	FLAG("CurNbDid", 22, MSRKIT_RO, "Current northbridge divisor"),
	HEX("CurNbVid", 25, 7, MSRKIT_RO, "Current northbridge voltage ID"),
	NUM("StartupPstate", 32, 3, MSRKIT_RO, "P-state at reset"),
	HEX("MaxVid", 35, 7, MSRKIT_RO, "Voltage ID of the highest voltage supported"),
	HEX("MinVid", 42, 7, MSRKIT_RO, "Voltage ID of the lowest voltage supported"),
	HEX("MaxCpuCof", 49, 6, MSRKIT_RO, "Maximum core frequency, in 100 MHz units"),
	NUM("CurPstateLimit", 56, 3, MSRKIT_RO, "Current P-state limit"),
	HEX("MaxNbFid", 59, 5, MSRKIT_RO, "Maximum northbridge frequency ID"),
};
static const struct msrkit_field cofvid_sts_16h_fields[] = {
	{ .name = "CurCpuFid", .lsb = 0, .width = 6, .access = MSRKIT_RO, .kind = MSRKIT_KIND_NUMBER,
	  .unit = MSRKIT_UNIT_AMD_COF_DID,
	  .desc = "Current core frequency ID: core frequency = 100 MHz x (CurCpuFid + 10h) / 2^CurCpuDid" },
	NUM("CurCpuDid", 6, 3, MSRKIT_RO, "Current core divisor ID"),
	HEX("CurCpuVid_6_0", 9, 7, MSRKIT_RO, "Current core voltage ID bits 6:0"),
	NUM("CurPstate", 16, 3, MSRKIT_RO, "Current P-state"),
	FLAG("CurCpuVid_7", 20, MSRKIT_RO, "Current core voltage ID bit 7"),
	FLAG("NbPstateDis", 23, MSRKIT_RO, "Northbridge P-states disabled"),
	HEX("CurNbVid", 24, 8, MSRKIT_RO, "Current northbridge voltage ID"),
	NUM("StartupPstate", 32, 3, MSRKIT_RO, "P-state at reset"),
	{ .name = "MaxCpuCof", .lsb = 49, .width = 6, .access = MSRKIT_RO, .kind = MSRKIT_KIND_NUMBER,
	  .unit = MSRKIT_UNIT_MHZ, .scale = 100, .desc = "Maximum core frequency" },
	NUM("CurPstateLimit", 56, 3, MSRKIT_RO, "Current P-state limit"),
	HEX("MaxNbCof", 59, 5, MSRKIT_RO, "Maximum northbridge frequency"),
};

/* ---- CStateBaseAddr (C001_0073), CpuWdtCfg (C001_0074) ---- */

static const char *const cstate_base_aliases[] = { "MSR_CSTATE_ADDRESS", "CSTATE_BASE_ADDR" };
static const struct msrkit_field cstate_base_fields[] = {
	HEX("CstateAddr", 0, 16, MSRKIT_RW, "IO port base trapped for C-state entry (CstateAddr to CstateAddr+7); 0 = none"),
};
static const char *const cpu_wdt_aliases[] = { "MSR_CpuWdtCfg", "CPU_WDT_CFG" };
static const struct msrkit_value_name wdt_time_base[] = {
	{ 0, "1.31ms", "1.31 ms" },
	{ 1, "1.28us", "1.28 us" },
};
static const struct msrkit_value_name wdt_count_sel[] = {
	{ 0, "4095", "4095 time bases" }, { 1, "2047", "2047 time bases" }, { 2, "1023", "1023 time bases" },
	{ 3, "511", "511 time bases" }, { 4, "255", "255 time bases" }, { 5, "127", "127 time bases" },
	{ 6, "63", "63 time bases" }, { 7, "31", "31 time bases" }, { 8, "8191", "8191 time bases" },
	{ 9, "16383", "16383 time bases" },
};
static const struct msrkit_field cpu_wdt_fields[] = {
	FLAG("CpuWdtEn", 0, MSRKIT_RW, "CPU watchdog timer enabled"),
	{ .name = "CpuWdtTimeBase", .lsb = 1, .width = 2, .access = MSRKIT_RW, .kind = MSRKIT_KIND_ENUM,
	  .desc = "Time base of the watchdog period", VALUES(wdt_time_base) },
	{ .name = "CpuWdtCountSel", .lsb = 3, .width = 4, .access = MSRKIT_RW, .kind = MSRKIT_KIND_ENUM,
	  .desc = "Multiplier of the time base: the watchdog period", VALUES(wdt_count_sel) },
};

/* ---- SMM (C001_0111..0113, 0116, 011A) ---- */

static const char *const smm_base_aliases[] = { "MSR_K8_SMM_BASE" };
static const struct msrkit_field smm_base_fields[] = {
	HEX("SmmBase", 0, 32, MSRKIT_RWL, "Base of the SMM memory region; CS is loaded with SmmBase[19:4] on SMM entry (read-only after SmmLock)"),
};
static const char *const smm_addr_aliases[] = { "MSR_K8_TSEG_ADDR", "SMMAddr" };
static const struct msrkit_field smm_addr_fields[] = {
	PADDR("TSegBase", 17, MSRKIT_RWL, "Base of the TSeg SMM range (read-only after HWCR.SmmLock)"),
};
static const char *const smm_mask_aliases[] = { "MSR_K8_TSEG_MASK", "SMMMask" };
static const struct msrkit_field smm_mask_fields[] = {
	FLAG("AValid", 0, MSRKIT_RWL, "ASeg SMM range (A0000h-BFFFFh) enabled"),
	FLAG("TValid", 1, MSRKIT_RWL, "TSeg SMM range enabled"),
	FLAG("AClose", 2, MSRKIT_RWL, "In SMM, data accesses to ASeg go to MMIO"),
	FLAG("TClose", 3, MSRKIT_RWL, "In SMM, data accesses to TSeg go to MMIO"),
	FLAG("AMTypeIoWc", 4, MSRKIT_RWL, "Non-SMM ASeg accesses (to MMIO) are write-combining (0: uncacheable)"),
	FLAG("TMTypeIoWc", 5, MSRKIT_RWL, "Non-SMM TSeg accesses (to MMIO) are write-combining (0: uncacheable)"),
	{ .name = "AMTypeDram", .lsb = 8, .width = 3, .access = MSRKIT_RWL, .kind = MSRKIT_KIND_ENUM,
	  .desc = "Memory type of SMM accesses to ASeg in DRAM", VALUES(mem_types) },
	{ .name = "TMTypeDram", .lsb = 12, .width = 3, .access = MSRKIT_RWL, .kind = MSRKIT_KIND_ENUM,
	  .desc = "Memory type of SMM accesses to TSeg in DRAM", VALUES(mem_types) },
	PADDR("TSegMask", 17, MSRKIT_RWL, "Address mask of the TSeg range"),
};

/* ---- SVM (C001_0114..0118) ---- */

static const char *const vm_cr_aliases[] = { "MSR_VM_CR" };
static const struct msrkit_value_name vm_cr_lock[] = {
	{ 0, "unlocked", "LOCK and SVMDIS can be written" },
	{ 1, "locked", "writes to LOCK and SVMDIS are ignored until SVM_KEY unlocks them or reset" },
};
static const struct msrkit_value_name vm_cr_svmdis[] = {
	{ 0, "SVM allowed", "EFER.SVME can be set" },
	{ 1, "SVM disabled", "EFER.SVME is must-be-zero; with LOCK = 1 SVM is disabled in firmware, with LOCK = 0 software can clear SVMDIS" },
};
static const struct msrkit_field vm_cr_fields[] = {
	FLAG("DPD", 0, MSRKIT_RW, "Debug port disabled: the external hardware debug port and some internal debug features are off"),
	FLAG("R_INIT", 1, MSRKIT_RW, "Non-intercepted INIT signals become #SX exceptions (set by SKINIT)"),
	FLAG("DIS_A20M", 2, MSRKIT_RW, "A20 masking disabled"),
	{ .name = "LOCK", .lsb = 3, .width = 1, .access = MSRKIT_RWO, .kind = MSRKIT_KIND_FLAG,
	  .desc = "Locks LOCK and SVMDIS; only a matching write to SVM_KEY clears it", VALUES(vm_cr_lock) },
	{ .name = "SVMDIS", .lsb = 4, .width = 1, .access = MSRKIT_RWL, .kind = MSRKIT_KIND_FLAG,
	  .desc = "SVM disabled: EFER.SVME cannot be set (CPUID still reports SVM); enable AMD-V/SVM in the firmware setup when LOCK is also set",
	  VALUES(vm_cr_svmdis) },
};
static const char *const ignne_aliases[] = { "MSR_VM_IGNNE", "VM_IGNNE" };
static const struct msrkit_field ignne_fields[] = {
	FLAG("IGNNE", 0, MSRKIT_RW, "Current state of the processor-internal IGNNE signal"),
};
static const char *const smm_ctl_aliases[] = { "MSR_SMM_CTL" };
static const struct msrkit_field smm_ctl_fields[] = {
	FLAG("DISMISS", 0, MSRKIT_WO, "Clear the SMI-pending flag"),
	FLAG("ENTER", 1, MSRKIT_WO, "Enter SMM"),
	FLAG("SMI_CYCLE", 2, MSRKIT_WO, "Send an SMI special bus cycle"),
	FLAG("EXIT", 3, MSRKIT_WO, "Exit SMM"),
	FLAG("RSM_CYCLE", 4, MSRKIT_WO, "Send an RSM special bus cycle"),
};
static const char *const vm_hsave_aliases[] = { "MSR_VM_HSAVE_PA" };
static const struct msrkit_field vm_hsave_fields[] = {
	PADDR("VM_HSAVE_PA", 12, MSRKIT_RW, "Physical address of the 4 KB host save area VMRUN writes and #VMEXIT restores; must be set before VMRUN"),
};
static const char *const svm_key_aliases[] = { "SvmLockKey", "MSR_SVM_LOCK_KEY" };
static const struct msrkit_field svm_key_fields[] = {
	HEX("SvmLockKey", 0, 64, MSRKIT_RW,
	    "Key set while VM_CR.LOCK is 0; writing the same non-zero key later clears VM_CR.LOCK (reads return 0)"),
};

/* ---- LocalSmiStatus, AVIC doorbell, VM page flush, GHCB, SEV status ---- */

static const struct msrkit_field local_smi_status_fields[] = {
	HEX("LocalSmiStatus", 0, 32, MSRKIT_RW, "Source of the last SMI, as in the SMM save state; updated when SMM_CTL.DISMISS is written"),
};
static const char *const avic_doorbell_aliases[] = { "MSR_AMD64_SVM_AVIC_DOORBELL", "AVIC_DOORBELL" };
static const struct msrkit_field avic_doorbell_fields[] = {
	HEX("ApicId", 0, 8, MSRKIT_WO, "Physical APIC ID of the core to ring (AVIC doorbell interrupt)"),
};
static const char *const vm_page_flush_aliases[] = { "MSR_AMD64_VM_PAGE_FLUSH", "VMPAGE_FLUSH" };
static const struct msrkit_field vm_page_flush_fields[] = {
	HEX("ASID", 0, 12, MSRKIT_WO, "ASID whose encrypted page is flushed"),
	{ .name = "VirtualAddr", .lsb = 12, .width = 52, .access = MSRKIT_WO, .kind = MSRKIT_KIND_ADDRESS,
	  .desc = "Guest address of the 4 KB page to flush from the caches" },
};
static const char *const ghcb_aliases[] = { "MSR_AMD64_SEV_ES_GHCB" };
static const struct msrkit_field ghcb_fields[] = {
	HEX("GHCBPA", 0, 64, MSRKIT_RW, "Guest physical address of the Guest-Hypervisor Communication Block (SEV-ES guests only; #GP in the hypervisor)"),
};
static const char *const sev_status_aliases[] = { "MSR_AMD64_SEV" };
static const struct msrkit_field sev_status_fields[] = {
	FLAG("SevEnabled", 0, MSRKIT_RO, "The guest was launched with SEV"),
	FLAG("SevEsEnabled", 1, MSRKIT_RO, "The guest was launched with SEV-ES"),
	FLAG("SevSnpEnabled", 2, MSRKIT_RO, "The guest was launched with SEV-SNP"),
};

/* ---- VIRT_SPEC_CTRL (C001_011F) ---- */

static const char *const virt_spec_ctrl_aliases[] = { "MSR_AMD64_VIRT_SPEC_CTRL" };
static const struct msrkit_field virt_spec_ctrl_fields[] = {
	FLAG("SSBD", 2, MSRKIT_RW, "Speculative Store Bypass Disable, as presented to guests by a hypervisor"),
};

/* ---- OSVW (C001_0140, C001_0141) ---- */

static const char *const osvw_len_aliases[] = { "MSR_AMD64_OSVW_ID_LENGTH" };
static const struct msrkit_field osvw_len_fields[] = {
	NUM("OSVWIdLength", 0, 16, MSRKIT_RW, "Number of valid status bits in OSVW_Status (see the revision guide for their errata)"),
};
static const char *const osvw_status_aliases[] = { "MSR_AMD64_OSVW_STATUS" };
static const struct msrkit_field osvw_status_fields[] = {
	HEX("OsvwStatusBits", 0, 64, MSRKIT_RW, "Bit n set: erratum with OS-visible work-around ID n is present (see the revision guide)"),
};

/* ---- PERF_CTL / PERF_CTR (C001_0200..020B) ---- */

static const char *const perf_ctl_aliases[] = { "MSR_F15H_PERF_CTL{n}" };
static const char *const perf_ctr_aliases[] = { "MSR_F15H_PERF_CTR{n}" };

/* ---- L3 performance counters (C001_0230..023B) ---- */

static const char *const l3_pmc_cfg_aliases[] = { "MSR_F16H_L2I_PERF_CTL{n}", "L3_PERF_CTL{n}" };
static const struct msrkit_field l3_pmc_cfg_fields[] = {
	HEX("EventSel", 0, 8, MSRKIT_RW, "L3 event to count"),
	HEX("UnitMask", 8, 8, MSRKIT_RW, "Event qualification"),
	FLAG("Enable", 22, MSRKIT_RW, "L3 counter enabled"),
	HEX("SliceMask", 48, 4, MSRKIT_RW, "L3 slices counted (one bit per slice)"),
	HEX("ThreadMask", 56, 8, MSRKIT_RW, "Threads of the complex counted (bit 2c+t: core c thread t)"),
};
static const char *const l3_pmc_aliases[] = { "MSR_F16H_L2I_PERF_CTR{n}", "L3_PERF_CTR{n}" };
static const struct msrkit_field l3_pmc_fields[] = {
	NUM("CountLo", 0, 32, MSRKIT_RW, "Counter bits 31:0"),
	NUM("CountHi", 32, 16, MSRKIT_RW, "Counter bits 47:32"),
	FLAG("Overflow", 48, MSRKIT_RW, "The counter overflowed"),
};

/* ---- Data fabric / northbridge performance counters (C001_0240..0247) ---- */

static const char *const df_pmc_cfg_aliases[] = { "MSR_F15H_NB_PERF_CTL{n}", "NB_PERF_CTL{n}" };
static const struct msrkit_field df_pmc_cfg_fields[] = {
	HEX("EventSelect", 0, 8, MSRKIT_RW, "Event select bits 7:0"),
	HEX("UnitMask", 8, 8, MSRKIT_RW, "Event qualification"),
	FLAG("En", 22, MSRKIT_RW, "Counter enabled"),
	HEX("EventSelect_11_8", 32, 4, MSRKIT_RW, "Event select bits 11:8"),
};
static const char *const df_pmc_aliases[] = { "MSR_F15H_NB_PERF_CTR{n}", "NB_PERF_CTR{n}" };

/* ---- Zen power management (C001_0292..0297) ---- */

static const char *const pwr_mgmt_misc_aliases[] = { "PwrMgtMisc", "MSR_PMGT_MISC", "MSR_AMD_PC6_F17H_STATUS" };
static const struct msrkit_field pwr_mgmt_misc_fields[] = {
	NUM("CurHwPstateLimit", 0, 3, MSRKIT_RO, "Current hardware P-state limit"),
	NUM("StartupPstate", 3, 3, MSRKIT_RO, "P-state at reset"),
	FLAG("DFPstateDis", 6, MSRKIT_RO, "Data fabric P-states disabled"),
	HEX("CurDFVid", 7, 8, MSRKIT_RO, "Current data fabric voltage ID"),
	{ .name = "MaxCpuCof", .lsb = 15, .width = 6, .access = MSRKIT_RO, .kind = MSRKIT_KIND_NUMBER,
	  .unit = MSRKIT_UNIT_MHZ, .scale = 100, .desc = "Maximum core frequency" },
	{ .name = "MaxDFCof", .lsb = 21, .width = 5, .access = MSRKIT_RO, .kind = MSRKIT_KIND_NUMBER,
	  .desc = "Maximum data fabric frequency ID" },
	NUM("CpbCap", 26, 3, MSRKIT_RO, "Number of boosted P-states (core performance boost capability)"),
	FLAG("PC6En", 32, MSRKIT_RW, "Package C6 enabled"),
};
static const char *const hw_pstate_status_aliases[] = { "HwPstateStatus", "MSR_HW_PSTATE_STATUS" };
static const struct msrkit_field hw_pstate_status_fields[] = {
	{ .name = "CurCpuFid", .lsb = 0, .width = 8, .access = MSRKIT_RO, .kind = MSRKIT_KIND_NUMBER,
	  .unit = MSRKIT_UNIT_AMD_COF_DFS,
	  .desc = "Current core frequency multiplier: core frequency = CurCpuFid x 200 MHz / CurCpuDfsId, boost included" },
	NUM("CurCpuDfsId", 8, 6, MSRKIT_RO, "Current core divisor in eighths (8 = divide by 1)"),
	HEX("CurCpuVid", 14, 8, MSRKIT_RO, "Current core voltage ID"),
	NUM("CurHwPstate", 22, 3, MSRKIT_RO, "Current hardware P-state (boosted states count from 0)"),
};
/* Family 1Ah keeps the Zen layout of PWR_MGMT_MISC (openSIL's Zen 5 union
 * splits bits 28:0 and 32 the same way and reads MaxCpuCof at 20:15); it adds
 * bit 30, which openSIL adds as 50 MHz to MaxCpuCof but does not name. */
static const struct msrkit_field pwr_mgmt_misc_1ah_fields[] = {
	NUM("CurHwPstateLimit", 0, 3, MSRKIT_RO, "Current hardware P-state limit"),
	NUM("StartupPstate", 3, 3, MSRKIT_RO, "P-state at reset"),
	FLAG("DFPstateDis", 6, MSRKIT_RO, "Data fabric P-states disabled"),
	HEX("CurDFVid", 7, 8, MSRKIT_RO, "Current data fabric voltage ID"),
	{ .name = "MaxCpuCof", .lsb = 15, .width = 6, .access = MSRKIT_RO, .kind = MSRKIT_KIND_NUMBER,
	  .unit = MSRKIT_UNIT_MHZ, .scale = 100,
	  .desc = "Maximum core frequency in 100 MHz steps; bit 30 set adds 50 MHz (0 = no limit given)" },
	{ .name = "MaxDFCof", .lsb = 21, .width = 5, .access = MSRKIT_RO, .kind = MSRKIT_KIND_NUMBER,
	  .desc = "Maximum data fabric frequency ID" },
	NUM("CpbCap", 26, 3, MSRKIT_RO, "Number of boosted P-states (core performance boost capability)"),
	FLAG("PC6En", 32, MSRKIT_RW, "Package C6 enabled"),
};
/* Family 1Ah: openSIL waits for bits 11:0 to equal PStateDef.CpuFid after a
 * P-state change, so they are the current frequency in 5 MHz steps; the VID
 * and P-state fields keep their Zen places. */
static const struct msrkit_field hw_pstate_status_1ah_fields[] = {
	{ .name = "CurCpuFid", .lsb = 0, .width = 12, .access = MSRKIT_RO, .kind = MSRKIT_KIND_NUMBER,
	  .unit = MSRKIT_UNIT_MHZ, .scale = 5, .desc = "Current core frequency in 5 MHz steps, boost included" },
	HEX("CurCpuVid", 14, 8, MSRKIT_RO, "Current core voltage ID"),
	NUM("CurHwPstate", 22, 3, MSRKIT_RO, "Current hardware P-state (boosted states count from 0)"),
};
static const char *const cstate_policy_aliases[] = { "CStatePolicy", "MSR_CSTATE_POLICY" };
/* Fields both C-state policy layouts share, defined once. */
#define CSTATE_CC1_TMRSEL NUM("CC1_TMRSEL", 0, 2, MSRKIT_RW, "CC1 timer select: time base of CC1_TMRLEN (0 = timer off)")
#define CSTATE_CC1_TMRLEN NUM("CC1_TMRLEN", 2, 5, MSRKIT_RW, "CC1 timer length")
#define CSTATE_HYST_TMRSEL \
	NUM("HYST_TMRSEL", 7, 2, MSRKIT_RW, "Hysteresis timer select: time base of HYST_TMRLEN (0 = timer off)")
#define CSTATE_HYST_TMRLEN NUM("HYST_TMRLEN", 9, 5, MSRKIT_RW, "Hysteresis timer length")
#define CSTATE_CFOH_TMRLEN NUM("CFOH_TMRLEN", 14, 7, MSRKIT_RW, "Cache-flush-on-halt timer length")
#define CSTATE_MONITORS \
	NUM("CFSM_DURATION", 32, 7, MSRKIT_RW, "Cache flush success monitor duration"), \
	NUM("CFSM_THRESHOLD", 39, 3, MSRKIT_RW, "Cache flush success monitor threshold (0 = monitor off)"), \
	NUM("CFSM_MISPREDACT", 42, 2, MSRKIT_RW, \
	    "Cache flush success monitor mispredict action: 0 = reset, 1-3 = decrement by 1-3"), \
	NUM("IRM_DECRRATE", 44, 5, MSRKIT_RW, "Interrupt rate monitor decrement rate"), \
	NUM("IRM_BURSTEN", 49, 3, MSRKIT_RW, "Interrupt rate monitor burst enable"), \
	NUM("IRM_THRESHOLD", 52, 4, MSRKIT_RW, "Interrupt rate monitor threshold"), \
	NUM("IRM_MAXDEPTH", 56, 4, MSRKIT_RW, "Interrupt rate monitor maximum depth"), \
	FLAG("CIT_EN", 60, MSRKIT_RW, "C-state idle tracker enabled"), \
	FLAG("CIT_FASTSAMPLE", 61, MSRKIT_RW, "C-state idle tracker fast sampling")

static const struct msrkit_field cstate_policy_fields[] = {
	CSTATE_CC1_TMRSEL, CSTATE_CC1_TMRLEN, CSTATE_HYST_TMRSEL, CSTATE_HYST_TMRLEN, CSTATE_CFOH_TMRLEN,
	CSTATE_MONITORS,
};
/* Zen 3 to Zen 5 add the C1E timer, the cache-flush-on-halt timer select and
 * CLT_EN (PPR names as Oxide's illumos transcribes them for Milan, Genoa and
 * Turin; its C-state code treats the three alike). */
static const struct msrkit_field cstate_policy_19h_fields[] = {
	CSTATE_CC1_TMRSEL, CSTATE_CC1_TMRLEN, CSTATE_HYST_TMRSEL, CSTATE_HYST_TMRLEN, CSTATE_CFOH_TMRLEN,
	FLAG("CFOH_TMRSEL", 21, MSRKIT_RW, "Cache-flush-on-halt timer select: time base of CFOH_TMRLEN"),
	NUM("C1E_TMRSEL", 22, 2, MSRKIT_RW, "C1E timer select: time base of C1E_TMRLEN"),
	NUM("C1E_TMRLEN", 24, 5, MSRKIT_RW, "C1E timer length"),
	FLAG("C1E_EN", 29, MSRKIT_RW, "C1E enabled"),
	CSTATE_MONITORS,
	FLAG("CLT_EN", 62, MSRKIT_RW, "CLT enabled (a C-state policy mechanism published without further description)"),
};
static const char *const cstate_cfg_aliases[] = { "CStateCfg", "MSR_CSTATE_CFG", "MSR_AMD_CC6_F17H_STATUS" };
static const struct msrkit_field cstate_cfg_fields[] = {
	NUM("CCR0_CC1DFSID", 0, 6, MSRKIT_RW, "Core clock divisor while in CC1, C-state request 0"),
	FLAG("CCR0_CC6EN", 6, MSRKIT_RW, "Core C6 allowed for C-state request 0"),
	NUM("CCR1_CC1DFSID", 8, 6, MSRKIT_RW, "Core clock divisor while in CC1, C-state request 1"),
	FLAG("CCR1_CC6EN", 14, MSRKIT_RW, "Core C6 allowed for C-state request 1"),
	NUM("CCR2_CC1DFSID", 16, 6, MSRKIT_RW, "Core clock divisor while in CC1, C-state request 2"),
	FLAG("CCR2_CC6EN", 22, MSRKIT_RW, "Core C6 allowed for C-state request 2"),
};
/* Family 1Ah adds a fourth C-state request: openSIL's Zen 5 C6 setup writes
 * bits 29:24 and 30 exactly as it writes each CCRn_CC1DFSID/CCRn_CC6EN pair,
 * and Oxide's illumos names bit 30 CCR3_CC6EN. */
static const struct msrkit_field cstate_cfg_1ah_fields[] = {
	NUM("CCR0_CC1DFSID", 0, 6, MSRKIT_RW, "Core clock divisor while in CC1, C-state request 0"),
	FLAG("CCR0_CC6EN", 6, MSRKIT_RW, "Core C6 allowed for C-state request 0"),
	NUM("CCR1_CC1DFSID", 8, 6, MSRKIT_RW, "Core clock divisor while in CC1, C-state request 1"),
	FLAG("CCR1_CC6EN", 14, MSRKIT_RW, "Core C6 allowed for C-state request 1"),
	NUM("CCR2_CC1DFSID", 16, 6, MSRKIT_RW, "Core clock divisor while in CC1, C-state request 2"),
	FLAG("CCR2_CC6EN", 22, MSRKIT_RW, "Core C6 allowed for C-state request 2"),
	NUM("CCR3_CC1DFSID", 24, 6, MSRKIT_RW, "Core clock divisor while in CC1, C-state request 3"),
	FLAG("CCR3_CC6EN", 30, MSRKIT_RW, "Core C6 allowed for C-state request 3"),
};
static const char *const pwr_mgmt_dflt_aliases[] = { "PwrMgtDflt", "MSR_PWR_MGMT_DFLT" };
static const struct msrkit_field pwr_mgmt_dflt_fields[] = {
	NUM("CC6EXIT_DFSID", 0, 6, MSRKIT_RW, "Core clock divisor on CC6 exit"),
	FLAG("CC6EXIT_POPUP_EN", 6, MSRKIT_RW, "Pop up the frequency on CC6 exit"),
	NUM("CC6CF_DFSID", 7, 6, MSRKIT_RW, "Core clock divisor during the CC6 cache flush"),
	FLAG("CC6CF_POPDN_EN", 13, MSRKIT_RW, "Pop down the frequency for the CC6 cache flush"),
	FLAG("CC6EXIT_STRETCHEN", 14, MSRKIT_RW, "Clock stretching on CC6 exit"),
	FLAG("CC6EXIT_STRETCHCLKDIV2", 15, MSRKIT_RW, "Clock stretch divides by 2 on CC6 exit"),
	FLAG("CC6EXIT_STRETCHALLDIV2", 16, MSRKIT_RW, "Stretch all clocks by 2 on CC6 exit"),
	FLAG("CC6CF_STRETCHEN", 17, MSRKIT_RW, "Clock stretching during the CC6 cache flush"),
	FLAG("CC6CF_STRETCHCLKDIV2", 18, MSRKIT_RW, "Clock stretch divides by 2 during the CC6 cache flush"),
	FLAG("CC6CF_STRETCHALLDIV2", 19, MSRKIT_RW, "Stretch all clocks by 2 during the CC6 cache flush"),
};

/* ---- RAPL (C001_0299..029B) ---- */

static const char *const rapl_unit_aliases[] = { "MSR_AMD_RAPL_POWER_UNIT", "RAPL_POWER_UNIT_AMD" };
static const struct msrkit_field rapl_unit_fields[] = {
	{ .name = "PU", .lsb = 0, .width = 4, .access = MSRKIT_RO, .kind = MSRKIT_KIND_NUMBER,
	  .unit = MSRKIT_UNIT_INV_POW2_W, .desc = "Power unit: 1/2^PU watt" },
	{ .name = "ESU", .lsb = 8, .width = 5, .access = MSRKIT_RO, .kind = MSRKIT_KIND_NUMBER,
	  .unit = MSRKIT_UNIT_INV_POW2_J, .desc = "Energy status unit: 1/2^ESU joule" },
	{ .name = "TU", .lsb = 16, .width = 4, .access = MSRKIT_RO, .kind = MSRKIT_KIND_NUMBER,
	  .unit = MSRKIT_UNIT_INV_POW2_S, .desc = "Time unit: 1/2^TU second" },
};
static const char *const core_energy_aliases[] = { "MSR_AMD_CORE_ENERGY_STATUS", "CORE_ENERGY_STATUS" };
static const char *const pkg_energy_aliases[] = { "MSR_AMD_PKG_ENERGY_STATUS", "PKG_ENERGY_STATUS_AMD" };
static const struct msrkit_field energy_fields[] = {
	{ .name = "TotalEnergyConsumed", .lsb = 0, .width = 32, .access = MSRKIT_RO, .kind = MSRKIT_KIND_NUMBER,
	  .unit = MSRKIT_UNIT_RAPL_ENERGY, .desc = "Energy consumed since reset, in RAPL_PWR_UNIT.ESU units; wraps around" },
};

/* ---- CPPC (C001_02B0..02B3) ---- */

static const char *const cppc_cap1_aliases[] = { "MSR_AMD_CPPC_CAP1", "CPPC_CAPABILITY_1" };
static const struct msrkit_field cppc_cap1_fields[] = {
	NUM("LowestPerf", 0, 8, MSRKIT_RO, "Lowest performance level the processor can reach"),
	NUM("LowNonlinPerf", 8, 8, MSRKIT_RO, "Lowest level with non-linear power savings (most efficient)"),
	NUM("NominalPerf", 16, 8, MSRKIT_RO, "Highest sustained performance level (base frequency)"),
	NUM("HighestPerf", 24, 8, MSRKIT_RO, "Highest performance level (maximum boost)"),
};
static const char *const cppc_enable_aliases[] = { "MSR_AMD_CPPC_ENABLE" };
static const struct msrkit_field cppc_enable_fields[] = {
	FLAG("CppcEnable", 0, MSRKIT_RWO, "CPPC enabled: performance is requested through CPPC_REQUEST; stays set until reset"),
};
static const char *const cppc_req_aliases[] = { "MSR_AMD_CPPC_REQ", "CPPC_REQ" };
static const struct msrkit_field cppc_req_fields[] = {
	NUM("MaxPerf", 0, 8, MSRKIT_RW, "Maximum performance level requested"),
	NUM("MinPerf", 8, 8, MSRKIT_RW, "Minimum performance level requested"),
	NUM("DesPerf", 16, 8, MSRKIT_RW, "Desired performance level; 0 = autonomous selection"),
	NUM("EnergyPerfPref", 24, 8, MSRKIT_RW, "Energy/performance preference: 0 = performance ... 255 = energy saving"),
};

/* ---- PPIN (C001_02F0, C001_02F1) ---- */

static const char *const ppin_ctl_aliases[] = { "MSR_AMD_PPIN_CTL" };
static const struct msrkit_field ppin_ctl_fields[] = {
	FLAG("LockOut", 0, MSRKIT_RWO, "PPIN_CTL is locked until reset: PPIN stays readable or unreadable"),
	FLAG("Enable", 1, MSRKIT_RWL, "PPIN can be read"),
};
static const char *const ppin_aliases[] = { "MSR_AMD_PPIN" };
static const struct msrkit_field ppin_fields[] = {
	HEX("PPIN", 0, 64, MSRKIT_RO, "Protected Processor Inventory Number: unique per processor (readable when PPIN_CTL.Enable is 1)"),
};

/* ================================================================== */
/* C001_1xxx                                                           */
/* ================================================================== */

static const char *const node_id_aliases[] = { "MSR_FAM10H_NODE_ID" };
static const struct msrkit_field node_id_fields[] = {
	NUM("NodeId", 0, 3, MSRKIT_RO, "Node (die) number of this core within the system"),
	{ .name = "NodesPerProcessor", .lsb = 3, .width = 3, .access = MSRKIT_RO, .kind = MSRKIT_KIND_NUMBER,
	  .unit = MSRKIT_UNIT_COUNT, .flags = MSRKIT_FIELD_PLUS_ONE, .desc = "Number of nodes (dies) in the processor package" },
};

static const char *const dr1_mask_aliases[] = { "MSR_F16H_DR1_ADDR_MASK" };
static const char *const dr2_mask_aliases[] = { "MSR_F16H_DR2_ADDR_MASK" };
static const char *const dr3_mask_aliases[] = { "MSR_F16H_DR3_ADDR_MASK" };
static const char *const dr0_mask_aliases[] = { "MSR_F16H_DR0_ADDR_MASK" };
static const struct msrkit_field dr_mask_fields[] = {
	HEX("AddrMask", 0, 32, MSRKIT_RW, "Address bits excluded from the breakpoint compare (1 = ignore the bit): breakpoints on ranges"),
};

/* Before Zen the address held the bus unit (10h) or combined unit (15h)
 * configuration. Only the bits AMD's and coreboot's firmware name are listed:
 * family 10h TlbForceMemTypeUc (coreboot family_10h-family_15h/init_cpus.c,
 * erratum 298 work-around) and WbEnhWsbDis (AGESA f10 DRAM initialization);
 * family 15h PbForceRespInOrder (AGESA f15 F15OrSharedMsrTable.c). */
static const char *const bu_cfg_aliases[] = { "MSR_BU_CFG" };
static const struct msrkit_field bu_cfg_10h_fields[] = {
	FLAG("TlbForceMemTypeUc", 1, MSRKIT_RW, "Page-table walks use the uncacheable memory type (erratum 298 work-around on revision B)"),
	FLAG("WbEnhWsbDis", 48, MSRKIT_RW, "Enhanced write-combining disabled (firmware sets it while it trains DRAM)"),
};
static const char *const cu_cfg_aliases[] = { "MSR_CU_CFG" };
static const struct msrkit_field cu_cfg_15h_fields[] = {
	FLAG("PbForceRespInOrder", 10, MSRKIT_RW, "Forces in-order responses; AMD firmware clears it on models 00h-0Fh (no further description is published)"),
};

static const char *const tw_cfg_aliases[] = { "MSR_AMD64_TW_CFG" };
static const struct msrkit_field tw_cfg_fields[] = {
	FLAG("TwCfgCombineCr0Cd", 49, MSRKIT_RW, "The CR0.CD values of both threads of a core are ORed and used by both; set by firmware"),
};

static const char *const de_cfg_aliases[] = { "MSR_AMD64_DE_CFG" };
static const struct msrkit_field de_cfg_fields[] = {
	FLAG("LFENCE_SERIALIZE", 1, MSRKIT_RW, "LFENCE is dispatch-serializing (the Spectre v1 mitigation the OS relies on)"),
};

/* ---- IBS (C001_1030..103A) ---- */

static const char *const ibs_fetch_ctl_aliases[] = { "MSR_AMD64_IBSFETCHCTL" };
static const struct msrkit_value_name ibs_page_size[] = {
	{ 0, "4K", "4 KB" }, { 1, "2M", "2 MB" }, { 2, "1G", "1 GB" },
};
static const struct msrkit_field ibs_fetch_ctl_fields[] = {
	HEX("IbsFetchMaxCnt", 0, 16, MSRKIT_RW, "Bits 19:4 of the fetch sampling period"),
	HEX("IbsFetchCnt", 16, 16, MSRKIT_RW, "Bits 19:4 of the current fetch counter"),
	NUM("IbsFetchLat", 32, 16, MSRKIT_RO, "Cycles from fetch start to data delivery (or abort) of the sampled fetch"),
	FLAG("IbsFetchEn", 48, MSRKIT_RW, "Instruction fetch sampling enabled"),
	FLAG("IbsFetchVal", 49, MSRKIT_RW, "A new fetch sample is available; the counter stops until software clears it"),
	FLAG("IbsFetchComp", 50, MSRKIT_RO, "The sampled fetch completed"),
	FLAG("IbsIcMiss", 51, MSRKIT_RO, "The sampled fetch missed the instruction cache"),
	FLAG("IbsPhyAddrValid", 52, MSRKIT_RO, "IBS_FETCH_PHYSADDR and IbsL1TlbPgSz are valid"),
	{ .name = "IbsL1TlbPgSz", .lsb = 53, .width = 2, .access = MSRKIT_RO, .kind = MSRKIT_KIND_ENUM,
	  .desc = "Page size of the L1 TLB translation", VALUES(ibs_page_size) },
	FLAG("IbsL1TlbMiss", 55, MSRKIT_RO, "The sampled fetch missed the L1 TLB"),
	FLAG("IbsL2TlbMiss", 56, MSRKIT_RO, "The sampled fetch missed the L2 TLB"),
	FLAG("IbsRandEn", 57, MSRKIT_RW, "Randomize bits 3:0 of the fetch counter when sampling starts"),
	FLAG("IbsFetchL2Miss", 58, MSRKIT_RO, "The sampled fetch missed the L2 cache"),
};
static const char *const ibs_fetch_linaddr_aliases[] = { "MSR_AMD64_IBSFETCHLINAD" };
static const struct msrkit_field ibs_fetch_linaddr_fields[] = {
	HEX("IbsFetchLinAd", 0, 64, MSRKIT_RW, "Linear address of the sampled fetch"),
};
static const char *const ibs_fetch_physaddr_aliases[] = { "MSR_AMD64_IBSFETCHPHYSAD" };
static const struct msrkit_field ibs_fetch_physaddr_fields[] = {
	HEX("IbsFetchPhysAd", 0, 48, MSRKIT_RW, "Physical address of the sampled fetch (valid when IbsPhyAddrValid is 1)"),
};
static const char *const ibs_op_ctl_aliases[] = { "MSR_AMD64_IBSOPCTL" };
static const struct msrkit_field ibs_op_ctl_fields[] = {
	HEX("IbsOpMaxCnt", 0, 16, MSRKIT_RW, "Bits 19:4 of the op sampling period"),
	FLAG("IbsOpEn", 17, MSRKIT_RW, "Op sampling enabled"),
	FLAG("IbsOpVal", 18, MSRKIT_RW, "A new op sample is available; the counter stops until software clears it"),
	FLAG("IbsOpCntCtl", 19, MSRKIT_RW, "1: count dispatched ops; 0: count clock cycles"),
	HEX("IbsOpMaxCnt_26_20", 20, 7, MSRKIT_RW, "Bits 26:20 of the op sampling period"),
	HEX("IbsOpCurCnt", 32, 27, MSRKIT_RW, "Current value of the periodic op counter"),
};
static const char *const ibs_op_rip_aliases[] = { "MSR_AMD64_IBSOPRIP" };
static const struct msrkit_field ibs_op_rip_fields[] = {
	HEX("IbsOpRip", 0, 64, MSRKIT_RW, "Linear address of the instruction of the sampled op"),
};
static const char *const ibs_ctl_aliases[] = { "MSR_AMD64_IBSCTL" };
static const struct msrkit_field ibs_ctl_fields[] = {
	NUM("LvtOffset", 0, 4, MSRKIT_RO, "IBS interrupt: APIC LVT entry at 500h + 10h x this value"),
	FLAG("LvtOffsetVal", 8, MSRKIT_RO, "LvtOffset is valid (set by firmware)"),
};

/* ================================================================== */
/* The table, sorted by address                                        */
/* ================================================================== */

#define REG(addr, nm, d) .address = (addr), .name = (nm), .desc = (d), .vendors = AMD_HYGON

/* 0000_008B: AMD keeps the loaded microcode patch level where Intel keeps
 * IA32_BIOS_SIGN_ID, but in the low half. */
static const char *const patch_level_aliases[] = { "MSR_AMD64_PATCH_LEVEL" };
static const struct msrkit_field patch_level_fields[] = {
	{ .name = "PatchLevel", .lsb = 0, .width = 32, .access = MSRKIT_RO, .kind = MSRKIT_KIND_HEX,
	  .desc = "Patch level of the loaded microcode (0 or the family's base level without an update)" },
};

static const struct msrkit_reg amd_regs[] = {
	/* 0000_008B */
	{ REG(0x0000008Bu, "PATCH_LEVEL", "Microcode patch level: the revision of the loaded microcode"),
	  ALIASES(patch_level_aliases), .access = MSRKIT_RO, .scope = MSRKIT_SCOPE_THREAD,
	  .ref = OSRR_C000("MSR0000_008B Patch Level"), FIELDS(patch_level_fields) },
	/* C000_00E7 */
	{ REG(0xC00000E7u, "MPerfReadOnly", "Read-only copy of MPERF: P0-frequency clocks in C0"),
	  ALIASES(mperf_ro_aliases), .access = MSRKIT_RW, .scope = MSRKIT_SCOPE_THREAD, CONDS(cond_eff_freq_ro),
	  .is_volatile = true,
	  .ref = OSRR_C000("MSRC000_00E7 Read-Only Max Performance Frequency Clock Count"), FIELDS(mperf_ro_fields) },
	{ REG(0xC00000E8u, "APerfReadOnly", "Read-only copy of APERF: actual clocks in C0"),
	  ALIASES(aperf_ro_aliases), .access = MSRKIT_RW, .scope = MSRKIT_SCOPE_THREAD, CONDS(cond_eff_freq_ro),
	  .is_volatile = true,
	  .ref = OSRR_C000("MSRC000_00E8 Read-Only Actual Performance Frequency Clock Count"), FIELDS(aperf_ro_fields) },
	{ REG(0xC00000E9u, "IRPerfCount", "Instructions-retired counter"),
	  ALIASES(irperf_aliases), .access = MSRKIT_RW, .scope = MSRKIT_SCOPE_THREAD, CONDS(cond_irperf),
	  .is_volatile = true,
	  .ref = OSRR_C000("MSRC000_00E9 Instructions Retired Performance Count"), FIELDS(irperf_fields) },
	/* C000_0104 */
	{ REG(0xC0000104u, "TSC_RATIO", "Guest TSC scaling: the TSC, MPERF and MPerfReadOnly a guest reads are multiplied by this ratio"),
	  ALIASES(tsc_ratio_aliases), .access = MSRKIT_RW, .scope = MSRKIT_SCOPE_THREAD, CONDS(cond_tsc_ratio),
	  .ref = APM("15.30.5", "TSC Ratio MSR (C000_0104h)"), FIELDS(tsc_ratio_fields) },
	/* C000_0410 */
	{ REG(0xC0000410u, "McaIntrCfg", "APIC LVT offsets of the MCA deferred-error and threshold interrupts"),
	  ALIASES(mca_intr_cfg_aliases), .access = MSRKIT_RW, .scope = MSRKIT_SCOPE_CORE, CONDS(cond_smca),
	  .ref = OSRR_C000("MSRC000_0410 MCA Interrupt Configuration"), FIELDS(mca_intr_cfg_fields) },
	/* C000_2000: MCAX banks 0-63 */
	MCAX(0x0, "MCA_CTL_{n}", mca_ctl_aliases, mca_ctl_fields, "MCAX bank {n} error reporting enables", "MCA_CTL", false),
	MCAX(0x1, "MCA_STATUS_{n}", mca_status_aliases, mca_status_fields, "MCAX bank {n} error status", "MCA_STATUS", true),
	MCAX(0x2, "MCA_ADDR_{n}", mca_addr_aliases, mca_addr_fields, "MCAX bank {n} error address", "MCA_ADDR", true),
	MCAX(0x3, "MCA_MISC0_{n}", mca_misc0_aliases, mca_misc0_fields, "MCAX bank {n} error threshold counter", "MCA_MISC0", true),
	MCAX(0x4, "MCA_CONFIG_{n}", mca_config_aliases, mca_config_fields, "MCAX bank {n} configuration", "MCA_CONFIG", false),
	MCAX(0x5, "MCA_IPID_{n}", mca_ipid_aliases, mca_ipid_fields, "MCAX bank {n} IP identification: which block the bank belongs to", "MCA_IPID", false),
	MCAX(0x6, "MCA_SYND_{n}", mca_synd_aliases, mca_synd_fields, "MCAX bank {n} error syndrome", "MCA_SYND", true),
	MCAX(0x8, "MCA_DESTAT_{n}", mca_destat_aliases, mca_destat_fields, "MCAX bank {n} deferred error status", "MCA_DESTAT", true),
	MCAX(0x9, "MCA_DEADDR_{n}", mca_deaddr_aliases, mca_addr_fields, "MCAX bank {n} deferred error address", "MCA_DEADDR", true),
	MCAX(0xA, "MCA_MISC1_{n}", mca_misc1_aliases, mca_miscn_fields, "MCAX bank {n} extended threshold counter 1", "MCA_MISC1", true),
	MCAX(0xB, "MCA_MISC2_{n}", mca_misc2_aliases, mca_miscn_fields, "MCAX bank {n} extended threshold counter 2", "MCA_MISC2", true),
	MCAX(0xC, "MCA_MISC3_{n}", mca_misc3_aliases, mca_miscn_fields, "MCAX bank {n} extended threshold counter 3", "MCA_MISC3", true),
	MCAX(0xD, "MCA_MISC4_{n}", mca_misc4_aliases, mca_miscn_fields, "MCAX bank {n} extended threshold counter 4", "MCA_MISC4", true),
	/* C001_0000 */
	{ REG(0xC0010000u, "PERF_LEGACY_CTL{n}", "Core performance event select {n} (legacy alias of PERF_CTL{n})"),
	  ALIASES(perf_legacy_ctl_aliases), .access = MSRKIT_RW, .scope = MSRKIT_SCOPE_THREAD, .count = 4,
	  .ref = OSRR_C001_0("MSRC001_000[0...3] Performance Event Select [3:0]"), FIELDS(perf_ctl_fields) },
	{ REG(0xC0010004u, "PERF_LEGACY_CTR{n}", "Core performance counter {n} (legacy alias of PERF_CTR{n})"),
	  ALIASES(perf_legacy_ctr_aliases), .access = MSRKIT_RW, .scope = MSRKIT_SCOPE_THREAD, .count = 4,
	  .is_volatile = true,
	  .ref = OSRR_C001_0("MSRC001_000[4...7] Performance Event Counter [3:0]"), FIELDS(perf_ctr_fields) },
	/* C001_0010 */
	{ REG(0xC0010010u, "SYSCFG", "System configuration: MTRR DRAM attributes, TOP_MEM/TOP_MEM2 and memory encryption (SME, SEV-SNP)"),
	  ALIASES(syscfg_aliases), .access = MSRKIT_RW, .scope = MSRKIT_SCOPE_CORE,
	  .ref = APM("3.2.1", "System Configuration Register (SYSCFG)"), FIELDS(syscfg_fields) },
	/* C001_0015: three layouts */
	{ REG(0xC0010015u, "HWCR", "Hardware configuration: SMM lock, TSC and boost controls, MONITOR/MWAIT, MCA status writes"),
	  ALIASES(hwcr_aliases), .access = MSRKIT_RW, .scope = MSRKIT_SCOPE_CORE, MODELS(fam_k8),
	  .ref = BKDG_0F("MSRC001_0015", "Hardware Configuration Register (HWCR)"), FIELDS(hwcr_k8_fields) },
	{ REG(0xC0010015u, "HWCR", "Hardware configuration: SMM lock, TSC and boost controls, MONITOR/MWAIT, MCA status writes"),
	  ALIASES(hwcr_aliases), .access = MSRKIT_RW, .scope = MSRKIT_SCOPE_THREAD, MODELS(fam_10h_16h),
	  .ref = BKDG_15("MSRC001_0015", "Hardware Configuration Register (HWCR)"), FIELDS(hwcr_bkdg_fields) },
	{ REG(0xC0010015u, "HWCR", "Hardware configuration: SMM lock, TSC and boost controls, MONITOR/MWAIT, MCA status writes"),
	  ALIASES(hwcr_aliases), .access = MSRKIT_RW, .scope = MSRKIT_SCOPE_THREAD, MODELS(fam_zen_all),
	  .ref = OSRR_C001_0("MSRC001_0015 Hardware Configuration (HWCR)"), FIELDS(hwcr_zen_fields) },
	/* C001_0016..19 */
	{ REG(0xC0010016u, "IORR_BASE{n}", "IO range register {n} base: reads/writes of the range go to memory or IO"),
	  ALIASES(iorr_base_aliases), .access = MSRKIT_RW, .scope = MSRKIT_SCOPE_CORE, .count = 2, .stride = 2,
	  .ref = OSRR_C001_0("MSRC001_001[6...8] IO Range Base"), FIELDS(iorr_base_fields) },
	{ REG(0xC0010017u, "IORR_MASK{n}", "IO range register {n} mask and valid bit"),
	  ALIASES(iorr_mask_aliases), .access = MSRKIT_RW, .scope = MSRKIT_SCOPE_CORE, .count = 2, .stride = 2,
	  .ref = OSRR_C001_0("MSRC001_001[7...9] IO Range Mask"), FIELDS(iorr_mask_fields) },
	/* C001_001A, 001D */
	{ REG(0xC001001Au, "TOP_MEM", "Top of memory: the boundary between DRAM and MMIO below 4 GB"),
	  ALIASES(top_mem_aliases), .access = MSRKIT_RW, .scope = MSRKIT_SCOPE_CORE,
	  .ref = OSRR_C001_0("MSRC001_001A Top Of Memory (TOP_MEM)"), FIELDS(top_mem_fields) },
	{ REG(0xC001001Du, "TOP_MEM2", "Top of memory 2: the end of DRAM above 4 GB"),
	  ALIASES(top_mem2_aliases), .access = MSRKIT_RW, .scope = MSRKIT_SCOPE_CORE,
	  .ref = OSRR_C001_0("MSRC001_001D Top Of Memory 2 (TOM2)"), FIELDS(top_mem2_fields) },
	/* C001_001F */
	{ REG(0xC001001Fu, "NB_CFG", "Northbridge configuration: extended configuration space through CF8h, APIC ID layout, DRAM data masking"),
	  ALIASES(nb_cfg_aliases), .access = MSRKIT_RW, .scope = MSRKIT_SCOPE_PACKAGE, MODELS(fam_10h),
	  .ref = BKDG_10("MSRC001_001F", "Northbridge Configuration Register (NB_CFG)"), FIELDS(nb_cfg_10h_fields) },
	{ REG(0xC001001Fu, "NB_CFG", "Northbridge configuration: extended configuration space through CF8h, APIC ID layout, DRAM data masking"),
	  ALIASES(nb_cfg_aliases), .access = MSRKIT_RW, .scope = MSRKIT_SCOPE_PACKAGE, MODELS(fam_15h),
	  .ref = BKDG_15("MSRC001_001F", "Northbridge Configuration 1 (NB_CFG1)"), FIELDS(nb_cfg_15h_fields) },
	{ REG(0xC001001Fu, "NB_CFG", "Northbridge configuration: extended configuration space through CF8h, APIC ID layout"),
	  ALIASES(nb_cfg_aliases), .access = MSRKIT_RW, .scope = MSRKIT_SCOPE_PACKAGE, MODELS(fam_11h_16h_nb),
	  .ref = BKDG_15("MSRC001_001F", "Northbridge Configuration 1 (NB_CFG1)"), FIELDS(nb_cfg_fields) },
	/* Zen: the register exists, but no field of it is published. */
	{ REG(0xC001001Fu, "NB_CFG", "Northbridge configuration (Zen: kept, no fields published)"),
	  ALIASES(nb_cfg_aliases), .access = MSRKIT_RW, .scope = MSRKIT_SCOPE_PACKAGE, MODELS(fam_zen_all),
	  .ref = { .doc = "AMD openSIL xUSL/Include/MsrReg.h", .section = "MSR_NB_CFG (0xC001001F)",
		   .title = "NB Config (family 19h silicon initialization)" } },
	/* C001_0022 */
	{ REG(0xC0010022u, "McExcepRedir", "Redirects machine-check exceptions to an SMI or an interrupt vector"),
	  .access = MSRKIT_RW, .scope = MSRKIT_SCOPE_THREAD, MODELS(fam_zen_all),
	  .ref = OSRR_C001_0("MSRC001_0022 Machine Check Exception Redirection"), FIELDS(mc_excep_redir_fields) },
	/* C001_0042 */
	{ REG(0xC0010042u, "FIDVID_STATUS", "K8 frequency and voltage ID status: current, startup and maximum FID/VID"),
	  ALIASES(fidvid_status_aliases), .access = MSRKIT_RO, .scope = MSRKIT_SCOPE_CORE, MODELS(fam_k8),
	  .is_volatile = true, .ref = BKDG_0F("MSRC001_0042", "FIDVID_STATUS Register"), FIELDS(fidvid_status_fields) },
	/* C001_0055: three layouts */
	{ REG(0xC0010055u, "IntPend", "Interrupt pending message and C1E on chip-multiprocessor halt"),
	  ALIASES(intpend_aliases), .access = MSRKIT_RW, .scope = MSRKIT_SCOPE_CORE, MODELS(fam_10h),
	  .ref = BKDG_10("MSRC001_0055", "Interrupt Pending and CMP-Halt Register"), FIELDS(intpend_10h_fields) },
	{ REG(0xC0010055u, "IntPend", "Interrupt pending message and message-based C1E"),
	  ALIASES(intpend_aliases), .access = MSRKIT_RW, .scope = MSRKIT_SCOPE_CORE, MODELS(fam_15h),
	  .ref = BKDG_15("MSRC001_0055", "Interrupt Pending"), FIELDS(intpend_15h_fields) },
	{ REG(0xC0010055u, "IntPend", "Interrupt pending message"),
	  ALIASES(intpend_aliases), .access = MSRKIT_RW, .scope = MSRKIT_SCOPE_CORE, MODELS(fam_16h),
	  .ref = BKDG_16("MSRC001_0055", "Interrupt Pending"), FIELDS(intpend_16h_fields) },
	{ REG(0xC0010055u, "IntPend", "Interrupt pending (Zen: kept, every bit reserved)"),
	  ALIASES(intpend_aliases), .access = MSRKIT_RO, .scope = MSRKIT_SCOPE_THREAD, MODELS(fam_zen_all),
	  .ref = OSRR_C001_0("MSRC001_0055 [Reserved.] (Core::X86::Msr::IntPend)") },
	/* C001_0056 */
	{ REG(0xC0010056u, "SmiTrigIoCycle", "IO cycle generated on a local SMI trigger event"),
	  .access = MSRKIT_RW, .scope = MSRKIT_SCOPE_THREAD, MODELS(fam_zen_all),
	  .ref = OSRR_C001_0("MSRC001_0056 SMI Trigger IO Cycle"), FIELDS(smi_trig_io_fields) },
	/* C001_0058 */
	{ REG(0xC0010058u, "MMIO_CFG_BASE_ADDR", "PCIe memory-mapped configuration space (ECAM) base and size"),
	  ALIASES(mmio_cfg_aliases), .access = MSRKIT_RW, .scope = MSRKIT_SCOPE_CORE, MODELS(fam_hw_pstate),
	  .ref = OSRR_C001_0("MSRC001_0058 MMIO Configuration Base Address"), FIELDS(mmio_cfg_fields) },
	/* C001_0061..63 */
	{ REG(0xC0010061u, "PStateCurLim", "P-state current limit: the range of P-states software may request now"),
	  ALIASES(pstate_cur_lim_aliases), .access = MSRKIT_RO, .scope = MSRKIT_SCOPE_CORE, MODELS(fam_hw_pstate),
	  .is_volatile = true, .ref = OSRR_C001_0("MSRC001_0061 P-state Current Limit"), FIELDS(pstate_cur_lim_fields) },
	{ REG(0xC0010062u, "PStateCtl", "P-state control: requests a non-boosted P-state"),
	  ALIASES(pstate_ctl_aliases), .access = MSRKIT_RW, .scope = MSRKIT_SCOPE_THREAD, MODELS(fam_hw_pstate),
	  .ref = OSRR_C001_0("MSRC001_0062 P-state Control"), FIELDS(pstate_ctl_fields) },
	{ REG(0xC0010063u, "PStateStat", "P-state status: the current non-boosted P-state"),
	  ALIASES(pstate_stat_aliases), .access = MSRKIT_RO, .scope = MSRKIT_SCOPE_CORE, MODELS(fam_hw_pstate),
	  .is_volatile = true, .ref = OSRR_C001_0("MSRC001_0063 P-state Status"), FIELDS(pstate_stat_fields) },
	/* C001_0064..6B: P-state definitions, per family */
	{ REG(0xC0010064u, "PStateDef{n}", "P-state {n} definition: frequency, voltage and current"),
	  ALIASES(pstate_def_aliases), .access = MSRKIT_RW, .scope = MSRKIT_SCOPE_CORE, MODELS(fam_10h), .count = 5,
	  .ref = BKDG_10("MSRC001_00[68:64]", "P-State [4:0] Registers"), FIELDS(pstate_def_10h_fields) },
	{ REG(0xC0010064u, "PStateDef{n}", "P-state {n} definition: frequency, voltage and current"),
	  ALIASES(pstate_def_aliases), .access = MSRKIT_RW, .scope = MSRKIT_SCOPE_CORE, MODELS(fam_15h), .count = 8,
	  .ref = BKDG_15("MSRC001_00[6B:64]", "P-state [7:0]"), FIELDS(pstate_def_15h_fields) },
	{ REG(0xC0010064u, "PStateDef{n}", "P-state {n} definition: frequency, voltage and current"),
	  ALIASES(pstate_def_aliases), .access = MSRKIT_RW, .scope = MSRKIT_SCOPE_CORE, MODELS(fam_16h), .count = 8,
	  .ref = BKDG_16("MSRC001_00[6B:64]", "P-state [7:0]"), FIELDS(pstate_def_16h_fields) },
	{ REG(0xC0010064u, "PStateDef{n}", "P-state {n} definition: frequency, voltage and current"),
	  ALIASES(pstate_def_aliases), .access = MSRKIT_RW, .scope = MSRKIT_SCOPE_THREAD, MODELS(fam_zen), .count = 8,
	  .ref = OSRR_C001_0("MSRC001_006[4...B] P-state [7:0]"), FIELDS(pstate_def_zen_fields) },
	{ REG(0xC0010064u, "PStateDef{n}", "P-state {n} definition: frequency, voltage and current"),
	  ALIASES(pstate_def_aliases), .access = MSRKIT_RW, .scope = MSRKIT_SCOPE_THREAD, MODELS(fam_1ah), .count = 8,
	  .ref = { .doc = "coreboot src/soc/amd/glinda/include/soc/msr.h (Family 1Ah)", .section = "MSRC001_00[6B:64]",
		   .title = "P-state [7:0] bit definitions" },
	  FIELDS(pstate_def_1ah_fields) },
	/* C001_0070, 0071 */
	{ REG(0xC0010070u, "COFVID_CTL", "COFVID control: direct core frequency/voltage request"),
	  ALIASES(cofvid_ctl_aliases), .access = MSRKIT_RW, .scope = MSRKIT_SCOPE_CORE, MODELS(fam_10h),
	  .ref = BKDG_10("MSRC001_0070", "COFVID Control Register"), FIELDS(cofvid_ctl_10h_fields) },
	{ REG(0xC0010070u, "COFVID_CTL", "COFVID control: direct core frequency/voltage request"),
	  ALIASES(cofvid_ctl_aliases), .access = MSRKIT_RW, .scope = MSRKIT_SCOPE_CORE, MODELS(fam_15h),
	  .ref = BKDG_15("MSRC001_0070", "COFVID Control"), FIELDS(cofvid_ctl_15h_fields) },
	{ REG(0xC0010070u, "COFVID_CTL", "COFVID control: direct core frequency/voltage request"),
	  ALIASES(cofvid_ctl_aliases), .access = MSRKIT_RW, .scope = MSRKIT_SCOPE_CORE, MODELS(fam_16h),
	  .ref = BKDG_16("MSRC001_0070", "COFVID Control"), FIELDS(cofvid_ctl_16h_fields) },
	{ REG(0xC0010071u, "COFVID_STS", "COFVID status: current core frequency, voltage and P-state"),
	  ALIASES(cofvid_sts_aliases), .access = MSRKIT_RO, .scope = MSRKIT_SCOPE_CORE, MODELS(fam_10h),
	  .is_volatile = true, .ref = BKDG_10("MSRC001_0071", "COFVID Status Register"), FIELDS(cofvid_sts_10h_fields) },
	{ REG(0xC0010071u, "COFVID_STS", "COFVID status: current core frequency, voltage and P-state"),
	  ALIASES(cofvid_sts_aliases), .access = MSRKIT_RO, .scope = MSRKIT_SCOPE_CORE, MODELS(fam_15h),
	  .is_volatile = true, .ref = BKDG_15("MSRC001_0071", "COFVID Status"), FIELDS(cofvid_sts_10h_fields) },
	{ REG(0xC0010071u, "COFVID_STS", "COFVID status: current core frequency, voltage and P-state"),
	  ALIASES(cofvid_sts_aliases), .access = MSRKIT_RO, .scope = MSRKIT_SCOPE_CORE, MODELS(fam_16h),
	  .is_volatile = true, .ref = BKDG_16("MSRC001_0071", "COFVID Status"), FIELDS(cofvid_sts_16h_fields) },
	/* C001_0073, 0074 */
	{ REG(0xC0010073u, "CStateBaseAddr", "IO port range trapped for C-state entry"),
	  ALIASES(cstate_base_aliases), .access = MSRKIT_RW, .scope = MSRKIT_SCOPE_THREAD, MODELS(fam_hw_pstate),
	  .ref = OSRR_C001_0("MSRC001_0073 C-state Base Address"), FIELDS(cstate_base_fields) },
	{ REG(0xC0010074u, "CpuWdtCfg", "CPU watchdog timer configuration"),
	  ALIASES(cpu_wdt_aliases), .access = MSRKIT_RW, .scope = MSRKIT_SCOPE_CORE, CONDS(cond_wdt),
	  .ref = OSRR_C001_0("MSRC001_0074 CPU Watchdog Timer"), FIELDS(cpu_wdt_fields) },
	/* C001_0111..0118 */
	{ REG(0xC0010111u, "SMM_BASE", "Base of the SMM memory region (SMRAM)"),
	  ALIASES(smm_base_aliases), .access = MSRKIT_RWL, .scope = MSRKIT_SCOPE_THREAD,
	  .ref = OSRR_C001_0("MSRC001_0111 SMM Base Address"), FIELDS(smm_base_fields) },
	{ REG(0xC0010112u, "SMM_ADDR", "SMM TSeg base address"),
	  ALIASES(smm_addr_aliases), .access = MSRKIT_RWL, .scope = MSRKIT_SCOPE_CORE,
	  .ref = OSRR_C001_0("MSRC001_0112 SMM TSeg Base Address"), FIELDS(smm_addr_fields) },
	{ REG(0xC0010113u, "SMM_MASK", "SMM ASeg/TSeg enables, memory types and TSeg mask"),
	  ALIASES(smm_mask_aliases), .access = MSRKIT_RWL, .scope = MSRKIT_SCOPE_CORE,
	  .ref = OSRR_C001_0("MSRC001_0113 SMM TSeg Mask"), FIELDS(smm_mask_fields) },
	{ REG(0xC0010114u, "VM_CR", "Virtual machine control: whether SVM can be enabled (SVMDIS, LOCK)"),
	  ALIASES(vm_cr_aliases), .access = MSRKIT_RW, .scope = MSRKIT_SCOPE_THREAD, CONDS(cond_svm),
	  .ref = APM("15.30.1", "VM_CR MSR (C001_0114h)"), FIELDS(vm_cr_fields) },
	{ REG(0xC0010115u, "IGNNE", "State of the processor-internal IGNNE signal"),
	  ALIASES(ignne_aliases), .access = MSRKIT_RW, .scope = MSRKIT_SCOPE_THREAD, CONDS(cond_svm),
	  .ref = APM("15.30.2", "IGNNE MSR (C001_0115h)"), FIELDS(ignne_fields) },
	{ REG(0xC0010116u, "SMM_CTL", "SMM control: enter/exit SMM and send SMI/RSM cycles (write-only)"),
	  ALIASES(smm_ctl_aliases), .access = MSRKIT_WO, .scope = MSRKIT_SCOPE_THREAD, CONDS(cond_svm),
	  .ref = APM("15.30.3", "SMM_CTL MSR (C001_0116h)"), FIELDS(smm_ctl_fields) },
	{ REG(0xC0010117u, "VM_HSAVE_PA", "Physical address of the host state-save area used by VMRUN and #VMEXIT"),
	  ALIASES(vm_hsave_aliases), .access = MSRKIT_RW, .scope = MSRKIT_SCOPE_THREAD, CONDS(cond_svm),
	  .ref = APM("15.30.4", "VM_HSAVE_PA MSR (C001_0117h)"), FIELDS(vm_hsave_fields) },
	{ REG(0xC0010118u, "SVM_KEY", "SVM lock key: unlocks VM_CR.LOCK"),
	  ALIASES(svm_key_aliases), .access = MSRKIT_RW, .scope = MSRKIT_SCOPE_THREAD, CONDS(cond_svm),
	  .ref = APM("15.31", "SVM-Lock"), FIELDS(svm_key_fields) },
	/* C001_011A..011F */
	{ REG(0xC001011Au, "LocalSmiStatus", "Source of the last SMI"),
	  .access = MSRKIT_RW, .scope = MSRKIT_SCOPE_THREAD, MODELS(fam_zen_all),
	  .ref = OSRR_C001_0("MSRC001_011A Local SMI Status"), FIELDS(local_smi_status_fields) },
	{ REG(0xC001011Bu, "AvicDoorbell", "AVIC doorbell: signals a pending virtual interrupt to a running guest's core"),
	  ALIASES(avic_doorbell_aliases), .access = MSRKIT_WO, .scope = MSRKIT_SCOPE_THREAD, CONDS(cond_avic),
	  .ref = OSRR_C001_0("MSRC001_011B AVIC Doorbell"), FIELDS(avic_doorbell_fields) },
	{ REG(0xC001011Eu, "VM_PAGE_FLUSH", "Flushes one encrypted guest page from the caches (write-only)"),
	  ALIASES(vm_page_flush_aliases), .access = MSRKIT_WO, .scope = MSRKIT_SCOPE_THREAD, CONDS(cond_vmpgflush),
	  .ref = OSRR_C001_0("MSRC001_011E VM Page Flush"), FIELDS(vm_page_flush_fields) },
	{ REG(0xC001011Fu, "VIRT_SPEC_CTRL", "Virtualized speculation control for guests (SSBD)"),
	  ALIASES(virt_spec_ctrl_aliases), .access = MSRKIT_RW, .scope = MSRKIT_SCOPE_THREAD, CONDS(cond_virt_ssbd),
	  .ref = { .doc = "AMD whitepaper Speculative Store Bypass Disable (124441)", .section = "VIRT_SPEC_CTRL",
		   .title = "Virtualized speculative store bypass disable" },
	  FIELDS(virt_spec_ctrl_fields) },
	/* C001_0130, 0131 */
	{ REG(0xC0010130u, "GHCB", "Guest-Hypervisor Communication Block address (SEV-ES guests)"),
	  ALIASES(ghcb_aliases), .access = MSRKIT_RW, .scope = MSRKIT_SCOPE_THREAD, CONDS(cond_sev),
	  .ref = OSRR_C001_0("MSRC001_0130 Guest Host Communication Block"), FIELDS(ghcb_fields) },
	{ REG(0xC0010131u, "SEV_Status", "SEV features the running guest was launched with"),
	  ALIASES(sev_status_aliases), .access = MSRKIT_RO, .scope = MSRKIT_SCOPE_THREAD, CONDS(cond_sev),
	  .ref = OSRR_C001_0("MSRC001_0131 SEV Status"), FIELDS(sev_status_fields) },
	/* C001_0140, 0141 */
	{ REG(0xC0010140u, "OSVW_ID_Length", "Number of valid OS-visible work-around status bits"),
	  ALIASES(osvw_len_aliases), .access = MSRKIT_RW, .scope = MSRKIT_SCOPE_THREAD, CONDS(cond_osvw),
	  .ref = OSRR_C001_0("MSRC001_0140 OS Visible Work-around Length"), FIELDS(osvw_len_fields) },
	{ REG(0xC0010141u, "OSVW_Status", "OS-visible work-around status: which errata need a software work-around"),
	  ALIASES(osvw_status_aliases), .access = MSRKIT_RW, .scope = MSRKIT_SCOPE_THREAD, CONDS(cond_osvw),
	  .ref = OSRR_C001_0("MSRC001_0141 OS Visible Work-around Status"), FIELDS(osvw_status_fields) },
	/* C001_0200..020B */
	{ REG(0xC0010200u, "PERF_CTL{n}", "Core performance event select {n}"),
	  ALIASES(perf_ctl_aliases), .access = MSRKIT_RW, .scope = MSRKIT_SCOPE_THREAD, CONDS(cond_perfctr_core),
	  .count = 6, .stride = 2,
	  .ref = OSRR_C001_0("MSRC001_020[0...A] Performance Event Select [5:0]"), FIELDS(perf_ctl_fields) },
	{ REG(0xC0010201u, "PERF_CTR{n}", "Core performance counter {n} (RDPMC ECX={n})"),
	  ALIASES(perf_ctr_aliases), .access = MSRKIT_RW, .scope = MSRKIT_SCOPE_THREAD, CONDS(cond_perfctr_core),
	  .count = 6, .stride = 2, .is_volatile = true,
	  .ref = OSRR_C001_0("MSRC001_020[1...B] Performance Event Counter [5:0]"), FIELDS(perf_ctr_fields) },
	/* C001_0230..023B */
	{ REG(0xC0010230u, "ChL3PmcCfg{n}", "L3 cache performance event select {n} (per L3 complex)"),
	  ALIASES(l3_pmc_cfg_aliases), .access = MSRKIT_RW, .scope = MSRKIT_SCOPE_MODULE, CONDS(cond_perfctr_llc),
	  .count = 6, .stride = 2,
	  .ref = OSRR_C001_0("MSRC001_023[0...A] L3 Performance Event Select [5:0]"), FIELDS(l3_pmc_cfg_fields) },
	{ REG(0xC0010231u, "ChL3Pmc{n}", "L3 cache performance counter {n} (per L3 complex)"),
	  ALIASES(l3_pmc_aliases), .access = MSRKIT_RW, .scope = MSRKIT_SCOPE_MODULE, CONDS(cond_perfctr_llc),
	  .count = 6, .stride = 2, .is_volatile = true,
	  .ref = OSRR_C001_0("MSRC001_023[1...B] L3 Performance Event Counter [5:0]"), FIELDS(l3_pmc_fields) },
	/* C001_0240..0247 */
	{ REG(0xC0010240u, "DF_PERF_CTL{n}", "Data fabric (northbridge before Zen) performance event select {n}"),
	  ALIASES(df_pmc_cfg_aliases), .access = MSRKIT_RW, .scope = MSRKIT_SCOPE_PACKAGE, CONDS(cond_perfctr_nb),
	  .count = 4, .stride = 2,
	  .ref = { .doc = "Linux arch/x86/events/amd/uncore.c", .section = "MSR_F15H_NB_PERF_CTL",
		   .title = "AMD northbridge/data fabric uncore counters" },
	  FIELDS(df_pmc_cfg_fields) },
	{ REG(0xC0010241u, "DF_PERF_CTR{n}", "Data fabric (northbridge before Zen) performance counter {n}"),
	  ALIASES(df_pmc_aliases), .access = MSRKIT_RW, .scope = MSRKIT_SCOPE_PACKAGE, CONDS(cond_perfctr_nb),
	  .count = 4, .stride = 2, .is_volatile = true,
	  .ref = { .doc = "Linux arch/x86/events/amd/uncore.c", .section = "MSR_F15H_NB_PERF_CTR",
		   .title = "AMD northbridge/data fabric uncore counters" },
	  FIELDS(perf_ctr_fields) },
	/* C001_0292..0297 */
	{ REG(0xC0010292u, "PWR_MGMT_MISC", "Power management miscellaneous: hardware P-state limit, boost states, package C6"),
	  ALIASES(pwr_mgmt_misc_aliases), .access = MSRKIT_RW, .scope = MSRKIT_SCOPE_PACKAGE, MODELS(fam_zen),
	  .ref = AGESA_ZEN("MSRC001_0292", "Power Management Miscellaneous"), FIELDS(pwr_mgmt_misc_fields) },
	{ REG(0xC0010292u, "PWR_MGMT_MISC", "Power management miscellaneous: hardware P-state limit, boost states, package C6"),
	  ALIASES(pwr_mgmt_misc_aliases), .access = MSRKIT_RW, .scope = MSRKIT_SCOPE_PACKAGE, MODELS(fam_1ah),
	  .ref = OPENSIL_ZEN5("MSR_PMGT_MISC_ADDRESS (C001_0292)", "Power Management Misc (Zen5GetPstateInfo)"),
	  FIELDS(pwr_mgmt_misc_1ah_fields) },
	{ REG(0xC0010293u, "HW_PSTATE_STATUS", "Hardware P-state status: the frequency and voltage the core runs at now, boost included"),
	  ALIASES(hw_pstate_status_aliases), .access = MSRKIT_RO, .scope = MSRKIT_SCOPE_CORE, MODELS(fam_zen),
	  .is_volatile = true, .ref = AGESA_ZEN("MSRC001_0293", "Hardware PState Status"), FIELDS(hw_pstate_status_fields) },
	{ REG(0xC0010293u, "HW_PSTATE_STATUS", "Hardware P-state status: the frequency and voltage the core runs at now, boost included"),
	  ALIASES(hw_pstate_status_aliases), .access = MSRKIT_RO, .scope = MSRKIT_SCOPE_CORE, MODELS(fam_1ah),
	  .is_volatile = true, .ref = OPENSIL_ZEN5("C001_0293", "Hardware P-state status (Zen5SwitchPstate)"),
	  FIELDS(hw_pstate_status_1ah_fields) },
	{ REG(0xC0010294u, "CSTATE_POLICY", "C-state policy: CC1 and cache-flush timers, interrupt rate monitor"),
	  ALIASES(cstate_policy_aliases), .access = MSRKIT_RW, .scope = MSRKIT_SCOPE_CORE, MODELS(fam_17h_18h),
	  .ref = AGESA_ZEN("MSRC001_0294", "C-state Policy"), FIELDS(cstate_policy_fields) },
	{ REG(0xC0010294u, "CSTATE_POLICY", "C-state policy: CC1, C1E and cache-flush timers, interrupt rate monitor"),
	  ALIASES(cstate_policy_aliases), .access = MSRKIT_RW, .scope = MSRKIT_SCOPE_CORE, MODELS(fam_19h_1ah),
	  .ref = OXIDE_CCX("Core::X86::Msr::CSTATE_POLICY (C001_0294)", "C-state Policy"), FIELDS(cstate_policy_19h_fields) },
	{ REG(0xC0010296u, "CSTATE_CFG", "C-state configuration: CC1 clock divisors and core C6 enables per C-state request"),
	  ALIASES(cstate_cfg_aliases), .access = MSRKIT_RW, .scope = MSRKIT_SCOPE_CORE, MODELS(fam_zen),
	  .ref = AGESA_ZEN("MSRC001_0296", "C-state Configuration"), FIELDS(cstate_cfg_fields) },
	{ REG(0xC0010296u, "CSTATE_CFG", "C-state configuration: CC1 clock divisors and core C6 enables for C-state requests 0-3"),
	  ALIASES(cstate_cfg_aliases), .access = MSRKIT_RW, .scope = MSRKIT_SCOPE_CORE, MODELS(fam_1ah),
	  .ref = OPENSIL_ZEN5("Zen5CcxInitializeC6 (C001_0296)", "C-state Configuration"), FIELDS(cstate_cfg_1ah_fields) },
	{ REG(0xC0010297u, "PWR_MGMT_DFLT", "Power management defaults: CC6 exit and cache-flush clocking"),
	  ALIASES(pwr_mgmt_dflt_aliases), .access = MSRKIT_RW, .scope = MSRKIT_SCOPE_CORE, MODELS(fam_zen),
	  .ref = AGESA_ZEN("MSRC001_0297", "Power Management Default"), FIELDS(pwr_mgmt_dflt_fields) },
	/* C001_0299..029B */
	{ REG(0xC0010299u, "RAPL_PWR_UNIT", "RAPL units: power, energy and time scales of the RAPL registers"),
	  ALIASES(rapl_unit_aliases), .access = MSRKIT_RO, .scope = MSRKIT_SCOPE_PACKAGE, MODELS(fam_zen_all),
	  CONDS(cond_rapl), .ref = OSRR_C001_0("MSRC001_0299 RAPL Power Unit"), FIELDS(rapl_unit_fields) },
	{ REG(0xC001029Au, "CORE_ENERGY_STAT", "Energy consumed by the core"),
	  ALIASES(core_energy_aliases), .access = MSRKIT_RO, .scope = MSRKIT_SCOPE_CORE, MODELS(fam_zen_all),
	  CONDS(cond_rapl), .is_volatile = true,
	  .ref = OSRR_C001_0("MSRC001_029A Core Energy Status"), FIELDS(energy_fields) },
	{ REG(0xC001029Bu, "PKG_ENERGY_STAT", "Energy consumed by the package"),
	  ALIASES(pkg_energy_aliases), .access = MSRKIT_RO, .scope = MSRKIT_SCOPE_PACKAGE, MODELS(fam_zen_all),
	  CONDS(cond_rapl), .is_volatile = true,
	  .ref = OSRR_C001_0("MSRC001_029B Package Energy Status"), FIELDS(energy_fields) },
	/* C001_02B0..02B3 */
	{ REG(0xC00102B0u, "CPPC_CAPABILITY_1", "CPPC performance capabilities: lowest, most efficient, nominal and highest levels"),
	  ALIASES(cppc_cap1_aliases), .access = MSRKIT_RO, .scope = MSRKIT_SCOPE_THREAD, CONDS(cond_cppc),
	  .ref = LINUX_MSR("MSR_AMD_CPPC_CAP1 (C001_02B0)"), FIELDS(cppc_cap1_fields) },
	{ REG(0xC00102B1u, "CPPC_ENABLE", "Enables Collaborative Processor Performance Control"),
	  ALIASES(cppc_enable_aliases), .access = MSRKIT_RW, .scope = MSRKIT_SCOPE_THREAD, CONDS(cond_cppc),
	  .ref = LINUX_MSR("MSR_AMD_CPPC_ENABLE (C001_02B1)"), FIELDS(cppc_enable_fields) },
	{ REG(0xC00102B3u, "CPPC_REQUEST", "CPPC performance request: minimum, maximum, desired level and energy preference"),
	  ALIASES(cppc_req_aliases), .access = MSRKIT_RW, .scope = MSRKIT_SCOPE_THREAD, CONDS(cond_cppc),
	  .ref = LINUX_MSR("MSR_AMD_CPPC_REQ (C001_02B3)"), FIELDS(cppc_req_fields) },
	/* C001_02F0, 02F1 */
	{ REG(0xC00102F0u, "PPIN_CTL", "Protected Processor Inventory Number control"),
	  ALIASES(ppin_ctl_aliases), .access = MSRKIT_RW, .scope = MSRKIT_SCOPE_PACKAGE, CONDS(cond_ppin),
	  .ref = LINUX_MSR("MSR_AMD_PPIN_CTL (C001_02F0)"), FIELDS(ppin_ctl_fields) },
	{ REG(0xC00102F1u, "PPIN", "Protected Processor Inventory Number"),
	  ALIASES(ppin_aliases), .access = MSRKIT_RO, .scope = MSRKIT_SCOPE_PACKAGE, CONDS(cond_ppin),
	  .ref = LINUX_MSR("MSR_AMD_PPIN (C001_02F1)"), FIELDS(ppin_fields) },
	/* C001_100C */
	{ REG(0xC001100Cu, "NODE_ID", "Node ID of this core and the number of nodes per package (multi-node processors)"),
	  ALIASES(node_id_aliases), .access = MSRKIT_RO, .scope = MSRKIT_SCOPE_CORE, MODELS(fam_10h_16h), CONDS(cond_node_id),
	  .ref = BKDG_15("MSRC001_100C", "Node ID"), FIELDS(node_id_fields) },
	/* C001_1019..101B */
	{ REG(0xC0011019u, "DR1_ADDR_MASK", "Address mask of breakpoint DR1"),
	  ALIASES(dr1_mask_aliases), .access = MSRKIT_RW, .scope = MSRKIT_SCOPE_THREAD, CONDS(cond_dbext),
	  .ref = OSRR_C001_1("MSRC001_1019 Address Mask For DR1 Breakpoint"), FIELDS(dr_mask_fields) },
	{ REG(0xC001101Au, "DR2_ADDR_MASK", "Address mask of breakpoint DR2"),
	  ALIASES(dr2_mask_aliases), .access = MSRKIT_RW, .scope = MSRKIT_SCOPE_THREAD, CONDS(cond_dbext),
	  .ref = OSRR_C001_1("MSRC001_101A Address Mask For DR2 Breakpoint"), FIELDS(dr_mask_fields) },
	{ REG(0xC001101Bu, "DR3_ADDR_MASK", "Address mask of breakpoint DR3"),
	  ALIASES(dr3_mask_aliases), .access = MSRKIT_RW, .scope = MSRKIT_SCOPE_THREAD, CONDS(cond_dbext),
	  .ref = OSRR_C001_1("MSRC001_101B Address Mask For DR3 Breakpoint"), FIELDS(dr_mask_fields) },
	/* C001_1023 */
	{ REG(0xC0011023u, "BU_CFG", "Bus unit configuration (family 10h)"),
	  ALIASES(bu_cfg_aliases), .access = MSRKIT_RW, .scope = MSRKIT_SCOPE_CORE, MODELS(fam_10h),
	  .ref = { .doc = "coreboot family 10h support (init_cpus.c; AGESA f10 Proc/Mem)", .section = "MSRC001_1023",
		   .title = "Bus Unit Configuration Register (BU_CFG)" },
	  FIELDS(bu_cfg_10h_fields) },
	{ REG(0xC0011023u, "CU_CFG", "Combined unit configuration: settings shared by the two cores of a compute unit (family 15h)"),
	  ALIASES(cu_cfg_aliases), .access = MSRKIT_RW, .scope = MSRKIT_SCOPE_MODULE, MODELS(fam_15h),
	  .ref = { .doc = "AMD AGESA family 15h (coreboot src/vendorcode/amd/agesa/f15)", .section = "MSRC001_1023",
		   .title = "Combined Unit Configuration (CU_CFG)" },
	  FIELDS(cu_cfg_15h_fields) },
	/* Zen 5 (1Ah) firmware sets TwCfgCombineCr0Cd just as on earlier Zen
	 * (bit 49 reads 1 on Turin and Granite Ridge). */
	{ REG(0xC0011023u, "TW_CFG", "Table walker configuration"),
	  ALIASES(tw_cfg_aliases), .access = MSRKIT_RW, .scope = MSRKIT_SCOPE_CORE, MODELS(fam_zen_all),
	  .ref = OSRR_C001_1("MSRC001_1023 Table Walker Configuration"), FIELDS(tw_cfg_fields) },
	/* C001_1027 */
	{ REG(0xC0011027u, "DR0_ADDR_MASK", "Address mask of breakpoint DR0"),
	  ALIASES(dr0_mask_aliases), .access = MSRKIT_RW, .scope = MSRKIT_SCOPE_THREAD, CONDS(cond_dbext),
	  .ref = OSRR_C001_1("MSRC001_1027 Address Mask For DR0 Breakpoints"), FIELDS(dr_mask_fields) },
	/* C001_1029 */
	{ REG(0xC0011029u, "DE_CFG", "Decode configuration: LFENCE serialization"),
	  ALIASES(de_cfg_aliases), .access = MSRKIT_RW, .scope = MSRKIT_SCOPE_CORE, MODELS(fam_lfence_msr),
	  .ref = { .doc = "AMD whitepaper Software Techniques for Managing Speculation on AMD Processors",
		   .section = "Mitigation V1-1", .title = "MSR C001_1029[1]: LFENCE dispatch serializing" },
	  FIELDS(de_cfg_fields) },
	/* C001_1030..103A */
	{ REG(0xC0011030u, "IBS_FETCH_CTL", "Instruction-based sampling: fetch control and the sampled fetch's outcome"),
	  ALIASES(ibs_fetch_ctl_aliases), .access = MSRKIT_RW, .scope = MSRKIT_SCOPE_THREAD, CONDS(cond_ibs),
	  .is_volatile = true, .ref = OSRR_C001_1("MSRC001_1030 IBS Fetch Control"), FIELDS(ibs_fetch_ctl_fields) },
	{ REG(0xC0011031u, "IBS_FETCH_LINADDR", "Instruction-based sampling: linear address of the sampled fetch"),
	  ALIASES(ibs_fetch_linaddr_aliases), .access = MSRKIT_RW, .scope = MSRKIT_SCOPE_THREAD, CONDS(cond_ibs),
	  .is_volatile = true, .ref = OSRR_C001_1("MSRC001_1031 IBS Fetch Linear Address"), FIELDS(ibs_fetch_linaddr_fields) },
	{ REG(0xC0011032u, "IBS_FETCH_PHYSADDR", "Instruction-based sampling: physical address of the sampled fetch"),
	  ALIASES(ibs_fetch_physaddr_aliases), .access = MSRKIT_RW, .scope = MSRKIT_SCOPE_THREAD, CONDS(cond_ibs),
	  .is_volatile = true, .ref = OSRR_C001_1("MSRC001_1032 IBS Fetch Physical Address"), FIELDS(ibs_fetch_physaddr_fields) },
	{ REG(0xC0011033u, "IBS_OP_CTL", "Instruction-based sampling: execution (op) sampling control"),
	  ALIASES(ibs_op_ctl_aliases), .access = MSRKIT_RW, .scope = MSRKIT_SCOPE_THREAD, CONDS(cond_ibs),
	  .is_volatile = true, .ref = OSRR_C001_1("MSRC001_1033 IBS Execution Control"), FIELDS(ibs_op_ctl_fields) },
	{ REG(0xC0011034u, "IBS_OP_RIP", "Instruction-based sampling: linear address of the sampled op's instruction"),
	  ALIASES(ibs_op_rip_aliases), .access = MSRKIT_RW, .scope = MSRKIT_SCOPE_THREAD, CONDS(cond_ibs),
	  .is_volatile = true, .ref = OSRR_C001_1("MSRC001_1034 IBS Op Logical Address"), FIELDS(ibs_op_rip_fields) },
	{ REG(0xC001103Au, "IBS_CTL", "Instruction-based sampling: interrupt LVT offset"),
	  ALIASES(ibs_ctl_aliases), .access = MSRKIT_RO, .scope = MSRKIT_SCOPE_THREAD, CONDS(cond_ibs),
	  .ref = OSRR_C001_1("MSRC001_103A IBS Control"), FIELDS(ibs_ctl_fields) },
};

const struct msrkit_reg_table msrkit_table_amd = {
	.family = "amd",
	.regs = amd_regs,
	.count = COUNT_OF(amd_regs),
};

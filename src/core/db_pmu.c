/* SPDX-License-Identifier: MIT */
/*
 * Performance monitoring: general-purpose and fixed counters, the global
 * control/status registers, PEBS, the debug store, top-down metrics and the
 * last branch records (architectural LBRs and the model-specific LBR_SELECT /
 * TOS pair). Sources: Intel SDM Vol. 4 Table 2-2 and Vol. 3B (performance
 * monitoring, last branch records); Linux msr-index.h / perf_event.h names
 * are aliases.
 */
#include "tables.h"

/* One-bit field; most of this file is flag registers. */
#define FLAG(nm, bit, acc, text) \
	{ .name = nm, .lsb = bit, .width = 1, .access = acc, .kind = MSRKIT_KIND_FLAG, .desc = text }

#define REF_ARCH { "Intel SDM Vol. 4", "2.1", "Architectural MSRs" }

/* ---- applicability ---- */

/* A family is one definition, so its condition is the one for instance 0;
 * the descriptions say which instances exist on a given CPU. */
static const struct msrkit_cond cond_gp_counters[] = {
	{ .kind = MSRKIT_COND_CPUID, .leaf = 0x0A, .reg = MSRKIT_EAX, .lsb = 8, .width = 8, .min = 1,
	  .text = "CPUID.0AH:EAX[15:8] > 0" },
};

static const struct msrkit_cond cond_perfmon_v1[] = {
	{ .kind = MSRKIT_COND_CPUID, .leaf = 0x0A, .reg = MSRKIT_EAX, .lsb = 0, .width = 8, .min = 1,
	  .text = "CPUID.0AH:EAX[7:0] > 0" },
};

static const struct msrkit_cond cond_perfmon_v2[] = {
	{ .kind = MSRKIT_COND_CPUID, .leaf = 0x0A, .reg = MSRKIT_EAX, .lsb = 0, .width = 8, .min = 2,
	  .text = "CPUID.0AH:EAX[7:0] > 1" },
};

static const struct msrkit_cond cond_perfmon_v4[] = {
	{ .kind = MSRKIT_COND_CPUID, .leaf = 0x0A, .reg = MSRKIT_EAX, .lsb = 0, .width = 8, .min = 4,
	  .text = "CPUID.0AH:EAX[7:0] > 3" },
};

static const struct msrkit_cond cond_pdcm[] = {
	{ .kind = MSRKIT_COND_CPUID, .leaf = 0x01, .reg = MSRKIT_ECX, .lsb = 15,
	  .text = "CPUID.01H:ECX[15] (PDCM)" },
};

static const struct msrkit_cond cond_ds[] = {
	{ .kind = MSRKIT_COND_CPUID, .leaf = 0x01, .reg = MSRKIT_EDX, .lsb = 21,
	  .text = "CPUID.01H:EDX[21] (DS)" },
};

static const struct msrkit_cond cond_full_width[] = {
	{ .kind = MSRKIT_COND_CPUID, .leaf = 0x0A, .reg = MSRKIT_EAX, .lsb = 8, .width = 8, .min = 1,
	  .text = "CPUID.0AH:EAX[15:8] > 0" },
	{ .kind = MSRKIT_COND_MSR, .leaf = 0x345, .lsb = 13,
	  .text = "IA32_PERF_CAPABILITIES.FW_WRITE[13] = 1" },
};

static const struct msrkit_cond cond_perf_metrics[] = {
	{ .kind = MSRKIT_COND_CPUID, .leaf = 0x01, .reg = MSRKIT_ECX, .lsb = 15,
	  .text = "CPUID.01H:ECX[15] (PDCM)" },
	{ .kind = MSRKIT_COND_MSR, .leaf = 0x345, .lsb = 15,
	  .text = "IA32_PERF_CAPABILITIES.PERF_METRICS_AVAILABLE[15] = 1" },
};

static const struct msrkit_cond cond_arch_lbr[] = {
	{ .kind = MSRKIT_COND_CPUID, .leaf = 0x07, .subleaf = 0, .reg = MSRKIT_EDX, .lsb = 19,
	  .text = "CPUID.(EAX=07H,ECX=0):EDX[19] (architectural LBR)" },
};

/* ---- counters ---- */

/* General-purpose counters are CPUID.0AH:EAX[23:16] bits wide: 48 on every
 * processor since Nehalem, 40 before. */
static const struct msrkit_field gp_counter_fields[] = {
	{ .name = "COUNT", .lsb = 0, .width = 48, .access = MSRKIT_RW, .kind = MSRKIT_KIND_NUMBER,
	  .desc = "Counter value (CPUID.0AH:EAX[23:16] bits wide; writes through this address are 32 bits sign-extended)" },
};

static const struct msrkit_field full_width_counter_fields[] = {
	{ .name = "COUNT", .lsb = 0, .width = 48, .access = MSRKIT_RW, .kind = MSRKIT_KIND_NUMBER,
	  .desc = "Counter value, readable and writable at full width (CPUID.0AH:EAX[23:16] bits)" },
};

static const struct msrkit_field fixed_counter_fields[] = {
	{ .name = "COUNT", .lsb = 0, .width = 48, .access = MSRKIT_RW, .kind = MSRKIT_KIND_NUMBER,
	  .desc = "Counter value (CPUID.0AH:EDX[12:5] bits wide)" },
};

static const char *const pmc_aliases[] = {
	"MSR_ARCH_PERFMON_PERFCTR{n}", "MSR_IA32_PERFCTR{n}", "MSR_P6_PERFCTR{n}", "PERFCTR{n}",
};

static const char *const a_pmc_aliases[] = { "MSR_IA32_PMC{n}" };

static const char *const fixed_ctr_aliases[] = {
	"MSR_CORE_PERF_FIXED_CTR{n}", "MSR_ARCH_PERFMON_FIXED_CTR{n}", "MSR_PERF_FIXED_CTR{n}",
};

/* ---- IA32_PERFEVTSELx ---- */

static const struct msrkit_field perfevtsel_fields[] = {
	{ .name = "EVENT_SELECT", .lsb = 0, .width = 8, .access = MSRKIT_RW, .kind = MSRKIT_KIND_HEX,
	  .desc = "Event to count (event select code from the event tables)" },
	{ .name = "UMASK", .lsb = 8, .width = 8, .access = MSRKIT_RW, .kind = MSRKIT_KIND_HEX,
	  .desc = "Unit mask: which conditions of the selected event are counted" },
	FLAG("USR", 16, MSRKIT_RW, "Count while CPL > 0"),
	FLAG("OS", 17, MSRKIT_RW, "Count while CPL = 0"),
	FLAG("EDGE", 18, MSRKIT_RW, "Count deasserted-to-asserted transitions of the condition instead of cycles"),
	FLAG("PC", 19, MSRKIT_RW, "Pin control: toggle the PMi pin on counter increments (not implemented on recent processors)"),
	FLAG("INT", 20, MSRKIT_RW, "Raise a performance monitoring interrupt (local APIC) when the counter overflows"),
	FLAG("ANY_THREAD", 21, MSRKIT_RW, "Count the event on every logical processor of the core (perfmon versions 3 and 4; deprecated since version 5)"),
	FLAG("EN", 22, MSRKIT_RW, "Counter enabled (also needs its IA32_PERF_GLOBAL_CTRL bit from perfmon version 2)"),
	FLAG("INV", 23, MSRKIT_RW, "Invert the counter-mask comparison: count cycles with fewer than CMASK events"),
	{ .name = "CMASK", .lsb = 24, .width = 8, .access = MSRKIT_RW, .kind = MSRKIT_KIND_NUMBER,
	  .desc = "Counter mask: when nonzero, count cycles in which at least CMASK events occur" },
	FLAG("IN_TX", 32, MSRKIT_RW, "Count only inside transactional regions (processors with Intel TSX; model-specific)"),
	FLAG("IN_TXCP", 33, MSRKIT_RW, "Exclude events of aborted transactional regions (Intel TSX; IA32_PERFEVTSEL2 only; model-specific)"),
	FLAG("EQ", 36, MSRKIT_RW, "Count when the event count equals CMASK instead of reaching it (CPUID.23H:EBX[1])"),
	{ .name = "UMASK2", .lsb = 40, .width = 8, .access = MSRKIT_RW, .kind = MSRKIT_KIND_HEX,
	  .desc = "Second unit mask, extends UMASK (CPUID.23H:EBX[0])" },
};

static const char *const perfevtsel_aliases[] = {
	"MSR_ARCH_PERFMON_EVENTSEL{n}", "MSR_P6_EVNTSEL{n}", "PERFEVTSEL{n}",
};

/* ---- IA32_PERF_METRICS ---- */

static const struct msrkit_field perf_metrics_fields[] = {
	{ .name = "RETIRING", .lsb = 0, .width = 8, .access = MSRKIT_RW, .kind = MSRKIT_KIND_NUMBER,
	  .unit = MSRKIT_UNIT_SHARE_255,
	  .desc = "Share of issue slots spent retiring operations (of TOPDOWN.SLOTS, IA32_FIXED_CTR3; counted in 1/255)" },
	{ .name = "BAD_SPECULATION", .lsb = 8, .width = 8, .access = MSRKIT_RW, .kind = MSRKIT_KIND_NUMBER,
	  .unit = MSRKIT_UNIT_SHARE_255,
	  .desc = "Share of slots wasted by mis-speculation" },
	{ .name = "FRONTEND_BOUND", .lsb = 16, .width = 8, .access = MSRKIT_RW, .kind = MSRKIT_KIND_NUMBER,
	  .unit = MSRKIT_UNIT_SHARE_255,
	  .desc = "Share of slots the front end did not fill" },
	{ .name = "BACKEND_BOUND", .lsb = 24, .width = 8, .access = MSRKIT_RW, .kind = MSRKIT_KIND_NUMBER,
	  .unit = MSRKIT_UNIT_SHARE_255,
	  .desc = "Share of slots stalled on back-end resources" },
	{ .name = "HEAVY_OPERATIONS", .lsb = 32, .width = 8, .access = MSRKIT_RW, .kind = MSRKIT_KIND_NUMBER,
	  .unit = MSRKIT_UNIT_SHARE_255,
	  .desc = "Level 2: share of slots retiring multi-uop or microcoded operations" },
	{ .name = "BRANCH_MISPREDICTS", .lsb = 40, .width = 8, .access = MSRKIT_RW, .kind = MSRKIT_KIND_NUMBER,
	  .unit = MSRKIT_UNIT_SHARE_255,
	  .desc = "Level 2: share of slots wasted by branch mispredictions" },
	{ .name = "FETCH_LATENCY", .lsb = 48, .width = 8, .access = MSRKIT_RW, .kind = MSRKIT_KIND_NUMBER,
	  .unit = MSRKIT_UNIT_SHARE_255,
	  .desc = "Level 2: share of slots lost to instruction fetch latency" },
	{ .name = "MEMORY_BOUND", .lsb = 56, .width = 8, .access = MSRKIT_RW, .kind = MSRKIT_KIND_NUMBER,
	  .unit = MSRKIT_UNIT_SHARE_255,
	  .desc = "Level 2: share of slots stalled on the memory subsystem" },
};

static const char *const perf_metrics_aliases[] = { "MSR_PERF_METRICS" };

/* ---- IA32_PERF_CAPABILITIES ---- */

static const struct msrkit_value_name lbr_fmt_values[] = {
	{ 0x00, "32_BIT", "32-bit record format" },
	{ 0x01, "LIP", "64-bit linear instruction pointer" },
	{ 0x02, "EIP", "64-bit effective instruction pointer" },
	{ 0x03, "EIP_FLAGS", "64-bit EIP with mispredict flag" },
	{ 0x04, "EIP_FLAGS_TSX", "64-bit EIP with mispredict and TSX flags" },
	{ 0x05, "EIP_FLAGS_TSX_INFO", "64-bit EIP with flags, TSX and MSR_LBR_INFO_x registers" },
	{ 0x06, "LIP_FLAGS_CYCLES", "64-bit LIP with flags and elapsed cycles" },
	{ 0x07, "LIP_FLAGS_INFO", "64-bit LIP with flags and MSR_LBR_INFO_x registers" },
	{ 0x3F, "ARCH_LBR", "architectural LBRs (IA32_LBR_x registers, CPUID leaf 1CH)" },
};

static const struct msrkit_value_name pebs_fmt_values[] = {
	{ 0, "FORMAT_0", "basic PEBS record" },
	{ 1, "FORMAT_1", "adds data linear address, load latency and data source" },
	{ 2, "FORMAT_2", "adds eventing IP and transactional abort information" },
	{ 3, "FORMAT_3", "adds the TSC" },
	{ 4, "FORMAT_4", "adaptive PEBS: record groups selected by MSR_PEBS_DATA_CFG" },
};

static const struct msrkit_field perf_capabilities_fields[] = {
	{ .name = "LBR_FMT", .lsb = 0, .width = 6, .access = MSRKIT_RO, .kind = MSRKIT_KIND_NUMBER,
	  .desc = "Format of the last branch records",
	  .values = lbr_fmt_values, .nvalues = sizeof(lbr_fmt_values) / sizeof(lbr_fmt_values[0]) },
	FLAG("PEBS_TRAP", 6, MSRKIT_RO, "PEBS assists are trap-like: the record describes the state after the sampled instruction"),
	FLAG("PEBS_ARCH_REG", 7, MSRKIT_RO, "PEBS records hold the architectural registers"),
	{ .name = "PEBS_REC_FMT", .lsb = 8, .width = 4, .access = MSRKIT_RO, .kind = MSRKIT_KIND_NUMBER,
	  .desc = "PEBS record format",
	  .values = pebs_fmt_values, .nvalues = sizeof(pebs_fmt_values) / sizeof(pebs_fmt_values[0]) },
	FLAG("SMM_FREEZE", 12, MSRKIT_RO, "IA32_DEBUGCTL.FREEZE_WHILE_SMM is supported"),
	FLAG("FW_WRITE", 13, MSRKIT_RO, "Counters are writable at full width through IA32_A_PMCx"),
	FLAG("PEBS_BASELINE", 14, MSRKIT_RO, "Adaptive PEBS (baseline record group, PEBS on fixed counters) is supported"),
	FLAG("PERF_METRICS_AVAILABLE", 15, MSRKIT_RO, "IA32_PERF_METRICS reports top-down metrics"),
	FLAG("PEBS_OUTPUT_PT_AVAIL", 16, MSRKIT_RO, "PEBS records can be written into the Intel PT trace (IA32_PEBS_ENABLE.PEBS_OUTPUT)"),
	FLAG("PEBS_TIMING_INFO", 17, MSRKIT_RO, "PEBS records carry timing information (timed PEBS)"),
};

static const char *const perf_capabilities_aliases[] = { "MSR_IA32_PERF_CAPABILITIES" };

/* ---- fixed counter control and the global registers ---- */

static const struct msrkit_field fixed_ctr_ctrl_fields[] = {
	FLAG("EN0_OS", 0, MSRKIT_RW, "Fixed counter 0 counts while CPL = 0"),
	FLAG("EN0_USR", 1, MSRKIT_RW, "Fixed counter 0 counts while CPL > 0"),
	FLAG("ANY_THREAD0", 2, MSRKIT_RW, "Fixed counter 0 counts for every logical processor of the core (perfmon versions 3 and 4)"),
	FLAG("EN0_PMI", 3, MSRKIT_RW, "Interrupt when fixed counter 0 overflows"),
	FLAG("EN1_OS", 4, MSRKIT_RW, "Fixed counter 1 counts while CPL = 0"),
	FLAG("EN1_USR", 5, MSRKIT_RW, "Fixed counter 1 counts while CPL > 0"),
	FLAG("ANY_THREAD1", 6, MSRKIT_RW, "Fixed counter 1 counts for every logical processor of the core (perfmon versions 3 and 4)"),
	FLAG("EN1_PMI", 7, MSRKIT_RW, "Interrupt when fixed counter 1 overflows"),
	FLAG("EN2_OS", 8, MSRKIT_RW, "Fixed counter 2 counts while CPL = 0"),
	FLAG("EN2_USR", 9, MSRKIT_RW, "Fixed counter 2 counts while CPL > 0"),
	FLAG("ANY_THREAD2", 10, MSRKIT_RW, "Fixed counter 2 counts for every logical processor of the core (perfmon versions 3 and 4)"),
	FLAG("EN2_PMI", 11, MSRKIT_RW, "Interrupt when fixed counter 2 overflows"),
	FLAG("EN3_OS", 12, MSRKIT_RW, "Fixed counter 3 (TOPDOWN.SLOTS) counts while CPL = 0"),
	FLAG("EN3_USR", 13, MSRKIT_RW, "Fixed counter 3 counts while CPL > 0"),
	FLAG("ANY_THREAD3", 14, MSRKIT_RW, "Fixed counter 3 counts for every logical processor of the core (not used: AnyThread is deprecated since version 5)"),
	FLAG("EN3_PMI", 15, MSRKIT_RW, "Interrupt when fixed counter 3 overflows"),
};

static const char *const fixed_ctr_ctrl_aliases[] = {
	"MSR_CORE_PERF_FIXED_CTR_CTRL", "MSR_ARCH_PERFMON_FIXED_CTR_CTRL", "MSR_PERF_FIXED_CTR_CTRL",
};

static const struct msrkit_field perf_global_status_fields[] = {
	FLAG("OVF_PMC0", 0, MSRKIT_RO, "IA32_PMC0 overflowed"),
	FLAG("OVF_PMC1", 1, MSRKIT_RO, "IA32_PMC1 overflowed"),
	FLAG("OVF_PMC2", 2, MSRKIT_RO, "IA32_PMC2 overflowed"),
	FLAG("OVF_PMC3", 3, MSRKIT_RO, "IA32_PMC3 overflowed"),
	FLAG("OVF_PMC4", 4, MSRKIT_RO, "IA32_PMC4 overflowed"),
	FLAG("OVF_PMC5", 5, MSRKIT_RO, "IA32_PMC5 overflowed"),
	FLAG("OVF_PMC6", 6, MSRKIT_RO, "IA32_PMC6 overflowed"),
	FLAG("OVF_PMC7", 7, MSRKIT_RO, "IA32_PMC7 overflowed"),
	FLAG("OVF_FIXEDCTR0", 32, MSRKIT_RO, "IA32_FIXED_CTR0 overflowed"),
	FLAG("OVF_FIXEDCTR1", 33, MSRKIT_RO, "IA32_FIXED_CTR1 overflowed"),
	FLAG("OVF_FIXEDCTR2", 34, MSRKIT_RO, "IA32_FIXED_CTR2 overflowed"),
	FLAG("OVF_FIXEDCTR3", 35, MSRKIT_RO, "IA32_FIXED_CTR3 overflowed"),
	FLAG("PERF_METRICS_OVF", 48, MSRKIT_RO, "IA32_PERF_METRICS overflowed"),
	FLAG("TRACE_TOPA_PMI", 55, MSRKIT_RO, "An Intel PT ToPA output region filled and raised a PMI"),
	FLAG("LBR_FRZ", 58, MSRKIT_RO, "LBRs are frozen (FREEZE_LBRS_ON_PMI after a PMI)"),
	FLAG("CTR_FRZ", 59, MSRKIT_RO, "Counters are frozen (FREEZE_PERFMON_ON_PMI after an overflow)"),
	FLAG("ASCI", 60, MSRKIT_RO, "Counts may include contributions from Intel SGX enclave execution"),
	FLAG("OVF_UNCORE", 61, MSRKIT_RO, "An uncore counter overflowed"),
	FLAG("OVF_BUF", 62, MSRKIT_RO, "The DS save area (BTS or PEBS buffer) reached its threshold"),
	FLAG("COND_CHGD", 63, MSRKIT_RO, "Status bits changed"),
};

static const char *const perf_global_status_aliases[] = {
	"MSR_CORE_PERF_GLOBAL_STATUS", "MSR_PERF_GLOBAL_STATUS",
};

static const struct msrkit_field perf_global_ctrl_fields[] = {
	FLAG("EN_PMC0", 0, MSRKIT_RW, "IA32_PMC0 may count"),
	FLAG("EN_PMC1", 1, MSRKIT_RW, "IA32_PMC1 may count"),
	FLAG("EN_PMC2", 2, MSRKIT_RW, "IA32_PMC2 may count"),
	FLAG("EN_PMC3", 3, MSRKIT_RW, "IA32_PMC3 may count"),
	FLAG("EN_PMC4", 4, MSRKIT_RW, "IA32_PMC4 may count"),
	FLAG("EN_PMC5", 5, MSRKIT_RW, "IA32_PMC5 may count"),
	FLAG("EN_PMC6", 6, MSRKIT_RW, "IA32_PMC6 may count"),
	FLAG("EN_PMC7", 7, MSRKIT_RW, "IA32_PMC7 may count"),
	FLAG("EN_FIXED_CTR0", 32, MSRKIT_RW, "IA32_FIXED_CTR0 may count"),
	FLAG("EN_FIXED_CTR1", 33, MSRKIT_RW, "IA32_FIXED_CTR1 may count"),
	FLAG("EN_FIXED_CTR2", 34, MSRKIT_RW, "IA32_FIXED_CTR2 may count"),
	FLAG("EN_FIXED_CTR3", 35, MSRKIT_RW, "IA32_FIXED_CTR3 may count"),
	FLAG("EN_PERF_METRICS", 48, MSRKIT_RW, "IA32_PERF_METRICS may accumulate"),
};

static const char *const perf_global_ctrl_aliases[] = {
	"MSR_CORE_PERF_GLOBAL_CTRL", "MSR_PERF_GLOBAL_CTRL",
};

/* Reads return 0; writing 1 clears the bit of IA32_PERF_GLOBAL_STATUS. */
static const struct msrkit_field perf_global_status_reset_fields[] = {
	FLAG("CLEAR_OVF_PMC0", 0, MSRKIT_WO, "Write 1 to clear OVF_PMC0"),
	FLAG("CLEAR_OVF_PMC1", 1, MSRKIT_WO, "Write 1 to clear OVF_PMC1"),
	FLAG("CLEAR_OVF_PMC2", 2, MSRKIT_WO, "Write 1 to clear OVF_PMC2"),
	FLAG("CLEAR_OVF_PMC3", 3, MSRKIT_WO, "Write 1 to clear OVF_PMC3"),
	FLAG("CLEAR_OVF_PMC4", 4, MSRKIT_WO, "Write 1 to clear OVF_PMC4"),
	FLAG("CLEAR_OVF_PMC5", 5, MSRKIT_WO, "Write 1 to clear OVF_PMC5"),
	FLAG("CLEAR_OVF_PMC6", 6, MSRKIT_WO, "Write 1 to clear OVF_PMC6"),
	FLAG("CLEAR_OVF_PMC7", 7, MSRKIT_WO, "Write 1 to clear OVF_PMC7"),
	FLAG("CLEAR_OVF_FIXEDCTR0", 32, MSRKIT_WO, "Write 1 to clear OVF_FIXEDCTR0"),
	FLAG("CLEAR_OVF_FIXEDCTR1", 33, MSRKIT_WO, "Write 1 to clear OVF_FIXEDCTR1"),
	FLAG("CLEAR_OVF_FIXEDCTR2", 34, MSRKIT_WO, "Write 1 to clear OVF_FIXEDCTR2"),
	FLAG("CLEAR_OVF_FIXEDCTR3", 35, MSRKIT_WO, "Write 1 to clear OVF_FIXEDCTR3"),
	FLAG("CLEAR_PERF_METRICS_OVF", 48, MSRKIT_WO, "Write 1 to clear PERF_METRICS_OVF"),
	FLAG("CLEAR_TRACE_TOPA_PMI", 55, MSRKIT_WO, "Write 1 to clear TRACE_TOPA_PMI"),
	FLAG("CLEAR_LBR_FRZ", 58, MSRKIT_WO, "Write 1 to clear LBR_FRZ (unfreezes the LBRs)"),
	FLAG("CLEAR_CTR_FRZ", 59, MSRKIT_WO, "Write 1 to clear CTR_FRZ (unfreezes the counters)"),
	FLAG("CLEAR_ASCI", 60, MSRKIT_WO, "Write 1 to clear ASCI"),
	FLAG("CLEAR_OVF_UNCORE", 61, MSRKIT_WO, "Write 1 to clear OVF_UNCORE"),
	FLAG("CLEAR_OVF_BUF", 62, MSRKIT_WO, "Write 1 to clear OVF_BUF"),
	FLAG("CLEAR_COND_CHGD", 63, MSRKIT_WO, "Write 1 to clear COND_CHGD"),
};

static const char *const perf_global_status_reset_aliases[] = {
	"IA32_PERF_GLOBAL_OVF_CTRL", "MSR_CORE_PERF_GLOBAL_OVF_CTRL", "MSR_PERF_GLOBAL_OVF_CTRL",
};

/* Writing 1 sets the bit of IA32_PERF_GLOBAL_STATUS (to restore it). */
static const struct msrkit_field perf_global_status_set_fields[] = {
	FLAG("OVF_PMC0", 0, MSRKIT_WO, "Write 1 to set OVF_PMC0"),
	FLAG("OVF_PMC1", 1, MSRKIT_WO, "Write 1 to set OVF_PMC1"),
	FLAG("OVF_PMC2", 2, MSRKIT_WO, "Write 1 to set OVF_PMC2"),
	FLAG("OVF_PMC3", 3, MSRKIT_WO, "Write 1 to set OVF_PMC3"),
	FLAG("OVF_PMC4", 4, MSRKIT_WO, "Write 1 to set OVF_PMC4"),
	FLAG("OVF_PMC5", 5, MSRKIT_WO, "Write 1 to set OVF_PMC5"),
	FLAG("OVF_PMC6", 6, MSRKIT_WO, "Write 1 to set OVF_PMC6"),
	FLAG("OVF_PMC7", 7, MSRKIT_WO, "Write 1 to set OVF_PMC7"),
	FLAG("OVF_FIXEDCTR0", 32, MSRKIT_WO, "Write 1 to set OVF_FIXEDCTR0"),
	FLAG("OVF_FIXEDCTR1", 33, MSRKIT_WO, "Write 1 to set OVF_FIXEDCTR1"),
	FLAG("OVF_FIXEDCTR2", 34, MSRKIT_WO, "Write 1 to set OVF_FIXEDCTR2"),
	FLAG("OVF_FIXEDCTR3", 35, MSRKIT_WO, "Write 1 to set OVF_FIXEDCTR3"),
	FLAG("PERF_METRICS_OVF", 48, MSRKIT_WO, "Write 1 to set PERF_METRICS_OVF"),
	FLAG("TRACE_TOPA_PMI", 55, MSRKIT_WO, "Write 1 to set TRACE_TOPA_PMI"),
	FLAG("LBR_FRZ", 58, MSRKIT_WO, "Write 1 to set LBR_FRZ"),
	FLAG("CTR_FRZ", 59, MSRKIT_WO, "Write 1 to set CTR_FRZ"),
	FLAG("ASCI", 60, MSRKIT_WO, "Write 1 to set ASCI"),
	FLAG("OVF_UNCORE", 61, MSRKIT_WO, "Write 1 to set OVF_UNCORE"),
	FLAG("OVF_BUF", 62, MSRKIT_WO, "Write 1 to set OVF_BUF"),
};

static const struct msrkit_field perf_global_inuse_fields[] = {
	FLAG("PERFEVTSEL0_IN_USE", 0, MSRKIT_RO, "IA32_PERFEVTSEL0 is programmed"),
	FLAG("PERFEVTSEL1_IN_USE", 1, MSRKIT_RO, "IA32_PERFEVTSEL1 is programmed"),
	FLAG("PERFEVTSEL2_IN_USE", 2, MSRKIT_RO, "IA32_PERFEVTSEL2 is programmed"),
	FLAG("PERFEVTSEL3_IN_USE", 3, MSRKIT_RO, "IA32_PERFEVTSEL3 is programmed"),
	FLAG("PERFEVTSEL4_IN_USE", 4, MSRKIT_RO, "IA32_PERFEVTSEL4 is programmed"),
	FLAG("PERFEVTSEL5_IN_USE", 5, MSRKIT_RO, "IA32_PERFEVTSEL5 is programmed"),
	FLAG("PERFEVTSEL6_IN_USE", 6, MSRKIT_RO, "IA32_PERFEVTSEL6 is programmed"),
	FLAG("PERFEVTSEL7_IN_USE", 7, MSRKIT_RO, "IA32_PERFEVTSEL7 is programmed"),
	FLAG("FIXED_CTR0_IN_USE", 32, MSRKIT_RO, "IA32_FIXED_CTR0 is enabled in IA32_FIXED_CTR_CTRL"),
	FLAG("FIXED_CTR1_IN_USE", 33, MSRKIT_RO, "IA32_FIXED_CTR1 is enabled in IA32_FIXED_CTR_CTRL"),
	FLAG("FIXED_CTR2_IN_USE", 34, MSRKIT_RO, "IA32_FIXED_CTR2 is enabled in IA32_FIXED_CTR_CTRL"),
	FLAG("FIXED_CTR3_IN_USE", 35, MSRKIT_RO, "IA32_FIXED_CTR3 is enabled in IA32_FIXED_CTR_CTRL"),
	FLAG("PMI_IN_USE", 63, MSRKIT_RO, "A counter or PEBS is set to raise a PMI"),
};

/* ---- PEBS and the debug store ---- */

static const struct msrkit_value_name pebs_output_values[] = {
	{ 0, "DS", "records go to the DS save area" },
	{ 1, "INTEL_PT", "records go into the Intel PT trace" },
};

static const struct msrkit_field pebs_enable_fields[] = {
	FLAG("PEBS_EN_PMC0", 0, MSRKIT_RW, "PEBS on IA32_PMC0"),
	FLAG("PEBS_EN_PMC1", 1, MSRKIT_RW, "PEBS on IA32_PMC1"),
	FLAG("PEBS_EN_PMC2", 2, MSRKIT_RW, "PEBS on IA32_PMC2"),
	FLAG("PEBS_EN_PMC3", 3, MSRKIT_RW, "PEBS on IA32_PMC3"),
	FLAG("PEBS_EN_PMC4", 4, MSRKIT_RW, "PEBS on IA32_PMC4"),
	FLAG("PEBS_EN_PMC5", 5, MSRKIT_RW, "PEBS on IA32_PMC5"),
	FLAG("PEBS_EN_PMC6", 6, MSRKIT_RW, "PEBS on IA32_PMC6"),
	FLAG("PEBS_EN_PMC7", 7, MSRKIT_RW, "PEBS on IA32_PMC7"),
	FLAG("PEBS_EN_FIXED0", 32, MSRKIT_RW, "PEBS on IA32_FIXED_CTR0 (adaptive PEBS); load-latency enable for IA32_PMC0 on Nehalem through Skylake"),
	FLAG("PEBS_EN_FIXED1", 33, MSRKIT_RW, "PEBS on IA32_FIXED_CTR1 (adaptive PEBS); load-latency enable for IA32_PMC1 on Nehalem through Skylake"),
	FLAG("PEBS_EN_FIXED2", 34, MSRKIT_RW, "PEBS on IA32_FIXED_CTR2 (adaptive PEBS); load-latency enable for IA32_PMC2 on Nehalem through Skylake"),
	FLAG("PEBS_EN_FIXED3", 35, MSRKIT_RW, "PEBS on IA32_FIXED_CTR3 (adaptive PEBS); load-latency enable for IA32_PMC3 on Nehalem through Skylake"),
	FLAG("PMI_AFTER_EACH_RECORD", 60, MSRKIT_RW, "Raise a PMI after every PEBS record written to Intel PT"),
	{ .name = "PEBS_OUTPUT", .lsb = 61, .width = 2, .access = MSRKIT_RW, .kind = MSRKIT_KIND_ENUM,
	  .desc = "Where PEBS records are written (IA32_PERF_CAPABILITIES.PEBS_OUTPUT_PT_AVAIL)",
	  .values = pebs_output_values, .nvalues = sizeof(pebs_output_values) / sizeof(pebs_output_values[0]) },
	FLAG("PS_EN", 63, MSRKIT_RW, "Precise store facility on IA32_PMC3 (Sandy Bridge and Ivy Bridge; model-specific)"),
};

static const char *const pebs_enable_aliases[] = { "MSR_IA32_PEBS_ENABLE" };

static const struct msrkit_field pebs_ld_lat_fields[] = {
	{ .name = "THRESHOLD", .lsb = 0, .width = 16, .access = MSRKIT_RW, .kind = MSRKIT_KIND_NUMBER,
	  .desc = "Minimum latency, in core cycles, of a load counted by the load-latency event" },
};

static const char *const pebs_ld_lat_aliases[] = { "MSR_PEBS_LD_LAT_THRESHOLD", "IA32_PEBS_LD_LAT" };

static const struct msrkit_field ds_area_fields[] = {
	{ .name = "DS_AREA", .lsb = 0, .width = 64, .access = MSRKIT_RW, .kind = MSRKIT_KIND_HEX,
	  .desc = "Linear address of the DS buffer management area (BTS and PEBS buffer pointers; bits 63:32 unused outside IA-32e mode)" },
};

static const char *const ds_area_aliases[] = { "MSR_IA32_DS_AREA" };

/* ---- LBRs ---- */

static const struct msrkit_field lbr_select_fields[] = {
	FLAG("CPL_EQ_0", 0, MSRKIT_RW, "Do not record branches that occur in ring 0"),
	FLAG("CPL_NEQ_0", 1, MSRKIT_RW, "Do not record branches that occur in rings above 0"),
	FLAG("JCC", 2, MSRKIT_RW, "Do not record conditional branches"),
	FLAG("NEAR_REL_CALL", 3, MSRKIT_RW, "Do not record near relative calls"),
	FLAG("NEAR_IND_CALL", 4, MSRKIT_RW, "Do not record near indirect calls"),
	FLAG("NEAR_RET", 5, MSRKIT_RW, "Do not record near returns"),
	FLAG("NEAR_IND_JMP", 6, MSRKIT_RW, "Do not record near indirect jumps except calls and returns"),
	FLAG("NEAR_REL_JMP", 7, MSRKIT_RW, "Do not record near relative jumps except calls"),
	FLAG("FAR_BRANCH", 8, MSRKIT_RW, "Do not record far branches"),
	FLAG("EN_CALLSTACK", 9, MSRKIT_RW, "Keep the LBRs as a call stack (Haswell and later; needs the call/return filters)"),
};


static const struct msrkit_field lastbranch_tos_fields[] = {
	{ .name = "TOS", .lsb = 0, .width = 5, .access = MSRKIT_RW, .kind = MSRKIT_KIND_NUMBER,
	  .desc = "Index of the LBR pair holding the most recent branch (below the stack depth: 16 or 32 on current processors)" },
};

static const char *const lastbranch_tos_aliases[] = { "MSR_LBR_TOS" };

static const struct msrkit_value_name br_type_values[] = {
	{ 0, "COND", "conditional branch" },
	{ 1, "NEAR_IND_JMP", "near indirect jump" },
	{ 2, "NEAR_REL_JMP", "near relative jump" },
	{ 3, "NEAR_IND_CALL", "near indirect call" },
	{ 4, "NEAR_REL_CALL", "near relative call" },
	{ 5, "NEAR_RET", "near return" },
	{ 8, "OTHER_BRANCH", "other branch (far branch, interrupt, exception, ...)" },
	{ 9, "OTHER_BRANCH", "other branch (far branch, interrupt, exception, ...)" },
	{ 10, "OTHER_BRANCH", "other branch (far branch, interrupt, exception, ...)" },
	{ 11, "OTHER_BRANCH", "other branch (far branch, interrupt, exception, ...)" },
	{ 12, "OTHER_BRANCH", "other branch (far branch, interrupt, exception, ...)" },
	{ 13, "OTHER_BRANCH", "other branch (far branch, interrupt, exception, ...)" },
	{ 14, "OTHER_BRANCH", "other branch (far branch, interrupt, exception, ...)" },
	{ 15, "OTHER_BRANCH", "other branch (far branch, interrupt, exception, ...)" },
};

static const struct msrkit_field lbr_info_fields[] = {
	{ .name = "CYC_CNT", .lsb = 0, .width = 16, .access = MSRKIT_RW, .kind = MSRKIT_KIND_NUMBER,
	  .desc = "Core cycles since the previous LBR entry (saturating; valid when CYC_CNT_VALID)" },
	{ .name = "BR_TYPE", .lsb = 56, .width = 4, .access = MSRKIT_RW, .kind = MSRKIT_KIND_ENUM,
	  .desc = "Type of the recorded branch",
	  .values = br_type_values, .nvalues = sizeof(br_type_values) / sizeof(br_type_values[0]) },
	FLAG("CYC_CNT_VALID", 60, MSRKIT_RW, "CYC_CNT holds a cycle count"),
	FLAG("TSX_ABORT", 61, MSRKIT_RW, "The branch was a transactional abort"),
	FLAG("IN_TSX", 62, MSRKIT_RW, "The branch occurred inside a transactional region"),
	FLAG("MISPRED", 63, MSRKIT_RW, "The branch target or direction was mispredicted"),
};

static const char *const lbr_info_aliases[] = { "MSR_ARCH_LBR_INFO_{n}" };

static const struct msrkit_field lbr_ctl_fields[] = {
	FLAG("LBREN", 0, MSRKIT_RW, "Record branches"),
	FLAG("OS", 1, MSRKIT_RW, "Record branches that end in ring 0"),
	FLAG("USR", 2, MSRKIT_RW, "Record branches that end in rings above 0"),
	FLAG("CALL_STACK", 3, MSRKIT_RW, "Keep the LBRs as a call stack"),
	FLAG("COND", 16, MSRKIT_RW, "Record conditional branches"),
	FLAG("NEAR_REL_JMP", 17, MSRKIT_RW, "Record near relative jumps"),
	FLAG("NEAR_IND_JMP", 18, MSRKIT_RW, "Record near indirect jumps"),
	FLAG("NEAR_REL_CALL", 19, MSRKIT_RW, "Record near relative calls"),
	FLAG("NEAR_IND_CALL", 20, MSRKIT_RW, "Record near indirect calls"),
	FLAG("NEAR_RET", 21, MSRKIT_RW, "Record near returns"),
	FLAG("OTHER_BRANCH", 22, MSRKIT_RW, "Record other branches (far branches, interrupts, exceptions, ...)"),
};

static const char *const lbr_ctl_aliases[] = { "MSR_ARCH_LBR_CTL" };

static const struct msrkit_field lbr_depth_fields[] = {
	{ .name = "DEPTH", .lsb = 0, .width = 9, .access = MSRKIT_RW, .kind = MSRKIT_KIND_NUMBER,
	  .unit = MSRKIT_UNIT_COUNT,
	  .desc = "Number of LBR entries in use (one of the depths CPUID.1CH:EAX[7:0] allows)" },
};

static const char *const lbr_depth_aliases[] = { "MSR_ARCH_LBR_DEPTH" };

static const struct msrkit_field lbr_from_fields[] = {
	{ .name = "FROM_IP", .lsb = 0, .width = 64, .access = MSRKIT_RW, .kind = MSRKIT_KIND_HEX,
	  .desc = "Linear address of the branch source (canonical)" },
};

static const char *const lbr_from_aliases[] = { "MSR_ARCH_LBR_FROM_{n}" };

static const struct msrkit_field lbr_to_fields[] = {
	{ .name = "TO_IP", .lsb = 0, .width = 64, .access = MSRKIT_RW, .kind = MSRKIT_KIND_HEX,
	  .desc = "Linear address of the branch target (canonical)" },
};

static const char *const lbr_to_aliases[] = { "MSR_ARCH_LBR_TO_{n}" };

#define N(a) (sizeof(a) / sizeof((a)[0]))

static const struct msrkit_reg pmu_regs[] = {
	{
		.address = 0xC1, .name = "IA32_PMC{n}", .count = 8,
		.aliases = pmc_aliases, .naliases = N(pmc_aliases),
		.desc = "General-purpose performance counter n (present when CPUID.0AH:EAX[15:8] > n)",
		.access = MSRKIT_RW, .scope = MSRKIT_SCOPE_THREAD,
		.vendors = MSRKIT_VENDOR_INTEL | MSRKIT_VENDOR_CENTAUR,
		.cond = cond_gp_counters, .ncond = N(cond_gp_counters),
		.is_volatile = true, .ref = REF_ARCH,
		.fields = gp_counter_fields, .nfields = N(gp_counter_fields),
	},
	{
		.address = 0x186, .name = "IA32_PERFEVTSEL{n}", .count = 8,
		.aliases = perfevtsel_aliases, .naliases = N(perfevtsel_aliases),
		.desc = "Event select for IA32_PMCn: event, unit mask, privilege filter, enable (present when CPUID.0AH:EAX[15:8] > n)",
		.access = MSRKIT_RW, .scope = MSRKIT_SCOPE_THREAD,
		.vendors = MSRKIT_VENDOR_INTEL | MSRKIT_VENDOR_CENTAUR,
		.cond = cond_gp_counters, .ncond = N(cond_gp_counters),
		.ref = REF_ARCH,
		.fields = perfevtsel_fields, .nfields = N(perfevtsel_fields),
	},
	{
		.address = 0x1C8, .name = "MSR_LBR_SELECT",
		.desc = "Model-specific LBR filter: each set bit suppresses recording of one kind of branch (Nehalem and later)",
		.access = MSRKIT_RW, .scope = MSRKIT_SCOPE_THREAD,
		.vendors = MSRKIT_VENDOR_INTEL,
		.ref = { "Intel SDM Vol. 3B", "17.7.2", "Filtering of Last Branch Records" },
		.fields = lbr_select_fields, .nfields = N(lbr_select_fields),
	},
	{
		.address = 0x1C9, .name = "MSR_LASTBRANCH_TOS",
		.aliases = lastbranch_tos_aliases, .naliases = N(lastbranch_tos_aliases),
		.desc = "Model-specific LBR top-of-stack: which MSR_LASTBRANCH_x pair holds the newest record",
		.access = MSRKIT_RW, .scope = MSRKIT_SCOPE_THREAD,
		.vendors = MSRKIT_VENDOR_INTEL,
		.is_volatile = true,
		.ref = { "Intel SDM Vol. 3B", "17.7.1", "LBR Stack" },
		.fields = lastbranch_tos_fields, .nfields = N(lastbranch_tos_fields),
	},
	{
		.address = 0x309, .name = "IA32_FIXED_CTR{n}", .count = 4,
		.aliases = fixed_ctr_aliases, .naliases = N(fixed_ctr_aliases),
		.desc = "Fixed-function counter n: 0 INST_RETIRED.ANY, 1 CPU_CLK_UNHALTED.THREAD, 2 CPU_CLK_UNHALTED.REF_TSC, "
			"3 TOPDOWN.SLOTS (present when CPUID.0AH:EDX[4:0] > n or CPUID.0AH:ECX[n] = 1)",
		.access = MSRKIT_RW, .scope = MSRKIT_SCOPE_THREAD,
		.vendors = MSRKIT_VENDOR_INTEL | MSRKIT_VENDOR_CENTAUR,
		.cond = cond_perfmon_v2, .ncond = N(cond_perfmon_v2),
		.is_volatile = true, .ref = REF_ARCH,
		.fields = fixed_counter_fields, .nfields = N(fixed_counter_fields),
	},
	{
		.address = 0x329, .name = "IA32_PERF_METRICS",
		.aliases = perf_metrics_aliases, .naliases = N(perf_metrics_aliases),
		.desc = "Top-down metrics as fractions of TOPDOWN.SLOTS (IA32_FIXED_CTR3), reset with it",
		.access = MSRKIT_RW, .scope = MSRKIT_SCOPE_THREAD,
		.vendors = MSRKIT_VENDOR_INTEL,
		.cond = cond_perf_metrics, .ncond = N(cond_perf_metrics),
		.is_volatile = true,
		.ref = { "Intel SDM Vol. 3B", "18.3.9.3", "Performance Metrics" },
		.fields = perf_metrics_fields, .nfields = N(perf_metrics_fields),
	},
	{
		.address = 0x345, .name = "IA32_PERF_CAPABILITIES",
		.aliases = perf_capabilities_aliases, .naliases = N(perf_capabilities_aliases),
		.desc = "Enumerates performance monitoring features: LBR and PEBS formats, full-width writes, metrics",
		.access = MSRKIT_RO, .scope = MSRKIT_SCOPE_THREAD,
		.vendors = MSRKIT_VENDOR_INTEL,
		.cond = cond_pdcm, .ncond = N(cond_pdcm),
		.ref = REF_ARCH,
		.fields = perf_capabilities_fields, .nfields = N(perf_capabilities_fields),
	},
	{
		.address = 0x38D, .name = "IA32_FIXED_CTR_CTRL",
		.aliases = fixed_ctr_ctrl_aliases, .naliases = N(fixed_ctr_ctrl_aliases),
		.desc = "Fixed-function counter control: per counter, count in ring 0 / above ring 0 and interrupt on overflow",
		.access = MSRKIT_RW, .scope = MSRKIT_SCOPE_THREAD,
		.vendors = MSRKIT_VENDOR_INTEL | MSRKIT_VENDOR_CENTAUR,
		.cond = cond_perfmon_v2, .ncond = N(cond_perfmon_v2),
		.ref = REF_ARCH,
		.fields = fixed_ctr_ctrl_fields, .nfields = N(fixed_ctr_ctrl_fields),
	},
	{
		.address = 0x38E, .name = "IA32_PERF_GLOBAL_STATUS",
		.aliases = perf_global_status_aliases, .naliases = N(perf_global_status_aliases),
		.desc = "Global performance counter status: overflow of each counter, buffer and freeze indications",
		.access = MSRKIT_RO, .scope = MSRKIT_SCOPE_THREAD,
		.vendors = MSRKIT_VENDOR_INTEL | MSRKIT_VENDOR_CENTAUR,
		.cond = cond_perfmon_v1, .ncond = N(cond_perfmon_v1),
		.is_volatile = true, .ref = REF_ARCH,
		.fields = perf_global_status_fields, .nfields = N(perf_global_status_fields),
	},
	{
		.address = 0x38F, .name = "IA32_PERF_GLOBAL_CTRL",
		.aliases = perf_global_ctrl_aliases, .naliases = N(perf_global_ctrl_aliases),
		.desc = "Global performance counter enables, ANDed with each counter's own enable",
		.access = MSRKIT_RW, .scope = MSRKIT_SCOPE_THREAD,
		.vendors = MSRKIT_VENDOR_INTEL | MSRKIT_VENDOR_CENTAUR,
		.cond = cond_perfmon_v1, .ncond = N(cond_perfmon_v1),
		.ref = REF_ARCH,
		.fields = perf_global_ctrl_fields, .nfields = N(perf_global_ctrl_fields),
	},
	{
		.address = 0x390, .name = "IA32_PERF_GLOBAL_STATUS_RESET",
		.aliases = perf_global_status_reset_aliases, .naliases = N(perf_global_status_reset_aliases),
		.desc = "Clears IA32_PERF_GLOBAL_STATUS bits written as 1 (IA32_PERF_GLOBAL_OVF_CTRL before perfmon version 4)",
		.access = MSRKIT_RW, .scope = MSRKIT_SCOPE_THREAD,
		.vendors = MSRKIT_VENDOR_INTEL | MSRKIT_VENDOR_CENTAUR,
		.cond = cond_perfmon_v1, .ncond = N(cond_perfmon_v1),
		.ref = REF_ARCH,
		.fields = perf_global_status_reset_fields, .nfields = N(perf_global_status_reset_fields),
	},
	{
		.address = 0x391, .name = "IA32_PERF_GLOBAL_STATUS_SET",
		.desc = "Sets IA32_PERF_GLOBAL_STATUS bits written as 1 (to restore them, e.g. on a context switch)",
		.access = MSRKIT_RW, .scope = MSRKIT_SCOPE_THREAD,
		.vendors = MSRKIT_VENDOR_INTEL | MSRKIT_VENDOR_CENTAUR,
		.cond = cond_perfmon_v4, .ncond = N(cond_perfmon_v4),
		.ref = REF_ARCH,
		.fields = perf_global_status_set_fields, .nfields = N(perf_global_status_set_fields),
	},
	{
		.address = 0x392, .name = "IA32_PERF_GLOBAL_INUSE",
		.desc = "Which counters and which PMI sources are currently programmed",
		.access = MSRKIT_RO, .scope = MSRKIT_SCOPE_THREAD,
		.vendors = MSRKIT_VENDOR_INTEL | MSRKIT_VENDOR_CENTAUR,
		.cond = cond_perfmon_v4, .ncond = N(cond_perfmon_v4),
		.is_volatile = true, .ref = REF_ARCH,
		.fields = perf_global_inuse_fields, .nfields = N(perf_global_inuse_fields),
	},
	{
		.address = 0x3F1, .name = "IA32_PEBS_ENABLE",
		.aliases = pebs_enable_aliases, .naliases = N(pebs_enable_aliases),
		.desc = "Processor event-based sampling enables per counter, and where records go",
		.access = MSRKIT_RW, .scope = MSRKIT_SCOPE_THREAD,
		.vendors = MSRKIT_VENDOR_INTEL,
		.cond = cond_ds, .ncond = N(cond_ds),
		.ref = REF_ARCH,
		.fields = pebs_enable_fields, .nfields = N(pebs_enable_fields),
	},
	{
		.address = 0x3F6, .name = "MSR_PEBS_LD_LAT",
		.aliases = pebs_ld_lat_aliases, .naliases = N(pebs_ld_lat_aliases),
		.desc = "Model-specific load-latency threshold of the PEBS load-latency event (Nehalem and later)",
		.access = MSRKIT_RW, .scope = MSRKIT_SCOPE_THREAD,
		.vendors = MSRKIT_VENDOR_INTEL,
		.ref = { "Intel SDM Vol. 3B", "18.3.1.1.2", "Load Latency Performance Monitoring Facility" },
		.fields = pebs_ld_lat_fields, .nfields = N(pebs_ld_lat_fields),
	},
	{
		.address = 0x4C1, .name = "IA32_A_PMC{n}", .count = 8,
		.aliases = a_pmc_aliases, .naliases = N(a_pmc_aliases),
		.desc = "Full-width alias of IA32_PMCn: writes set all counter bits (present when CPUID.0AH:EAX[15:8] > n)",
		.access = MSRKIT_RW, .scope = MSRKIT_SCOPE_THREAD,
		.vendors = MSRKIT_VENDOR_INTEL,
		.cond = cond_full_width, .ncond = N(cond_full_width),
		.is_volatile = true, .ref = REF_ARCH,
		.fields = full_width_counter_fields, .nfields = N(full_width_counter_fields),
	},
	{
		.address = 0x600, .name = "IA32_DS_AREA",
		.aliases = ds_area_aliases, .naliases = N(ds_area_aliases),
		.desc = "Debug store save area: where the BTS and PEBS buffer pointers live",
		.access = MSRKIT_RW, .scope = MSRKIT_SCOPE_THREAD,
		.vendors = MSRKIT_VENDOR_INTEL,
		.cond = cond_ds, .ncond = N(cond_ds),
		.ref = REF_ARCH,
		.fields = ds_area_fields, .nfields = N(ds_area_fields),
	},
	{
		.address = 0x1200, .name = "IA32_LBR_{n}_INFO", .count = 32,
		.aliases = lbr_info_aliases, .naliases = N(lbr_info_aliases),
		.desc = "Architectural LBR entry n: branch type, misprediction, TSX state and elapsed cycles",
		.access = MSRKIT_RW, .scope = MSRKIT_SCOPE_THREAD,
		.vendors = MSRKIT_VENDOR_INTEL,
		.cond = cond_arch_lbr, .ncond = N(cond_arch_lbr),
		.is_volatile = true, .ref = REF_ARCH,
		.fields = lbr_info_fields, .nfields = N(lbr_info_fields),
	},
	{
		.address = 0x14CE, .name = "IA32_LBR_CTL",
		.aliases = lbr_ctl_aliases, .naliases = N(lbr_ctl_aliases),
		.desc = "Architectural LBR control: enable, privilege levels, call-stack mode and which branch types to record",
		.access = MSRKIT_RW, .scope = MSRKIT_SCOPE_THREAD,
		.vendors = MSRKIT_VENDOR_INTEL,
		.cond = cond_arch_lbr, .ncond = N(cond_arch_lbr),
		.ref = REF_ARCH,
		.fields = lbr_ctl_fields, .nfields = N(lbr_ctl_fields),
	},
	{
		.address = 0x14CF, .name = "IA32_LBR_DEPTH",
		.aliases = lbr_depth_aliases, .naliases = N(lbr_depth_aliases),
		.desc = "Architectural LBR depth: how many IA32_LBR_x entries are in use",
		.access = MSRKIT_RW, .scope = MSRKIT_SCOPE_THREAD,
		.vendors = MSRKIT_VENDOR_INTEL,
		.cond = cond_arch_lbr, .ncond = N(cond_arch_lbr),
		.ref = REF_ARCH,
		.fields = lbr_depth_fields, .nfields = N(lbr_depth_fields),
	},
	{
		.address = 0x1500, .name = "IA32_LBR_{n}_FROM_IP", .count = 32,
		.aliases = lbr_from_aliases, .naliases = N(lbr_from_aliases),
		.desc = "Architectural LBR entry n: branch source address",
		.access = MSRKIT_RW, .scope = MSRKIT_SCOPE_THREAD,
		.vendors = MSRKIT_VENDOR_INTEL,
		.cond = cond_arch_lbr, .ncond = N(cond_arch_lbr),
		.is_volatile = true, .ref = REF_ARCH,
		.fields = lbr_from_fields, .nfields = N(lbr_from_fields),
	},
	{
		.address = 0x1600, .name = "IA32_LBR_{n}_TO_IP", .count = 32,
		.aliases = lbr_to_aliases, .naliases = N(lbr_to_aliases),
		.desc = "Architectural LBR entry n: branch target address",
		.access = MSRKIT_RW, .scope = MSRKIT_SCOPE_THREAD,
		.vendors = MSRKIT_VENDOR_INTEL,
		.cond = cond_arch_lbr, .ncond = N(cond_arch_lbr),
		.is_volatile = true, .ref = REF_ARCH,
		.fields = lbr_to_fields, .nfields = N(lbr_to_fields),
	},
};

const struct msrkit_reg_table msrkit_table_pmu = {
	.family = "pmu",
	.regs = pmu_regs,
	.count = N(pmu_regs),
};

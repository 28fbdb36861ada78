/* SPDX-License-Identifier: MIT */
/*
 * Transmeta Crusoe and Efficeon registers: the LongRun power management
 * interface. Transmeta published no MSR reference; what is here is what the
 * Linux kernel's longrun cpufreq driver and the Crusoe processor driver of
 * the Microsoft Windows 2000 DDK define and use, the only public sources for
 * these registers. That driver also names 8086_801Bh (memory divisors),
 * 8086_801Ch (I/O divisors) and 8086_801Dh (gate delay) but never reads them:
 * they are listed by name, without fields, since nothing public lays them out.
 *
 * Transmeta parts report "GenuineTMx86" or "TransmetaCPU", both
 * MSRKIT_VENDOR_OTHER; the registers are further conditioned on the LongRun
 * flags of the Transmeta CPUID leaf 8086_0001h.
 */
#include "tables.h"

#define COUNT_OF(a) (sizeof(a) / sizeof((a)[0]))
#define ALIASES(a) .aliases = (a), .naliases = COUNT_OF(a)
#define CONDS(c) .cond = (c), .ncond = COUNT_OF(c)
#define FIELDS(f) .fields = (f), .nfields = COUNT_OF(f)
#define VALUES(v) .values = (v), .nvalues = COUNT_OF(v)

#define NUM(nm, l, w, acc, d) \
	{ .name = (nm), .lsb = (l), .width = (w), .access = (acc), .kind = MSRKIT_KIND_NUMBER, .desc = (d) }

#define LINUX_LONGRUN(sec, ttl) { .doc = "Linux drivers/cpufreq/longrun.c", .section = (sec), .title = (ttl) }
#define DDK_CRUSOE(sec, ttl) \
	{ .doc = "Microsoft Windows 2000 DDK, Crusoe processor driver sample (crusoe.h, longrun.c)", \
	  .section = (sec), .title = (ttl) }

/* X86_FEATURE_LONGRUN and X86_FEATURE_LRTI (Linux cpufeatures.h, word CPUID_8086_0001_EDX). */
static const struct msrkit_cond cond_longrun[] = {
	{ .kind = MSRKIT_COND_CPUID, .leaf = 0x80860001u, .reg = MSRKIT_EDX, .lsb = 1,
	  .text = "CPUID 8086_0001h:EDX[1] (LongRun)" },
};
static const struct msrkit_cond cond_lrti[] = {
	{ .kind = MSRKIT_COND_CPUID, .leaf = 0x80860001u, .reg = MSRKIT_EDX, .lsb = 3,
	  .text = "CPUID 8086_0001h:EDX[3] (LongRun Table Interface)" },
};

/* ---- LONGRUN_CTRL (8086_8010h), LONGRUN_FLAGS (8086_8011h) ---- */

static const char *const longrun_ctrl_aliases[] = { "MSR_TMTA_LONGRUN_CTRL", "LONGRUN_CONTROL_STATUS_MSR" };
static const struct msrkit_field longrun_ctrl_fields[] = {
	NUM("LOWER_BOUND", 0, 7, MSRKIT_RW,
	    "Lowest performance LongRun may choose, in percent of the range from the lowest to the highest frequency"),
	NUM("UPPER_BOUND", 32, 7, MSRKIT_RW,
	    "Highest performance LongRun may choose, in percent of the range from the lowest to the highest frequency"),
};

static const char *const longrun_flags_aliases[] = { "MSR_TMTA_LONGRUN_FLAGS", "LONGRUN_FLAGS_REGISTER_MSR" };
static const struct msrkit_value_name longrun_mode_values[] = {
	{ 0, "ECONOMY", "economy (power saving) mode" },
	{ 1, "PERFORMANCE", "performance mode" },
};
static const struct msrkit_field longrun_flags_fields[] = {
	{ .name = "PERFORMANCE_MODE", .lsb = 0, .width = 1, .access = MSRKIT_RW, .kind = MSRKIT_KIND_ENUM,
	  VALUES(longrun_mode_values), .desc = "LongRun policy between the bounds of LONGRUN_CTRL" },
};

/* ---- LRTI_READOUT (8086_8018h), LRTI_VOLT_MHZ (8086_801Ah) ---- */

static const char *const lrti_readout_aliases[] = { "MSR_TMTA_LRTI_READOUT", "LONGRUN_TI_READOUT_MSR" };
static const struct msrkit_field lrti_readout_fields[] = {
	NUM("LEVEL", 0, 32, MSRKIT_RW,
	    "LongRun level whose frequency and voltage LRTI_VOLT_MHZ reports; 0 is the fastest"),
	NUM("MAXIMUM_LEVEL", 32, 32, MSRKIT_RO, "Number of the slowest LongRun level"),
};

/* ---- LONGRUN_TI_PERFORMANCE_INDEX (8086_8019h) ---- */

static const char *const lrti_perf_index_aliases[] = { "LONGRUN_TI_PERFORMANCE_INDEX_MSR" };
static const struct msrkit_field lrti_perf_index_fields[] = {
	NUM("PERFORMANCE_INDEX", 0, 32, MSRKIT_RO,
	    "LongRun value of the level selected in LRTI_READOUT: the upper bound, in percent as in LONGRUN_CTRL, "
	    "that the Windows DDK driver programs for that level"),
};

static const char *const lrti_volt_mhz_aliases[] = { "MSR_TMTA_LRTI_VOLT_MHZ", "LONGRUN_TI_VOLTAGE_FREQUENCY_MSR" };
static const struct msrkit_field lrti_volt_mhz_fields[] = {
	{ .name = "MHZ", .lsb = 0, .width = 32, .access = MSRKIT_RO, .kind = MSRKIT_KIND_NUMBER,
	  .unit = MSRKIT_UNIT_MHZ, .desc = "Core frequency of the level selected in LRTI_READOUT" },
	NUM("VOLT", 32, 32, MSRKIT_RO,
	    "Core voltage of the selected level (the Windows DDK driver reads this half as the voltage; no unit is stated)"),
};

#define REG(addr, nm, d) .address = (addr), .name = (nm), .desc = (d), .vendors = MSRKIT_VENDOR_OTHER

static const struct msrkit_reg transmeta_regs[] = {
	{ REG(0x80868010u, "LONGRUN_CTRL", "LongRun performance bounds: the range the processor scales within"),
	  ALIASES(longrun_ctrl_aliases), .access = MSRKIT_RW, .scope = MSRKIT_SCOPE_PACKAGE, CONDS(cond_longrun),
	  .ref = LINUX_LONGRUN("longrun_get_policy()", "MSR_TMTA_LONGRUN_CTRL: lower and upper performance bounds"),
	  FIELDS(longrun_ctrl_fields) },
	{ REG(0x80868011u, "LONGRUN_FLAGS", "LongRun policy: performance or economy mode"),
	  ALIASES(longrun_flags_aliases), .access = MSRKIT_RW, .scope = MSRKIT_SCOPE_PACKAGE, CONDS(cond_longrun),
	  .ref = LINUX_LONGRUN("longrun_get_policy()", "MSR_TMTA_LONGRUN_FLAGS: performance or economy"),
	  FIELDS(longrun_flags_fields) },
	{ REG(0x80868018u, "LRTI_READOUT", "LongRun table interface: selects the level LRTI_VOLT_MHZ reports"),
	  ALIASES(lrti_readout_aliases), .access = MSRKIT_RW, .scope = MSRKIT_SCOPE_PACKAGE, CONDS(cond_lrti),
	  .ref = LINUX_LONGRUN("longrun_determine_freqs()", "MSR_TMTA_LRTI_READOUT: level select and maximum level"),
	  FIELDS(lrti_readout_fields) },
	{ REG(0x80868019u, "LONGRUN_TI_PERFORMANCE_INDEX",
	      "LongRun table interface: performance value of the level selected in LRTI_READOUT"),
	  ALIASES(lrti_perf_index_aliases), .access = MSRKIT_RO, .scope = MSRKIT_SCOPE_PACKAGE, CONDS(cond_lrti),
	  .ref = DDK_CRUSOE("LRTI_GetPerformanceIndex(), BuildLongRunPerfStatesCMS42()",
			    "LONGRUN_TI_PERFORMANCE_INDEX_MSR: low dword, LongRun value of the selected level"),
	  FIELDS(lrti_perf_index_fields) },
	{ REG(0x8086801Au, "LRTI_VOLT_MHZ", "LongRun table interface: frequency and voltage of the selected level"),
	  ALIASES(lrti_volt_mhz_aliases), .access = MSRKIT_RO, .scope = MSRKIT_SCOPE_PACKAGE, CONDS(cond_lrti),
	  .ref = LINUX_LONGRUN("longrun_determine_freqs()", "MSR_TMTA_LRTI_VOLT_MHZ: frequency of a LongRun level"),
	  FIELDS(lrti_volt_mhz_fields) },
	{ REG(0x8086801Bu, "LONGRUN_TI_MEMORY_DIVISORS",
	      "LongRun table interface: memory clock divisors of the selected level (no fields published)"),
	  .access = MSRKIT_RO, .scope = MSRKIT_SCOPE_PACKAGE, CONDS(cond_lrti),
	  .ref = DDK_CRUSOE("crusoe.h", "LONGRUN_TI_MEMORY_DIVISORS_MSR (named, never read)") },
	{ REG(0x8086801Cu, "LONGRUN_TI_IO_DIVISORS",
	      "LongRun table interface: I/O clock divisors of the selected level (no fields published)"),
	  .access = MSRKIT_RO, .scope = MSRKIT_SCOPE_PACKAGE, CONDS(cond_lrti),
	  .ref = DDK_CRUSOE("crusoe.h", "LONGRUN_TI_IO_DIVISORS_MSR (named, never read)") },
	{ REG(0x8086801Du, "LONGRUN_TI_GATE_DELAY",
	      "LongRun table interface: gate delay of the selected level (no fields published)"),
	  .access = MSRKIT_RO, .scope = MSRKIT_SCOPE_PACKAGE, CONDS(cond_lrti),
	  .ref = DDK_CRUSOE("crusoe.h", "LONGRUN_TI_GATE_DELAY_MSR (named, never read)") },
};

const struct msrkit_reg_table msrkit_table_transmeta = {
	.family = "transmeta",
	.regs = transmeta_regs,
	.count = COUNT_OF(transmeta_regs),
};

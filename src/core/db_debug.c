/* SPDX-License-Identifier: MIT */
/*
 * Debug: IA32_DEBUGCTL (branch recording, branch trace store, freezes on
 * PMI) and the last exception record pair. Sources: Intel SDM Vol. 4
 * Table 2-2 and the Core 2 MSR table; Linux msr-index.h names are aliases.
 */
#include "tables.h"

#define FLAG(nm, bit, acc, text) \
	{ .name = nm, .lsb = bit, .width = 1, .access = acc, .kind = MSRKIT_KIND_FLAG, .desc = text }

#define N(a) (sizeof(a) / sizeof((a)[0]))

static const struct msrkit_field debugctl_fields[] = {
	FLAG("LBR", 0, MSRKIT_RW, "Record taken branches, interrupts and exceptions in the LBR stack"),
	FLAG("BTF", 1, MSRKIT_RW, "Single-step on branches instead of instructions when EFLAGS.TF is set"),
	FLAG("BUS_LOCK_DETECT", 2, MSRKIT_RW, "Raise #DB after an instruction that acquired a bus lock (CPUID.(EAX=07H,ECX=0):ECX[24])"),
	FLAG("TR", 6, MSRKIT_RW, "Send branch trace messages"),
	FLAG("BTS", 7, MSRKIT_RW, "Log branch trace messages in the BTS buffer of the DS save area (needs TR)"),
	FLAG("BTINT", 8, MSRKIT_RW, "Interrupt when the BTS buffer fills instead of wrapping around"),
	FLAG("BTS_OFF_OS", 9, MSRKIT_RW, "Do not store branch trace messages while CPL = 0"),
	FLAG("BTS_OFF_USR", 10, MSRKIT_RW, "Do not store branch trace messages while CPL > 0"),
	FLAG("FREEZE_LBRS_ON_PMI", 11, MSRKIT_RW, "Freeze the LBR stack on a performance monitoring interrupt"),
	FLAG("FREEZE_PERFMON_ON_PMI", 12, MSRKIT_RW, "Clear the IA32_PERF_GLOBAL_CTRL enables (freeze the counters) on a PMI"),
	FLAG("ENABLE_UNCORE_PMI", 13, MSRKIT_RW, "Let this logical processor receive and raise PMIs on behalf of the uncore"),
	FLAG("FREEZE_WHILE_SMM", 14, MSRKIT_RW, "Freeze counters and trace while in SMM (IA32_PERF_CAPABILITIES[12])"),
	FLAG("RTM_DEBUG", 15, MSRKIT_RW, "With DR7.RTM set, a #DB or #BP inside an RTM transaction aborts it and is reported at the fallback address (CPUID.(EAX=07H,ECX=0):EBX[11])"),
};

static const char *const debugctl_aliases[] = { "MSR_IA32_DEBUGCTLMSR", "MSR_DEBUGCTLA", "MSR_DEBUGCTLB" };

static const struct msrkit_field ler_from_fields[] = {
	{ .name = "FROM_IP", .lsb = 0, .width = 64, .access = MSRKIT_RW, .kind = MSRKIT_KIND_HEX,
	  .desc = "Linear address of the last branch before the last exception or interrupt (layout per IA32_PERF_CAPABILITIES.LBR_FMT)" },
};

static const char *const ler_from_aliases[] = { "MSR_IA32_LASTINTFROMIP" };

static const struct msrkit_field ler_to_fields[] = {
	{ .name = "TO_IP", .lsb = 0, .width = 64, .access = MSRKIT_RW, .kind = MSRKIT_KIND_HEX,
	  .desc = "Linear address that last branch went to before the last exception or interrupt (layout per LBR_FMT)" },
};

static const char *const ler_to_aliases[] = { "MSR_IA32_LASTINTTOIP" };

static const struct msrkit_reg debug_regs[] = {
	{
		.address = 0x1D9, .name = "IA32_DEBUGCTL",
		.aliases = debugctl_aliases, .naliases = N(debugctl_aliases),
		.desc = "Trace and profile resource control: LBR, branch single-step, branch trace store, freezes on PMI",
		.access = MSRKIT_RW, .scope = MSRKIT_SCOPE_THREAD,
		.vendors = MSRKIT_VENDOR_INTEL,
		.ref = { "Intel SDM Vol. 4", "2.1", "Architectural MSRs" },
		.fields = debugctl_fields, .nfields = N(debugctl_fields),
	},
	{
		.address = 0x1DD, .name = "MSR_LER_FROM_LIP",
		.aliases = ler_from_aliases, .naliases = N(ler_from_aliases),
		.desc = "Last exception record, from: the branch taken before the last exception or interrupt (Intel since Core)",
		.access = MSRKIT_RW, .scope = MSRKIT_SCOPE_THREAD,
		.vendors = MSRKIT_VENDOR_INTEL,
		.is_volatile = true,
		.ref = { "Intel SDM Vol. 4", "2.2", "MSRs in the Intel Core 2 Processor Family" },
		.fields = ler_from_fields, .nfields = N(ler_from_fields),
	},
	{
		.address = 0x1DE, .name = "MSR_LER_TO_LIP",
		.aliases = ler_to_aliases, .naliases = N(ler_to_aliases),
		.desc = "Last exception record, to: the target of the branch taken before the last exception or interrupt (Intel since Core)",
		.access = MSRKIT_RW, .scope = MSRKIT_SCOPE_THREAD,
		.vendors = MSRKIT_VENDOR_INTEL,
		.is_volatile = true,
		.ref = { "Intel SDM Vol. 4", "2.2", "MSRs in the Intel Core 2 Processor Family" },
		.fields = ler_to_fields, .nfields = N(ler_to_fields),
	},
};

const struct msrkit_reg_table msrkit_table_debug = {
	.family = "debug",
	.regs = debug_regs,
	.count = N(debug_regs),
};

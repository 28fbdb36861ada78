/* SPDX-License-Identifier: MIT */
/*
 * The architectural feature, mode and identification MSRs (src/core/db_arch.c),
 * checked by decoding values read from real processors.
 *
 * Values and CPUID leaves (facts, transcribed from AIDA64 dumps of the
 * InstLatx64 collection):
 *   Zhaoxin KX-6000        (CentaurHauls, CPUID 000307B2)
 *   Zhaoxin CNS            (CentaurHauls, CPUID 00040672)
 *   Core i7-4770 Haswell   (GenuineIntel, CPUID 000306C3, MAXPHYADDR 39)
 *   Xeon Sandy Bridge-EP   (GenuineIntel, CPUID 000206D5)
 *   Xeon Sapphire Rapids   (GenuineIntel, CPUID 000806F8, MAXPHYADDR 52)
 *   Pentium M Dothan       (GenuineIntel, CPUID 000006D8)
 *   Celeron D Prescott     (GenuineIntel, CPUID 00000F41)
 *   Core 2 Extreme Conroe  (GenuineIntel, CPUID 000006F6)
 *   Xeon Gulftown          (GenuineIntel, CPUID 000206C2)
 *   Atom E3800 Silvermont  (GenuineIntel, CPUID 00030673)
 *   Atom Goldmont          (GenuineIntel, CPUID 000506C9)
 *   Core i5-6400T Skylake  (GenuineIntel, CPUID 000506E3)
 *   Core i7 Ice Lake-Y     (GenuineIntel, CPUID 000706E5)
 *   Ryzen 7 1800X Zen      (AuthenticAMD, CPUID 00800F11)
 * and values every 64-bit Linux kernel programs (STAR, EFER).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include <msrkit/msrkit.h>

#include "decode_fixture.h"

/* ---- CPUID fixtures for applicability -------------------------------- */

/* Core i7-4770 (000306C3), logical CPU 0. */
static const struct fixture_leaf haswell_leaves[] = {
	{ 0x00000000, 0, 0x0000000D, 0x756E6547, 0x6C65746E, 0x49656E69 },
	{ 0x00000001, 0, 0x000306C3, 0x00100800, 0x7FFAFBFF, 0xBFEBFBFF },
	{ 0x00000007, 0, 0x00000000, 0x000027AB, 0x00000000, 0x00000000 },
	{ 0x80000000, 0, 0x80000008, 0x00000000, 0x00000000, 0x00000000 },
	{ 0x80000001, 0, 0x00000000, 0x00000000, 0x00000021, 0x2C100000 },
	{ 0x80000008, 0, 0x00003027, 0x00000000, 0x00000000, 0x00000000 },
};
static const struct fixture_cpu_data haswell_cpuid = { FIXTURE_LEAVES(haswell_leaves) };

/* Ryzen 7 1800X (00800F11), logical CPU 0. */
static const struct fixture_leaf zen_leaves[] = {
	{ 0x00000000, 0, 0x0000000D, 0x68747541, 0x444D4163, 0x69746E65 },
	{ 0x00000001, 0, 0x00800F11, 0x00100800, 0x7ED8320B, 0x178BFBFF },
	{ 0x00000007, 0, 0x00000000, 0x209C01A9, 0x00000000, 0x00000000 },
	{ 0x80000000, 0, 0x8000001F, 0x68747541, 0x444D4163, 0x69746E65 },
	{ 0x80000001, 0, 0x00800F11, 0x20000000, 0x35C233FF, 0x2FD3FBFF },
	{ 0x80000008, 0, 0x00003030, 0x00000007, 0x0000400F, 0x00000000 },
};
static const struct fixture_cpu_data zen_cpuid = { FIXTURE_LEAVES(zen_leaves) };

/* ---- every register of the family is there --------------------------- */

static void test_registers_present(void **state)
{
	static const struct {
		uint32_t address;
		const char *name;
	} regs[] = {
		{ 0x6, "IA32_MONITOR_FILTER_SIZE" },
		{ 0x10, "IA32_TIME_STAMP_COUNTER" },
		{ 0x17, "IA32_PLATFORM_ID" },
		{ 0x1B, "IA32_APIC_BASE" },
		{ 0x3A, "IA32_FEATURE_CONTROL" },
		{ 0x3B, "IA32_TSC_ADJUST" },
		{ 0x79, "IA32_BIOS_UPDT_TRIG" },
		{ 0x8B, "IA32_BIOS_SIGN_ID" },
		{ 0x9B, "IA32_SMM_MONITOR_CTL" },
		{ 0x9E, "IA32_SMBASE" },
		{ 0x174, "IA32_SYSENTER_CS" },
		{ 0x175, "IA32_SYSENTER_ESP" },
		{ 0x176, "IA32_SYSENTER_EIP" },
		{ 0x1A0, "IA32_MISC_ENABLE" },
		{ 0x6E0, "IA32_TSC_DEADLINE" },
		{ 0xC0000080, "IA32_EFER" },
		{ 0xC0000081, "IA32_STAR" },
		{ 0xC0000082, "IA32_LSTAR" },
		{ 0xC0000083, "IA32_CSTAR" },
		{ 0xC0000084, "IA32_FMASK" },
		{ 0xC0000100, "IA32_FS_BASE" },
		{ 0xC0000101, "IA32_GS_BASE" },
		{ 0xC0000102, "IA32_KERNEL_GS_BASE" },
		{ 0xC0000103, "IA32_TSC_AUX" },
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(regs) / sizeof(regs[0]); i++) {
		const struct msrkit_reg *r = fixture_reg(regs[i].address, NULL, regs[i].name);

		/* Decoding always yields named fields. */
		assert_true(r->nfields > 0);
		assert_string_equal(msrkit_reg_family(r), "arch");
	}
}

static void test_aliases(void **state)
{
	static const struct {
		const char *alias;
		uint32_t address;
	} names[] = {
		{ "MSR_IA32_FEAT_CTL", 0x3A },
		{ "msr_ia32_feature_control", 0x3A },
		{ "IA32_TSC", 0x10 },
		{ "MSR_IA32_TSC", 0x10 },
		{ "MSR_IA32_APICBASE", 0x1B },
		{ "MSR_IA32_UCODE_REV", 0x8B },
		{ "MSR_IA32_UCODE_WRITE", 0x79 },
		{ "MSR_IA32_MISC_ENABLE", 0x1A0 },
		{ "MSR_IA32_TSC_DEADLINE", 0x6E0 },
		{ "MSR_EFER", 0xC0000080 },
		{ "MSR_STAR", 0xC0000081 },
		{ "MSR_LSTAR", 0xC0000082 },
		{ "MSR_CSTAR", 0xC0000083 },
		{ "MSR_SYSCALL_MASK", 0xC0000084 },
		{ "MSR_KERNEL_GS_BASE", 0xC0000102 },
		{ "MSR_TSC_AUX", 0xC0000103 },
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		struct msrkit_reg_ref ref;

		if (msrkit_db_find_name(names[i].alias, NULL, &ref))
			fail_msg("alias %s not found", names[i].alias);
		assert_int_equal(ref.address, names[i].address);
	}
}

/* ---- IA32_FEATURE_CONTROL --------------------------------------------- */

/* Zhaoxin KX-6000 and CNS: firmware locked it with VMX allowed outside SMX. */
static void test_feature_control_locked_vmx(void **state)
{
	struct fixture_pieces p;

	(void)state;
	fixture_decode_at(&p, 0x3A, "IA32_FEATURE_CONTROL", 0x5, NULL);
	assert_int_equal(p.n, 8);
	fixture_assert_field(&p, "LOCK", 1, "LOCKED: further writes fault until reset; the settings below are final");
	fixture_assert_field(&p, "ENABLE_VMX_INSIDE_SMX", 0,
			     "DISABLED: VMXON inside SMX faults: a measured launch (Intel TXT) environment cannot use VT-x");
	fixture_assert_field(&p, "ENABLE_VMX_OUTSIDE_SMX", 1,
			     "ENABLED: VMXON allowed outside SMX: a hypervisor can enable VT-x");
	fixture_assert_field(&p, "SENTER_LOCAL_FUNCTION_ENABLES", 0, "NONE: no GETSEC[SENTER] function enabled");
	fixture_assert_field(&p, "SENTER_GLOBAL_ENABLE", 0,
			     "DISABLED: GETSEC[SENTER] faults: no Intel TXT measured launch");
	fixture_assert_field(&p, "SGX_LAUNCH_CONTROL_ENABLE", 0, NULL);
	fixture_assert_field(&p, "SGX_GLOBAL_ENABLE", 0,
			     "DISABLED: ENCLS/ENCLU fault: no SGX enclaves (enable SGX in the firmware setup)");
	fixture_assert_field(&p, "LMCE_ON", 0,
			     "DISABLED: every machine check is broadcast to all logical processors");
	assert_int_equal(fixture_reserved_count(&p), 0);
	assert_int_equal(fixture_field(&p, "LOCK")->field->access, MSRKIT_RWO);
	assert_int_equal(fixture_field(&p, "ENABLE_VMX_OUTSIDE_SMX")->field->access, MSRKIT_RWL);
}

/* The value after reset (the SDM: cleared on reset): nothing allowed yet. */
static void test_feature_control_reset(void **state)
{
	struct fixture_pieces p;

	(void)state;
	fixture_decode_at(&p, 0x3A, "IA32_FEATURE_CONTROL", 0, NULL);
	fixture_assert_field(&p, "LOCK", 0,
			     "UNLOCKED: VMXON faults until firmware or the OS sets the lock "
			     "(Linux locks it at boot when it supports VMX)");
	fixture_assert_field(&p, "ENABLE_VMX_OUTSIDE_SMX", 0,
			     "DISABLED: VMXON outside SMX faults: VT-x disabled (enable Intel VT-x in the firmware setup)");
}

/* A locked register with everything a server with TXT, SGX and LMCE enables:
 * every field reads back its own bit, nothing is reserved. */
static void test_feature_control_all_fields(void **state)
{
	struct fixture_pieces p;

	(void)state;
	fixture_decode_at(&p, 0x3A, "IA32_FEATURE_CONTROL", UINT64_C(0x16FF07), NULL);
	fixture_assert_field(&p, "LOCK", 1, NULL);
	fixture_assert_field(&p, "ENABLE_VMX_INSIDE_SMX", 1, NULL);
	fixture_assert_field(&p, "ENABLE_VMX_OUTSIDE_SMX", 1, NULL);
	fixture_assert_field(&p, "SENTER_LOCAL_FUNCTION_ENABLES", 0x7F, "0x7f");
	fixture_assert_field(&p, "SENTER_GLOBAL_ENABLE", 1, NULL);
	fixture_assert_field(&p, "SGX_LAUNCH_CONTROL_ENABLE", 1,
			     "ENABLED: flexible launch control: the OS may rewrite IA32_SGXLEPUBKEYHASHn");
	fixture_assert_field(&p, "SGX_GLOBAL_ENABLE", 1, "ENABLED: enclave instructions (ENCLS/ENCLU) available");
	fixture_assert_field(&p, "LMCE_ON", 1, NULL);
	assert_int_equal(fixture_reserved_count(&p), 0);

	/* Bits 7:3, 16 and 19 are reserved. */
	fixture_decode_at(&p, 0x3A, "IA32_FEATURE_CONTROL", UINT64_C(0x90008), NULL);
	fixture_assert_reserved(&p, 3, 3, 1);
	fixture_assert_reserved(&p, 16, 16, 1);
	fixture_assert_reserved(&p, 19, 19, 1);
}

/* ---- IA32_APIC_BASE ----------------------------------------------------- */

/* Core i7-4770: bootstrap processor in x2APIC mode, MAXPHYADDR 39. */
static void test_apic_base_haswell(void **state)
{
	struct msrkit_cpu cpu = { .vendor = MSRKIT_VENDOR_INTEL, .family = 6, .model = 0x3C, .maxphyaddr = 39 };
	struct fixture_pieces p;

	(void)state;
	fixture_decode_at(&p, 0x1B, "IA32_APIC_BASE", UINT64_C(0xFEE00D00), &cpu);
	assert_int_equal(p.n, 4);
	fixture_assert_field(&p, "BSP", 1, "BSP: the bootstrap processor, which ran the firmware");
	fixture_assert_field(&p, "ENABLE_X2APIC", 1, "X2APIC: the local APIC is reached through MSRs 0x800-0x8FF");
	fixture_assert_field(&p, "APIC_GLOBAL_ENABLE", 1, "ENABLED: the local APIC is on");
	fixture_assert_field(&p, "APIC_BASE", 0xFEE00, "0xfee00000");
	assert_int_equal(fixture_field(&p, "APIC_BASE")->msb, 38);
	assert_int_equal(fixture_reserved_count(&p), 0);
}

/* Zhaoxin CNS, logical CPU 1: an application processor in xAPIC mode. */
static void test_apic_base_ap(void **state)
{
	struct fixture_pieces p;

	(void)state;
	fixture_decode_at(&p, 0x1B, "IA32_APIC_BASE", UINT64_C(0xFEE00800), NULL);
	fixture_assert_field(&p, "BSP", 0, "AP: an application processor, started by the OS");
	fixture_assert_field(&p, "ENABLE_X2APIC", 0,
			     "XAPIC: the local APIC is memory-mapped at APIC_BASE (when enabled)");
	fixture_assert_field(&p, "APIC_GLOBAL_ENABLE", 1, NULL);
	fixture_assert_field(&p, "APIC_BASE", 0xFEE00, "0xfee00000");
	/* Without a CPU the base runs to the architectural limit, bit 51. */
	assert_int_equal(fixture_field(&p, "APIC_BASE")->msb, 51);
}

/* The base field follows MAXPHYADDR: bits above it are reserved. */
static void test_apic_base_maxphyaddr(void **state)
{
	struct msrkit_cpu spr = { .vendor = MSRKIT_VENDOR_INTEL, .family = 6, .model = 0x8F, .maxphyaddr = 52 };
	struct msrkit_cpu narrow = { .vendor = MSRKIT_VENDOR_INTEL, .family = 6, .model = 0x3C, .maxphyaddr = 36 };
	struct fixture_pieces p;

	(void)state;
	/* Xeon Sapphire Rapids: 52 physical address bits, the whole field. */
	fixture_decode_at(&p, 0x1B, "IA32_APIC_BASE", UINT64_C(0xFEE00D00), &spr);
	assert_int_equal(fixture_field(&p, "APIC_BASE")->msb, 51);
	assert_int_equal(fixture_reserved_count(&p), 0);

	/* A base at 64 GB does not exist with 36 address bits. */
	fixture_decode_at(&p, 0x1B, "IA32_APIC_BASE", UINT64_C(0x1000000900), &narrow);
	fixture_assert_field(&p, "APIC_BASE", 0, "0x0");
	fixture_assert_reserved(&p, 36, 36, 1);
}

/* ---- IA32_MISC_ENABLE ---------------------------------------------------- */

/* Xeon Sandy Bridge-EP: the usual firmware settings, all architectural. */
static void test_misc_enable_sandy_bridge_ep(void **state)
{
	struct fixture_pieces p;

	(void)state;
	fixture_decode_at(&p, 0x1A0, "IA32_MISC_ENABLE", UINT64_C(0x0000000000850089), NULL);
	assert_int_equal(p.n, 10);
	fixture_assert_field(&p, "FAST_STRINGS", 1, "ENABLED: fast REP MOVS/STOS (default)");
	fixture_assert_field(&p, "AUTOMATIC_THERMAL_CONTROL_CIRCUIT", 1,
			     "ENABLED: the Thermal Monitor throttles the CPU when it overheats");
	fixture_assert_field(&p, "PERFORMANCE_MONITORING_AVAILABLE", 1,
			     "AVAILABLE: performance monitoring can be used");
	fixture_assert_field(&p, "BRANCH_TRACE_STORAGE_UNAVAILABLE", 0,
			     "SUPPORTED: the CPU can record taken branches to memory (BTS)");
	fixture_assert_field(&p, "PEBS_UNAVAILABLE", 0, "SUPPORTED: precise event-based sampling (PEBS) can be used");
	fixture_assert_field(&p, "ENHANCED_INTEL_SPEEDSTEP", 1,
			     "ENABLED: the OS can change P-states through IA32_PERF_CTL");
	fixture_assert_field(&p, "ENABLE_MONITOR_FSM", 1, "ENABLED: MONITOR/MWAIT can be used (default)");
	fixture_assert_field(&p, "LIMIT_CPUID_MAXVAL", 0, "OFF: CPUID reports every leaf (default)");
	fixture_assert_field(&p, "XTPR_MESSAGE_DISABLE", 1, "DISABLED: no xTPR messages to the chipset");
	fixture_assert_field(&p, "XD_BIT_DISABLE", 0, "AVAILABLE: execute-disable (NX) can be used (default)");
	assert_int_equal(fixture_reserved_count(&p), 0);
}

/* Core i7-4770: bit 38 (turbo disengage) is model-specific, so the
 * architectural definition (what a lookup without a CPU finds) reports it as
 * a set reserved bit; test_misc_enable_turbo_variants decodes it by model. */
static void test_misc_enable_haswell(void **state)
{
	struct fixture_pieces p;

	(void)state;
	fixture_decode_at(&p, 0x1A0, "IA32_MISC_ENABLE", UINT64_C(0x0000004000850089), NULL);
	fixture_assert_field(&p, "FAST_STRINGS", 1, NULL);
	fixture_assert_field(&p, "XD_BIT_DISABLE", 0, NULL);
	assert_int_equal(fixture_reserved_count(&p), 1);
	fixture_assert_reserved(&p, 38, 38, 1);
}

/* Zhaoxin KX-6000: no BTS or PEBS; model-specific bits 10, 13, 17, 20 set. */
static void test_misc_enable_zhaoxin(void **state)
{
	struct fixture_pieces p;

	(void)state;
	fixture_decode_at(&p, 0x1A0, "IA32_MISC_ENABLE", UINT64_C(0x0000000000973C89), NULL);
	fixture_assert_field(&p, "BRANCH_TRACE_STORAGE_UNAVAILABLE", 1, "UNSUPPORTED: no branch trace store (BTS)");
	fixture_assert_field(&p, "PEBS_UNAVAILABLE", 1, "UNSUPPORTED: no precise event-based sampling (PEBS)");
	fixture_assert_field(&p, "ENHANCED_INTEL_SPEEDSTEP", 1, NULL);
	fixture_assert_field(&p, "XTPR_MESSAGE_DISABLE", 1, NULL);
	assert_int_equal(fixture_reserved_count(&p), 4);
	fixture_assert_reserved(&p, 10, 10, 1);
	fixture_assert_reserved(&p, 13, 13, 1);
	fixture_assert_reserved(&p, 17, 17, 1);
	fixture_assert_reserved(&p, 20, 20, 1);
}

/* The Intel model variants: on the models their SDM model table covers, the
 * lookup finds a definition naming the model-specific bits. */
static void test_misc_enable_turbo_variants(void **state)
{
	static const struct {
		uint32_t model;
		uint64_t value;
		const char *section; /* of the SDM model table */
	} cases[] = {
		{ 0x2C, UINT64_C(0x0000004000850089), "2.8" },  /* Gulftown: Nehalem table */
		{ 0x2D, UINT64_C(0x0000000000850089), "2.10" }, /* Sandy Bridge-EP */
		{ 0x3C, UINT64_C(0x0000004000850089), "2.10" }, /* Haswell: Sandy Bridge table */
		{ 0x5E, UINT64_C(0x0000004000850089), "2.10" }, /* Skylake */
		{ 0x7E, UINT64_C(0x0000004000850089), "2.10" }, /* Ice Lake-Y */
		{ 0x37, UINT64_C(0x0000004000850089), "2.4" },  /* Silvermont */
		{ 0x5C, UINT64_C(0x0000004000850089), "2.4" },  /* Goldmont: Silvermont and newer */
		{ 0x57, UINT64_C(0x0000000000850089), "2.17" }, /* Knights Landing */
	};
	struct fixture_pieces p;
	size_t i;

	(void)state;
	for (i = 0; i < FIXTURE_LEN(cases); i++) {
		struct msrkit_cpu cpu = fixture_cpu(MSRKIT_VENDOR_INTEL, 6, cases[i].model, NULL);
		const struct msrkit_reg *r = fixture_decode_applicable(&p, 0x1A0, "IA32_MISC_ENABLE", cases[i].value, &cpu);

		assert_true(r->nmodels > 0);
		assert_string_equal(r->ref.section, cases[i].section);
		assert_int_equal(p.n, 11);
		fixture_assert_field(&p, "FAST_STRINGS", 1, NULL);
		fixture_assert_field(&p, "AUTOMATIC_THERMAL_CONTROL_CIRCUIT", 1, NULL);
		fixture_assert_field(&p, "XTPR_MESSAGE_DISABLE", 1, NULL);
		fixture_assert_field(&p, "TURBO_MODE_DISABLE", cases[i].value >> 38 & 1,
				     cases[i].value >> 38 & 1 ? "DISABLED: Turbo Boost is off and CPUID.06H:EAX[1] reads 0 "
								"(turned off in the firmware setup or by the OS)"
							      : "ENABLED: Turbo Boost can be used where supported "
								"(CPUID.06H:EAX[1] reports it)");
		fixture_assert_no_reserved(&p);
	}
}

/* Core 2 Extreme X6800 (06_0FH): the Core microarchitecture table names the
 * prefetcher, FERR#, TM2, SpeedStep lock and IDA bits; bits 17, 29 and 30
 * are set but named by no table. */
static void test_misc_enable_core2(void **state)
{
	struct msrkit_cpu conroe = fixture_cpu(MSRKIT_VENDOR_INTEL, 6, 0x0F, NULL);
	struct fixture_pieces p;
	const struct msrkit_reg *r;

	(void)state;
	r = fixture_decode_applicable(&p, 0x1A0, "IA32_MISC_ENABLE", UINT64_C(0x0000004060972489), &conroe);
	assert_string_equal(r->ref.title, "MSRs in Processors Based on Intel Core Microarchitecture");
	fixture_assert_field(&p, "FAST_STRINGS", 1, NULL);
	fixture_assert_field(&p, "HARDWARE_PREFETCHER_DISABLE", 0, "ENABLED: the prefetcher runs (default)");
	fixture_assert_field(&p, "FERR_MULTIPLEXING_ENABLE", 1,
			     "ENABLED: FERR# also signals a pending break event, as the xAPIC interrupt model needs");
	fixture_assert_field(&p, "TM2_ENABLE", 1,
			     "ENABLED: Thermal Monitor 2 lowers the bus ratio and voltage to MSR_THERM2_CTL's "
			     "target when hot");
	fixture_assert_field(&p, "ENHANCED_INTEL_SPEEDSTEP", 1, NULL);
	fixture_assert_field(&p, "ADJACENT_CACHE_LINE_PREFETCH_DISABLE", 0, NULL);
	fixture_assert_field(&p, "ENHANCED_INTEL_SPEEDSTEP_TECHNOLOGY_SELECT_LOCK", 1,
			     "LOCKED: this bit and the SpeedStep enable bit are read-only until reset");
	assert_int_equal(fixture_field(&p, "ENHANCED_INTEL_SPEEDSTEP_TECHNOLOGY_SELECT_LOCK")->field->access, MSRKIT_RWO);
	fixture_assert_field(&p, "DCU_PREFETCHER_DISABLE", 0, NULL);
	fixture_assert_field(&p, "IDA_DISABLE", 1,
			     "DISABLED: Intel Dynamic Acceleration is off and CPUID.06H:EAX[1] reads 0");
	fixture_assert_field(&p, "IP_PREFETCHER_DISABLE", 0, NULL);
	fixture_assert_reserved_runs(&p, "17-17,29-30");
}

/* Pentium M Dothan (06_0DH): FERR# multiplexing; bit 20 stays unnamed. */
static void test_misc_enable_pentium_m(void **state)
{
	struct msrkit_cpu dothan = fixture_cpu(MSRKIT_VENDOR_INTEL, 6, 0x0D, NULL);
	struct fixture_pieces p;
	const struct msrkit_reg *r;

	(void)state;
	r = fixture_decode_applicable(&p, 0x1A0, "IA32_MISC_ENABLE", UINT64_C(0x0000000000111488), &dothan);
	assert_string_equal(r->ref.section, "2.20");
	fixture_assert_field(&p, "AUTOMATIC_THERMAL_CONTROL_CIRCUIT", 1, NULL);
	fixture_assert_field(&p, "FERR_MULTIPLEXING_ENABLE", 1, NULL);
	fixture_assert_field(&p, "PEBS_UNAVAILABLE", 1, NULL);
	fixture_assert_field(&p, "ENHANCED_INTEL_SPEEDSTEP", 1, NULL);
	fixture_assert_reserved_runs(&p, "20-20");
}

/* Celeron D Prescott (0F_04H): the Pentium 4 table's bits; bit 29 stays
 * unnamed. */
static void test_misc_enable_pentium_4(void **state)
{
	struct msrkit_cpu prescott = fixture_cpu(MSRKIT_VENDOR_INTEL, 0xF, 0x04, NULL);
	struct fixture_pieces p;
	const struct msrkit_reg *r;

	(void)state;
	r = fixture_decode_applicable(&p, 0x1A0, "IA32_MISC_ENABLE", UINT64_C(0x0000000020842081), &prescott);
	assert_string_equal(r->ref.section, "2.18");
	assert_int_equal(p.n, 20);
	fixture_assert_field(&p, "FAST_STRINGS", 1, NULL);
	fixture_assert_field(&p, "X87_FPU_FOPCODE_COMPATIBILITY_MODE_ENABLE", 0, "no");
	fixture_assert_field(&p, "SPLIT_LOCK_DISABLE", 0, "no");
	fixture_assert_field(&p, "FERR_INTERRUPT_REPORTING_ENABLE", 0, "no");
	fixture_assert_field(&p, "TM2_ENABLE", 1, NULL);
	fixture_assert_field(&p, "ENABLE_MONITOR_FSM", 1, NULL);
	fixture_assert_field(&p, "XTPR_MESSAGE_DISABLE", 1, NULL);
	fixture_assert_field(&p, "L1_DATA_CACHE_CONTEXT_MODE", 0, "no");
	fixture_assert_reserved_runs(&p, "29-29");
}

/* Zhaoxin CNS is family 6 model 47H, a Broadwell model number on Intel: the
 * Intel variants are Intel-only, so it keeps the architectural definition. */
static void test_misc_enable_zhaoxin_by_model(void **state)
{
	struct msrkit_cpu cns = fixture_cpu(MSRKIT_VENDOR_CENTAUR, 6, 0x47, NULL);
	struct fixture_pieces p;
	const struct msrkit_reg *r;

	(void)state;
	r = fixture_decode_applicable(&p, 0x1A0, "IA32_MISC_ENABLE", UINT64_C(0x0000000000953C89), &cns);
	assert_int_equal(r->nmodels, 0);
	assert_string_equal(r->ref.title, "Architectural MSRs");
	fixture_assert_reserved_runs(&p, "10-10,13-13,20-20");
}

/* ---- identification -------------------------------------------------------- */

static void test_bios_sign_id(void **state)
{
	struct fixture_pieces p;

	(void)state;
	/* Xeon Sapphire Rapids: microcode 0x2B000390. */
	fixture_decode_at(&p, 0x8B, "IA32_BIOS_SIGN_ID", UINT64_C(0x2B00039000000000), NULL);
	assert_int_equal(p.n, 1);
	fixture_assert_field(&p, "MICROCODE_UPDATE_SIGNATURE", 0x2B000390, "0x2b000390");
	/* Zhaoxin KX-6000: microcode 0x723D. */
	fixture_decode_at(&p, 0x8B, "IA32_BIOS_SIGN_ID", UINT64_C(0x0000723D00000000), NULL);
	fixture_assert_field(&p, "MICROCODE_UPDATE_SIGNATURE", 0x723D, "0x723d");
	/* Cleared and not yet refreshed by CPUID.01H. */
	fixture_decode_at(&p, 0x8B, "IA32_BIOS_SIGN_ID", 0, NULL);
	fixture_assert_field(&p, "MICROCODE_UPDATE_SIGNATURE", 0, NULL);
}

static void test_platform_id(void **state)
{
	struct fixture_pieces p;

	(void)state;
	/* Core i7-4770: processor flag 1. */
	fixture_decode_at(&p, 0x17, "IA32_PLATFORM_ID", UINT64_C(0x0004000000000000), NULL);
	fixture_assert_field(&p, "PLATFORM_ID", 1, "1");
	assert_int_equal(fixture_reserved_count(&p), 0);
	/* Pentium M Dothan: flag 5; the low bits are model-specific. */
	fixture_decode_at(&p, 0x17, "IA32_PLATFORM_ID", UINT64_C(0x00140000D0248626), NULL);
	fixture_assert_field(&p, "PLATFORM_ID", 5, "5");
	/* Celeron D Prescott: flag 4, and bit 49 outside the field. */
	fixture_decode_at(&p, 0x17, "IA32_PLATFORM_ID", UINT64_C(0x0012000000000000), NULL);
	fixture_assert_field(&p, "PLATFORM_ID", 4, "4");
	fixture_assert_reserved(&p, 49, 49, 1);
}

/* The Core 2 and Silvermont tables add the maximum qualified bus ratio; other
 * Intel processors keep the architectural layout. */
static void test_platform_id_by_model(void **state)
{
	struct msrkit_cpu conroe = fixture_cpu(MSRKIT_VENDOR_INTEL, 6, 0x0F, NULL);
	struct msrkit_cpu silvermont = fixture_cpu(MSRKIT_VENDOR_INTEL, 6, 0x37, NULL);
	struct msrkit_cpu haswell = fixture_cpu(MSRKIT_VENDOR_INTEL, 6, 0x3C, NULL);
	struct msrkit_reg_ref ref;
	struct fixture_pieces p;
	const struct msrkit_reg *r;

	(void)state;
	/* Core 2 Extreme X6800: 11 x 266 MHz; the other low bits are named by no table. */
	r = fixture_decode_applicable(&p, 0x17, "MSR_PLATFORM_ID", UINT64_C(0x0000000088040B28), &conroe);
	assert_string_equal(r->ref.section, "2.2");
	fixture_assert_field(&p, "MAXIMUM_QUALIFIED_RATIO", 11, "ratio 11");
	fixture_assert_field(&p, "PLATFORM_ID", 0, "0");
	fixture_assert_reserved_runs(&p, "3-3,5-5,18-18,27-27,31-31");
	/* Atom E3800: ratio 18, processor flag 3. */
	r = fixture_decode_applicable(&p, 0x17, "MSR_PLATFORM_ID", UINT64_C(0x000C000090341251), &silvermont);
	assert_string_equal(r->ref.section, "2.4");
	fixture_assert_field(&p, "MAXIMUM_QUALIFIED_RATIO", 18, "ratio 18");
	fixture_assert_field(&p, "PLATFORM_ID", 3, "3");
	fixture_assert_reserved_runs(&p, "0-0,4-4,6-6,18-18,20-21,28-28,31-31");
	/* Haswell: no model variant. */
	fixture_decode_applicable(&p, 0x17, "IA32_PLATFORM_ID", UINT64_C(0x0004000000000000), &haswell);
	assert_int_equal(p.n, 1);
	/* The architectural name reaches the variant of the CPU. */
	assert_int_equal(msrkit_db_find_name("IA32_PLATFORM_ID", &conroe, &ref), 0);
	assert_string_equal(ref.reg->name, "MSR_PLATFORM_ID");
	assert_int_equal(msrkit_db_find_name("IA32_PLATFORM_ID", &haswell, &ref), 0);
	assert_string_equal(ref.reg->name, "IA32_PLATFORM_ID");
}

static void test_tsc(void **state)
{
	const struct msrkit_reg *r = fixture_reg(0x10, NULL, "IA32_TIME_STAMP_COUNTER");
	struct fixture_pieces p;

	(void)state;
	assert_true(r->is_volatile);
	assert_int_equal(r->nfields, 1);
	assert_int_equal(r->fields[0].lsb, 0);
	assert_int_equal(r->fields[0].width, 64);
	fixture_decode_at(&p, 0x10, "IA32_TIME_STAMP_COUNTER", UINT64_C(0xFFFFFFFFFFFFFFFF), NULL);
	fixture_assert_field(&p, "TSC", UINT64_C(0xFFFFFFFFFFFFFFFF), "18446744073709551615");
}

static void test_tsc_adjust_signed(void **state)
{
	struct fixture_pieces p;

	(void)state;
	/* An OS that moved this thread's TSC back by 1000 cycles. */
	fixture_decode_at(&p, 0x3B, "IA32_TSC_ADJUST", (uint64_t)-1000, NULL);
	fixture_assert_field(&p, "THREAD_ADJUST", (uint64_t)-1000, "-1000");
}

/* ---- mode and SYSCALL -------------------------------------------------------- */

static void test_efer_linux(void **state)
{
	struct fixture_pieces p;

	(void)state;
	/* Any 64-bit Linux kernel: SCE, LME, LMA and NXE. */
	fixture_decode_at(&p, 0xC0000080, "IA32_EFER", 0xD01, NULL);
	fixture_assert_field(&p, "SCE", 1, "ENABLED: SYSCALL/SYSRET can be used");
	fixture_assert_field(&p, "LME", 1, "ENABLED: long mode (IA-32e) becomes active once paging is on");
	fixture_assert_field(&p, "LMA", 1, "ACTIVE: long mode (IA-32e) active");
	fixture_assert_field(&p, "NXE", 1, "ENABLED: pages can be marked non-executable");
	fixture_assert_field(&p, "SVME", 0, "DISABLED: VMRUN and the other SVM instructions raise #UD");
	fixture_assert_field(&p, "AIBRSE", 0, NULL);
	assert_int_equal(fixture_reserved_count(&p), 0);

	/* An AMD host with KVM loaded: SVM enabled as well. */
	fixture_decode_at(&p, 0xC0000080, "IA32_EFER", 0x1D01, NULL);
	fixture_assert_field(&p, "SVME", 1, "ENABLED: VMRUN can be used: an AMD-V hypervisor has enabled SVM");
	assert_non_null(strstr(fixture_field(&p, "SVME")->field->desc, "AMD"));
	assert_non_null(strstr(fixture_field(&p, "AIBRSE")->field->desc, "AMD"));
	assert_int_equal(fixture_reserved_count(&p), 0);

	/* Bits 1-7 are reserved. */
	fixture_decode_at(&p, 0xC0000080, "IA32_EFER", 0xD03, NULL);
	fixture_assert_reserved(&p, 1, 1, 1);
}

static void test_star_linux(void **state)
{
	struct fixture_pieces p;

	(void)state;
	/* 64-bit Linux: SYSCALL to __KERNEL_CS 0x10, SYSRET from __USER32_CS 0x23. */
	fixture_decode_at(&p, 0xC0000081, "IA32_STAR", UINT64_C(0x0023001000000000), NULL);
	assert_int_equal(p.n, 3);
	fixture_assert_field(&p, "SYSCALL_TARGET_EIP", 0, "0x0");
	fixture_assert_field(&p, "SYSCALL_CS_SS", 0x10, "0x10");
	fixture_assert_field(&p, "SYSRET_CS_SS", 0x23, "0x23");
}

static void test_fmask_and_tsc_aux(void **state)
{
	struct fixture_pieces p;

	(void)state;
	/* TF, IF, DF, IOPL, NT and AC: what older Linux kernels cleared on SYSCALL. */
	fixture_decode_at(&p, 0xC0000084, "IA32_FMASK", 0x47700, NULL);
	fixture_assert_field(&p, "SYSCALL_FLAG_MASK", 0x47700, "0x47700");
	fixture_decode_at(&p, 0xC0000084, "IA32_FMASK", UINT64_C(0x100000000), NULL);
	fixture_assert_reserved(&p, 32, 32, 1);

	/* Linux on CPU 5 of node 1: (1 << 12) | 5. */
	fixture_decode_at(&p, 0xC0000103, "IA32_TSC_AUX", 0x1005, NULL);
	fixture_assert_field(&p, "AUX", 0x1005, "0x1005");
}

/* ---- applicability: vendor and CPUID conditions as data ------------------- */

static void test_applicability_haswell(void **state)
{
	struct msrkit_cpu cpu = fixture_cpu_identified(&haswell_cpuid);

	(void)state;
	assert_int_equal(cpu.vendor, MSRKIT_VENDOR_INTEL);
	assert_int_equal(cpu.maxphyaddr, 39);
	assert_int_equal(fixture_applies(0x3A, &cpu), MSRKIT_YES);   /* VMX */
	assert_int_equal(fixture_applies(0x3B, &cpu), MSRKIT_YES);   /* leaf 7 EBX[1] */
	assert_int_equal(fixture_applies(0x9B, &cpu), MSRKIT_YES);   /* VMX or SMX */
	assert_int_equal(fixture_applies(0x1A0, &cpu), MSRKIT_YES);
	assert_int_equal(fixture_applies(0x6E0, &cpu), MSRKIT_YES);  /* TSC deadline */
	assert_int_equal(fixture_applies(0xC0000080, &cpu), MSRKIT_YES);
	assert_int_equal(fixture_applies(0xC0000082, &cpu), MSRKIT_YES);
	assert_int_equal(fixture_applies(0xC0000103, &cpu), MSRKIT_YES); /* RDTSCP */
}

static void test_applicability_zen(void **state)
{
	struct msrkit_cpu cpu = fixture_cpu_identified(&zen_cpuid);

	(void)state;
	assert_int_equal(cpu.vendor, MSRKIT_VENDOR_AMD);
	assert_int_equal(fixture_applies(0x3A, &cpu), MSRKIT_NO);    /* Intel and Centaur only */
	assert_int_equal(fixture_applies(0x1A0, &cpu), MSRKIT_NO);
	assert_int_equal(fixture_applies(0x17, &cpu), MSRKIT_NO);
	assert_int_equal(fixture_applies(0x3B, &cpu), MSRKIT_NO);    /* leaf 7 EBX[1] clear */
	assert_int_equal(fixture_applies(0x6E0, &cpu), MSRKIT_NO);   /* no TSC deadline on Zen 1 */
	assert_int_equal(fixture_applies(0x1B, &cpu), MSRKIT_YES);
	assert_int_equal(fixture_applies(0x174, &cpu), MSRKIT_YES);
	assert_int_equal(fixture_applies(0xC0000080, &cpu), MSRKIT_YES);
	assert_int_equal(fixture_applies(0xC0000081, &cpu), MSRKIT_YES);
	assert_int_equal(fixture_applies(0xC0000083, &cpu), MSRKIT_YES);
	assert_int_equal(fixture_applies(0xC0000103, &cpu), MSRKIT_YES);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_registers_present),
		cmocka_unit_test(test_aliases),
		cmocka_unit_test(test_feature_control_locked_vmx),
		cmocka_unit_test(test_feature_control_reset),
		cmocka_unit_test(test_feature_control_all_fields),
		cmocka_unit_test(test_apic_base_haswell),
		cmocka_unit_test(test_apic_base_ap),
		cmocka_unit_test(test_apic_base_maxphyaddr),
		cmocka_unit_test(test_misc_enable_sandy_bridge_ep),
		cmocka_unit_test(test_misc_enable_haswell),
		cmocka_unit_test(test_misc_enable_turbo_variants),
		cmocka_unit_test(test_misc_enable_core2),
		cmocka_unit_test(test_misc_enable_pentium_m),
		cmocka_unit_test(test_misc_enable_pentium_4),
		cmocka_unit_test(test_misc_enable_zhaoxin_by_model),
		cmocka_unit_test(test_misc_enable_zhaoxin),
		cmocka_unit_test(test_bios_sign_id),
		cmocka_unit_test(test_platform_id),
		cmocka_unit_test(test_platform_id_by_model),
		cmocka_unit_test(test_tsc),
		cmocka_unit_test(test_tsc_adjust_signed),
		cmocka_unit_test(test_efer_linux),
		cmocka_unit_test(test_star_linux),
		cmocka_unit_test(test_fmask_and_tsc_aux),
		cmocka_unit_test(test_applicability_haswell),
		cmocka_unit_test(test_applicability_zen),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

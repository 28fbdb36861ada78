/* SPDX-License-Identifier: MIT */
/*
 * Performance monitoring, debug and machine-check tables: lookups and
 * decodes of values read on real processors.
 *
 * Where the values come from (they are facts, transcribed here):
 * - Ice Lake-SP (CPUID 606A6h): IA32_MCG_CAP, IA32_MC13_STATUS and
 *   IA32_MC13_MISC of two corrected memory-read errors as rasdaemon logged
 *   them (mcgcap=0x0f000c1c, status=0x8c00004200800090 / ...91,
 *   misc=0xd03451de4819486, bank 13, memory channels 0 and 1).
 * - Core i7-6700K (Skylake, CPUID 506E3h): IA32_MCG_CAP 0xc0a,
 *   IA32_PERF_CAPABILITIES 0x33c5, IA32_PERF_GLOBAL_CTRL 0xf,
 *   IA32_PERF_GLOBAL_STATUS 0x1 (a register dump of that processor).
 * - Sandy Bridge (CPUID 206A7h): IA32_MC3_STATUS 0xbe00000000800400, an
 *   internal timer error as a kernel log reported it.
 * - Sapphire Rapids (CPUID 806F8h) and Haswell (CPUID 306C3h): CPUID leaves
 *   0, 1, 7 and 0AH and IA32_FIXED_CTR1/2 from AIDA64 dumps.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <string.h>

#include <cmocka.h>

#include <msrkit/msrkit.h>

#include "decode_fixture.h"

/* ---- CPUs from AIDA64 dumps, as CPUID tables ---- */

static const struct fixture_leaf spr_leaves[] = {
	{ 0x0, 0, 0x00000020, 0x756E6547, 0x6C65746E, 0x49656E69 },
	{ 0x1, 0, 0x000806F8, 0x00800800, 0x7FFEFBFF, 0xBFEBFBFF },
	{ 0x7, 0, 0x00000002, 0xF3BFBFFB, 0xBB417FEE, 0xFFDD4430 },
	{ 0xA, 0, 0x08300805, 0x00000000, 0x0000000F, 0x00008604 },
	{ 0x80000000, 0, 0x80000008, 0, 0, 0 },
};

static const struct fixture_leaf haswell_leaves[] = {
	{ 0x0, 0, 0x0000000D, 0x756E6547, 0x6C65746E, 0x49656E69 },
	{ 0x1, 0, 0x000306C3, 0x00100800, 0x7FFAFBFF, 0xBFEBFBFF },
	{ 0x7, 0, 0x00000000, 0x000027AB, 0x00000000, 0x00000000 },
	{ 0xA, 0, 0x07300403, 0x00000000, 0x00000000, 0x00000603 },
	{ 0x80000000, 0, 0x80000008, 0, 0, 0 },
};

static const struct fixture_cpu_data spr_data = { FIXTURE_LEAVES(spr_leaves) };
static const struct fixture_cpu_data haswell_data = { FIXTURE_LEAVES(haswell_leaves) };

/* ---- machine check ---- */

static void test_mcg_cap_ice_lake_sp(void **state)
{
	struct fixture_pieces ps;

	(void)state;
	fixture_decode_at(&ps, 0x179, "IA32_MCG_CAP", UINT64_C(0x0f000c1c), NULL);
	fixture_assert_field(&ps, "COUNT", 28, "28");
	fixture_assert_field(&ps, "MCG_CTL_P", 0, "no");
	fixture_assert_field(&ps, "MCG_EXT_P", 0, "no");
	fixture_assert_field(&ps, "MCG_CMCI_P", 1, "yes");
	fixture_assert_field(&ps, "MCG_TES_P", 1, "yes");
	fixture_assert_field(&ps, "MCG_EXT_CNT", 0, "0");
	fixture_assert_field(&ps, "MCG_SER_P", 1, "yes");
	fixture_assert_field(&ps, "MCG_EMC_P", 1, "yes");
	fixture_assert_field(&ps, "MCG_ELOG_P", 1, "yes");
	fixture_assert_field(&ps, "MCG_LMCE_P", 1, "yes");
	assert_int_equal(fixture_reserved_count(&ps), 0);
}

static void test_mcg_cap_skylake(void **state)
{
	struct fixture_pieces ps;

	(void)state;
	fixture_decode_at(&ps, 0x179, "IA32_MCG_CAP", UINT64_C(0xc0a), NULL);
	fixture_assert_field(&ps, "COUNT", 10, "10");
	fixture_assert_field(&ps, "MCG_CMCI_P", 1, "yes");
	fixture_assert_field(&ps, "MCG_TES_P", 1, "yes");
	fixture_assert_field(&ps, "MCG_SER_P", 0, "no");
	fixture_assert_field(&ps, "MCG_LMCE_P", 0, "no");
	assert_int_equal(fixture_reserved_count(&ps), 0);
}

static void test_mc_status_corrected_memory_error(void **state)
{
	struct fixture_pieces ps;

	(void)state;
	/* Bank 13 is at 401H + 4 * 13 = 435H. */
	fixture_decode_at(&ps, 0x435, "IA32_MC13_STATUS", UINT64_C(0x8c00004200800090), NULL);
	fixture_assert_field(&ps, "VAL", 1, "yes");
	fixture_assert_field(&ps, "OVER", 0, "no");
	fixture_assert_field(&ps, "UC", 0, "no");
	fixture_assert_field(&ps, "EN", 0, "no");
	fixture_assert_field(&ps, "MISCV", 1, "yes");
	fixture_assert_field(&ps, "ADDRV", 1, "yes");
	fixture_assert_field(&ps, "PCC", 0, "no");
	fixture_assert_field(&ps, "S", 0, "no");
	fixture_assert_field(&ps, "AR", 0, "no");
	fixture_assert_field(&ps, "THRESHOLD_BASED_ERROR_STATUS", 0,
			     "NO_TRACKING: no hardware status tracking for the structure that reported the error");
	fixture_assert_field(&ps, "CORRECTED_ERROR_COUNT", 1, "1");
	fixture_assert_field(&ps, "OTHER_INFORMATION", 2, "0x2");
	fixture_assert_field(&ps, "MODEL_SPECIFIC_ERROR_CODE", 0x80, "0x80");
	/* Compound code 0000 0000 1001 0000: memory controller read, channel 0. */
	fixture_assert_field(&ps, "MCA_ERROR_CODE", 0x90, "0x90");
	assert_int_equal(fixture_reserved_count(&ps), 0);

	/* The second error of the log, on memory channel 1. */
	fixture_decode_at(&ps, 0x435, "IA32_MC13_STATUS", UINT64_C(0x8c00004200800091), NULL);
	fixture_assert_field(&ps, "MCA_ERROR_CODE", 0x91, "0x91");
	fixture_assert_field(&ps, "CORRECTED_ERROR_COUNT", 1, "1");
}

static void test_mc_status_internal_timer_error(void **state)
{
	struct fixture_pieces ps;

	(void)state;
	/* Sandy Bridge (CPUID 206A7h), bank 3, as the kernel logged it. */
	fixture_decode_at(&ps, 0x40D, "IA32_MC3_STATUS", UINT64_C(0xbe00000000800400), NULL);
	fixture_assert_field(&ps, "VAL", 1, "yes");
	fixture_assert_field(&ps, "OVER", 0, "no");
	fixture_assert_field(&ps, "UC", 1, "yes");
	fixture_assert_field(&ps, "EN", 1, "yes");
	fixture_assert_field(&ps, "MISCV", 1, "yes");
	fixture_assert_field(&ps, "ADDRV", 1, "yes");
	fixture_assert_field(&ps, "PCC", 1, "yes");
	fixture_assert_field(&ps, "S", 0, "no");
	fixture_assert_field(&ps, "MODEL_SPECIFIC_ERROR_CODE", 0x80, "0x80");
	fixture_assert_field(&ps, "MCA_ERROR_CODE", 0x400,
			     "INTERNAL_TIMER: processor internal timer error (an internal timeout)");
	assert_int_equal(fixture_reserved_count(&ps), 0);
}

static void test_mc_misc_physical_address(void **state)
{
	struct fixture_pieces ps;

	(void)state;
	fixture_decode_at(&ps, 0x437, "IA32_MC13_MISC", UINT64_C(0x0d03451de4819486), NULL);
	fixture_assert_field(&ps, "RECOVERABLE_ADDRESS_LSB", 6, "6");
	fixture_assert_field(&ps, "ADDRESS_MODE", 2, "PHYSICAL_ADDRESS: physical address");
	fixture_assert_field(&ps, "MODEL_SPECIFIC_INFORMATION", UINT64_C(0x0d03451de4819486) >> 9, "0x681a28ef240ca");
	assert_int_equal(fixture_reserved_count(&ps), 0);
}

static void test_bank_addresses(void **state)
{
	struct msrkit_reg_ref ref;
	char name[64];

	(void)state;
	assert_int_equal(msrkit_db_find(0x40D, NULL, &ref), 0);
	assert_non_null(ref.reg);
	assert_int_equal(ref.index, 3);
	assert_int_equal(ref.address, 0x40D);
	assert_int_equal(msrkit_reg_ref_name(&ref, name, sizeof(name)), strlen("IA32_MC3_STATUS"));
	assert_string_equal(name, "IA32_MC3_STATUS");

	/* The other three registers of bank 3, and the ends of the range. */
	assert_int_equal(msrkit_db_find(0x40C, NULL, &ref), 0);
	msrkit_reg_ref_name(&ref, name, sizeof(name));
	assert_string_equal(name, "IA32_MC3_CTL");
	assert_int_equal(msrkit_db_find(0x40E, NULL, &ref), 0);
	msrkit_reg_ref_name(&ref, name, sizeof(name));
	assert_string_equal(name, "IA32_MC3_ADDR");
	assert_int_equal(msrkit_db_find(0x40F, NULL, &ref), 0);
	msrkit_reg_ref_name(&ref, name, sizeof(name));
	assert_string_equal(name, "IA32_MC3_MISC");
	assert_int_equal(msrkit_db_find(0x400, NULL, &ref), 0);
	msrkit_reg_ref_name(&ref, name, sizeof(name));
	assert_string_equal(name, "IA32_MC0_CTL");
	assert_int_equal(msrkit_db_find(0x47F, NULL, &ref), 0);
	msrkit_reg_ref_name(&ref, name, sizeof(name));
	assert_string_equal(name, "IA32_MC31_MISC");
	assert_int_equal(msrkit_db_find(0x29F, NULL, &ref), 0);
	msrkit_reg_ref_name(&ref, name, sizeof(name));
	assert_string_equal(name, "IA32_MC31_CTL2");
	/* 480H starts the VMX capabilities, not bank 32. */
	if (msrkit_db_find(0x480, NULL, &ref) == 0)
		assert_null(strstr(ref.reg->name, "_MC"));

	/* By name, manual and Linux spellings, any case. */
	assert_int_equal(msrkit_db_find_name("IA32_MC3_STATUS", NULL, &ref), 0);
	assert_int_equal(ref.address, 0x40D);
	assert_int_equal(ref.index, 3);
	assert_int_equal(msrkit_db_find_name("msr_ia32_mc3_status", NULL, &ref), 0);
	assert_int_equal(ref.address, 0x40D);
	assert_int_equal(msrkit_db_find_name("IA32_MC31_MISC", NULL, &ref), 0);
	assert_int_equal(ref.address, 0x47F);
	assert_int_not_equal(msrkit_db_find_name("IA32_MC32_STATUS", NULL, &ref), 0);
}

static void test_mc_status_edges(void **state)
{
	struct fixture_pieces ps;

	(void)state;
	/* Every bit belongs to a field: nothing is reported as reserved, and
	 * the unnamed threshold status 3 says so. */
	fixture_decode_at(&ps, 0x401, "IA32_MC0_STATUS", ~UINT64_C(0), NULL);
	assert_int_equal(fixture_reserved_count(&ps), 0);
	fixture_assert_field(&ps, "THRESHOLD_BASED_ERROR_STATUS", 3, "undefined value 3");
	fixture_assert_field(&ps, "CORRECTED_ERROR_COUNT", 0x7fff, "32767");
	fixture_assert_field(&ps, "MCA_ERROR_CODE", 0xffff, "0xffff");
}

/* ---- performance monitoring ---- */

static void test_perf_capabilities_skylake(void **state)
{
	struct fixture_pieces ps;

	(void)state;
	fixture_decode_at(&ps, 0x345, "IA32_PERF_CAPABILITIES", UINT64_C(0x33c5), NULL);
	fixture_assert_field(&ps, "LBR_FMT", 5,
			     "EIP_FLAGS_TSX_INFO: 64-bit EIP with flags, TSX and MSR_LBR_INFO_x registers");
	fixture_assert_field(&ps, "PEBS_TRAP", 1, "yes");
	fixture_assert_field(&ps, "PEBS_ARCH_REG", 1, "yes");
	fixture_assert_field(&ps, "PEBS_REC_FMT", 3, "FORMAT_3: adds the TSC");
	fixture_assert_field(&ps, "SMM_FREEZE", 1, "yes");
	fixture_assert_field(&ps, "FW_WRITE", 1, "yes");
	fixture_assert_field(&ps, "PEBS_BASELINE", 0, "no");
	fixture_assert_field(&ps, "PERF_METRICS_AVAILABLE", 0, "no");
	assert_int_equal(fixture_reserved_count(&ps), 0);

	/* A bit no field covers is reported as reserved. */
	fixture_decode_at(&ps, 0x345, "IA32_PERF_CAPABILITIES", UINT64_C(0x33c5) | (UINT64_C(1) << 40), NULL);
	assert_int_equal(fixture_reserved_count(&ps), 1);
}

/* IA32_PERF_METRICS shares are 8-bit fractions of 255, shown as percentages
 * (no dump holds this register: a value with each share's edge cases). */
static void test_perf_metrics_shares(void **state)
{
	struct fixture_pieces ps;

	(void)state;
	fixture_decode_at(&ps, 0x329, "IA32_PERF_METRICS", UINT64_C(0x000000000100ff80), NULL);
	fixture_assert_field(&ps, "RETIRING", 0x80, "50.2 %");
	fixture_assert_field(&ps, "BAD_SPECULATION", 0xff, "100 %");
	fixture_assert_field(&ps, "FRONTEND_BOUND", 0, "0 %");
	fixture_assert_field(&ps, "BACKEND_BOUND", 1, "0.4 %");
}

static void test_global_ctrl_and_status_skylake(void **state)
{
	struct fixture_pieces ps;

	(void)state;
	fixture_decode_at(&ps, 0x38F, "IA32_PERF_GLOBAL_CTRL", UINT64_C(0xf), NULL);
	fixture_assert_field(&ps, "EN_PMC0", 1, "yes");
	fixture_assert_field(&ps, "EN_PMC3", 1, "yes");
	fixture_assert_field(&ps, "EN_PMC4", 0, "no");
	fixture_assert_field(&ps, "EN_FIXED_CTR0", 0, "no");
	assert_int_equal(fixture_reserved_count(&ps), 0);

	fixture_decode_at(&ps, 0x38E, "IA32_PERF_GLOBAL_STATUS", UINT64_C(0x1), NULL);
	fixture_assert_field(&ps, "OVF_PMC0", 1, "yes");
	fixture_assert_field(&ps, "COND_CHGD", 0, "no");
	assert_int_equal(fixture_reserved_count(&ps), 0);
}

static void test_fixed_counters_from_dumps(void **state)
{
	struct msrkit_cpu spr = fixture_cpu_identified(&spr_data);
	struct fixture_pieces ps;

	(void)state;
	assert_int_equal(spr.vendor, MSRKIT_VENDOR_INTEL);
	fixture_decode_at(&ps, 0x30A, "IA32_FIXED_CTR1", UINT64_C(0x000000050E95D162), &spr);
	fixture_assert_field(&ps, "COUNT", UINT64_C(21719535970), "21719535970");
	assert_int_equal(fixture_reserved_count(&ps), 0);
	fixture_decode_at(&ps, 0x30B, "IA32_FIXED_CTR2", UINT64_C(0x0000000B73342720), &spr);
	fixture_assert_field(&ps, "COUNT", UINT64_C(49177437984), "49177437984");
	assert_int_equal(fixture_reserved_count(&ps), 0);
	/* Counters are 48 bits wide; anything above is not a count. */
	fixture_decode_at(&ps, 0x309, "IA32_FIXED_CTR0", UINT64_C(1) << 48, &spr);
	assert_int_equal(fixture_reserved_count(&ps), 1);
}

static void test_applicability(void **state)
{
	struct msrkit_cpu spr = fixture_cpu_identified(&spr_data);
	struct msrkit_cpu hsw = fixture_cpu_identified(&haswell_data);

	(void)state;
	assert_int_equal(spr.vendor, MSRKIT_VENDOR_INTEL);
	assert_int_equal(hsw.vendor, MSRKIT_VENDOR_INTEL);
	/* Perfmon version 5 with architectural LBRs ... */
	assert_int_equal(msrkit_reg_applies(fixture_reg_named("IA32_PMC0"), &spr), MSRKIT_YES);
	assert_int_equal(msrkit_reg_applies(fixture_reg_named("IA32_FIXED_CTR0"), &spr), MSRKIT_YES);
	assert_int_equal(msrkit_reg_applies(fixture_reg_named("IA32_PERF_GLOBAL_STATUS_SET"), &spr), MSRKIT_YES);
	assert_int_equal(msrkit_reg_applies(fixture_reg_named("IA32_PERF_CAPABILITIES"), &spr), MSRKIT_YES);
	assert_int_equal(msrkit_reg_applies(fixture_reg_named("IA32_LBR_CTL"), &spr), MSRKIT_YES);
	assert_int_equal(msrkit_reg_applies(fixture_reg_named("IA32_DEBUGCTL"), &spr), MSRKIT_YES);
	assert_int_equal(msrkit_reg_applies(fixture_reg_named("IA32_MCG_CAP"), &spr), MSRKIT_YES);
	/* ... version 3 without them. */
	assert_int_equal(msrkit_reg_applies(fixture_reg_named("IA32_PMC0"), &hsw), MSRKIT_YES);
	assert_int_equal(msrkit_reg_applies(fixture_reg_named("IA32_PERF_GLOBAL_STATUS_SET"), &hsw), MSRKIT_NO);
	assert_int_equal(msrkit_reg_applies(fixture_reg_named("IA32_PERF_GLOBAL_INUSE"), &hsw), MSRKIT_NO);
	assert_int_equal(msrkit_reg_applies(fixture_reg_named("IA32_LBR_CTL"), &hsw), MSRKIT_NO);
	assert_int_equal(msrkit_reg_applies(fixture_reg_named("IA32_LBR_0_FROM_IP"), &hsw), MSRKIT_NO);
	/* Bank registers depend on IA32_MCG_CAP, which these dumps lack. */
	assert_int_equal(msrkit_reg_applies(fixture_reg_named("IA32_MC0_STATUS"), &spr), MSRKIT_UNKNOWN);
}

static void test_names_and_aliases(void **state)
{
	struct msrkit_reg_ref ref;
	char name[64];

	(void)state;
	assert_int_equal(msrkit_db_find_name("MSR_ARCH_PERFMON_EVENTSEL0", NULL, &ref), 0);
	assert_int_equal(ref.address, 0x186);
	assert_int_equal(msrkit_db_find_name("MSR_ARCH_PERFMON_EVENTSEL3", NULL, &ref), 0);
	assert_int_equal(ref.address, 0x189);
	assert_int_equal(msrkit_db_find_name("MSR_CORE_PERF_GLOBAL_OVF_CTRL", NULL, &ref), 0);
	assert_string_equal(ref.reg->name, "IA32_PERF_GLOBAL_STATUS_RESET");
	assert_int_equal(msrkit_db_find_name("MSR_IA32_DEBUGCTLMSR", NULL, &ref), 0);
	assert_int_equal(ref.address, 0x1D9);
	assert_int_equal(msrkit_db_find_name("MSR_IA32_LASTINTFROMIP", NULL, &ref), 0);
	assert_string_equal(ref.reg->name, "MSR_LER_FROM_LIP");
	assert_int_equal(msrkit_db_find_name("MSR_ARCH_LBR_TO_31", NULL, &ref), 0);
	assert_int_equal(ref.address, 0x161F);

	assert_int_equal(msrkit_db_find(0x1205, NULL, &ref), 0);
	msrkit_reg_ref_name(&ref, name, sizeof(name));
	assert_string_equal(name, "IA32_LBR_5_INFO");
	assert_int_equal(msrkit_db_find(0x4C8, NULL, &ref), 0);
	msrkit_reg_ref_name(&ref, name, sizeof(name));
	assert_string_equal(name, "IA32_A_PMC7");
	/* The counter families end where the manual ends them. */
	assert_int_not_equal(msrkit_db_find_name("IA32_PMC8", NULL, &ref), 0);
}

static void test_debugctl_and_lbr_info(void **state)
{
	struct fixture_pieces ps;

	(void)state;
	/* LBR with FREEZE_LBRS_ON_PMI: what Linux perf programs for LBR sampling. */
	fixture_decode_at(&ps, 0x1D9, "IA32_DEBUGCTL", UINT64_C(0x801), NULL);
	fixture_assert_field(&ps, "LBR", 1, "yes");
	fixture_assert_field(&ps, "BTF", 0, "no");
	fixture_assert_field(&ps, "FREEZE_LBRS_ON_PMI", 1, "yes");
	fixture_assert_field(&ps, "FREEZE_PERFMON_ON_PMI", 0, "no");
	assert_int_equal(fixture_reserved_count(&ps), 0);

	/* A mispredicted near return after 37 cycles. */
	fixture_decode_at(&ps, 0x1200, "IA32_LBR_0_INFO",
			  (UINT64_C(1) << 63) | (UINT64_C(1) << 60) | (UINT64_C(5) << 56) | 37, NULL);
	fixture_assert_field(&ps, "MISPRED", 1, "yes");
	fixture_assert_field(&ps, "CYC_CNT_VALID", 1, "yes");
	fixture_assert_field(&ps, "BR_TYPE", 5, "NEAR_RET: near return");
	fixture_assert_field(&ps, "CYC_CNT", 37, "37");
	assert_int_equal(fixture_reserved_count(&ps), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_mcg_cap_ice_lake_sp),
		cmocka_unit_test(test_mcg_cap_skylake),
		cmocka_unit_test(test_mc_status_corrected_memory_error),
		cmocka_unit_test(test_mc_status_internal_timer_error),
		cmocka_unit_test(test_mc_misc_physical_address),
		cmocka_unit_test(test_bank_addresses),
		cmocka_unit_test(test_mc_status_edges),
		cmocka_unit_test(test_perf_capabilities_skylake),
		cmocka_unit_test(test_perf_metrics_shares),
		cmocka_unit_test(test_global_ctrl_and_status_skylake),
		cmocka_unit_test(test_fixed_counters_from_dumps),
		cmocka_unit_test(test_applicability),
		cmocka_unit_test(test_names_and_aliases),
		cmocka_unit_test(test_debugctl_and_lbr_info),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

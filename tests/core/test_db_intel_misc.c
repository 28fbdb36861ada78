/* SPDX-License-Identifier: MIT */
/*
 * The model-specific Intel registers of src/core/db_intel_misc.c and the
 * MSR_THERM2_CTL variants of src/core/db_intel_model.c, checked by decoding
 * values read from real processors. Every expected field was worked out by
 * hand from the SDM layouts; where AIDA64 states the same fact in its own
 * words it is quoted in brackets.
 *
 * Values (facts, transcribed from AIDA64 dumps of the InstLatx64 collection):
 *   Pentium M Dothan      CPUID 000006D8 (06_0DH)
 *   Core 2 Extreme X6800  CPUID 000006F6 (06_0FH) [X6800 @ 2.93GHz: 11 x 266]
 *   Celeron D 326         CPUID 00000F41 (0F_04H) [2533 MHz (19 x 133)]
 *   Atom E3800 Silvermont CPUID 00030673 (06_37H)
 *   Atom Goldmont         CPUID 000506C9 (06_5CH)
 *   Core i5-6400T Skylake CPUID 000506E3 (06_5EH)
 *   Core i7 Haswell       CPUID 000306C3 (06_3CH)
 *   Xeon Sapphire Rapids  CPUID 000806F8 (06_8FH)
 *   Core i9-13900K        CPUID 000B0671 (06_B7H)
 *   Xeon Phi Knights Landing CPUID 00050671 (06_57H)
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <msrkit/msrkit.h>

#include "decode_fixture.h"

/* ---- 0x2A, 0x2C, 0x11E, 0x1A1: front-side-bus processors -------------------------- */

static void test_pentium4(void **state)
{
	struct msrkit_cpu celeron_d = fixture_cpu(MSRKIT_VENDOR_INTEL, 0xF, 0x4, NULL);
	struct fixture_pieces ps;

	(void)state;
	fixture_decode_applicable(&ps, 0x2A, "MSR_EBC_HARD_POWERON", 0, &celeron_d);
	fixture_assert_field(&ps, "IN_ORDER_QUEUE_DEPTH", 0, NULL);
	fixture_assert_field(&ps, "AGENT_ID", 0, NULL);
	fixture_assert_reserved_runs(&ps, "");

	/* [2533 MHz (19 x 133)] */
	fixture_decode_applicable(&ps, 0x2C, "MSR_EBC_FREQUENCY_ID", UINT64_C(0x13110513), &celeron_d);
	fixture_assert_field(&ps, "SCALABLE_BUS_SPEED", 1, NULL);
	fixture_assert_meaning(&ps, "SCALABLE_BUS_SPEED", "133.33 MHz");
	fixture_assert_field(&ps, "CORE_CLOCK_TO_BUS_RATIO", 19, NULL);
	fixture_assert_meaning(&ps, "CORE_CLOCK_TO_BUS_RATIO", "ratio 19");
	fixture_assert_reserved_runs(&ps, "0-1,4-4,8-8,10-10,20-20");

	fixture_decode_applicable(&ps, 0x1A1, "MSR_PLATFORM_BRV", 0, &celeron_d);
	fixture_assert_field(&ps, "PLATFORM_REQUIREMENTS", 0, NULL);

	/* The early layout of MSR_EBC_FREQUENCY_ID is a separate definition. */
	fixture_decode_applicable(&ps, 0x2C, "MSR_EBC_FREQUENCY_ID", 0,
				  &(struct msrkit_cpu){ .vendor = MSRKIT_VENDOR_INTEL, .family = 0xF, .model = 0x1 });
	fixture_assert_field(&ps, "SCALABLE_BUS_SPEED", 0, NULL);
	fixture_assert_meaning(&ps, "SCALABLE_BUS_SPEED", "100 MHz");
}

static void test_pentium_m(void **state)
{
	struct msrkit_cpu dothan = fixture_cpu(MSRKIT_VENDOR_INTEL, 6, 0x0D, NULL);
	struct fixture_pieces ps;

	(void)state;
	fixture_decode_applicable(&ps, 0x2A, "MSR_EBL_CR_POWERON", UINT64_C(0x43080000), &dothan);
	fixture_assert_field(&ps, "CLOCK_FREQUENCY_RATIO", 12, NULL);
	fixture_assert_field(&ps, "SYSTEM_BUS_FREQUENCY", 0, NULL);
	fixture_assert_field(&ps, "EXECUTE_BIST", 0, NULL);
	fixture_assert_reserved_runs(&ps, "19-19,30-30");

	fixture_decode_applicable(&ps, 0x11E, "MSR_BBL_CR_CTL3", UINT64_C(0x34272B), &dothan);
	fixture_assert_field(&ps, "L2_HARDWARE_ENABLED", 1, NULL);
	fixture_assert_field(&ps, "ECC_CHECK_ENABLE", 1, NULL);
	fixture_assert_field(&ps, "L2_ENABLED", 1, NULL);
	fixture_assert_field(&ps, "L2_NOT_PRESENT", 0, NULL);

	fixture_decode_applicable(&ps, 0x19D, "MSR_THERM2_CTL", UINT64_C(0x612), &dothan);
	fixture_assert_field(&ps, "TM2_TRANSITION_TARGET", 0x612, NULL);
	fixture_assert_field(&ps, "TM_SELECT", 0, NULL);
}

static void test_core2(void **state)
{
	struct msrkit_cpu conroe = fixture_cpu(MSRKIT_VENDOR_INTEL, 6, 0x0F, NULL);
	struct fixture_pieces ps;

	(void)state;
	/* [Core(TM)2 CPU X6800 @ 2.93GHz]: 11 x 266 MHz. */
	fixture_decode_applicable(&ps, 0x2A, "MSR_EBL_CR_POWERON", UINT64_C(0x42C80000), &conroe);
	fixture_assert_field(&ps, "INTEGER_BUS_FREQUENCY_RATIO", 11, NULL);
	fixture_assert_field(&ps, "N2_NON_INTEGER_BUS_RATIO", 0, NULL);
	fixture_assert_field(&ps, "INTEL_TXT_CAPABLE_CHIPSET", 0, NULL);
	fixture_assert_reserved_runs(&ps, "19-19,30-30");

	/* SDM Core 2 table: L2 hardware-enabled and initialized, present. */
	fixture_decode_applicable(&ps, 0x11E, "MSR_BBL_CR_CTL3", UINT64_C(0xBE702109), &conroe);
	fixture_assert_field(&ps, "L2_HARDWARE_ENABLED", 1, NULL);
	fixture_assert_field(&ps, "L2_ENABLED", 1, NULL);
	fixture_assert_field(&ps, "L2_NOT_PRESENT", 0, NULL);
	fixture_assert_reserved_runs(&ps, "3-3,13-13,20-22,25-29,31-31");

	/* coreboot's SpeedStep layout: Super LFM at ratio 7 (VID 1BH); the
	 * top operating point is the part's own 11 x 266 MHz (VID 28H, as in
	 * IA32_PLATFORM_ID) and there is no turbo on this desktop part. */
	fixture_decode_applicable(&ps, 0xCE, "MSR_FSB_CLOCK_VCC", UINT64_C(0x001B0B287F7F071B), &conroe);
	fixture_assert_field(&ps, "SLFM_VID", 0x1B, NULL);
	fixture_assert_field(&ps, "SLFM_RATIO", 7, "ratio 7");
	fixture_assert_field(&ps, "SLFM_NONINT", 0, NULL);
	fixture_assert_field(&ps, "TURBO_VID", 0x28, NULL);
	fixture_assert_field(&ps, "TURBO_RATIO", 11, "ratio 11");
	fixture_assert_field(&ps, "TURBO_SUPPORTED", 0, NULL);
	fixture_assert_reserved_runs(&ps, "16-22,24-30,48-49,51-52");

	/* Super LFM neither supported nor enabled on the desktop Conroe. */
	fixture_decode_applicable(&ps, 0xEE, "MSR_EXTENDED_CONFIG", UINT64_C(0xA8000000C17D4300), &conroe);
	fixture_assert_field(&ps, "SLFM_SUPPORTED", 0, NULL);
	fixture_assert_field(&ps, "SLFM_ENABLE", 0, NULL);
	fixture_assert_reserved_runs(&ps, "8-9,14-14,16-16,18-22,24-24,30-31,59-59,61-61,63-63");
}

/* ---- Silvermont and newer Atom cores ---------------------------------------------------- */

static void test_silvermont(void **state)
{
	struct msrkit_cpu e3800 = fixture_cpu(MSRKIT_VENDOR_INTEL, 6, 0x37, NULL);
	struct msrkit_cpu goldmont = fixture_cpu(MSRKIT_VENDOR_INTEL, 6, 0x5C, NULL);
	struct fixture_pieces ps;

	(void)state;
	/* The Silvermont table reserves every bit: no field, so the E3800's
	 * set bits are shown as reserved. */
	fixture_decode_applicable(&ps, 0x2A, "MSR_EBL_CR_POWERON", UINT64_C(0x40080000), &e3800);
	fixture_assert_reserved_runs(&ps, "19-19,30-30");
	fixture_decode_applicable(&ps, 0x2A, "MSR_EBL_CR_POWERON", 0, &goldmont);
	assert_int_equal(ps.n, 0);

	fixture_decode_applicable(&ps, 0x11E, "MSR_BBL_CR_CTL3", UINT64_C(0x7E2801FF), &e3800);
	fixture_assert_field(&ps, "L2_HARDWARE_ENABLED", 1, NULL);
	fixture_assert_field(&ps, "L2_ENABLED", 1, NULL);
	fixture_assert_field(&ps, "L2_NOT_PRESENT", 0, NULL);

	fixture_decode_applicable(&ps, 0x66A, "MSR_ATOM_CORE_RATIOS", UINT64_C(0x100402), &e3800);
	fixture_assert_field(&ps, "MIN_RATIO", 4, NULL);
	fixture_assert_field(&ps, "MAX_RATIO", 16, NULL);
	fixture_assert_meaning(&ps, "MAX_RATIO", "ratio 16");
	fixture_decode_applicable(&ps, 0x66B, "MSR_ATOM_CORE_VIDS", UINT64_C(0x492525), &e3800);
	fixture_assert_field(&ps, "MIN_VID", 0x25, NULL);
	fixture_assert_field(&ps, "MAX_VID", 0x49, NULL);
	fixture_decode_applicable(&ps, 0x66C, "MSR_ATOM_CORE_TURBO_RATIOS", UINT64_C(0x1212), &e3800);
	fixture_assert_field(&ps, "TURBO_RATIO", 18, NULL);

	/* MSR_THERM2_CTL holds the lowest P-state as the TM2 target: the ratio
	 * and VID of MSR_ATOM_CORE_RATIOS/VIDS above. */
	fixture_decode_applicable(&ps, 0x19D, "MSR_THERM2_CTL", UINT64_C(0x425), &e3800);
	fixture_assert_field(&ps, "TM2_TRANSITION_TARGET", 0x425, NULL);
	fixture_assert_field(&ps, "TM_SELECT", 0, NULL);
}

/* ---- 0x1A4 MSR_MISC_FEATURE_CONTROL ---------------------------------------------------------- */

static void test_misc_feature_control(void **state)
{
	struct msrkit_cpu raptor_lake = fixture_cpu(MSRKIT_VENDOR_INTEL, 6, 0xB7, NULL);
	struct msrkit_cpu sapphire_rapids = fixture_cpu(MSRKIT_VENDOR_INTEL, 6, 0x8F, NULL);
	struct msrkit_cpu knl = fixture_cpu(MSRKIT_VENDOR_INTEL, 6, 0x57, NULL);
	struct msrkit_cpu goldmont = fixture_cpu(MSRKIT_VENDOR_INTEL, 6, 0x5C, NULL);
	struct msrkit_reg_ref ref;
	struct fixture_pieces ps;

	(void)state;
	fixture_decode_applicable(&ps, 0x1A4, "MSR_MISC_FEATURE_CONTROL", 0x4, &raptor_lake);
	fixture_assert_field(&ps, "L2_HARDWARE_PREFETCHER_DISABLE", 0, NULL);
	fixture_assert_field(&ps, "L2_ADJACENT_CACHE_LINE_PREFETCHER_DISABLE", 0, NULL);
	fixture_assert_field(&ps, "DCU_HARDWARE_PREFETCHER_DISABLE", 1, NULL);
	fixture_assert_meaning(&ps, "DCU_HARDWARE_PREFETCHER_DISABLE", "yes");
	fixture_assert_field(&ps, "DCU_IP_PREFETCHER_DISABLE", 0, NULL);
	fixture_assert_reserved_runs(&ps, "");

	/* Bit 5 is beyond the published layout: flagged, not guessed at. */
	fixture_decode_applicable(&ps, 0x1A4, "MSR_MISC_FEATURE_CONTROL", 0x20, &sapphire_rapids);
	fixture_assert_field(&ps, "DCU_HARDWARE_PREFETCHER_DISABLE", 0, NULL);
	fixture_assert_reserved_runs(&ps, "5-5");

	/* Xeon Phi and the Atom cores lay the bits out differently. */
	fixture_decode_applicable(&ps, 0x1A4, "MSR_MISC_FEATURE_CONTROL", 0, &knl);
	assert_int_equal(fixture_field(&ps, "DCU_HARDWARE_PREFETCHER_DISABLE")->lsb, 0);
	assert_int_equal(fixture_field(&ps, "L2_HARDWARE_PREFETCHER_DISABLE")->lsb, 1);
	fixture_decode_applicable(&ps, 0x1A4, "MSR_MISC_FEATURE_CONTROL", 0, &goldmont);
	assert_int_equal(fixture_field(&ps, "DCU_HARDWARE_PREFETCHER_DISABLE")->lsb, 2);
	assert_int_equal(ps.n, 2);

	/* Not on Core 2, which has no such register. */
	assert_int_equal(msrkit_db_find(0x1A4, &(struct msrkit_cpu){ .vendor = MSRKIT_VENDOR_INTEL, .family = 6,
								      .model = 0x0F }, &ref), 0);
	assert_int_equal(msrkit_reg_applies(ref.reg, &(struct msrkit_cpu){ .vendor = MSRKIT_VENDOR_INTEL, .family = 6,
									   .model = 0x0F }), MSRKIT_NO);
}

/* ---- 0x690: LBR 16 on Skylake, perf-limit reasons on Haswell ----------------------------------- */

static void test_lbr_and_limit_reasons(void **state)
{
	struct msrkit_cpu skylake = fixture_cpu(MSRKIT_VENDOR_INTEL, 6, 0x5E, NULL);
	struct msrkit_cpu haswell = fixture_cpu(MSRKIT_VENDOR_INTEL, 6, 0x3C, NULL);
	struct msrkit_reg_ref ref;
	struct fixture_pieces ps;

	(void)state;
	fixture_decode_applicable(&ps, 0x690, "MSR_LASTBRANCH_16_FROM_IP", 0, &skylake);
	fixture_assert_field(&ps, "FROM_IP", 0, NULL);
	fixture_decode_applicable(&ps, 0x690, "MSR_CORE_PERF_LIMIT_REASONS", UINT64_C(0x30820000), &haswell);

	assert_int_equal(msrkit_db_find_name("MSR_LASTBRANCH_31_TO_IP", &skylake, &ref), 0);
	assert_int_equal(ref.address, 0x6DF);
	assert_int_equal(ref.index, 31);
	assert_int_equal(msrkit_db_find_name("MSR_LBR_INFO_0", &skylake, &ref), 0);
	assert_int_equal(ref.address, 0xDC0);
	/* Entries below 16 are not in this family. */
	assert_int_equal(msrkit_db_find_name("MSR_LASTBRANCH_15_TO_IP", &skylake, &ref), -1);

	fixture_decode_applicable(&ps, 0xDC5, "MSR_LBR_INFO_5", UINT64_C(0x8000000000000123), &skylake);
	fixture_assert_field(&ps, "MISPRED", 1, NULL);
	fixture_assert_field(&ps, "IN_TSX", 0, NULL);
	fixture_assert_field(&ps, "CYCLE_COUNT", 0x123, NULL);
}

/* ---- MSR_THERM2_CTL and MSR_EBL_CR_POWERON where no layout is published ---------------------- */

static void test_unpublished_layouts(void **state)
{
	struct msrkit_cpu skylake = fixture_cpu(MSRKIT_VENDOR_INTEL, 6, 0x5E, NULL);
	struct msrkit_cpu raptor_lake = fixture_cpu(MSRKIT_VENDOR_INTEL, 6, 0xB7, NULL);
	struct msrkit_cpu knl = fixture_cpu(MSRKIT_VENDOR_INTEL, 6, 0x57, NULL);
	struct fixture_pieces ps;

	(void)state;
	/* Known to exist, no field published: nothing to show for a 0. */
	fixture_decode_applicable(&ps, 0x19D, "MSR_THERM2_CTL", 0, &skylake);
	assert_int_equal(ps.n, 0);
	fixture_decode_applicable(&ps, 0x2A, "MSR_EBL_CR_POWERON", 0, &raptor_lake);
	assert_int_equal(ps.n, 0);
	fixture_decode_applicable(&ps, 0x2A, "MSR_EBL_CR_POWERON", 0, &knl);
	assert_int_equal(ps.n, 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_pentium4),
		cmocka_unit_test(test_pentium_m),
		cmocka_unit_test(test_core2),
		cmocka_unit_test(test_silvermont),
		cmocka_unit_test(test_misc_feature_control),
		cmocka_unit_test(test_lbr_and_limit_reasons),
		cmocka_unit_test(test_unpublished_layouts),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

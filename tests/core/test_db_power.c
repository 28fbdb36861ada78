/* SPDX-License-Identifier: MIT */
/*
 * Thermal and power MSRs (src/core/db_thermal_power.c) and the common
 * model-specific Intel MSRs (src/core/db_intel_model.c), checked by decoding
 * values read from real processors. Units that need a second register (RAPL
 * units, TjMax) come from a CPU whose rdmsr answers with that processor's
 * own value of the second register.
 *
 * Values (facts, transcribed from AIDA64 dumps of the InstLatx64 collection;
 * AIDA64's own reading of the same dump in brackets):
 *   Core i5-6400T Skylake-S  (CPUID 000506E3, 06_5EH) [TjMax 100 C, TDP 35 W,
 *                            PL1 35 W / 1.00 s, PL2 43.8 W / 2.44 ms,
 *                            turbo 1C 28x 2C 27x 3C 25x 4C 25x, 22 x 100 MHz]
 *   Core i9-13900K Raptor Lake (CPUID 000B0671, 06_B7H) [TjMax 100 C, TDP 125 W,
 *                            PL1 125 W / 56.00 s, PL2 250 W / 2.44 ms,
 *                            turbo 1C-2C 58x, 3C-8C 55x]
 *   Xeon Cascade Lake-SP     (CPUID 00050657, 06_55H)
 *   Xeon Phi Knights Landing (CPUID 00050671, 06_57H)
 *   Core i7-965 Bloomfield   (CPUID 000106A4, 06_1AH) [3200 MHz = 24 x 133]
 *   Atom E3800 Silvermont    (CPUID 00030673, 06_37H)
 *   Core 2 Conroe            (CPUID 000006F6, 06_0FH)
 *   Core i7 Ice Lake-Y       (CPUID 000706E5, 06_7EH)
 *   Core M 5Y70 Broadwell    (CPUID 000306D4, 06_3DH)
 *   Core i5-1135G7 Tiger Lake (CPUID 000806C1, 06_8CH)
 *   Xeon Sapphire Rapids     (CPUID 000806F8, 06_8FH)
 *   Core Ultra Meteor Lake   (CPUID 000A06A4, 06_AAH)
 *   Core i7-4770 Haswell     (CPUID 000306C3, 06_3CH)
 *   Zhaoxin CNS              (CentaurHauls, CPUID 00040672, family 6 model 47H)
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include <msrkit/msrkit.h>

#include "decode_fixture.h"

/* ---- RAPL: power units, limits and energy ------------------------------------------ */

static const struct fixture_msr skylake_msrs[] = {
	{ 0x606, 0x00000000000A0E03ull }, /* MSR_RAPL_POWER_UNIT */
	{ 0x1A2, 0x0000000000641000ull }, /* MSR_TEMPERATURE_TARGET */
};
static const struct fixture_cpu_data skylake = { FIXTURE_MSRS(skylake_msrs) };

static void test_rapl_skylake(void **state)
{
	struct msrkit_cpu cpu = fixture_cpu(MSRKIT_VENDOR_INTEL, 6, 0x5E, &skylake);
	struct fixture_pieces p;

	(void)state;
	fixture_decode_at(&p, 0x606, "MSR_RAPL_POWER_UNIT", 0x00000000000A0E03ull, &cpu);
	fixture_assert_field(&p, "POWER_UNITS", 3, "1/2^3 W (0.125 W)");
	fixture_assert_field(&p, "ENERGY_STATUS_UNITS", 14, "1/2^14 J (61.035 µJ)");
	fixture_assert_field(&p, "TIME_UNITS", 10, "1/2^10 s (976.563 µs)");
	fixture_assert_no_reserved(&p);

	/* AIDA64: PL1 35 W / 1.00 sec, PL2 43.8 W / 2.44 ms. */
	fixture_decode_at(&p, 0x610, "MSR_PKG_POWER_LIMIT", 0x0042815E00158118ull, &cpu);
	fixture_assert_field(&p, "PKG_POWER_LIMIT_1", 280, "35 W");
	fixture_assert_field(&p, "ENABLE_LIMIT_1", 1, "yes");
	fixture_assert_field(&p, "PKG_CLAMPING_LIMIT_1", 1, "yes");
	fixture_assert_field(&p, "TIME_WINDOW_POWER_LIMIT_1", 10, "1 s");
	fixture_assert_field(&p, "PKG_POWER_LIMIT_2", 350, "43.75 W");
	fixture_assert_field(&p, "ENABLE_LIMIT_2", 1, "yes");
	fixture_assert_field(&p, "PKG_CLAMPING_LIMIT_2", 0, "no");
	fixture_assert_field(&p, "TIME_WINDOW_POWER_LIMIT_2", 33, "0.002441 s");
	fixture_assert_field(&p, "LOCK", 0, "no");
	fixture_assert_no_reserved(&p);

	/* AIDA64: CPU TDP 35 W. */
	fixture_decode_at(&p, 0x614, "MSR_PKG_POWER_INFO", 0x0000000000000118ull, &cpu);
	fixture_assert_field(&p, "THERMAL_SPEC_POWER", 280, "35 W");

	fixture_decode_at(&p, 0x611, "MSR_PKG_ENERGY_STATUS", 0x0000000002C85AD8ull, &cpu);
	fixture_assert_field(&p, "TOTAL_ENERGY_CONSUMED", 46684888, "2849.419434 J");

	fixture_decode_at(&p, 0x649, "MSR_CONFIG_TDP_LEVEL1", 0x00000000000B00C8ull, &cpu);
	fixture_assert_field(&p, "PKG_TDP_LVL1", 200, "25 W");
	fixture_assert_field(&p, "CONFIG_TDP_LVL1_RATIO", 11, "ratio 11 (1100 MHz at 100 MHz bus clock)");
}

static const struct fixture_msr raptor_lake_msrs[] = {
	{ 0x606, 0x00000000000A0E03ull },
	{ 0x1A2, 0x0000000000641400ull },
};
static const struct fixture_cpu_data raptor_lake = { FIXTURE_MSRS(raptor_lake_msrs) };

static void test_rapl_raptor_lake(void **state)
{
	struct msrkit_cpu cpu = fixture_cpu(MSRKIT_VENDOR_INTEL, 6, 0xB7, &raptor_lake);
	struct fixture_pieces p;

	(void)state;
	/* AIDA64: PL1 125 W / 56.00 sec, PL2 250 W / 2.44 ms. */
	fixture_decode_at(&p, 0x610, "MSR_PKG_POWER_LIMIT", 0x004287D000DF83E8ull, &cpu);
	fixture_assert_field(&p, "PKG_POWER_LIMIT_1", 1000, "125 W");
	fixture_assert_field(&p, "TIME_WINDOW_POWER_LIMIT_1", 111, "56 s");
	fixture_assert_field(&p, "PKG_POWER_LIMIT_2", 2000, "250 W");
	fixture_assert_field(&p, "TIME_WINDOW_POWER_LIMIT_2", 33, "0.002441 s");
	fixture_assert_no_reserved(&p);

	/* AIDA64: CPU TDP 125 W. */
	fixture_decode_at(&p, 0x614, "MSR_PKG_POWER_INFO", 0x00000000000003E8ull, &cpu);
	fixture_assert_field(&p, "THERMAL_SPEC_POWER", 1000, "125 W");
}

/* Without the CPU's RAPL units the raw value is shown and the reason said. */
/* Atom E3800: RAPL units of 2^5 mW and 2^5 microjoules (MSR_RAPL_POWER_UNIT
 * 0x505), not fractions of watts and joules. */
static void test_rapl_silvermont(void **state)
{
	static const struct fixture_msr silvermont_msrs[] = { { 0x606, 0x0000000000000505ull } };
	static const struct fixture_cpu_data silvermont = { FIXTURE_MSRS(silvermont_msrs) };
	struct msrkit_cpu cpu = fixture_cpu(MSRKIT_VENDOR_INTEL, 6, 0x37, &silvermont);
	struct fixture_pieces p;

	(void)state;
	fixture_decode_applicable(&p, 0x610, "MSR_PKG_POWER_LIMIT", 0x000000FA00388000ull, &cpu);
	fixture_assert_field(&p, "PKG_POWER_LIMIT_1", 0, "0 W");
	fixture_assert_field(&p, "ENABLE_LIMIT_1", 1, "yes");
	fixture_assert_field(&p, "TIME_WINDOW_POWER_LIMIT_1", 28, "28 s");
	/* Bits 39:32 have no meaning in the Silvermont table. */
	fixture_assert_reserved_runs(&p, "33-33,35-39");
	/* Not this CPU's value: a 50-step limit in its 32 mW steps. */
	fixture_decode_applicable(&p, 0x610, "MSR_PKG_POWER_LIMIT", 0x0000000000388032ull, &cpu);
	fixture_assert_field(&p, "PKG_POWER_LIMIT_1", 50, "1.6 W");

	fixture_decode_applicable(&p, 0x606, "MSR_RAPL_POWER_UNIT", 0x0000000000000505ull, &cpu);
	fixture_assert_field(&p, "POWER_UNITS", 5, "2^5 mW (32 mW)");
	fixture_assert_field(&p, "ENERGY_STATUS_UNITS", 5, "2^5 µJ (32 µJ)");

	fixture_decode_applicable(&p, 0x611, "MSR_PKG_ENERGY_STATUS", 0x000000000E8CBBC4ull, &cpu);
	fixture_assert_field(&p, "TOTAL_ENERGY_CONSUMED", 244104132, "7811.332224 J");

	fixture_decode_applicable(&p, 0x639, "MSR_PP0_ENERGY_STATUS", 0x000000000C8AA10Dull, &cpu);
	fixture_assert_field(&p, "TOTAL_ENERGY_CONSUMED", 210411789, "6733.177248 J");
}

static void test_rapl_without_units(void **state)
{
	struct fixture_pieces p;

	(void)state;
	fixture_decode_at(&p, 0x610, "MSR_PKG_POWER_LIMIT", 0x004287D000DF83E8ull, NULL);
	fixture_assert_field(&p, "PKG_POWER_LIMIT_1", 1000, "1000 (raw; RAPL power unit unknown)");
}

static const struct fixture_msr cascade_lake_msrs[] = {
	{ 0x606, 0x00000000000A0E03ull },
};
static const struct fixture_cpu_data cascade_lake = { FIXTURE_MSRS(cascade_lake_msrs) };

static void test_rapl_cascade_lake(void **state)
{
	struct msrkit_cpu cpu = fixture_cpu(MSRKIT_VENDOR_INTEL, 6, 0x55, &cascade_lake);
	struct fixture_pieces p;

	(void)state;
	fixture_decode_at(&p, 0x610, "MSR_PKG_POWER_LIMIT", 0x80038330001482A8ull, &cpu);
	fixture_assert_field(&p, "PKG_POWER_LIMIT_1", 680, "85 W");
	fixture_assert_field(&p, "TIME_WINDOW_POWER_LIMIT_1", 10, "1 s");
	fixture_assert_field(&p, "PKG_POWER_LIMIT_2", 816, "102 W");
	fixture_assert_field(&p, "TIME_WINDOW_POWER_LIMIT_2", 1, "0.001953 s");
	fixture_assert_field(&p, "LOCK", 1, "yes");
	fixture_assert_no_reserved(&p);

	fixture_decode_at(&p, 0x614, "MSR_PKG_POWER_INFO", 0x000F06B8017002A8ull, &cpu);
	fixture_assert_field(&p, "THERMAL_SPEC_POWER", 680, "85 W");
	fixture_assert_field(&p, "MINIMUM_POWER", 368, "46 W");
	fixture_assert_field(&p, "MAXIMUM_POWER", 1720, "215 W");
	fixture_assert_field(&p, "MAXIMUM_TIME_WINDOW", 15, "32 s");

	fixture_decode_at(&p, 0x61C, "MSR_DRAM_POWER_INFO", 0x800F0100004300FCull, &cpu);
	fixture_assert_field(&p, "THERMAL_SPEC_POWER", 252, "31.5 W");
	fixture_assert_field(&p, "LOCK", 1, "yes");
	fixture_assert_no_reserved(&p);

	/* Xeon DRAM energy counts in a fixed unit, not in ENERGY_STATUS_UNITS. */
	fixture_decode_at(&p, 0x619, "MSR_DRAM_ENERGY_STATUS", 0x000000000F046588ull, &cpu);
	fixture_assert_field(&p, "TOTAL_ENERGY_CONSUMED", 251946376, "3844.396606 J");
}

/* ---- temperatures ---------------------------------------------------------------------- */

static void test_temperatures_skylake(void **state)
{
	struct msrkit_cpu cpu = fixture_cpu(MSRKIT_VENDOR_INTEL, 6, 0x5E, &skylake);
	struct fixture_pieces p;

	(void)state;
	/* AIDA64: Tjmax Temperature 100 Celsius. */
	fixture_decode_at(&p, 0x1A2, "MSR_TEMPERATURE_TARGET", 0x0000000000641000ull, &cpu);
	fixture_assert_field(&p, "TEMPERATURE_TARGET", 100, "100 °C");
	fixture_assert_field(&p, "TCC_ACTIVATION_OFFSET", 0, "0 °C");
	fixture_assert_field(&p, "FAN_TEMP_TARGET_OFST", 16, "16 °C");
	fixture_assert_no_reserved(&p);

	fixture_decode_at(&p, 0x19C, "IA32_THERM_STATUS", 0x00000000884D0000ull, &cpu);
	fixture_assert_field(&p, "DIGITAL_READOUT", 77, "23 °C (TjMax 100 - 77)");
	fixture_assert_field(&p, "RESOLUTION_IN_DEGREES_CELSIUS", 1, "1 °C");
	fixture_assert_field(&p, "READING_VALID", 1, "yes");
	fixture_assert_field(&p, "THERMAL_STATUS", 0, "no");
	fixture_assert_no_reserved(&p);

	fixture_decode_at(&p, 0x1B1, "IA32_PACKAGE_THERM_STATUS", 0x0000000088480000ull, &cpu);
	fixture_assert_field(&p, "PKG_DIGITAL_READOUT", 72, "28 °C (TjMax 100 - 72)");
	/* Bit 31 as Linux reads it; bit 27 has no published meaning here. */
	fixture_assert_field(&p, "READING_VALID", 1, "yes");
	fixture_assert_reserved_runs(&p, "27-27");
}

static const struct fixture_msr knights_landing_msrs[] = {
	{ 0x606, 0x00000000000A0E03ull },
	{ 0x1A2, 0x00000000005A0A00ull },
};
static const struct fixture_cpu_data knights_landing = { FIXTURE_MSRS(knights_landing_msrs) };

static void test_temperatures_knights_landing(void **state)
{
	struct msrkit_cpu cpu = fixture_cpu(MSRKIT_VENDOR_INTEL, 6, 0x57, &knights_landing);
	struct fixture_pieces p;

	(void)state;
	fixture_decode_at(&p, 0x1A2, "MSR_TEMPERATURE_TARGET", 0x00000000005A0A00ull, &cpu);
	fixture_assert_field(&p, "TEMPERATURE_TARGET", 90, "90 °C");
	fixture_decode_at(&p, 0x19C, "IA32_THERM_STATUS", 0x0000000088410000ull, &cpu);
	fixture_assert_field(&p, "DIGITAL_READOUT", 65, "25 °C (TjMax 90 - 65)");
}

/* Haswell i7-4770: the log bits of an earlier threshold crossing. */
static void test_therm_status_logs(void **state)
{
	static const struct fixture_msr haswell_msrs[] = { { 0x1A2, 0x0000000000641400ull } };
	static const struct fixture_cpu_data haswell = { FIXTURE_MSRS(haswell_msrs) };
	struct msrkit_cpu cpu = fixture_cpu(MSRKIT_VENDOR_INTEL, 6, 0x3C, &haswell);
	struct fixture_pieces p;

	(void)state;
	fixture_decode_at(&p, 0x19C, "IA32_THERM_STATUS", 0x00000000883B0282ull, &cpu);
	fixture_assert_field(&p, "THERMAL_STATUS_LOG", 1, "yes");
	fixture_assert_field(&p, "THERMAL_THRESHOLD_1_LOG", 1, "yes");
	fixture_assert_field(&p, "THERMAL_THRESHOLD_2_LOG", 1, "yes");
	fixture_assert_field(&p, "DIGITAL_READOUT", 59, "41 °C (TjMax 100 - 59)");
	fixture_assert_no_reserved(&p);
}

/* ---- ratios ------------------------------------------------------------------------------- */

static void test_platform_info(void **state)
{
	struct msrkit_cpu cpu;
	struct fixture_pieces p;

	(void)state;
	/* AIDA64: i5-6400T, 2200 MHz (22 x 100). */
	cpu = fixture_cpu(MSRKIT_VENDOR_INTEL, 6, 0x5E, &skylake);
	fixture_decode_at(&p, 0xCE, "MSR_PLATFORM_INFO", 0x0008083AF9011600ull, &cpu);
	fixture_assert_field(&p, "MAX_NON_TURBO_LIM_RATIO", 22, "ratio 22 (2200 MHz at 100 MHz bus clock)");
	fixture_assert_field(&p, "PROGRAMMABLE_RATIO_LIMIT", 1, "yes");
	fixture_assert_field(&p, "PROGRAMMABLE_TDP_LIMIT", 1, "yes");
	fixture_assert_field(&p, "PROGRAMMABLE_TJ_OFFSET", 1, "yes");
	fixture_assert_field(&p, "CONFIG_TDP_LEVELS", 1, "one additional TDP level");
	fixture_assert_field(&p, "MAX_EFFICIENCY_RATIO", 8, "ratio 8 (800 MHz at 100 MHz bus clock)");
	fixture_assert_field(&p, "MIN_OPERATING_RATIO", 8, "ratio 8 (800 MHz at 100 MHz bus clock)");
	/* Bits the SDM leaves reserved, named by Intel's firmware headers. */
	fixture_assert_field(&p, "OCVOLT_OVRD_AVAIL", 1, "yes");
	fixture_assert_field(&p, "SAMPLE_PART", 1, "yes");
	fixture_assert_field(&p, "PFAT_ENABLE", 1, "yes");
	fixture_assert_field(&p, "EDRAM_ENABLE", 0, "no");
	fixture_assert_reserved_runs(&p, "36-36");

	/* Raptor Lake i9-13900K: 30 x 100 MHz, PPIN, SMM_SUPOVR_STATE_LOCK. */
	cpu = fixture_cpu(MSRKIT_VENDOR_INTEL, 6, 0xB7, &raptor_lake);
	fixture_decode_at(&p, 0xCE, "MSR_PLATFORM_INFO", 0x08080838F1811E00ull, &cpu);
	fixture_assert_field(&p, "MAX_NON_TURBO_LIM_RATIO", 30, "ratio 30 (3000 MHz at 100 MHz bus clock)");
	fixture_assert_field(&p, "PPIN_CAP", 1, "yes");
	fixture_assert_field(&p, "SAMPLE_PART", 0, "no");
	fixture_assert_field(&p, "SMM_SUPOVR_STATE_LOCK_ENABLE", 1, "yes");
	fixture_assert_field(&p, "TIO_ENABLE", 0, "no");
	fixture_assert_reserved_runs(&p, "36-36");

	/* Sapphire Rapids: two-level memory available, DCU 16K mode. */
	cpu = fixture_cpu(MSRKIT_VENDOR_INTEL, 6, 0x8F, NULL);
	fixture_decode_at(&p, 0xCE, "MSR_PLATFORM_INFO", 0x0405082CF4811A00ull, &cpu);
	fixture_assert_field(&p, "DCU_16K_MODE_AVAIL", 1, "yes");
	fixture_assert_field(&p, "SXP_2LM_ENABLE", 1, "yes");
	fixture_assert_reserved_runs(&p, "");

	/* Bloomfield: ratios of the 133 MHz bus clock; 24 x 133 = 3200 MHz. */
	cpu = fixture_cpu(MSRKIT_VENDOR_INTEL, 6, 0x1A, NULL);
	fixture_decode_at(&p, 0xCE, "MSR_PLATFORM_INFO", 0x00000C0038001800ull, &cpu);
	fixture_assert_field(&p, "MAX_NON_TURBO_LIM_RATIO", 24, "ratio 24");
	fixture_assert_field(&p, "PROGRAMMABLE_TDC_TDP_LIMIT", 1, "yes");
	fixture_assert_field(&p, "MAX_EFFICIENCY_RATIO", 12, "ratio 12");

	fixture_decode_at(&p, 0x1AC, "MSR_TURBO_POWER_CURRENT_LIMIT", 0x0000000003700410ull, &cpu);
	fixture_assert_field(&p, "TDP_LIMIT", 1040, "130 W");
	fixture_assert_field(&p, "TDC_LIMIT", 880, "110 A");
	fixture_assert_no_reserved(&p);
}

/* Bits of MSR_POWER_CTL, MSR_MISC_PWR_MGMT and MSR_FLEX_RATIO that Intel's
 * firmware headers name; what no source names stays reserved. */
static void test_power_controls(void **state)
{
	struct msrkit_cpu cpu;
	struct fixture_pieces p;

	(void)state;
	cpu = fixture_cpu(MSRKIT_VENDOR_INTEL, 6, 0xB7, &raptor_lake);
	fixture_decode_at(&p, 0x1FC, "MSR_POWER_CTL", 0x0000000000FC005Dull, &cpu);
	fixture_assert_field(&p, "BI_DIRECTIONAL_PROCHOT", 1, "yes");
	fixture_assert_field(&p, "C1E_ENABLE", 0, "no");
	fixture_assert_field(&p, "PWR_PERF_PLTFRM_OVR", 1, "yes");
	fixture_assert_field(&p, "DISABLE_RACE_TO_HALT_OPTIMIZATION", 1, "yes");
	fixture_assert_field(&p, "DISABLE_ENERGY_EFFICIENCY_OPTIMIZATION", 1, "yes");
	fixture_assert_field(&p, "DISABLE_PROCHOT_OUT", 1, "yes");
	fixture_assert_field(&p, "PROCHOT_RESPONSE", 1, "yes");
	fixture_assert_field(&p, "PROCHOT_LOCK", 1, "yes");
	fixture_assert_field(&p, "DISABLE_VR_THERMAL_ALERT", 0, "no");
	fixture_assert_field(&p, "CSTATE_PRE_WAKE_DISABLE", 0, "no");
	fixture_assert_reserved_runs(&p, "2-4,6-6");

	/* Xeon Scalable Cascade Lake: VR thermal alert ignored, ring EE off. */
	cpu = fixture_cpu(MSRKIT_VENDOR_INTEL, 6, 0x55, &cascade_lake);
	fixture_decode_at(&p, 0x1FC, "MSR_POWER_CTL", 0x0000000029240059ull, &cpu);
	fixture_assert_field(&p, "DISABLE_VR_THERMAL_ALERT", 1, "yes");
	fixture_assert_field(&p, "DISABLE_RING_EE", 0, "no");
	fixture_assert_reserved_runs(&p, "3-4,6-6,27-27,29-29");

	/* Tiger Lake: HWP and hardware duty cycling enabled by firmware. */
	cpu = fixture_cpu(MSRKIT_VENDOR_INTEL, 6, 0x8C, NULL);
	fixture_decode_at(&p, 0x1AA, "MSR_MISC_PWR_MGMT", 0x0000000000401CC0ull, &cpu);
	fixture_assert_field(&p, "ENABLE_HWP", 1, "yes");
	fixture_assert_field(&p, "ENABLE_SDC_OOB", 0, "no");
	fixture_assert_field(&p, "ENABLE_SDC", 1, "yes");
	fixture_assert_field(&p, "SDC_OOB_CAPABLE", 1, "yes");
	fixture_assert_no_reserved(&p);

	/* Raptor Lake K: flex ratio on, unlimited overclocking bins. */
	cpu = fixture_cpu(MSRKIT_VENDOR_INTEL, 6, 0xB7, &raptor_lake);
	fixture_decode_at(&p, 0x194, "MSR_FLEX_RATIO", 0x00000000000F0000ull, &cpu);
	fixture_assert_field(&p, "FLEX_RATIO_EN", 1, "yes");
	fixture_assert_field(&p, "OC_BINS", 7, "unlimited");
	fixture_assert_no_reserved(&p);
}

/* Client processors lay MSR_DRAM_POWER_LIMIT out like the package limit;
 * servers keep the SDM's single limit. Broadwell Core M 5Y70, RAPL units of
 * 1/8 W and 1/1024 s (MSR_RAPL_POWER_UNIT 0xA0E03). */
static void test_dram_power_limit(void **state)
{
	static const struct fixture_msr broadwell_msrs[] = { { 0x606, 0x00000000000A0E03ull } };
	static const struct fixture_cpu_data broadwell = { FIXTURE_MSRS(broadwell_msrs) };
	struct msrkit_cpu cpu = fixture_cpu(MSRKIT_VENDOR_INTEL, 6, 0x3D, &broadwell);
	struct fixture_pieces p;

	(void)state;
	fixture_decode_applicable(&p, 0x618, "MSR_DRAM_POWER_LIMIT", 0x805400DE00000000ull, &cpu);
	fixture_assert_field(&p, "LIMIT1_POWER", 0, "0 W");
	fixture_assert_field(&p, "LIMIT1_ENABLE", 0, "no");
	fixture_assert_field(&p, "LIMIT2_POWER", 222, "27.75 W");
	fixture_assert_field(&p, "LIMIT2_ENABLE", 0, "no");
	fixture_assert_field(&p, "LIMIT2_TIME_WINDOW", 42, "1.25 s");
	fixture_assert_field(&p, "LOCKED", 1, "yes");
	fixture_assert_no_reserved(&p);

	/* Cascade Lake keeps the server layout with the lock in bit 31. */
	cpu = fixture_cpu(MSRKIT_VENDOR_INTEL, 6, 0x55, &cascade_lake);
	fixture_decode_applicable(&p, 0x618, "MSR_DRAM_POWER_LIMIT", 0, &cpu);
	fixture_assert_field(&p, "LOCK", 0, "no");
}

static void test_turbo_ratio_limits(void **state)
{
	struct msrkit_cpu cpu;
	struct fixture_pieces p;

	(void)state;
	/* AIDA64: Max Turbo Boost Multipliers 1C: 28x, 2C: 27x, 3C: 25x, 4C: 25x. */
	cpu = fixture_cpu(MSRKIT_VENDOR_INTEL, 6, 0x5E, &skylake);
	fixture_decode_at(&p, 0x1AD, "MSR_TURBO_RATIO_LIMIT", 0x0000000019191B1Cull, &cpu);
	fixture_assert_field(&p, "MAX_RATIO_LIMIT_1C", 28, "ratio 28 (2800 MHz at 100 MHz bus clock)");
	fixture_assert_field(&p, "MAX_RATIO_LIMIT_2C", 27, "ratio 27 (2700 MHz at 100 MHz bus clock)");
	fixture_assert_field(&p, "MAX_RATIO_LIMIT_3C", 25, "ratio 25 (2500 MHz at 100 MHz bus clock)");
	fixture_assert_field(&p, "MAX_RATIO_LIMIT_4C", 25, "ratio 25 (2500 MHz at 100 MHz bus clock)");
	fixture_assert_no_reserved(&p);

	/* AIDA64: 1C: 58x, 2C: 58x, 3C-8C: 55x; group n holds n+1 cores. */
	cpu = fixture_cpu(MSRKIT_VENDOR_INTEL, 6, 0xB7, &raptor_lake);
	fixture_decode_at(&p, 0x1AD, "MSR_TURBO_RATIO_LIMIT", 0x3737373737373A3Aull, &cpu);
	fixture_assert_field(&p, "MAX_RATIO_LIMIT_GROUP_0", 58, "ratio 58 (5800 MHz at 100 MHz bus clock)");
	fixture_assert_field(&p, "MAX_RATIO_LIMIT_GROUP_1", 58, "ratio 58 (5800 MHz at 100 MHz bus clock)");
	fixture_assert_field(&p, "MAX_RATIO_LIMIT_GROUP_2", 55, "ratio 55 (5500 MHz at 100 MHz bus clock)");
	fixture_assert_field(&p, "MAX_RATIO_LIMIT_GROUP_7", 55, "ratio 55 (5500 MHz at 100 MHz bus clock)");
	fixture_decode_at(&p, 0x1AE, "MSR_TURBO_RATIO_LIMIT_CORES", 0x0807060504030201ull, &cpu);
	fixture_assert_field(&p, "NUMCORE_0", 1, "1");
	fixture_assert_field(&p, "NUMCORE_7", 8, "8");

	/* Cascade Lake: up to 2 cores 34x, up to 28 cores 30x. */
	cpu = fixture_cpu(MSRKIT_VENDOR_INTEL, 6, 0x55, &cascade_lake);
	fixture_decode_at(&p, 0x1AD, "MSR_TURBO_RATIO_LIMIT", 0x1E1E1E1E1E1F2022ull, &cpu);
	fixture_assert_field(&p, "MAX_RATIO_LIMIT_GROUP_0", 34, "ratio 34 (3400 MHz at 100 MHz bus clock)");
	fixture_decode_at(&p, 0x1AE, "MSR_TURBO_RATIO_LIMIT_CORES", 0x1C1814100A080402ull, &cpu);
	fixture_assert_field(&p, "NUMCORE_0", 2, "2");
	fixture_assert_field(&p, "NUMCORE_7", 28, "28");

	/* Knights Landing's own encoding: 2 cores at 15x. */
	cpu = fixture_cpu(MSRKIT_VENDOR_INTEL, 6, 0x57, &knights_landing);
	fixture_decode_at(&p, 0x1AD, "MSR_TURBO_RATIO_LIMIT", 0x00002C021E3E0F04ull, &cpu);
	fixture_assert_field(&p, "MAX_CORES_GROUP_0", 2, "2");
	fixture_assert_field(&p, "MAX_RATIO_LIMIT_GROUP_0", 15, "ratio 15 (1500 MHz at 100 MHz bus clock)");
	fixture_assert_field(&p, "RATIO_DELTA_GROUP_1", 1, "1");
	fixture_assert_no_reserved(&p);

	/* Bloomfield: ratios of 133 MHz. */
	cpu = fixture_cpu(MSRKIT_VENDOR_INTEL, 6, 0x1A, NULL);
	fixture_decode_at(&p, 0x1AD, "MSR_TURBO_RATIO_LIMIT", 0x000000001919191Aull, &cpu);
	fixture_assert_field(&p, "MAX_RATIO_LIMIT_1C", 26, "ratio 26");
	fixture_assert_field(&p, "MAX_RATIO_LIMIT_4C", 25, "ratio 25");

	/* Meteor Lake: one E-core turbo group per active-core count, 1 to 8. */
	cpu = fixture_cpu(MSRKIT_VENDOR_INTEL, 6, 0xAA, NULL);
	fixture_decode_applicable(&p, 0x651, "MSR_ATOM_TURBO_RATIO_LIMIT_CORES", 0x0807060504030201ull, &cpu);
	fixture_assert_field(&p, "NUMCORE_0", 1, "1");
	fixture_assert_field(&p, "NUMCORE_3", 4, "4");
	fixture_assert_field(&p, "NUMCORE_7", 8, "8");
	fixture_assert_no_reserved(&p);
}

static void test_fsb_freq(void **state)
{
	struct msrkit_cpu cpu;
	struct fixture_pieces p;

	(void)state;
	/* Core 2 Duo Conroe, FSB 1066. */
	cpu = fixture_cpu(MSRKIT_VENDOR_INTEL, 6, 0x0F, NULL);
	fixture_decode_at(&p, 0xCD, "MSR_FSB_FREQ", 0x0000000000000800ull, &cpu);
	fixture_assert_field(&p, "SCALABLE_BUS_SPEED", 0, "266.67 MHz (FSB 1067)");

	/* Atom E3800 Silvermont: 133.3 MHz reference clock. */
	cpu = fixture_cpu(MSRKIT_VENDOR_INTEL, 6, 0x37, NULL);
	fixture_decode_at(&p, 0xCD, "MSR_FSB_FREQ", 0x0000000000000002ull, &cpu);
	fixture_assert_field(&p, "SCALABLE_BUS_SPEED", 2, "133.3 MHz");
	fixture_assert_no_reserved(&p);
	fixture_decode_at(&p, 0xCE, "MSR_PLATFORM_INFO", 0x0000040000001000ull, &cpu);
	fixture_assert_field(&p, "MAX_NON_TURBO_LIM_RATIO", 16, "ratio 16");
}

/* ---- HWP ----------------------------------------------------------------------------------------- */

static void test_hwp_ice_lake(void **state)
{
	struct fixture_pieces p;

	(void)state;
	fixture_decode_at(&p, 0x774, "IA32_HWP_REQUEST", 0x0000059E5400270Dull, NULL);
	fixture_assert_field(&p, "MINIMUM_PERFORMANCE", 13, "13");
	fixture_assert_field(&p, "MAXIMUM_PERFORMANCE", 39, "39");
	fixture_assert_field(&p, "DESIRED_PERFORMANCE", 0, "0");
	fixture_assert_field(&p, "ENERGY_PERFORMANCE_PREFERENCE", 84, "84");
	fixture_assert_field(&p, "ACTIVITY_WINDOW", 0x19E, "0x19e");
	fixture_assert_field(&p, "PACKAGE_CONTROL", 1, "yes");
	fixture_assert_no_reserved(&p);

	fixture_decode_at(&p, 0x771, "IA32_HWP_CAPABILITIES", 0x00000000010B0D27ull, NULL);
	fixture_assert_field(&p, "HIGHEST_PERFORMANCE", 39, "39");
	fixture_assert_field(&p, "GUARANTEED_PERFORMANCE", 13, "13");
	fixture_assert_field(&p, "MOST_EFFICIENT_PERFORMANCE", 11, "11");
	fixture_assert_field(&p, "LOWEST_PERFORMANCE", 1, "1");

	fixture_decode_at(&p, 0x773, "IA32_HWP_INTERRUPT", 0x5, NULL);
	fixture_assert_field(&p, "EN_GUARANTEED_PERFORMANCE_CHANGE", 1, "yes");
	fixture_assert_field(&p, "EN_HIGHEST_CHANGE", 1, "yes");
	fixture_decode_at(&p, 0x777, "IA32_HWP_STATUS", 0x4, NULL);
	fixture_assert_field(&p, "EXCURSION_TO_MINIMUM", 1, "yes");
	fixture_assert_no_reserved(&p);
}

/* ---- IA32_PERF_STATUS and its Intel model variants ---------------------------------------------- */

/* Sandy Bridge onwards: the core voltage in 1/8192 V (SDM Sandy Bridge table). */
static void test_perf_status_core_voltage(void **state)
{
	static const struct {
		uint32_t model;
		uint64_t value;
		uint64_t voltage;
		const char *volts;
	} cases[] = {
		{ 0x5E, UINT64_C(0x00001C7A00001600), 0x1C7A, "0.8899 V" }, /* Skylake: 7290 / 8192 V */
		{ 0x3C, UINT64_C(0x00001FC300002200), 0x1FC3, "0.9926 V" }, /* Haswell: 8131 / 8192 V */
		{ 0x55, UINT64_C(0x0000151D00000A00), 0x151D, "0.6598 V" }, /* Cascade Lake-SP: 5405 / 8192 V */
	};
	struct fixture_pieces p;
	size_t i;

	(void)state;
	for (i = 0; i < FIXTURE_LEN(cases); i++) {
		struct msrkit_cpu cpu = fixture_cpu(MSRKIT_VENDOR_INTEL, 6, cases[i].model, NULL);
		const struct msrkit_reg *r =
			fixture_decode_applicable(&p, 0x198, "MSR_PERF_STATUS", cases[i].value, &cpu);

		assert_string_equal(r->ref.title,
				    "MSRs Supported by Intel Processors Based on Sandy Bridge Microarchitecture");
		assert_true(r->is_volatile);
		assert_int_equal(p.n, 2);
		fixture_assert_field(&p, "CURRENT_PERFORMANCE_STATE_VALUE", cases[i].value & 0xFFFF, NULL);
		fixture_assert_field(&p, "CORE_VOLTAGE", cases[i].voltage, cases[i].volts);
		fixture_assert_no_reserved(&p);
	}
}

/* Core 2 Extreme X6800 (06_0FH): XE operation on, maximum bus ratio 11. Bits
 * the Core microarchitecture table does not name stay reserved. */
static void test_perf_status_core2(void **state)
{
	struct msrkit_cpu conroe = fixture_cpu(MSRKIT_VENDOR_INTEL, 6, 0x0F, NULL);
	struct fixture_pieces p;
	const struct msrkit_reg *r;

	(void)state;
	r = fixture_decode_applicable(&p, 0x198, "MSR_PERF_STATUS", UINT64_C(0x0B280B2886000B28), &conroe);
	assert_string_equal(r->ref.section, "2.2");
	fixture_assert_field(&p, "CURRENT_PERFORMANCE_STATE_VALUE", 0xB28, "0xb28");
	fixture_assert_field(&p, "XE_OPERATION", 1, "yes");
	fixture_assert_field(&p, "MAXIMUM_BUS_RATIO", 11, "ratio 11");
	fixture_assert_field(&p, "NON_INTEGER_BUS_RATIO", 0, "no");
	fixture_assert_reserved_runs(&p, "25-26,35-35,37-37,51-51,53-53,56-57,59-59");
}

/* Processors no Intel model table covers keep the architectural layout, bits
 * 15:0 only: the Sandy Bridge core voltage does not apply to them. */
static void test_perf_status_architectural(void **state)
{
	struct msrkit_cpu silvermont = fixture_cpu(MSRKIT_VENDOR_INTEL, 6, 0x37, NULL);
	struct msrkit_cpu cns = fixture_cpu(MSRKIT_VENDOR_CENTAUR, 6, 0x47, NULL);
	struct msrkit_cpu haswell = fixture_cpu(MSRKIT_VENDOR_INTEL, 6, 0x3C, NULL);
	struct msrkit_reg_ref ref;
	struct fixture_pieces p;
	const struct msrkit_reg *r;

	(void)state;
	/* Atom E3800: bits 47:32 are not a voltage here. */
	r = fixture_decode_applicable(&p, 0x198, "IA32_PERF_STATUS", UINT64_C(0x000092000000104B), &silvermont);
	assert_int_equal(r->nmodels, 0);
	fixture_assert_field(&p, "CURRENT_PERFORMANCE_STATE_VALUE", 0x104B, "0x104b");
	fixture_assert_reserved_runs(&p, "41-41,44-44,47-47");
	/* Zhaoxin CNS: a Broadwell model number, but not Intel. */
	r = fixture_decode_applicable(&p, 0x198, "IA32_PERF_STATUS", UINT64_C(0x18792CAB18002CAB), &cns);
	assert_int_equal(r->nfields, 1);
	fixture_assert_field(&p, "CURRENT_PERFORMANCE_STATE_VALUE", 0x2CAB, NULL);
	/* The architectural name reaches the variant of the CPU, and only with a CPU. */
	assert_int_equal(msrkit_db_find_name("IA32_PERF_STATUS", &haswell, &ref), 0);
	assert_string_equal(ref.reg->name, "MSR_PERF_STATUS");
	assert_int_equal(msrkit_db_find_name("IA32_PERF_STATUS", NULL, &ref), 0);
	assert_string_equal(ref.reg->name, "IA32_PERF_STATUS");
}

/* ---- applicability and the master model list ---------------------------------------------------- */

/* Definitions sharing an address are told apart by model. */
static void test_variants_by_model(void **state)
{
	struct msrkit_cpu cpu;

	(void)state;
	cpu = fixture_cpu(MSRKIT_VENDOR_INTEL, 6, 0x55, NULL);
	assert_string_equal(fixture_reg(0x1AD, &cpu, "MSR_TURBO_RATIO_LIMIT")->fields[0].name,
			    "MAX_RATIO_LIMIT_GROUP_0");
	/* Xeon DRAM energy has a fixed unit; client DRAM energy uses ENERGY_STATUS_UNITS. */
	assert_int_equal(fixture_reg(0x619, &cpu, "MSR_DRAM_ENERGY_STATUS")->fields[0].unit, MSRKIT_UNIT_JOULES_2_16);
	cpu = fixture_cpu(MSRKIT_VENDOR_INTEL, 6, 0x3C, NULL);
	assert_int_equal(fixture_reg(0x619, &cpu, "MSR_DRAM_ENERGY_STATUS")->fields[0].unit, MSRKIT_UNIT_RAPL_ENERGY);
	assert_int_equal(msrkit_reg_applies(fixture_reg(0x63A, &cpu, "MSR_PP0_POLICY"), &cpu), MSRKIT_YES);
	assert_string_equal(fixture_reg(0x690, &cpu, "MSR_CORE_PERF_LIMIT_REASONS")->fields[0].name,
			    "PROCHOT_STATUS");
	cpu = fixture_cpu(MSRKIT_VENDOR_INTEL, 6, 0x1A, NULL);
	assert_string_equal(fixture_reg(0x1AC, &cpu, "MSR_TURBO_POWER_CURRENT_LIMIT")->fields[0].name, "TDP_LIMIT");
	cpu = fixture_cpu(MSRKIT_VENDOR_INTEL, 6, 0x4F, NULL);
	assert_string_equal(fixture_reg(0x1AC, &cpu, "MSR_TURBO_RATIO_LIMIT3")->fields[0].name,
			    "TURBO_RATIO_LIMIT_CONFIG_SEMAPHORE");
	assert_string_equal(fixture_reg(0x1AE, &cpu, "MSR_TURBO_RATIO_LIMIT1")->fields[0].name, "MAX_RATIO_LIMIT_9C");
	cpu = fixture_cpu(MSRKIT_VENDOR_INTEL, 6, 0x57, NULL);
	assert_string_equal(fixture_reg(0x3FC, &cpu, "MSR_MC0_RESIDENCY")->fields[0].name, "MC0_RESIDENCY");
	/* Silvermont counts RAPL power in powers of two of milliwatts. */
	cpu = fixture_cpu(MSRKIT_VENDOR_INTEL, 6, 0x37, NULL);
	assert_int_equal(fixture_reg(0x610, &cpu, "MSR_PKG_POWER_LIMIT")->fields[0].unit, MSRKIT_UNIT_RAPL_POWER_MW);
	/* A server has no graphics power plane. */
	cpu = fixture_cpu(MSRKIT_VENDOR_INTEL, 6, 0x55, NULL);
	assert_int_equal(msrkit_reg_applies(fixture_reg(0x640, &cpu, "MSR_PP1_POWER_LIMIT"), &cpu), MSRKIT_NO);
	/* Names and aliases reach the same register. */
	{
		struct msrkit_reg_ref a, b;

		assert_int_equal(msrkit_db_find_name("MSR_IA32_TEMPERATURE_TARGET", NULL, &a), 0);
		assert_int_equal(msrkit_db_find_name("msr_temperature_target", NULL, &b), 0);
		assert_ptr_equal(a.reg, b.reg);
		assert_int_equal(a.reg->address, 0x1A2);
		assert_int_equal(msrkit_db_find_name("IA32_THERM_CONTROL", NULL, &a), 0);
		assert_int_equal(a.reg->address, 0x19A);
	}
}

/* Every model-specific register lists models, and every listed model is a
 * real family 6 (or NetBurst) model: a missing initializer would show up as
 * family 0 here. */
static void test_model_lists(void **state)
{
	size_t n, t, i, j, found = 0;
	const struct msrkit_reg_table *const *tables = msrkit_db_tables(&n);

	(void)state;
	for (t = 0; t < n; t++) {
		if (strcmp(tables[t]->family, "intel_model"))
			continue;
		found++;
		for (i = 0; i < tables[t]->count; i++) {
			const struct msrkit_reg *r = &tables[t]->regs[i];

			if (!r->nmodels)
				fail_msg("%s: a model-specific register without models", r->name);
			if (r->vendors != MSRKIT_VENDOR_INTEL)
				fail_msg("%s: not limited to Intel", r->name);
			for (j = 0; j < r->nmodels; j++)
				if (!(r->models[j].family == 6 && r->models[j].model && r->models[j].model < 0x100) &&
				    !(r->models[j].family == 0xF && r->models[j].model == MSRKIT_MODEL_ANY))
					fail_msg("%s: model %zu is %x_%x", r->name, j, r->models[j].family,
						 r->models[j].model);
		}
	}
	assert_int_equal(found, 1);
}

/* Every model of the corpus with a readable MSR_PLATFORM_INFO, RAPL unit or
 * temperature target finds a definition that applies to it. */
static void test_corpus_models_covered(void **state)
{
	static const uint8_t platform_info[] = { 0x1A, 0x2C, 0x2D, 0x37, 0x3A, 0x3C, 0x3D, 0x55, 0x57, 0x5C, 0x5E,
						 0x5F, 0x6A, 0x7E, 0x8C, 0x8F, 0x97, 0xAA, 0xB7, 0xC5 };
	static const uint8_t rapl[] = { 0x2D, 0x37, 0x3A, 0x3C, 0x3D, 0x55, 0x57, 0x5C, 0x5E,
					0x5F, 0x6A, 0x7E, 0x8C, 0x8F, 0xAA, 0xB7, 0xC5 };
	struct msrkit_cpu cpu;
	struct msrkit_reg_ref ref;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(platform_info); i++) {
		cpu = fixture_cpu(MSRKIT_VENDOR_INTEL, 6, platform_info[i], NULL);
		assert_int_equal(msrkit_db_find(0xCE, &cpu, &ref), 0);
		if (msrkit_reg_applies(ref.reg, &cpu) != MSRKIT_YES)
			fail_msg("MSR_PLATFORM_INFO does not apply to 06_%02X", platform_info[i]);
	}
	for (i = 0; i < sizeof(rapl); i++) {
		cpu = fixture_cpu(MSRKIT_VENDOR_INTEL, 6, rapl[i], NULL);
		assert_int_equal(msrkit_db_find(0x606, &cpu, &ref), 0);
		if (msrkit_reg_applies(ref.reg, &cpu) != MSRKIT_YES)
			fail_msg("MSR_RAPL_POWER_UNIT does not apply to 06_%02X", rapl[i]);
		assert_int_equal(msrkit_db_find(0x1A2, &cpu, &ref), 0);
		if (msrkit_reg_applies(ref.reg, &cpu) != MSRKIT_YES)
			fail_msg("MSR_TEMPERATURE_TARGET does not apply to 06_%02X", rapl[i]);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_rapl_skylake),
		cmocka_unit_test(test_rapl_raptor_lake),
		cmocka_unit_test(test_rapl_silvermont),
		cmocka_unit_test(test_rapl_without_units),
		cmocka_unit_test(test_rapl_cascade_lake),
		cmocka_unit_test(test_temperatures_skylake),
		cmocka_unit_test(test_temperatures_knights_landing),
		cmocka_unit_test(test_therm_status_logs),
		cmocka_unit_test(test_platform_info),
		cmocka_unit_test(test_power_controls),
		cmocka_unit_test(test_dram_power_limit),
		cmocka_unit_test(test_turbo_ratio_limits),
		cmocka_unit_test(test_fsb_freq),
		cmocka_unit_test(test_hwp_ice_lake),
		cmocka_unit_test(test_perf_status_core_voltage),
		cmocka_unit_test(test_perf_status_core2),
		cmocka_unit_test(test_perf_status_architectural),
		cmocka_unit_test(test_variants_by_model),
		cmocka_unit_test(test_model_lists),
		cmocka_unit_test(test_corpus_models_covered),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

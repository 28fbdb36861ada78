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
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include <msrkit/msrkit.h>

/* ---- helpers ----------------------------------------------------------------- */

struct piece {
	const char *name; /* NULL for reserved bits */
	unsigned lsb, msb;
	uint64_t raw;
	char meaning[160];
};

struct pieces {
	struct piece p[64];
	size_t n;
};

static int collect(void *arg, const struct msrkit_decoded *d)
{
	struct pieces *ps = arg;
	struct piece *p;

	assert_true(ps->n < sizeof(ps->p) / sizeof(ps->p[0]));
	p = &ps->p[ps->n++];
	p->name = d->field ? d->field->name : NULL;
	p->lsb = d->lsb;
	p->msb = d->msb;
	p->raw = d->raw;
	msrkit_decoded_meaning(d, p->meaning, sizeof(p->meaning));
	return 0;
}

static struct msrkit_cpu intel(uint32_t family, uint32_t model)
{
	struct msrkit_cpu cpu;

	memset(&cpu, 0, sizeof(cpu));
	cpu.vendor = MSRKIT_VENDOR_INTEL;
	cpu.family = family;
	cpu.model = model;
	return cpu;
}

/* Looks up address for cpu, checks that it applies and its instance name,
 * and decodes value. */
static const struct msrkit_reg *decode_at(uint32_t address, const struct msrkit_cpu *cpu, const char *name,
					  uint64_t value, struct pieces *ps)
{
	struct msrkit_reg_ref ref;
	char buf[64];

	assert_int_equal(msrkit_db_find(address, cpu, &ref), 0);
	assert_non_null(ref.reg);
	assert_int_equal(msrkit_reg_applies(ref.reg, cpu), MSRKIT_YES);
	msrkit_reg_ref_name(&ref, buf, sizeof(buf));
	assert_string_equal(buf, name);
	memset(ps, 0, sizeof(*ps));
	assert_int_equal(msrkit_decode(ref.reg, value, cpu, collect, ps), 0);
	return ref.reg;
}

static const struct piece *field(const struct pieces *ps, const char *name)
{
	size_t i;

	for (i = 0; i < ps->n; i++)
		if (ps->p[i].name && !strcmp(ps->p[i].name, name))
			return &ps->p[i];
	fail_msg("field %s not decoded", name);
	return NULL;
}

static void expect(const struct pieces *ps, const char *name, uint64_t raw)
{
	const struct piece *p = field(ps, name);

	if (p->raw != raw)
		fail_msg("%s: got %llu, expected %llu", name, (unsigned long long)p->raw, (unsigned long long)raw);
}

static void expect_meaning(const struct pieces *ps, const char *name, const char *meaning)
{
	assert_string_equal(field(ps, name)->meaning, meaning);
}

/* The reserved runs that are set, as "lsb-msb" joined by commas. */
static void expect_reserved(const struct pieces *ps, const char *runs)
{
	char buf[160] = "";
	size_t i, len = 0;

	for (i = 0; i < ps->n; i++) {
		if (ps->p[i].name)
			continue;
		len += (size_t)snprintf(buf + len, sizeof(buf) - len, "%s%u-%u", len ? "," : "", ps->p[i].lsb,
					ps->p[i].msb);
	}
	assert_string_equal(buf, runs);
}

/* ---- 0x2A, 0x2C, 0x11E, 0x1A1: front-side-bus processors -------------------------- */

static void test_pentium4(void **state)
{
	struct msrkit_cpu celeron_d = intel(0xF, 0x4);
	struct pieces ps;

	(void)state;
	decode_at(0x2A, &celeron_d, "MSR_EBC_HARD_POWERON", 0, &ps);
	expect(&ps, "IN_ORDER_QUEUE_DEPTH", 0);
	expect(&ps, "AGENT_ID", 0);
	expect_reserved(&ps, "");

	/* [2533 MHz (19 x 133)] */
	decode_at(0x2C, &celeron_d, "MSR_EBC_FREQUENCY_ID", UINT64_C(0x13110513), &ps);
	expect(&ps, "SCALABLE_BUS_SPEED", 1);
	expect_meaning(&ps, "SCALABLE_BUS_SPEED", "133.33 MHz");
	expect(&ps, "CORE_CLOCK_TO_BUS_RATIO", 19);
	expect_meaning(&ps, "CORE_CLOCK_TO_BUS_RATIO", "ratio 19");
	expect_reserved(&ps, "0-1,4-4,8-8,10-10,20-20");

	decode_at(0x1A1, &celeron_d, "MSR_PLATFORM_BRV", 0, &ps);
	expect(&ps, "PLATFORM_REQUIREMENTS", 0);

	/* The early layout of MSR_EBC_FREQUENCY_ID is a separate definition. */
	decode_at(0x2C, &(struct msrkit_cpu){ .vendor = MSRKIT_VENDOR_INTEL, .family = 0xF, .model = 0x1 },
		  "MSR_EBC_FREQUENCY_ID", 0, &ps);
	expect(&ps, "SCALABLE_BUS_SPEED", 0);
	expect_meaning(&ps, "SCALABLE_BUS_SPEED", "100 MHz");
}

static void test_pentium_m(void **state)
{
	struct msrkit_cpu dothan = intel(6, 0x0D);
	struct pieces ps;

	(void)state;
	decode_at(0x2A, &dothan, "MSR_EBL_CR_POWERON", UINT64_C(0x43080000), &ps);
	expect(&ps, "CLOCK_FREQUENCY_RATIO", 12);
	expect(&ps, "SYSTEM_BUS_FREQUENCY", 0);
	expect(&ps, "EXECUTE_BIST", 0);
	expect_reserved(&ps, "19-19,30-30");

	decode_at(0x11E, &dothan, "MSR_BBL_CR_CTL3", UINT64_C(0x34272B), &ps);
	expect(&ps, "L2_HARDWARE_ENABLED", 1);
	expect(&ps, "ECC_CHECK_ENABLE", 1);
	expect(&ps, "L2_ENABLED", 1);
	expect(&ps, "L2_NOT_PRESENT", 0);

	decode_at(0x19D, &dothan, "MSR_THERM2_CTL", UINT64_C(0x612), &ps);
	expect(&ps, "TM2_TRANSITION_TARGET", 0x612);
	expect(&ps, "TM_SELECT", 0);
}

static void test_core2(void **state)
{
	struct msrkit_cpu conroe = intel(6, 0x0F);
	struct pieces ps;

	(void)state;
	/* [Core(TM)2 CPU X6800 @ 2.93GHz]: 11 x 266 MHz. */
	decode_at(0x2A, &conroe, "MSR_EBL_CR_POWERON", UINT64_C(0x42C80000), &ps);
	expect(&ps, "INTEGER_BUS_FREQUENCY_RATIO", 11);
	expect(&ps, "N2_NON_INTEGER_BUS_RATIO", 0);
	expect(&ps, "INTEL_TXT_CAPABLE_CHIPSET", 0);
	expect_reserved(&ps, "19-19,30-30");
}

/* ---- Silvermont and newer Atom cores ---------------------------------------------------- */

static void test_silvermont(void **state)
{
	struct msrkit_cpu e3800 = intel(6, 0x37);
	struct msrkit_cpu goldmont = intel(6, 0x5C);
	struct pieces ps;

	(void)state;
	/* The Silvermont table reserves every bit: one opaque field, nothing flagged. */
	decode_at(0x2A, &e3800, "MSR_EBL_CR_POWERON", UINT64_C(0x40080000), &ps);
	expect(&ps, "EBL_CR_POWERON", UINT64_C(0x40080000));
	expect_reserved(&ps, "");
	decode_at(0x2A, &goldmont, "MSR_EBL_CR_POWERON", 0, &ps);
	expect(&ps, "EBL_CR_POWERON", 0);

	decode_at(0x11E, &e3800, "MSR_BBL_CR_CTL3", UINT64_C(0x7E2801FF), &ps);
	expect(&ps, "L2_HARDWARE_ENABLED", 1);
	expect(&ps, "L2_ENABLED", 1);
	expect(&ps, "L2_NOT_PRESENT", 0);

	decode_at(0x66A, &e3800, "MSR_ATOM_CORE_RATIOS", UINT64_C(0x100402), &ps);
	expect(&ps, "MIN_RATIO", 4);
	expect(&ps, "MAX_RATIO", 16);
	expect_meaning(&ps, "MAX_RATIO", "ratio 16");
	decode_at(0x66B, &e3800, "MSR_ATOM_CORE_VIDS", UINT64_C(0x492525), &ps);
	expect(&ps, "MIN_VID", 0x25);
	expect(&ps, "MAX_VID", 0x49);
	decode_at(0x66C, &e3800, "MSR_ATOM_CORE_TURBO_RATIOS", UINT64_C(0x1212), &ps);
	expect(&ps, "TURBO_RATIO", 18);

	/* MSR_THERM2_CTL holds the lowest P-state as the TM2 target: the ratio
	 * and VID of MSR_ATOM_CORE_RATIOS/VIDS above. */
	decode_at(0x19D, &e3800, "MSR_THERM2_CTL", UINT64_C(0x425), &ps);
	expect(&ps, "TM2_TRANSITION_TARGET", 0x425);
	expect(&ps, "TM_SELECT", 0);
}

/* ---- 0x1A4 MSR_MISC_FEATURE_CONTROL ---------------------------------------------------------- */

static void test_misc_feature_control(void **state)
{
	struct msrkit_cpu raptor_lake = intel(6, 0xB7);
	struct msrkit_cpu sapphire_rapids = intel(6, 0x8F);
	struct msrkit_cpu knl = intel(6, 0x57);
	struct msrkit_cpu goldmont = intel(6, 0x5C);
	struct msrkit_reg_ref ref;
	struct pieces ps;

	(void)state;
	decode_at(0x1A4, &raptor_lake, "MSR_MISC_FEATURE_CONTROL", 0x4, &ps);
	expect(&ps, "L2_HARDWARE_PREFETCHER_DISABLE", 0);
	expect(&ps, "L2_ADJACENT_CACHE_LINE_PREFETCHER_DISABLE", 0);
	expect(&ps, "DCU_HARDWARE_PREFETCHER_DISABLE", 1);
	expect_meaning(&ps, "DCU_HARDWARE_PREFETCHER_DISABLE", "yes");
	expect(&ps, "DCU_IP_PREFETCHER_DISABLE", 0);
	expect_reserved(&ps, "");

	/* Bit 5 is beyond the published layout: flagged, not guessed at. */
	decode_at(0x1A4, &sapphire_rapids, "MSR_MISC_FEATURE_CONTROL", 0x20, &ps);
	expect(&ps, "DCU_HARDWARE_PREFETCHER_DISABLE", 0);
	expect_reserved(&ps, "5-5");

	/* Xeon Phi and the Atom cores lay the bits out differently. */
	decode_at(0x1A4, &knl, "MSR_MISC_FEATURE_CONTROL", 0, &ps);
	assert_int_equal(field(&ps, "DCU_HARDWARE_PREFETCHER_DISABLE")->lsb, 0);
	assert_int_equal(field(&ps, "L2_HARDWARE_PREFETCHER_DISABLE")->lsb, 1);
	decode_at(0x1A4, &goldmont, "MSR_MISC_FEATURE_CONTROL", 0, &ps);
	assert_int_equal(field(&ps, "DCU_HARDWARE_PREFETCHER_DISABLE")->lsb, 2);
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
	struct msrkit_cpu skylake = intel(6, 0x5E);
	struct msrkit_cpu haswell = intel(6, 0x3C);
	struct msrkit_reg_ref ref;
	struct pieces ps;

	(void)state;
	decode_at(0x690, &skylake, "MSR_LASTBRANCH_16_FROM_IP", 0, &ps);
	expect(&ps, "FROM_IP", 0);
	decode_at(0x690, &haswell, "MSR_CORE_PERF_LIMIT_REASONS", UINT64_C(0x30820000), &ps);

	assert_int_equal(msrkit_db_find_name("MSR_LASTBRANCH_31_TO_IP", &skylake, &ref), 0);
	assert_int_equal(ref.address, 0x6DF);
	assert_int_equal(ref.index, 31);
	assert_int_equal(msrkit_db_find_name("MSR_LBR_INFO_0", &skylake, &ref), 0);
	assert_int_equal(ref.address, 0xDC0);
	/* Entries below 16 are not in this family. */
	assert_int_equal(msrkit_db_find_name("MSR_LASTBRANCH_15_TO_IP", &skylake, &ref), -1);

	decode_at(0xDC5, &skylake, "MSR_LBR_INFO_5", UINT64_C(0x8000000000000123), &ps);
	expect(&ps, "MISPRED", 1);
	expect(&ps, "IN_TSX", 0);
	expect(&ps, "CYCLE_COUNT", 0x123);
}

/* ---- MSR_THERM2_CTL and MSR_EBL_CR_POWERON where no layout is published ---------------------- */

static void test_unpublished_layouts(void **state)
{
	struct msrkit_cpu skylake = intel(6, 0x5E);
	struct msrkit_cpu raptor_lake = intel(6, 0xB7);
	struct msrkit_cpu knl = intel(6, 0x57);
	struct pieces ps;

	(void)state;
	decode_at(0x19D, &skylake, "MSR_THERM2_CTL", 0, &ps);
	expect(&ps, "THERM2_CTL", 0);
	assert_int_equal(ps.n, 1);
	decode_at(0x2A, &raptor_lake, "MSR_EBL_CR_POWERON", 0, &ps);
	expect(&ps, "EBL_CR_POWERON", 0);
	decode_at(0x2A, &knl, "MSR_EBL_CR_POWERON", 0, &ps);
	assert_int_equal(ps.n, 1);
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

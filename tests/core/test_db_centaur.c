/* SPDX-License-Identifier: MIT */
/*
 * The Centaur (VIA) and Zhaoxin registers (src/core/db_centaur.c), checked
 * with the values of real processors and the models that condition them.
 *
 * Values (facts, transcribed from AIDA64 dumps of the InstLatx64
 * collection, logical CPU #0):
 *   Zhaoxin KaiXian KX-6000, CPUID 000307B2 (family 7, model 3Bh):
 *     MSR 1107h = 0FC6037D_3C34030Eh, MSR 1423h = 2Ah;
 *     CPUID C000_0001h:EDX = 1EC03DFFh (PadLock ACE and RNG present and enabled).
 *   Centaur CNS, CPUID 00040672 (family 6, model 47h):
 *     MSR 1107h = 2h, MSR 1423h = 1Eh.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <msrkit/msrkit.h>

#include "decode_fixture.h"

static const struct fixture_leaf kx6000_cpuid[] = {
	{ 0x00000000, 0, 0x0000000D, 0x746E6543, 0x736C7561, 0x48727561 },
	{ 0x00000001, 0, 0x000307B2, 0x00040800, 0x7FDA63EB, 0xBFCBFBFF },
	{ 0xC0000000, 0, 0xC0000005, 0x00000000, 0x00000000, 0x00000000 },
	{ 0xC0000001, 0, 0x000307B2, 0x00000000, 0x00000000, 0x1EC03DFF },
};

static const struct fixture_leaf cns_cpuid[] = {
	{ 0x00000000, 0, 0x0000000D, 0x746E6543, 0x736C7561, 0x48727561 },
	{ 0x00000001, 0, 0x00040672, 0x00080800, 0x7FDA73AB, 0xBFCBFBFF },
};

static const struct fixture_cpu_data kx6000 = { FIXTURE_LEAVES(kx6000_cpuid) };
static const struct fixture_cpu_data cns = { FIXTURE_LEAVES(cns_cpuid) };

static void test_identity(void **state)
{
	struct msrkit_cpu zx = fixture_cpu_identified(&kx6000);
	struct msrkit_cpu c = fixture_cpu_identified(&cns);

	(void)state;
	assert_int_equal(zx.vendor, MSRKIT_VENDOR_CENTAUR);
	assert_int_equal(zx.family, 7);
	assert_int_equal(zx.model, 0x3B);
	assert_int_equal(c.vendor, MSRKIT_VENDOR_CENTAUR);
	assert_int_equal(c.family, 6);
	assert_int_equal(c.model, 0x47);
}

/* FCR on the KX-6000: the crypto engine enable agrees with CPUID
 * C000_0001h:EDX[7]; the bits no public source names stay reserved. */
static void test_fcr_kx6000(void **state)
{
	struct msrkit_cpu cpu = fixture_cpu_identified(&kx6000);
	struct fixture_pieces ps;

	(void)state;
	fixture_decode_applicable(&ps, 0x1107, "FCR", UINT64_C(0x0FC6037D3C34030E), &cpu);
	fixture_assert_field(&ps, "ECX8", 1, NULL);
	fixture_assert_field(&ps, "PGE", 0, NULL);
	fixture_assert_field(&ps, "ACE_FCR", 1, NULL);
	fixture_assert_reserved_runs(&ps, "2-3,8-9,18-18,20-21,26-27,29-29,32-32,34-38,40-41,49-50,54-59");
}

static void test_fcr_cns(void **state)
{
	struct msrkit_cpu cpu = fixture_cpu_identified(&cns);
	struct fixture_pieces ps;

	(void)state;
	fixture_decode_applicable(&ps, 0x1107, "FCR", 0x2, &cpu);
	fixture_assert_no_reserved(&ps);
	fixture_assert_field(&ps, "ECX8", 1, NULL);
	fixture_assert_field(&ps, "ACE_FCR", 0, NULL);
}

/* Both cores report their temperature at 1423h, as via-cputemp and
 * zhaoxin-cputemp read it; the C7 sensor at 1169h is not theirs. */
static void test_temperature(void **state)
{
	struct msrkit_cpu zx = fixture_cpu_identified(&kx6000);
	struct msrkit_cpu c = fixture_cpu_identified(&cns);
	struct fixture_pieces ps;

	(void)state;
	fixture_decode_applicable(&ps, 0x1423, "TEMPERATURE", 0x2A, &zx);
	fixture_assert_no_reserved(&ps);
	fixture_assert_meaning(&ps, "Temperature", "42 °C");

	fixture_decode_applicable(&ps, 0x1423, "TEMPERATURE", 0x1E, &c);
	fixture_assert_no_reserved(&ps);
	fixture_assert_meaning(&ps, "Temperature", "30 °C");

	assert_int_equal(fixture_applies(0x1169, &zx), MSRKIT_NO);
	assert_int_equal(fixture_applies(0x1169, &c), MSRKIT_NO);
}

/* The KX-6000 (model 3Bh) keeps its temperature limits at 1415h/1416h; the
 * 175Ah/175Bh pair belongs to model 6Bh only. */
static void test_temperature_limits_by_model(void **state)
{
	struct msrkit_cpu zx = fixture_cpu_identified(&kx6000);
	struct msrkit_cpu c = fixture_cpu_identified(&cns);

	(void)state;
	assert_int_equal(fixture_applies(0x1415, &zx), MSRKIT_YES);
	assert_int_equal(fixture_applies(0x1416, &zx), MSRKIT_YES);
	assert_int_equal(fixture_applies(0x175A, &zx), MSRKIT_NO);
	assert_int_equal(fixture_applies(0x175B, &zx), MSRKIT_NO);
	assert_int_equal(fixture_applies(0x1415, &c), MSRKIT_NO);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_identity),
		cmocka_unit_test(test_fcr_kx6000),
		cmocka_unit_test(test_fcr_cns),
		cmocka_unit_test(test_temperature),
		cmocka_unit_test(test_temperature_limits_by_model),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

/* SPDX-License-Identifier: MIT */
/*
 * The MTRR and PAT table (src/core/db_mtrr_pat.c), checked by decoding values
 * real systems hold. Sources (facts):
 *   - IA32_MTRRCAP 508H: the SDM states P6-family and Pentium 4 processors
 *     (Pentium M Dothan, Celeron D Prescott) always report it;
 *   - IA32_PAT 0007040600070406H: the SDM's power-up value;
 *   - IA32_PAT 0407050600070106H: what Linux programs ("x86/PAT:
 *     Configuration [0-7]: WB WC UC- UC WB WP UC- WT");
 *   - MTRRs of a Lenovo ThinkCentre M900 Tiny (Core i5 Skylake, MAXPHYADDR 39)
 *     as its coreboot log reports them: UC default type, 6 variable ranges,
 *     range 0 = base 0 mask 7F80000000H WB, range 3 = base 80000000H mask
 *     7FF0000000H WC, fixed ranges all WB except A0000-BFFFF (UC).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <msrkit/msrkit.h>

#include "decode_fixture.h"

#define UC "UC: uncacheable"
#define WC "WC: write-combining"
#define WT "WT: write-through"
#define WP "WP: write-protected"
#define WB "WB: write-back"
#define UC_MINUS "UC-: uncacheable, unless an MTRR makes the range WC"

/* Lenovo ThinkCentre M900 Tiny: Skylake, 39 physical address bits. */
static const struct msrkit_cpu skylake = {
	.vendor = MSRKIT_VENDOR_INTEL, .family = 6, .model = 0x5E, .maxphyaddr = 39,
};

/* ---- IA32_PAT ---------------------------------------------------------- */

static void test_pat_power_up(void **state)
{
	struct fixture_pieces p;

	(void)state;
	fixture_decode_at(&p, 0x277, "IA32_PAT", UINT64_C(0x0007040600070406), NULL);
	assert_int_equal(p.n, 8);
	fixture_assert_field(&p, "PA0", 6, WB);
	fixture_assert_field(&p, "PA1", 4, WT);
	fixture_assert_field(&p, "PA2", 7, UC_MINUS);
	fixture_assert_field(&p, "PA3", 0, UC);
	fixture_assert_field(&p, "PA4", 6, WB);
	fixture_assert_field(&p, "PA5", 4, WT);
	fixture_assert_field(&p, "PA6", 7, UC_MINUS);
	fixture_assert_field(&p, "PA7", 0, UC);
	assert_int_equal(fixture_reserved_count(&p), 0);
}

static void test_pat_linux(void **state)
{
	struct fixture_pieces p;

	(void)state;
	fixture_decode_at(&p, 0x277, "IA32_PAT", UINT64_C(0x0407050600070106), NULL);
	fixture_assert_field(&p, "PA0", 6, WB);
	fixture_assert_field(&p, "PA1", 1, WC);
	fixture_assert_field(&p, "PA2", 7, UC_MINUS);
	fixture_assert_field(&p, "PA3", 0, UC);
	fixture_assert_field(&p, "PA4", 6, WB);
	fixture_assert_field(&p, "PA5", 5, WP);
	fixture_assert_field(&p, "PA6", 7, UC_MINUS);
	fixture_assert_field(&p, "PA7", 4, WT);
	assert_int_equal(fixture_reserved_count(&p), 0);
}

/* Encodings 2 and 3 are reserved (WRMSR faults); bits 7:3 of a byte too. */
static void test_pat_bad_encodings(void **state)
{
	struct fixture_pieces p;

	(void)state;
	fixture_decode_at(&p, 0x277, "IA32_PAT", UINT64_C(0x0007040600070402), NULL);
	fixture_assert_field(&p, "PA0", 2, "undefined value 2");
	fixture_decode_at(&p, 0x277, "IA32_PAT", UINT64_C(0x0007040600070446), NULL);
	fixture_assert_field(&p, "PA0", 6, WB);
	fixture_assert_reserved(&p, 6, 6, 1);
}

/* ---- IA32_MTRRCAP and IA32_MTRR_DEF_TYPE ---------------------------------- */

static void test_mtrrcap_p6(void **state)
{
	struct fixture_pieces p;

	(void)state;
	fixture_decode_at(&p, 0xFE, "IA32_MTRRCAP", 0x508, NULL);
	assert_int_equal(p.n, 5);
	fixture_assert_field(&p, "VCNT", 8, "8");
	fixture_assert_field(&p, "FIX", 1, "SUPPORTED: the first MByte has fixed-range MTRRs");
	fixture_assert_field(&p, "WC", 1, "SUPPORTED: MTRRs can select write-combining (WC)");
	fixture_assert_field(&p, "SMRR", 0, "UNSUPPORTED: no SMM range registers");
	fixture_assert_field(&p, "PRMRR", 0, NULL);
	assert_int_equal(fixture_reserved_count(&p), 0);
	/* Bit 9 is reserved. */
	fixture_decode_at(&p, 0xFE, "IA32_MTRRCAP", 0x70A, NULL);
	fixture_assert_field(&p, "VCNT", 10, "10");
	fixture_assert_reserved(&p, 9, 9, 1);
}

static void test_def_type(void **state)
{
	struct fixture_pieces p;

	(void)state;
	/* M900 Tiny under coreboot: MTRRs and fixed ranges on, default UC. */
	fixture_decode_at(&p, 0x2FF, "IA32_MTRR_DEF_TYPE", 0xC00, &skylake);
	assert_int_equal(p.n, 3);
	fixture_assert_field(&p, "TYPE", 0, UC);
	fixture_assert_field(&p, "FE", 1, "ENABLED: the fixed ranges are in effect (while E is set)");
	fixture_assert_field(&p, "E", 1, "ENABLED: MTRRs in effect: memory no range covers gets TYPE");
	assert_int_equal(fixture_reserved_count(&p), 0);

	/* After reset: everything uncacheable. */
	fixture_decode_at(&p, 0x2FF, "IA32_MTRR_DEF_TYPE", 0, NULL);
	fixture_assert_field(&p, "E", 0, "DISABLED: MTRRs off: all physical memory is uncacheable (UC)");

	/* UC- exists only in the PAT: 7 is no MTRR type. */
	fixture_decode_at(&p, 0x2FF, "IA32_MTRR_DEF_TYPE", 0xC07, NULL);
	fixture_assert_field(&p, "TYPE", 7, "undefined value 7");
}

/* ---- variable ranges: two interleaved families --------------------------- */

static void test_variable_ranges_skylake(void **state)
{
	struct fixture_pieces p;
	const struct msrkit_decoded *mask;

	(void)state;
	/* Range 0: the first 2 GBytes write-back. */
	fixture_decode_at(&p, 0x200, "IA32_MTRR_PHYSBASE0", 0x6, &skylake);
	fixture_assert_field(&p, "TYPE", 6, WB);
	fixture_assert_field(&p, "PHYSBASE", 0, "0x0");
	assert_int_equal(fixture_field(&p, "PHYSBASE")->msb, 38);
	assert_int_equal(fixture_reserved_count(&p), 0);

	fixture_decode_at(&p, 0x201, "IA32_MTRR_PHYSMASK0", UINT64_C(0x7F80000800), &skylake);
	fixture_assert_field(&p, "VALID", 1, "VALID: this range is in effect");
	fixture_assert_field(&p, "PHYSMASK", 0x7F80000, "0x7f80000000");
	mask = fixture_field(&p, "PHYSMASK");
	assert_int_equal(mask->lsb, 12);
	assert_int_equal(mask->msb, 38);
	assert_int_equal(fixture_reserved_count(&p), 0);

	/* Range 3: 256 MBytes at 2 GBytes write-combining. */
	fixture_decode_at(&p, 0x206, "IA32_MTRR_PHYSBASE3", UINT64_C(0x80000001), &skylake);
	fixture_assert_field(&p, "TYPE", 1, WC);
	fixture_assert_field(&p, "PHYSBASE", 0x80000, "0x80000000");
	fixture_decode_at(&p, 0x207, "IA32_MTRR_PHYSMASK3", UINT64_C(0x7FF0000800), &skylake);
	fixture_assert_field(&p, "PHYSMASK", 0x7FF0000, "0x7ff0000000");

	/* The last pair of the family. */
	fixture_decode_at(&p, 0x212, "IA32_MTRR_PHYSBASE9", 0, &skylake);
	fixture_decode_at(&p, 0x213, "IA32_MTRR_PHYSMASK9", 0, &skylake);
	fixture_assert_field(&p, "VALID", 0, "INVALID: this range is off");
}

/* The same mask on a CPU with 36 address bits: bits 38:36 do not exist. */
static void test_variable_range_maxphyaddr(void **state)
{
	const struct msrkit_cpu narrow = { .vendor = MSRKIT_VENDOR_INTEL, .family = 6, .model = 0xF,
					   .maxphyaddr = 36 };
	struct fixture_pieces p;

	(void)state;
	fixture_decode_at(&p, 0x201, "IA32_MTRR_PHYSMASK0", UINT64_C(0x7F80000800), &narrow);
	fixture_assert_field(&p, "PHYSMASK", 0xF80000, "0xf80000000");
	assert_int_equal(fixture_field(&p, "PHYSMASK")->msb, 35);
	assert_int_equal(fixture_reserved_count(&p), 1);
	fixture_assert_reserved(&p, 36, 38, 7);

	/* Without a CPU the field runs to the architectural limit, bit 51. */
	fixture_decode_at(&p, 0x201, "IA32_MTRR_PHYSMASK0", UINT64_C(0x7F80000800), NULL);
	assert_int_equal(fixture_field(&p, "PHYSMASK")->msb, 51);
	assert_int_equal(fixture_reserved_count(&p), 0);
}

/* ---- fixed ranges -------------------------------------------------------- */

static void test_fixed_ranges_skylake(void **state)
{
	static const char *const fix16k_a0000[] = {
		"RANGE_A0000_A3FFF", "RANGE_A4000_A7FFF", "RANGE_A8000_ABFFF", "RANGE_AC000_AFFFF",
		"RANGE_B0000_B3FFF", "RANGE_B4000_B7FFF", "RANGE_B8000_BBFFF", "RANGE_BC000_BFFFF",
	};
	struct fixture_pieces p;
	size_t i;

	(void)state;
	/* 0-512 KBytes write-back. */
	fixture_decode_at(&p, 0x250, "IA32_MTRR_FIX64K_00000", UINT64_C(0x0606060606060606), &skylake);
	assert_int_equal(p.n, 8);
	fixture_assert_field(&p, "RANGE_00000_0FFFF", 6, WB);
	fixture_assert_field(&p, "RANGE_70000_7FFFF", 6, WB);
	/* The legacy VGA window uncacheable, every byte named by its range. */
	fixture_decode_at(&p, 0x259, "IA32_MTRR_FIX16K_A0000", 0, &skylake);
	assert_int_equal(p.n, 8);
	for (i = 0; i < 8; i++) {
		assert_string_equal(p.d[i].field->name, fix16k_a0000[i]);
		assert_int_equal(p.d[i].lsb, 8 * i);
		assert_int_equal(p.d[i].msb, 8 * i + 7);
		fixture_assert_field(&p, fix16k_a0000[i], 0, UC);
	}
	fixture_decode_at(&p, 0x258, "IA32_MTRR_FIX16K_80000", UINT64_C(0x0606060606060606), &skylake);
	fixture_assert_field(&p, "RANGE_80000_83FFF", 6, WB);
	fixture_assert_field(&p, "RANGE_9C000_9FFFF", 6, WB);
	fixture_decode_at(&p, 0x268, "IA32_MTRR_FIX4K_C0000", UINT64_C(0x0606060606060606), &skylake);
	fixture_assert_field(&p, "RANGE_C0000_C0FFF", 6, WB);
	fixture_assert_field(&p, "RANGE_C7000_C7FFF", 6, WB);
	fixture_decode_at(&p, 0x26F, "IA32_MTRR_FIX4K_F8000", UINT64_C(0x0506060606060606), &skylake);
	fixture_assert_field(&p, "RANGE_F8000_F8FFF", 6, WB);
	fixture_assert_field(&p, "RANGE_FF000_FFFFF", 5, WP);
}

/* ---- names and applicability --------------------------------------------- */

static void test_names(void **state)
{
	static const struct {
		const char *name;
		uint32_t address;
		unsigned index;
	} names[] = {
		{ "MSR_MTRRcap", 0xFE, 0 },
		{ "MTRRdefType", 0x2FF, 0 },
		{ "MSR_MTRRdefType", 0x2FF, 0 },
		{ "MSR_IA32_CR_PAT", 0x277, 0 },
		{ "IA32_MTRR_PHYSBASE0", 0x200, 0 },
		{ "ia32_mtrr_physmask9", 0x213, 9 },
		{ "MTRRphysMask5", 0x20B, 5 },
		{ "MSR_MTRRfix64K_00000", 0x250, 0 },
		{ "MSR_MTRRfix4K_F8000", 0x26F, 0 },
		{ "IA32_SMRR_PHYSMASK", 0x1F3, 0 },
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		struct msrkit_reg_ref ref;

		if (msrkit_db_find_name(names[i].name, NULL, &ref))
			fail_msg("%s not found", names[i].name);
		assert_int_equal(ref.address, names[i].address);
		assert_int_equal(ref.index, names[i].index);
		assert_string_equal(msrkit_reg_family(ref.reg), "mtrr_pat");
	}
}

/* One memory-type table serves every field: the same names everywhere. */
static void test_shared_memory_types(void **state)
{
	struct msrkit_reg_ref pat, def, base, fix;

	(void)state;
	assert_int_equal(msrkit_db_find(0x277, NULL, &pat), 0);
	assert_int_equal(msrkit_db_find(0x2FF, NULL, &def), 0);
	assert_int_equal(msrkit_db_find(0x200, NULL, &base), 0);
	assert_int_equal(msrkit_db_find(0x26A, NULL, &fix), 0);
	assert_ptr_equal(pat.reg->fields[0].values, def.reg->fields[0].values);
	assert_ptr_equal(pat.reg->fields[0].values, base.reg->fields[0].values);
	assert_ptr_equal(pat.reg->fields[0].values, fix.reg->fields[7].values);
	/* UC- only in the PAT. */
	assert_int_equal(pat.reg->fields[0].nvalues, def.reg->fields[0].nvalues + 1);
}

static void test_vendors(void **state)
{
	const struct msrkit_cpu amd = { .vendor = MSRKIT_VENDOR_AMD };
	const struct msrkit_cpu hygon = { .vendor = MSRKIT_VENDOR_HYGON };
	struct msrkit_reg_ref ref;

	(void)state;
	/* SMRRs are Intel's; the conditions decide the rest. */
	assert_int_equal(msrkit_db_find(0x1F2, NULL, &ref), 0);
	assert_int_equal(msrkit_reg_applies(ref.reg, &amd), MSRKIT_NO);
	assert_int_equal(msrkit_db_find(0x277, NULL, &ref), 0);
	assert_int_not_equal(msrkit_reg_applies(ref.reg, &amd), MSRKIT_NO);
	assert_int_not_equal(msrkit_reg_applies(ref.reg, &hygon), MSRKIT_NO);
	assert_int_equal(msrkit_db_find(0x200, NULL, &ref), 0);
	assert_int_not_equal(msrkit_reg_applies(ref.reg, &amd), MSRKIT_NO);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_pat_power_up),
		cmocka_unit_test(test_pat_linux),
		cmocka_unit_test(test_pat_bad_encodings),
		cmocka_unit_test(test_mtrrcap_p6),
		cmocka_unit_test(test_def_type),
		cmocka_unit_test(test_variable_ranges_skylake),
		cmocka_unit_test(test_variable_range_maxphyaddr),
		cmocka_unit_test(test_fixed_ranges_skylake),
		cmocka_unit_test(test_names),
		cmocka_unit_test(test_shared_memory_types),
		cmocka_unit_test(test_vendors),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

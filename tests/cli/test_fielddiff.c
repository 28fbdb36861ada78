/* SPDX-License-Identifier: MIT */
/*
 * The comparison helpers of diff and audit: which fields of two real values
 * differ (plain fields, reserved runs, VMX controls, CR fixed bits), what each
 * side shows, and the bits expected to differ between CPUs or boots.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "fielddiff.h"
#include "varying.h"

static const struct msrkit_reg *reg(const char *name)
{
	struct msrkit_reg_ref ref;

	assert_int_equal(msrkit_db_find_name(name, NULL, &ref), 0);
	return ref.reg;
}

/* A firmware update that left IA32_FEATURE_CONTROL unlocked: 0x5 -> 0x4. */
static void test_feature_control_lock(void **state)
{
	(void)state;
	const struct msrkit_reg *r = reg("IA32_FEATURE_CONTROL");
	struct fdiff_item it[FDIFF_MAX];
	char raw[40], mean[256], label[64];
	size_t n = fdiff_compare(r, 0x5, 0x4, NULL, 0, it);

	assert_int_equal(n, 1);
	assert_string_equal(it[0].name, "LOCK");
	assert_int_equal(it[0].lsb, 0);
	assert_int_equal(it[0].msb, 0);
	assert_false(it[0].control);
	fdiff_label(&it[0], label, sizeof(label));
	assert_string_equal(label, "LOCK (bit 0)");
	fdiff_show(r, &it[0], 0x5, NULL, raw, sizeof(raw), mean, sizeof(mean));
	assert_string_equal(raw, "1");
	assert_true(strncmp(mean, "LOCKED", 6) == 0);
	fdiff_show(r, &it[0], 0x4, NULL, raw, sizeof(raw), mean, sizeof(mean));
	assert_string_equal(raw, "0");
	assert_true(strncmp(mean, "UNLOCKED", 8) == 0);
	/* Equal values, or differences only in ignored bits: nothing. */
	assert_int_equal(fdiff_compare(r, 0x5, 0x5, NULL, 0, it), 0);
	assert_int_equal(fdiff_compare(r, 0x5, 0x4, NULL, 0x1, it), 0);
}

/* IA32_APIC_BASE of CPU 0 and CPU 1 of a Zhaoxin CNS: only BSP differs,
 * which is a per-CPU identity; a set reserved bit is its own run. */
static void test_apic_base(void **state)
{
	(void)state;
	const struct msrkit_reg *r = reg("IA32_APIC_BASE");
	struct fdiff_item it[FDIFF_MAX];
	char raw[40], mean[256], label[64];
	uint64_t ignore = varying_mask(0x1b, r, NULL, VARY_PER_CPU, NULL);
	size_t n;

	assert_int_equal(ignore, UINT64_C(1) << 8);
	n = fdiff_compare(r, 0xfee00900, 0xfee00800, NULL, 0, it);
	assert_int_equal(n, 1);
	assert_string_equal(it[0].name, "BSP");
	assert_int_equal(fdiff_compare(r, 0xfee00900, 0xfee00800, NULL, ignore, it), 0);
	/* Bits 7:0 and 9 are reserved. */
	n = fdiff_compare(r, 0xfee00900, 0xfee00b03, NULL, 0, it);
	assert_int_equal(n, 2);
	assert_null(it[0].name);
	assert_int_equal(it[0].lsb, 0);
	assert_int_equal(it[0].msb, 1);
	assert_null(it[1].name);
	assert_int_equal(it[1].lsb, 9);
	fdiff_label(&it[0], label, sizeof(label));
	assert_string_equal(label, "(reserved) (bits 1:0)");
	fdiff_show(r, &it[0], 0xfee00b03, NULL, raw, sizeof(raw), mean, sizeof(mean));
	assert_string_equal(raw, "0x3");
	assert_string_equal(mean, "");
}

/* Skylake-X (0x50654) against Cascade Lake (0x50657): the secondary
 * controls gained VMCS shadowing and PML; CR4 may have SMXE and PKE set. */
static void test_vmx_generations(void **state)
{
	(void)state;
	const struct msrkit_reg *ctls2 = reg("IA32_VMX_PROCBASED_CTLS2");
	const struct msrkit_reg *cr4 = reg("IA32_VMX_CR4_FIXED1");
	struct fdiff_item it[FDIFF_MAX];
	char raw[40], mean[256];
	size_t n = fdiff_compare(ctls2, 0x025d3fff00000000, 0x025f7fff00000000, NULL, 0, it);

	assert_int_equal(n, 2);
	assert_string_equal(it[0].name, "VMCS_SHADOWING");
	assert_int_equal(it[0].lsb, 14);
	assert_true(it[0].control);
	assert_string_equal(it[1].name, "ENABLE_PML");
	assert_int_equal(it[1].lsb, 17);
	fdiff_show(ctls2, &it[1], 0x025d3fff00000000, NULL, raw, sizeof(raw), mean, sizeof(mean));
	assert_string_equal(raw, "");
	assert_string_equal(mean, "must be 0: not supported");
	fdiff_show(ctls2, &it[1], 0x025f7fff00000000, NULL, raw, sizeof(raw), mean, sizeof(mean));
	assert_string_equal(mean, "either: may be 0 or 1");

	n = fdiff_compare(cr4, 0x3727ff, 0x7767ff, NULL, 0, it);
	assert_int_equal(n, 2);
	assert_int_equal(it[0].lsb, 14);
	assert_int_equal(it[1].lsb, 22);
	fdiff_show(cr4, &it[1], 0x3727ff, NULL, raw, sizeof(raw), mean, sizeof(mean));
	assert_string_equal(mean, "must be 0 in VMX operation");
	fdiff_show(cr4, &it[1], 0x7767ff, NULL, raw, sizeof(raw), mean, sizeof(mean));
	assert_string_equal(mean, "may be 1");
}

static void test_merge(void **state)
{
	(void)state;
	struct fdiff_item a[FDIFF_MAX] = { { "X", 0, 0, false }, { "Z", 8, 15, false } };
	const struct fdiff_item b[] = { { "Y", 2, 3, false }, { "Z", 8, 15, false }, { NULL, 63, 63, false } };
	size_t n = fdiff_merge(a, 2, b, 3);

	assert_int_equal(n, 4);
	assert_string_equal(a[0].name, "X");
	assert_string_equal(a[1].name, "Y");
	assert_string_equal(a[2].name, "Z");
	assert_null(a[3].name);
	assert_int_equal(a[3].lsb, 63);
}

static void test_varying(void **state)
{
	(void)state;
	const char *why;

	/* Kernel entry points move with KASLR but agree between CPUs. */
	assert_int_equal(varying_mask(0xc0000082, NULL, NULL, VARY_PER_BOOT, &why), ~UINT64_C(0));
	assert_non_null(why);
	assert_int_equal(varying_mask(0xc0000082, NULL, NULL, VARY_PER_CPU, NULL), 0);
	/* The OS keeps the CPU number in IA32_TSC_AUX. */
	assert_int_equal(varying_mask(0xc0000103, NULL, NULL, VARY_PER_CPU, NULL), ~UINT64_C(0));
	/* HWP requests follow each core's capabilities; the EPP does not. */
	assert_int_equal(varying_mask(0x774, reg("IA32_HWP_REQUEST"), NULL, VARY_PER_CPU, NULL), UINT64_C(0xffffff));
	/* Settings that must agree are not in the list. */
	assert_int_equal(varying_mask(0x3a, reg("IA32_FEATURE_CONTROL"), NULL, VARY_PER_CPU | VARY_PER_BOOT, &why), 0);
	assert_null(why);
	assert_int_equal(varying_mask(0x8b, reg("IA32_BIOS_SIGN_ID"), NULL, VARY_PER_CPU | VARY_PER_BOOT, NULL), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_feature_control_lock),
		cmocka_unit_test(test_apic_base),
		cmocka_unit_test(test_vmx_generations),
		cmocka_unit_test(test_merge),
		cmocka_unit_test(test_varying),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

/* SPDX-License-Identifier: MIT */
/* "REG.FIELD" selection and field values as people type them. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "regsel.h"

static void test_parse_register_and_field(void **state)
{
	struct regsel sel;

	(void)state;
	assert_true(regsel_parse("IA32_FEATURE_CONTROL", NULL, &sel));
	assert_int_equal(sel.ref.address, 0x3a);
	assert_null(sel.field);
	/* Any case for both halves; Linux aliases for the register. */
	assert_true(regsel_parse("msr_ia32_feat_ctl.enable_vmx_outside_smx", NULL, &sel));
	assert_int_equal(sel.ref.address, 0x3a);
	assert_non_null(sel.field);
	assert_string_equal(sel.field->name, "ENABLE_VMX_OUTSIDE_SMX");
	assert_true(regsel_parse("0x1a0.FAST_STRINGS", NULL, &sel));
	assert_string_equal(sel.field->name, "FAST_STRINGS");
}

static void test_parse_errors(void **state)
{
	struct regsel sel;

	(void)state;
	assert_false(regsel_parse("IA32_FEATURE_CONTROL.NOPE", NULL, &sel));
	assert_false(regsel_parse("IA32_FEATURE_CONTROL.", NULL, &sel));
	assert_false(regsel_parse(".LOCK", NULL, &sel));
	assert_false(regsel_parse("NO_SUCH_REGISTER.LOCK", NULL, &sel));
	/* An address without a definition has no fields. */
	assert_false(regsel_parse("0x12345.LOCK", NULL, &sel));
	assert_true(regsel_parse("0x12345", NULL, &sel));
	assert_null(sel.ref.reg);
}

static void test_field_list(void **state)
{
	struct regsel sel;
	char buf[512];
	size_t n;

	(void)state;
	assert_true(regsel_parse("IA32_FEATURE_CONTROL", NULL, &sel));
	n = regsel_field_list(sel.ref.reg, buf, sizeof(buf));
	assert_string_equal(buf, "LOCK, ENABLE_VMX_INSIDE_SMX, ENABLE_VMX_OUTSIDE_SMX, SENTER_LOCAL_FUNCTION_ENABLES, "
				 "SENTER_GLOBAL_ENABLE, SGX_LAUNCH_CONTROL_ENABLE, SGX_GLOBAL_ENABLE, LMCE_ON");
	assert_int_equal(n, strlen(buf));
	/* snprintf semantics: the length needed, truncated output. */
	assert_int_equal(regsel_field_list(sel.ref.reg, buf, 5), n);
	assert_string_equal(buf, "LOCK");
}

static void test_field_mask_maxphyaddr(void **state)
{
	struct regsel sel;
	struct msrkit_cpu cpu = { .vendor = MSRKIT_VENDOR_INTEL, .family = 6, .model = 0x97, .maxphyaddr = 39 };
	char bits[32];

	(void)state;
	assert_true(regsel_parse("IA32_APIC_BASE.APIC_BASE", NULL, &sel));
	/* Bits 12 .. MAXPHYADDR-1: 38:12 on a 39-bit CPU. */
	assert_int_equal(regsel_field_mask(sel.field, &cpu), UINT64_C(0x0000007ffffff000));
	regsel_field_bits(sel.field, &cpu, bits, sizeof(bits));
	assert_string_equal(bits, "bits 38:12");
	assert_true(regsel_parse("IA32_FEATURE_CONTROL.LOCK", NULL, &sel));
	regsel_field_bits(sel.field, NULL, bits, sizeof(bits));
	assert_string_equal(bits, "bit 0");
	assert_int_equal(regsel_field_access(sel.ref.reg, sel.field), MSRKIT_RWO);
}

static void test_field_values(void **state)
{
	struct regsel sel;
	char err[256];
	uint64_t raw;

	(void)state;
	assert_true(regsel_parse("IA32_PAT.PA0", NULL, &sel));
	/* Numbers, and the field's value names in any case. */
	assert_true(regsel_field_value(sel.field, NULL, "6", &raw, err, sizeof(err)));
	assert_int_equal(raw, 6);
	assert_true(regsel_field_value(sel.field, NULL, "wb", &raw, err, sizeof(err)));
	assert_int_equal(raw, 6);
	assert_true(regsel_field_value(sel.field, NULL, "UC", &raw, err, sizeof(err)));
	assert_int_equal(raw, 0);
	assert_false(regsel_field_value(sel.field, NULL, "8", &raw, err, sizeof(err)));
	assert_string_equal(err, "8 does not fit PA0 (bits 2:0): the largest value is 7 (0x7)");
	assert_false(regsel_field_value(sel.field, NULL, "fast", &raw, err, sizeof(err)));
	assert_string_equal(err, "invalid value 'fast' for PA0: not a number or one of its value names "
				 "('msrkit describe' lists them)");

	assert_true(regsel_parse("IA32_FEATURE_CONTROL.ENABLE_VMX_OUTSIDE_SMX", NULL, &sel));
	assert_false(regsel_field_value(sel.field, NULL, "2", &raw, err, sizeof(err)));
	assert_string_equal(err, "2 does not fit ENABLE_VMX_OUTSIDE_SMX (bit 2): the largest value is 1 (0x1)");
	assert_false(regsel_field_value(sel.field, NULL, "-1", &raw, err, sizeof(err)));
}

static void test_signed_field_values(void **state)
{
	struct regsel sel;
	char err[256];
	uint64_t raw;

	(void)state;
	/* An 8-bit two's-complement field: -1 is 0xFF, -128 the smallest. */
	assert_true(regsel_parse("MSR_VR_MISC_CONFIG.IOUT_OFFSET", NULL, &sel));
	assert_true(regsel_field_value(sel.field, NULL, "-1", &raw, err, sizeof(err)));
	assert_int_equal(raw, 0xff);
	assert_true(regsel_field_value(sel.field, NULL, "-128", &raw, err, sizeof(err)));
	assert_int_equal(raw, 0x80);
	assert_true(regsel_field_value(sel.field, NULL, "-0", &raw, err, sizeof(err)));
	assert_int_equal(raw, 0);
	assert_false(regsel_field_value(sel.field, NULL, "-129", &raw, err, sizeof(err)));
	assert_string_equal(err, "-129 does not fit IOUT_OFFSET (bits 39:32, signed): the smallest value is -128");
	assert_true(regsel_field_value(sel.field, NULL, "0x7f", &raw, err, sizeof(err)));
	assert_int_equal(raw, 0x7f);
	/* 64 bits wide. */
	assert_true(regsel_parse("IA32_TSC_ADJUST.THREAD_ADJUST", NULL, &sel));
	assert_true(regsel_field_value(sel.field, NULL, "-2", &raw, err, sizeof(err)));
	assert_int_equal(raw, UINT64_C(0xfffffffffffffffe));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_parse_register_and_field),
		cmocka_unit_test(test_parse_errors),
		cmocka_unit_test(test_field_list),
		cmocka_unit_test(test_field_mask_maxphyaddr),
		cmocka_unit_test(test_field_values),
		cmocka_unit_test(test_signed_field_values),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

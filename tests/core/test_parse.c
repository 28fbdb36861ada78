/* SPDX-License-Identifier: MIT */
/* Value and register-designator parsers: every accepted form, every rejection. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <msrkit/msrkit.h>

static void ok(const char *s, uint64_t want)
{
	uint64_t v = 0xdeadbeef;

	assert_int_equal(msrkit_parse_u64(s, &v), 0);
	assert_int_equal(v, want);
}

static void bad(const char *s, int err)
{
	uint64_t v = 0x1234;

	assert_int_equal(msrkit_parse_u64(s, &v), -err);
	assert_int_equal(v, 0x1234); /* untouched on error */
}

static void test_forms(void **state)
{
	(void)state;
	ok("0", 0);
	ok("5", 5);
	ok("58", 58);
	ok("0x3a", 0x3a);
	ok("0X3A", 0x3a);
	ok("3Ah", 0x3a);
	ok("3ah", 0x3a);
	ok("C0000080H", 0xC0000080u);
	ok("1_000_000", 1000000);
	ok("0xffff_ffff_ffff_ffff", UINT64_MAX);
	ok("18446744073709551615", UINT64_MAX);
	ok("00DA-0400-0000-0011", UINT64_C(0x00DA040000000011));
	ok("03DA-0500-0000-0013", UINT64_C(0x03DA050000000013));
	ok("ffff-ffff-ffff-ffff", UINT64_MAX);
}

static void test_rejections(void **state)
{
	(void)state;
	bad("", MSRKIT_PARSE_EMPTY);
	bad(NULL, MSRKIT_PARSE_EMPTY);
	bad("0x", MSRKIT_PARSE_SYNTAX);
	bad("h", MSRKIT_PARSE_SYNTAX);
	bad("0xg", MSRKIT_PARSE_SYNTAX);
	bad("12a", MSRKIT_PARSE_SYNTAX);     /* hex digits need 0x or h */
	bad("-1", MSRKIT_PARSE_SYNTAX);
	bad(" 5", MSRKIT_PARSE_SYNTAX);
	bad("5 ", MSRKIT_PARSE_SYNTAX);
	bad("_5", MSRKIT_PARSE_SYNTAX);
	bad("5_", MSRKIT_PARSE_SYNTAX);
	bad("5__0", MSRKIT_PARSE_SYNTAX);
	bad("0x_5", MSRKIT_PARSE_SYNTAX);
	bad("1.5", MSRKIT_PARSE_SYNTAX);
	bad("00DA-0400-0000-001", MSRKIT_PARSE_SYNTAX);   /* a digit short */
	bad("00DA-0400-0000-00111", MSRKIT_PARSE_SYNTAX); /* a digit long */
	bad("00DA0400-0000-0011", MSRKIT_PARSE_SYNTAX);
	bad("18446744073709551616", MSRKIT_PARSE_RANGE);
	bad("0x1_0000_0000_0000_0000", MSRKIT_PARSE_RANGE);
	bad("10000000000000000h", MSRKIT_PARSE_RANGE);
}

static void test_reg_addresses(void **state)
{
	struct msrkit_reg_ref ref;

	(void)state;
	assert_int_equal(msrkit_parse_reg("0x12345678", NULL, &ref), 0);
	assert_int_equal(ref.address, 0x12345678);
	assert_null(ref.reg); /* no definition there */
	assert_int_equal(msrkit_parse_reg("0x100000000", NULL, &ref), -MSRKIT_PARSE_RANGE);
	assert_int_equal(msrkit_parse_reg("3Ax", NULL, &ref), -MSRKIT_PARSE_SYNTAX);
	assert_int_equal(msrkit_parse_reg("", NULL, &ref), -MSRKIT_PARSE_EMPTY);
	assert_int_equal(msrkit_parse_reg("NO_SUCH_REGISTER_ANYWHERE", NULL, &ref), -MSRKIT_PARSE_UNKNOWN);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_forms),
		cmocka_unit_test(test_rejections),
		cmocka_unit_test(test_reg_addresses),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

/* SPDX-License-Identifier: MIT */
/*
 * The drop-in rdmsr/wrmsr: msr-tools 1.3's options, exit codes and output
 * formats, with its bugs fixed (strict numbers, correct signed fields).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "msrtools.h"

/* Parses a NULL-terminated argument list; err output is discarded. */
static int parse(bool rd, struct mt_opts *o, ...)
{
	char *argv[16];
	int argc = 0, rc;
	va_list ap;
	FILE *null = fopen("/dev/null", "w");

	va_start(ap, o);
	argv[argc++] = rd ? "rdmsr" : "wrmsr";
	while ((argv[argc] = va_arg(ap, char *)) != NULL)
		argc++;
	va_end(ap);
	assert_non_null(null);
	rc = mt_parse(rd, argc, argv, o, null);
	fclose(null);
	return rc;
}

static const char *fmt(uint64_t data, unsigned hi, unsigned lo, int mode)
{
	static char buf[128];

	memset(buf, 0, sizeof(buf));
	mt_format(data, hi, lo, mode, buf, sizeof(buf));
	return buf;
}

static void test_rdmsr_options(void **state)
{
	struct mt_opts o;

	(void)state;
	assert_int_equal(parse(true, &o, "0x1a0", NULL), -1);
	assert_int_equal(o.reg, 0x1a0);
	assert_false(o.all);
	assert_int_equal(o.cpu, 0);
	assert_int_equal(o.mode, MT_HEX);
	assert_int_equal(o.highbit, 63);
	assert_int_equal(o.lowbit, 0);
	/* Options after the register (GNU getopt), long forms, last -p/-a wins. */
	assert_int_equal(parse(true, &o, "-a", "0x10", "--processor", "3", "-d", "-0", "-c", "-f", "7:4", NULL), -1);
	assert_int_equal(o.cpu, 3);
	assert_false(o.all);
	assert_int_equal(o.mode, MT_DEC | MT_FILL | MT_C);
	assert_int_equal(o.highbit, 7);
	assert_int_equal(o.lowbit, 4);
	assert_int_equal(parse(true, &o, "-p", "1", "-a", "-X", "-x", "-u", "16", NULL), -1);
	assert_true(o.all);
	assert_int_equal(o.mode, MT_UNS);
	/* -s is signed decimal, as -d. */
	assert_int_equal(parse(true, &o, "-s", "16", NULL), -1);
	assert_int_equal(o.mode, MT_DEC);
}

static void test_register_numbers_and_names(void **state)
{
	uint32_t r;

	(void)state;
	assert_true(mt_parse_reg("0x1a0", &r));
	assert_int_equal(r, 0x1a0);
	assert_true(mt_parse_reg("416", &r));
	assert_int_equal(r, 416);
	/* strtoul base 0, as msr-tools: a leading 0 is octal. */
	assert_true(mt_parse_reg("0640", &r));
	assert_int_equal(r, 0640);
	assert_true(mt_parse_reg("IA32_TSC", &r));
	assert_int_equal(r, 0x10);
	assert_true(mt_parse_reg("msr_ia32_feat_ctl", &r));
	assert_int_equal(r, 0x3a);
	assert_true(mt_parse_reg("0xffffffff", &r));
	/* msr-tools read all of these as 0 (or a prefix) and went on. */
	assert_false(mt_parse_reg("", &r));
	assert_false(mt_parse_reg("0x1g", &r));
	assert_false(mt_parse_reg("12abc", &r));
	assert_false(mt_parse_reg("-1", &r));
	assert_false(mt_parse_reg(" 16", &r));
	assert_false(mt_parse_reg("0x100000000", &r));
	assert_false(mt_parse_reg("NO_SUCH_MSR", &r));
	assert_false(mt_parse_reg("089", &r));
}

static void test_exit_codes(void **state)
{
	struct mt_opts o;

	(void)state;
	/* msr-tools: usage errors exit 127; -h and -V exit 0. */
	assert_int_equal(parse(true, &o, NULL), MT_EXIT_OTHER);
	assert_int_equal(parse(true, &o, "1", "2", NULL), MT_EXIT_OTHER);
	assert_int_equal(parse(true, &o, "-q", "1", NULL), MT_EXIT_OTHER);
	assert_int_equal(parse(true, &o, "-p", "x", "1", NULL), MT_EXIT_OTHER);
	assert_int_equal(parse(true, &o, "-p", "8192", "1", NULL), MT_EXIT_OTHER);
	assert_int_equal(parse(true, &o, "-f", "3:4", "1", NULL), MT_EXIT_OTHER);
	assert_int_equal(parse(true, &o, "-f", "64:0", "1", NULL), MT_EXIT_OTHER);
	assert_int_equal(parse(true, &o, "-f", "7", "1", NULL), MT_EXIT_OTHER);
	assert_int_equal(parse(true, &o, "bogus", NULL), MT_EXIT_OTHER);
	assert_int_equal(parse(true, &o, "-h", NULL), 0);
	assert_int_equal(parse(true, &o, "-V", NULL), 0);
	assert_int_equal(parse(false, &o, "-h", NULL), 0);
	/* wrmsr: register and at least one value, all of them numbers. */
	assert_int_equal(parse(false, &o, "0x10", NULL), MT_EXIT_OTHER);
	assert_int_equal(parse(false, &o, "0x10", "5x", NULL), MT_EXIT_OTHER);
	assert_int_equal(parse(false, &o, "-d", "0x10", "5", NULL), MT_EXIT_OTHER);
	assert_int_equal(parse(false, &o, "-a", "IA32_PAT", "0x0007040600070406", "017", NULL), -1);
	assert_true(o.all);
	assert_int_equal(o.reg, 0x277);
	assert_int_equal(o.nvalues, 2);
	assert_int_equal(o.values[0], UINT64_C(0x0007040600070406));
	assert_int_equal(o.values[1], 15);
	free(o.values);
}

static void test_hex_formats(void **state)
{
	(void)state;
	assert_string_equal(fmt(5, 63, 0, MT_HEX), "5\n");
	assert_string_equal(fmt(0xfee00900, 63, 0, MT_CHX), "FEE00900\n");
	assert_string_equal(fmt(5, 63, 0, MT_HEX | MT_FILL), "0000000000000005\n");
	assert_string_equal(fmt(5, 63, 0, MT_HEX | MT_C), "0x5\n");
	assert_string_equal(fmt(0xab, 63, 0, MT_CHX | MT_FILL | MT_C), "0x00000000000000AB\n");
	/* A field: bits 15:8 of 0x1c6c, padded to its own width. */
	assert_string_equal(fmt(0x1c6c, 15, 8, MT_HEX | MT_FILL), "1c\n");
	assert_string_equal(fmt(0x1c6c, 11, 8, MT_HEX | MT_FILL), "c\n");
}

static void test_decimal_and_octal_formats(void **state)
{
	(void)state;
	assert_string_equal(fmt(0x973c89, 63, 0, MT_UNS), "9911433\n");
	assert_string_equal(fmt(0x973c89, 63, 0, MT_UNS | MT_C), "9911433U\n");
	assert_string_equal(fmt(0x973c89, 63, 0, MT_UNS | MT_FILL | MT_C), "9911433U\n");
	assert_string_equal(fmt(5, 7, 0, MT_UNS | MT_FILL), "005\n");
	assert_string_equal(fmt(5, 63, 0, MT_UNS | MT_FILL), "00000000000000000005\n");
	assert_string_equal(fmt(8, 63, 0, MT_OCT), "10\n");
	assert_string_equal(fmt(8, 63, 0, MT_OCT | MT_C), "010\n");
	assert_string_equal(fmt(8, 8, 0, MT_OCT | MT_FILL), "010\n");
	assert_string_equal(fmt(0, 63, 0, MT_OCT | MT_C), "00\n");
}

static void test_signed_fields(void **state)
{
	(void)state;
	/* An 8-bit field of all ones is -1 (msr-tools 1.3 printed -127). */
	assert_string_equal(fmt(0xff, 7, 0, MT_DEC), "-1\n");
	assert_string_equal(fmt(UINT64_C(0xff00000000), 39, 32, MT_DEC), "-1\n");
	assert_string_equal(fmt(0x80, 7, 0, MT_DEC), "-128\n");
	assert_string_equal(fmt(0x7f, 7, 0, MT_DEC), "127\n");
	/* 64 bits of ones: -1 (msr-tools: -9223372036854775807). */
	assert_string_equal(fmt(UINT64_MAX, 63, 0, MT_DEC), "-1\n");
	assert_string_equal(fmt(UINT64_C(0x8000000000000000), 63, 0, MT_DEC), "-9223372036854775808\n");
	/* THERM_STATUS readout 0x40 in 7 bits. */
	assert_string_equal(fmt(0x88400000, 22, 16, MT_DEC), "-64\n");
	/* Zero fill: sign plus the digits of the field's magnitude; -c drops it. */
	assert_string_equal(fmt(0xff, 7, 0, MT_DEC | MT_FILL), "-001\n");
	assert_string_equal(fmt(0x05, 7, 0, MT_DEC | MT_FILL), "0005\n");
	assert_string_equal(fmt(0xff, 7, 0, MT_DEC | MT_FILL | MT_C), "-1\n");
	assert_string_equal(fmt(1, 0, 0, MT_DEC), "-1\n");
}

static void test_raw_formats(void **state)
{
	char buf[96];

	(void)state;
	assert_int_equal(mt_format(0x973c89, 63, 0, MT_RAW, buf, sizeof(buf)), 8);
	assert_memory_equal(buf, "\x89\x3c\x97\x00\x00\x00\x00\x00", 8);
	assert_string_equal(fmt(0x973c89, 63, 0, MT_RAW | MT_C), "{0x89,0x3c,0x97,0x00,0x00,0x00,0x00,0x00}\n");
	assert_string_equal(fmt(0x973c89, 15, 8, MT_RAW | MT_C), "{0x3c,0x00,0x00,0x00,0x00,0x00,0x00,0x00}\n");
	assert_false(mt_mode_prefixed(MT_RAW));
	assert_false(mt_mode_prefixed(MT_RAW | MT_C));
	assert_true(mt_mode_prefixed(MT_HEX | MT_C));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_rdmsr_options),
		cmocka_unit_test(test_register_numbers_and_names),
		cmocka_unit_test(test_exit_codes),
		cmocka_unit_test(test_hex_formats),
		cmocka_unit_test(test_decimal_and_octal_formats),
		cmocka_unit_test(test_signed_fields),
		cmocka_unit_test(test_raw_formats),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

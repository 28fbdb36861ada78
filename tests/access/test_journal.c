/* SPDX-License-Identifier: MIT */
/* The write journal: text format, strict parser, and undo through a transaction. */
#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "msrkit/access.h"

static const struct msrkit_journal_entry two[] = {
	{ .cpu = 0, .address = 0x1a0, .old_value = 0x850089, .new_value = 0x850088 },
	{ .cpu = 17, .address = 0xc0010015, .old_value = 0xffffffffffffffffu, .new_value = 0 },
};

static const char two_text[] = "# msrkit-journal v1\n"
			       "0 0x000001a0 0x0000000000850089 0x0000000000850088\n"
			       "17 0xc0010015 0xffffffffffffffff 0x0000000000000000\n";

static void test_format(void **state)
{
	(void)state;
	char buf[256];
	char small[30];

	assert_int_equal(msrkit_journal_format(two, 2, buf, sizeof(buf)), strlen(two_text));
	assert_string_equal(buf, two_text);
	assert_int_equal(msrkit_journal_format(two, 2, small, sizeof(small)), strlen(two_text));
	assert_int_equal(strlen(small), sizeof(small) - 1);
	assert_int_equal(msrkit_journal_format(NULL, 0, buf, sizeof(buf)), 20);
	assert_string_equal(buf, "# msrkit-journal v1\n");
}

static void test_parse(void **state)
{
	(void)state;
	struct msrkit_journal_entry e[4];
	struct msrkit_text_error err;
	size_t n;
	const char *loose = "# msrkit-journal v1\n"
			    "# written by msrkit write IA32_MISC_ENABLE=...\n"
			    "\n"
			    "0\t0x1A0  0x850089 0x850088";

	assert_int_equal(msrkit_journal_parse(two_text, strlen(two_text), e, 4, &n, &err), 0);
	assert_int_equal(n, 2);
	assert_memory_equal(&e[0], &two[0], sizeof(e[0]));
	assert_memory_equal(&e[1], &two[1], sizeof(e[1]));

	/* comments, blank lines, tabs, runs of blanks, short numbers, upper
	 * case, no final newline */
	assert_int_equal(msrkit_journal_parse(loose, strlen(loose), e, 4, &n, &err), 0);
	assert_int_equal(n, 1);
	assert_memory_equal(&e[0], &two[0], sizeof(e[0]));

	/* counting without storage, and too little storage */
	assert_int_equal(msrkit_journal_parse(two_text, strlen(two_text), NULL, 0, &n, &err), -ENOSPC);
	assert_int_equal(n, 2);
	assert_int_equal(msrkit_journal_parse(two_text, strlen(two_text), e, 1, &n, &err), -ENOSPC);
	assert_memory_equal(&e[0], &two[0], sizeof(e[0]));

	/* a journal of nothing */
	assert_int_equal(msrkit_journal_parse("# msrkit-journal v1\n", 20, e, 4, &n, &err), 0);
	assert_int_equal(n, 0);
}

static void expect_bad(const char *body, size_t line, size_t col, const char *msg)
{
	char text[512];
	struct msrkit_journal_entry e[4];
	struct msrkit_text_error err = { 0 };
	size_t n = 99;

	snprintf(text, sizeof(text), "# msrkit-journal v1\n%s", body);
	assert_int_equal(msrkit_journal_parse(text, strlen(text), e, 4, &n, &err), -EINVAL);
	if (err.line != line || err.column != col || strcmp(err.msg, msg) != 0)
		fail_msg("%zu:%zu %s, expected %zu:%zu %s", err.line, err.column, err.msg, line, col, msg);
	assert_int_equal(n, 0);
}

static void test_parse_errors(void **state)
{
	(void)state;
	struct msrkit_journal_entry e[1];
	struct msrkit_text_error err;
	size_t n;

	/* the header is required */
	assert_int_equal(msrkit_journal_parse("0 0x10 0x0 0x1\n", 15, e, 1, &n, &err), -EINVAL);
	assert_int_equal(err.line, 1);
	assert_int_equal(err.column, 1);
	assert_int_equal(msrkit_journal_parse("", 0, e, 1, &n, &err), -EINVAL);
	assert_int_equal(err.line, 1);
	assert_int_equal(msrkit_journal_parse("# msrkit-journal v2\n", 20, e, 1, &n, &err), -EINVAL);

	expect_bad("0 0x10 0x0 0x1\nx 0x10 0x0 0x1\n", 3, 1, "expected a CPU number");
	expect_bad(" 0 0x10 0x0 0x1\n", 2, 1, "expected a CPU number");
	expect_bad("-1 0x10 0x0 0x1\n", 2, 1, "expected a CPU number");
	expect_bad("8192 0x10 0x0 0x1\n", 2, 1, "CPU number too large");
	expect_bad("0x1 0x10 0x0 0x1\n", 2, 2, "expected a space between fields");
	expect_bad("0\n", 2, 2, "missing register address");
	expect_bad("0 16 0x0 0x1\n", 2, 3, "expected a register address (0x...)");
	expect_bad("0 0x 0x0 0x1\n", 2, 5, "no hexadecimal digits after 0x");
	expect_bad("0 0x1g 0x0 0x1\n", 2, 6, "not a hexadecimal digit");
	expect_bad("0 0x100000000 0x0 0x1\n", 2, 3, "address longer than 8 hex digits");
	expect_bad("0 0x10 0x0\n", 2, 11, "missing new value");
	expect_bad("0 0x10 0x0 \n", 2, 12, "missing new value");
	expect_bad("0 0x10\n", 2, 7, "missing old value");
	expect_bad("0 0x10 0x0 0x10000000000000000\n", 2, 12, "value longer than 16 hex digits");
	expect_bad("0 0x10 0x0 0x1 \n", 2, 15, "unexpected text after the new value");
	expect_bad("0 0x10 0x0 0x1 # note\n", 2, 15, "unexpected text after the new value");
	expect_bad("0 0x10 0x0 0x1\r\n", 2, 15, "not a hexadecimal digit");
	expect_bad("0 0x10 0x0 0x1\n1 0x10 0x0 0x1\n00 0x10 0x5 0x6\n", 4, 1, "this CPU and register appear twice");
}

/* Write, journal, parse the journal, undo: every CPU is back. */
static void test_undo_round_trip(void **state)
{
	(void)state;
	struct msrkit_backend b;
	struct msrkit_cpuset cpus;
	struct msrkit_txn_item items[3], undo[3];
	struct msrkit_journal_entry e[3], parsed[3];
	struct msrkit_txn_summary s;
	char text[512];
	size_t n;
	uint64_t v;

	assert_int_equal(msrkit_cpuset_parse("0-2", &cpus, NULL), 0);
	assert_int_equal(msrkit_backend_mem_open(&b, &cpus), 0);
	for (unsigned c = 0; c < 3; c++)
		assert_int_equal(msrkit_mem_set(&b, c, 0x1a0, 0x850089 + c), 0);

	assert_int_equal(msrkit_write_txn(&b, &cpus, 0x1a0, 0xff, 0x42, NULL, items, 3, &s), 0);
	assert_int_equal(msrkit_txn_journal(items, 3, true, e), 3);
	assert_int_equal(e[2].old_value, 0x85008b);
	assert_int_equal(e[2].new_value, 0x850042);
	msrkit_journal_format(e, 3, text, sizeof(text));
	assert_int_equal(msrkit_journal_parse(text, strlen(text), parsed, 3, &n, NULL), 0);
	assert_int_equal(n, 3);
	assert_memory_equal(parsed, e, sizeof(e));

	/* undo: last entry first, whole register, only if unchanged since */
	assert_int_equal(msrkit_journal_undo_items(parsed, 3, undo), 3);
	assert_int_equal(undo[0].cpu, 2);
	assert_int_equal(undo[0].value, 0x85008b);
	assert_true(undo[0].check_current);
	assert_int_equal(undo[0].expected, 0x850042);

	/* someone changed CPU 1 since: the undo refuses, nothing written */
	assert_int_equal(msrkit_mem_set(&b, 1, 0x1a0, 0x777), 0);
	msrkit_mem_clear_log(&b);
	assert_int_equal(msrkit_txn_run(&b, undo, 3, NULL, &s), -ECANCELED);
	assert_int_equal(msrkit_mem_write_log(&b, NULL), 0);
	assert_int_equal(s.failed_stage, MSRKIT_TXN_STAGE_CHECK);
	assert_int_equal(undo[s.failed_item].cpu, 1);

	/* forced */
	for (unsigned i = 0; i < 3; i++)
		undo[i].check_current = false;
	assert_int_equal(msrkit_txn_run(&b, undo, 3, NULL, &s), 0);
	for (unsigned c = 0; c < 3; c++) {
		assert_int_equal(msrkit_mem_get(&b, c, 0x1a0, &v), 0);
		assert_int_equal(v, 0x850089 + c);
	}
	msrkit_backend_close(&b);
}

static void test_journal_from_failed_txn(void **state)
{
	(void)state;
	struct msrkit_backend b;
	struct msrkit_cpuset cpus;
	struct msrkit_txn_item items[3];
	struct msrkit_journal_entry e[3];
	struct msrkit_txn_summary s;

	assert_int_equal(msrkit_cpuset_parse("0-2", &cpus, NULL), 0);
	assert_int_equal(msrkit_backend_mem_open(&b, &cpus), 0);
	assert_int_equal(msrkit_mem_set(&b, MSRKIT_MEM_ANY_CPU, 0x10, 5), 0);
	assert_int_equal(msrkit_mem_add_fault(&b, &(struct msrkit_mem_fault){ .cpu = 1, .address = 0x10,
									  .on = MSRKIT_MEM_FAULT_WRITE, .err = -EIO }),
			 0);
	assert_int_equal(msrkit_write_txn(&b, &cpus, 0x10, ~UINT64_C(0), 9, NULL, items, 3, &s), -ECANCELED);
	/* nothing committed: nothing to undo; the plan still lists all three */
	assert_int_equal(msrkit_txn_journal(items, 3, true, e), 0);
	assert_int_equal(msrkit_txn_journal(items, 3, false, e), 3);
	assert_int_equal(e[1].old_value, 5);
	assert_int_equal(e[1].new_value, 9);
	msrkit_backend_close(&b);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_format),
		cmocka_unit_test(test_parse),
		cmocka_unit_test(test_parse_errors),
		cmocka_unit_test(test_undo_round_trip),
		cmocka_unit_test(test_journal_from_failed_txn),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

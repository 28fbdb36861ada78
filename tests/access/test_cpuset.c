/* SPDX-License-Identifier: MIT */
/* CPU sets: the Linux CPU-list parser and formatter, iteration, sysfs. */
#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "msrkit/access.h"

#include "fstree.h"

static struct msrkit_cpuset parse_ok(const char *text)
{
	struct msrkit_cpuset s;
	size_t pos = 999;

	assert_int_equal(msrkit_cpuset_parse(text, &s, &pos), 0);
	return s;
}

static void expect_cpus(const struct msrkit_cpuset *s, const unsigned *cpus, size_t n)
{
	int c = msrkit_cpuset_next(s, 0);

	assert_int_equal(msrkit_cpuset_count(s), n);
	for (size_t i = 0; i < n; i++) {
		assert_int_equal(c, (int)cpus[i]);
		c = msrkit_cpuset_next(s, (unsigned)c + 1);
	}
	assert_int_equal(c, -1);
}

static void test_parse_valid(void **state)
{
	(void)state;
	struct msrkit_cpuset s = parse_ok("0-3,8,10-11");
	static const unsigned a[] = { 0, 1, 2, 3, 8, 10, 11 };

	expect_cpus(&s, a, 7);

	/* sysfs form, with its newline */
	s = parse_ok("0-1\n");
	static const unsigned b[] = { 0, 1 };
	expect_cpus(&s, b, 2);

	s = parse_ok("5");
	static const unsigned c[] = { 5 };
	expect_cpus(&s, c, 1);

	/* a one-CPU range, overlapping and unordered parts */
	s = parse_ok("7-7,2,0-2");
	static const unsigned d[] = { 0, 1, 2, 7 };
	expect_cpus(&s, d, 4);
}

static void test_parse_limit(void **state)
{
	(void)state;
	struct msrkit_cpuset s = parse_ok("8191");
	size_t pos = 0;

	assert_true(msrkit_cpuset_has(&s, 8191));
	assert_int_equal(msrkit_cpuset_count(&s), 1);

	s = parse_ok("0-8191");
	assert_int_equal(msrkit_cpuset_count(&s), 8192);
	assert_int_equal(msrkit_cpuset_next(&s, 8191), 8191);
	assert_int_equal(msrkit_cpuset_next(&s, 8192), -1);

	/* 8192 is one past the limit; the position is the number's start */
	assert_int_equal(msrkit_cpuset_parse("8192", &s, &pos), -ERANGE);
	assert_int_equal(pos, 0);
	assert_int_equal(msrkit_cpuset_parse("0-3,99999999999999999999", &s, &pos), -ERANGE);
	assert_int_equal(pos, 4);
	assert_int_equal(msrkit_cpuset_parse("1-8192", &s, &pos), -ERANGE);
	assert_int_equal(pos, 2);
}

static void expect_bad(const char *text, int err, size_t want_pos)
{
	struct msrkit_cpuset s = parse_ok("42");
	struct msrkit_cpuset before = s;
	size_t pos = 12345;

	assert_int_equal(msrkit_cpuset_parse(text, &s, &pos), err);
	assert_int_equal(pos, want_pos);
	/* A failed parse leaves the output alone. */
	assert_memory_equal(&s, &before, sizeof(s));
}

static void test_parse_invalid(void **state)
{
	(void)state;
	expect_bad("", -EINVAL, 0);
	expect_bad("3-1", -EINVAL, 2);          /* reversed: points at the end */
	expect_bad("0-3,10-8", -EINVAL, 7);
	expect_bad("a", -EINVAL, 0);
	expect_bad("0-3,x", -EINVAL, 4);
	expect_bad("0,", -EINVAL, 2);           /* trailing comma */
	expect_bad(",0", -EINVAL, 0);
	expect_bad("0-", -EINVAL, 2);
	expect_bad("0--3", -EINVAL, 2);
	expect_bad("1 ,2", -EINVAL, 1);         /* no blanks */
	expect_bad(" 1", -EINVAL, 0);
	expect_bad("-1", -EINVAL, 0);           /* no signs */
	expect_bad("+1", -EINVAL, 0);
	expect_bad("1\n\n", -EINVAL, 1);        /* one newline, at the end only */
	expect_bad("1\n,2", -EINVAL, 1);
	expect_bad("0-3:2/4", -EINVAL, 3);      /* kernel stride syntax is not a sysfs list */
	assert_int_equal(msrkit_cpuset_parse(NULL, &(struct msrkit_cpuset){ 0 }, NULL), -EINVAL);
}

static void expect_format(const char *in, const char *out)
{
	struct msrkit_cpuset s = parse_ok(in);
	char buf[128];

	assert_int_equal(msrkit_cpuset_format(&s, buf, sizeof(buf)), strlen(out));
	assert_string_equal(buf, out);
}

static void test_format(void **state)
{
	(void)state;
	char buf[8];
	struct msrkit_cpuset s;

	expect_format("0-3,8,10-11", "0-3,8,10-11");
	expect_format("3,2,1,0", "0-3");
	expect_format("0,2,4", "0,2,4");
	expect_format("8191", "8191");
	expect_format("0-8191", "0-8191");
	expect_format("8190-8191", "8190-8191");

	msrkit_cpuset_clear(&s);
	assert_int_equal(msrkit_cpuset_format(&s, buf, sizeof(buf)), 0);
	assert_string_equal(buf, "");

	/* snprintf semantics: the full length, a truncated NUL-terminated text */
	s = parse_ok("0-3,8,10-11");
	assert_int_equal(msrkit_cpuset_format(&s, buf, 6), 11);
	assert_string_equal(buf, "0-3,8");
	assert_int_equal(msrkit_cpuset_format(&s, NULL, 0), 11);
}

static void test_bits(void **state)
{
	(void)state;
	struct msrkit_cpuset s;

	msrkit_cpuset_clear(&s);
	assert_int_equal(msrkit_cpuset_next(&s, 0), -1);
	msrkit_cpuset_add(&s, 63);
	msrkit_cpuset_add(&s, 64);
	msrkit_cpuset_add(&s, 4000);
	msrkit_cpuset_add(&s, 9000); /* beyond the limit: ignored */
	assert_int_equal(msrkit_cpuset_count(&s), 3);
	assert_false(msrkit_cpuset_has(&s, 9000));
	assert_false(msrkit_cpuset_has(&s, 62));
	assert_int_equal(msrkit_cpuset_next(&s, 0), 63);
	assert_int_equal(msrkit_cpuset_next(&s, 64), 64);
	assert_int_equal(msrkit_cpuset_next(&s, 65), 4000);
	assert_int_equal(msrkit_cpuset_next(&s, 4001), -1);
	assert_int_equal(msrkit_cpuset_next(&s, 100000), -1);
}

static void test_online(void **state)
{
	(void)state;
	struct fstree t;
	struct msrkit_cpuset s;
	char path[512];
	static const unsigned want[] = { 0, 1, 2, 3, 6, 7 };

	fstree_init(&t);
	assert_int_equal(msrkit_cpuset_online_at(t.root, &s), -ENOENT);
	fstree_write(&t, "sys/devices/system/cpu/online", "0-3,6-7\n");
	assert_int_equal(msrkit_cpuset_online_at(t.root, &s), 0);
	expect_cpus(&s, want, 6);
	fstree_write(&t, "sys/devices/system/cpu/online", "garbage\n");
	assert_int_equal(msrkit_cpuset_online_at(t.root, &s), -EINVAL);
	/* "offline" with every CPU up: an empty list */
	fstree_write(&t, "sys/devices/system/cpu/offline", "\n");
	snprintf(path, sizeof(path), "%s/sys/devices/system/cpu/offline", t.root);
	assert_int_equal(msrkit_cpuset_read(path, &s), 0);
	assert_int_equal(msrkit_cpuset_count(&s), 0);
	fstree_free(&t);

	/* The real machine has at least CPU 0 online. */
	assert_int_equal(msrkit_cpuset_online(&s), 0);
	assert_true(msrkit_cpuset_count(&s) >= 1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_parse_valid),
		cmocka_unit_test(test_parse_limit),
		cmocka_unit_test(test_parse_invalid),
		cmocka_unit_test(test_format),
		cmocka_unit_test(test_bits),
		cmocka_unit_test(test_online),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

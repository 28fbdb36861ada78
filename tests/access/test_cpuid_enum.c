/* SPDX-License-Identifier: MIT */
/*
 * CPUID enumeration: which leaves and subleaves are asked and recorded, on
 * the real answers of a Xeon w7-2475X (Sapphire Rapids, CPUID 0x806F8, CPU 0
 * of its AIDA64 dump), and each range and end rule on its own. Also the
 * --scan range syntax.
 */
#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "msrkit/capture.h"

/* One answer of a fake CPU. sub = ANY: the leaf ignores ECX. */
#define ANY 0xffffffffu
struct answer {
	uint32_t leaf, sub;
	uint32_t r[4];
};

/* A fake CPU: listed answers; a leaf or subleaf not listed answers zeros
 * (what a real CPU gives for an invalid subleaf inside its range), unless
 * nodata is set (then -ENODATA, as a snapshot without it). */
struct fake {
	const struct answer *a;
	size_t n;
	bool nodata;
	uint32_t fail_leaf; /* this leaf fails with -EINVAL (0: none) */
	unsigned asked;
};

static int fake_query(void *ctx, uint32_t leaf, uint32_t sub, uint32_t out[4])
{
	struct fake *f = ctx;
	size_t i;

	f->asked++;
	if (f->fail_leaf && leaf == f->fail_leaf)
		return -EINVAL;
	for (i = 0; i < f->n; i++) {
		if (f->a[i].leaf == leaf && (f->a[i].sub == ANY || f->a[i].sub == sub)) {
			memcpy(out, f->a[i].r, sizeof(f->a[i].r));
			return 0;
		}
	}
	if (f->nodata)
		return -ENODATA;
	memset(out, 0, 4 * sizeof(out[0]));
	return 0;
}

/* Collects "leaf/sub" (or "leaf/-") in a string. */
struct list {
	char text[8192];
	size_t len;
	int stop_after; /* > 0: return -ECANCELED after this many */
};

static int collect(void *ctx, const struct msrkit_snapshot_cpuid *e)
{
	struct list *l = ctx;

	if (e->any_subleaf)
		l->len += (size_t)snprintf(l->text + l->len, sizeof(l->text) - l->len, "%s%x/-", l->len ? " " : "",
					   e->leaf);
	else
		l->len += (size_t)snprintf(l->text + l->len, sizeof(l->text) - l->len, "%s%x/%x", l->len ? " " : "",
					   e->leaf, e->subleaf);
	if (l->stop_after > 0 && --l->stop_after == 0)
		return -ECANCELED;
	return 0;
}

/* Sapphire Rapids CPU 0: the leaves whose answers steer the enumeration. */
static const struct answer spr[] = {
	{ 0x0, ANY, { 0x00000020, 0x756e6547, 0x6c65746e, 0x49656e69 } },
	{ 0x1, ANY, { 0x000806f8, 0x00800800, 0x7ffefbff, 0xbfebfbff } },
	{ 0x4, 0, { 0xfc004121, 0x02c0003f, 0x0000003f, 0x00000000 } },
	{ 0x4, 1, { 0xfc004122, 0x01c0003f, 0x0000003f, 0x00000000 } },
	{ 0x4, 2, { 0xfc004143, 0x03c0003f, 0x000007ff, 0x00000000 } },
	{ 0x4, 3, { 0xfc1fc163, 0x0380003f, 0x00009fff, 0x00000004 } },
	{ 0x7, 0, { 0x00000002, 0xf3bfbffb, 0xbb417fee, 0xffdd4430 } },
	{ 0x7, 1, { 0x00001c30, 0x00000000, 0x00000000, 0x00000000 } },
	{ 0x7, 2, { 0x00000000, 0x00000000, 0x00000000, 0x00000017 } },
	{ 0xb, 0, { 0x00000001, 0x00000002, 0x00000100, 0x00000000 } },
	{ 0xb, 1, { 0x00000007, 0x00000028, 0x00000201, 0x00000000 } },
	{ 0xd, 0, { 0x000602e7, 0x00002b00, 0x00002b00, 0x00000000 } },
	{ 0xd, 1, { 0x0000001f, 0x00002a80, 0x0000dd00, 0x00000000 } },
	{ 0xf, 0, { 0x00000000, 0x0000009f, 0x00000000, 0x00000002 } },
	{ 0x10, 0, { 0x00000000, 0x0000000e, 0x00000000, 0x00000000 } },
	{ 0x14, 0, { 0x00000001, 0x0000005f, 0x00000007, 0x00000000 } },
	{ 0x18, 0, { 0x00000008, 0x00000000, 0x00000000, 0x00000000 } },
	{ 0x1b, 0, { 0x00000001, 0x00000001, 0x00000000, 0x00000000 } },
	{ 0x1d, 0, { 0x00000001, 0x00000000, 0x00000000, 0x00000000 } },
	{ 0x1e, 0, { 0x00000000, 0x00004010, 0x00000000, 0x00000000 } },
	{ 0x1f, 0, { 0x00000001, 0x00000002, 0x00000100, 0x00000000 } },
	{ 0x1f, 1, { 0x00000007, 0x00000028, 0x00000201, 0x00000000 } },
	{ 0x80000000, ANY, { 0x80000008, 0x00000000, 0x00000000, 0x00000000 } },
	{ 0x80000008, ANY, { 0x00003934, 0x00000200, 0x00000000, 0x00000000 } },
};

static void test_sapphire_rapids(void **state)
{
	(void)state;
	struct fake f = { .a = spr, .n = sizeof(spr) / sizeof(spr[0]) };
	struct list l = { .len = 0 };
	int n = msrkit_cpuid_enumerate(fake_query, &f, collect, &l);

	/* 4: four caches, then type 0. 7: EAX = 2. 0xB, 0x1F: two levels.
	 * 0xD: XCR0 components 2,5,6,7,9,17,18 and IA32_XSS ones
	 * 8,10,11,12,14,15 (the subleaves AIDA64 lists too). 0xF: EDX bit 1.
	 * 0x10: EBX bits 1-3. 0x12: 0, 1, then EPC section 2 is type 0.
	 * 0x14: EAX = 1. 0x17: EAX = 0. 0x18: EAX = 8. 0x1B: type 1, then 0.
	 * 0x1D: one palette. No hypervisor (CPUID.1:ECX[31] = 0). */
	assert_string_equal(l.text,
			    "0/- 1/- 2/- 3/- 4/0 4/1 4/2 4/3 5/- 6/- 7/0 7/1 7/2 8/- 9/- a/- b/0 b/1 c/- "
			    "d/0 d/1 d/2 d/5 d/6 d/7 d/8 d/9 d/a d/b d/c d/e d/f d/11 d/12 e/- f/0 f/1 "
			    "10/0 10/1 10/2 10/3 11/- 12/0 12/1 13/- 14/0 14/1 15/- 16/- 17/0 "
			    "18/0 18/1 18/2 18/3 18/4 18/5 18/6 18/7 18/8 19/- 1a/0 1b/0 1c/- 1d/0 1d/1 1e/0 "
			    "1f/0 1f/1 20/0 "
			    "80000000/- 80000001/- 80000002/- 80000003/- 80000004/- 80000005/- 80000006/- "
			    "80000007/- 80000008/-");
	assert_int_equal(n, 78);
}

static void test_hypervisor_range(void **state)
{
	(void)state;
	/* A guest: CPUID.1:ECX[31] set; KVM's 0x40000000 with EAX 0 means
	 * 0x40000001. No extended range beyond its base. */
	static const struct answer kvm[] = {
		{ 0x0, ANY, { 0x00000001, 0x756e6547, 0x6c65746e, 0x49656e69 } },
		{ 0x1, ANY, { 0x000806f8, 0x00000800, 0x80000000, 0x00000000 } },
		{ 0x40000000, ANY, { 0x00000000, 0x4b4d564b, 0x564b4d56, 0x0000004d } },
		{ 0x80000000, ANY, { 0x80000000, 0, 0, 0 } },
	};
	static const struct answer hyperv[] = {
		{ 0x0, ANY, { 0x00000001, 0x756e6547, 0x6c65746e, 0x49656e69 } },
		{ 0x1, ANY, { 0x000806f8, 0x00000800, 0x80000000, 0x00000000 } },
		{ 0x40000000, ANY, { 0x40000003, 0x7263694d, 0x666f736f, 0x76482074 } },
		{ 0x80000000, ANY, { 0x80000000, 0, 0, 0 } },
	};
	struct fake f = { .a = kvm, .n = 4 };
	struct list l = { .len = 0 };

	assert_int_equal(msrkit_cpuid_enumerate(fake_query, &f, collect, &l), 5);
	assert_string_equal(l.text, "0/- 1/- 40000000/- 40000001/- 80000000/-");
	f.a = hyperv;
	l.len = 0;
	assert_int_equal(msrkit_cpuid_enumerate(fake_query, &f, collect, &l), 7);
	assert_string_equal(l.text, "0/- 1/- 40000000/- 40000001/- 40000002/- 40000003/- 80000000/-");
}

static void test_no_extended_range(void **state)
{
	(void)state;
	/* A Pentium-era CPU answers 0x80000000 with the data of its highest
	 * basic leaf: recorded as given, nothing more asked. */
	static const struct answer old[] = {
		{ 0x0, ANY, { 0x00000002, 0x756e6547, 0x6c65746e, 0x49656e69 } },
		{ 0x80000000, ANY, { 0x00000001, 0x00000002, 0, 0 } },
	};
	struct fake f = { .a = old, .n = 2 };
	struct list l = { .len = 0 };

	assert_int_equal(msrkit_cpuid_enumerate(fake_query, &f, collect, &l), 4);
	assert_string_equal(l.text, "0/- 1/- 2/- 80000000/-");
}

static void test_centaur_range(void **state)
{
	(void)state;
	/* Zhaoxin KX-6000 ("  Shanghai  "): the 0xC0000000 range. */
	static const struct answer zx[] = {
		{ 0x0, ANY, { 0x00000001, 0x68532020, 0x20206961, 0x68676e61 } },
		{ 0x80000000, ANY, { 0x80000000, 0, 0, 0 } },
		{ 0xc0000000, ANY, { 0xc0000002, 0, 0, 0 } },
	};
	struct fake f = { .a = zx, .n = 3 };
	struct list l = { .len = 0 };

	assert_int_equal(msrkit_cpuid_enumerate(fake_query, &f, collect, &l), 6);
	assert_string_equal(l.text, "0/- 1/- 80000000/- c0000000/- c0000001/- c0000002/-");
}

static void test_runaway_limits(void **state)
{
	(void)state;
	/* Nonsense answers: a maximum leaf of 0xFFFFFFFF-ish and a cache leaf
	 * that never ends stop at the limits. */
	static const struct answer mad[] = {
		{ 0x0, ANY, { 0x7fffffff, 0x756e6547, 0x6c65746e, 0x49656e69 } },
		{ 0x4, ANY, { 0x00000121, 0, 0, 0 } },
		{ 0x80000000, ANY, { 0x8fffffff, 0, 0, 0 } },
	};
	struct fake f = { .a = mad, .n = 3 };
	struct list l = { .len = 0 };
	int n = msrkit_cpuid_enumerate(fake_query, &f, collect, &l);

	/* Leaves 0..0xFF (256), leaf 4 with 64 subleaves (+63), 0xD and 0x12
	 * with subleaves 0 and 1 (+2), the extended base only (+1). */
	assert_int_equal(n, 256 + 63 + 2 + 1);
	assert_non_null(strstr(l.text, " 4/3f 5/-"));
	assert_non_null(strstr(l.text, " ff/- 80000000/-"));
}

static void test_missing_answers(void **state)
{
	(void)state;
	/* A source without some leaves (-ENODATA) skips them; leaf 0 must answer. */
	static const struct answer part[] = {
		{ 0x0, ANY, { 0x00000004, 0x756e6547, 0x6c65746e, 0x49656e69 } },
		{ 0x1, ANY, { 0x000006f6, 0x00020800, 0x0000e3bd, 0xbfebfbff } },
		{ 0x4, 0, { 0x04000121, 0x01c0003f, 0x0000003f, 0x00000001 } },
		{ 0x4, 1, { 0x04000122, 0x01c0003f, 0x0000003f, 0x00000001 } },
	};
	struct fake f = { .a = part, .n = 4, .nodata = true };
	struct list l = { .len = 0 };

	assert_int_equal(msrkit_cpuid_enumerate(fake_query, &f, collect, &l), 4);
	assert_string_equal(l.text, "0/- 1/- 4/0 4/1");
	f.n = 0;
	l.len = 0;
	assert_int_equal(msrkit_cpuid_enumerate(fake_query, &f, collect, &l), -ENODATA);
}

static void test_errors(void **state)
{
	(void)state;
	struct fake f = { .a = spr, .n = sizeof(spr) / sizeof(spr[0]), .fail_leaf = 0x7 };
	struct list l = { .len = 0 };

	/* A failing query stops the walk with its error. */
	assert_int_equal(msrkit_cpuid_enumerate(fake_query, &f, collect, &l), -EINVAL);
	assert_string_equal(l.text, "0/- 1/- 2/- 3/- 4/0 4/1 4/2 4/3 5/- 6/-");
	/* So does the sink. */
	f.fail_leaf = 0;
	l.len = 0;
	l.stop_after = 3;
	assert_int_equal(msrkit_cpuid_enumerate(fake_query, &f, collect, &l), -ECANCELED);
	assert_string_equal(l.text, "0/- 1/- 2/-");
	assert_int_equal(msrkit_cpuid_enumerate(NULL, &f, collect, &l), -EINVAL);
}

static void test_takes_subleaf(void **state)
{
	(void)state;
	assert_true(msrkit_cpuid_takes_subleaf(0x4));
	assert_true(msrkit_cpuid_takes_subleaf(0xd));
	assert_true(msrkit_cpuid_takes_subleaf(0x8000001d));
	assert_false(msrkit_cpuid_takes_subleaf(0x1));
	assert_false(msrkit_cpuid_takes_subleaf(0x80000008));
}

static void test_ranges(void **state)
{
	(void)state;
	struct msrkit_msr_range r[4];
	size_t n, bad;

	assert_int_equal(msrkit_msr_ranges_parse("0x0-0x1fff,0xc0000000-0xc0001fff", r, 4, &n, &bad), 0);
	assert_int_equal(n, 2);
	assert_int_equal(r[0].first, 0);
	assert_int_equal(r[0].last, 0x1fff);
	assert_int_equal(r[1].first, 0xc0000000u);
	assert_int_equal(r[1].last, 0xc0001fffu);
	assert_int_equal(msrkit_msr_ranges_parse("58,0x3A-0x3a", r, 4, &n, &bad), 0);
	assert_int_equal(n, 2);
	assert_int_equal(r[0].first, 58);
	assert_int_equal(r[0].last, 58);
	assert_int_equal(r[1].first, 0x3a);
	assert_int_equal(msrkit_msr_ranges_parse("0x10-0x5", r, 4, &n, &bad), -EDOM);
	assert_int_equal(bad, 0);
	assert_int_equal(msrkit_msr_ranges_parse("0x10,", r, 4, &n, &bad), -EINVAL);
	assert_int_equal(bad, 5);
	assert_int_equal(msrkit_msr_ranges_parse("0x10;0x20", r, 4, &n, &bad), -EINVAL);
	assert_int_equal(bad, 4);
	assert_int_equal(msrkit_msr_ranges_parse("0x100000000", r, 4, &n, &bad), -ERANGE);
	assert_int_equal(msrkit_msr_ranges_parse(" 1", r, 4, &n, &bad), -EINVAL);
	assert_int_equal(msrkit_msr_ranges_parse("", r, 4, &n, &bad), -EINVAL);
	assert_int_equal(msrkit_msr_ranges_parse("1,2,3", r, 2, &n, &bad), -ENOSPC);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_sapphire_rapids),
		cmocka_unit_test(test_hypervisor_range),
		cmocka_unit_test(test_no_extended_range),
		cmocka_unit_test(test_centaur_range),
		cmocka_unit_test(test_runaway_limits),
		cmocka_unit_test(test_missing_answers),
		cmocka_unit_test(test_errors),
		cmocka_unit_test(test_takes_subleaf),
		cmocka_unit_test(test_ranges),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

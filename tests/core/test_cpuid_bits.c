/* SPDX-License-Identifier: MIT */
/*
 * Linter and facts of the named CPUID bits: entries sorted, inside 32 bits,
 * no two covering the same bit for a common vendor, one subleaf rule per
 * leaf, names, descriptions and references present. The linter also runs on
 * small broken tables to prove it catches each mistake.
 */
#include <ctype.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include <cmocka.h>

#include <msrkit/msrkit.h>

static char msg[512];

static int failf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static int failf(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	return -1;
}

static uint32_t sub_key(const struct msrkit_cpuid_bit *e)
{
	return e->by_subleaf ? e->subleaf : 0;
}

static unsigned width_of(const struct msrkit_cpuid_bit *e)
{
	return e->width ? e->width : 1u;
}

/* <0, 0, >0 in table order: leaf, subleaf, register, lsb, vendors. */
static int order(const struct msrkit_cpuid_bit *a, const struct msrkit_cpuid_bit *b)
{
	if (a->leaf != b->leaf)
		return a->leaf < b->leaf ? -1 : 1;
	if (sub_key(a) != sub_key(b))
		return sub_key(a) < sub_key(b) ? -1 : 1;
	if (a->reg != b->reg)
		return a->reg < b->reg ? -1 : 1;
	if (a->lsb != b->lsb)
		return a->lsb < b->lsb ? -1 : 1;
	return a->vendors < b->vendors ? -1 : a->vendors > b->vendors;
}

static bool vendors_disjoint(uint32_t a, uint32_t b)
{
	return a != MSRKIT_VENDOR_ANY && b != MSRKIT_VENDOR_ANY && !(a & b);
}

static bool text_ok(const char *s)
{
	size_t i, n;

	if (!s || !*s)
		return false;
	n = strlen(s);
	if (isspace((unsigned char)s[0]) || isspace((unsigned char)s[n - 1]))
		return false;
	for (i = 0; i < n; i++)
		if ((unsigned char)s[i] < 0x20 || s[i] == 0x7f)
			return false;
	return true;
}

/* Lowercase Linux flag name: [a-z0-9_]+. */
static bool alias_ok(const char *s)
{
	if (!*s)
		return false;
	for (; *s; s++)
		if (!islower((unsigned char)*s) && !isdigit((unsigned char)*s) && *s != '_')
			return false;
	return true;
}

/* Returns 0, or -1 with msg saying what is wrong. */
static int lint(const struct msrkit_cpuid_bit *t, size_t n)
{
	size_t i, j;

	for (i = 0; i < n; i++) {
		const struct msrkit_cpuid_bit *e = &t[i];

		if (!text_ok(e->name))
			return failf("entry %zu (leaf %#x): missing or malformed name", i, e->leaf);
		if (e->reg > MSRKIT_EDX)
			return failf("%s: bad register %d", e->name, (int)e->reg);
		if (e->lsb + width_of(e) > 32)
			return failf("%s: bits %u..%u beyond 32", e->name, e->lsb, e->lsb + width_of(e) - 1);
		if (!text_ok(e->desc))
			return failf("%s: no description", e->name);
		if (!text_ok(e->ref.doc) || !text_ok(e->ref.section) || !text_ok(e->ref.title))
			return failf("%s: incomplete reference", e->name);
		if (e->alias && (!alias_ok(e->alias) || !strcasecmp(e->alias, e->name)))
			return failf("%s: alias '%s' is not a lowercase Linux name differing from the name", e->name, e->alias);
		if (e->flags & ~MSRKIT_CPUID_PER_CPU)
			return failf("%s: unknown flags %#x", e->name, e->flags);
		if (!e->by_subleaf && e->subleaf)
			return failf("%s: subleaf %u given for a leaf without subleaves", e->name, e->subleaf);
		if (i && order(&t[i - 1], e) >= 0)
			return failf("%s (leaf %#x) comes after %s (leaf %#x): keep the table sorted", e->name, e->leaf,
				     t[i - 1].name, t[i - 1].leaf);
		for (j = 0; j < i; j++) {
			const struct msrkit_cpuid_bit *p = &t[j];

			if (p->leaf != e->leaf)
				continue;
			if (p->by_subleaf != e->by_subleaf)
				return failf("leaf %#x: %s and %s disagree on whether the leaf has subleaves", e->leaf,
					     p->name, e->name);
			if (sub_key(p) != sub_key(e) || p->reg != e->reg)
				continue;
			if (p->lsb + width_of(p) > e->lsb && !vendors_disjoint(p->vendors, e->vendors))
				return failf("leaf %#x: %s and %s overlap at bit %u", e->leaf, p->name, e->name, e->lsb);
		}
	}
	return 0;
}

static void test_table_lints_clean(void **state)
{
	size_t n;
	const struct msrkit_cpuid_bit *t = msrkit_cpuid_bits(&n);

	(void)state;
	assert_true(n > 250);
	if (lint(t, n))
		fail_msg("%s", msg);
}

#define REFX { "doc", "1", "title" }

static void test_lint_catches_overlap(void **state)
{
	const struct msrkit_cpuid_bit bad[] = {
		{ .leaf = 1, .reg = MSRKIT_EBX, .lsb = 0, .width = 8, .name = "A", .desc = "a", .ref = REFX },
		{ .leaf = 1, .reg = MSRKIT_EBX, .lsb = 7, .width = 1, .name = "B", .desc = "b", .ref = REFX },
	};
	/* The same bit for vendors that never meet is fine. */
	const struct msrkit_cpuid_bit ok[] = {
		{ .leaf = 1, .reg = MSRKIT_EBX, .lsb = 7, .name = "A", .desc = "a", .vendors = MSRKIT_VENDOR_INTEL, .ref = REFX },
		{ .leaf = 1, .reg = MSRKIT_EBX, .lsb = 7, .name = "B", .desc = "b", .vendors = MSRKIT_VENDOR_AMD, .ref = REFX },
	};

	(void)state;
	assert_int_equal(lint(bad, 2), -1);
	assert_non_null(strstr(msg, "overlap at bit 7"));
	assert_int_equal(lint(ok, 2), 0);
}

static void test_lint_catches_disorder_and_gaps(void **state)
{
	const struct msrkit_cpuid_bit unsorted[] = {
		{ .leaf = 7, .subleaf = 1, .by_subleaf = true, .reg = MSRKIT_EAX, .lsb = 4, .name = "A", .desc = "a", .ref = REFX },
		{ .leaf = 7, .subleaf = 0, .by_subleaf = true, .reg = MSRKIT_EBX, .lsb = 0, .name = "B", .desc = "b", .ref = REFX },
	};
	const struct msrkit_cpuid_bit mixed[] = {
		{ .leaf = 7, .subleaf = 0, .by_subleaf = true, .reg = MSRKIT_EBX, .lsb = 0, .name = "A", .desc = "a", .ref = REFX },
		{ .leaf = 7, .reg = MSRKIT_EBX, .lsb = 1, .name = "B", .desc = "b", .ref = REFX },
	};
	const struct msrkit_cpuid_bit wide[] = {
		{ .leaf = 1, .reg = MSRKIT_EBX, .lsb = 24, .width = 9, .name = "A", .desc = "a", .ref = REFX },
	};
	const struct msrkit_cpuid_bit noref[] = {
		{ .leaf = 1, .reg = MSRKIT_EBX, .lsb = 0, .name = "A", .desc = "a" },
	};
	const struct msrkit_cpuid_bit badalias[] = {
		{ .leaf = 1, .reg = MSRKIT_ECX, .lsb = 5, .name = "VMX", .alias = "vmx", .desc = "a", .ref = REFX },
	};

	(void)state;
	assert_int_equal(lint(unsorted, 2), -1);
	assert_non_null(strstr(msg, "keep the table sorted"));
	assert_int_equal(lint(mixed, 2), -1);
	assert_non_null(strstr(msg, "disagree"));
	assert_int_equal(lint(wide, 1), -1);
	assert_non_null(strstr(msg, "beyond 32"));
	assert_int_equal(lint(noref, 1), -1);
	assert_non_null(strstr(msg, "incomplete reference"));
	assert_int_equal(lint(badalias, 1), -1);
	assert_non_null(strstr(msg, "alias"));
}

static void test_facts(void **state)
{
	const struct msrkit_cpuid_bit *e;

	(void)state;
	e = msrkit_cpuid_bit_find(0x1, 0, MSRKIT_ECX, 5, MSRKIT_VENDOR_INTEL);
	assert_non_null(e);
	assert_string_equal(e->name, "VMX");
	e = msrkit_cpuid_bit_find(0x1, 0, MSRKIT_ECX, 31, 0);
	assert_non_null(e);
	assert_string_equal(e->name, "HYPERVISOR");
	assert_null(msrkit_cpuid_bit_find(0x1, 0, MSRKIT_ECX, 16, 0));
	e = msrkit_cpuid_bit_find(0x1, 0, MSRKIT_EBX, 27, 0);
	assert_non_null(e);
	assert_int_equal(e->lsb, 24);
	assert_int_equal(e->width, 8);
	assert_true(e->flags & MSRKIT_CPUID_PER_CPU);
	e = msrkit_cpuid_bit_find(0x1, 0, MSRKIT_EBX, 9, 0);
	assert_non_null(e);
	assert_false(e->flags & MSRKIT_CPUID_PER_CPU);
	e = msrkit_cpuid_bit_find(0x7, 0, MSRKIT_EBX, 16, 0);
	assert_non_null(e);
	assert_string_equal(e->name, "AVX512F");
	/* Subleaves are told apart. */
	assert_null(msrkit_cpuid_bit_find(0x7, 1, MSRKIT_EBX, 16, 0));
	e = msrkit_cpuid_bit_find(0x7, 1, MSRKIT_EAX, 4, 0);
	assert_non_null(e);
	assert_string_equal(e->name, "AVX-VNNI");
	e = msrkit_cpuid_bit_find(0xd, 1, MSRKIT_EAX, 3, 0);
	assert_non_null(e);
	assert_string_equal(e->name, "XSAVES");
	/* The x2APIC ID is in EDX of every subleaf of 0BH. */
	e = msrkit_cpuid_bit_find(0xb, 3, MSRKIT_EDX, 31, 0);
	assert_non_null(e);
	assert_true(e->flags & MSRKIT_CPUID_PER_CPU);
	e = msrkit_cpuid_bit_find(0x8000000a, 0, MSRKIT_EDX, 3, MSRKIT_VENDOR_AMD);
	assert_non_null(e);
	assert_string_equal(e->name, "NRIPS");
	assert_null(msrkit_cpuid_bit_find(0x8000000a, 0, MSRKIT_EDX, 3, MSRKIT_VENDOR_INTEL));
	e = msrkit_cpuid_bit_find(0x80000008, 0, MSRKIT_EAX, 3, 0);
	assert_non_null(e);
	assert_string_equal(e->name, "PhysAddrSize");
	e = msrkit_cpuid_bit_find(0x80000001, 0, MSRKIT_EDX, 20, MSRKIT_VENDOR_INTEL);
	assert_non_null(e);
	assert_string_equal(e->name, "NX");
	e = msrkit_cpuid_bit_find(0xc0000001, 0, MSRKIT_EDX, 7, MSRKIT_VENDOR_CENTAUR);
	assert_non_null(e);
	assert_string_equal(e->name, "XCRYPT_EN");
	assert_true(msrkit_cpuid_reg_known(0x6, 0, MSRKIT_EAX));
	assert_false(msrkit_cpuid_reg_known(0x6, 0, MSRKIT_EBX));
	assert_false(msrkit_cpuid_reg_known(0x80000002, 0, MSRKIT_EAX));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_table_lints_clean),
		cmocka_unit_test(test_lint_catches_overlap),
		cmocka_unit_test(test_lint_catches_disorder_and_gaps),
		cmocka_unit_test(test_facts),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

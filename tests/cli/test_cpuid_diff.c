/* SPDX-License-Identifier: MIT */
/* Unit tests of diff's CPUID comparison: pairing of leaves, grouping across
 * CPUs, bit names, per-CPU identity fields, leaves and CPUs of one side. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <string.h>

#include <cmocka.h>

#include "cpuid_diff.h"

/* Leaf 0 names the vendor: "GenuineIntel". */
static void add_leaf(struct msrkit_snapshot *s, unsigned cpu, uint32_t leaf, int subleaf, uint32_t eax, uint32_t ebx,
		     uint32_t ecx, uint32_t edx)
{
	struct msrkit_snapshot_cpuid e = { .leaf = leaf, .subleaf = subleaf < 0 ? 0 : (uint32_t)subleaf,
					   .any_subleaf = subleaf < 0, .regs = { eax, ebx, ecx, edx } };

	assert_int_equal(msrkit_snapshot_add_cpuid(s, cpu, &e), 0);
}

/* An Intel CPU: leaf 0, leaf 1 with APIC ID apic and ECX ecx1, leaf 0BH subleaf 0. */
static void add_cpu(struct msrkit_snapshot *s, unsigned cpu, uint32_t apic, uint32_t ecx1, bool leaf1_explicit)
{
	add_leaf(s, cpu, 0, -1, 0xd, 0x756e6547, 0x6c65746e, 0x49656e69);
	add_leaf(s, cpu, 1, leaf1_explicit ? 0 : -1, 0x50654, 0x00100800 | (apic << 24), ecx1, 0xbfebfbff);
	add_leaf(s, cpu, 0xb, 0, 1, 2, 0x100, apic);
}

struct fixture {
	struct msrkit_snapshot *a, *b;
	struct cpuid_diff *cd;
	json_object *root;
	struct cpuid_diff_counts c;
};

static void run(struct fixture *f, bool all, const unsigned pairs[][3], size_t npairs)
{
	size_t i;

	assert_true(msrkit_snapshot_finalize(f->a) >= 0);
	assert_true(msrkit_snapshot_finalize(f->b) >= 0);
	f->cd = cpuid_diff_new(all);
	assert_non_null(f->cd);
	for (i = 0; i < npairs; i++)
		assert_true(cpuid_diff_pair(f->cd, f->a, pairs[i][0], f->b, pairs[i][1], pairs[i][2]));
	f->root = json_object_new_object();
	assert_true(cpuid_diff_report(f->cd, f->root, false, &f->c));
}

static void done(struct fixture *f)
{
	json_object_put(f->root);
	cpuid_diff_free(f->cd);
	msrkit_snapshot_free(f->a);
	msrkit_snapshot_free(f->b);
}

static json_object *entry(const struct fixture *f, size_t i)
{
	json_object *arr;

	assert_true(json_object_object_get_ex(f->root, "cpuid", &arr));
	assert_true(i < json_object_array_length(arr));
	return json_object_array_get_idx(arr, i);
}

static const char *str(json_object *o, const char *key)
{
	json_object *v;

	assert_true(json_object_object_get_ex(o, key, &v));
	return json_object_get_string(v);
}

static json_object *bit(json_object *o, size_t i)
{
	json_object *bits;

	assert_true(json_object_object_get_ex(o, "bits", &bits));
	assert_true(i < json_object_array_length(bits));
	return json_object_array_get_idx(bits, i);
}

static size_t nbits(json_object *o)
{
	json_object *bits;

	assert_true(json_object_object_get_ex(o, "bits", &bits));
	return json_object_array_length(bits);
}

static const unsigned by_number[][3] = { { 0, 0, 0 }, { 1, 1, 1 } };
/* A's CPU 0 against B's CPUs 0 and 1. */
static const unsigned one_vs_two[][3] = { { 0, 0, 0 }, { 0, 1, 1 } };

static void test_vmx_cleared_grouped(void **state)
{
	struct fixture f = { msrkit_snapshot_new(), msrkit_snapshot_new(), NULL, NULL, { 0 } };
	json_object *o;

	(void)state;
	add_cpu(f.a, 0, 0, 0x7ffefbbf, false);
	add_cpu(f.a, 1, 1, 0x7ffefbbf, false);
	/* The leaf answers every subleaf on one side, subleaf 0 on the other: the same leaf. */
	add_cpu(f.b, 0, 0, 0x7ffefb9f, true);
	add_cpu(f.b, 1, 1, 0x7ffefb9f, true);
	run(&f, false, by_number, 2);
	assert_int_equal(f.c.regs, 1);
	assert_int_equal(f.c.only[0] + f.c.only[1] + f.c.hidden, 0);
	o = entry(&f, 0);
	assert_string_equal(str(o, "leaf"), "0x00000001");
	assert_string_equal(str(o, "register"), "ecx");
	assert_string_equal(str(o, "cpus"), "0-1");
	assert_string_equal(str(o, "a"), "0x7ffefbbf");
	assert_string_equal(str(o, "b"), "0x7ffefb9f");
	assert_int_equal(nbits(o), 1);
	assert_string_equal(str(bit(o, 0), "name"), "VMX");
	assert_string_equal(str(bit(o, 0), "a"), "1");
	assert_string_equal(str(bit(o, 0), "b"), "0");
	done(&f);
}

static void test_unnamed_bits(void **state)
{
	struct fixture f = { msrkit_snapshot_new(), msrkit_snapshot_new(), NULL, NULL, { 0 } };
	json_object *o, *name;

	(void)state;
	add_cpu(f.a, 0, 0, 0x7ffefbbf, false);
	add_leaf(f.a, 0, 0x80000002, -1, 0x65746e49, 0, 0, 0);
	add_cpu(f.b, 0, 0, 0x7ffefbbf | (1u << 16), false);
	add_leaf(f.b, 0, 0x80000002, -1, 0x20444d41, 0, 0, 0);
	run(&f, false, by_number, 1);
	assert_int_equal(f.c.regs, 2);
	o = entry(&f, 0);
	assert_int_equal(nbits(o), 1);
	assert_true(json_object_object_get_ex(bit(o, 0), "name", &name));
	assert_null(name);
	assert_string_equal(str(bit(o, 0), "lsb"), "16");
	/* A brand-string register is not broken into bits. */
	o = entry(&f, 1);
	assert_string_equal(str(o, "leaf"), "0x80000002");
	assert_int_equal(nbits(o), 0);
	done(&f);
}

static void test_per_cpu_identity(void **state)
{
	struct fixture f = { msrkit_snapshot_new(), msrkit_snapshot_new(), NULL, NULL, { 0 } };

	(void)state;
	add_cpu(f.a, 0, 0, 0x7ffefbbf, false);
	add_cpu(f.b, 0, 0, 0x7ffefbbf, false);
	add_cpu(f.b, 1, 1, 0x7ffefbbf, false);
	/* CPU 0 against CPU 1: the APIC IDs (01H EBX[31:24], 0BH EDX) differ by design. */
	run(&f, false, one_vs_two, 2);
	assert_int_equal(f.c.regs, 0);
	assert_int_equal(f.c.hidden, 2);
	done(&f);

	f = (struct fixture){ msrkit_snapshot_new(), msrkit_snapshot_new(), NULL, NULL, { 0 } };
	add_cpu(f.a, 0, 0, 0x7ffefbbf, false);
	add_cpu(f.b, 0, 0, 0x7ffefbbf, false);
	add_cpu(f.b, 1, 1, 0x7ffefbbf, false);
	run(&f, true, one_vs_two, 2);
	assert_int_equal(f.c.regs, 2);
	assert_int_equal(f.c.hidden, 0);
	assert_string_equal(str(entry(&f, 0), "cpus"), "1");
	assert_string_equal(str(bit(entry(&f, 0), 0), "name"), "LocalApicId");
	assert_string_equal(str(bit(entry(&f, 0), 0), "per_cpu"), "true");
	assert_string_equal(str(bit(entry(&f, 1), 0), "name"), "x2APIC ID");
	done(&f);

	/* The same CPU number on two machines: a different APIC ID is a difference. */
	f = (struct fixture){ msrkit_snapshot_new(), msrkit_snapshot_new(), NULL, NULL, { 0 } };
	add_cpu(f.a, 0, 0, 0x7ffefbbf, false);
	add_cpu(f.b, 0, 4, 0x7ffefbbf, false);
	run(&f, false, by_number, 1);
	assert_int_equal(f.c.regs, 2);
	assert_int_equal(f.c.hidden, 0);
	done(&f);
}

static void test_one_side_only(void **state)
{
	struct fixture f = { msrkit_snapshot_new(), msrkit_snapshot_new(), NULL, NULL, { 0 } };
	json_object *o, *v;

	(void)state;
	add_cpu(f.a, 0, 0, 0x7ffefbbf, false);
	add_cpu(f.a, 1, 1, 0x7ffefbbf, false);
	add_cpu(f.b, 0, 0, 0x7ffefbbf, false);
	add_cpu(f.b, 1, 1, 0x7ffefbbf, false);
	add_leaf(f.b, 0, 0x40000000, -1, 0x40000001, 0x4b4d564b, 0x564b4d56, 0x4d);
	add_leaf(f.b, 1, 0x40000000, -1, 0x40000001, 0x4b4d564b, 0x564b4d56, 0x4d);
	add_leaf(f.a, 0, 0x7, 1, 0x10, 0, 0, 0);
	add_leaf(f.a, 1, 0x7, 1, 0x30, 0, 0, 0);
	run(&f, false, by_number, 2);
	assert_int_equal(f.c.regs, 0);
	assert_int_equal(f.c.only[0], 1);
	assert_int_equal(f.c.only[1], 1);
	o = entry(&f, 0);
	assert_string_equal(str(o, "kind"), "only_in_a");
	assert_string_equal(str(o, "subleaf"), "1");
	assert_true(json_object_object_get_ex(o, "values_differ_between_cpus", &v));
	o = entry(&f, 1);
	assert_string_equal(str(o, "kind"), "only_in_b");
	assert_string_equal(str(o, "cpus"), "0-1");
	assert_true(json_object_object_get_ex(o, "b", &v));
	assert_string_equal(str(v, "ebx"), "0x4b4d564b");
	done(&f);
}

static void test_side_without_cpuid(void **state)
{
	struct fixture f = { msrkit_snapshot_new(), msrkit_snapshot_new(), NULL, NULL, { 0 } };

	(void)state;
	assert_int_equal(msrkit_snapshot_add_cpu(f.a, 0), 0);
	assert_int_equal(msrkit_snapshot_add_cpu(f.a, 1), 0);
	add_cpu(f.b, 0, 0, 0x7ffefbbf, false);
	add_cpu(f.b, 1, 1, 0x7ffefbbf, false);
	run(&f, false, by_number, 2);
	assert_int_equal(f.c.regs + f.c.only[0] + f.c.only[1], 0);
	assert_string_equal(str(f.root, "cpuid_not_captured_in_a"), "0-1");
	done(&f);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_vmx_cleared_grouped),
		cmocka_unit_test(test_unnamed_bits),
		cmocka_unit_test(test_per_cpu_identity),
		cmocka_unit_test(test_one_side_only),
		cmocka_unit_test(test_side_without_cpuid),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

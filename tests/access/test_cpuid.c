/* SPDX-License-Identifier: MIT */
/*
 * CPUID: the instruction on a chosen CPU, and binding a struct msrkit_cpu to
 * a backend. The identification fixtures are CPUID leaves of real CPUs
 * (AIDA64 dumps of an Intel Core i7-6xxx "Skylake" and an AMD Ryzen 7000
 * "Raphael"), with the identity those leaves define.
 */
#include <errno.h>
#include <sched.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "msrkit/access.h"
#include "msrkit/cpu.h"
#include "msrkit/db.h"

struct leaf {
	uint32_t leaf;
	uint32_t regs[4];
};

/* CPUID 0, 1, 0x80000000, 0x80000008 of logical CPU 0. */
static const struct leaf skylake[] = {
	{ 0x00000000, { 0x00000016, 0x756E6547, 0x6C65746E, 0x49656E69 } },
	{ 0x00000001, { 0x000506E3, 0x00100800, 0x7FFAFBFF, 0xBFEBFBFF } },
	{ 0x80000000, { 0x80000008, 0x00000000, 0x00000000, 0x00000000 } },
	{ 0x80000008, { 0x00003027, 0x00000000, 0x00000000, 0x00000000 } },
};

static const struct leaf raphael[] = {
	{ 0x00000000, { 0x00000010, 0x68747541, 0x444D4163, 0x69746E65 } },
	{ 0x00000001, { 0x00A60F12, 0x000C0800, 0x7EF8320B, 0x178BFBFF } },
	{ 0x80000000, { 0x80000028, 0x68747541, 0x444D4163, 0x69746E65 } },
	{ 0x80000008, { 0x00003030, 0x191EF257, 0x0000400B, 0x00010000 } },
};

static struct msrkit_backend with_leaves(const struct leaf *l, size_t n)
{
	struct msrkit_backend b;
	struct msrkit_cpuset cpus;

	assert_int_equal(msrkit_cpuset_parse("0-1", &cpus, NULL), 0);
	assert_int_equal(msrkit_backend_mem_open(&b, &cpus), 0);
	for (size_t i = 0; i < n; i++)
		assert_int_equal(msrkit_mem_set_cpuid(&b, MSRKIT_MEM_ANY_CPU, l[i].leaf, 0, l[i].regs), 0);
	return b;
}

static void test_identify_skylake(void **state)
{
	(void)state;
	struct msrkit_backend b = with_leaves(skylake, 4);
	struct msrkit_cpu_source src;
	struct msrkit_cpu cpu;
	uint64_t v;

	assert_int_equal(msrkit_mem_set(&b, 1, 0x3a, 0x5), 0);
	assert_int_equal(msrkit_cpu_bind(&cpu, &src, &b, 1), 0);
	assert_int_equal(cpu.vendor, MSRKIT_VENDOR_INTEL);
	assert_int_equal(cpu.family, 6);
	assert_int_equal(cpu.model, 0x5e);
	assert_int_equal(cpu.stepping, 3);
	assert_int_equal(cpu.maxphyaddr, 39);
	/* the callbacks reach CPU 1 of the backend */
	assert_int_equal(cpu.rdmsr(cpu.ctx, 0x3a, &v), 0);
	assert_int_equal(v, 5);
	assert_int_equal(cpu.rdmsr(cpu.ctx, 0x480, &v), -MSRKIT_EIO);
	msrkit_backend_close(&b);
}

static void test_identify_raphael(void **state)
{
	(void)state;
	struct msrkit_backend b = with_leaves(raphael, 4);
	struct msrkit_cpu_source src;
	struct msrkit_cpu cpu;

	assert_int_equal(msrkit_cpu_bind(&cpu, &src, &b, 0), 0);
	assert_int_equal(cpu.vendor, MSRKIT_VENDOR_AMD);
	assert_int_equal(cpu.family, 0x19);
	assert_int_equal(cpu.model, 0x61);
	assert_int_equal(cpu.stepping, 2);
	assert_int_equal(cpu.maxphyaddr, 48);
	msrkit_backend_close(&b);
}

static void test_identify_unknown(void **state)
{
	(void)state;
	struct msrkit_backend b = with_leaves(skylake, 0);
	struct msrkit_cpu_source src;
	struct msrkit_cpu cpu;
	uint32_t r[4];

	/* no leaves captured: usable, but unidentified */
	assert_int_equal(msrkit_cpu_bind(&cpu, &src, &b, 0), -ENODATA);
	assert_int_equal(cpu.family, 0);
	assert_non_null(cpu.cpuid);
	assert_false(cpu.cpuid(cpu.ctx, 0, 0, r));
	msrkit_backend_close(&b);
}

static void test_cache(void **state)
{
	(void)state;
	struct msrkit_backend b = with_leaves(skylake, 4);
	struct msrkit_cpu_source src;
	struct msrkit_cpu cpu;
	uint32_t r[4];

	assert_int_equal(msrkit_cpu_bind(&cpu, &src, &b, 0), 0);
	/* From now on every CPUID on the backend fails: answers come from
	 * the cache, and leaves never asked stay unknown. */
	assert_int_equal(msrkit_mem_add_fault(&b, &(struct msrkit_mem_fault){ .cpu = MSRKIT_MEM_ANY_CPU,
									  .on = MSRKIT_MEM_FAULT_CPUID, .err = -ENXIO }),
			 0);
	assert_true(cpu.cpuid(cpu.ctx, 1, 0, r));
	assert_int_equal(r[0], 0x000506E3);
	assert_true(cpu.cpuid(cpu.ctx, 0x80000008, 0, r));
	assert_int_equal(r[0], 0x3027);
	assert_false(cpu.cpuid(cpu.ctx, 7, 0, r));
	msrkit_backend_close(&b);
}

/* Is cpu in this process's affinity mask? */
static bool allowed(unsigned cpu)
{
	cpu_set_t set;

	assert_int_equal(sched_getaffinity(0, sizeof(set), &set), 0);
	return cpu < CPU_SETSIZE && CPU_ISSET(cpu, &set);
}

static void test_instruction(void **state)
{
	(void)state;
	uint32_t here[4], there[4];
	cpu_set_t before, after;
	int cpu;

	assert_int_equal(msrkit_cpuid_local(0, 0, here), 0);
	assert_true(here[0] >= 1); /* every x86-64 CPU has leaf 1 */
	assert_int_equal(sched_getaffinity(0, sizeof(before), &before), 0);
	for (cpu = 0; cpu < 4; cpu++) {
		int rc = msrkit_cpuid_on((unsigned)cpu, 0, 0, there);

		if (!allowed((unsigned)cpu)) {
			assert_int_equal(rc, -EINVAL);
			continue;
		}
		assert_int_equal(rc, 0);
		/* the vendor string is the same on every CPU of a machine */
		assert_memory_equal(&here[1], &there[1], 12);
	}
	/* the caller's own affinity is untouched */
	assert_int_equal(sched_getaffinity(0, sizeof(after), &after), 0);
	assert_true(CPU_EQUAL(&before, &after));
	assert_int_equal(msrkit_cpuid_on(8191, 0, 0, there), -EINVAL);
	assert_int_equal(msrkit_cpuid_on(9000, 0, 0, there), -EINVAL);
}

/* Pinned CPUID really runs on the CPU asked for: two CPUs give two APIC IDs. */
static void test_apic_ids_differ(void **state)
{
	(void)state;
	uint32_t a[4], b[4];
	unsigned first = 9999, second = 9999;

	for (unsigned c = 0; c < CPU_SETSIZE && second == 9999; c++) {
		if (!allowed(c))
			continue;
		if (first == 9999)
			first = c;
		else
			second = c;
	}
	if (second == 9999)
		skip(); /* a single allowed CPU */
	assert_int_equal(msrkit_cpuid_on(first, 1, 0, a), 0);
	assert_int_equal(msrkit_cpuid_on(second, 1, 0, b), 0);
	/* CPUID.01H:EBX[31:24], the initial APIC ID, is unique per logical CPU */
	assert_int_not_equal(a[1] >> 24, b[1] >> 24);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_identify_skylake),
		cmocka_unit_test(test_identify_raphael),
		cmocka_unit_test(test_identify_unknown),
		cmocka_unit_test(test_cache),
		cmocka_unit_test(test_instruction),
		cmocka_unit_test(test_apic_ids_differ),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

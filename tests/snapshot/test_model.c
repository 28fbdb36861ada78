/* SPDX-License-Identifier: MIT */
/* The in-memory snapshot: adding, finalizing, lookups, metadata, backend. */
#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include <msrkit/snapshot.h>

#include "fixture.h"

static void add_msr(struct msrkit_snapshot *s, unsigned cpu, uint32_t address, uint64_t value, int err)
{
	struct msrkit_snapshot_msr e = { .address = address, .value = value, .err = err };

	assert_int_equal(msrkit_snapshot_add_msr(s, cpu, &e), 0);
}

static void add_cpuid(struct msrkit_snapshot *s, unsigned cpu, uint32_t leaf, uint32_t sub, bool any, uint32_t eax)
{
	struct msrkit_snapshot_cpuid e = { .leaf = leaf, .subleaf = sub, .any_subleaf = any,
		                           .regs = { eax, eax + 1, eax + 2, eax + 3 } };

	assert_int_equal(msrkit_snapshot_add_cpuid(s, cpu, &e), 0);
}

static void test_lookup_and_last_wins(void **state)
{
	struct msrkit_snapshot *s = msrkit_snapshot_new();
	uint64_t v = 0;
	uint32_t r[4];
	size_t n;
	const struct msrkit_snapshot_msr *m;

	(void)state;
	assert_non_null(s);
	assert_int_equal(msrkit_snapshot_origin(s), MSRKIT_ORIGIN_MEMORY);
	/* Out of order, with repeated samples of 0xE7 (the last stands). */
	add_msr(s, 3, 0x480, 0x03DA050000000013ull, 0);
	add_msr(s, 3, 0xE7, 0x00000016E3FC01BCull, 0);
	add_msr(s, 3, 0xE7, 0x00000016E52629EAull, 0);
	add_msr(s, 3, 0x49, 0, -EIO);
	add_msr(s, 3, 0xE7, 0x00000016E85DD78Aull, 0);
	add_msr(s, 1, 0x1B, 0xFEE00900, 0);

	/* Before finalize, lookups already answer (last entry wins). */
	assert_int_equal(msrkit_snapshot_read_msr(s, 3, 0xE7, &v), 0);
	assert_int_equal(v, 0x00000016E85DD78Aull);
	n = 1;
	assert_int_equal(msrkit_snapshot_write_text(s, stdout), -EINVAL);

	assert_int_equal(msrkit_snapshot_finalize(s), 2);
	assert_int_equal(msrkit_snapshot_finalize(s), 0);
	assert_int_equal(msrkit_snapshot_read_msr(s, 3, 0xE7, &v), 0);
	assert_int_equal(v, 0x00000016E85DD78Aull);
	assert_int_equal(msrkit_snapshot_read_msr(s, 3, 0x480, &v), 0);
	assert_int_equal(v, 0x03DA050000000013ull);
	assert_int_equal(msrkit_snapshot_read_msr(s, 3, 0x49, &v), -EIO);
	assert_int_equal(msrkit_snapshot_read_msr(s, 3, 0x3A, &v), -ENOENT);
	assert_int_equal(msrkit_snapshot_read_msr(s, 2, 0x1B, &v), -ENXIO);
	assert_int_equal(msrkit_snapshot_read_msr(s, 1, 0x1B, &v), 0);
	assert_int_equal(v, 0xFEE00900);

	m = msrkit_snapshot_msrs(s, 3, &n);
	assert_int_equal(n, 3);
	assert_int_equal(m[0].address, 0x49);
	assert_int_equal(m[0].err, -EIO);
	assert_int_equal(m[0].value, 0);
	assert_int_equal(m[1].address, 0xE7);
	assert_int_equal(m[2].address, 0x480);
	assert_null(msrkit_snapshot_msrs(s, 7, &n));
	assert_int_equal(n, 0);

	assert_int_equal(msrkit_snapshot_cpuid(s, 3, 0, 0, r), -ENODATA);
	assert_int_equal(msrkit_snapshot_cpuid(s, 9, 0, 0, r), -ENXIO);
	msrkit_snapshot_free(s);
}

static void test_cpuid_subleaves(void **state)
{
	struct msrkit_snapshot *s = msrkit_snapshot_new();
	const struct msrkit_snapshot_cpuid *c;
	uint32_t r[4];
	size_t n;

	(void)state;
	add_cpuid(s, 0, 0x4, 1, false, 0x410);
	add_cpuid(s, 0, 0x4, 0, false, 0x400);
	add_cpuid(s, 0, 0x1, 0, true, 0x100);
	add_cpuid(s, 0, 0x80000008, 0, true, 0x800);
	assert_int_equal(msrkit_snapshot_finalize(s), 0);

	/* A leaf that ignores ECX answers every subleaf. */
	assert_int_equal(msrkit_snapshot_cpuid(s, 0, 0x1, 5, r), 0);
	assert_int_equal(r[0], 0x100);
	assert_int_equal(r[3], 0x103);
	assert_int_equal(msrkit_snapshot_cpuid(s, 0, 0x4, 1, r), 0);
	assert_int_equal(r[0], 0x410);
	assert_int_equal(msrkit_snapshot_cpuid(s, 0, 0x4, 2, r), -ENODATA);
	assert_int_equal(msrkit_snapshot_cpuid(s, 0, 0x80000008, 0, r), 0);
	assert_int_equal(r[0], 0x800);

	c = msrkit_snapshot_cpuids(s, 0, &n);
	assert_int_equal(n, 4);
	assert_int_equal(c[0].leaf, 0x1);
	assert_true(c[0].any_subleaf);
	assert_int_equal(c[1].leaf, 0x4);
	assert_int_equal(c[1].subleaf, 0);
	assert_int_equal(c[2].subleaf, 1);
	assert_int_equal(c[3].leaf, 0x80000008);
	msrkit_snapshot_free(s);
}

static void test_invalid_adds(void **state)
{
	struct msrkit_snapshot *s = msrkit_snapshot_new();
	struct msrkit_snapshot_msr m = { .address = 0x10, .err = -ENOMEM };
	struct msrkit_snapshot_cpuid c = { .leaf = 1, .subleaf = 3, .any_subleaf = true };

	(void)state;
	assert_int_equal(msrkit_snapshot_add_msr(s, 0, &m), -EINVAL);
	m.err = 0;
	assert_int_equal(msrkit_snapshot_add_msr(s, MSRKIT_CPUSET_MAX, &m), -EINVAL);
	assert_int_equal(msrkit_snapshot_add_cpu(s, MSRKIT_CPUSET_MAX), -EINVAL);
	assert_int_equal(msrkit_snapshot_add_cpuid(s, 0, &c), -EINVAL);
	assert_int_equal(msrkit_snapshot_cpu_count(s), 0);
	/* A CPU can exist with nothing captured. */
	assert_int_equal(msrkit_snapshot_add_cpu(s, MSRKIT_CPUSET_MAX - 1), 0);
	assert_int_equal(msrkit_snapshot_add_cpu(s, 5), 0);
	assert_int_equal(msrkit_snapshot_add_cpu(s, 5), 0);
	assert_int_equal(msrkit_snapshot_cpu_count(s), 2);
	msrkit_snapshot_free(s);
	msrkit_snapshot_free(NULL);
}

static void test_metadata(void **state)
{
	struct msrkit_snapshot *s = msrkit_snapshot_new();
	char big[1100];

	(void)state;
	assert_string_equal(msrkit_snapshot_meta_name(MSRKIT_META_TIME), "time");
	assert_string_equal(msrkit_snapshot_meta_name(MSRKIT_META_KERNEL), "kernel");
	assert_string_equal(msrkit_snapshot_meta_name(MSRKIT_META_SOURCE), "source");
	assert_null(msrkit_snapshot_meta_name((enum msrkit_snapshot_meta)MSRKIT_META_COUNT));
	assert_null(msrkit_snapshot_get_meta(s, MSRKIT_META_HOST));
	assert_int_equal(msrkit_snapshot_set_meta(s, MSRKIT_META_HOST, "lab-spr-01"), 0);
	assert_string_equal(msrkit_snapshot_get_meta(s, MSRKIT_META_HOST), "lab-spr-01");
	assert_int_equal(msrkit_snapshot_set_meta(s, MSRKIT_META_HOST, "Z\xc3\xbcrich  lab"), 0);
	assert_string_equal(msrkit_snapshot_get_meta(s, MSRKIT_META_HOST), "Z\xc3\xbcrich  lab");
	/* Values that would not survive the file formats. */
	assert_int_equal(msrkit_snapshot_set_meta(s, MSRKIT_META_HOST, ""), -EINVAL);
	assert_int_equal(msrkit_snapshot_set_meta(s, MSRKIT_META_HOST, " lead"), -EINVAL);
	assert_int_equal(msrkit_snapshot_set_meta(s, MSRKIT_META_HOST, "trail "), -EINVAL);
	assert_int_equal(msrkit_snapshot_set_meta(s, MSRKIT_META_HOST, "two\nlines"), -EINVAL);
	assert_int_equal(msrkit_snapshot_set_meta(s, MSRKIT_META_HOST, "tab\there"), -EINVAL);
	assert_int_equal(msrkit_snapshot_set_meta(s, MSRKIT_META_HOST, "latin1 \xfc"), -EINVAL);
	assert_int_equal(msrkit_snapshot_set_meta(s, MSRKIT_META_HOST, "overlong \xc0\xaf"), -EINVAL);
	memset(big, 'a', sizeof(big) - 1);
	big[sizeof(big) - 1] = '\0';
	assert_int_equal(msrkit_snapshot_set_meta(s, MSRKIT_META_HOST, big), -EINVAL);
	assert_int_equal(msrkit_snapshot_set_meta(s, (enum msrkit_snapshot_meta)6, "x"), -EINVAL);
	/* The old value stays after a rejected one; NULL clears. */
	assert_string_equal(msrkit_snapshot_get_meta(s, MSRKIT_META_HOST), "Z\xc3\xbcrich  lab");
	assert_int_equal(msrkit_snapshot_set_meta(s, MSRKIT_META_HOST, NULL), 0);
	assert_null(msrkit_snapshot_get_meta(s, MSRKIT_META_HOST));
	msrkit_snapshot_free(s);
}

static void test_errnames(void **state)
{
	(void)state;
	assert_string_equal(msrkit_snapshot_errname(-EIO), "eio");
	assert_string_equal(msrkit_snapshot_errname(-EPERM), "eperm");
	assert_string_equal(msrkit_snapshot_errname(-EACCES), "eacces");
	assert_string_equal(msrkit_snapshot_errname(-ENOENT), "enoent");
	assert_null(msrkit_snapshot_errname(0));
	assert_null(msrkit_snapshot_errname(-ENOMEM));
	assert_null(msrkit_snapshot_errname(EIO));
}

static void test_backend(void **state)
{
	struct msrkit_snapshot *s = fixture_load("sapphire_rapids.txt");
	struct msrkit_backend b;
	struct msrkit_cpuset set;
	struct msrkit_op ops[3] = {
		{ .cpu = 0, .address = 0x480 },
		{ .cpu = 1, .address = 0x49 },
		{ .cpu = 2, .address = 0x480 },
	};
	uint64_t v = 0;
	uint32_t r[4];

	(void)state;
	assert_int_equal(msrkit_snapshot_backend(NULL, &b), -EINVAL);
	assert_int_equal(msrkit_snapshot_backend(s, &b), 0);
	assert_string_equal(b.ops->name, "snapshot");
	assert_int_equal(b.ops->read(&b, 0, 0x480, &v), 0);
	assert_int_equal(v, 0x03DA050000000013ull);
	assert_int_equal(b.ops->read(&b, 0, 0x49, &v), -EIO);
	assert_int_equal(b.ops->read(&b, 0, 0x12345678, &v), -ENOENT);
	assert_int_equal(b.ops->read(&b, 5, 0x480, &v), -ENXIO);
	assert_int_equal(b.ops->write(&b, 0, 0x480, 0), -EROFS);

	assert_int_equal(b.ops->batch(&b, ops, 3, false), 0);
	assert_int_equal(ops[0].err, 0);
	assert_int_equal(ops[0].value, 0x03DA050000000013ull);
	assert_int_equal(ops[1].err, -EIO);
	assert_int_equal(ops[2].err, -ENXIO);
	assert_int_equal(b.ops->batch(&b, ops, 1, true), 0);
	assert_int_equal(ops[0].err, -EROFS);

	assert_int_equal(b.ops->cpuid(&b, 1, 0xB, 1, r), 0);
	assert_int_equal(r[0], 0x00000007);
	assert_int_equal(r[1], 0x00000028);
	assert_int_equal(r[2], 0x00000201);
	assert_int_equal(r[3], 0x00000001); /* x2APIC ID of CPU 1 */
	assert_int_equal(b.ops->cpuid(&b, 0, 0x14, 0, r), -ENODATA);

	assert_int_equal(b.ops->cpus(&b, &set), 0);
	assert_int_equal(set.bits[0], 0x3);
	assert_int_equal(set.bits[1], 0);
	b.ops->close(&b);
	msrkit_snapshot_free(s);
}

static void test_cpu_identity(void **state)
{
	struct msrkit_snapshot *s = fixture_load("sapphire_rapids.txt");
	struct msrkit_cpu cpu;
	uint32_t r[4];
	uint64_t v = 0;

	(void)state;
	assert_int_equal(msrkit_snapshot_cpu(s, 4, &cpu), -ENXIO);
	assert_int_equal(msrkit_snapshot_cpu(s, 1, &cpu), 0);
	assert_int_equal(cpu.vendor, MSRKIT_VENDOR_INTEL);
	assert_int_equal(cpu.family, 6);
	assert_int_equal(cpu.model, 0x8F);
	assert_int_equal(cpu.stepping, 8);
	assert_int_equal(cpu.maxphyaddr, 52);
	assert_true(cpu.cpuid(cpu.ctx, 0x80000008, 0, r));
	assert_int_equal(r[0], 0x3934);
	assert_false(cpu.cpuid(cpu.ctx, 0x80000007, 0, r));
	assert_int_equal(cpu.rdmsr(cpu.ctx, 0x480, &v), 0);
	assert_int_equal(v, 0x03DA050000000013ull);
	assert_int_equal(cpu.rdmsr(cpu.ctx, 0x49, &v), -EIO);
	assert_int_equal(cpu.rdmsr(cpu.ctx, 0x600, &v), -ENOENT);
	msrkit_snapshot_free(s);
}

static void test_cpu_without_cpuid(void **state)
{
	struct msrkit_snapshot *s = msrkit_snapshot_new();
	struct msrkit_cpu cpu;

	(void)state;
	add_msr(s, 2, 0x3A, 0x5, 0);
	assert_int_equal(msrkit_snapshot_finalize(s), 0);
	assert_int_equal(msrkit_snapshot_cpu(s, 2, &cpu), 0);
	assert_int_equal(cpu.vendor, 0);
	assert_int_equal(cpu.family, 0);
	assert_int_equal(cpu.maxphyaddr, 0);
	msrkit_snapshot_free(s);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_lookup_and_last_wins),
		cmocka_unit_test(test_cpuid_subleaves),
		cmocka_unit_test(test_invalid_adds),
		cmocka_unit_test(test_metadata),
		cmocka_unit_test(test_errnames),
		cmocka_unit_test(test_backend),
		cmocka_unit_test(test_cpu_identity),
		cmocka_unit_test(test_cpu_without_cpuid),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

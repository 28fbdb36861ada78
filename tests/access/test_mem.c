/* SPDX-License-Identifier: MIT */
/*
 * The in-memory backend: values per CPU, hardware write masks, every
 * injected error class, the write log, CPUID leaves, and batch semantics
 * through the generic loop.
 */
#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "msrkit/access.h"

#define IA32_MISC_ENABLE 0x1a0u
#define IA32_PAT 0x277u

static struct msrkit_backend open4(void)
{
	struct msrkit_backend b;
	struct msrkit_cpuset cpus;

	assert_int_equal(msrkit_cpuset_parse("0-3", &cpus, NULL), 0);
	assert_int_equal(msrkit_backend_mem_open(&b, &cpus), 0);
	assert_string_equal(msrkit_backend_name(&b), "memory");
	return b;
}

static void test_values(void **state)
{
	(void)state;
	struct msrkit_backend b = open4();
	struct msrkit_cpuset cpus;
	uint64_t v;

	assert_int_equal(msrkit_mem_set(&b, MSRKIT_MEM_ANY_CPU, IA32_PAT, 0x0007040600070406u), 0);
	assert_int_equal(msrkit_mem_set(&b, 2, IA32_MISC_ENABLE, 0x850089), 0);
	for (unsigned c = 0; c < 4; c++) {
		assert_int_equal(msrkit_backend_read(&b, c, IA32_PAT, &v), 0);
		assert_int_equal(v, 0x0007040600070406u);
	}
	assert_int_equal(msrkit_backend_read(&b, 2, IA32_MISC_ENABLE, &v), 0);
	assert_int_equal(v, 0x850089);
	/* never set: the CPU would raise #GP */
	assert_int_equal(msrkit_backend_read(&b, 1, IA32_MISC_ENABLE, &v), -EIO);
	/* outside the set: no such CPU */
	assert_int_equal(msrkit_backend_read(&b, 4, IA32_PAT, &v), -ENXIO);
	assert_int_equal(msrkit_mem_set(&b, 4, IA32_PAT, 0), -EINVAL);
	assert_int_equal(msrkit_mem_read_count(&b), 7);

	assert_int_equal(msrkit_backend_write(&b, 1, IA32_PAT, 0x0606060606060606u), 0);
	assert_int_equal(msrkit_mem_get(&b, 1, IA32_PAT, &v), 0);
	assert_int_equal(v, 0x0606060606060606u);
	assert_int_equal(msrkit_mem_get(&b, 0, IA32_PAT, &v), 0);
	assert_int_equal(v, 0x0007040600070406u);
	assert_int_equal(msrkit_mem_get(&b, 0, 0x12345678, &v), -ENOENT);
	assert_int_equal(msrkit_backend_write(&b, 0, 0x12345678, 1), -EIO);
	assert_int_equal(msrkit_backend_write(&b, 7, IA32_PAT, 1), -ENXIO);

	assert_int_equal(msrkit_backend_cpus(&b, &cpus), 0);
	assert_int_equal(msrkit_cpuset_count(&cpus), 4);
	msrkit_backend_close(&b);
	assert_null(b.ops);
	assert_string_equal(msrkit_backend_name(&b), "none");
	msrkit_backend_close(&b); /* closing twice is harmless */
	assert_int_equal(msrkit_backend_read(&b, 0, IA32_PAT, &v), -EINVAL);
}

static void test_writable_mask(void **state)
{
	(void)state;
	struct msrkit_backend b = open4();
	uint64_t v;

	/* Only bits 7:0 take a write; the rest keep their value. */
	assert_int_equal(msrkit_mem_set(&b, 0, 0x199, 0x1200), 0);
	assert_int_equal(msrkit_mem_set_writable(&b, 0, 0x199, 0xff), 0);
	assert_int_equal(msrkit_backend_write(&b, 0, 0x199, 0xffff), 0);
	assert_int_equal(msrkit_backend_read(&b, 0, 0x199, &v), 0);
	assert_int_equal(v, 0x12ff);
	assert_int_equal(msrkit_mem_set_writable(&b, 1, 0x199, 0xff), -ENOENT);
	msrkit_backend_close(&b);
}

static void test_write_log(void **state)
{
	(void)state;
	struct msrkit_backend b = open4();
	const struct msrkit_mem_write *log;

	assert_int_equal(msrkit_mem_set(&b, MSRKIT_MEM_ANY_CPU, IA32_PAT, 0), 0);
	assert_int_equal(msrkit_mem_write_log(&b, &log), 0);
	assert_int_equal(msrkit_backend_write(&b, 3, IA32_PAT, 0x11), 0);
	assert_int_equal(msrkit_backend_write(&b, 1, 0x999, 0x22), -EIO);
	assert_int_equal(msrkit_backend_write(&b, 0, IA32_PAT, 0x33), 0);
	assert_int_equal(msrkit_mem_write_log(&b, &log), 3);
	assert_int_equal(log[0].cpu, 3);
	assert_int_equal(log[0].address, IA32_PAT);
	assert_int_equal(log[0].value, 0x11);
	assert_int_equal(log[0].err, 0);
	assert_int_equal(log[1].cpu, 1);
	assert_int_equal(log[1].address, 0x999);
	assert_int_equal(log[1].err, -EIO);
	assert_int_equal(log[2].value, 0x33);
	msrkit_mem_clear_log(&b);
	assert_int_equal(msrkit_mem_write_log(&b, NULL), 0);
	msrkit_backend_close(&b);
}

static void test_fault_eio(void **state)
{
	(void)state;
	struct msrkit_backend b = open4();
	uint64_t v;

	assert_int_equal(msrkit_mem_set(&b, MSRKIT_MEM_ANY_CPU, IA32_MISC_ENABLE, 0x850089), 0);
	/* EIO on reads of one register of CPU 2 only */
	assert_int_equal(msrkit_mem_add_fault(&b, &(struct msrkit_mem_fault){ .cpu = 2, .address = IA32_MISC_ENABLE,
									  .on = MSRKIT_MEM_FAULT_READ, .err = -EIO }),
			 0);
	assert_int_equal(msrkit_backend_read(&b, 2, IA32_MISC_ENABLE, &v), -EIO);
	assert_int_equal(msrkit_backend_read(&b, 1, IA32_MISC_ENABLE, &v), 0);
	assert_int_equal(v, 0x850089);
	/* writes to it still work */
	assert_int_equal(msrkit_backend_write(&b, 2, IA32_MISC_ENABLE, 0x850088), 0);
	assert_int_equal(msrkit_mem_get(&b, 2, IA32_MISC_ENABLE, &v), 0);
	assert_int_equal(v, 0x850088);

	/* EIO on writes of CPU 3: the value stays */
	assert_int_equal(msrkit_mem_add_fault(&b, &(struct msrkit_mem_fault){ .cpu = 3, .address = IA32_MISC_ENABLE,
									  .on = MSRKIT_MEM_FAULT_WRITE, .err = -EIO }),
			 0);
	assert_int_equal(msrkit_backend_write(&b, 3, IA32_MISC_ENABLE, 0), -EIO);
	assert_int_equal(msrkit_mem_get(&b, 3, IA32_MISC_ENABLE, &v), 0);
	assert_int_equal(v, 0x850089);

	msrkit_mem_clear_faults(&b);
	assert_int_equal(msrkit_backend_read(&b, 2, IA32_MISC_ENABLE, &v), 0);
	msrkit_backend_close(&b);
}

static void test_fault_enxio_cpu(void **state)
{
	(void)state;
	struct msrkit_backend b = open4();
	uint32_t regs[4] = { 0x16, 0x756e6547, 0x6c65746e, 0x49656e69 };
	uint64_t v;

	assert_int_equal(msrkit_mem_set(&b, MSRKIT_MEM_ANY_CPU, IA32_PAT, 7), 0);
	assert_int_equal(msrkit_mem_set_cpuid(&b, MSRKIT_MEM_ANY_CPU, 0, 0, regs), 0);
	/* CPU 1 went offline: everything on it fails with ENXIO */
	assert_int_equal(msrkit_mem_add_fault(&b, &(struct msrkit_mem_fault){
							  .cpu = 1, .any_address = true, .err = -ENXIO,
							  .on = MSRKIT_MEM_FAULT_READ | MSRKIT_MEM_FAULT_WRITE |
								MSRKIT_MEM_FAULT_CPUID }),
			 0);
	assert_int_equal(msrkit_backend_read(&b, 1, IA32_PAT, &v), -ENXIO);
	assert_int_equal(msrkit_backend_read(&b, 1, 0x10, &v), -ENXIO);
	assert_int_equal(msrkit_backend_write(&b, 1, IA32_PAT, 6), -ENXIO);
	assert_int_equal(msrkit_backend_cpuid(&b, 1, 0, 0, regs), -ENXIO);
	assert_int_equal(msrkit_backend_read(&b, 0, IA32_PAT, &v), 0);
	assert_int_equal(msrkit_backend_cpuid(&b, 0, 0, 0, regs), 0);
	assert_int_equal(regs[1], 0x756e6547);
	msrkit_backend_close(&b);
}

static void test_fault_eperm_writes(void **state)
{
	(void)state;
	struct msrkit_backend b = open4();
	uint64_t v;

	/* allow_writes=off or lockdown: every write fails, reads work */
	assert_int_equal(msrkit_mem_set(&b, MSRKIT_MEM_ANY_CPU, IA32_PAT, 7), 0);
	assert_int_equal(msrkit_mem_add_fault(&b, &(struct msrkit_mem_fault){ .cpu = MSRKIT_MEM_ANY_CPU,
									  .any_address = true,
									  .on = MSRKIT_MEM_FAULT_WRITE, .err = -EPERM }),
			 0);
	for (unsigned c = 0; c < 4; c++) {
		assert_int_equal(msrkit_backend_write(&b, c, IA32_PAT, 6), -EPERM);
		assert_int_equal(msrkit_backend_read(&b, c, IA32_PAT, &v), 0);
		assert_int_equal(v, 7);
	}
	msrkit_backend_close(&b);
}

static void test_fault_short_read(void **state)
{
	(void)state;
	struct msrkit_backend b = open4();
	uint64_t v = 0xdead;

	assert_int_equal(msrkit_mem_set(&b, MSRKIT_MEM_ANY_CPU, IA32_PAT, 7), 0);
	assert_int_equal(msrkit_mem_add_fault(&b, &(struct msrkit_mem_fault){ .cpu = 0, .address = IA32_PAT,
									  .on = MSRKIT_MEM_FAULT_READ,
									  .short_io = true }),
			 0);
	assert_int_equal(msrkit_backend_read(&b, 0, IA32_PAT, &v), -EIO);
	assert_int_equal(v, 0xdead); /* untouched on failure */
	msrkit_backend_close(&b);
}

static void test_fault_skip_times(void **state)
{
	(void)state;
	struct msrkit_backend b = open4();
	uint64_t v;

	assert_int_equal(msrkit_mem_set(&b, MSRKIT_MEM_ANY_CPU, IA32_PAT, 7), 0);
	/* the 2nd and 3rd reads fail, then it works again */
	assert_int_equal(msrkit_mem_add_fault(&b, &(struct msrkit_mem_fault){ .cpu = 0, .address = IA32_PAT,
									  .on = MSRKIT_MEM_FAULT_READ, .err = -EIO,
									  .skip = 1, .times = 2 }),
			 0);
	assert_int_equal(msrkit_backend_read(&b, 0, IA32_PAT, &v), 0);
	assert_int_equal(msrkit_backend_read(&b, 0, IA32_PAT, &v), -EIO);
	assert_int_equal(msrkit_backend_read(&b, 0, IA32_PAT, &v), -EIO);
	assert_int_equal(msrkit_backend_read(&b, 0, IA32_PAT, &v), 0);
	assert_int_equal(msrkit_backend_read(&b, 0, IA32_PAT, &v), 0);
	msrkit_backend_close(&b);
}

static void test_fault_invalid(void **state)
{
	(void)state;
	struct msrkit_backend b = open4();
	struct msrkit_backend other = { 0 };

	assert_int_equal(msrkit_mem_add_fault(&b, &(struct msrkit_mem_fault){ .on = MSRKIT_MEM_FAULT_READ, .err = 0 }),
			 -EINVAL);
	assert_int_equal(msrkit_mem_add_fault(&b, &(struct msrkit_mem_fault){ .on = 0, .err = -EIO }), -EINVAL);
	assert_int_equal(msrkit_mem_add_fault(&b, &(struct msrkit_mem_fault){ .on = 8, .err = -EIO }), -EINVAL);
	for (int i = 0; i < 64; i++)
		assert_int_equal(msrkit_mem_add_fault(&b, &(struct msrkit_mem_fault){ .cpu = 3, .address = (uint32_t)i,
										  .on = MSRKIT_MEM_FAULT_READ,
										  .err = -EIO }),
				 0);
	assert_int_equal(msrkit_mem_add_fault(&b, &(struct msrkit_mem_fault){ .on = MSRKIT_MEM_FAULT_READ, .err = -EIO }),
			 -ENOSPC);
	/* the memory-only calls refuse other backends */
	assert_int_equal(msrkit_mem_set(&other, 0, 0, 0), -EINVAL);
	assert_int_equal(msrkit_mem_write_log(&other, NULL), 0);
	msrkit_backend_close(&b);
}

static void test_cpuid(void **state)
{
	(void)state;
	struct msrkit_backend b = open4();
	const uint32_t l7[4] = { 0, 0x029c67af, 0, 0 };
	uint32_t out[4];

	assert_int_equal(msrkit_mem_set_cpuid(&b, 3, 7, 0, l7), 0);
	assert_int_equal(msrkit_backend_cpuid(&b, 3, 7, 0, out), 0);
	assert_memory_equal(out, l7, sizeof(l7));
	assert_int_equal(msrkit_backend_cpuid(&b, 3, 7, 1, out), -ENODATA);
	assert_int_equal(msrkit_backend_cpuid(&b, 2, 7, 0, out), -ENODATA);
	assert_int_equal(msrkit_backend_cpuid(&b, 9, 7, 0, out), -ENXIO);
	msrkit_backend_close(&b);
}

static void test_batch_semantics(void **state)
{
	(void)state;
	struct msrkit_backend b = open4();
	struct msrkit_op ops[6] = {
		{ .cpu = 0, .address = IA32_PAT }, { .cpu = 1, .address = IA32_PAT },
		{ .cpu = 2, .address = IA32_PAT }, { .cpu = 3, .address = IA32_PAT },
		{ .cpu = 5, .address = IA32_PAT }, { .cpu = 0, .address = 0x42 },
	};
	uint64_t v;

	for (unsigned c = 0; c < 4; c++)
		assert_int_equal(msrkit_mem_set(&b, c, IA32_PAT, 0x100 + c), 0);
	assert_int_equal(msrkit_mem_add_fault(&b, &(struct msrkit_mem_fault){ .cpu = 2, .any_address = true,
									  .on = MSRKIT_MEM_FAULT_READ, .err = -ENXIO }),
			 0);
	/* The batch runs; each operation carries its own result. */
	assert_int_equal(msrkit_backend_batch(&b, ops, 6, false), 0);
	assert_int_equal(ops[0].err, 0);
	assert_int_equal(ops[0].value, 0x100);
	assert_int_equal(ops[1].err, 0);
	assert_int_equal(ops[1].value, 0x101);
	assert_int_equal(ops[2].err, -ENXIO);
	assert_int_equal(ops[3].err, 0);
	assert_int_equal(ops[3].value, 0x103);
	assert_int_equal(ops[4].err, -ENXIO);
	assert_int_equal(ops[5].err, -EIO);

	/* Batch writes */
	for (unsigned i = 0; i < 4; i++)
		ops[i].value = 0x200 + i;
	assert_int_equal(msrkit_backend_batch(&b, ops, 4, true), 0);
	assert_int_equal(ops[0].err, 0);
	assert_int_equal(ops[2].err, 0); /* the fault is on reads only */
	assert_int_equal(msrkit_mem_get(&b, 3, IA32_PAT, &v), 0);
	assert_int_equal(v, 0x203);

	assert_int_equal(msrkit_backend_batch(&b, NULL, 0, false), 0);
	assert_int_equal(msrkit_backend_batch(&b, NULL, 1, false), -EINVAL);
	msrkit_backend_close(&b);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_values),
		cmocka_unit_test(test_writable_mask),
		cmocka_unit_test(test_write_log),
		cmocka_unit_test(test_fault_eio),
		cmocka_unit_test(test_fault_enxio_cpu),
		cmocka_unit_test(test_fault_eperm_writes),
		cmocka_unit_test(test_fault_short_read),
		cmocka_unit_test(test_fault_skip_times),
		cmocka_unit_test(test_fault_invalid),
		cmocka_unit_test(test_cpuid),
		cmocka_unit_test(test_batch_semantics),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

/* SPDX-License-Identifier: MIT */
/*
 * The safe multi-CPU write, through the memory backend with injected
 * faults: every failure leaves every CPU at its old value (or says exactly
 * which one it could not restore), and the write log shows the exact
 * sequence of writes.
 */
#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "msrkit/access.h"

#define REG 0x1a0u           /* IA32_MISC_ENABLE */
#define NEWV 0x0000000000850088u

/* Different old values per CPU, so a restore to the wrong CPU shows. */
static uint64_t old_of(unsigned cpu)
{
	return 0x0000000000850089u | (uint64_t)cpu << 40;
}

static struct msrkit_backend b;
static struct msrkit_cpuset cpus;

static int setup(void **state)
{
	(void)state;
	assert_int_equal(msrkit_cpuset_parse("0-3", &cpus, NULL), 0);
	assert_int_equal(msrkit_backend_mem_open(&b, &cpus), 0);
	for (unsigned c = 0; c < 4; c++)
		assert_int_equal(msrkit_mem_set(&b, c, REG, old_of(c)), 0);
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	msrkit_backend_close(&b);
	return 0;
}

static void fault(unsigned cpu, unsigned on, int err, unsigned skip, unsigned times)
{
	assert_int_equal(msrkit_mem_add_fault(&b, &(struct msrkit_mem_fault){ .cpu = cpu, .address = REG, .on = on,
									  .err = err, .skip = skip,
									  .times = times }),
			 0);
}

static uint64_t now(unsigned cpu)
{
	uint64_t v;

	assert_int_equal(msrkit_mem_get(&b, cpu, REG, &v), 0);
	return v;
}

/* The write log is exactly these (cpu, value, err) triples. */
struct w {
	unsigned cpu;
	uint64_t value;
	int err;
};

static void expect_log(const struct w *want, size_t n)
{
	const struct msrkit_mem_write *log;
	size_t got = msrkit_mem_write_log(&b, &log);

	assert_int_equal(got, n);
	for (size_t i = 0; i < n; i++) {
		assert_int_equal(log[i].cpu, want[i].cpu);
		assert_int_equal(log[i].address, REG);
		assert_int_equal(log[i].value, want[i].value);
		assert_int_equal(log[i].err, want[i].err);
	}
}

static void test_commit_all(void **state)
{
	(void)state;
	struct msrkit_txn_item items[4];
	struct msrkit_txn_summary s;
	const struct w log[] = { { 0, NEWV, 0 }, { 1, NEWV, 0 }, { 2, NEWV, 0 }, { 3, NEWV, 0 } };

	assert_int_equal(msrkit_write_txn(&b, &cpus, REG, ~UINT64_C(0), NEWV, NULL, items, 4, &s), 0);
	for (unsigned c = 0; c < 4; c++) {
		assert_int_equal(items[c].cpu, c);
		assert_int_equal(items[c].state, MSRKIT_TXN_COMMITTED);
		assert_int_equal(items[c].failed_stage, MSRKIT_TXN_STAGE_NONE);
		assert_true(items[c].has_old);
		assert_int_equal(items[c].old_value, old_of(c));
		assert_int_equal(items[c].new_value, NEWV);
		assert_true(items[c].written);
		assert_true(items[c].has_readback);
		assert_int_equal(items[c].readback, NEWV);
		assert_true(items[c].verified);
		assert_false(items[c].restore_attempted);
		assert_int_equal(now(c), NEWV);
	}
	assert_int_equal(s.committed, 4);
	assert_int_equal(s.failed_item, SIZE_MAX);
	expect_log(log, 4);
}

/* The case the issue names: the 3rd of 4 CPUs refuses the write. */
static void test_write_fails_on_third(void **state)
{
	(void)state;
	struct msrkit_txn_item items[4];
	struct msrkit_txn_summary s;
	/* new on 0, 1, refused on 2, then 1 and 0 put back, last first */
	const struct w log[] = {
		{ 0, NEWV, 0 }, { 1, NEWV, 0 }, { 2, NEWV, -EIO }, { 1, old_of(1), 0 }, { 0, old_of(0), 0 },
	};

	fault(2, MSRKIT_MEM_FAULT_WRITE, -EIO, 0, 0);
	assert_int_equal(msrkit_write_txn(&b, &cpus, REG, ~UINT64_C(0), NEWV, NULL, items, 4, &s), -ECANCELED);
	for (unsigned c = 0; c < 4; c++)
		assert_int_equal(now(c), old_of(c));
	expect_log(log, 5);

	for (unsigned c = 0; c < 2; c++) {
		assert_int_equal(items[c].state, MSRKIT_TXN_RESTORED);
		assert_int_equal(items[c].failed_stage, MSRKIT_TXN_STAGE_NONE);
		assert_true(items[c].written);
		assert_true(items[c].verified);
		assert_true(items[c].restore_attempted);
		assert_int_equal(items[c].restore_err, 0);
		assert_true(items[c].has_final);
		assert_int_equal(items[c].final_value, old_of(c));
	}
	assert_int_equal(items[2].state, MSRKIT_TXN_UNCHANGED);
	assert_int_equal(items[2].failed_stage, MSRKIT_TXN_STAGE_WRITE);
	assert_int_equal(items[2].err, -EIO);
	assert_false(items[2].written);
	assert_false(items[2].restore_attempted);
	assert_true(items[2].has_final);
	assert_int_equal(items[2].final_value, old_of(2));

	assert_int_equal(items[3].state, MSRKIT_TXN_UNTOUCHED);
	assert_true(items[3].has_old);
	assert_false(items[3].written);

	assert_int_equal(s.committed, 0);
	assert_int_equal(s.restored, 2);
	assert_int_equal(s.unchanged, 1);
	assert_int_equal(s.untouched, 1);
	assert_int_equal(s.restore_failed, 0);
	assert_int_equal(s.failed_item, 2);
	assert_int_equal(s.failed_stage, MSRKIT_TXN_STAGE_WRITE);
	assert_int_equal(s.failed_err, -EIO);
}

static void test_verify_mismatch(void **state)
{
	(void)state;
	struct msrkit_txn_item items[4];
	struct msrkit_txn_summary s;
	/* CPU 1 ignores writes to bit 0: the value does not stick */
	const uint64_t stuck = NEWV | 1;
	const struct w log[] = { { 0, NEWV, 0 }, { 1, NEWV, 0 }, { 1, old_of(1), 0 }, { 0, old_of(0), 0 } };

	assert_int_equal(msrkit_mem_set_writable(&b, 1, REG, ~UINT64_C(1)), 0);
	assert_int_equal(msrkit_write_txn(&b, &cpus, REG, ~UINT64_C(0), NEWV, NULL, items, 4, &s), -ECANCELED);
	for (unsigned c = 0; c < 4; c++)
		assert_int_equal(now(c), old_of(c));
	expect_log(log, 4);
	assert_int_equal(items[1].failed_stage, MSRKIT_TXN_STAGE_VERIFY);
	assert_int_equal(items[1].err, 0);
	assert_true(items[1].written);
	assert_true(items[1].has_readback);
	assert_int_equal(items[1].readback, stuck);
	assert_false(items[1].verified);
	assert_int_equal(items[1].state, MSRKIT_TXN_RESTORED);
	assert_int_equal(items[0].state, MSRKIT_TXN_RESTORED);
	assert_int_equal(items[2].state, MSRKIT_TXN_UNTOUCHED);
	assert_int_equal(items[3].state, MSRKIT_TXN_UNTOUCHED);
	assert_int_equal(s.failed_item, 1);
	assert_int_equal(s.failed_stage, MSRKIT_TXN_STAGE_VERIFY);
	assert_int_equal(s.failed_err, 0);
}

static void test_verify_read_fails(void **state)
{
	(void)state;
	struct msrkit_txn_item items[4];
	struct msrkit_txn_summary s;

	/* CPU 1's second read (the read-back) fails */
	fault(1, MSRKIT_MEM_FAULT_READ, -EIO, 1, 1);
	assert_int_equal(msrkit_write_txn(&b, &cpus, REG, ~UINT64_C(0), NEWV, NULL, items, 4, &s), -ECANCELED);
	for (unsigned c = 0; c < 4; c++)
		assert_int_equal(now(c), old_of(c));
	assert_int_equal(items[1].failed_stage, MSRKIT_TXN_STAGE_VERIFY);
	assert_int_equal(items[1].err, -EIO);
	assert_true(items[1].written);
	assert_false(items[1].has_readback);
	assert_int_equal(items[1].state, MSRKIT_TXN_RESTORED);
	assert_int_equal(s.restored, 2);
}

static void test_restore_fails(void **state)
{
	(void)state;
	struct msrkit_txn_item items[4];
	struct msrkit_txn_summary s;
	const struct w log[] = {
		{ 0, NEWV, 0 }, { 1, NEWV, 0 }, { 2, NEWV, -EIO }, { 1, old_of(1), -EIO }, { 0, old_of(0), 0 },
	};

	fault(2, MSRKIT_MEM_FAULT_WRITE, -EIO, 0, 0);
	fault(1, MSRKIT_MEM_FAULT_WRITE, -EIO, 1, 0); /* CPU 1 takes one write, refuses the next */
	assert_int_equal(msrkit_write_txn(&b, &cpus, REG, ~UINT64_C(0), NEWV, NULL, items, 4, &s), -ENOTRECOVERABLE);
	expect_log(log, 5);
	/* reported as it is: CPU 1 still holds the new value */
	assert_int_equal(now(1), NEWV);
	assert_int_equal(items[1].state, MSRKIT_TXN_RESTORE_FAILED);
	assert_true(items[1].restore_attempted);
	assert_int_equal(items[1].restore_err, -EIO);
	assert_false(items[1].has_final);
	assert_int_equal(items[1].failed_stage, MSRKIT_TXN_STAGE_NONE);
	/* the others are back */
	assert_int_equal(now(0), old_of(0));
	assert_int_equal(items[0].state, MSRKIT_TXN_RESTORED);
	assert_int_equal(now(2), old_of(2));
	assert_int_equal(items[2].state, MSRKIT_TXN_UNCHANGED);
	assert_int_equal(now(3), old_of(3));
	assert_int_equal(items[3].state, MSRKIT_TXN_UNTOUCHED);
	assert_int_equal(s.restore_failed, 1);
	assert_int_equal(s.restored, 1);
	assert_int_equal(s.failed_item, 2);
}

static void test_restore_unverified(void **state)
{
	(void)state;
	struct msrkit_txn_item items[4];
	struct msrkit_txn_summary s;

	fault(2, MSRKIT_MEM_FAULT_WRITE, -EIO, 0, 0);
	/* CPU 0 reads: old value, read-back, restore's current value, then
	 * the restore's read-back fails */
	fault(0, MSRKIT_MEM_FAULT_READ, -ENXIO, 3, 1);
	assert_int_equal(msrkit_write_txn(&b, &cpus, REG, ~UINT64_C(0), NEWV, NULL, items, 4, &s), -ENOTRECOVERABLE);
	assert_int_equal(items[0].state, MSRKIT_TXN_RESTORE_FAILED);
	assert_int_equal(items[0].restore_err, -ENXIO);
	assert_int_equal(items[1].state, MSRKIT_TXN_RESTORED);
	/* the restore did happen; it could not be confirmed */
	assert_int_equal(now(0), old_of(0));
}

static void test_read_fails_first(void **state)
{
	(void)state;
	struct msrkit_txn_item items[4];
	struct msrkit_txn_summary s;

	fault(3, MSRKIT_MEM_FAULT_READ, -EIO, 0, 0);
	assert_int_equal(msrkit_write_txn(&b, &cpus, REG, ~UINT64_C(0), NEWV, NULL, items, 4, &s), -ECANCELED);
	expect_log(NULL, 0); /* nothing written anywhere */
	for (unsigned c = 0; c < 3; c++) {
		assert_true(items[c].has_old);
		assert_int_equal(items[c].state, MSRKIT_TXN_UNTOUCHED);
	}
	assert_false(items[3].has_old);
	assert_int_equal(items[3].failed_stage, MSRKIT_TXN_STAGE_READ);
	assert_int_equal(items[3].err, -EIO);
	assert_int_equal(s.untouched, 4);
	assert_int_equal(s.failed_item, 3);
	assert_int_equal(s.failed_stage, MSRKIT_TXN_STAGE_READ);
}

static void test_cpu_offline(void **state)
{
	(void)state;
	struct msrkit_txn_item items[4];
	struct msrkit_txn_summary s;

	assert_int_equal(msrkit_mem_add_fault(&b, &(struct msrkit_mem_fault){
							  .cpu = 1, .any_address = true, .err = -ENXIO,
							  .on = MSRKIT_MEM_FAULT_READ | MSRKIT_MEM_FAULT_WRITE }),
			 0);
	assert_int_equal(msrkit_write_txn(&b, &cpus, REG, ~UINT64_C(0), NEWV, NULL, items, 4, &s), -ECANCELED);
	expect_log(NULL, 0);
	assert_int_equal(s.failed_item, 1);
	assert_int_equal(s.failed_err, -ENXIO);
}

static void test_eperm_all(void **state)
{
	(void)state;
	struct msrkit_txn_item items[4];
	struct msrkit_txn_summary s;
	const struct w log[] = { { 0, NEWV, -EPERM } };

	assert_int_equal(msrkit_mem_add_fault(&b, &(struct msrkit_mem_fault){ .cpu = MSRKIT_MEM_ANY_CPU,
									  .any_address = true,
									  .on = MSRKIT_MEM_FAULT_WRITE, .err = -EPERM }),
			 0);
	assert_int_equal(msrkit_write_txn(&b, &cpus, REG, ~UINT64_C(0), NEWV, NULL, items, 4, &s), -ECANCELED);
	expect_log(log, 1);
	assert_int_equal(items[0].state, MSRKIT_TXN_UNCHANGED);
	assert_int_equal(items[0].err, -EPERM);
	assert_int_equal(s.unchanged, 1);
	assert_int_equal(s.untouched, 3);
}

static void test_field_rmw(void **state)
{
	(void)state;
	struct msrkit_txn_item items[4];
	struct msrkit_txn_summary s;
	const uint64_t mask = UINT64_C(1) << 38; /* one field bit */

	assert_int_equal(msrkit_mem_set(&b, 2, REG, old_of(2) | mask), 0);
	assert_int_equal(msrkit_write_txn(&b, &cpus, REG, mask, ~UINT64_C(0), NULL, items, 4, &s), 0);
	for (unsigned c = 0; c < 4; c++) {
		/* only the field changed; the rest of each CPU's value is its own */
		assert_int_equal(items[c].new_value, old_of(c) | mask);
		assert_int_equal(now(c), old_of(c) | mask);
	}
	/* clearing it again */
	assert_int_equal(msrkit_write_txn(&b, &cpus, REG, mask, 0, NULL, items, 4, &s), 0);
	for (unsigned c = 0; c < 4; c++)
		assert_int_equal(now(c), old_of(c));
}

static void test_field_restore_keeps_other_bits(void **state)
{
	(void)state;
	struct msrkit_txn_item items[4];
	struct msrkit_txn_summary s;
	const uint64_t mask = 0xff00;

	/* CPU 2 refuses; CPUs 0 and 1 are restored by read-modify-write of
	 * the field, so bits outside it read at restore time are kept */
	fault(2, MSRKIT_MEM_FAULT_WRITE, -EIO, 0, 0);
	assert_int_equal(msrkit_write_txn(&b, &cpus, REG, mask, 0x4200, NULL, items, 4, &s), -ECANCELED);
	for (unsigned c = 0; c < 4; c++)
		assert_int_equal(now(c), old_of(c));
	assert_int_equal(items[0].new_value, (old_of(0) & ~mask) | 0x4200);
}

struct plan_seen {
	int calls;
	size_t n;
	uint64_t old1, new1;
	int ret;
};

static int plan(void *ctx, const struct msrkit_txn_item *items, size_t n)
{
	struct plan_seen *p = ctx;

	p->calls++;
	p->n = n;
	p->old1 = items[1].old_value;
	p->new1 = items[1].new_value;
	/* nothing is written before the plan is accepted */
	assert_int_equal(msrkit_mem_write_log(&b, NULL), 0);
	return p->ret;
}

static void test_plan(void **state)
{
	(void)state;
	struct msrkit_txn_item items[4];
	struct msrkit_txn_summary s;
	struct plan_seen seen = { .ret = 1 };
	struct msrkit_txn_opts opts = { .plan = plan, .ctx = &seen };

	/* a dry run: look, then stop */
	assert_int_equal(msrkit_write_txn(&b, &cpus, REG, ~UINT64_C(0), NEWV, &opts, items, 4, &s), -ECANCELED);
	assert_int_equal(seen.calls, 1);
	assert_int_equal(seen.n, 4);
	assert_int_equal(seen.old1, old_of(1));
	assert_int_equal(seen.new1, NEWV);
	assert_int_equal(s.failed_stage, MSRKIT_TXN_STAGE_PLAN);
	assert_int_equal(s.failed_err, 0);
	assert_int_equal(s.failed_item, SIZE_MAX);
	expect_log(NULL, 0);

	seen.ret = -EINTR;
	assert_int_equal(msrkit_write_txn(&b, &cpus, REG, ~UINT64_C(0), NEWV, &opts, items, 4, &s), -ECANCELED);
	assert_int_equal(s.failed_err, -EINTR);

	seen.ret = 0;
	assert_int_equal(msrkit_write_txn(&b, &cpus, REG, ~UINT64_C(0), NEWV, &opts, items, 4, &s), 0);
	assert_int_equal(seen.calls, 3);
	assert_int_equal(s.committed, 4);
}

static void test_skip_same(void **state)
{
	(void)state;
	struct msrkit_txn_item items[4];
	struct msrkit_txn_summary s;
	struct msrkit_txn_opts opts = { .flags = MSRKIT_TXN_SKIP_SAME };
	const struct w log[] = { { 0, NEWV, 0 }, { 2, NEWV, 0 }, { 3, NEWV, 0 } };
	const struct w log2[] = { { 0, NEWV, 0 }, { 2, NEWV, -EIO }, { 0, old_of(0), 0 } };

	assert_int_equal(msrkit_mem_set(&b, 1, REG, NEWV), 0);
	assert_int_equal(msrkit_write_txn(&b, &cpus, REG, ~UINT64_C(0), NEWV, &opts, items, 4, &s), 0);
	expect_log(log, 3);
	assert_int_equal(items[1].state, MSRKIT_TXN_COMMITTED);
	assert_false(items[1].written);
	assert_int_equal(s.committed, 4);

	/* with a failure, the skipped CPU was never touched */
	for (unsigned c = 0; c < 4; c++)
		assert_int_equal(msrkit_mem_set(&b, c, REG, c == 1 ? NEWV : old_of(c)), 0);
	msrkit_mem_clear_log(&b);
	fault(2, MSRKIT_MEM_FAULT_WRITE, -EIO, 0, 0);
	assert_int_equal(msrkit_write_txn(&b, &cpus, REG, ~UINT64_C(0), NEWV, &opts, items, 4, &s), -ECANCELED);
	expect_log(log2, 3);
	assert_int_equal(items[1].state, MSRKIT_TXN_UNTOUCHED);
	assert_int_equal(items[0].state, MSRKIT_TXN_RESTORED);
}

static void test_check_current(void **state)
{
	(void)state;
	struct msrkit_txn_item items[2] = {
		{ .cpu = 0, .address = REG, .mask = ~UINT64_C(0), .value = 1, .check_current = true,
		  .expected = old_of(0) },
		{ .cpu = 3, .address = REG, .mask = ~UINT64_C(0), .value = 2, .check_current = true, .expected = 12345 },
	};
	struct msrkit_txn_summary s;

	assert_int_equal(msrkit_txn_run(&b, items, 2, NULL, &s), -ECANCELED);
	expect_log(NULL, 0);
	assert_int_equal(items[0].failed_stage, MSRKIT_TXN_STAGE_NONE);
	assert_int_equal(items[1].failed_stage, MSRKIT_TXN_STAGE_CHECK);
	assert_int_equal(items[1].old_value, old_of(3));
	assert_int_equal(s.failed_item, 1);
	assert_int_equal(s.failed_stage, MSRKIT_TXN_STAGE_CHECK);

	items[1].check_current = false;
	assert_int_equal(msrkit_txn_run(&b, items, 2, NULL, &s), 0);
	assert_int_equal(now(0), 1);
	assert_int_equal(now(3), 2);
}

static void test_invalid(void **state)
{
	(void)state;
	struct msrkit_txn_item items[4] = {
		{ .cpu = 0, .address = REG, .mask = 1 },
		{ .cpu = 0, .address = REG, .mask = 2 },
	};
	struct msrkit_txn_summary s;

	assert_int_equal(msrkit_txn_run(&b, items, 2, NULL, &s), -EINVAL);
	assert_int_equal(msrkit_txn_run(&b, items, 0, NULL, &s), 0);
	assert_int_equal(msrkit_txn_run(NULL, items, 1, NULL, &s), -EINVAL);
	assert_int_equal(msrkit_write_txn(&b, &cpus, REG, ~UINT64_C(0), 0, NULL, items, 3, &s), -ENOSPC);
	assert_int_equal(msrkit_write_txn(&b, &cpus, REG, 0, 0, NULL, items, 4, &s), -EINVAL);
	expect_log(NULL, 0);
}

#define T(f) cmocka_unit_test_setup_teardown(f, setup, teardown)

int main(void)
{
	const struct CMUnitTest tests[] = {
		T(test_commit_all),
		T(test_write_fails_on_third),
		T(test_verify_mismatch),
		T(test_verify_read_fails),
		T(test_restore_fails),
		T(test_restore_unverified),
		T(test_read_fails_first),
		T(test_cpu_offline),
		T(test_eperm_all),
		T(test_field_rmw),
		T(test_field_restore_keeps_other_bits),
		T(test_plan),
		T(test_skip_same),
		T(test_check_current),
		T(test_invalid),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

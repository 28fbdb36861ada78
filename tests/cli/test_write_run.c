/* SPDX-License-Identifier: MIT */
/*
 * Running planned writes against the memory backend with injected faults,
 * and the per-CPU report: a write failing on the 3rd of 4 CPUs leaves all 4
 * at their old values, and the report says exactly what happened on each.
 */
#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include <cmocka.h>

#include "test_backend.h"
#include "write_plan.h"

#define MISC 0x1a0u
#define OLD UINT64_C(0x973c89) /* Zhaoxin KX-6000's IA32_MISC_ENABLE */

static const struct msrkit_cpu intel = { .vendor = MSRKIT_VENDOR_INTEL, .family = 6, .model = 0x8f, .maxphyaddr = 46 };

struct fixture {
	struct msrkit_backend b;
	struct wp_target t;
	struct wp_cpu c[4];
	struct msrkit_txn_item items[4];
	struct msrkit_txn_summary sum;
	size_t nitems;
};

static int setup(void **state)
{
	struct fixture *f = calloc(1, sizeof(*f));
	struct msrkit_cpuset cpus;

	assert_non_null(f);
	assert_int_equal(msrkit_cpuset_parse("0-3", &cpus, NULL), 0);
	assert_int_equal(msrkit_backend_mem_open(&f->b, &cpus), 0);
	assert_int_equal(msrkit_mem_set(&f->b, MSRKIT_MEM_ANY_CPU, MISC, OLD), 0);
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	struct fixture *f = *state;

	msrkit_backend_close(&f->b);
	free(f);
	return 0;
}

/* Plans sel=value on CPUs 0-3 from their current values. */
static void plan(struct fixture *f, const char *sel, uint64_t value)
{
	assert_true(regsel_parse(sel, &intel, &f->t.sel));
	f->t.value = value;
	for (unsigned i = 0; i < 4; i++) {
		f->c[i] = (struct wp_cpu){ .cpu = i, .id = &intel, .t = &f->t,
					   .write_only = f->t.sel.ref.reg && f->t.sel.ref.reg->access == MSRKIT_WO };
		if (!f->c[i].write_only)
			f->c[i].read_err = msrkit_backend_read(&f->b, i, f->t.sel.ref.address, &f->c[i].old_value);
		wp_compute(&f->c[i]);
	}
}

static char *report(struct fixture *f)
{
	char *text = NULL;
	size_t size = 0;
	FILE *m = open_memstream(&text, &size);

	assert_non_null(m);
	wp_print_report(m, f->c, 4, f->items);
	fclose(m);
	return text;
}

static void assert_all(struct fixture *f, uint32_t address, uint64_t value)
{
	for (unsigned i = 0; i < 4; i++) {
		uint64_t v;

		assert_int_equal(msrkit_mem_get(&f->b, i, address, &v), 0);
		assert_int_equal(v, value);
	}
}

static void test_success(void **state)
{
	struct fixture *f = *state;
	char *text;

	plan(f, "IA32_MISC_ENABLE.FAST_STRINGS", 0);
	assert_int_equal(wp_run(&f->b, f->c, 4, f->items, &f->nitems, &f->sum), 0);
	assert_int_equal(f->nitems, 4);
	assert_all(f, MISC, 0x973c88);
	text = report(f);
	assert_string_equal(text, "CPUs 0-3: written and verified: 0x0000000000973c88\n");
	free(text);
}

static void test_eio_on_third_of_four_restores_all(void **state)
{
	struct fixture *f = *state;
	struct msrkit_mem_fault fault = { .cpu = 2, .address = MISC, .on = MSRKIT_MEM_FAULT_WRITE, .err = -EIO };
	const struct msrkit_mem_write *log;
	char *text;

	assert_int_equal(msrkit_mem_add_fault(&f->b, &fault), 0);
	plan(f, "IA32_MISC_ENABLE.FAST_STRINGS", 0);
	assert_int_equal(wp_run(&f->b, f->c, 4, f->items, &f->nitems, &f->sum), -ECANCELED);
	assert_all(f, MISC, OLD);
	assert_int_equal(f->sum.failed_item, 2);
	/* Written 0, 1; refused on 2; restored 1, then 0; never 3. */
	assert_int_equal(msrkit_mem_write_log(&f->b, &log), 5);
	assert_int_equal(log[0].cpu, 0);
	assert_int_equal(log[1].cpu, 1);
	assert_int_equal(log[2].cpu, 2);
	assert_int_equal(log[2].err, -EIO);
	assert_int_equal(log[3].cpu, 1);
	assert_int_equal(log[3].value, OLD);
	assert_int_equal(log[4].cpu, 0);
	assert_int_equal(log[4].value, OLD);
	text = report(f);
	assert_string_equal(text,
			    "CPUs 0-1: written and verified (0x0000000000973c88), then restored to 0x0000000000973c89 "
			    "(verified)\n"
			    "CPU 2: write of 0x0000000000973c88 failed (EIO: the CPU raised #GP and refused the value); "
			    "still 0x0000000000973c89 (read back)\n"
			    "CPU 3: not written (stopped after the failure on CPU 2); still 0x0000000000973c89\n");
	free(text);
}

static void test_ignored_bits_fail_verification(void **state)
{
	struct fixture *f = *state;
	char *text;

	/* CPU 1 keeps bit 0 whatever is written: the read-back differs. */
	assert_int_equal(msrkit_mem_set_writable(&f->b, 1, MISC, ~UINT64_C(1)), 0);
	plan(f, "IA32_MISC_ENABLE.FAST_STRINGS", 0);
	assert_int_equal(wp_run(&f->b, f->c, 4, f->items, &f->nitems, &f->sum), -ECANCELED);
	assert_all(f, MISC, OLD);
	text = report(f);
	assert_string_equal(text,
			    "CPU 0: written and verified (0x0000000000973c88), then restored to 0x0000000000973c89 "
			    "(verified)\n"
			    "CPU 1: written, but read back 0x0000000000973c89 instead of 0x0000000000973c88, then "
			    "restored to 0x0000000000973c89 (verified)\n"
			    "CPUs 2-3: not written (stopped after the failure on CPU 1); still 0x0000000000973c89\n");
	free(text);
}

static void test_failed_restore_is_reported(void **state)
{
	struct fixture *f = *state;
	struct msrkit_mem_fault write3 = { .cpu = 3, .address = MISC, .on = MSRKIT_MEM_FAULT_WRITE, .err = -EIO };
	/* CPU 1's second write (the restore) fails. */
	struct msrkit_mem_fault restore1 = { .cpu = 1, .address = MISC, .on = MSRKIT_MEM_FAULT_WRITE, .err = -EIO,
					     .skip = 1 };
	uint64_t v;
	char *text;

	assert_int_equal(msrkit_mem_add_fault(&f->b, &write3), 0);
	assert_int_equal(msrkit_mem_add_fault(&f->b, &restore1), 0);
	plan(f, "IA32_MISC_ENABLE.FAST_STRINGS", 0);
	assert_int_equal(wp_run(&f->b, f->c, 4, f->items, &f->nitems, &f->sum), -ENOTRECOVERABLE);
	assert_int_equal(msrkit_mem_get(&f->b, 1, MISC, &v), 0);
	assert_int_equal(v, 0x973c88);
	text = report(f);
	assert_string_equal(text,
			    "CPUs 0,2: written and verified (0x0000000000973c88), then restored to 0x0000000000973c89 "
			    "(verified)\n"
			    "CPU 1: NOT RESTORED: written (0x0000000000973c88); restoring 0x0000000000973c89 failed (EIO: "
			    "the CPU raised #GP and refused the value): the register may hold neither value; check it "
			    "with 'msrkit read'\n"
			    "CPU 3: write of 0x0000000000973c88 failed (EIO: the CPU raised #GP and refused the value); "
			    "still 0x0000000000973c89 (read back)\n");
	free(text);
}

static void test_unchanged_cpus_are_not_written(void **state)
{
	struct fixture *f = *state;
	const struct msrkit_mem_write *log;
	char *text;

	assert_int_equal(msrkit_mem_set(&f->b, 1, MISC, 0x973c88), 0);
	plan(f, "IA32_MISC_ENABLE.FAST_STRINGS", 0);
	assert_int_equal(wp_run(&f->b, f->c, 4, f->items, &f->nitems, &f->sum), 0);
	assert_int_equal(f->nitems, 3);
	assert_int_equal(msrkit_mem_write_log(&f->b, &log), 3);
	text = report(f);
	assert_string_equal(text, "CPUs 0,2-3: written and verified: 0x0000000000973c88\n"
				  "CPU 1: already held 0x0000000000973c88: not written\n");
	free(text);
}

static void test_write_only_register(void **state)
{
	struct fixture *f = *state;
	struct msrkit_mem_fault fault = { .cpu = 2, .address = 0x49, .on = MSRKIT_MEM_FAULT_WRITE, .err = -EIO };
	char *text;

	/* IA32_PRED_CMD cannot be read: it is written as asked, CPU by CPU. */
	assert_int_equal(msrkit_mem_set(&f->b, MSRKIT_MEM_ANY_CPU, 0x49, 0), 0);
	assert_int_equal(msrkit_mem_add_fault(&f->b, &fault), 0);
	plan(f, "IA32_PRED_CMD.IBPB", 1);
	assert_true(f->c[0].write_only);
	assert_int_equal(f->c[0].new_value, 1);
	assert_int_equal(wp_run(&f->b, f->c, 4, f->items, &f->nitems, &f->sum), -EIO);
	text = report(f);
	assert_string_equal(text, "CPUs 0-1: written 0x0000000000000001 (write-only: not verified)\n"
				  "CPU 2: write of 0x0000000000000001 failed (EIO: the CPU raised #GP and refused the "
				  "value)\n"
				  "CPU 3: not written (stopped after the failure on CPU 2)\n");
	free(text);
}

static void test_fault_spec(void **state)
{
	struct fixture *f = *state;
	char err[256];
	uint64_t v;

	assert_int_equal(test_backend_faults(&f->b, "read:1:0x1a0:enxio,write:*:*:eperm:skip=1:times=1", err,
					     sizeof(err)), 0);
	assert_int_equal(msrkit_backend_read(&f->b, 1, MISC, &v), -ENXIO);
	assert_int_equal(msrkit_backend_read(&f->b, 0, MISC, &v), 0);
	assert_int_equal(msrkit_backend_write(&f->b, 0, MISC, OLD), 0);
	assert_int_equal(msrkit_backend_write(&f->b, 0, MISC, OLD), -EPERM);
	assert_int_equal(msrkit_backend_write(&f->b, 0, MISC, OLD), 0);
	assert_int_equal(test_backend_faults(&f->b, "writable:0:0x1a0:0xff", err, sizeof(err)), 0);
	assert_int_equal(test_backend_faults(&f->b, "write:0:0x1a0", err, sizeof(err)), -1);
	assert_string_equal(err, "bad fault 'write:0:0x1a0': use OP:CPU:ADDR:ERR[:skip=N][:times=N] or "
				 "writable:CPU:ADDR:MASK");
	assert_int_equal(test_backend_faults(&f->b, "read:0:0x1a0:eboom", err, sizeof(err)), -1);
	assert_int_equal(test_backend_faults(&f->b, "writable:0:0x1234:0xff", err, sizeof(err)), -1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_success, setup, teardown),
		cmocka_unit_test_setup_teardown(test_eio_on_third_of_four_restores_all, setup, teardown),
		cmocka_unit_test_setup_teardown(test_ignored_bits_fail_verification, setup, teardown),
		cmocka_unit_test_setup_teardown(test_failed_restore_is_reported, setup, teardown),
		cmocka_unit_test_setup_teardown(test_unchanged_cpus_are_not_written, setup, teardown),
		cmocka_unit_test_setup_teardown(test_write_only_register, setup, teardown),
		cmocka_unit_test_setup_teardown(test_fault_spec, setup, teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

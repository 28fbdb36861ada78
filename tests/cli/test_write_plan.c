/* SPDX-License-Identifier: MIT */
/*
 * Planning writes: the new value of a field write (read-modify-write), and
 * each rule that refuses a write, on the values of real CPUs (Zhaoxin
 * KX-6000: IA32_FEATURE_CONTROL = 5, IA32_MISC_ENABLE = 0x973c89).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include <cmocka.h>

#include "write_plan.h"

static const struct msrkit_cpu intel = { .vendor = MSRKIT_VENDOR_INTEL, .family = 6, .model = 0x8f, .maxphyaddr = 46 };

/* A plan for target text ("REG[.FIELD]") = value on one CPU holding old. */
static struct wp_cpu plan(struct wp_target *t, const char *sel, uint64_t value, uint64_t old)
{
	struct wp_cpu c;

	assert_true(regsel_parse(sel, &intel, &t->sel));
	t->value = value;
	c = (struct wp_cpu){ .cpu = 0, .id = &intel, .t = t, .old_value = old };
	wp_compute(&c);
	return c;
}

static void test_field_write_is_read_modify_write(void **state)
{
	struct wp_target t;
	struct wp_cpu c = plan(&t, "IA32_MISC_ENABLE.FAST_STRINGS", 0, 0x973c89);

	(void)state;
	assert_int_equal(c.new_value, 0x973c88);
	assert_int_equal(c.mask, 1);
	assert_int_equal(c.verify_mask, 1);
	assert_int_equal(c.reasons, 0);
	assert_true(wp_changes(&c));
	/* Writing what is there already changes nothing. */
	c = plan(&t, "IA32_MISC_ENABLE.FAST_STRINGS", 1, 0x973c89);
	assert_false(wp_changes(&c));
}

static void test_locked_register_is_refused(void **state)
{
	struct wp_target t;
	struct wp_cpu c = plan(&t, "IA32_FEATURE_CONTROL.ENABLE_VMX_OUTSIDE_SMX", 0, 5);
	char text[1024];

	(void)state;
	assert_int_equal(c.new_value, 1);
	assert_int_equal(c.reasons, WP_LOCKED);
	assert_int_equal(c.lock_bits, 1);
	assert_int_equal(c.locked_bits, 4);
	wp_reasons_text(&c, text, sizeof(text));
	assert_string_equal(text, "refused: IA32_FEATURE_CONTROL is locked (LOCK is set): ENABLE_VMX_OUTSIDE_SMX "
				  "cannot change until reset (the write would fault, #GP)\n");
	/* Clearing the lock itself: write-once. */
	c = plan(&t, "IA32_FEATURE_CONTROL.LOCK", 0, 5);
	assert_int_equal(c.reasons, WP_WRITE_ONCE);
	wp_reasons_text(&c, text, sizeof(text));
	assert_string_equal(text, "refused: LOCK is write-once and already set: it cannot change until reset (the "
				  "write would fault, #GP)\n");
	/* The whole register, same value: nothing to write, nothing refused. */
	c = plan(&t, "IA32_FEATURE_CONTROL", 5, 5);
	assert_false(wp_changes(&c));
}

static void test_unlocked_register_may_be_written_and_locked(void **state)
{
	struct wp_target t;
	struct wp_cpu c = plan(&t, "IA32_FEATURE_CONTROL.ENABLE_VMX_OUTSIDE_SMX", 1, 0);

	(void)state;
	assert_int_equal(c.new_value, 4);
	assert_int_equal(c.reasons, 0);
	assert_int_equal(c.sets_lock, 0);
	/* Setting LOCK is allowed, with a warning in the plan. */
	c = plan(&t, "IA32_FEATURE_CONTROL", 5, 0);
	assert_int_equal(c.reasons, 0);
	assert_int_equal(c.sets_lock, 1);
}

static void test_reserved_bits_are_refused(void **state)
{
	struct wp_target t;
	struct wp_cpu c = plan(&t, "IA32_MISC_ENABLE", UINT64_C(0x10000973c89), 0x973c89);
	char text[512];

	(void)state;
	assert_int_equal(c.reasons, WP_RESERVED);
	assert_int_equal(c.reserved_bits, UINT64_C(1) << 40);
	wp_reasons_text(&c, text, sizeof(text));
	assert_string_equal(text, "refused: the write changes reserved bit 40 (the CPU faults, #GP, or the bits mean "
				  "something the database does not know)\n");
	/* Reserved bits already set (0x122400 here) stay as they are in a field write. */
	c = plan(&t, "IA32_MISC_ENABLE.FAST_STRINGS", 0, 0x973c89);
	assert_int_equal(c.reasons, 0);
}

static void test_read_only_is_refused(void **state)
{
	struct wp_target t;
	struct wp_cpu c = plan(&t, "IA32_VMX_BASIC", 0, UINT64_C(0x00d8040000000007));
	char text[512];

	(void)state;
	assert_int_equal(c.reasons, WP_READ_ONLY);
	wp_reasons_text(&c, text, sizeof(text));
	assert_string_equal(text, "refused: IA32_VMX_BASIC is read-only: the CPU faults (#GP) or ignores the write\n");
	/* Read-only fields of a writable register are named. */
	c = plan(&t, "IA32_MISC_ENABLE.PERFORMANCE_MONITORING_AVAILABLE", 0, 0x973c89);
	assert_int_equal(c.reasons, WP_READ_ONLY);
	wp_reasons_text(&c, text, sizeof(text));
	assert_string_equal(text, "refused: read-only field PERFORMANCE_MONITORING_AVAILABLE would change: the CPU "
				  "faults (#GP) or ignores the write\n");
}

static void test_unknown_and_inapplicable(void **state)
{
	struct wp_target t;
	struct wp_cpu c = plan(&t, "0x12345", 1, 0);
	char text[512];

	(void)state;
	assert_int_equal(c.reasons, WP_UNKNOWN_REG);
	assert_int_equal(c.mask, ~UINT64_C(0));
	wp_reasons_text(&c, text, sizeof(text));
	assert_string_equal(text, "refused: MSR 0x12345 has no definition in the database, so msrkit cannot check what "
				  "the write changes\n");
	/* AMD's VM_CR on an Intel CPU. */
	c = plan(&t, "VM_CR", 0, 0x8);
	assert_true(c.reasons & WP_NOT_APPLICABLE);
}

static void test_volatile_and_clear_only(void **state)
{
	struct wp_target t;
	struct wp_cpu c = plan(&t, "IA32_TIME_STAMP_COUNTER", 0, UINT64_C(0x123456789));

	(void)state;
	assert_int_equal(c.reasons, WP_VOLATILE);
	assert_int_equal(c.verify_mask, UINT64_C(0xffffffff00000000));
	/* A write-0-to-clear log bit: 0 clears it, 1 does nothing. */
	c = plan(&t, "IA32_THERM_STATUS.THERMAL_STATUS_LOG", 0, 0x883c0002);
	assert_int_equal(c.reasons, 0);
	assert_int_equal(c.new_value, 0x883c0000);
	assert_int_equal(c.verify_mask, 2);
	c = plan(&t, "IA32_THERM_STATUS.THERMAL_STATUS_LOG", 1, 0x883c0000);
	assert_int_equal(c.reasons, WP_NO_EFFECT);
}

static void test_undo_sees_later_changes(void **state)
{
	struct wp_target t;
	struct wp_cpu c;

	(void)state;
	assert_true(regsel_parse("IA32_PERF_CTL", &intel, &t.sel));
	t.value = 0x1c6c;
	c = (struct wp_cpu){ .id = &intel, .t = &t, .old_value = 0x1900, .has_expected = true, .expected = 0x105b };
	wp_compute(&c);
	assert_int_equal(c.reasons, WP_CHANGED_SINCE);
	c.old_value = 0x105b;
	wp_compute(&c);
	assert_int_equal(c.reasons, 0);
}

static void test_plan_groups_cpus(void **state)
{
	struct wp_target t;
	struct wp_cpu c[4];
	char *text = NULL;
	size_t size = 0;
	FILE *m;

	(void)state;
	assert_true(regsel_parse("IA32_PERF_CTL.TARGET_PERFORMANCE_STATE_VALUE", &intel, &t.sel));
	t.value = 0x1900;
	for (unsigned i = 0; i < 4; i++) {
		/* KX-6000: CPU 0 at 0x105b, CPUs 1-3 at 0x1c6c. */
		c[i] = (struct wp_cpu){ .cpu = i, .id = &intel, .t = &t, .old_value = i ? 0x1c6c : 0x105b };
		wp_compute(&c[i]);
	}
	m = open_memstream(&text, &size);
	wp_print_plan(m, c, 4, false);
	fclose(m);
	assert_string_equal(text, "CPU 0: 0x000000000000105b -> 0x0000000000001900\n"
				  "  TARGET_PERFORMANCE_STATE_VALUE (bits 15:0): 0x105b -> 0x1900\n"
				  "    was: 0x105b\n"
				  "    now: 0x1900\n"
				  "CPUs 1-3: 0x0000000000001c6c -> 0x0000000000001900\n"
				  "  TARGET_PERFORMANCE_STATE_VALUE (bits 15:0): 0x1c6c -> 0x1900\n"
				  "    was: 0x1c6c\n"
				  "    now: 0x1900\n");
	free(text);
}

static void test_plan_shows_refusals_and_force(void **state)
{
	struct wp_target t;
	struct wp_cpu c[2];
	char *text = NULL;
	size_t size = 0;
	FILE *m;

	(void)state;
	assert_true(regsel_parse("IA32_FEATURE_CONTROL.LOCK", &intel, &t.sel));
	t.value = 0;
	for (unsigned i = 0; i < 2; i++) {
		c[i] = (struct wp_cpu){ .cpu = i, .id = &intel, .t = &t, .old_value = 5 };
		wp_compute(&c[i]);
	}
	m = open_memstream(&text, &size);
	wp_print_plan(m, c, 2, true);
	fclose(m);
	assert_string_equal(text, "CPUs 0-1: 0x0000000000000005 -> 0x0000000000000004\n"
				  "  LOCK (bit 0): 1 -> 0\n"
				  "    was: LOCKED: further writes fault until reset; the settings below are final\n"
				  "    now: UNLOCKED: VMXON faults until firmware or the OS sets the lock (Linux locks it at boot "
				  "when it supports VMX)\n"
				  "  overridden by --force: LOCK is write-once and already set: it cannot change until "
				  "reset (the write would fault, #GP)\n");
	free(text);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_field_write_is_read_modify_write),
		cmocka_unit_test(test_locked_register_is_refused),
		cmocka_unit_test(test_unlocked_register_may_be_written_and_locked),
		cmocka_unit_test(test_reserved_bits_are_refused),
		cmocka_unit_test(test_read_only_is_refused),
		cmocka_unit_test(test_unknown_and_inapplicable),
		cmocka_unit_test(test_volatile_and_clear_only),
		cmocka_unit_test(test_undo_sees_later_changes),
		cmocka_unit_test(test_plan_groups_cpus),
		cmocka_unit_test(test_plan_shows_refusals_and_force),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

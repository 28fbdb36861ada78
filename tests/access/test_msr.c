/* SPDX-License-Identifier: MIT */
/*
 * The msr driver backend against a fake device root. Regular files stand in
 * for /dev/cpu/N/msr: enough for open errors, for pread/pwrite at offsets 8
 * bytes apart, for short reads past the end of the file, and for the pinned
 * batch threads (which run the same code whatever the fd is).
 */
#include <errno.h>
#include <sched.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cmocka.h>

#include "msrkit/access.h"

#include "fstree.h"

/* Distinct value per (cpu, register) so a mix-up cannot pass. */
static uint64_t val(unsigned cpu, uint32_t address)
{
	return 0x1000000000000000u * (cpu + 1) + address * 0x10001u;
}

static const uint32_t regs[] = { 0x10, 0x1a0, 0x1a8, 0x277 };

/* CPUs 0..ncpus-1 with nodes holding val() at every address of regs. */
static void make_machine(struct fstree *t, unsigned ncpus)
{
	char rel[64];

	fstree_init(t);
	fstree_write(t, "sys/devices/system/cpu/online", "0-%u\n", ncpus - 1);
	for (unsigned c = 0; c < ncpus; c++) {
		snprintf(rel, sizeof(rel), "dev/cpu/%u/msr", c);
		for (size_t i = 0; i < sizeof(regs) / sizeof(regs[0]); i++)
			fstree_node_value(t, rel, regs[i], val(c, regs[i]));
	}
}

/* Can a thread of this process be pinned to cpu? (Is it in our affinity mask?) */
static bool pinnable(unsigned cpu)
{
	cpu_set_t set;

	assert_int_equal(sched_getaffinity(0, sizeof(set), &set), 0);
	return cpu < CPU_SETSIZE && CPU_ISSET(cpu, &set);
}

static void test_read_write(void **state)
{
	(void)state;
	struct fstree t;
	struct msrkit_backend b;
	struct msrkit_cpuset cpus;
	uint64_t v;

	make_machine(&t, 2);
	assert_int_equal(msrkit_backend_msr_open_at(&b, t.root, NULL, MSRKIT_OPEN_WRITE, NULL), 0);
	assert_string_equal(msrkit_backend_name(&b), "msr");
	assert_int_equal(msrkit_backend_cpus(&b, &cpus), 0);
	assert_int_equal(msrkit_cpuset_count(&cpus), 2);

	assert_int_equal(msrkit_backend_read(&b, 1, 0x1a0, &v), 0);
	assert_int_equal(v, val(1, 0x1a0));
	assert_int_equal(msrkit_backend_read(&b, 0, 0x277, &v), 0);
	assert_int_equal(v, val(0, 0x277));
	/* not opened: no such CPU for this backend */
	assert_int_equal(msrkit_backend_read(&b, 2, 0x10, &v), -ENXIO);

	assert_int_equal(msrkit_backend_write(&b, 1, 0x1a8, 0x0123456789abcdefu), 0);
	assert_int_equal(fstree_node_get(&t, "dev/cpu/1/msr", 0x1a8), 0x0123456789abcdefu);
	/* the neighbours are untouched: offsets are addresses */
	assert_int_equal(fstree_node_get(&t, "dev/cpu/1/msr", 0x1a0), val(1, 0x1a0));
	assert_int_equal(fstree_node_get(&t, "dev/cpu/0/msr", 0x1a8), val(0, 0x1a8));
	msrkit_backend_close(&b);
	fstree_free(&t);
}

static void test_short_read(void **state)
{
	(void)state;
	struct fstree t;
	struct msrkit_backend b;
	uint64_t v = 42;

	/* The stand-in ends at 0x27f, after the value written at 0x277. */
	make_machine(&t, 1);
	assert_int_equal(msrkit_backend_msr_open_at(&b, t.root, NULL, 0, NULL), 0);
	assert_int_equal(msrkit_backend_read(&b, 0, 0x27b, &v), -EIO); /* 4 bytes left */
	assert_int_equal(msrkit_backend_read(&b, 0, 0x1000, &v), -EIO); /* 0 bytes left */
	assert_int_equal(v, 42);
	msrkit_backend_close(&b);
	fstree_free(&t);
}

static void test_read_only_write(void **state)
{
	(void)state;
	struct fstree t;
	struct msrkit_backend b;

	make_machine(&t, 1);
	assert_int_equal(msrkit_backend_msr_open_at(&b, t.root, NULL, 0, NULL), 0);
	/* opened O_RDONLY: the kernel's EBADF passes through unchanged */
	assert_int_equal(msrkit_backend_write(&b, 0, 0x1a0, 1), -EBADF);
	assert_int_equal(fstree_node_get(&t, "dev/cpu/0/msr", 0x1a0), val(0, 0x1a0));
	msrkit_backend_close(&b);
	fstree_free(&t);
}

static void test_missing_node(void **state)
{
	(void)state;
	struct fstree t;
	struct msrkit_backend b = { 0 };
	struct msrkit_cpuset cpus;
	unsigned bad = 999;

	make_machine(&t, 2);
	/* CPU 5 is asked for but has no node */
	assert_int_equal(msrkit_cpuset_parse("0-1,5", &cpus, NULL), 0);
	assert_int_equal(msrkit_backend_msr_open_at(&b, t.root, &cpus, 0, &bad), -ENOENT);
	assert_int_equal(bad, 5);
	assert_null(b.ops);
	fstree_free(&t);

	/* no driver at all */
	fstree_init(&t);
	fstree_write(&t, "sys/devices/system/cpu/online", "0-3\n");
	assert_int_equal(msrkit_backend_msr_open_at(&b, t.root, NULL, 0, &bad), -ENOENT);
	assert_int_equal(bad, 0);
	fstree_free(&t);
}

static void test_cpus_without_sysfs(void **state)
{
	(void)state;
	struct fstree t;
	struct msrkit_backend b;
	struct msrkit_cpuset cpus;
	char text[32];

	/* No /sys (a bare container): the CPUs are the directories under /dev/cpu. */
	fstree_init(&t);
	fstree_node(&t, "dev/cpu/0/msr");
	fstree_node(&t, "dev/cpu/3/msr");
	fstree_write(&t, "dev/cpu/microcode", "");
	assert_int_equal(msrkit_backend_msr_open_at(&b, t.root, NULL, 0, NULL), 0);
	assert_int_equal(msrkit_backend_cpus(&b, &cpus), 0);
	msrkit_cpuset_format(&cpus, text, sizeof(text));
	assert_string_equal(text, "0,3");
	msrkit_backend_close(&b);
	fstree_free(&t);

	fstree_init(&t);
	assert_int_equal(msrkit_backend_msr_open_at(&b, t.root, NULL, 0, NULL), -ENOENT);
	fstree_free(&t);
}

/* Opening a 0600 root-owned node as an unprivileged user fails with EACCES. */
static void test_permission(void **state)
{
	(void)state;
	struct fstree t;
	struct msrkit_backend b;
	unsigned bad = 999;
	pid_t pid;
	int status;

	make_machine(&t, 2);
	fstree_chmod(&t, "dev/cpu/1/msr", 0600);
	if (geteuid() != 0) {
		fstree_chmod(&t, "dev/cpu/1/msr", 0000);
		assert_int_equal(msrkit_backend_msr_open_at(&b, t.root, NULL, 0, &bad), -EACCES);
		assert_int_equal(bad, 1);
		fstree_free(&t);
		return;
	}
	/* Root reads any file: check from a child that gives up root. */
	pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		if (setgid(65534) != 0 || setuid(65534) != 0)
			_exit(77);
		int rc = msrkit_backend_msr_open_at(&b, t.root, NULL, 0, &bad);

		_exit(rc == -EACCES && bad == 1 ? 0 : 1);
	}
	assert_int_equal(waitpid(pid, &status, 0), pid);
	assert_true(WIFEXITED(status));
	if (WEXITSTATUS(status) == 77) {
		fstree_free(&t);
		skip();
	}
	assert_int_equal(WEXITSTATUS(status), 0);
	fstree_free(&t);
}

static void run_batch(unsigned ncpus, unsigned flags)
{
	struct fstree t;
	struct msrkit_backend b;
	struct msrkit_batch_stats st;
	struct msrkit_op ops[64];
	size_t n = 0;

	make_machine(&t, ncpus);
	assert_int_equal(msrkit_backend_msr_open_at(&b, t.root, NULL, flags, NULL), 0);
	/* interleaved CPUs, so grouping must keep each op's identity */
	for (size_t i = 0; i < sizeof(regs) / sizeof(regs[0]); i++)
		for (unsigned c = ncpus; c-- > 0;)
			ops[n++] = (struct msrkit_op){ .cpu = c, .address = regs[i], .value = 0xbad, .err = 12345 };
	ops[n++] = (struct msrkit_op){ .cpu = 0, .address = 0x4000 }; /* past the end: short */
	ops[n++] = (struct msrkit_op){ .cpu = ncpus + 7, .address = 0x10 };
	assert_int_equal(msrkit_backend_batch(&b, ops, n, false), 0);
	for (size_t i = 0; i < n - 2; i++) {
		assert_int_equal(ops[i].err, 0);
		assert_int_equal(ops[i].value, val(ops[i].cpu, ops[i].address));
	}
	assert_int_equal(ops[n - 2].err, -EIO);
	assert_int_equal(ops[n - 1].err, -ENXIO);

	assert_int_equal(msrkit_backend_batch_stats(&b, &st), 0);
	assert_int_equal(st.batches, 1);
	if (flags & MSRKIT_OPEN_SERIAL) {
		assert_int_equal(st.threads, 0);
		assert_int_equal(st.cpus_pinned, 0);
		assert_int_equal(st.cpus_unpinned, 1);
	} else {
		/* one group per CPU (the bogus CPU is a group too); pinned
		 * exactly where this process may run */
		unsigned online = (unsigned)sysconf(_SC_NPROCESSORS_ONLN);
		unsigned groups = ncpus + 1, want_pinned = pinnable(ncpus + 7);

		for (unsigned c = 0; c < ncpus; c++)
			want_pinned += pinnable(c);
		(void)online;
		/* a worker for every CPU that could be pinned, none for the others */
		assert_int_equal(st.threads, want_pinned);
		assert_int_equal(st.cpus_pinned, want_pinned);
		assert_int_equal(st.cpus_pinned + st.cpus_unpinned, groups);

		/* the next batch reuses the parked workers */
		for (size_t i = 0; i < n - 2; i++)
			ops[i].value = 0xbad;
		assert_int_equal(msrkit_backend_batch(&b, ops, n, false), 0);
		for (size_t i = 0; i < n - 2; i++)
			assert_int_equal(ops[i].value, val(ops[i].cpu, ops[i].address));
		assert_int_equal(msrkit_backend_batch_stats(&b, &st), 0);
		assert_int_equal(st.batches, 2);
		assert_int_equal(st.threads, want_pinned);
		assert_int_equal(st.cpus_pinned, 2 * want_pinned);
		assert_int_equal(st.cpus_pinned + st.cpus_unpinned, 2 * groups);
	}

	/* batch writes */
	for (unsigned c = 0; c < ncpus; c++)
		ops[c] = (struct msrkit_op){ .cpu = c, .address = 0x1a8, .value = 0xabc0u + c };
	assert_int_equal(msrkit_backend_batch(&b, ops, ncpus, true), 0);
	for (unsigned c = 0; c < ncpus; c++) {
		char rel[32];

		snprintf(rel, sizeof(rel), "dev/cpu/%u/msr", c);
		if (flags & MSRKIT_OPEN_WRITE) {
			assert_int_equal(ops[c].err, 0);
			assert_int_equal(fstree_node_get(&t, rel, 0x1a8), 0xabc0u + c);
		} else {
			assert_int_equal(ops[c].err, -EBADF);
			assert_int_equal(fstree_node_get(&t, rel, 0x1a8), val(c, 0x1a8));
		}
	}
	msrkit_backend_close(&b);
	fstree_free(&t);
}

static void test_batch_pinned(void **state)
{
	(void)state;
	run_batch(2, MSRKIT_OPEN_WRITE);
	/* more CPUs than this machine has: the extra groups run unpinned */
	run_batch(12, 0);
}

static void test_batch_serial(void **state)
{
	(void)state;
	run_batch(3, MSRKIT_OPEN_SERIAL | MSRKIT_OPEN_WRITE);
}

/* A child after fork() has none of its parent's workers: its batches start
 * their own, and the parent's still work afterwards. */
static void test_batch_after_fork(void **state)
{
	(void)state;
	struct fstree t;
	struct msrkit_backend b;
	struct msrkit_op op = { .cpu = 1, .address = regs[0] };
	int status;
	pid_t pid;

	make_machine(&t, 2);
	assert_int_equal(msrkit_backend_msr_open_at(&b, t.root, NULL, 0, NULL), 0);
	assert_int_equal(msrkit_backend_batch(&b, &op, 1, false), 0);
	assert_int_equal(op.value, val(1, regs[0]));
	pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		struct msrkit_op c[2] = { { .cpu = 0, .address = regs[1] }, { .cpu = 1, .address = regs[1] } };
		int rc = msrkit_backend_batch(&b, c, 2, false);

		msrkit_backend_close(&b);
		_exit(rc == 0 && c[0].err == 0 && c[1].err == 0 && c[0].value == val(0, regs[1]) &&
				      c[1].value == val(1, regs[1])
			      ? 0
			      : 1);
	}
	assert_int_equal(waitpid(pid, &status, 0), pid);
	assert_true(WIFEXITED(status));
	assert_int_equal(WEXITSTATUS(status), 0);
	op = (struct msrkit_op){ .cpu = 0, .address = regs[2] };
	assert_int_equal(msrkit_backend_batch(&b, &op, 1, false), 0);
	assert_int_equal(op.value, val(0, regs[2]));
	msrkit_backend_close(&b);
	fstree_free(&t);
}

static void test_stats_other_backend(void **state)
{
	(void)state;
	struct msrkit_backend b;
	struct msrkit_cpuset cpus;
	struct msrkit_batch_stats st;

	assert_int_equal(msrkit_cpuset_parse("0", &cpus, NULL), 0);
	assert_int_equal(msrkit_backend_mem_open(&b, &cpus), 0);
	assert_int_equal(msrkit_backend_batch_stats(&b, &st), -ENOTSUP);
	msrkit_backend_close(&b);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_read_write),
		cmocka_unit_test(test_short_read),
		cmocka_unit_test(test_read_only_write),
		cmocka_unit_test(test_missing_node),
		cmocka_unit_test(test_cpus_without_sysfs),
		cmocka_unit_test(test_permission),
		cmocka_unit_test(test_batch_pinned),
		cmocka_unit_test(test_batch_serial),
		cmocka_unit_test(test_batch_after_fork),
		cmocka_unit_test(test_stats_other_backend),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

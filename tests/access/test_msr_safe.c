/* SPDX-License-Identifier: MIT */
/*
 * msr-safe: the backend over stand-in nodes (the batch ioctl cannot be
 * faked with a file: the ioctl then fails with ENOTTY, which exercises the
 * fallback to the per-CPU nodes), the allowlist parser and loader, and the
 * automatic choice between the stock driver and msr-safe.
 */
#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "msrkit/access.h"

#include "access_int.h"
#include "fstree.h"

static void node(struct fstree *t, unsigned cpu, const char *name, uint32_t address, uint64_t v)
{
	char rel[64];

	snprintf(rel, sizeof(rel), "dev/cpu/%u/%s", cpu, name);
	fstree_node_value(t, rel, address, v);
}

static void test_backend_nodes(void **state)
{
	(void)state;
	struct fstree t;
	struct msrkit_backend b;
	struct msrkit_batch_stats st;
	struct msrkit_op ops[4];
	uint64_t v;

	fstree_init(&t);
	fstree_write(&t, "sys/devices/system/cpu/online", "0-1\n");
	node(&t, 0, "msr_safe", 0x10, 0x1111);
	node(&t, 1, "msr_safe", 0x10, 0x2222);
	node(&t, 1, "msr_safe", 0x18, 0x3333);
	assert_int_equal(msrkit_backend_msr_safe_open_at(&b, t.root, NULL, MSRKIT_OPEN_WRITE, NULL), 0);
	assert_string_equal(msrkit_backend_name(&b), "msr-safe");
	assert_int_equal(msrkit_backend_read(&b, 1, 0x18, &v), 0);
	assert_int_equal(v, 0x3333);
	assert_int_equal(msrkit_backend_write(&b, 0, 0x10, 0x4444), 0);
	assert_int_equal(fstree_node_get(&t, "dev/cpu/0/msr_safe", 0x10), 0x4444);

	/* no /dev/cpu/msr_batch: batches run on the per-CPU nodes */
	ops[0] = (struct msrkit_op){ .cpu = 1, .address = 0x10 };
	ops[1] = (struct msrkit_op){ .cpu = 0, .address = 0x10 };
	ops[2] = (struct msrkit_op){ .cpu = 1, .address = 0x18 };
	ops[3] = (struct msrkit_op){ .cpu = 3, .address = 0x18 };
	assert_int_equal(msrkit_backend_batch(&b, ops, 4, false), 0);
	assert_int_equal(ops[0].value, 0x2222);
	assert_int_equal(ops[1].value, 0x4444);
	assert_int_equal(ops[2].value, 0x3333);
	assert_int_equal(ops[3].err, -ENXIO);
	assert_int_equal(msrkit_backend_batch_stats(&b, &st), 0);
	assert_int_equal(st.batches, 1);
	assert_int_equal(st.cpus_pinned + st.cpus_unpinned, 3);
	msrkit_backend_close(&b);
	fstree_free(&t);
}

static void test_backend_batch_fallback(void **state)
{
	(void)state;
	struct fstree t;
	struct msrkit_backend b;
	struct msrkit_batch_stats st;
	struct msrkit_op ops[3];

	fstree_init(&t);
	fstree_write(&t, "sys/devices/system/cpu/online", "0-1\n");
	node(&t, 0, "msr_safe", 0x10, 0x1111);
	node(&t, 1, "msr_safe", 0x10, 0x2222);
	/* Not the device: the ioctl fails as a whole (ENOTTY); every op
	 * still gets its answer through the nodes. */
	fstree_write(&t, "dev/cpu/msr_batch", "");
	fstree_write(&t, "dev/cpu/msr_safe_version", "2.0.0\n");
	assert_int_equal(msrkit_backend_msr_safe_open_at(&b, t.root, NULL, 0, NULL), 0);
	for (int round = 0; round < 2; round++) {
		ops[0] = (struct msrkit_op){ .cpu = 1, .address = 0x10 };
		ops[1] = (struct msrkit_op){ .cpu = 0, .address = 0x10 };
		ops[2] = (struct msrkit_op){ .cpu = 0, .address = 0x800 };
		assert_int_equal(msrkit_backend_batch(&b, ops, 3, false), 0);
		assert_int_equal(ops[0].err, 0);
		assert_int_equal(ops[0].value, 0x2222);
		assert_int_equal(ops[1].err, 0);
		assert_int_equal(ops[1].value, 0x1111);
		assert_int_equal(ops[2].err, -EIO);
	}
	assert_int_equal(msrkit_backend_batch_stats(&b, &st), 0);
	/* the first batch tried the ioctl, then the nodes; the second went
	 * straight to the nodes */
	assert_int_equal(st.batches, 3);
	msrkit_backend_close(&b);
	fstree_free(&t);
}


/*
 * A simulation of msr-safe's batch ioctl (msr_batch.c and msr-smp.c of
 * msr-safe 1.7-2.x): first every op is checked (CPU online, address in the
 * allowlist, write mask not 0 for writes); if any fails, the call returns
 * that error and runs nothing. Otherwise all ops run; an op whose RDMSR or
 * WRMSR faults gets -EIO and the call returns the first error. Writes only
 * change the bits of the write mask.
 */
static struct {
	unsigned calls;
	uint32_t version;
	int whole_error; /* > 0: fail the call with this errno, touching nothing */
	uint64_t regs[3][4]; /* [cpu][i] for addresses 0x10, 0x18, 0x20, 0x28 */
} sim;

static const struct {
	uint32_t address;
	uint64_t wmask;
} sim_allow[] = { { 0x10, 0 }, { 0x18, 0xff }, { 0x20, ~UINT64_C(0) }, { 0x28, ~UINT64_C(0) } };

static int sim_ioctl(int fd, struct msrkit__msr_batch_array *a)
{
	int err = 0;

	(void)fd;
	sim.calls++;
	sim.version = a->version;
	if (sim.whole_error) {
		errno = sim.whole_error;
		return -1;
	}
	if (a->numops == 0) {
		errno = EINVAL;
		return -1;
	}
	for (uint32_t i = 0; i < a->numops; i++) {
		struct msrkit__msr_batch_op *op = &a->ops[i];
		size_t j;

		op->err = 0;
		if (op->cpu > 1) { /* CPU 2 is offline */
			op->err = err = -ENXIO;
			continue;
		}
		for (j = 0; j < 4 && sim_allow[j].address != op->msr; j++)
			;
		if (j == 4 && op->msr != 0x30) {
			op->err = err = -EACCES;
			continue;
		}
		op->wmask = j < 4 ? sim_allow[j].wmask : ~UINT64_C(0);
		if (op->wmask == 0 && !op->isrdmsr)
			op->err = err = -EROFS;
	}
	if (err) {
		errno = -err;
		return -1;
	}
	for (uint32_t i = 0; i < a->numops; i++) {
		struct msrkit__msr_batch_op *op = &a->ops[i];
		uint64_t *r;

		if (op->msr == 0x30) { /* allowed, but not implemented: #GP */
			op->err = -EIO;
			continue;
		}
		r = &sim.regs[op->cpu][(op->msr - 0x10) / 8];
		if (op->isrdmsr)
			op->msrdata = *r;
		else
			*r = (op->msrdata & op->wmask) | (*r & ~op->wmask);
	}
	for (uint32_t i = 0; i < a->numops; i++) {
		if (a->ops[i].err) {
			errno = -a->ops[i].err;
			return -1;
		}
	}
	return 0;
}

static void sim_machine(struct fstree *t, struct msrkit_backend *b, const char *version)
{
	memset(&sim, 0, sizeof(sim));
	for (unsigned c = 0; c < 3; c++)
		for (unsigned i = 0; i < 4; i++)
			sim.regs[c][i] = 0x100 * (c + 1) + i;
	fstree_init(t);
	fstree_write(t, "sys/devices/system/cpu/online", "0-2\n");
	for (unsigned c = 0; c < 3; c++)
		for (unsigned i = 0; i < 4; i++)
			node(t, c, "msr_safe", 0x10 + 8 * i, sim.regs[c][i]);
	fstree_write(t, "dev/cpu/msr_batch", "");
	if (version)
		fstree_write(t, "dev/cpu/msr_safe_version", "%s", version);
	assert_int_equal(msrkit_backend_msr_safe_open_at(b, t->root, NULL, MSRKIT_OPEN_WRITE, NULL), 0);
	assert_int_equal(msrkit__msr_safe_set_ioctl(b, sim_ioctl), 0);
}

static void test_batch_ioctl_reads(void **state)
{
	(void)state;
	struct fstree t;
	struct msrkit_backend b;
	struct msrkit_op ops[6] = {
		{ .cpu = 1, .address = 0x20 },
		{ .cpu = 0, .address = 0x1a0 }, /* not in the allowlist */
		{ .cpu = 0, .address = 0x10 },
		{ .cpu = 2, .address = 0x10 },  /* CPU offline */
		{ .cpu = 1, .address = 0x30 },  /* faults */
		{ .cpu = 0, .address = 0x28 },
	};

	sim_machine(&t, &b, "2.0.0\n");
	assert_int_equal(msrkit_backend_batch(&b, ops, 6, false), 0);
	/* the allowlist pass stopped the first call; the rest ran in a second */
	assert_int_equal(sim.calls, 2);
	assert_int_equal(sim.version, 0x020000);
	assert_int_equal(ops[0].err, 0);
	assert_int_equal(ops[0].value, 0x202);
	assert_int_equal(ops[1].err, -EACCES);
	assert_int_equal(ops[2].err, 0);
	assert_int_equal(ops[2].value, 0x100);
	assert_int_equal(ops[3].err, -ENXIO);
	assert_int_equal(ops[4].err, -EIO);
	assert_int_equal(ops[5].err, 0);
	assert_int_equal(ops[5].value, 0x103);

	/* only execution errors: one call */
	sim.calls = 0;
	ops[1].address = 0x18;
	ops[3].cpu = 1;
	assert_int_equal(msrkit_backend_batch(&b, ops, 6, false), 0);
	assert_int_equal(sim.calls, 1);
	assert_int_equal(ops[1].err, 0);
	assert_int_equal(ops[1].value, 0x101);
	assert_int_equal(ops[3].value, 0x200);
	assert_int_equal(ops[4].err, -EIO);
	msrkit_backend_close(&b);
	fstree_free(&t);
}

static void test_batch_ioctl_writes(void **state)
{
	(void)state;
	struct fstree t;
	struct msrkit_backend b;
	struct msrkit_op ops[4] = {
		{ .cpu = 0, .address = 0x18, .value = 0xabcd }, /* write mask 0xff */
		{ .cpu = 1, .address = 0x10, .value = 1 },      /* read-only */
		{ .cpu = 1, .address = 0x20, .value = 0x5555 },
		{ .cpu = 5, .address = 0x20, .value = 0x5555 }, /* not opened */
	};

	sim_machine(&t, &b, "1.7\n");
	assert_int_equal(msrkit_backend_batch(&b, ops, 4, true), 0);
	assert_int_equal(sim.version, 0x010700);
	assert_int_equal(sim.calls, 2);
	assert_int_equal(ops[0].err, 0);
	assert_int_equal(sim.regs[0][1], 0x1cd); /* the kernel kept the bits outside the mask (0x101) */
	assert_int_equal(ops[1].err, -EROFS);
	assert_int_equal(sim.regs[1][0], 0x200);
	assert_int_equal(ops[2].err, 0);
	assert_int_equal(sim.regs[1][2], 0x5555);
	assert_int_equal(ops[3].err, -ENXIO);
	msrkit_backend_close(&b);
	fstree_free(&t);
}

static void test_batch_ioctl_chunks(void **state)
{
	(void)state;
	struct fstree t;
	struct msrkit_backend b;
	static struct msrkit_op ops[2500];

	sim_machine(&t, &b, NULL);
	for (size_t i = 0; i < 2500; i++)
		ops[i] = (struct msrkit_op){ .cpu = (unsigned)(i % 2), .address = 0x10 + 8 * (uint32_t)(i % 4) };
	assert_int_equal(msrkit_backend_batch(&b, ops, 2500, false), 0);
	assert_int_equal(sim.calls, 3); /* 1024 + 1024 + 452 */
	assert_int_equal(sim.version, 0x020000); /* version unreadable: 2.0.0 */
	for (size_t i = 0; i < 2500; i++) {
		assert_int_equal(ops[i].err, 0);
		assert_int_equal(ops[i].value, sim.regs[i % 2][i % 4]);
	}
	msrkit_backend_close(&b);
	fstree_free(&t);
}

static void test_batch_ioctl_unusable(void **state)
{
	(void)state;
	struct fstree t;
	struct msrkit_backend b;
	struct msrkit_op ops[2] = { { .cpu = 2, .address = 0x28 }, { .cpu = 0, .address = 0x20 } };

	/* a module of another major version: the nodes serve, the ioctl is
	 * not tried again */
	sim_machine(&t, &b, "3.1.0\n");
	sim.whole_error = ENOPROTOOPT;
	assert_int_equal(msrkit_backend_batch(&b, ops, 2, false), 0);
	assert_int_equal(ops[0].err, 0);
	assert_int_equal(ops[0].value, 0x303);
	assert_int_equal(ops[1].value, 0x102);
	assert_int_equal(msrkit_backend_batch(&b, ops, 2, false), 0);
	assert_int_equal(sim.calls, 1);
	msrkit_backend_close(&b);
	fstree_free(&t);

	/* a transient failure: fall back this time, try the ioctl again next time */
	sim_machine(&t, &b, NULL);
	sim.whole_error = ENOMEM;
	assert_int_equal(msrkit_backend_batch(&b, ops, 2, false), 0);
	assert_int_equal(ops[0].value, 0x303);
	sim.whole_error = 0;
	assert_int_equal(msrkit_backend_batch(&b, ops, 2, false), 0);
	assert_int_equal(sim.calls, 3); /* tried again: the allowlist pass, then the rest */
	assert_int_equal(ops[0].err, -ENXIO); /* the simulated kernel has CPU 2 offline */
	msrkit_backend_close(&b);
	fstree_free(&t);
}

static const char allowlist_text[] =
	"# MSR      Write mask\n"
	"0x00000010 0x0000000000000000\n"
	"0x000001A0 0x0000000000000004   # IA32_MISC_ENABLE\r\n"
	"\n"
	"   0x199 0xffff\n"
	"0x00000277 0xFFFFFFFFFFFFFFFF\n";

static void test_allowlist_parse(void **state)
{
	(void)state;
	struct msrkit_allowlist al;
	const struct msrkit_allowlist_entry *e;
	struct msrkit_text_error err = { 0 };

	assert_int_equal(msrkit_allowlist_parse(allowlist_text, sizeof(allowlist_text) - 1, &al, &err), 0);
	assert_int_equal(al.n, 4);
	/* sorted by address */
	assert_int_equal(al.entries[0].address, 0x10);
	assert_int_equal(al.entries[1].address, 0x199);
	assert_int_equal(al.entries[2].address, 0x1a0);
	assert_int_equal(al.entries[3].address, 0x277);
	e = msrkit_allowlist_find(&al, 0x1a0);
	assert_non_null(e);
	assert_int_equal(e->write_mask, 4);
	e = msrkit_allowlist_find(&al, 0x199);
	assert_non_null(e);
	assert_int_equal(e->write_mask, 0xffff);
	assert_int_equal(msrkit_allowlist_find(&al, 0x277)->write_mask, UINT64_MAX);
	assert_int_equal(msrkit_allowlist_find(&al, 0x10)->write_mask, 0);
	assert_null(msrkit_allowlist_find(&al, 0x3a));
	msrkit_allowlist_free(&al);
	assert_null(al.entries);

	/* kstrtoull base 0: decimal and octal as msr-safe reads them */
	assert_int_equal(msrkit_allowlist_parse("16 0\n010 7", 10, &al, &err), 0);
	assert_int_equal(al.n, 2);
	assert_int_equal(al.entries[0].address, 8);
	assert_int_equal(al.entries[1].address, 16);
	msrkit_allowlist_free(&al);

	assert_int_equal(msrkit_allowlist_parse("", 0, &al, &err), 0);
	assert_int_equal(al.n, 0);
}

static void expect_bad(const char *text, size_t line, size_t col, const char *msg)
{
	struct msrkit_allowlist al;
	struct msrkit_text_error err = { 0 };

	assert_int_equal(msrkit_allowlist_parse(text, strlen(text), &al, &err), -EINVAL);
	assert_int_equal(err.line, line);
	assert_int_equal(err.column, col);
	assert_string_equal(err.msg, msg);
	assert_null(al.entries);
}

static void test_allowlist_errors(void **state)
{
	(void)state;
	expect_bad("0x10 0x0\nzz 0x0\n", 2, 1, "expected a register address (0x hex)");
	expect_bad("0x10\n", 1, 5, "missing write mask");
	expect_bad("0x10   \n", 1, 8, "missing write mask");
	expect_bad("0x10 0x0 0x5\n", 1, 10, "unexpected text after the write mask");
	expect_bad("0x10,0x0\n", 1, 5, "expected a blank after the address");
	expect_bad("0x100000000 0x0\n", 1, 1, "register address beyond 32 bits");
	expect_bad("0x10 0x10000000000000000\n", 1, 6, "write mask beyond 64 bits");
	expect_bad("0x10 0xg\n", 1, 6, "expected a write mask (0x hex)");
	expect_bad("08 0\n", 1, 1, "expected a register address (0x hex)");
	expect_bad("# list\n0x10 0x0\n0x20 0x0\n0x10 0xff\n", 4, 1, "register listed twice");
}

static void test_allowlist_load_and_line(void **state)
{
	(void)state;
	struct fstree t;
	struct msrkit_allowlist al;
	char line[64];

	fstree_init(&t);
	assert_int_equal(msrkit_allowlist_load(t.root, &al, NULL), -ENOENT);
	/* msr-safe before 1.5: the whitelist */
	fstree_write(&t, "dev/cpu/msr_whitelist", "0x000001A0 0x0000000000000000\n");
	assert_int_equal(msrkit_allowlist_load(t.root, &al, NULL), 0);
	assert_int_equal(al.n, 1);
	msrkit_allowlist_free(&al);
	/* the allowlist wins when both exist */
	fstree_write(&t, "dev/cpu/msr_allowlist", "%s", allowlist_text);
	assert_int_equal(msrkit_allowlist_load(t.root, &al, NULL), 0);
	assert_int_equal(al.n, 4);
	msrkit_allowlist_free(&al);
	fstree_free(&t);

	assert_int_equal(msrkit_allowlist_format_line(0x1a0, 0, line, sizeof(line)), 29);
	assert_string_equal(line, "0x000001A0 0x0000000000000000");
	msrkit_allowlist_format_line(0xc0010299, 0xffffffffu, line, sizeof(line));
	assert_string_equal(line, "0xC0010299 0x00000000FFFFFFFF");
}

static void test_auto(void **state)
{
	(void)state;
	struct fstree t;
	struct msrkit_backend b;
	struct msrkit_open_report r;

	/* only msr-safe: the stock driver is rejected (no node), msr-safe chosen */
	fstree_init(&t);
	fstree_write(&t, "sys/devices/system/cpu/online", "0-1\n");
	node(&t, 0, "msr_safe", 0x10, 1);
	node(&t, 1, "msr_safe", 0x10, 2);
	assert_int_equal(msrkit_backend_open_auto(&b, NULL, t.root, NULL, 0, &r), 0);
	assert_string_equal(msrkit_backend_name(&b), "msr-safe");
	assert_string_equal(r.chosen, "msr-safe");
	assert_int_equal(r.n, 2);
	assert_string_equal(r.attempt[0].backend, "msr");
	assert_int_equal(r.attempt[0].err, -ENOENT);
	assert_int_equal(r.attempt[0].cpu, 0);
	assert_false(r.attempt[0].policy);
	assert_string_equal(r.attempt[1].backend, "msr-safe");
	assert_int_equal(r.attempt[1].err, 0);
	msrkit_backend_close(&b);

	/* explicit: only the one named */
	assert_int_equal(msrkit_backend_open_auto(&b, "msr", t.root, NULL, 0, &r), -ENOENT);
	assert_int_equal(r.n, 1);
	assert_null(r.chosen);
	assert_null(b.ops);
	assert_int_equal(msrkit_backend_open_auto(&b, "msr-safe", t.root, NULL, 0, &r), 0);
	assert_int_equal(r.n, 1);
	msrkit_backend_close(&b);
	assert_int_equal(msrkit_backend_open_auto(&b, "msrsafe", t.root, NULL, 0, &r), -EINVAL);
	assert_int_equal(r.n, 0);

	/* both: the stock driver first */
	node(&t, 0, "msr", 0x10, 1);
	node(&t, 1, "msr", 0x10, 2);
	assert_int_equal(msrkit_backend_open_auto(&b, "auto", t.root, NULL, MSRKIT_OPEN_WRITE, &r), 0);
	assert_string_equal(r.chosen, "msr");
	assert_int_equal(r.n, 1);
	msrkit_backend_close(&b);

	/* writes under lockdown: the stock driver would refuse them, msr-safe does not */
	fstree_write(&t, "sys/kernel/security/lockdown", "none [integrity] confidentiality\n");
	assert_int_equal(msrkit_backend_open_auto(&b, NULL, t.root, NULL, MSRKIT_OPEN_WRITE, &r), 0);
	assert_string_equal(r.chosen, "msr-safe");
	assert_int_equal(r.attempt[0].err, -EPERM);
	assert_true(r.attempt[0].policy);
	msrkit_backend_close(&b);
	/* reading under lockdown is fine */
	assert_int_equal(msrkit_backend_open_auto(&b, NULL, t.root, NULL, 0, &r), 0);
	assert_string_equal(r.chosen, "msr");
	msrkit_backend_close(&b);
	fstree_free(&t);

	/* stock driver only, writes disabled: -EPERM (not the ENOENT of msr-safe) */
	fstree_init(&t);
	fstree_write(&t, "sys/devices/system/cpu/online", "0\n");
	fstree_write(&t, "sys/module/msr/parameters/allow_writes", "off\n");
	node(&t, 0, "msr", 0x10, 1);
	assert_int_equal(msrkit_backend_open_auto(&b, NULL, t.root, NULL, MSRKIT_OPEN_WRITE, &r), -EPERM);
	assert_int_equal(r.n, 2);
	assert_true(r.attempt[0].policy);
	assert_int_equal(r.attempt[1].err, -ENOENT);
	assert_null(b.ops);
	fstree_free(&t);

	/* nothing at all */
	fstree_init(&t);
	fstree_write(&t, "sys/devices/system/cpu/online", "0\n");
	assert_int_equal(msrkit_backend_open_auto(&b, NULL, t.root, NULL, 0, NULL), -ENOENT);
	fstree_free(&t);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_backend_nodes),
		cmocka_unit_test(test_backend_batch_fallback),
		cmocka_unit_test(test_batch_ioctl_reads),
		cmocka_unit_test(test_batch_ioctl_writes),
		cmocka_unit_test(test_batch_ioctl_chunks),
		cmocka_unit_test(test_batch_ioctl_unusable),
		cmocka_unit_test(test_allowlist_parse),
		cmocka_unit_test(test_allowlist_errors),
		cmocka_unit_test(test_allowlist_load_and_line),
		cmocka_unit_test(test_auto),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

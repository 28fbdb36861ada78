/* SPDX-License-Identifier: MIT */
/*
 * Safe multi-CPU writes. Nothing is written until every old value is known;
 * each write is read back; on the first failure every change is undone,
 * last first, and each undo is checked. The per-item report says exactly
 * what happened, so the caller can tell the user what state each CPU is in.
 */
#include <errno.h>
#include <stdlib.h>

#include "access_int.h"

static uint64_t verify_mask(const struct msrkit_txn_item *it)
{
	return it->verify_mask ? it->verify_mask : it->mask;
}

static void reset_out(struct msrkit_txn_item *it)
{
	it->state = MSRKIT_TXN_UNTOUCHED;
	it->failed_stage = MSRKIT_TXN_STAGE_NONE;
	it->err = 0;
	it->has_old = it->written = it->has_readback = it->verified = false;
	it->restore_attempted = it->has_final = false;
	it->old_value = it->new_value = it->readback = it->final_value = 0;
	it->restore_err = 0;
}

static void fail_item(struct msrkit_txn_summary *s, size_t i, struct msrkit_txn_item *it, enum msrkit_txn_stage stage,
		      int err)
{
	it->failed_stage = stage;
	it->err = err;
	if (s->failed_item == SIZE_MAX) {
		s->failed_item = i;
		s->failed_stage = stage;
		s->failed_err = err;
	}
}

/* True when a read-back shows old_value in the checked bits. */
static bool holds_old(const struct msrkit_txn_item *it, uint64_t v)
{
	return ((v ^ it->old_value) & verify_mask(it)) == 0;
}

/*
 * Puts the mask bits of an item back to their old value, then reads back.
 * Read-modify-write, so bits outside the mask that moved on their own
 * (status, counters) are left as they are now; if the current value cannot
 * be read, the whole old value is written.
 */
static void restore(struct msrkit_backend *b, struct msrkit_txn_item *it)
{
	uint64_t cur, v;
	int rc;

	it->restore_attempted = true;
	if (msrkit_backend_read(b, it->cpu, it->address, &cur) == 0)
		v = (cur & ~it->mask) | (it->old_value & it->mask);
	else
		v = it->old_value;
	rc = msrkit_backend_write(b, it->cpu, it->address, v);
	if (rc == 0)
		rc = msrkit_backend_read(b, it->cpu, it->address, &it->final_value);
	if (rc) {
		it->restore_err = rc;
		it->state = MSRKIT_TXN_RESTORE_FAILED;
		return;
	}
	it->has_final = true;
	it->state = holds_old(it, it->final_value) ? MSRKIT_TXN_RESTORED : MSRKIT_TXN_RESTORE_FAILED;
}

/* After the write of an item failed or did not verify: settle it. */
static void settle_failed(struct msrkit_backend *b, struct msrkit_txn_item *it)
{
	uint64_t v;

	if (it->written) {
		/* Accepted but wrong, or unreadable afterwards: put it back. */
		restore(b, it);
		return;
	}
	/* Refused: the CPU keeps the old value (#GP aborts WRMSR). Confirm it
	 * by reading back before believing it. */
	if (msrkit_backend_read(b, it->cpu, it->address, &v) == 0 && holds_old(it, v)) {
		it->has_final = true;
		it->final_value = v;
		it->state = MSRKIT_TXN_UNCHANGED;
		return;
	}
	restore(b, it);
}

static void summarize(const struct msrkit_txn_item *items, size_t n, struct msrkit_txn_summary *s)
{
	s->committed = s->unchanged = s->restored = s->restore_failed = s->untouched = 0;
	for (size_t i = 0; i < n; i++) {
		switch (items[i].state) {
		case MSRKIT_TXN_UNTOUCHED: s->untouched++; break;
		case MSRKIT_TXN_COMMITTED: s->committed++; break;
		case MSRKIT_TXN_UNCHANGED: s->unchanged++; break;
		case MSRKIT_TXN_RESTORED: s->restored++; break;
		case MSRKIT_TXN_RESTORE_FAILED: s->restore_failed++; break;
		}
	}
}

static bool has_duplicates(const struct msrkit_txn_item *items, size_t n)
{
	/* Transactions are a register on each CPU: small n, and a duplicate
	 * would make the restore order ambiguous. */
	for (size_t i = 0; i < n; i++)
		for (size_t j = i + 1; j < n; j++)
			if (items[i].cpu == items[j].cpu && items[i].address == items[j].address)
				return true;
	return false;
}

int msrkit_txn_run(struct msrkit_backend *b, struct msrkit_txn_item *items, size_t n,
		   const struct msrkit_txn_opts *opts, struct msrkit_txn_summary *sum)
{
	struct msrkit_txn_summary local;
	struct msrkit_txn_summary *s = sum ? sum : &local;
	struct msrkit_op *ops;
	size_t failed = SIZE_MAX;
	int rc;

	*s = (struct msrkit_txn_summary){ .failed_item = SIZE_MAX };
	if (!b || !b->ops || (!items && n))
		return -EINVAL;
	for (size_t i = 0; i < n; i++)
		reset_out(&items[i]);
	if (n == 0)
		return 0;
	if (has_duplicates(items, n))
		return -EINVAL;
	s->untouched = n;

	/* (a) every old value, CPUs in parallel. */
	ops = calloc(n, sizeof(*ops));
	if (!ops)
		return -ENOMEM;
	for (size_t i = 0; i < n; i++)
		ops[i] = (struct msrkit_op){ .cpu = items[i].cpu, .address = items[i].address };
	rc = msrkit_backend_batch(b, ops, n, false);
	for (size_t i = 0; i < n && rc == 0; i++) {
		struct msrkit_txn_item *it = &items[i];

		if (ops[i].err) {
			fail_item(s, i, it, MSRKIT_TXN_STAGE_READ, ops[i].err);
			continue;
		}
		it->has_old = true;
		it->old_value = ops[i].value;
		/* (b) the new value: read-modify-write of the mask bits. */
		it->new_value = (it->old_value & ~it->mask) | (it->value & it->mask);
		if (it->check_current && it->old_value != it->expected)
			fail_item(s, i, it, MSRKIT_TXN_STAGE_CHECK, 0);
	}
	free(ops);
	if (rc) {
		/* The batch could not run at all: report it on the first item. */
		fail_item(s, 0, &items[0], MSRKIT_TXN_STAGE_READ, rc);
		return -ECANCELED;
	}
	if (s->failed_item != SIZE_MAX)
		return -ECANCELED;

	/* (c) last chance to look at the plan. */
	if (opts && opts->plan) {
		rc = opts->plan(opts->ctx, items, n);
		if (rc) {
			s->failed_item = SIZE_MAX;
			s->failed_stage = MSRKIT_TXN_STAGE_PLAN;
			s->failed_err = rc < 0 ? rc : 0;
			return -ECANCELED;
		}
	}

	/* (d) write and verify, item by item. */
	for (size_t i = 0; i < n; i++) {
		struct msrkit_txn_item *it = &items[i];

		if ((opts && (opts->flags & MSRKIT_TXN_SKIP_SAME)) && it->old_value == it->new_value) {
			it->verified = true;
			it->state = MSRKIT_TXN_COMMITTED;
			continue;
		}
		rc = msrkit_backend_write(b, it->cpu, it->address, it->new_value);
		if (rc) {
			fail_item(s, i, it, MSRKIT_TXN_STAGE_WRITE, rc);
			failed = i;
			break;
		}
		it->written = true;
		rc = msrkit_backend_read(b, it->cpu, it->address, &it->readback);
		if (rc) {
			fail_item(s, i, it, MSRKIT_TXN_STAGE_VERIFY, rc);
			failed = i;
			break;
		}
		it->has_readback = true;
		if (((it->readback ^ it->new_value) & verify_mask(it)) != 0) {
			fail_item(s, i, it, MSRKIT_TXN_STAGE_VERIFY, 0);
			failed = i;
			break;
		}
		it->verified = true;
		it->state = MSRKIT_TXN_COMMITTED;
	}
	if (failed == SIZE_MAX) {
		summarize(items, n, s);
		return 0;
	}

	/* (e) undo: the failed item, then every written one, last first. */
	settle_failed(b, &items[failed]);
	for (size_t i = failed; i-- > 0;) {
		struct msrkit_txn_item *it = &items[i];

		if (!it->written) {
			/* Skipped as already holding the new value: nothing changed. */
			it->state = MSRKIT_TXN_UNTOUCHED;
			continue;
		}
		restore(b, it);
	}
	summarize(items, n, s);
	return s->restore_failed ? -ENOTRECOVERABLE : -ECANCELED;
}

int msrkit_write_txn(struct msrkit_backend *b, const struct msrkit_cpuset *cpus, uint32_t address, uint64_t mask,
		     uint64_t value, const struct msrkit_txn_opts *opts, struct msrkit_txn_item *items, size_t cap,
		     struct msrkit_txn_summary *sum)
{
	size_t n = 0;

	if (sum)
		*sum = (struct msrkit_txn_summary){ .failed_item = SIZE_MAX };
	if (!b || !cpus || !items || mask == 0)
		return -EINVAL;
	if (msrkit_cpuset_count(cpus) > cap)
		return -ENOSPC;
	for (int c = msrkit_cpuset_next(cpus, 0); c >= 0; c = msrkit_cpuset_next(cpus, (unsigned)c + 1))
		items[n++] = (struct msrkit_txn_item){ .cpu = (unsigned)c, .address = address, .mask = mask, .value = value };
	return msrkit_txn_run(b, items, n, opts, sum);
}

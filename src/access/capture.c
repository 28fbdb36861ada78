/* SPDX-License-Identifier: MIT */
/*
 * Capturing CPUs into a snapshot: CPUID first, then the database registers
 * that apply, in batches (a register whose applicability names another MSR
 * waits for that MSR's batch), then the scan ranges.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "msrkit/capture.h"
#include "msrkit/lookup.h"

/* One database register instance. */
struct cand {
	uint32_t address;
	uint32_t seq; /* database order, for a stable sort */
	const struct msrkit_reg *reg;
};

/* Per-CPU state of an address: not decided yet, not to be read, in the
 * batch being built, read. */
enum { ST_PENDING = 0, ST_SKIP, ST_QUEUED, ST_DONE };

struct capture {
	struct msrkit_snapshot *s;
	struct cand *cand;
	size_t ncand;
	size_t *gstart; /* group g: cand[gstart[g] .. gstart[g + 1]) share one address */
	size_t ngroups;
};

/* A CPU as the applicability rules see it during the capture. */
struct cap_cpu {
	const struct capture *cap;
	unsigned cpu;
	uint8_t *state;   /* ngroups entries */
	bool hit_pending; /* a rule asked for an MSR not read yet */
	struct msrkit_cpu id;
};

static int cand_cmp(const void *a, const void *b)
{
	const struct cand *x = a, *y = b;

	if (x->address != y->address)
		return x->address < y->address ? -1 : 1;
	return x->seq < y->seq ? -1 : x->seq > y->seq;
}

static int build_candidates(struct capture *c)
{
	struct msrkit_db_iter it;
	const struct msrkit_reg *r;
	size_t n = 0, i, g;

	msrkit_db_iter_init(&it);
	while ((r = msrkit_db_iter_next(&it)))
		n += msrkit_reg_instances(r);
	c->cand = calloc(n ? n : 1, sizeof(*c->cand));
	c->gstart = calloc(n + 1, sizeof(*c->gstart));
	if (!c->cand || !c->gstart)
		return -ENOMEM;
	msrkit_db_iter_init(&it);
	while ((r = msrkit_db_iter_next(&it))) {
		uint32_t stride = r->stride ? r->stride : 1u;

		for (i = 0; i < msrkit_reg_instances(r); i++) {
			c->cand[c->ncand].address = r->address + (uint32_t)i * stride;
			c->cand[c->ncand].seq = (uint32_t)c->ncand;
			c->cand[c->ncand].reg = r;
			c->ncand++;
		}
	}
	qsort(c->cand, c->ncand, sizeof(*c->cand), cand_cmp);
	for (i = 0, g = 0; i < c->ncand; i++)
		if (i == 0 || c->cand[i].address != c->cand[i - 1].address)
			c->gstart[g++] = i;
	c->gstart[g] = c->ncand;
	c->ngroups = g;
	return 0;
}

/* The group of address, or -1. */
static long group_of(const struct capture *c, uint32_t address)
{
	size_t lo = 0, hi = c->ngroups;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		uint32_t a = c->cand[c->gstart[mid]].address;

		if (a == address)
			return (long)mid;
		if (a < address)
			lo = mid + 1;
		else
			hi = mid;
	}
	return -1;
}

static bool cap_cpuid(const void *ctx, uint32_t leaf, uint32_t subleaf, uint32_t out[4])
{
	const struct cap_cpu *cc = ctx;

	return msrkit_snapshot_cpuid(cc->cap->s, cc->cpu, leaf, subleaf, out) == 0;
}

/* RDMSR for the applicability rules: what the capture has read so far. A
 * database register judged not to exist reads as faulting, like the CPU
 * would; one still to be read is unknown, and noted. */
static int cap_rdmsr(const void *ctx, uint32_t address, uint64_t *val)
{
	/* The context is the capture's own non-const storage. */
	struct cap_cpu *cc = (struct cap_cpu *)ctx;
	int rc = msrkit_snapshot_read_msr(cc->cap->s, cc->cpu, address, val);
	long g;

	if (rc != -ENOENT)
		return rc;
	g = group_of(cc->cap, address);
	if (g < 0)
		return -ENOENT;
	if (cc->state[g] == ST_SKIP)
		return -MSRKIT_EIO;
	if (cc->state[g] == ST_PENDING || cc->state[g] == ST_QUEUED)
		cc->hit_pending = true;
	return -ENOENT;
}

/* Should group g be read on cc now (ST_QUEUED), never (ST_SKIP), or later
 * (ST_PENDING: it depends on an MSR not read yet, or read in this batch)? */
static int decide(struct cap_cpu *cc, size_t g, bool may_defer)
{
	const struct capture *c = cc->cap;
	bool defer = false;
	size_t i;

	for (i = c->gstart[g]; i < c->gstart[g + 1]; i++) {
		enum msrkit_tristate t;

		cc->hit_pending = false;
		t = msrkit_reg_applies(c->cand[i].reg, &cc->id);
		if (t == MSRKIT_YES)
			return ST_QUEUED;
		if (t == MSRKIT_UNKNOWN) {
			if (!(cc->hit_pending && may_defer))
				return ST_QUEUED;
			defer = true;
		}
	}
	return defer ? ST_PENDING : ST_SKIP;
}

struct cpuid_sink {
	struct msrkit_snapshot *s;
	struct msrkit_backend *b;
	unsigned cpu;
	int store_err; /* adding to the snapshot failed (out of memory) */
};

static int query_backend(void *ctx, uint32_t leaf, uint32_t subleaf, uint32_t out[4])
{
	struct cpuid_sink *k = ctx;

	return msrkit_backend_cpuid(k->b, k->cpu, leaf, subleaf, out);
}

static int emit_snapshot(void *ctx, const struct msrkit_snapshot_cpuid *e)
{
	struct cpuid_sink *k = ctx;

	k->store_err = msrkit_snapshot_add_cpuid(k->s, k->cpu, e);
	return k->store_err;
}

/* Stores the results of a batch. probe: a #GP is "nothing here", not stored. */
static int record(struct msrkit_snapshot *s, const struct msrkit_op *ops, size_t n, bool probe,
		  struct msrkit_capture_stats *st)
{
	size_t i;
	int rc;

	st->reads += n;
	for (i = 0; i < n; i++) {
		struct msrkit_snapshot_msr e = { .address = ops[i].address, .err = ops[i].err, .value = ops[i].value };

		if (probe && e.err == -EIO)
			continue;
		if (e.err && !msrkit_snapshot_errname(e.err)) {
			if (!st->unrecordable++)
				st->unrecordable_err = e.err;
			continue;
		}
		rc = msrkit_snapshot_add_msr(s, ops[i].cpu, &e);
		if (rc)
			return rc;
		if (e.err)
			st->failures++;
		else
			st->values++;
	}
	return 0;
}

static int capture_database(struct capture *c, struct msrkit_backend *b, struct cap_cpu *cpus, size_t ncpus,
			    struct msrkit_capture_stats *st)
{
	struct msrkit_op *ops;
	bool may_defer = true;
	size_t ci, g, n;
	int rc = 0;

	ops = calloc(ncpus * c->ngroups + 1, sizeof(*ops));
	if (!ops)
		return -ENOMEM;
	for (;;) {
		bool pending = false;

		n = 0;
		for (ci = 0; ci < ncpus; ci++) {
			for (g = 0; g < c->ngroups; g++) {
				if (cpus[ci].state[g] != ST_PENDING)
					continue;
				cpus[ci].state[g] = (uint8_t)decide(&cpus[ci], g, may_defer);
				if (cpus[ci].state[g] == ST_QUEUED) {
					ops[n].cpu = cpus[ci].cpu;
					ops[n].address = c->cand[c->gstart[g]].address;
					ops[n].value = 0;
					ops[n].err = 0;
					n++;
				} else if (cpus[ci].state[g] == ST_PENDING) {
					pending = true;
				}
			}
		}
		if (n == 0) {
			if (!pending)
				break;
			/* Registers waiting on each other: read them all. */
			may_defer = false;
			continue;
		}
		rc = msrkit_backend_batch(b, ops, n, false);
		if (rc)
			break;
		st->rounds++;
		rc = record(c->s, ops, n, false, st);
		if (rc)
			break;
		for (ci = 0; ci < ncpus; ci++)
			for (g = 0; g < c->ngroups; g++)
				if (cpus[ci].state[g] == ST_QUEUED)
					cpus[ci].state[g] = ST_DONE;
		/* Sorted, so the next round's lookups are binary searches. */
		rc = msrkit_snapshot_finalize(c->s);
		if (rc < 0)
			break;
		rc = 0;
	}
	free(ops);
	return rc;
}

/* Addresses per scan batch (over all CPUs), to bound memory. */
#define SCAN_BATCH 65536u

static int capture_scan(struct msrkit_snapshot *s, struct msrkit_backend *b, const struct cap_cpu *cpus,
			size_t ncpus, const struct msrkit_capture_opts *o, struct msrkit_capture_stats *st)
{
	struct msrkit_op *ops = calloc(SCAN_BATCH + ncpus, sizeof(*ops));
	size_t r, n = 0, ci;
	int rc = 0;

	if (!ops)
		return -ENOMEM;
	for (r = 0; r < o->nscan && !rc; r++) {
		uint64_t a;

		for (a = o->scan[r].first; a <= o->scan[r].last && !rc; a++) {
			for (ci = 0; ci < ncpus; ci++) {
				uint64_t v;

				/* Already captured (a database register, an earlier range). */
				if (msrkit_snapshot_read_msr(s, cpus[ci].cpu, (uint32_t)a, &v) != -ENOENT)
					continue;
				ops[n].cpu = cpus[ci].cpu;
				ops[n].address = (uint32_t)a;
				ops[n].value = 0;
				ops[n].err = 0;
				n++;
			}
			if (n >= SCAN_BATCH || (r + 1 == o->nscan && a == o->scan[r].last)) {
				rc = msrkit_backend_batch(b, ops, n, false);
				if (!rc) {
					st->rounds++;
					rc = record(s, ops, n, true, st);
				}
				/* Sorted again, so "already captured" stays a binary search. */
				if (!rc && msrkit_snapshot_finalize(s) < 0)
					rc = -ENOMEM;
				n = 0;
			}
		}
	}
	free(ops);
	return rc;
}

int msrkit_snapshot_capture(struct msrkit_snapshot *s, struct msrkit_backend *b, const struct msrkit_cpuset *cpus,
			    const struct msrkit_capture_opts *opts, struct msrkit_capture_stats *stats)
{
	static const struct msrkit_capture_opts defaults;
	struct msrkit_capture_stats st = { 0 };
	struct capture c = { .s = s };
	struct cap_cpu *cc = NULL;
	uint8_t *states = NULL;
	size_t ncpus, i;
	int cpu, rc;

	if (!s || !b || !b->ops || !cpus)
		return -EINVAL;
	if (!opts)
		opts = &defaults;
	if (opts->nscan && !opts->scan)
		return -EINVAL;
	ncpus = msrkit_cpuset_count(cpus);
	rc = build_candidates(&c);
	if (rc)
		goto out;
	cc = calloc(ncpus ? ncpus : 1, sizeof(*cc));
	states = calloc(ncpus * c.ngroups + 1, 1);
	if (!cc || !states) {
		rc = -ENOMEM;
		goto out;
	}
	i = 0;
	for (cpu = msrkit_cpuset_next(cpus, 0); cpu >= 0; cpu = msrkit_cpuset_next(cpus, (unsigned)cpu + 1)) {
		struct cpuid_sink k = { .s = s, .b = b, .cpu = (unsigned)cpu };

		rc = msrkit_snapshot_add_cpu(s, (unsigned)cpu);
		if (rc)
			goto out;
		if (!opts->no_cpuid) {
			rc = msrkit_cpuid_enumerate(query_backend, &k, emit_snapshot, &k);
			if (k.store_err) {
				rc = k.store_err;
				goto out;
			}
			if (rc < 0) {
				if (!st.cpuid_failed++) {
					st.cpuid_err = rc;
					st.cpuid_err_cpu = (unsigned)cpu;
				}
			} else {
				st.cpuid_entries += (size_t)rc;
			}
		}
		cc[i].cap = &c;
		cc[i].cpu = (unsigned)cpu;
		cc[i].state = states + i * c.ngroups;
		i++;
	}
	st.cpus = ncpus;
	rc = msrkit_snapshot_finalize(s);
	if (rc < 0)
		goto out;
	for (i = 0; i < ncpus; i++) {
		cc[i].id.cpuid = cap_cpuid;
		cc[i].id.rdmsr = cap_rdmsr;
		cc[i].id.ctx = &cc[i];
		msrkit_cpu_identify(&cc[i].id);
	}
	rc = opts->no_database ? 0 : capture_database(&c, b, cc, ncpus, &st);
	if (!rc && opts->nscan)
		rc = capture_scan(s, b, cc, ncpus, opts, &st);
	if (!rc && msrkit_snapshot_finalize(s) < 0)
		rc = -ENOMEM;
out:
	if (stats)
		*stats = st;
	free(states);
	free(cc);
	free(c.cand);
	free(c.gstart);
	return rc < 0 ? rc : 0;
}

/* SPDX-License-Identifier: MIT */
/*
 * Per-CPU device nodes and the batch runner shared by the msr and msr-safe
 * backends: a batch is grouped by CPU and each group runs on a worker pinned
 * to its CPU (cpu_workers.c). Reading an MSR of CPU N from a thread running on N
 * lets the kernel execute RDMSR directly instead of interrupting CPU N with a
 * cross-call (under QEMU about 80 times cheaper), which is what turbostat does
 * by migrating itself; running the CPUs' groups in parallel hides the rest.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "access_int.h"

/* A CPU's share of the batch (its CPU is cpus[] at the same index). */
struct group {
	size_t first, count; /* range in order[] */
};

struct runner {
	struct msrkit_op *ops;
	size_t *order; /* op indices sorted by CPU, stable */
	struct group *groups;
	void (*fn)(void *ctx, struct msrkit_op *op);
	void *ctx;
};

static void run_group(void *arg, size_t gi)
{
	struct runner *r = arg;
	const struct group *g = &r->groups[gi];

	for (size_t i = 0; i < g->count; i++)
		r->fn(r->ctx, &r->ops[r->order[g->first + i]]);
}

static int cmp_by_cpu(const void *a, const void *b, void *ops_arg)
{
	const struct msrkit_op *ops = ops_arg;
	size_t ia = *(const size_t *)a, ib = *(const size_t *)b;

	if (ops[ia].cpu != ops[ib].cpu)
		return ops[ia].cpu < ops[ib].cpu ? -1 : 1;
	return ia < ib ? -1 : ia > ib; /* keep the caller's order within a CPU */
}

int msrkit__run_per_cpu(struct msrkit__workers **pool, struct msrkit_op *ops, size_t n, bool serial,
			struct msrkit__stats *stats, void (*fn)(void *ctx, struct msrkit_op *op), void *ctx)
{
	struct runner r = { .ops = ops, .fn = fn, .ctx = ctx };
	unsigned *cpus = NULL;
	size_t ngroups = 0;
	int rc = 0;

	if (n == 0)
		return 0;
	atomic_fetch_add(&stats->batches, 1);
	if (serial) {
		/* Caller's thread, caller's order: the reference to compare against. */
		atomic_fetch_add(&stats->unpinned, 1);
		for (size_t i = 0; i < n; i++)
			fn(ctx, &ops[i]);
		return 0;
	}
	if (!*pool && (rc = msrkit__workers_create(pool)) != 0)
		return rc;
	r.order = malloc(n * sizeof(*r.order));
	r.groups = malloc(n * sizeof(*r.groups));
	cpus = malloc(n * sizeof(*cpus));
	if (!r.order || !r.groups || !cpus) {
		rc = -ENOMEM;
		goto out;
	}
	for (size_t i = 0; i < n; i++)
		r.order[i] = i;
	qsort_r(r.order, n, sizeof(*r.order), cmp_by_cpu, ops);
	for (size_t i = 0; i < n; i++) {
		unsigned cpu = ops[r.order[i]].cpu;

		if (ngroups == 0 || cpus[ngroups - 1] != cpu) {
			cpus[ngroups] = cpu;
			r.groups[ngroups++] = (struct group){ .first = i };
		}
		r.groups[ngroups - 1].count++;
	}
	msrkit__workers_run(*pool, ngroups, cpus, run_group, &r, stats);
out:
	free(cpus);
	free(r.order);
	free(r.groups);
	return rc;
}

/* ---- per-CPU nodes ---- */

/* Every CPU N with a directory root/dev/cpu/N: the fallback when sysfs is unreadable. */
static int scan_dev_cpus(const char *root, struct msrkit_cpuset *out)
{
	char path[4096];
	struct dirent *de;
	DIR *d;
	int rc = msrkit__path(path, sizeof(path), root, "/dev/cpu");

	if (rc)
		return rc;
	d = opendir(path);
	if (!d)
		return -errno;
	msrkit_cpuset_clear(out);
	while ((de = readdir(d)) != NULL) {
		const char *p = de->d_name;
		unsigned long cpu = 0;

		/* A CPU directory is a plain decimal number. */
		if (*p == '\0')
			continue;
		while (*p >= '0' && *p <= '9' && cpu < MSRKIT_CPUSET_MAX)
			cpu = cpu * 10 + (unsigned long)(*p++ - '0');
		if (*p == '\0' && cpu < MSRKIT_CPUSET_MAX)
			msrkit_cpuset_add(out, (unsigned)cpu);
	}
	closedir(d);
	return msrkit_cpuset_count(out) ? 0 : -ENOENT;
}

int msrkit__nodes_open(struct msrkit__nodes *n, const char *root, const char *name, const struct msrkit_cpuset *cpus,
		       unsigned flags, unsigned *bad_cpu)
{
	struct msrkit_cpuset want;
	int rc;

	memset(n, 0, sizeof(*n));
	if (cpus) {
		want = *cpus;
	} else if (msrkit_cpuset_online_at(root, &want) != 0) {
		rc = scan_dev_cpus(root, &want);
		if (rc)
			return rc;
	}
	if (msrkit_cpuset_count(&want) == 0)
		return -EINVAL;
	n->fd = malloc(MSRKIT_CPUSET_MAX * sizeof(*n->fd));
	if (!n->fd)
		return -ENOMEM;
	for (unsigned i = 0; i < MSRKIT_CPUSET_MAX; i++)
		n->fd[i] = -1;
	n->flags = flags;
	msrkit_cpuset_clear(&n->cpus);
	for (int c = msrkit_cpuset_next(&want, 0); c >= 0; c = msrkit_cpuset_next(&want, (unsigned)c + 1)) {
		char path[4096];
		int fd;

		rc = msrkit__path(path, sizeof(path), root, "/dev/cpu/%d/%s", c, name);
		if (rc == 0) {
			fd = open(path, ((flags & MSRKIT_OPEN_WRITE) ? O_RDWR : O_RDONLY) | O_CLOEXEC);
			if (fd < 0)
				rc = -errno;
		}
		if (rc) {
			if (bad_cpu)
				*bad_cpu = (unsigned)c;
			msrkit__nodes_close(n);
			return rc;
		}
		n->fd[c] = fd;
		msrkit_cpuset_add(&n->cpus, (unsigned)c);
	}
	atomic_init(&n->stats.batches, 0);
	atomic_init(&n->stats.threads, 0);
	atomic_init(&n->stats.pinned, 0);
	atomic_init(&n->stats.unpinned, 0);
	return 0;
}

void msrkit__nodes_close(struct msrkit__nodes *n)
{
	if (n->fd) {
		for (int c = msrkit_cpuset_next(&n->cpus, 0); c >= 0; c = msrkit_cpuset_next(&n->cpus, (unsigned)c + 1))
			if (n->fd[c] >= 0)
				close(n->fd[c]);
		free(n->fd);
	}
	msrkit__workers_destroy(n->workers);
	n->workers = NULL;
	n->fd = NULL;
	msrkit_cpuset_clear(&n->cpus);
}

int msrkit__nodes_read(struct msrkit__nodes *n, unsigned cpu, uint32_t address, uint64_t *value)
{
	uint64_t v;
	ssize_t r;
	int rc;

	if (!msrkit_cpuset_has(&n->cpus, cpu))
		return -ENXIO;
	do
		r = pread(n->fd[cpu], &v, sizeof(v), (off_t)address);
	while (r < 0 && errno == EINTR);
	rc = msrkit__io_result(r, errno);

	if (rc == 0)
		*value = v;
	return rc;
}

int msrkit__nodes_write(struct msrkit__nodes *n, unsigned cpu, uint32_t address, uint64_t value)
{
	ssize_t r;

	if (!msrkit_cpuset_has(&n->cpus, cpu))
		return -ENXIO;
	do
		r = pwrite(n->fd[cpu], &value, sizeof(value), (off_t)address);
	while (r < 0 && errno == EINTR);
	return msrkit__io_result(r, errno);
}

static void node_read_op(void *ctx, struct msrkit_op *op)
{
	op->err = msrkit__nodes_read(ctx, op->cpu, op->address, &op->value);
}

static void node_write_op(void *ctx, struct msrkit_op *op)
{
	op->err = msrkit__nodes_write(ctx, op->cpu, op->address, op->value);
}

int msrkit__nodes_batch(struct msrkit__nodes *n, struct msrkit_op *ops, size_t count, bool write)
{
	return msrkit__run_per_cpu(&n->workers, ops, count, (n->flags & MSRKIT_OPEN_SERIAL) != 0, &n->stats,
				   write ? node_write_op : node_read_op, n);
}

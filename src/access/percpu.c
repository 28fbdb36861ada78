/* SPDX-License-Identifier: MIT */
/*
 * Per-CPU device nodes and the pinned-thread batch runner shared by the msr
 * and msr-safe backends. Reading an MSR of CPU N from a thread running on N
 * lets the kernel execute RDMSR directly instead of interrupting CPU N with a
 * cross-call (under QEMU about 80 times cheaper), which is what turbostat does
 * by migrating itself; running the CPUs' groups in parallel hides the rest.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "access_int.h"

struct group {
	unsigned cpu;
	size_t first, count; /* range in order[] */
};

struct runner {
	struct msrkit_op *ops;
	size_t *order;        /* op indices sorted by CPU, stable */
	struct group *groups;
	size_t ngroups;
	atomic_size_t next;   /* next group to take */
	bool serial;
	struct msrkit__stats *stats;
	void (*fn)(void *ctx, struct msrkit_op *op);
	void *ctx;
};

static void run_group(struct runner *r, const struct group *g, bool pin)
{
	if (pin && msrkit__pin_self(g->cpu) == 0)
		atomic_fetch_add(&r->stats->pinned, 1);
	else
		atomic_fetch_add(&r->stats->unpinned, 1);
	for (size_t i = 0; i < g->count; i++)
		r->fn(r->ctx, &r->ops[r->order[g->first + i]]);
}

static void *worker(void *arg)
{
	struct runner *r = arg;
	size_t g;

	while ((g = atomic_fetch_add(&r->next, 1)) < r->ngroups)
		run_group(r, &r->groups[g], true);
	return NULL;
}

static int cmp_by_cpu(const void *a, const void *b, void *ops_arg)
{
	const struct msrkit_op *ops = ops_arg;
	size_t ia = *(const size_t *)a, ib = *(const size_t *)b;

	if (ops[ia].cpu != ops[ib].cpu)
		return ops[ia].cpu < ops[ib].cpu ? -1 : 1;
	return ia < ib ? -1 : ia > ib; /* keep the caller's order within a CPU */
}

static unsigned online_cpus(void)
{
	long n = sysconf(_SC_NPROCESSORS_ONLN);

	return n > 0 ? (unsigned)n : 1;
}

int msrkit__run_per_cpu(struct msrkit_op *ops, size_t n, bool serial, struct msrkit__stats *stats,
			void (*fn)(void *ctx, struct msrkit_op *op), void *ctx)
{
	struct runner r = { .ops = ops, .serial = serial, .stats = stats, .fn = fn, .ctx = ctx };
	pthread_t *tids = NULL;
	size_t nthreads = 0, want;
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
	r.order = malloc(n * sizeof(*r.order));
	r.groups = malloc(n * sizeof(*r.groups));
	if (!r.order || !r.groups) {
		rc = -ENOMEM;
		goto out;
	}
	for (size_t i = 0; i < n; i++)
		r.order[i] = i;
	qsort_r(r.order, n, sizeof(*r.order), cmp_by_cpu, ops);
	for (size_t i = 0; i < n; i++) {
		unsigned cpu = ops[r.order[i]].cpu;

		if (r.ngroups == 0 || r.groups[r.ngroups - 1].cpu != cpu)
			r.groups[r.ngroups++] = (struct group){ .cpu = cpu, .first = i };
		r.groups[r.ngroups - 1].count++;
	}
	atomic_init(&r.next, 0);

	want = r.ngroups < online_cpus() ? r.ngroups : online_cpus();
	tids = malloc(want * sizeof(*tids));
	if (tids) {
		while (nthreads < want && pthread_create(&tids[nthreads], NULL, worker, &r) == 0)
			nthreads++;
	}
	atomic_fetch_add(&stats->threads, nthreads);
	if (nthreads == 0) {
		/* No thread could be started: still correct, just unpinned. */
		size_t g;

		while ((g = atomic_fetch_add(&r.next, 1)) < r.ngroups)
			run_group(&r, &r.groups[g], false);
	}
	for (size_t i = 0; i < nthreads; i++)
		pthread_join(tids[i], NULL);
out:
	free(tids);
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
	return msrkit__run_per_cpu(ops, count, (n->flags & MSRKIT_OPEN_SERIAL) != 0, &n->stats,
				   write ? node_write_op : node_read_op, n);
}

/* SPDX-License-Identifier: MIT */
/* The Linux msr driver backend: /dev/cpu/N/msr. */
#include <errno.h>
#include <stdlib.h>

#include "access_int.h"

static int msr_read(struct msrkit_backend *b, unsigned cpu, uint32_t address, uint64_t *value)
{
	return msrkit__nodes_read(b->priv, cpu, address, value);
}

static int msr_write(struct msrkit_backend *b, unsigned cpu, uint32_t address, uint64_t value)
{
	return msrkit__nodes_write(b->priv, cpu, address, value);
}

static int msr_batch(struct msrkit_backend *b, struct msrkit_op *ops, size_t n, bool write)
{
	return msrkit__nodes_batch(b->priv, ops, n, write);
}

static int msr_cpuid(struct msrkit_backend *b, unsigned cpu, uint32_t leaf, uint32_t subleaf, uint32_t out[4])
{
	struct msrkit__nodes *n = b->priv;

	if (!msrkit_cpuset_has(&n->cpus, cpu))
		return -ENXIO;
	return msrkit_cpuid_on(cpu, leaf, subleaf, out);
}

static int msr_cpus(struct msrkit_backend *b, struct msrkit_cpuset *out)
{
	struct msrkit__nodes *n = b->priv;

	*out = n->cpus;
	return 0;
}

static void msr_close(struct msrkit_backend *b)
{
	msrkit__nodes_close(b->priv);
	free(b->priv);
}

const struct msrkit_backend_ops msrkit__msr_ops = {
	.name = "msr",
	.read = msr_read,
	.write = msr_write,
	.batch = msr_batch,
	.cpuid = msr_cpuid,
	.cpus = msr_cpus,
	.close = msr_close,
};

int msrkit_backend_msr_open_at(struct msrkit_backend *b, const char *root, const struct msrkit_cpuset *cpus,
			       unsigned flags, unsigned *bad_cpu)
{
	struct msrkit__nodes *n;
	int rc;

	if (!b)
		return -EINVAL;
	n = malloc(sizeof(*n));
	if (!n)
		return -ENOMEM;
	rc = msrkit__nodes_open(n, root, "msr", cpus, flags, bad_cpu);
	if (rc) {
		free(n);
		return rc;
	}
	b->ops = &msrkit__msr_ops;
	b->priv = n;
	return 0;
}

int msrkit_backend_msr_open(struct msrkit_backend *b, const struct msrkit_cpuset *cpus, unsigned flags)
{
	return msrkit_backend_msr_open_at(b, NULL, cpus, flags, NULL);
}

int msrkit_backend_batch_stats(struct msrkit_backend *b, struct msrkit_batch_stats *out)
{
	if (!b || !out)
		return -EINVAL;
	if (b->ops != &msrkit__msr_ops && b->ops != &msrkit__msr_safe_ops)
		return -ENOTSUP;
	msrkit__stats_get(&((struct msrkit__nodes *)b->priv)->stats, out);
	return 0;
}

/* SPDX-License-Identifier: MIT */
/* Calls through a backend's operations, with the generic batch loop. */
#include <errno.h>

#include "access_int.h"

int msrkit_backend_read(struct msrkit_backend *b, unsigned cpu, uint32_t address, uint64_t *value)
{
	if (!b || !b->ops || !value)
		return -EINVAL;
	return b->ops->read(b, cpu, address, value);
}

int msrkit_backend_write(struct msrkit_backend *b, unsigned cpu, uint32_t address, uint64_t value)
{
	if (!b || !b->ops)
		return -EINVAL;
	if (!b->ops->write)
		return -EROFS; /* snapshots and other read-only sources */
	return b->ops->write(b, cpu, address, value);
}

int msrkit_backend_batch(struct msrkit_backend *b, struct msrkit_op *ops, size_t n, bool write)
{
	if (!b || !b->ops || (!ops && n))
		return -EINVAL;
	if (n == 0)
		return 0;
	if (b->ops->batch)
		return b->ops->batch(b, ops, n, write);
	for (size_t i = 0; i < n; i++)
		ops[i].err = write ? msrkit_backend_write(b, ops[i].cpu, ops[i].address, ops[i].value)
				   : b->ops->read(b, ops[i].cpu, ops[i].address, &ops[i].value);
	return 0;
}

int msrkit_backend_cpuid(struct msrkit_backend *b, unsigned cpu, uint32_t leaf, uint32_t subleaf, uint32_t out[4])
{
	if (!b || !b->ops || !out)
		return -EINVAL;
	if (!b->ops->cpuid)
		return -ENOTSUP;
	return b->ops->cpuid(b, cpu, leaf, subleaf, out);
}

int msrkit_backend_cpus(struct msrkit_backend *b, struct msrkit_cpuset *out)
{
	if (!b || !b->ops || !out)
		return -EINVAL;
	if (!b->ops->cpus)
		return -ENOTSUP;
	return b->ops->cpus(b, out);
}

void msrkit_backend_close(struct msrkit_backend *b)
{
	if (!b || !b->ops)
		return;
	if (b->ops->close)
		b->ops->close(b);
	b->ops = NULL;
	b->priv = NULL;
}

const char *msrkit_backend_name(const struct msrkit_backend *b)
{
	return b && b->ops && b->ops->name ? b->ops->name : "none";
}

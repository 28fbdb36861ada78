/* SPDX-License-Identifier: MIT */
/*
 * The in-memory backend: registers and CPUID leaves in tables, with injected
 * faults and a log of writes, so every error path above it can be exercised
 * without hardware (and so the CLI can test itself).
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "access_int.h"

#define MAX_FAULTS 64

struct reg {
	unsigned cpu;
	uint32_t address;
	uint64_t value;
	uint64_t writable;
};

struct leaf {
	unsigned cpu;
	uint32_t leaf, subleaf;
	uint32_t regs[4];
};

struct fault_slot {
	struct msrkit_mem_fault f;
	unsigned seen, fired;
};

struct mem {
	struct msrkit_cpuset cpus;
	struct reg *regs; /* sorted by (cpu, address) */
	size_t nregs, capregs;
	struct leaf *leaves; /* sorted by (cpu, leaf, subleaf) */
	size_t nleaves, capleaves;
	struct fault_slot faults[MAX_FAULTS];
	size_t nfaults;
	struct msrkit_mem_write *log;
	size_t nlog, caplog;
	unsigned long reads;
};

static int grow(void **arr, size_t *cap, size_t n, size_t size)
{
	size_t ncap;
	void *p;

	if (n < *cap)
		return 0;
	ncap = *cap ? *cap * 2 : 16;
	p = realloc(*arr, ncap * size);
	if (!p)
		return -ENOMEM;
	*arr = p;
	*cap = ncap;
	return 0;
}

/* Index of (cpu, address), or where it would be inserted (*found false). */
static size_t reg_pos(const struct mem *m, unsigned cpu, uint32_t address, bool *found)
{
	size_t lo = 0, hi = m->nregs;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		const struct reg *r = &m->regs[mid];

		if (r->cpu == cpu && r->address == address) {
			*found = true;
			return mid;
		}
		if (r->cpu < cpu || (r->cpu == cpu && r->address < address))
			lo = mid + 1;
		else
			hi = mid;
	}
	*found = false;
	return lo;
}

static struct reg *reg_find(struct mem *m, unsigned cpu, uint32_t address)
{
	bool found;
	size_t i = reg_pos(m, cpu, address, &found);

	return found ? &m->regs[i] : NULL;
}

static int leaf_cmp(const struct leaf *l, unsigned cpu, uint32_t leaf, uint32_t subleaf)
{
	if (l->cpu != cpu)
		return l->cpu < cpu ? -1 : 1;
	if (l->leaf != leaf)
		return l->leaf < leaf ? -1 : 1;
	if (l->subleaf != subleaf)
		return l->subleaf < subleaf ? -1 : 1;
	return 0;
}

static size_t leaf_pos(const struct mem *m, unsigned cpu, uint32_t leaf, uint32_t subleaf, bool *found)
{
	size_t lo = 0, hi = m->nleaves;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = leaf_cmp(&m->leaves[mid], cpu, leaf, subleaf);

		if (c == 0) {
			*found = true;
			return mid;
		}
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	*found = false;
	return lo;
}

/* The error of the first active fault matching this operation, or 0. */
static int fault_for(struct mem *m, unsigned kind, unsigned cpu, uint32_t address)
{
	for (size_t i = 0; i < m->nfaults; i++) {
		struct fault_slot *s = &m->faults[i];
		const struct msrkit_mem_fault *f = &s->f;

		if (!(f->on & kind) || (f->cpu != MSRKIT_MEM_ANY_CPU && f->cpu != cpu))
			continue;
		if (kind != MSRKIT_MEM_FAULT_CPUID && !f->any_address && f->address != address)
			continue;
		if (++s->seen <= f->skip || (f->times && s->fired >= f->times))
			continue;
		s->fired++;
		/* A short transfer goes through the same check as the device backends. */
		return f->short_io ? msrkit__io_result(4, 0) : f->err;
	}
	return 0;
}

static int mem_read(struct msrkit_backend *b, unsigned cpu, uint32_t address, uint64_t *value)
{
	struct mem *m = b->priv;
	struct reg *r;
	int rc;

	m->reads++;
	if (!msrkit_cpuset_has(&m->cpus, cpu))
		return -ENXIO;
	rc = fault_for(m, MSRKIT_MEM_FAULT_READ, cpu, address);
	if (rc)
		return rc;
	r = reg_find(m, cpu, address);
	if (!r)
		return -EIO;
	*value = r->value;
	return 0;
}

static int mem_write(struct msrkit_backend *b, unsigned cpu, uint32_t address, uint64_t value)
{
	struct mem *m = b->priv;
	struct reg *r = NULL;
	int rc;

	if (grow((void **)&m->log, &m->caplog, m->nlog, sizeof(*m->log)))
		return -ENOMEM;
	if (!msrkit_cpuset_has(&m->cpus, cpu))
		rc = -ENXIO;
	else if ((rc = fault_for(m, MSRKIT_MEM_FAULT_WRITE, cpu, address)) == 0 &&
		 !(r = reg_find(m, cpu, address)))
		rc = -EIO;
	if (rc == 0)
		r->value = (value & r->writable) | (r->value & ~r->writable);
	m->log[m->nlog++] = (struct msrkit_mem_write){ .cpu = cpu, .address = address, .value = value, .err = rc };
	return rc;
}

static int mem_cpuid(struct msrkit_backend *b, unsigned cpu, uint32_t leaf, uint32_t subleaf, uint32_t out[4])
{
	struct mem *m = b->priv;
	bool found;
	size_t i;
	int rc;

	if (!msrkit_cpuset_has(&m->cpus, cpu))
		return -ENXIO;
	rc = fault_for(m, MSRKIT_MEM_FAULT_CPUID, cpu, 0);
	if (rc)
		return rc;
	i = leaf_pos(m, cpu, leaf, subleaf, &found);
	if (!found)
		return -ENODATA;
	memcpy(out, m->leaves[i].regs, sizeof(m->leaves[i].regs));
	return 0;
}

static int mem_cpus(struct msrkit_backend *b, struct msrkit_cpuset *out)
{
	struct mem *m = b->priv;

	*out = m->cpus;
	return 0;
}

static void mem_close(struct msrkit_backend *b)
{
	struct mem *m = b->priv;

	free(m->regs);
	free(m->leaves);
	free(m->log);
	free(m);
}

static const struct msrkit_backend_ops mem_ops = {
	.name = "memory",
	.read = mem_read,
	.write = mem_write,
	.batch = NULL,
	.cpuid = mem_cpuid,
	.cpus = mem_cpus,
	.close = mem_close,
};

int msrkit_backend_mem_open(struct msrkit_backend *b, const struct msrkit_cpuset *cpus)
{
	struct mem *m;

	if (!b || !cpus || msrkit_cpuset_count(cpus) == 0)
		return -EINVAL;
	m = calloc(1, sizeof(*m));
	if (!m)
		return -ENOMEM;
	m->cpus = *cpus;
	b->ops = &mem_ops;
	b->priv = m;
	return 0;
}

static struct mem *mem_of(struct msrkit_backend *b)
{
	return b && b->ops == &mem_ops ? b->priv : NULL;
}

/* Iterates c over cpu, or over every CPU of the set when cpu is MSRKIT_MEM_ANY_CPU. */
#define FOR_CPUS(m, cpu, c)                                                                          \
	for (int c = (cpu) == MSRKIT_MEM_ANY_CPU ? msrkit_cpuset_next(&(m)->cpus, 0) : (int)(cpu); c >= 0; \
	     c = (cpu) == MSRKIT_MEM_ANY_CPU ? msrkit_cpuset_next(&(m)->cpus, (unsigned)c + 1) : -1)

static int set_one(struct mem *m, unsigned cpu, uint32_t address, uint64_t value)
{
	bool found;
	size_t i = reg_pos(m, cpu, address, &found);

	if (found) {
		m->regs[i].value = value;
		return 0;
	}
	if (grow((void **)&m->regs, &m->capregs, m->nregs, sizeof(*m->regs)))
		return -ENOMEM;
	memmove(&m->regs[i + 1], &m->regs[i], (m->nregs - i) * sizeof(*m->regs));
	m->regs[i] = (struct reg){ .cpu = cpu, .address = address, .value = value, .writable = ~UINT64_C(0) };
	m->nregs++;
	return 0;
}

int msrkit_mem_set(struct msrkit_backend *b, unsigned cpu, uint32_t address, uint64_t value)
{
	struct mem *m = mem_of(b);

	if (!m || (cpu != MSRKIT_MEM_ANY_CPU && !msrkit_cpuset_has(&m->cpus, cpu)))
		return -EINVAL;
	FOR_CPUS(m, cpu, c) {
		int rc = set_one(m, (unsigned)c, address, value);

		if (rc)
			return rc;
	}
	return 0;
}

int msrkit_mem_get(struct msrkit_backend *b, unsigned cpu, uint32_t address, uint64_t *value)
{
	struct mem *m = mem_of(b);
	struct reg *r;

	if (!m || !value)
		return -EINVAL;
	r = reg_find(m, cpu, address);
	if (!r)
		return -ENOENT;
	*value = r->value;
	return 0;
}

int msrkit_mem_set_writable(struct msrkit_backend *b, unsigned cpu, uint32_t address, uint64_t mask)
{
	struct mem *m = mem_of(b);

	if (!m || (cpu != MSRKIT_MEM_ANY_CPU && !msrkit_cpuset_has(&m->cpus, cpu)))
		return -EINVAL;
	FOR_CPUS(m, cpu, c) {
		struct reg *r = reg_find(m, (unsigned)c, address);

		if (!r)
			return -ENOENT;
		r->writable = mask;
	}
	return 0;
}

int msrkit_mem_set_cpuid(struct msrkit_backend *b, unsigned cpu, uint32_t leaf, uint32_t subleaf, const uint32_t regs[4])
{
	struct mem *m = mem_of(b);

	if (!m || !regs || (cpu != MSRKIT_MEM_ANY_CPU && !msrkit_cpuset_has(&m->cpus, cpu)))
		return -EINVAL;
	FOR_CPUS(m, cpu, c) {
		bool found;
		size_t i = leaf_pos(m, (unsigned)c, leaf, subleaf, &found);

		if (!found) {
			if (grow((void **)&m->leaves, &m->capleaves, m->nleaves, sizeof(*m->leaves)))
				return -ENOMEM;
			memmove(&m->leaves[i + 1], &m->leaves[i], (m->nleaves - i) * sizeof(*m->leaves));
			m->nleaves++;
		}
		m->leaves[i] = (struct leaf){ .cpu = (unsigned)c, .leaf = leaf, .subleaf = subleaf };
		memcpy(m->leaves[i].regs, regs, sizeof(m->leaves[i].regs));
	}
	return 0;
}

int msrkit_mem_add_fault(struct msrkit_backend *b, const struct msrkit_mem_fault *f)
{
	struct mem *m = mem_of(b);

	if (!m || !f || !f->on || (f->on & ~(MSRKIT_MEM_FAULT_READ | MSRKIT_MEM_FAULT_WRITE | MSRKIT_MEM_FAULT_CPUID)) ||
	    (!f->short_io && f->err >= 0))
		return -EINVAL;
	if (m->nfaults == MAX_FAULTS)
		return -ENOSPC;
	m->faults[m->nfaults++] = (struct fault_slot){ .f = *f };
	return 0;
}

void msrkit_mem_clear_faults(struct msrkit_backend *b)
{
	struct mem *m = mem_of(b);

	if (m)
		m->nfaults = 0;
}

size_t msrkit_mem_write_log(struct msrkit_backend *b, const struct msrkit_mem_write **log)
{
	struct mem *m = mem_of(b);

	if (log)
		*log = m ? m->log : NULL;
	return m ? m->nlog : 0;
}

void msrkit_mem_clear_log(struct msrkit_backend *b)
{
	struct mem *m = mem_of(b);

	if (m)
		m->nlog = 0;
}

unsigned long msrkit_mem_read_count(struct msrkit_backend *b)
{
	struct mem *m = mem_of(b);

	return m ? m->reads : 0;
}

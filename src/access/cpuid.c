/* SPDX-License-Identifier: MIT */
/*
 * CPUID by instruction on a chosen CPU, and binding a struct msrkit_cpu to a
 * backend so the core can query CPUID and MSRs of that CPU.
 */
#include <errno.h>
#include <pthread.h>
#include <sched.h>
#include <string.h>

#if defined(__x86_64__) || defined(__i386__)
#include <cpuid.h>
#endif

#include "access_int.h"

int msrkit_cpuid_local(uint32_t leaf, uint32_t subleaf, uint32_t out[4])
{
#if defined(__x86_64__) || defined(__i386__)
	unsigned a, b, c, d;

	/* __cpuid_count, not __get_cpuid_count: the caller (and the core)
	 * decides whether a leaf is in range, as real tools must. */
	__cpuid_count(leaf, subleaf, a, b, c, d);
	out[0] = a;
	out[1] = b;
	out[2] = c;
	out[3] = d;
	return 0;
#else
	(void)leaf;
	(void)subleaf;
	(void)out;
	return -ENOTSUP;
#endif
}

struct cpuid_job {
	unsigned cpu;
	uint32_t leaf, subleaf;
	uint32_t out[4];
	int rc;
};

static void *cpuid_thread(void *arg)
{
	struct cpuid_job *j = arg;

	j->rc = msrkit__pin_self(j->cpu);
	/* The affinity call succeeds only when the CPU is allowed and online;
	 * the scheduler then never runs this thread elsewhere. */
	if (j->rc == 0)
		j->rc = msrkit_cpuid_local(j->leaf, j->subleaf, j->out);
	return NULL;
}

int msrkit_cpuid_on(unsigned cpu, uint32_t leaf, uint32_t subleaf, uint32_t out[4])
{
	struct cpuid_job j = { .cpu = cpu, .leaf = leaf, .subleaf = subleaf };
	pthread_t t;
	int rc;

	if (!out)
		return -EINVAL;
	/* A separate thread keeps the caller's own affinity untouched. */
	rc = pthread_create(&t, NULL, cpuid_thread, &j);
	if (rc)
		return -rc;
	pthread_join(t, NULL);
	if (j.rc == 0)
		memcpy(out, j.out, sizeof(j.out));
	return j.rc;
}

static bool bound_cpuid(const void *ctx, uint32_t leaf, uint32_t subleaf, uint32_t out[4])
{
	/* The source is the caller's non-const storage; the const comes from
	 * struct msrkit_cpu, whose callbacks must not change the CPU. */
	struct msrkit_cpu_source *s = (struct msrkit_cpu_source *)ctx;
	unsigned slot;
	int rc;

	for (unsigned i = 0; i < s->ncached; i++) {
		if (s->cache[i].leaf == leaf && s->cache[i].subleaf == subleaf) {
			if (s->cache[i].ok)
				memcpy(out, s->cache[i].regs, sizeof(s->cache[i].regs));
			return s->cache[i].ok;
		}
	}
	rc = msrkit_backend_cpuid(s->backend, s->cpu, leaf, subleaf, out);
	if (rc != 0 && rc != -ENODATA)
		return false; /* maybe transient (no thread, CPU briefly offline): ask again next time */
	if (s->ncached < MSRKIT_CPUID_CACHE) {
		slot = s->ncached++;
	} else {
		slot = s->next;
		s->next = (s->next + 1) % MSRKIT_CPUID_CACHE;
	}
	s->cache[slot].leaf = leaf;
	s->cache[slot].subleaf = subleaf;
	s->cache[slot].ok = rc == 0;
	if (rc == 0)
		memcpy(s->cache[slot].regs, out, sizeof(s->cache[slot].regs));
	return rc == 0;
}

static int bound_rdmsr(const void *ctx, uint32_t address, uint64_t *val)
{
	const struct msrkit_cpu_source *s = ctx;

	/* -EIO (the CPU faulted) is -MSRKIT_EIO, as cpu.h asks. */
	return msrkit_backend_read(s->backend, s->cpu, address, val);
}

int msrkit_cpu_bind(struct msrkit_cpu *out, struct msrkit_cpu_source *src, struct msrkit_backend *b, unsigned cpu)
{
	if (!out || !src || !b || !b->ops)
		return -EINVAL;
	memset(src, 0, sizeof(*src));
	src->backend = b;
	src->cpu = cpu;
	memset(out, 0, sizeof(*out));
	out->cpuid = bound_cpuid;
	out->rdmsr = bound_rdmsr;
	out->ctx = src;
	return msrkit_cpu_identify(out) == 0 ? 0 : -ENODATA;
}

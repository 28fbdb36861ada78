/* SPDX-License-Identifier: MIT */
/*
 * Walking every CPUID leaf and subleaf of a CPU: the ranges a CPU declares
 * and, for leaves that take a subleaf, each leaf's own rule for where its
 * subleaves end (SDM Vol. 2A "CPUID", AMD APM Vol. 3 "CPUID").
 */
#include <errno.h>

#include "msrkit/capture.h"

/* How a leaf's subleaves end. */
enum sub_rule {
	SUB_ONCE = 0, /* the leaf ignores ECX */
	SUB_ZERO,     /* subleaf 0 only */
	SUB_CACHE,    /* until EAX[4:0] (cache type) is 0 */
	SUB_LEVEL,    /* until ECX[15:8] (level type) is 0 */
	SUB_MAX_EAX,  /* 0 .. subleaf 0's EAX */
	SUB_XSAVE,    /* 0, 1, and the supported state components */
	SUB_BITS_EAX, /* 0 and each n >= 1 set in subleaf 0's EAX */
	SUB_BITS_EBX, /* ... EBX */
	SUB_BITS_EDX, /* ... EDX */
	SUB_SGX,      /* 0, 1, then EPC sections until EAX[3:0] is 0 */
	SUB_PCONFIG,  /* until EAX[11:0] (sub-leaf type) is 0 */
};

static const struct {
	uint32_t leaf;
	enum sub_rule rule;
} sub_rules[] = {
	{ 0x4, SUB_CACHE },         /* deterministic cache parameters */
	{ 0x7, SUB_MAX_EAX },       /* structured extended features */
	{ 0xb, SUB_LEVEL },         /* extended topology */
	{ 0xd, SUB_XSAVE },         /* processor extended state */
	{ 0xf, SUB_BITS_EDX },      /* RDT monitoring: resource types in EDX */
	{ 0x10, SUB_BITS_EBX },     /* RDT allocation: resource IDs in EBX */
	{ 0x12, SUB_SGX },          /* SGX capabilities and EPC sections */
	{ 0x14, SUB_MAX_EAX },      /* Intel Processor Trace */
	{ 0x17, SUB_MAX_EAX },      /* SoC vendor attributes */
	{ 0x18, SUB_MAX_EAX },      /* deterministic address translation */
	{ 0x1a, SUB_ZERO },         /* native model ID (hybrid core type) */
	{ 0x1b, SUB_PCONFIG },      /* PCONFIG targets */
	{ 0x1d, SUB_MAX_EAX },      /* tile information: palettes */
	{ 0x1e, SUB_MAX_EAX },      /* TMUL information */
	{ 0x1f, SUB_LEVEL },        /* V2 extended topology */
	{ 0x20, SUB_MAX_EAX },      /* processor history reset */
	{ 0x23, SUB_BITS_EAX },     /* architectural performance monitoring extended */
	{ 0x24, SUB_MAX_EAX },      /* AVX10 converged vector ISA */
	{ 0x8000001d, SUB_CACHE },  /* AMD cache topology */
	{ 0x80000020, SUB_BITS_EBX }, /* AMD platform QoS extended features */
	{ 0x80000026, SUB_LEVEL },  /* AMD extended CPU topology */
};

static enum sub_rule rule_of(uint32_t leaf)
{
	size_t i;

	for (i = 0; i < sizeof(sub_rules) / sizeof(sub_rules[0]); i++)
		if (sub_rules[i].leaf == leaf)
			return sub_rules[i].rule;
	return SUB_ONCE;
}

bool msrkit_cpuid_takes_subleaf(uint32_t leaf)
{
	return rule_of(leaf) != SUB_ONCE;
}

struct walk {
	msrkit_cpuid_query_fn query;
	void *qctx;
	msrkit_cpuid_emit_fn emit;
	void *ectx;
	int count;
};

/* Asks and emits one answer. Returns 0 (answered), 1 (-ENODATA: no
 * answer, nothing emitted) or a negative error / emit's nonzero value. */
static int ask(struct walk *w, uint32_t leaf, uint32_t subleaf, bool any, uint32_t r[4])
{
	struct msrkit_snapshot_cpuid e = { .leaf = leaf, .subleaf = any ? 0 : subleaf, .any_subleaf = any };
	int rc = w->query(w->qctx, leaf, subleaf, r);

	if (rc == -ENODATA)
		return 1;
	if (rc)
		return rc < 0 ? rc : -EIO;
	e.regs[0] = r[0];
	e.regs[1] = r[1];
	e.regs[2] = r[2];
	e.regs[3] = r[3];
	rc = w->emit(w->ectx, &e);
	if (rc)
		return rc < 0 ? rc : -ECANCELED;
	w->count++;
	return 0;
}

/* Subleaves 1..63 whose bit is set in mask (bit n: subleaf n). */
static int ask_bits(struct walk *w, uint32_t leaf, uint64_t mask, unsigned from)
{
	uint32_t r[4];
	unsigned n;
	int rc;

	for (n = from; n < MSRKIT_CPUID_MAX_SUBLEAVES; n++) {
		if (!((mask >> n) & 1))
			continue;
		rc = ask(w, leaf, n, false, r);
		if (rc < 0)
			return rc;
	}
	return 0;
}

/* Subleaves from..63 until done(r) holds; the terminating answer is
 * emitted only when it is subleaf 0. */
static int ask_until(struct walk *w, uint32_t leaf, unsigned from, bool (*done)(const uint32_t r[4]))
{
	uint32_t r[4];
	unsigned n;
	int rc;

	for (n = from; n < MSRKIT_CPUID_MAX_SUBLEAVES; n++) {
		rc = w->query(w->qctx, leaf, n, r);
		if (rc == -ENODATA)
			return 0; /* cannot tell where it ends: stop */
		if (rc)
			return rc < 0 ? rc : -EIO;
		if (n > 0 && done(r))
			return 0;
		{
			struct msrkit_snapshot_cpuid e = { .leaf = leaf, .subleaf = n,
							   .regs = { r[0], r[1], r[2], r[3] } };

			rc = w->emit(w->ectx, &e);
			if (rc)
				return rc < 0 ? rc : -ECANCELED;
			w->count++;
		}
		if (n == 0 && done(r))
			return 0;
	}
	return 0;
}

static bool cache_done(const uint32_t r[4])
{
	return (r[0] & 0x1f) == 0;
}

static bool level_done(const uint32_t r[4])
{
	return ((r[2] >> 8) & 0xff) == 0;
}

static bool sgx_done(const uint32_t r[4])
{
	return (r[0] & 0xf) == 0;
}

static bool pconfig_done(const uint32_t r[4])
{
	return (r[0] & 0xfff) == 0;
}

static int walk_leaf(struct walk *w, uint32_t leaf)
{
	enum sub_rule rule = rule_of(leaf);
	uint32_t r0[4], r1[4];
	uint64_t mask;
	unsigned n, max;
	int rc;

	switch (rule) {
	case SUB_ONCE:
		rc = ask(w, leaf, 0, true, r0);
		return rc < 0 ? rc : 0;
	case SUB_ZERO:
		rc = ask(w, leaf, 0, false, r0);
		return rc < 0 ? rc : 0;
	case SUB_CACHE:
		return ask_until(w, leaf, 0, cache_done);
	case SUB_LEVEL:
		return ask_until(w, leaf, 0, level_done);
	case SUB_PCONFIG:
		return ask_until(w, leaf, 0, pconfig_done);
	case SUB_SGX:
		rc = ask(w, leaf, 0, false, r0);
		if (rc < 0)
			return rc;
		rc = ask(w, leaf, 1, false, r1);
		if (rc < 0)
			return rc;
		return ask_until(w, leaf, 2, sgx_done);
	default:
		break;
	}
	/* The rules below read subleaf 0 first. */
	rc = ask(w, leaf, 0, false, r0);
	if (rc)
		return rc < 0 ? rc : 0;
	switch (rule) {
	case SUB_MAX_EAX:
		max = r0[0] < MSRKIT_CPUID_MAX_SUBLEAVES ? r0[0] : MSRKIT_CPUID_MAX_SUBLEAVES - 1;
		for (n = 1; n <= max; n++) {
			rc = ask(w, leaf, n, false, r1);
			if (rc < 0)
				return rc;
		}
		return 0;
	case SUB_XSAVE:
		/* XCR0-supported components (subleaf 0 EDX:EAX) and
		 * IA32_XSS-supported ones (subleaf 1 EDX:ECX). */
		mask = (uint64_t)r0[3] << 32 | r0[0];
		rc = ask(w, leaf, 1, false, r1);
		if (rc < 0)
			return rc;
		if (rc == 0)
			mask |= (uint64_t)r1[3] << 32 | r1[2];
		return ask_bits(w, leaf, mask, 2);
	case SUB_BITS_EAX:
		return ask_bits(w, leaf, r0[0], 1);
	case SUB_BITS_EBX:
		return ask_bits(w, leaf, r0[1], 1);
	default: /* SUB_BITS_EDX */
		return ask_bits(w, leaf, r0[3], 1);
	}
}

/* Leaves base .. max of a range whose base answer is r (already emitted). */
static int walk_range(struct walk *w, uint32_t base, uint32_t max)
{
	uint32_t leaf, last = base + (MSRKIT_CPUID_MAX_LEAVES - 1);
	int rc;

	if (max < last)
		last = max;
	for (leaf = base + 1; leaf <= last && leaf > base; leaf++) {
		rc = walk_leaf(w, leaf);
		if (rc)
			return rc;
	}
	return 0;
}

/* Asks a range's base leaf and walks the range when its maximum lies in it. */
static int walk_extra_range(struct walk *w, uint32_t base, uint32_t fallback_max)
{
	uint32_t r[4];
	int rc = ask(w, base, 0, true, r);

	if (rc)
		return rc < 0 ? rc : 0;
	if (r[0] < base && fallback_max)
		r[0] = fallback_max;
	/* Without the range, the CPU answers with another leaf's data: the
	 * base answer is kept as the CPU gave it, nothing more is asked. */
	if (r[0] <= base || r[0] - base >= MSRKIT_CPUID_MAX_LEAVES)
		return 0;
	return walk_range(w, base, r[0]);
}

int msrkit_cpuid_enumerate(msrkit_cpuid_query_fn query, void *qctx, msrkit_cpuid_emit_fn emit, void *ectx)
{
	struct walk w = { .query = query, .qctx = qctx, .emit = emit, .ectx = ectx };
	uint32_t r0[4], r1[4], vendor[3];
	bool hypervisor = false;
	int rc;

	if (!query || !emit)
		return -EINVAL;
	rc = ask(&w, 0, 0, true, r0);
	if (rc)
		return rc < 0 ? rc : -ENODATA;
	vendor[0] = r0[1];
	vendor[1] = r0[3];
	vendor[2] = r0[2];
	if (r0[0] >= 1 && query(qctx, 1, 0, r1) == 0)
		hypervisor = (r1[2] >> 31) & 1;
	rc = walk_range(&w, 0, r0[0]);
	if (rc)
		return rc;
	if (hypervisor) {
		/* KVM: a maximum below the range means 0x40000001. */
		rc = walk_extra_range(&w, 0x40000000u, 0x40000001u);
		if (rc)
			return rc;
	}
	rc = walk_extra_range(&w, 0x80000000u, 0);
	if (rc)
		return rc;
	/* "CentaurHauls" and "  Shanghai  " (Zhaoxin) have a range at 0xC0000000. */
	if ((vendor[0] == 0x746e6543u && vendor[1] == 0x48727561u && vendor[2] == 0x736c7561u) ||
	    (vendor[0] == 0x68532020u && vendor[1] == 0x68676e61u && vendor[2] == 0x20206961u)) {
		rc = walk_extra_range(&w, 0xc0000000u, 0);
		if (rc)
			return rc;
	}
	return w.count;
}

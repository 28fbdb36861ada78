/* SPDX-License-Identifier: MIT */
/* The CPUID part of msrkit diff: register and feature-bit differences. */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <msrkit/msrkit.h>

#include "cpuid_diff.h"
#include "grow.h"

/* One difference on one pair of CPUs. */
enum { C_VALUE = 0, C_ONLY_A, C_ONLY_B };

struct craw {
	uint32_t leaf, subleaf; /* subleaf 0 for a leaf that ignores ECX */
	bool any_subleaf;
	int kind;
	int reg;                /* C_VALUE: MSRKIT_EAX..MSRKIT_EDX */
	uint32_t a, b;          /* C_VALUE: the register on each side */
	uint32_t regs[4];       /* C_ONLY_*: the leaf on the side that has it */
	uint32_t vendor;        /* the CPU that names the bits (A's; B's for C_ONLY_B) */
	uint32_t ignore;        /* per-CPU bits left out of the listing */
	unsigned label;
};

/* A register left out: it differs only in per-CPU identity fields. */
struct hkey {
	uint32_t leaf, subleaf;
	int reg;
};

struct cpuid_diff {
	bool all;
	struct craw *raws;
	size_t n, cap;
	struct hkey *hidden;
	size_t nh, caph;
	/* CPUs (labels) whose CPUID one side did not capture at all: not compared. */
	struct msrkit_cpuset missing[2];
};

static const char *const reg_names[4] = { "EAX", "EBX", "ECX", "EDX" };
static const char *const reg_keys[4] = { "eax", "ebx", "ecx", "edx" };

struct cpuid_diff *cpuid_diff_new(bool all)
{
	struct cpuid_diff *cd = calloc(1, sizeof(*cd));

	if (cd)
		cd->all = all;
	return cd;
}

void cpuid_diff_free(struct cpuid_diff *cd)
{
	if (!cd)
		return;
	free(cd->raws);
	free(cd->hidden);
	free(cd);
}

static bool push(struct cpuid_diff *cd, const struct craw *r)
{
	if (!cli_grow(&cd->raws, &cd->cap, cd->n, sizeof(*cd->raws), 64))
		return false;
	cd->raws[cd->n++] = *r;
	return true;
}

static bool push_hidden(struct cpuid_diff *cd, uint32_t leaf, uint32_t subleaf, int reg)
{
	if (!cli_grow(&cd->hidden, &cd->caph, cd->nh, sizeof(*cd->hidden), 32))
		return false;
	cd->hidden[cd->nh++] = (struct hkey){ leaf, subleaf, reg };
	return true;
}

static uint32_t field_mask(const struct msrkit_cpuid_bit *e)
{
	unsigned w = e->width ? e->width : 1u;

	return (w >= 32 ? UINT32_MAX : ((UINT32_C(1) << w) - 1)) << e->lsb;
}

/* The bits of a register that identify the logical processor. */
static uint32_t per_cpu_mask(uint32_t leaf, uint32_t subleaf, int reg, uint32_t vendor)
{
	uint32_t mask = 0;
	unsigned bit;

	for (bit = 0; bit < 32; bit++) {
		const struct msrkit_cpuid_bit *e =
			msrkit_cpuid_bit_find(leaf, subleaf, (enum msrkit_cpuid_reg)reg, bit, vendor);

		if (e && (e->flags & MSRKIT_CPUID_PER_CPU))
			mask |= field_mask(e);
	}
	return mask;
}

/* A leaf's key: explicit subleaf, or 0 for an answer to every subleaf. */
static uint32_t sub_of(const struct msrkit_snapshot_cpuid *e)
{
	return e->any_subleaf ? 0 : e->subleaf;
}

static int key_cmp(const struct msrkit_snapshot_cpuid *x, const struct msrkit_snapshot_cpuid *y)
{
	if (x->leaf != y->leaf)
		return x->leaf < y->leaf ? -1 : 1;
	return sub_of(x) < sub_of(y) ? -1 : sub_of(x) > sub_of(y);
}

/* Skips an every-subleaf answer that an explicit subleaf 0 of the same leaf follows. */
static size_t next_entry(const struct msrkit_snapshot_cpuid *v, size_t i, size_t n)
{
	while (i + 1 < n && key_cmp(&v[i], &v[i + 1]) == 0)
		i++;
	return i;
}

static uint32_t cpu_vendor(const struct msrkit_snapshot *s, unsigned cpu)
{
	struct msrkit_cpu id;

	if (msrkit_snapshot_cpu(s, cpu, &id))
		return 0;
	return id.vendor;
}

bool cpuid_diff_pair(struct cpuid_diff *cd, const struct msrkit_snapshot *a, unsigned ca,
		     const struct msrkit_snapshot *b, unsigned cb, unsigned label)
{
	size_t na, nb, i = 0, j = 0;
	const struct msrkit_snapshot_cpuid *va = msrkit_snapshot_cpuids(a, ca, &na);
	const struct msrkit_snapshot_cpuid *vb = msrkit_snapshot_cpuids(b, cb, &nb);
	uint32_t vendor_a = cpu_vendor(a, ca), vendor_b = cpu_vendor(b, cb);

	/* A capture without CPUID (no access, or a dump of MSRs alone) says
	 * nothing about the leaves: one note instead of every leaf. */
	if (!na != !nb) {
		msrkit_cpuset_add(&cd->missing[!na ? 0 : 1], label);
		return true;
	}
	while (i < na || j < nb) {
		struct craw r = { .label = label };
		int c, k;

		if (i < na)
			i = next_entry(va, i, na);
		if (j < nb)
			j = next_entry(vb, j, nb);
		c = j == nb ? -1 : i == na ? 1 : key_cmp(&va[i], &vb[j]);
		if (c) {
			const struct msrkit_snapshot_cpuid *e = c < 0 ? &va[i++] : &vb[j++];

			r.leaf = e->leaf;
			r.subleaf = sub_of(e);
			r.any_subleaf = e->any_subleaf;
			r.kind = c < 0 ? C_ONLY_A : C_ONLY_B;
			r.vendor = c < 0 ? vendor_a : vendor_b;
			memcpy(r.regs, e->regs, sizeof(r.regs));
			if (!push(cd, &r))
				return false;
			continue;
		}
		for (k = 0; k < 4; k++) {
			uint32_t x = va[i].regs[k], y = vb[j].regs[k];

			if (x == y)
				continue;
			r.leaf = va[i].leaf;
			r.subleaf = sub_of(&va[i]);
			r.any_subleaf = va[i].any_subleaf;
			r.kind = C_VALUE;
			r.reg = k;
			r.a = x;
			r.b = y;
			r.vendor = vendor_a;
			r.ignore = 0;
			if (!cd->all && ca != cb) {
				r.ignore = per_cpu_mask(r.leaf, r.subleaf, k, vendor_a);
				if (!((x ^ y) & ~r.ignore)) {
					if (!push_hidden(cd, r.leaf, r.subleaf, k))
						return false;
					continue;
				}
			}
			if (!push(cd, &r))
				return false;
		}
		i++;
		j++;
	}
	return true;
}

/* Orders raws so that equal differences on different CPUs are adjacent. */
static int key_order(const struct craw *x, const struct craw *y)
{
	int k;

	if (x->leaf != y->leaf)
		return x->leaf < y->leaf ? -1 : 1;
	if (x->subleaf != y->subleaf)
		return x->subleaf < y->subleaf ? -1 : 1;
	if (x->kind != y->kind)
		return x->kind < y->kind ? -1 : 1;
	if (x->kind != C_VALUE)
		return 0;
	if (x->reg != y->reg)
		return x->reg < y->reg ? -1 : 1;
	if (x->a != y->a)
		return x->a < y->a ? -1 : 1;
	if (x->b != y->b)
		return x->b < y->b ? -1 : 1;
	if (x->vendor != y->vendor)
		return x->vendor < y->vendor ? -1 : 1;
	k = x->ignore < y->ignore ? -1 : x->ignore > y->ignore;
	return k;
}

static int raw_cmp(const void *p, const void *q)
{
	const struct craw *x = p, *y = q;
	int c = key_order(x, y);

	if (c)
		return c;
	return x->label < y->label ? -1 : x->label > y->label;
}

/* The same difference on several CPUs: raws[first .. end). */
struct cgroup {
	const struct craw *raws;
	size_t first, end;
	struct msrkit_cpuset cpus;
	bool uniform; /* C_ONLY_*: every CPU has the same values */
};

/* Groups in the order of leaf, subleaf, kind, register, then first CPU. */
static int group_cmp(const void *p, const void *q)
{
	const struct cgroup *gx = p, *gy = q;
	const struct craw *x = &gx->raws[gx->first], *y = &gy->raws[gy->first];

	if (x->leaf != y->leaf)
		return x->leaf < y->leaf ? -1 : 1;
	if (x->subleaf != y->subleaf)
		return x->subleaf < y->subleaf ? -1 : 1;
	if (x->kind != y->kind)
		return x->kind < y->kind ? -1 : 1;
	if (x->reg != y->reg)
		return x->reg < y->reg ? -1 : 1;
	return x->label < y->label ? -1 : x->label > y->label;
}

/* "CPUID 00000001H" or "CPUID 00000007H subleaf 0". */
static void leaf_name(char *buf, size_t len, const struct craw *r)
{
	if (r->any_subleaf)
		snprintf(buf, len, "CPUID %08" PRIX32 "H", r->leaf);
	else
		snprintf(buf, len, "CPUID %08" PRIX32 "H subleaf %" PRIu32, r->leaf, r->subleaf);
}

/* "CPU 0-7", as diff labels CPUs. */
static void cpus_text(char *buf, size_t len, const struct msrkit_cpuset *set)
{
	char list[1024];

	msrkit_cpuset_format(set, list, sizeof(list));
	snprintf(buf, len, "CPU %s", list);
}

static uint32_t field_value(const struct msrkit_cpuid_bit *e, uint32_t v)
{
	return (v & field_mask(e)) >> e->lsb;
}

/*
 * Calls emit for each changed piece of a value difference, in bit order: a
 * named bit or field, or one unnamed bit (e NULL, bit in lsb). Registers the
 * table names nothing in (brand strings, cache descriptors, counts) are not
 * broken down.
 */
typedef void (*piece_fn)(void *ctx, const struct msrkit_cpuid_bit *e, unsigned lsb, unsigned msb, uint32_t va,
			 uint32_t vb);

static void for_each_piece(const struct craw *r, piece_fn emit, void *ctx)
{
	uint32_t changed = (r->a ^ r->b) & ~r->ignore;
	unsigned bit;

	if (!msrkit_cpuid_reg_known(r->leaf, r->subleaf, (enum msrkit_cpuid_reg)r->reg))
		return;
	for (bit = 0; bit < 32; bit++) {
		const struct msrkit_cpuid_bit *e;

		if (!(changed & (UINT32_C(1) << bit)))
			continue;
		e = msrkit_cpuid_bit_find(r->leaf, r->subleaf, (enum msrkit_cpuid_reg)r->reg, bit, r->vendor);
		if (!e) {
			emit(ctx, NULL, bit, bit, (r->a >> bit) & 1, (r->b >> bit) & 1);
			continue;
		}
		emit(ctx, e, e->lsb, e->lsb + (e->width ? e->width : 1u) - 1, field_value(e, r->a),
		     field_value(e, r->b));
		changed &= ~field_mask(e);
	}
}

static void print_piece(void *ctx, const struct msrkit_cpuid_bit *e, unsigned lsb, unsigned msb, uint32_t va,
			uint32_t vb)
{
	(void)ctx;
	if (lsb == msb)
		printf("  bit %u ", lsb);
	else
		printf("  bits %u:%u ", msb, lsb);
	if (e)
		printf("%s: %" PRIu32 " → %" PRIu32 " (%s)\n", e->name, va, vb, e->desc);
	else
		printf("(no name): %" PRIu32 " → %" PRIu32 "\n", va, vb);
}

static void json_piece(void *ctx, const struct msrkit_cpuid_bit *e, unsigned lsb, unsigned msb, uint32_t va,
		       uint32_t vb)
{
	json_object *o = json_object_new_object();

	json_object_object_add(o, "name", e ? json_object_new_string(e->name) : json_object_new_null());
	json_object_object_add(o, "lsb", json_object_new_int((int)lsb));
	json_object_object_add(o, "msb", json_object_new_int((int)msb));
	json_object_object_add(o, "a", json_object_new_int64(va));
	json_object_object_add(o, "b", json_object_new_int64(vb));
	json_object_object_add(o, "description", e ? json_object_new_string(e->desc) : json_object_new_null());
	json_object_object_add(o, "per_cpu", json_object_new_boolean(e && (e->flags & MSRKIT_CPUID_PER_CPU)));
	json_object_array_add(ctx, o);
}

static json_object *hex32(uint32_t v)
{
	char buf[16];

	snprintf(buf, sizeof(buf), "0x%08" PRIx32, v);
	return json_object_new_string(buf);
}

static json_object *leaf_json(const uint32_t regs[4])
{
	json_object *o = json_object_new_object();
	int k;

	for (k = 0; k < 4; k++)
		json_object_object_add(o, reg_keys[k], hex32(regs[k]));
	return o;
}

static void group_json(json_object *arr, const struct cgroup *g, const struct craw *r)
{
	static const char *const kinds[3] = { "value", "only_in_a", "only_in_b" };
	json_object *o = json_object_new_object();
	char buf[1100];

	snprintf(buf, sizeof(buf), "0x%08" PRIx32, r->leaf);
	json_object_object_add(o, "leaf", json_object_new_string(buf));
	json_object_object_add(o, "subleaf", r->any_subleaf ? json_object_new_null()
							    : json_object_new_int64(r->subleaf));
	json_object_object_add(o, "kind", json_object_new_string(kinds[r->kind]));
	msrkit_cpuset_format(&g->cpus, buf, sizeof(buf));
	json_object_object_add(o, "cpus", json_object_new_string(buf));
	if (r->kind == C_VALUE) {
		json_object *bits = json_object_new_array();

		json_object_object_add(o, "register", json_object_new_string(reg_keys[r->reg]));
		json_object_object_add(o, "a", hex32(r->a));
		json_object_object_add(o, "b", hex32(r->b));
		for_each_piece(r, json_piece, bits);
		json_object_object_add(o, "bits", bits);
	} else if (!g->uniform) {
		json_object_object_add(o, "values_differ_between_cpus", json_object_new_boolean(1));
	} else {
		json_object_object_add(o, r->kind == C_ONLY_A ? "a" : "b", leaf_json(r->regs));
	}
	json_object_array_add(arr, o);
}

static int hkey_cmp(const void *p, const void *q)
{
	const struct hkey *x = p, *y = q;

	if (x->leaf != y->leaf)
		return x->leaf < y->leaf ? -1 : 1;
	if (x->subleaf != y->subleaf)
		return x->subleaf < y->subleaf ? -1 : 1;
	return x->reg < y->reg ? -1 : x->reg > y->reg;
}

/* The number of distinct registers hidden (sorts the list). */
static size_t hidden_distinct(struct cpuid_diff *cd)
{
	size_t i, n = 0;

	if (cd->nh)
		qsort(cd->hidden, cd->nh, sizeof(*cd->hidden), hkey_cmp);
	for (i = 0; i < cd->nh; i++)
		if (i == 0 || hkey_cmp(&cd->hidden[i], &cd->hidden[i - 1]))
			n++;
	return n;
}

bool cpuid_diff_report(struct cpuid_diff *cd, json_object *jroot, bool after_output, struct cpuid_diff_counts *counts)
{
	struct cgroup *groups = malloc((cd->n ? cd->n : 1) * sizeof(*groups));
	json_object *arr = NULL;
	size_t ngroups = 0, i, j, gi;
	int pass;

	if (!groups)
		return false;
	memset(counts, 0, sizeof(*counts));
	if (cd->n)
		qsort(cd->raws, cd->n, sizeof(*cd->raws), raw_cmp);
	for (i = 0; i < cd->n; i = j) {
		struct cgroup *g = &groups[ngroups++];

		g->raws = cd->raws;
		g->first = i;
		g->uniform = true;
		msrkit_cpuset_clear(&g->cpus);
		for (j = i; j < cd->n && key_order(&cd->raws[j], &cd->raws[i]) == 0; j++) {
			msrkit_cpuset_add(&g->cpus, cd->raws[j].label);
			if (memcmp(cd->raws[j].regs, cd->raws[i].regs, sizeof(cd->raws[i].regs)))
				g->uniform = false;
		}
		g->end = j;
	}
	if (ngroups)
		qsort(groups, ngroups, sizeof(*groups), group_cmp);
	/* Count distinct registers and leaves. */
	for (gi = 0; gi < ngroups; gi++) {
		const struct craw *r = &cd->raws[groups[gi].first];
		const struct craw *p = gi ? &cd->raws[groups[gi - 1].first] : NULL;
		bool same = p && p->leaf == r->leaf && p->subleaf == r->subleaf && p->kind == r->kind &&
			    p->reg == r->reg;

		if (same)
			continue;
		if (r->kind == C_VALUE)
			counts->regs++;
		else
			counts->only[r->kind - 1]++;
	}
	counts->hidden = hidden_distinct(cd);
	if (jroot)
		arr = json_object_new_array();
	/* Value differences first, then what only one side has. */
	for (pass = 0; pass < 3; pass++) {
		bool header = false;

		for (gi = 0; gi < ngroups; gi++) {
			const struct cgroup *g = &groups[gi];
			const struct craw *r = &cd->raws[g->first];
			char name[64], cpul[1100];

			if (r->kind != pass)
				continue;
			if (arr) {
				group_json(arr, g, r);
				continue;
			}
			if (!header) {
				if (after_output)
					putchar('\n');
				if (pass == C_VALUE)
					printf("CPUID differences:\n");
				else
					printf("CPUID leaves only in %s (not captured in %s):\n",
					       pass == C_ONLY_A ? "A" : "B", pass == C_ONLY_A ? "B" : "A");
				header = after_output = counts->printed = true;
			}
			leaf_name(name, sizeof(name), r);
			cpus_text(cpul, sizeof(cpul), &g->cpus);
			if (pass == C_VALUE) {
				printf("%s %s, %s: 0x%08" PRIx32 " → 0x%08" PRIx32 "\n", name, reg_names[r->reg], cpul,
				       r->a, r->b);
				for_each_piece(r, print_piece, NULL);
			} else if (!g->uniform) {
				printf("  %s, %s: values differ between CPUs\n", name, cpul);
			} else {
				printf("  %s, %s: EAX 0x%08" PRIx32 " EBX 0x%08" PRIx32 " ECX 0x%08" PRIx32
				       " EDX 0x%08" PRIx32 "\n",
				       name, cpul, r->regs[0], r->regs[1], r->regs[2], r->regs[3]);
			}
		}
	}
	for (pass = 0; pass < 2; pass++) {
		char list[1100];

		if (!msrkit_cpuset_count(&cd->missing[pass]))
			continue;
		if (arr) {
			msrkit_cpuset_format(&cd->missing[pass], list, sizeof(list));
			json_object_object_add(jroot, pass ? "cpuid_not_captured_in_b" : "cpuid_not_captured_in_a",
					       json_object_new_string(list));
			continue;
		}
		cpus_text(list, sizeof(list), &cd->missing[pass]);
		printf("%sCPUID was not captured in %s for %s: not compared.\n", after_output ? "\n" : "",
		       pass ? "B" : "A", list);
		after_output = false;
		counts->printed = true;
	}
	if (arr) {
		json_object_object_add(jroot, "cpuid", arr);
		json_object_object_add(jroot, "hidden_cpuid_per_cpu", json_object_new_int((int)counts->hidden));
	}
	free(groups);
	return true;
}

void cpuid_diff_summary(const struct cpuid_diff_counts *c)
{
	if (c->regs + c->only[0] + c->only[1])
		printf(" %zu CPUID register%s differ%s, %zu CPUID lea%s only in A, %zu only in B.", c->regs,
		       c->regs == 1 ? "" : "s", c->regs == 1 ? "s" : "", c->only[0], c->only[0] == 1 ? "f" : "ves",
		       c->only[1]);
	if (c->hidden)
		printf(" %zu CPUID register%s differ%s only in per-CPU identity fields (APIC IDs): --all shows them.",
		       c->hidden, c->hidden == 1 ? "" : "s", c->hidden == 1 ? "s" : "");
}

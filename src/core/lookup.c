/* SPDX-License-Identifier: MIT */
/* Register lookup by address and name, iteration, suggestions. */
#include <msrkit/lookup.h>

#include "fmt.h"

static uint32_t span_of(const struct msrkit_reg *r)
{
	uint32_t stride = r->stride ? r->stride : 1u;

	return (uint32_t)(msrkit_reg_instances(r) - 1u) * stride + 1u;
}

long msrkit_reg_instance_of(const struct msrkit_reg *r, uint32_t address)
{
	uint32_t stride = r->stride ? r->stride : 1u;
	uint32_t off;

	if (address < r->address)
		return -1;
	off = address - r->address;
	if (off >= span_of(r) || off % stride)
		return -1;
	return (long)(off / stride);
}

size_t msrkit_db_count(void)
{
	size_t n, i, total = 0;
	const struct msrkit_reg_table *const *t = msrkit_db_tables(&n);

	for (i = 0; i < n; i++)
		total += t[i]->count;
	return total;
}

void msrkit_db_iter_init(struct msrkit_db_iter *it)
{
	size_t i;

	for (i = 0; i < MSRKIT_DB_MAX_TABLES; i++)
		it->pos[i] = 0;
}

const struct msrkit_reg *msrkit_db_iter_next(struct msrkit_db_iter *it)
{
	size_t n, i, best = (size_t)-1;
	const struct msrkit_reg_table *const *t = msrkit_db_tables(&n);

	if (n > MSRKIT_DB_MAX_TABLES)
		n = MSRKIT_DB_MAX_TABLES;
	for (i = 0; i < n; i++) {
		if (it->pos[i] >= t[i]->count)
			continue;
		if (best == (size_t)-1 ||
		    t[i]->regs[it->pos[i]].address < t[best]->regs[it->pos[best]].address)
			best = i;
	}
	if (best == (size_t)-1)
		return NULL;
	return &t[best]->regs[it->pos[best]++];
}

const char *msrkit_reg_family(const struct msrkit_reg *reg)
{
	size_t n, i;
	const struct msrkit_reg_table *const *t = msrkit_db_tables(&n);

	for (i = 0; i < n; i++)
		if (t[i]->count && reg >= t[i]->regs && reg < t[i]->regs + t[i]->count)
			return t[i]->family;
	return NULL;
}

/* Rank of a candidate for cpu: a model-specific definition that applies >
 * a general one that applies > unknown > does not apply. */
static int rank(const struct msrkit_reg *r, const struct msrkit_cpu *cpu)
{
	switch (msrkit_reg_applies(r, cpu)) {
	case MSRKIT_YES: return r->nmodels ? 3 : 2;
	case MSRKIT_UNKNOWN: return 1;
	default: return 0;
	}
}

int msrkit_db_find(uint32_t address, const struct msrkit_cpu *cpu, struct msrkit_reg_ref *out)
{
	size_t n, ti;
	const struct msrkit_reg_table *const *t = msrkit_db_tables(&n);
	int best_rank = -1;
	size_t best_table = (size_t)-1;

	out->reg = NULL;
	out->address = address;
	out->index = 0;
	for (ti = 0; ti < n; ti++) {
		const struct msrkit_reg *regs = t[ti]->regs;
		size_t lo = 0, hi = t[ti]->count;

		/* First register whose start is > address ... */
		while (lo < hi) {
			size_t mid = lo + (hi - lo) / 2;

			if (regs[mid].address <= address)
				lo = mid + 1;
			else
				hi = mid;
		}
		/* ... then walk back over the starts a family could reach from. */
		while (lo > 0 && address - regs[lo - 1].address < MSRKIT_MAX_FAMILY_SPAN) {
			const struct msrkit_reg *r = &regs[--lo];
			long idx = msrkit_reg_instance_of(r, address);
			int rk;

			if (idx < 0)
				continue;
			rk = rank(r, cpu);
			/* Equal rank: the earlier table wins, and within a table
			 * the earlier entry (seen later, walking back). */
			if (rk > best_rank || (rk == best_rank && best_table == ti)) {
				best_table = ti;
				best_rank = rk;
				out->reg = r;
				out->index = (unsigned)idx + r->index_base;
			}
		}
	}
	return out->reg ? 0 : -1;
}

/*
 * Matches name against pattern (which may contain one "{n}"), ignoring case.
 * On a match returns true and sets *index (0 without "{n}").
 */
static bool name_matches(const char *pattern, const char *name, unsigned *index)
{
	size_t pi = 0, ni = 0;

	*index = 0;
	for (;;) {
		char p = pattern[pi];

		if (p == '{' && pattern[pi + 1] == 'n' && pattern[pi + 2] == '}') {
			uint32_t v = 0;
			size_t digits = 0;

			while (name[ni] >= '0' && name[ni] <= '9' && digits < 6) {
				v = v * 10 + (uint32_t)(name[ni] - '0');
				ni++;
				digits++;
			}
			/* No digits, or a leading zero ("IA32_MC03_CTL"), is not a name. */
			if (!digits || (digits > 1 && name[ni - digits] == '0'))
				return false;
			*index = v;
			pi += 3;
			continue;
		}
		if (!p)
			return name[ni] == '\0';
		if (msrkit_char_upper(p) != msrkit_char_upper(name[ni]))
			return false;
		pi++;
		ni++;
	}
}

static bool reg_matches(const struct msrkit_reg *r, const char *name, struct msrkit_reg_ref *out)
{
	unsigned idx;
	size_t a;
	bool hit = name_matches(r->name, name, &idx);

	for (a = 0; !hit && a < r->naliases; a++)
		hit = name_matches(r->aliases[a], name, &idx);
	if (!hit)
		return false;
	if (idx < r->index_base || idx - r->index_base >= msrkit_reg_instances(r))
		return false;
	out->reg = r;
	out->index = idx;
	out->address = r->address + (idx - r->index_base) * (uint32_t)(r->stride ? r->stride : 1u);
	return true;
}

static int find_exact(const char *name, const struct msrkit_cpu *cpu, struct msrkit_reg_ref *out)
{
	struct msrkit_db_iter it;
	const struct msrkit_reg *r;
	struct msrkit_reg_ref cand;
	int best_rank = -1;

	msrkit_db_iter_init(&it);
	while ((r = msrkit_db_iter_next(&it))) {
		int rk;

		if (!reg_matches(r, name, &cand))
			continue;
		rk = rank(r, cpu);
		if (rk > best_rank) {
			best_rank = rk;
			*out = cand;
		}
	}
	return best_rank >= 0 ? 0 : -1;
}

int msrkit_db_find_name(const char *name, const struct msrkit_cpu *cpu, struct msrkit_reg_ref *out)
{
	static const char *const prefixes[] = { "IA32_", "MSR_" };
	char buf[96];
	size_t i, len = msrkit_str_len(name);

	out->reg = NULL;
	if (!len || len + 6 > sizeof(buf))
		return -1;
	if (find_exact(name, cpu, out) == 0)
		return 0;
	/* People often drop the prefix: "vmx_basic", "feature_control". */
	for (i = 0; i < sizeof(prefixes) / sizeof(prefixes[0]); i++) {
		struct msrkit_out o;

		msrkit_out_init(&o, buf, sizeof(buf));
		msrkit_out_str(&o, prefixes[i]);
		msrkit_out_str(&o, name);
		msrkit_out_finish(&o);
		if (find_exact(buf, cpu, out) == 0)
			return 0;
	}
	return -1;
}

size_t msrkit_reg_ref_name(const struct msrkit_reg_ref *ref, char *buf, size_t len)
{
	struct msrkit_out o;
	const char *p;

	msrkit_out_init(&o, buf, len);
	if (!ref->reg) {
		msrkit_out_str(&o, "MSR_");
		msrkit_out_hex(&o, ref->address, 1);
		return msrkit_out_finish(&o);
	}
	for (p = ref->reg->name; *p; p++) {
		if (p[0] == '{' && p[1] == 'n' && p[2] == '}') {
			msrkit_out_dec(&o, ref->index);
			p += 2;
		} else {
			msrkit_out_char(&o, *p);
		}
	}
	return msrkit_out_finish(&o);
}

/* Edit distance between two short names, case-insensitive ("{n}" counts as
 * one character); names longer than 63 characters are cut. */
static unsigned distance(const char *a, const char *b)
{
	unsigned row[64], la = (unsigned)msrkit_str_len(a), lb = (unsigned)msrkit_str_len(b), i, j;

	if (la > 63)
		la = 63;
	if (lb > 63)
		lb = 63;
	for (j = 0; j <= lb; j++)
		row[j] = j;
	for (i = 1; i <= la; i++) {
		unsigned prev = row[0], tmp;

		row[0] = i;
		for (j = 1; j <= lb; j++) {
			unsigned cost = msrkit_char_upper(a[i - 1]) == msrkit_char_upper(b[j - 1]) ? 0 : 1;
			unsigned best = prev + cost;

			if (row[j] + 1 < best)
				best = row[j] + 1;
			if (row[j - 1] + 1 < best)
				best = row[j - 1] + 1;
			tmp = row[j];
			row[j] = best;
			prev = tmp;
		}
	}
	return row[lb];
}

/* Does name contain needle (case-insensitive)? */
static bool contains(const char *hay, const char *needle)
{
	size_t ln = msrkit_str_len(needle), lh = msrkit_str_len(hay), i;

	for (i = 0; ln && i + ln <= lh; i++)
		if (msrkit_str_nieq(hay + i, needle, ln))
			return true;
	return false;
}

static unsigned score(const struct msrkit_reg *r, const char *name)
{
	unsigned best = distance(r->name, name);
	size_t a;

	for (a = 0; a < r->naliases; a++) {
		unsigned d = distance(r->aliases[a], name);

		if (d < best)
			best = d;
	}
	/* A name typed without its prefix, or a fragment of a longer one. */
	if (msrkit_str_len(name) >= 4 && contains(r->name, name) && best > 2)
		best = 2;
	return best;
}

size_t msrkit_db_suggest(const char *name, const struct msrkit_reg **out, size_t max)
{
	struct msrkit_db_iter it;
	const struct msrkit_reg *r;
	unsigned scores[16];
	unsigned limit = (unsigned)msrkit_str_len(name) / 3;
	size_t n = 0, i;

	if (limit < 2)
		limit = 2;
	if (max > 16)
		max = 16;
	msrkit_db_iter_init(&it);
	while ((r = msrkit_db_iter_next(&it))) {
		unsigned s = score(r, name);

		if (s > limit)
			continue;
		/* Insert in order; ties keep address order. */
		for (i = n; i > 0 && scores[i - 1] > s; i--) {
			if (i < max) {
				scores[i] = scores[i - 1];
				out[i] = out[i - 1];
			}
		}
		if (i < max) {
			scores[i] = s;
			out[i] = r;
			if (n < max)
				n++;
		}
	}
	return n;
}

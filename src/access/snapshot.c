/* SPDX-License-Identifier: MIT */
/*
 * The in-memory snapshot: per logical CPU, a sorted array of CPUID answers
 * and one of MSR values or failures, looked up by binary search.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "snapshot_impl.h"

#define META_MAX 1024

struct snap_cpu {
	unsigned cpu;
	bool sorted; /* entries sorted and unique (finalized) */
	struct msrkit_snapshot_cpuid *cpuid;
	size_t ncpuid, capcpuid;
	struct msrkit_snapshot_msr *msr;
	size_t nmsr, capmsr;
};

struct msrkit_snapshot {
	enum msrkit_snapshot_origin origin;
	char *meta[MSRKIT_META_COUNT];
	/* Pointers, so that a CPU keeps its address (struct msrkit_cpu.ctx)
	 * while CPUs are added; sorted by CPU number. */
	struct snap_cpu **cpus;
	size_t ncpus, capcpus;
};

static const char *const meta_names[MSRKIT_META_COUNT] = {
	[MSRKIT_META_TIME] = "time",
	[MSRKIT_META_HOST] = "host",
	[MSRKIT_META_KERNEL] = "kernel",
	[MSRKIT_META_TOOL] = "tool",
	[MSRKIT_META_BACKEND] = "backend",
	[MSRKIT_META_SOURCE] = "source",
};

/* The failures a snapshot records, with their names in the file formats. */
static const struct {
	int err;
	const char *name;
} failures[] = {
	{ -EIO, "eio" },       /* the CPU raised #GP: not implemented or refused */
	{ -EPERM, "eperm" },   /* no CAP_SYS_RAWIO, lockdown */
	{ -EACCES, "eacces" }, /* device permissions, msr-safe allow list */
	{ -ENXIO, "enxio" },   /* CPU offline */
	{ -ENOENT, "enoent" }, /* deliberately not captured */
	{ -ENODEV, "enodev" }, /* no msr driver */
	{ -EBUSY, "ebusy" },
	{ -EINVAL, "einval" },
	{ -EOPNOTSUPP, "eopnotsupp" },
};

struct msrkit_snapshot *msrkit_snapshot_new(void)
{
	return calloc(1, sizeof(struct msrkit_snapshot));
}

static void cpu_free(struct snap_cpu *c)
{
	if (!c)
		return;
	free(c->cpuid);
	free(c->msr);
	free(c);
}

void msrkit_snapshot_free(struct msrkit_snapshot *s)
{
	size_t i;

	if (!s)
		return;
	for (i = 0; i < MSRKIT_META_COUNT; i++)
		free(s->meta[i]);
	for (i = 0; i < s->ncpus; i++)
		cpu_free(s->cpus[i]);
	free(s->cpus);
	free(s);
}

enum msrkit_snapshot_origin msrkit_snapshot_origin(const struct msrkit_snapshot *s)
{
	return s->origin;
}

void snap_set_origin(struct msrkit_snapshot *s, enum msrkit_snapshot_origin origin)
{
	s->origin = origin;
}

const char *msrkit_snapshot_meta_name(enum msrkit_snapshot_meta key)
{
	if ((unsigned)key >= MSRKIT_META_COUNT)
		return NULL;
	return meta_names[key];
}

bool snap_text_ok(const char *p, size_t len)
{
	const unsigned char *u = (const unsigned char *)p;
	size_t i = 0;

	while (i < len) {
		unsigned c = u[i], need, cp, k;

		if (c < 0x80) {
			if (c < 0x20 || c == 0x7f)
				return false;
			i++;
			continue;
		}
		if (c >= 0xc2 && c <= 0xdf) {
			need = 1;
			cp = c & 0x1f;
		} else if (c >= 0xe0 && c <= 0xef) {
			need = 2;
			cp = c & 0x0f;
		} else if (c >= 0xf0 && c <= 0xf4) {
			need = 3;
			cp = c & 0x07;
		} else {
			return false;
		}
		if (len - i <= need)
			return false;
		for (k = 1; k <= need; k++) {
			if ((u[i + k] & 0xc0) != 0x80)
				return false;
			cp = cp << 6 | (u[i + k] & 0x3f);
		}
		/* Overlong forms, surrogates, beyond U+10FFFF, C1 controls. */
		if ((need == 2 && cp < 0x800) || (need == 3 && (cp < 0x10000 || cp > 0x10ffff)) ||
		    (cp >= 0xd800 && cp <= 0xdfff) || (cp >= 0x80 && cp <= 0x9f))
			return false;
		i += need + 1;
	}
	return true;
}

int msrkit_snapshot_set_meta(struct msrkit_snapshot *s, enum msrkit_snapshot_meta key, const char *value)
{
	size_t len;
	char *copy;

	if (!s || (unsigned)key >= MSRKIT_META_COUNT)
		return -EINVAL;
	if (!value) {
		free(s->meta[key]);
		s->meta[key] = NULL;
		return 0;
	}
	len = strnlen(value, META_MAX + 1);
	if (len == 0 || len > META_MAX || value[0] == ' ' || value[len - 1] == ' ' || !snap_text_ok(value, len))
		return -EINVAL;
	copy = malloc(len + 1);
	if (!copy)
		return -ENOMEM;
	memcpy(copy, value, len + 1);
	free(s->meta[key]);
	s->meta[key] = copy;
	return 0;
}

const char *msrkit_snapshot_get_meta(const struct msrkit_snapshot *s, enum msrkit_snapshot_meta key)
{
	if (!s || (unsigned)key >= MSRKIT_META_COUNT)
		return NULL;
	return s->meta[key];
}

const char *msrkit_snapshot_errname(int err)
{
	size_t i;

	for (i = 0; i < sizeof(failures) / sizeof(failures[0]); i++)
		if (failures[i].err == err)
			return failures[i].name;
	return NULL;
}

int snap_errno_from_name(const char *name, size_t len)
{
	size_t i;

	for (i = 0; i < sizeof(failures) / sizeof(failures[0]); i++)
		if (strlen(failures[i].name) == len && memcmp(failures[i].name, name, len) == 0)
			return failures[i].err;
	return 0;
}

/* Index of the first CPU >= cpu. */
static size_t cpu_lower_bound(const struct msrkit_snapshot *s, unsigned cpu)
{
	size_t lo = 0, hi = s->ncpus;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (s->cpus[mid]->cpu < cpu)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

static struct snap_cpu *cpu_find(const struct msrkit_snapshot *s, unsigned cpu)
{
	size_t i;

	if (!s)
		return NULL;
	i = cpu_lower_bound(s, cpu);
	return i < s->ncpus && s->cpus[i]->cpu == cpu ? s->cpus[i] : NULL;
}

/* Finds or adds CPU cpu; NULL with *rc set on failure. */
static struct snap_cpu *cpu_get(struct msrkit_snapshot *s, unsigned cpu, int *rc)
{
	struct snap_cpu *c;
	size_t i;

	if (!s || cpu >= MSRKIT_CPUSET_MAX) {
		*rc = -EINVAL;
		return NULL;
	}
	/* CPUs usually arrive in order: check the end first. */
	if (s->ncpus && s->cpus[s->ncpus - 1]->cpu == cpu)
		return s->cpus[s->ncpus - 1];
	i = (s->ncpus && s->cpus[s->ncpus - 1]->cpu < cpu) ? s->ncpus : cpu_lower_bound(s, cpu);
	if (i < s->ncpus && s->cpus[i]->cpu == cpu)
		return s->cpus[i];
	if (s->ncpus == s->capcpus) {
		size_t cap = s->capcpus ? 2 * s->capcpus : 16;
		struct snap_cpu **n = realloc(s->cpus, cap * sizeof(*n));

		if (!n) {
			*rc = -ENOMEM;
			return NULL;
		}
		s->cpus = n;
		s->capcpus = cap;
	}
	c = calloc(1, sizeof(*c));
	if (!c) {
		*rc = -ENOMEM;
		return NULL;
	}
	c->cpu = cpu;
	c->sorted = true;
	memmove(&s->cpus[i + 1], &s->cpus[i], (s->ncpus - i) * sizeof(s->cpus[0]));
	s->cpus[i] = c;
	s->ncpus++;
	return c;
}

int msrkit_snapshot_add_cpu(struct msrkit_snapshot *s, unsigned cpu)
{
	int rc = 0;

	return cpu_get(s, cpu, &rc) ? 0 : rc;
}

/* Grows *arr (of elements of size sz) to hold one more; 0 or -ENOMEM. */
static int grow(void **arr, size_t *cap, size_t n, size_t sz)
{
	size_t ncap;
	void *p;

	if (n < *cap)
		return 0;
	ncap = *cap ? 2 * *cap : 32;
	p = realloc(*arr, ncap * sz);
	if (!p)
		return -ENOMEM;
	*arr = p;
	*cap = ncap;
	return 0;
}

static int cpuid_cmp(const struct msrkit_snapshot_cpuid *a, const struct msrkit_snapshot_cpuid *b)
{
	if (a->leaf != b->leaf)
		return a->leaf < b->leaf ? -1 : 1;
	if (a->any_subleaf != b->any_subleaf)
		return a->any_subleaf ? -1 : 1;
	if (a->subleaf != b->subleaf)
		return a->subleaf < b->subleaf ? -1 : 1;
	return 0;
}

static int msr_cmp(const struct msrkit_snapshot_msr *a, const struct msrkit_snapshot_msr *b)
{
	return a->address < b->address ? -1 : a->address > b->address;
}

int msrkit_snapshot_add_cpuid(struct msrkit_snapshot *s, unsigned cpu, const struct msrkit_snapshot_cpuid *e)
{
	struct snap_cpu *c;
	int rc = 0;

	if (!e || (e->any_subleaf && e->subleaf != 0))
		return -EINVAL;
	c = cpu_get(s, cpu, &rc);
	if (!c)
		return rc;
	rc = grow((void **)&c->cpuid, &c->capcpuid, c->ncpuid, sizeof(*c->cpuid));
	if (rc)
		return rc;
	if (c->ncpuid && cpuid_cmp(&c->cpuid[c->ncpuid - 1], e) >= 0)
		c->sorted = false;
	c->cpuid[c->ncpuid] = *e;
	c->cpuid[c->ncpuid].any_subleaf = e->any_subleaf; /* normalise bool */
	c->ncpuid++;
	return 0;
}

int msrkit_snapshot_add_msr(struct msrkit_snapshot *s, unsigned cpu, const struct msrkit_snapshot_msr *e)
{
	struct snap_cpu *c;
	int rc = 0;

	if (!e || (e->err != 0 && !msrkit_snapshot_errname(e->err)))
		return -EINVAL;
	c = cpu_get(s, cpu, &rc);
	if (!c)
		return rc;
	rc = grow((void **)&c->msr, &c->capmsr, c->nmsr, sizeof(*c->msr));
	if (rc)
		return rc;
	if (c->nmsr && msr_cmp(&c->msr[c->nmsr - 1], e) >= 0)
		c->sorted = false;
	c->msr[c->nmsr].address = e->address;
	c->msr[c->nmsr].err = e->err;
	c->msr[c->nmsr].value = e->err ? 0 : e->value;
	c->nmsr++;
	return 0;
}

/*
 * Stable merge sort (bottom-up) of n elements of size sz, then removal of
 * all but the last of each run of equal keys. Stability is what makes "the
 * last sample stands" hold. Returns the number removed or -ENOMEM.
 */
static long sort_unique(void *base, size_t *n, size_t sz, int (*cmp)(const void *, const void *))
{
	char *a = base, *tmp, *src, *dst, *t;
	size_t width, i, out, count = *n;

	if (count < 2)
		return 0;
	tmp = malloc(count * sz);
	if (!tmp)
		return -ENOMEM;
	src = a;
	dst = tmp;
	for (width = 1; width < count; width *= 2) {
		for (i = 0; i < count; i += 2 * width) {
			size_t l = i, lend = i + width < count ? i + width : count;
			size_t r = lend, rend = i + 2 * width < count ? i + 2 * width : count;
			size_t k = i;

			while (l < lend && r < rend) {
				/* Take from the left on ties: keeps insertion order. */
				if (cmp(src + r * sz, src + l * sz) < 0)
					memcpy(dst + k++ * sz, src + r++ * sz, sz);
				else
					memcpy(dst + k++ * sz, src + l++ * sz, sz);
			}
			while (l < lend)
				memcpy(dst + k++ * sz, src + l++ * sz, sz);
			while (r < rend)
				memcpy(dst + k++ * sz, src + r++ * sz, sz);
		}
		t = src;
		src = dst;
		dst = t;
	}
	if (src != a)
		memcpy(a, src, count * sz);
	free(tmp);
	/* Keep the last of equal keys. */
	out = 0;
	for (i = 0; i < count; i++) {
		if (i + 1 < count && cmp(a + i * sz, a + (i + 1) * sz) == 0)
			continue;
		if (out != i)
			memcpy(a + out * sz, a + i * sz, sz);
		out++;
	}
	*n = out;
	return (long)(count - out);
}

static int cpuid_cmp_v(const void *a, const void *b)
{
	return cpuid_cmp(a, b);
}

static int msr_cmp_v(const void *a, const void *b)
{
	return msr_cmp(a, b);
}

int msrkit_snapshot_finalize(struct msrkit_snapshot *s)
{
	long dropped = 0;
	size_t i;

	if (!s)
		return -EINVAL;
	for (i = 0; i < s->ncpus; i++) {
		struct snap_cpu *c = s->cpus[i];
		long r1, r2;

		if (c->sorted)
			continue;
		/* Sorting in place is safe to stop half way only per array: a
		 * failed allocation leaves that array untouched. */
		r1 = sort_unique(c->cpuid, &c->ncpuid, sizeof(*c->cpuid), cpuid_cmp_v);
		if (r1 < 0)
			return (int)r1;
		r2 = sort_unique(c->msr, &c->nmsr, sizeof(*c->msr), msr_cmp_v);
		if (r2 < 0)
			return (int)r2;
		c->sorted = true;
		dropped += r1 + r2;
	}
	return dropped > 0x7fffffff ? 0x7fffffff : (int)dropped;
}

bool snap_is_finalized(const struct msrkit_snapshot *s)
{
	size_t i;

	for (i = 0; i < s->ncpus; i++)
		if (!s->cpus[i]->sorted)
			return false;
	return true;
}

static const struct msrkit_snapshot_msr *msr_find(const struct snap_cpu *c, uint32_t address)
{
	size_t lo = 0, hi = c->nmsr;

	if (!c->sorted) {
		/* Not finalized: the last entry added wins. */
		while (hi--)
			if (c->msr[hi].address == address)
				return &c->msr[hi];
		return NULL;
	}
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (c->msr[mid].address < address)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < c->nmsr && c->msr[lo].address == address ? &c->msr[lo] : NULL;
}

static const struct msrkit_snapshot_cpuid *cpuid_find(const struct snap_cpu *c, uint32_t leaf, uint32_t subleaf,
                                                      bool any)
{
	struct msrkit_snapshot_cpuid key = { .leaf = leaf, .subleaf = any ? 0 : subleaf, .any_subleaf = any };
	size_t lo = 0, hi = c->ncpuid;

	if (!c->sorted) {
		while (hi--)
			if (cpuid_cmp(&c->cpuid[hi], &key) == 0)
				return &c->cpuid[hi];
		return NULL;
	}
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (cpuid_cmp(&c->cpuid[mid], &key) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < c->ncpuid && cpuid_cmp(&c->cpuid[lo], &key) == 0 ? &c->cpuid[lo] : NULL;
}

static int cpu_read_msr(const struct snap_cpu *c, uint32_t address, uint64_t *value)
{
	const struct msrkit_snapshot_msr *e = msr_find(c, address);

	if (!e)
		return -ENOENT;
	if (e->err)
		return e->err;
	*value = e->value;
	return 0;
}

static int cpu_cpuid(const struct snap_cpu *c, uint32_t leaf, uint32_t subleaf, uint32_t out[4])
{
	const struct msrkit_snapshot_cpuid *e = cpuid_find(c, leaf, subleaf, false);

	if (!e)
		e = cpuid_find(c, leaf, 0, true);
	if (!e)
		return -ENODATA;
	memcpy(out, e->regs, sizeof(e->regs));
	return 0;
}

int msrkit_snapshot_read_msr(const struct msrkit_snapshot *s, unsigned cpu, uint32_t address, uint64_t *value)
{
	const struct snap_cpu *c = cpu_find(s, cpu);

	if (!c)
		return -ENXIO;
	return cpu_read_msr(c, address, value);
}

int msrkit_snapshot_cpuid(const struct msrkit_snapshot *s, unsigned cpu, uint32_t leaf, uint32_t subleaf,
                          uint32_t out[4])
{
	const struct snap_cpu *c = cpu_find(s, cpu);

	if (!c)
		return -ENXIO;
	return cpu_cpuid(c, leaf, subleaf, out);
}

size_t msrkit_snapshot_cpu_count(const struct msrkit_snapshot *s)
{
	return s ? s->ncpus : 0;
}

int msrkit_snapshot_cpus(const struct msrkit_snapshot *s, struct msrkit_cpuset *out)
{
	size_t i;

	memset(out, 0, sizeof(*out));
	for (i = 0; s && i < s->ncpus; i++)
		out->bits[s->cpus[i]->cpu / 64] |= UINT64_C(1) << (s->cpus[i]->cpu % 64);
	return 0;
}

const struct msrkit_snapshot_msr *msrkit_snapshot_msrs(const struct msrkit_snapshot *s, unsigned cpu, size_t *n)
{
	const struct snap_cpu *c = cpu_find(s, cpu);

	*n = c ? c->nmsr : 0;
	return *n ? c->msr : NULL;
}

const struct msrkit_snapshot_cpuid *msrkit_snapshot_cpuids(const struct msrkit_snapshot *s, unsigned cpu, size_t *n)
{
	const struct snap_cpu *c = cpu_find(s, cpu);

	*n = c ? c->ncpuid : 0;
	return *n ? c->cpuid : NULL;
}

void snap_cpu_at(const struct msrkit_snapshot *s, size_t i, struct snap_cpu_view *v)
{
	const struct snap_cpu *c = s->cpus[i];

	v->cpu = c->cpu;
	v->cpuid = c->cpuid;
	v->ncpuid = c->ncpuid;
	v->msr = c->msr;
	v->nmsr = c->nmsr;
}

/* The backend: a read-only view of a snapshot. */

static int be_read(struct msrkit_backend *b, unsigned cpu, uint32_t address, uint64_t *value)
{
	return msrkit_snapshot_read_msr(b->priv, cpu, address, value);
}

static int be_write(struct msrkit_backend *b, unsigned cpu, uint32_t address, uint64_t value)
{
	(void)b;
	(void)cpu;
	(void)address;
	(void)value;
	return -EROFS;
}

static int be_batch(struct msrkit_backend *b, struct msrkit_op *ops, size_t n, bool write)
{
	size_t i;

	for (i = 0; i < n; i++)
		ops[i].err = write ? -EROFS : msrkit_snapshot_read_msr(b->priv, ops[i].cpu, ops[i].address, &ops[i].value);
	return 0;
}

static int be_cpuid(struct msrkit_backend *b, unsigned cpu, uint32_t leaf, uint32_t subleaf, uint32_t out[4])
{
	return msrkit_snapshot_cpuid(b->priv, cpu, leaf, subleaf, out);
}

static int be_cpus(struct msrkit_backend *b, struct msrkit_cpuset *out)
{
	return msrkit_snapshot_cpus(b->priv, out);
}

static void be_close(struct msrkit_backend *b)
{
	/* The snapshot is borrowed: its owner frees it. */
	b->priv = NULL;
}

static const struct msrkit_backend_ops snapshot_ops = {
	.name = "snapshot",
	.read = be_read,
	.write = be_write,
	.batch = be_batch,
	.cpuid = be_cpuid,
	.cpus = be_cpus,
	.close = be_close,
};

int msrkit_snapshot_backend(struct msrkit_snapshot *s, struct msrkit_backend *b)
{
	if (!s || !b)
		return -EINVAL;
	b->ops = &snapshot_ops;
	b->priv = s;
	return 0;
}

/* struct msrkit_cpu callbacks: ctx is the struct snap_cpu. */

static bool cb_cpuid(const void *ctx, uint32_t leaf, uint32_t subleaf, uint32_t out[4])
{
	return cpu_cpuid(ctx, leaf, subleaf, out) == 0;
}

static int cb_rdmsr(const void *ctx, uint32_t address, uint64_t *val)
{
	return cpu_read_msr(ctx, address, val);
}

int msrkit_snapshot_cpu(const struct msrkit_snapshot *s, unsigned cpu, struct msrkit_cpu *out)
{
	const struct snap_cpu *c;

	if (!s || !out)
		return -EINVAL;
	c = cpu_find(s, cpu);
	if (!c)
		return -ENXIO;
	memset(out, 0, sizeof(*out));
	out->cpuid = cb_cpuid;
	out->rdmsr = cb_rdmsr;
	out->ctx = c;
	(void)msrkit_cpu_identify(out);
	return 0;
}

/* Errors. */

int snap_fail(struct msrkit_snapshot_error *err, const char *file, unsigned long line, const char *fmt, ...)
{
	va_list ap;

	if (err) {
		err->file = file;
		err->line = line;
		va_start(ap, fmt);
		vsnprintf(err->reason, sizeof(err->reason), fmt, ap);
		va_end(ap);
	}
	return -EINVAL;
}

size_t msrkit_snapshot_error_format(const struct msrkit_snapshot_error *err, char *buf, size_t len)
{
	const char *file = err->file ? err->file : "<input>";
	int n;

	if (err->line)
		n = snprintf(buf, len, "%s:%lu: %s", file, err->line, err->reason);
	else
		n = snprintf(buf, len, "%s: %s", file, err->reason);
	return n < 0 ? 0 : (size_t)n;
}

void snap_quote(char *out, size_t outlen, const char *p, size_t len)
{
	const size_t max = 40;
	size_t i, o = 0;

	if (!outlen)
		return;
	for (i = 0; i < len && i < max && o + 1 < outlen; i++) {
		unsigned char c = (unsigned char)p[i];

		out[o++] = (c >= 0x20 && c < 0x7f) ? (char)c : '?';
	}
	if (i < len && o + 4 < outlen) {
		memcpy(out + o, "...", 3);
		o += 3;
	}
	out[o] = '\0';
}

/* Lines. */

void snap_lines_init(struct snap_lines *it, const char *buf, size_t len)
{
	it->buf = buf;
	it->len = len;
	it->pos = 0;
	it->no = 0;
}

bool snap_lines_next(struct snap_lines *it, struct snap_line *line)
{
	const char *start, *nl;
	size_t rest;

	if (it->pos >= it->len)
		return false;
	start = it->buf + it->pos;
	rest = it->len - it->pos;
	nl = memchr(start, '\n', rest);
	line->p = start;
	line->no = ++it->no;
	if (nl) {
		line->len = (size_t)(nl - start);
		line->has_newline = true;
		it->pos += line->len + 1;
	} else {
		line->len = rest;
		line->has_newline = false;
		it->pos = it->len;
	}
	line->has_cr = line->len && start[line->len - 1] == '\r';
	if (line->has_cr)
		line->len--;
	return true;
}

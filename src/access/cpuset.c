/* SPDX-License-Identifier: MIT */
/* CPU sets: bit operations, the Linux CPU-list syntax, and sysfs lists. */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "access_int.h"

#define WORDS (MSRKIT_CPUSET_MAX / 64)

void msrkit_cpuset_clear(struct msrkit_cpuset *s)
{
	memset(s, 0, sizeof(*s));
}

void msrkit_cpuset_add(struct msrkit_cpuset *s, unsigned cpu)
{
	if (cpu < MSRKIT_CPUSET_MAX)
		s->bits[cpu / 64] |= UINT64_C(1) << (cpu % 64);
}

bool msrkit_cpuset_has(const struct msrkit_cpuset *s, unsigned cpu)
{
	return cpu < MSRKIT_CPUSET_MAX && (s->bits[cpu / 64] >> (cpu % 64)) & 1;
}

unsigned msrkit_cpuset_count(const struct msrkit_cpuset *s)
{
	unsigned n = 0;

	for (size_t i = 0; i < WORDS; i++)
		n += (unsigned)__builtin_popcountll(s->bits[i]);
	return n;
}

int msrkit_cpuset_next(const struct msrkit_cpuset *s, unsigned from)
{
	if (from >= MSRKIT_CPUSET_MAX)
		return -1;
	size_t w = from / 64;
	uint64_t word = s->bits[w] & (~UINT64_C(0) << (from % 64));

	for (;;) {
		if (word)
			return (int)(w * 64 + (unsigned)__builtin_ctzll(word));
		if (++w == WORDS)
			return -1;
		word = s->bits[w];
	}
}

/*
 * Reads a decimal CPU number at text[*pos]. Returns 0, -EINVAL when there
 * is no digit, -ERANGE when the number is >= MSRKIT_CPUSET_MAX (the error
 * position is then the number's first digit).
 */
static int parse_cpu(const char *text, size_t *pos, unsigned *out)
{
	size_t p = *pos;
	unsigned long v = 0;
	bool big = false;

	if (text[p] < '0' || text[p] > '9')
		return -EINVAL;
	while (text[p] >= '0' && text[p] <= '9') {
		if (!big) {
			v = v * 10 + (unsigned long)(text[p] - '0');
			if (v >= MSRKIT_CPUSET_MAX)
				big = true;
		}
		p++;
	}
	if (big)
		return -ERANGE;
	*out = (unsigned)v;
	*pos = p;
	return 0;
}

int msrkit_cpuset_parse(const char *text, struct msrkit_cpuset *out, size_t *bad_pos)
{
	struct msrkit_cpuset set;
	size_t pos = 0, bad;
	int rc;

	if (!text || !out) {
		if (bad_pos)
			*bad_pos = 0;
		return -EINVAL;
	}
	msrkit_cpuset_clear(&set);
	for (;;) {
		unsigned lo, hi;

		/* parse_cpu leaves pos on the offending character. */
		rc = parse_cpu(text, &pos, &lo);
		if (rc) {
			bad = pos;
			goto fail;
		}
		hi = lo;
		if (text[pos] == '-') {
			size_t hi_pos = ++pos;

			rc = parse_cpu(text, &pos, &hi);
			if (rc) {
				bad = pos;
				goto fail;
			}
			if (hi < lo) {
				rc = -EINVAL;
				bad = hi_pos; /* a reversed range: point at its end */
				goto fail;
			}
		}
		for (unsigned c = lo; c <= hi; c++)
			msrkit_cpuset_add(&set, c);
		if (text[pos] == ',') {
			pos++;
			continue;
		}
		/* sysfs files end in a newline; accept exactly one, at the end. */
		if (text[pos] == '\0' || (text[pos] == '\n' && text[pos + 1] == '\0'))
			break;
		rc = -EINVAL;
		bad = pos;
		goto fail;
	}
	*out = set;
	return 0;
fail:
	if (bad_pos)
		*bad_pos = bad;
	return rc;
}

size_t msrkit_cpuset_format(const struct msrkit_cpuset *s, char *buf, size_t len)
{
	size_t need = 0;
	int c = msrkit_cpuset_next(s, 0);

	if (len)
		buf[0] = '\0';
	while (c >= 0) {
		unsigned lo = (unsigned)c, hi = lo;
		char part[32];
		int k;

		while (hi + 1 < MSRKIT_CPUSET_MAX && msrkit_cpuset_has(s, hi + 1))
			hi++;
		if (hi == lo)
			k = snprintf(part, sizeof(part), "%s%u", need ? "," : "", lo);
		else
			k = snprintf(part, sizeof(part), "%s%u-%u", need ? "," : "", lo, hi);
		if (need + (size_t)k < len)
			memcpy(buf + need, part, (size_t)k + 1);
		else if (need < len)
			buf[need] = '\0';
		need += (size_t)k;
		c = hi + 1 < MSRKIT_CPUSET_MAX ? msrkit_cpuset_next(s, hi + 1) : -1;
	}
	return need;
}

int msrkit_cpuset_read(const char *path, struct msrkit_cpuset *out)
{
	/* 8192 CPUs written as alternate singletons would take ~40 KiB; sysfs
	 * pages are 4 KiB, so lists longer than that cannot come from sysfs. */
	char buf[4096 + 1];
	ssize_t r = msrkit__read_text(path, buf, sizeof(buf));

	if (r < 0)
		return (int)r;
	/* sysfs writes an empty list (e.g. "offline" with every CPU up) as "\n". */
	if (strcmp(buf, "") == 0 || strcmp(buf, "\n") == 0) {
		msrkit_cpuset_clear(out);
		return 0;
	}
	if (msrkit_cpuset_parse(buf, out, NULL))
		return -EINVAL;
	return 0;
}

int msrkit_cpuset_online_at(const char *root, struct msrkit_cpuset *out)
{
	char path[4096];
	int rc = msrkit__path(path, sizeof(path), root, "/sys/devices/system/cpu/online");

	return rc ? rc : msrkit_cpuset_read(path, out);
}

int msrkit_cpuset_online(struct msrkit_cpuset *out)
{
	return msrkit_cpuset_online_at(NULL, out);
}

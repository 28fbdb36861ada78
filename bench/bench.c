/* SPDX-License-Identifier: MIT */
/* Shared pieces of the read benchmarks (see bench.h). */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "bench.h"

int bench_online_cpus(unsigned *cpus, size_t cap)
{
	FILE *f = fopen("/sys/devices/system/cpu/online", "r");
	char buf[4096], *p, *end;
	size_t n = 0;

	if (!f || !fgets(buf, sizeof(buf), f)) {
		fprintf(stderr, "cannot read /sys/devices/system/cpu/online: is sysfs mounted?\n");
		if (f)
			fclose(f);
		return -1;
	}
	fclose(f);
	for (p = buf; *p && *p != '\n';) {
		unsigned long lo = strtoul(p, &end, 10), hi = lo;

		if (end == p)
			goto bad;
		if (*end == '-') {
			p = end + 1;
			hi = strtoul(p, &end, 10);
			if (end == p || hi < lo)
				goto bad;
		}
		for (unsigned long c = lo; c <= hi; c++) {
			if (n == cap) {
				fprintf(stderr, "more than %zu online CPUs\n", cap);
				return -1;
			}
			cpus[n++] = (unsigned)c;
		}
		p = end;
		if (*p == ',')
			p++;
	}
	return (int)n;
bad:
	fprintf(stderr, "cannot parse the online CPU list '%s'\n", buf);
	return -1;
}

int bench_parse_addrs(char **argv, int argc, uint32_t *out, size_t cap)
{
	size_t n = 0;

	for (int i = 0; i < argc; i++) {
		char *end;
		unsigned long long v;

		errno = 0;
		v = strtoull(argv[i], &end, 0);
		if (errno || end == argv[i] || *end || v > UINT32_MAX || argv[i][0] == '-') {
			fprintf(stderr, "'%s' is not an MSR address (0x hex or decimal, 32 bits)\n", argv[i]);
			return -1;
		}
		if (n == cap) {
			fprintf(stderr, "at most %zu addresses\n", cap);
			return -1;
		}
		out[n++] = (uint32_t)v;
	}
	if (n == 0) {
		fprintf(stderr, "no MSR address given\n");
		return -1;
	}
	return (int)n;
}

long bench_parse_num(const char *what, const char *s, long min, long max)
{
	char *end;
	long v;

	errno = 0;
	v = strtol(s, &end, 10);
	if (errno || end == s || *end || v < min || v > max) {
		fprintf(stderr, "%s must be a number from %ld to %ld, not '%s'\n", what, min, max, s);
		return -1;
	}
	return v;
}

uint64_t bench_now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

static int cmp_u64(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;

	return x < y ? -1 : x > y;
}

void bench_report(struct bench_result *r)
{
	uint64_t reads = (uint64_t)r->cpus * r->regs, med, best;

	qsort(r->round_ns, r->rounds, sizeof(r->round_ns[0]), cmp_u64);
	best = r->round_ns[0];
	med = r->round_ns[r->rounds / 2];
	printf("BENCH name=%s cpus=%u regs=%u rounds=%u reads_per_round=%llu median_round_ns=%llu "
	       "best_round_ns=%llu median_ns_per_read=%llu best_ns_per_read=%llu\n",
	       r->name, r->cpus, r->regs, r->rounds, (unsigned long long)reads, (unsigned long long)med,
	       (unsigned long long)best, (unsigned long long)(med / reads), (unsigned long long)(best / reads));
}

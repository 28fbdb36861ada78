/* SPDX-License-Identifier: MIT */
/* Test-only simulated machine: a snapshot in the in-memory backend, with faults. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <msrkit/msrkit.h>
#include <msrkit/snapshot.h>

#include "test_backend.h"

static const struct {
	const char *name;
	int err;
} fault_errs[] = {
	{ "eio", -EIO }, { "enxio", -ENXIO }, { "eperm", -EPERM }, { "eacces", -EACCES },
	{ "erofs", -EROFS }, { "ebadf", -EBADF },
};

static bool parse_num(const char *s, size_t len, uint64_t max, uint64_t *out)
{
	char buf[32];

	if (len == 0 || len >= sizeof(buf))
		return false;
	memcpy(buf, s, len);
	buf[len] = '\0';
	return msrkit_parse_u64(buf, out) == 0 && *out <= max;
}

/* Splits spec[0..len) at ':' into at most max parts. */
static size_t split(const char *s, size_t len, const char **part, size_t *plen, size_t max)
{
	size_t n = 0, start = 0;

	for (size_t i = 0; i <= len; i++) {
		if (i < len && s[i] != ':')
			continue;
		if (n == max)
			return max + 1;
		part[n] = s + start;
		plen[n++] = i - start;
		start = i + 1;
	}
	return n;
}

static bool is(const char *p, size_t len, const char *word)
{
	return strlen(word) == len && strncmp(p, word, len) == 0;
}

static int one_fault(struct msrkit_backend *b, const char *s, size_t len, char *err, size_t errlen)
{
	const char *p[6];
	size_t l[6], n = split(s, len, p, l, 6);
	struct msrkit_mem_fault f = { 0 };
	uint64_t v;

	if (n < 4 || n > 6)
		goto bad;
	if (is(p[1], l[1], "*"))
		f.cpu = MSRKIT_MEM_ANY_CPU;
	else if (parse_num(p[1], l[1], MSRKIT_CPUSET_MAX - 1, &v))
		f.cpu = (unsigned)v;
	else
		goto bad;
	if (is(p[2], l[2], "*"))
		f.any_address = true;
	else if (parse_num(p[2], l[2], UINT32_MAX, &v))
		f.address = (uint32_t)v;
	else
		goto bad;
	if (is(p[0], l[0], "writable")) {
		if (n != 4 || f.any_address || !parse_num(p[3], l[3], UINT64_MAX, &v))
			goto bad;
		if (msrkit_mem_set_writable(b, f.cpu, f.address, v) == 0)
			return 0;
		snprintf(err, errlen, "bad fault '%.*s': the register is not in the snapshot", (int)len, s);
		return -1;
	}
	f.on = is(p[0], l[0], "read") ? MSRKIT_MEM_FAULT_READ
	       : is(p[0], l[0], "write") ? MSRKIT_MEM_FAULT_WRITE
	       : is(p[0], l[0], "rw") ? MSRKIT_MEM_FAULT_READ | MSRKIT_MEM_FAULT_WRITE : 0;
	if (!f.on)
		goto bad;
	if (is(p[3], l[3], "short")) {
		f.short_io = true;
	} else {
		for (size_t i = 0; i < sizeof(fault_errs) / sizeof(fault_errs[0]); i++)
			if (is(p[3], l[3], fault_errs[i].name))
				f.err = fault_errs[i].err;
		if (!f.err)
			goto bad;
	}
	for (size_t i = 4; i < n; i++) {
		if (l[i] > 5 && strncmp(p[i], "skip=", 5) == 0 && parse_num(p[i] + 5, l[i] - 5, 1000000, &v))
			f.skip = (unsigned)v;
		else if (l[i] > 6 && strncmp(p[i], "times=", 6) == 0 && parse_num(p[i] + 6, l[i] - 6, 1000000, &v))
			f.times = (unsigned)v;
		else
			goto bad;
	}
	if (msrkit_mem_add_fault(b, &f) == 0)
		return 0;
bad:
	snprintf(err, errlen, "bad fault '%.*s': use OP:CPU:ADDR:ERR[:skip=N][:times=N] or writable:CPU:ADDR:MASK",
		 (int)len, s);
	return -1;
}

int test_backend_faults(struct msrkit_backend *b, const char *spec, char *err, size_t errlen)
{
	const char *s = spec;

	while (*s) {
		const char *end = strchr(s, ',');
		size_t len = end ? (size_t)(end - s) : strlen(s);

		if (one_fault(b, s, len, err, errlen))
			return -1;
		s += len + (end ? 1 : 0);
	}
	return 0;
}

static int fill(struct msrkit_backend *b, const struct msrkit_snapshot *snap, const struct msrkit_cpuset *cpus)
{
	for (int c = msrkit_cpuset_next(cpus, 0); c >= 0; c = msrkit_cpuset_next(cpus, (unsigned)c + 1)) {
		size_t n, i;
		const struct msrkit_snapshot_msr *m = msrkit_snapshot_msrs(snap, (unsigned)c, &n);
		const struct msrkit_snapshot_cpuid *l;

		for (i = 0; i < n; i++) {
			/* A register never set reads as EIO already; other recorded failures become faults. */
			if (m[i].err == 0) {
				if (msrkit_mem_set(b, (unsigned)c, m[i].address, m[i].value))
					return -1;
			} else if (m[i].err != -EIO) {
				struct msrkit_mem_fault f = { .cpu = (unsigned)c, .address = m[i].address,
							      .on = MSRKIT_MEM_FAULT_READ, .err = m[i].err };

				if (msrkit_mem_add_fault(b, &f))
					return -1;
			}
		}
		l = msrkit_snapshot_cpuids(snap, (unsigned)c, &n);
		for (i = 0; i < n; i++)
			if (msrkit_mem_set_cpuid(b, (unsigned)c, l[i].leaf, l[i].subleaf, l[i].regs))
				return -1;
	}
	return 0;
}

int test_backend_open(struct msrkit_backend *b, const char *prog, char *label, size_t len)
{
	const char *file = getenv(TEST_BACKEND_ENV), *faults = getenv(TEST_FAULTS_ENV);
	struct msrkit_snapshot *snap = NULL;
	struct msrkit_snapshot_error serr;
	struct msrkit_cpuset cpus;
	char msg[512];

	if (!file || !*file)
		return 0;
	if (msrkit_snapshot_load(file, &snap, &serr)) {
		msrkit_snapshot_error_format(&serr, msg, sizeof(msg));
		fprintf(stderr, "%s: %s: %s\n", prog, TEST_BACKEND_ENV, msg);
		return -1;
	}
	msrkit_snapshot_cpus(snap, &cpus);
	if (msrkit_backend_mem_open(b, &cpus) || fill(b, snap, &cpus)) {
		fprintf(stderr, "%s: %s: cannot build the simulated machine from %s\n", prog, TEST_BACKEND_ENV, file);
		msrkit_backend_close(b);
		msrkit_snapshot_free(snap);
		return -1;
	}
	msrkit_snapshot_free(snap);
	if (faults && test_backend_faults(b, faults, msg, sizeof(msg))) {
		fprintf(stderr, "%s: %s: %s\n", prog, TEST_FAULTS_ENV, msg);
		msrkit_backend_close(b);
		return -1;
	}
	snprintf(label, len, "test machine %s", file);
	return 1;
}

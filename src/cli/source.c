/* SPDX-License-Identifier: MIT */
/* Opening the live machine or a snapshot, and selecting CPUs. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "source.h"
#include "test_backend.h"

bool source_opt(struct source_opts *o, int code, const char *arg)
{
	switch (code) {
	case 'c': o->cpus = arg; return true;
	case 'a': o->all = true; return true;
	case 'F': o->from = arg; return true;
	case 'B': o->backend = arg; return true;
	default: return false;
	}
}

const char *source_errname(int err)
{
	switch (err) {
	case -EIO: return "not implemented: the read raised #GP";
	case -ENOENT: return "not captured in the snapshot";
	case -ENXIO: return "CPU offline or absent";
	case -EPERM:
	case -EACCES: return "permission denied";
	default: return strerror(-err);
	}
}

void source_explain(const struct source *s, const char *what, enum msrkit_io io, unsigned cpu, uint32_t address,
		    uint64_t write_mask, int err)
{
	struct msrkit_diagnosis d;
	char buf[1024];

	if (!s->live) {
		(void)cpu; /* callers name the CPU in "what" */
		cli_error("%s: %s (MSR 0x%x, %s)", what, source_errname(err), address, s->label);
		return;
	}
	msrkit_diagnose(NULL, msrkit_backend_name(&s->backend), io, cpu, address, write_mask, err, &d);
	msrkit_diag_format(&d, buf, sizeof(buf));
	cli_error("%s: %s", what, buf);
}

/* Does the kernel know logical CPU cpu, online or not? */
static bool cpu_present(int cpu)
{
	char path[64];
	struct stat st;

	snprintf(path, sizeof(path), "/sys/devices/system/cpu/cpu%d", cpu);
	return stat(path, &st) == 0;
}

static int select_cpus(struct source *s, const struct source_opts *o, const struct msrkit_cpuset *avail)
{
	struct msrkit_cpuset want;
	size_t bad = 0;
	int c, first = msrkit_cpuset_next(avail, 0);

	if (first < 0) {
		cli_error("%s has no CPUs", s->label);
		return EXIT_USAGE;
	}
	if (o->cpus) {
		if (msrkit_cpuset_parse(o->cpus, &want, &bad)) {
			cli_error("invalid CPU list '%s' at character %zu: use numbers and ranges, e.g. 0-3,8", o->cpus,
				  bad + 1);
			return EXIT_USAGE;
		}
		for (c = msrkit_cpuset_next(&want, 0); c >= 0; c = msrkit_cpuset_next(&want, (unsigned)c + 1))
			if (!msrkit_cpuset_has(avail, (unsigned)c)) {
				char list[256];

				msrkit_cpuset_format(avail, list, sizeof(list));
				if (!s->live)
					cli_error("CPU %d is not in %s (CPUs %s)", c, s->label, list);
				else if (cpu_present(c))
					cli_error("CPU %d is offline: bring it online with 'echo 1 > "
						  "/sys/devices/system/cpu/cpu%d/online' (online CPUs: %s)", c, c, list);
				else
					cli_error("CPU %d does not exist on this machine (CPUs %s)", c, list);
				return EXIT_USAGE;
			}
	} else if (o->all || o->default_all) {
		want = *avail;
	} else {
		msrkit_cpuset_clear(&want);
		msrkit_cpuset_add(&want, (unsigned)first);
	}
	s->ncpus = msrkit_cpuset_count(&want);
	s->cpu = calloc(s->ncpus, sizeof(*s->cpu));
	s->id = calloc(s->ncpus, sizeof(*s->id));
	s->bind = calloc(s->ncpus, sizeof(*s->bind));
	if (!s->cpu || !s->id || !s->bind) {
		cli_error("out of memory");
		return EXIT_INTERNAL;
	}
	s->ncpus = 0;
	for (c = msrkit_cpuset_next(&want, 0); c >= 0; c = msrkit_cpuset_next(&want, (unsigned)c + 1))
		s->cpu[s->ncpus++] = (unsigned)c;
	return 0;
}

static int open_snapshot(struct source *s, const struct source_opts *o)
{
	struct msrkit_snapshot_error err;
	char buf[512];
	int rc = msrkit_snapshot_load(o->from, &s->snap, &err);

	if (rc) {
		msrkit_snapshot_error_format(&err, buf, sizeof(buf));
		cli_error("%s", buf);
		return EXIT_USAGE;
	}
	snprintf(s->label, sizeof(s->label), "snapshot %s", o->from);
	if (msrkit_snapshot_backend(s->snap, &s->backend)) {
		cli_error("cannot use snapshot %s", o->from);
		return EXIT_INTERNAL;
	}
	s->backend_open = true;
	return 0;
}

static int open_live(struct source *s, const struct source_opts *o, struct msrkit_cpuset *online)
{
	struct msrkit_open_report report;
	int rc;

	if (o->backend && strcmp(o->backend, "auto") && strcmp(o->backend, "msr") && strcmp(o->backend, "msr-safe")) {
		cli_error("unknown backend '%s': use auto, msr or msr-safe", o->backend);
		return EXIT_USAGE;
	}
	/* Test-only: a simulated machine (see test_backend.h). */
	rc = test_backend_open(&s->backend, "msrkit", s->label, sizeof(s->label));
	if (rc < 0)
		return EXIT_USAGE;
	if (rc > 0) {
		s->live = true;
		s->backend_open = true;
		return msrkit_backend_cpus(&s->backend, online) ? EXIT_INTERNAL : 0;
	}
	if (msrkit_cpuset_online(online)) {
		cli_error("cannot read /sys/devices/system/cpu/online: is sysfs mounted?");
		return EXIT_ACCESS;
	}
	rc = msrkit_backend_open_auto(&s->backend, o->backend, NULL, online, o->write ? MSRKIT_OPEN_WRITE : 0, &report);
	if (rc) {
		struct msrkit_diagnosis d;
		char buf[1024];
		size_t i;
		unsigned cpu = 0;
		const char *name = o->backend && strcmp(o->backend, "auto") ? o->backend : "msr";

		/* Explain the candidate whose error was returned. */
		for (i = 0; i < report.n; i++)
			if (report.attempt[i].tried && report.attempt[i].err == rc) {
				name = report.attempt[i].backend;
				cpu = report.attempt[i].cpu;
				break;
			}
		msrkit_diagnose(NULL, name, o->write && rc == -EPERM ? MSRKIT_IO_WRITE : MSRKIT_IO_OPEN, cpu, 0, 0, rc, &d);
		msrkit_diag_format(&d, buf, sizeof(buf));
		cli_error("no access to MSRs on this machine: %s", buf);
		return EXIT_ACCESS;
	}
	s->live = true;
	s->backend_open = true;
	snprintf(s->label, sizeof(s->label), "this machine (%s driver)", msrkit_backend_name(&s->backend));
	return 0;
}

int source_open(struct source *s, const struct source_opts *o)
{
	struct msrkit_cpuset avail;
	size_t i;
	int rc;

	memset(s, 0, sizeof(*s));
	if (o->cpus && o->all) {
		cli_error("use either -c CPUS or -a, not both");
		return EXIT_USAGE;
	}
	if (o->from && o->write) {
		cli_error("a snapshot cannot be written: drop --from");
		return EXIT_USAGE;
	}
	rc = o->from ? open_snapshot(s, o) : open_live(s, o, &avail);
	if (rc)
		return rc;
	if (o->from)
		msrkit_backend_cpus(&s->backend, &avail);
	rc = select_cpus(s, o, &avail);
	if (rc)
		return rc;
	for (i = 0; i < s->ncpus; i++)
		msrkit_cpu_bind(&s->id[i], &s->bind[i], &s->backend, s->cpu[i]);
	return 0;
}

void source_close(struct source *s)
{
	if (s->backend_open)
		msrkit_backend_close(&s->backend);
	msrkit_snapshot_free(s->snap);
	free(s->cpu);
	free(s->id);
	free(s->bind);
	memset(s, 0, sizeof(*s));
}

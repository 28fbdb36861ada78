/* SPDX-License-Identifier: MIT */
/* Loading and capturing snapshots for the comparing commands. */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/utsname.h>
#include <time.h>
#include <unistd.h>

#include "snapshots.h"

int snap_load(const char *path, struct msrkit_snapshot **out)
{
	struct msrkit_snapshot_error err;
	char buf[512];
	int rc = msrkit_snapshot_load(path, out, &err);

	if (!rc)
		return EXIT_OK;
	msrkit_snapshot_error_format(&err, buf, sizeof(buf));
	cli_error("%s", buf);
	return rc == -ENOMEM ? EXIT_INTERNAL : EXIT_USAGE;
}

/* Sets a metadata value when the format can hold it (a strange host name
 * is left out rather than failing the capture). */
static void set_meta(struct msrkit_snapshot *s, enum msrkit_snapshot_meta key, const char *value)
{
	if (value && *value && msrkit_snapshot_set_meta(s, key, value))
		cli_error("warning: %s '%s' cannot be stored in a snapshot; left out", msrkit_snapshot_meta_name(key),
			  value);
}

static void set_live_meta(struct msrkit_snapshot *s, const char *backend)
{
	char buf[256];
	struct utsname u;
	struct tm tm;
	time_t now = time(NULL);

	if (gmtime_r(&now, &tm) && strftime(buf, sizeof(buf), "%Y-%m-%dT%H:%M:%SZ", &tm))
		set_meta(s, MSRKIT_META_TIME, buf);
	if (gethostname(buf, sizeof(buf)) == 0) {
		buf[sizeof(buf) - 1] = '\0';
		set_meta(s, MSRKIT_META_HOST, buf);
	}
	if (uname(&u) == 0)
		set_meta(s, MSRKIT_META_KERNEL, u.release);
	set_meta(s, MSRKIT_META_TOOL, "msrkit " MSRKIT_VERSION);
	set_meta(s, MSRKIT_META_BACKEND, backend);
	set_meta(s, MSRKIT_META_SOURCE, "live");
}

/* The errno of the first failed read of the first CPU, or 0. */
static int first_failure(const struct msrkit_snapshot *s, const struct source *src)
{
	size_t i, j, n;

	for (i = 0; i < src->ncpus; i++) {
		const struct msrkit_snapshot_msr *m = msrkit_snapshot_msrs(s, src->cpu[i], &n);

		for (j = 0; j < n; j++)
			if (m[j].err)
				return m[j].err;
	}
	return 0;
}

int snap_capture(struct source *src, const struct msrkit_capture_opts *co, struct msrkit_snapshot **out,
		 struct msrkit_capture_stats *stats)
{
	struct msrkit_capture_stats st;
	struct msrkit_snapshot *snap = msrkit_snapshot_new();
	struct msrkit_cpuset cpus;
	size_t i;
	int rc;

	*out = NULL;
	if (!snap) {
		cli_error("out of memory");
		return EXIT_INTERNAL;
	}
	msrkit_cpuset_clear(&cpus);
	for (i = 0; i < src->ncpus; i++)
		msrkit_cpuset_add(&cpus, src->cpu[i]);
	set_live_meta(snap, msrkit_backend_name(&src->backend));
	rc = msrkit_snapshot_capture(snap, &src->backend, &cpus, co, &st);
	if (stats)
		*stats = st;
	if (rc) {
		if (rc == -ENOMEM)
			cli_error("out of memory while capturing %s", src->label);
		else
			cli_error("capturing %s failed: %s", src->label, strerror(-rc));
		msrkit_snapshot_free(snap);
		return rc == -ENOMEM ? EXIT_INTERNAL : EXIT_MSR;
	}
	if (st.cpuid_failed)
		cli_error("warning: CPUID failed on %zu CPU(s) (first: CPU %u, %s); their registers were chosen "
			  "without knowing the CPU model. Run without CPU affinity restrictions (taskset, cgroups) "
			  "to capture CPUID.",
			  st.cpuid_failed, st.cpuid_err_cpu, strerror(-st.cpuid_err));
	if (st.unrecordable)
		cli_error("warning: %zu read(s) failed with an error a snapshot cannot record (%s); left out",
			  st.unrecordable, strerror(-st.unrecordable_err));
	if (st.reads && !st.values) {
		int err = first_failure(snap, src);

		msrkit_snapshot_free(snap);
		if (err == -EPERM || err == -EACCES) {
			cli_error("no register could be read on %s: every read was refused (%s); run as root (or with "
				  "CAP_SYS_RAWIO), or with msr-safe add the registers to its allowlist",
				  src->label, strerror(-err));
			return EXIT_ACCESS;
		}
		cli_error("no register could be read on %s (%zu reads failed, the first with: %s)", src->label,
			  st.failures, err ? source_errname(err) : "an error a snapshot cannot record");
		return EXIT_MSR;
	}
	*out = snap;
	return EXIT_OK;
}

void snap_msr_cpus(const struct msrkit_snapshot *s, struct msrkit_cpuset *out)
{
	struct msrkit_cpuset all;
	int c;

	msrkit_cpuset_clear(out);
	msrkit_snapshot_cpus(s, &all);
	for (c = msrkit_cpuset_next(&all, 0); c >= 0; c = msrkit_cpuset_next(&all, (unsigned)c + 1)) {
		size_t n;

		if (msrkit_snapshot_msrs(s, (unsigned)c, &n) && n)
			msrkit_cpuset_add(out, (unsigned)c);
	}
}

void cpus_label(char *buf, size_t len, const struct msrkit_cpuset *set)
{
	char list[1024];

	msrkit_cpuset_format(set, list, sizeof(list));
	snprintf(buf, len, "CPU %s", list);
}

const struct msrkit_reg *snap_definition(uint32_t address, const struct msrkit_cpu *cpu, struct msrkit_reg_ref *ref)
{
	if (msrkit_db_find(address, cpu, ref) || msrkit_reg_applies(ref->reg, cpu) == MSRKIT_NO) {
		ref->reg = NULL;
		ref->address = address;
		ref->index = 0;
		return NULL;
	}
	return ref->reg;
}

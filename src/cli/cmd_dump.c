/* SPDX-License-Identifier: MIT */
/* msrkit dump: capture this machine into a snapshot, or convert a snapshot. */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <msrkit/capture.h>

#include "snapshots.h"

static const char usage_text[] =
	"usage: msrkit dump [-o FILE] [-c CPUS | -a] [--scan RANGES] [--json] [--from FILE]\n"
	"\n"
	"Capture every logical CPU of this machine into a snapshot: its CPUID leaves\n"
	"and subleaves, every register of the database that applies to it, and the\n"
	"addresses of --scan, each with its value or why it could not be read; plus\n"
	"the time, host name, kernel release, msrkit version and backend. The text\n"
	"format (docs/snapshot-format.md) is sorted and line-oriented, so two dumps\n"
	"compare well with 'msrkit diff' and with diff(1). Every read-only command\n"
	"reads it back with --from.\n"
	"\n"
	"With --from, convert a snapshot instead (an AIDA64 CPUID dump to msrkit's\n"
	"format, or any snapshot to JSON), keeping every value.\n"
	"\n"
	"  -o, --output FILE  write to FILE (atomically: a temporary file, then renamed)\n"
	"                     instead of standard output\n"
	"  -c, --cpus LIST    CPUs to capture (0-3,8); default: all\n"
	"  -a, --all          every online CPU (every CPU of a snapshot); the default\n"
	"  --scan RANGES      also probe these addresses on every CPU, e.g.\n"
	"                     0x0-0x1fff,0xc0000000-0xc0001fff; addresses that raise\n"
	"                     #GP (nothing there) are left out of the file\n"
	"  --json             write JSON with the same content (not readable by --from)\n"
	"  --from FILE        convert this snapshot (msrkit or AIDA64) instead of capturing\n"
	"  --backend NAME     auto (default), msr or msr-safe\n"
	"  --help             this text\n"
	"\n"
	"Reading MSRs needs root (or CAP_SYS_RAWIO) and the msr driver ('modprobe msr'),\n"
	"or msr-safe. Exit codes: 0 written; 2 bad usage or unreadable snapshot;\n"
	"3 no MSR access; 4 no register could be read; 5 the output could not be\n"
	"written or another internal failure.\n";

/* At most this many addresses per CPU in --scan (a full 32-bit sweep would
 * take hours and most of the range is empty). */
#define SCAN_MAX_ADDRESSES 0x100000u
#define SCAN_MAX_RANGES 64

/* A copy of the selected CPUs of src, with its metadata. */
static struct msrkit_snapshot *copy_cpus(const struct msrkit_snapshot *src, const unsigned *cpus, size_t ncpus)
{
	struct msrkit_snapshot *dst = msrkit_snapshot_new();
	size_t i, j, n;
	int k;

	if (!dst)
		return NULL;
	for (k = 0; k < MSRKIT_META_COUNT; k++)
		if (msrkit_snapshot_set_meta(dst, (enum msrkit_snapshot_meta)k,
					     msrkit_snapshot_get_meta(src, (enum msrkit_snapshot_meta)k)))
			goto fail;
	for (i = 0; i < ncpus; i++) {
		const struct msrkit_snapshot_cpuid *c = msrkit_snapshot_cpuids(src, cpus[i], &n);
		const struct msrkit_snapshot_msr *m;

		if (msrkit_snapshot_add_cpu(dst, cpus[i]))
			goto fail;
		for (j = 0; j < n; j++)
			if (msrkit_snapshot_add_cpuid(dst, cpus[i], &c[j]))
				goto fail;
		m = msrkit_snapshot_msrs(src, cpus[i], &n);
		for (j = 0; j < n; j++)
			if (msrkit_snapshot_add_msr(dst, cpus[i], &m[j]))
				goto fail;
	}
	if (msrkit_snapshot_finalize(dst) < 0)
		goto fail;
	return dst;
fail:
	msrkit_snapshot_free(dst);
	return NULL;
}

static int write_stream(const struct msrkit_snapshot *s, FILE *f, bool json)
{
	return json ? msrkit_snapshot_write_json(s, f) : msrkit_snapshot_write_text(s, f);
}

/* Writes s to path through a temporary file in the same directory, renamed
 * over path once complete, so a reader never sees half a snapshot. */
static int write_file(const struct msrkit_snapshot *s, const char *path, bool json)
{
	size_t len = strlen(path);
	char *tmp = malloc(len + 8);
	mode_t mask;
	FILE *f;
	int fd, rc;

	if (!tmp) {
		cli_error("out of memory");
		return EXIT_INTERNAL;
	}
	memcpy(tmp, path, len);
	memcpy(tmp + len, ".XXXXXX", 8);
	fd = mkstemp(tmp);
	if (fd < 0) {
		cli_error("cannot create a file next to '%s': %s; check the directory exists and is writable", path,
			  strerror(errno));
		free(tmp);
		return EXIT_USAGE;
	}
	/* mkstemp makes 0600; give the file the mode a plain create would. */
	mask = umask(0);
	umask(mask);
	if (fchmod(fd, 0666 & ~mask)) {
		/* Not fatal: the file stays private. */
	}
	f = fdopen(fd, "w");
	if (!f) {
		close(fd);
		unlink(tmp);
		free(tmp);
		cli_error("out of memory");
		return EXIT_INTERNAL;
	}
	rc = write_stream(s, f, json);
	if (!rc && fflush(f))
		rc = -errno;
	if (!rc && fsync(fileno(f)))
		rc = -errno;
	if (fclose(f) && !rc)
		rc = -errno;
	if (!rc && rename(tmp, path))
		rc = -errno;
	if (rc) {
		unlink(tmp);
		cli_error("cannot write '%s': %s", path, strerror(rc == -EINVAL ? EIO : -rc));
		free(tmp);
		return EXIT_INTERNAL;
	}
	free(tmp);
	return EXIT_OK;
}

static int write_output(const struct msrkit_snapshot *s, const char *path, bool json)
{
	int rc;

	if (path)
		return write_file(s, path, json);
	rc = write_stream(s, stdout, json);
	if (!rc && fflush(stdout))
		rc = -errno;
	if (rc) {
		cli_error("cannot write to standard output: %s", strerror(rc == -EINVAL ? EIO : -rc));
		return EXIT_INTERNAL;
	}
	return EXIT_OK;
}

static int parse_scan(const char *arg, struct msrkit_msr_range *ranges, size_t *n)
{
	uint64_t total = 0;
	size_t bad = 0, i;
	int rc = msrkit_msr_ranges_parse(arg, ranges, SCAN_MAX_RANGES, n, &bad);

	if (rc == -ENOSPC) {
		cli_error("--scan: more than %d ranges; merge some", SCAN_MAX_RANGES);
		return EXIT_USAGE;
	}
	if (rc) {
		cli_error("--scan: invalid range list '%s' at character %zu (%s): use addresses and ranges such as "
			  "0x0-0x1fff,0xc0000080",
			  arg, bad + 1,
			  rc == -ERANGE ? "address beyond 32 bits"
			  : rc == -EDOM ? "the range ends before it starts"
					: "expected an address, '-' or ','");
		return EXIT_USAGE;
	}
	for (i = 0; i < *n; i++)
		total += (uint64_t)ranges[i].last - ranges[i].first + 1;
	if (total > SCAN_MAX_ADDRESSES) {
		cli_error("--scan covers %llu addresses per CPU; at most %u are probed per run: give smaller "
			  "ranges (e.g. 0x0-0x1fff,0xc0000000-0xc0001fff) or dump several times",
			  (unsigned long long)total, SCAN_MAX_ADDRESSES);
		return EXIT_USAGE;
	}
	return EXIT_OK;
}

static int dump_live(struct source *src, const struct msrkit_capture_opts *co, const char *out, bool json)
{
	struct msrkit_capture_stats st;
	struct msrkit_snapshot *snap;
	int rc = snap_capture(src, co, &snap, &st);

	if (rc)
		return rc;
	rc = write_output(snap, out, json);
	if (rc == EXIT_OK)
		fprintf(stderr, "msrkit: captured %zu CPU(s) with the %s backend: %zu CPUID answers, %zu register values, "
			"%zu failed reads\n",
			st.cpus, msrkit_backend_name(&src->backend), st.cpuid_entries, st.values, st.failures);
	msrkit_snapshot_free(snap);
	return rc;
}

static int dump_from(struct source *src, const char *out, bool json)
{
	struct msrkit_snapshot *copy = copy_cpus(src->snap, src->cpu, src->ncpus);
	int rc;

	if (!copy) {
		cli_error("out of memory");
		return EXIT_INTERNAL;
	}
	rc = write_output(copy, out, json);
	msrkit_snapshot_free(copy);
	return rc;
}

int cmd_dump(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "output", required_argument, NULL, 'o' },
		{ "scan", required_argument, NULL, 'S' },
		{ "json", no_argument, NULL, 'j' },
		{ "help", no_argument, NULL, 'h' },
		SOURCE_LONG_OPTIONS,
		{ 0 },
	};
	struct msrkit_msr_range ranges[SCAN_MAX_RANGES];
	struct msrkit_capture_opts co = { 0 };
	struct source_opts so = { .default_all = true };
	struct source src;
	const char *out = NULL, *scan = NULL;
	bool json = false;
	int c, rc;

	optind = 1;
	while ((c = getopt_long(argc, argv, "+ho:" SOURCE_SHORT_OPTIONS, opts, NULL)) != -1) {
		switch (c) {
		case 'o': out = optarg; break;
		case 'S': scan = optarg; break;
		case 'j': json = true; break;
		case 'h': fputs(usage_text, stdout); return EXIT_OK;
		default:
			if (source_opt(&so, c, optarg))
				break;
			fputs(usage_text, stderr);
			return EXIT_USAGE;
		}
	}
	if (optind < argc) {
		cli_error("dump takes no arguments ('%s'); write the output file with -o FILE", argv[optind]);
		return EXIT_USAGE;
	}
	if (scan && so.from) {
		cli_error("--scan probes this machine; a snapshot (--from) holds only what it captured");
		return EXIT_USAGE;
	}
	if (scan) {
		rc = parse_scan(scan, ranges, &co.nscan);
		if (rc)
			return rc;
		co.scan = ranges;
	}
	rc = source_open(&src, &so);
	if (rc == EXIT_OK)
		rc = so.from ? dump_from(&src, out, json) : dump_live(&src, &co, out, json);
	source_close(&src);
	return rc;
}

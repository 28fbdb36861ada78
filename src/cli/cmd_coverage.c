/* SPDX-License-Identifier: MIT */
/* msrkit coverage: how much of what real CPUs expose the database decodes. */
#include <dirent.h>
#include <errno.h>
#include <getopt.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "snapshots.h"

static const char usage_text[] =
	"usage: msrkit coverage [--json] [--list] [--min PERCENT] FILE_OR_DIR...\n"
	"\n"
	"Measure how well the register database covers a set of dumps (msrkit\n"
	"snapshots or AIDA64 CPUID dumps; a directory stands for every file in it).\n"
	"For each dump, every register with a value on any of its CPUs counts once;\n"
	"it is decoded when a definition applies to the dump's CPU 0 (vendor, model,\n"
	"CPUID) and has named fields. Decoded registers whose values set bits the\n"
	"manual reserves are counted separately. Lists the registers not decoded,\n"
	"with the reason and the dumps that have them.\n"
	"\n"
	"  --list          also show the figures of every dump\n"
	"  --min PERCENT   exit 1 when less than PERCENT are decoded (e.g. 98)\n"
	"  --json          machine-readable output\n"
	"  --help          this text\n"
	"\n"
	"Exit codes: 0 done (and at least --min decoded); 1 below --min; 2 bad usage,\n"
	"or a file that is not a readable dump (the others are still counted);\n"
	"5 internal error.\n";

/* Why a readable register is not (or not cleanly) decoded. */
enum why {
	W_DECODED = 0,
	W_RESERVED,      /* decoded, but the value sets reserved bits */
	W_UNDEFINED,     /* no definition at this address */
	W_OTHER_CPUS,    /* defined, but not for this CPU */
	W_NO_FIELDS,     /* defined without fields */
};
#define W_COUNT 5

static const char *const why_text[W_COUNT] = {
	[W_DECODED] = "decoded",
	[W_RESERVED] = "reserved bits set",
	[W_UNDEFINED] = "no definition",
	[W_OTHER_CPUS] = "defined for other CPUs",
	[W_NO_FIELDS] = "defined without fields",
};

static const char *const why_key[W_COUNT] = {
	[W_DECODED] = "decoded",
	[W_RESERVED] = "reserved_bits_set",
	[W_UNDEFINED] = "no_definition",
	[W_OTHER_CPUS] = "defined_for_other_cpus",
	[W_NO_FIELDS] = "defined_without_fields",
};

/* One (dump, register) pair that is not cleanly decoded. */
struct miss {
	uint32_t address;
	enum why why;
	const struct msrkit_reg *reg; /* the definition found, if any */
	uint64_t bits;                /* W_RESERVED: the reserved bits (or unnamed controls) set */
	size_t dump;
};

struct dumpinfo {
	char *path;
	const char *name; /* base name */
	size_t counts[W_COUNT];
	bool failed;
};

struct cov {
	struct dumpinfo *dumps;
	size_t ndumps, capdumps;
	struct miss *miss;
	size_t nmiss, capmiss;
	size_t counts[W_COUNT];
	size_t failed;
};

static bool add_dump(struct cov *c, const char *path)
{
	struct dumpinfo *d;
	const char *slash;

	if (!cli_grow(&c->dumps, &c->capdumps, c->ndumps, sizeof(*c->dumps), 64))
		return false;
	d = &c->dumps[c->ndumps];
	memset(d, 0, sizeof(*d));
	d->path = strdup(path);
	if (!d->path)
		return false;
	slash = strrchr(d->path, '/');
	d->name = slash ? slash + 1 : d->path;
	c->ndumps++;
	return true;
}

static int name_cmp(const void *p, const void *q)
{
	return strcmp(*(char *const *)p, *(char *const *)q);
}

/* Adds the regular files of dir, sorted by name. */
static int add_dir(struct cov *c, const char *dir)
{
	DIR *dh = opendir(dir);
	struct dirent *e;
	char **names = NULL;
	size_t n = 0, cap = 0, i;
	int rc = EXIT_OK;

	if (!dh) {
		cli_error("cannot open directory '%s': %s", dir, strerror(errno));
		return EXIT_USAGE;
	}
	while ((e = readdir(dh))) {
		char path[4096];
		struct stat st;

		if (e->d_name[0] == '.')
			continue;
		snprintf(path, sizeof(path), "%s%s%s", dir, dir[strlen(dir) - 1] == '/' ? "" : "/", e->d_name);
		if (stat(path, &st) || !S_ISREG(st.st_mode))
			continue;
		if (!cli_grow(&names, &cap, n, sizeof(*names), 64)) {
			rc = EXIT_INTERNAL;
			break;
		}
		names[n] = strdup(path);
		if (!names[n]) {
			rc = EXIT_INTERNAL;
			break;
		}
		n++;
	}
	closedir(dh);
	if (n)
		qsort(names, n, sizeof(*names), name_cmp);
	for (i = 0; i < n; i++) {
		if (rc == EXIT_OK && !add_dump(c, names[i]))
			rc = EXIT_INTERNAL;
		free(names[i]);
	}
	free(names);
	if (rc == EXIT_INTERNAL)
		cli_error("out of memory");
	else if (n == 0)
		cli_error("warning: directory '%s' has no files", dir);
	return rc;
}

static bool add_miss(struct cov *c, const struct miss *m)
{
	if (!cli_grow(&c->miss, &c->capmiss, c->nmiss, sizeof(*c->miss), 256))
		return false;
	c->miss[c->nmiss++] = *m;
	return true;
}

struct reserved_acc {
	uint64_t bits;
};

static int note_reserved(void *arg, const struct msrkit_decoded *d)
{
	struct reserved_acc *r = arg;

	if (d->reserved) {
		unsigned w = d->msb - d->lsb + 1u;

		r->bits |= (w >= 64 ? ~UINT64_C(0) : (UINT64_C(1) << w) - 1) << d->lsb;
	}
	return 0;
}

/* Classifies one readable register of a dump; values are its values on every
 * CPU that read it. */
static enum why classify(uint32_t address, const struct msrkit_cpu *cpu0, const uint64_t *values, size_t nvalues,
			 const struct msrkit_reg **reg, uint64_t *bits)
{
	struct msrkit_reg_ref ref;
	size_t i;

	*reg = NULL;
	*bits = 0;
	if (msrkit_db_find(address, cpu0, &ref))
		return W_UNDEFINED;
	*reg = ref.reg;
	if (msrkit_reg_applies(ref.reg, cpu0) == MSRKIT_NO)
		return W_OTHER_CPUS;
	if (!ref.reg->nfields)
		return W_NO_FIELDS;
	for (i = 0; i < nvalues; i++) {
		struct reserved_acc acc = { 0 };

		msrkit_decode(ref.reg, values[i], cpu0, note_reserved, &acc);
		*bits |= acc.bits;
	}
	return *bits ? W_RESERVED : W_DECODED;
}

static int addr_cmp(const void *p, const void *q)
{
	uint32_t a = *(const uint32_t *)p, b = *(const uint32_t *)q;

	return a < b ? -1 : a > b;
}

/* Counts one loaded dump. */
static bool count_dump(struct cov *c, size_t di, const struct msrkit_snapshot *s)
{
	struct dumpinfo *d = &c->dumps[di];
	struct msrkit_cpuset cpus;
	struct msrkit_cpu cpu0;
	uint32_t *addrs = NULL;
	uint64_t *values = NULL;
	size_t total = 0, n = 0, i, j, k;
	int cpu, first;
	bool ok = false;

	msrkit_snapshot_cpus(s, &cpus);
	first = msrkit_cpuset_has(&cpus, 0) ? 0 : msrkit_cpuset_next(&cpus, 0);
	memset(&cpu0, 0, sizeof(cpu0));
	if (first >= 0)
		msrkit_snapshot_cpu(s, (unsigned)first, &cpu0);
	for (cpu = msrkit_cpuset_next(&cpus, 0); cpu >= 0; cpu = msrkit_cpuset_next(&cpus, (unsigned)cpu + 1)) {
		size_t m;

		msrkit_snapshot_msrs(s, (unsigned)cpu, &m);
		total += m;
	}
	addrs = malloc((total ? total : 1) * sizeof(*addrs));
	values = malloc((msrkit_cpuset_count(&cpus) + 1) * sizeof(*values));
	if (!addrs || !values)
		goto out;
	for (cpu = msrkit_cpuset_next(&cpus, 0); cpu >= 0; cpu = msrkit_cpuset_next(&cpus, (unsigned)cpu + 1)) {
		size_t m;
		const struct msrkit_snapshot_msr *e = msrkit_snapshot_msrs(s, (unsigned)cpu, &m);

		for (j = 0; j < m; j++)
			if (!e[j].err)
				addrs[n++] = e[j].address;
	}
	if (n)
		qsort(addrs, n, sizeof(*addrs), addr_cmp);
	for (i = 0, j = 0; i < n; i++)
		if (i == 0 || addrs[i] != addrs[j - 1])
			addrs[j++] = addrs[i];
	n = j;
	for (i = 0; i < n; i++) {
		struct miss m = { .address = addrs[i], .dump = di };

		k = 0;
		for (cpu = msrkit_cpuset_next(&cpus, 0); cpu >= 0; cpu = msrkit_cpuset_next(&cpus, (unsigned)cpu + 1))
			if (msrkit_snapshot_read_msr(s, (unsigned)cpu, addrs[i], &values[k]) == 0)
				k++;
		m.why = classify(addrs[i], &cpu0, values, k, &m.reg, &m.bits);
		d->counts[m.why]++;
		c->counts[m.why]++;
		if (m.why != W_DECODED && !add_miss(c, &m))
			goto out;
	}
	ok = true;
out:
	free(addrs);
	free(values);
	return ok;
}

/* Orders definitions by what a reader sees (name, then description), so that
 * the report's order does not depend on where the tables were linked. */
static int reg_cmp(const struct msrkit_reg *a, const struct msrkit_reg *b)
{
	int r;

	if (a == b)
		return 0;
	if (!a || !b)
		return a ? 1 : -1;
	if ((r = strcmp(a->name, b->name)) != 0 || (r = strcmp(a->desc, b->desc)) != 0)
		return r;
	return a < b ? -1 : 1;
}

static int miss_cmp(const void *p, const void *q)
{
	const struct miss *x = p, *y = q;
	int r;

	if ((x->why == W_RESERVED) != (y->why == W_RESERVED))
		return x->why == W_RESERVED ? 1 : -1;
	if (x->address != y->address)
		return x->address < y->address ? -1 : 1;
	if (x->why != y->why)
		return x->why < y->why ? -1 : 1;
	if ((r = reg_cmp(x->reg, y->reg)) != 0)
		return r;
	return x->dump < y->dump ? -1 : x->dump > y->dump;
}

/* One line of the report: the same address, reason and definition. */
static bool same_line(const struct miss *a, const struct miss *b)
{
	return a->address == b->address && a->why == b->why && a->reg == b->reg;
}

static double pct(size_t part, size_t whole)
{
	return whole ? 100.0 * (double)part / (double)whole : 0.0;
}

static void reg_label(char *buf, size_t len, const struct miss *m)
{
	struct msrkit_reg_ref ref = { .reg = m->reg, .address = m->address };
	char name[96];

	if (!m->reg) {
		snprintf(buf, len, "%s", "-");
		return;
	}
	if (msrkit_reg_instances(m->reg) > 1) {
		unsigned stride = m->reg->stride ? m->reg->stride : 1u;

		ref.index = (m->address - m->reg->address) / stride + m->reg->index_base;
	}
	msrkit_reg_ref_name(&ref, name, sizeof(name));
	snprintf(buf, len, "%s", name);
}

static void print_text(const struct cov *c, bool list)
{
	size_t total = 0, decoded, i, j, k;
	int w;
	bool header = false, rheader = false;

	for (w = 0; w < W_COUNT; w++)
		total += c->counts[w];
	decoded = c->counts[W_DECODED] + c->counts[W_RESERVED];
	if (list) {
		for (i = 0; i < c->ndumps; i++) {
			const struct dumpinfo *d = &c->dumps[i];
			size_t t = 0;

			if (d->failed) {
				printf("%-52s not read\n", d->name);
				continue;
			}
			for (w = 0; w < W_COUNT; w++)
				t += d->counts[w];
			printf("%-52s %5zu registers, %5zu decoded (%6.2f%%), %3zu with reserved bits set\n", d->name, t,
			       d->counts[W_DECODED] + d->counts[W_RESERVED],
			       pct(d->counts[W_DECODED] + d->counts[W_RESERVED], t), d->counts[W_RESERVED]);
		}
		putchar('\n');
	}
	printf("%zu dump%s, %zu readable registers (registers with a value, counted once per dump)\n",
	       c->ndumps - c->failed, c->ndumps - c->failed == 1 ? "" : "s", total);
	printf("  decoded to named fields  %6zu  %6.2f%%\n", decoded, pct(decoded, total));
	printf("    with reserved bits set %6zu\n", c->counts[W_RESERVED]);
	printf("  not decoded              %6zu  %6.2f%%\n", total - decoded, pct(total - decoded, total));
	for (w = W_UNDEFINED; w < W_COUNT; w++)
		printf("    %-22s %6zu\n", why_text[w], c->counts[w]);
	for (i = 0; i < c->nmiss; i = j) {
		const struct miss *m = &c->miss[i];
		char name[128];

		for (j = i; j < c->nmiss && same_line(&c->miss[j], m); j++)
			;
		if (m->why != W_RESERVED && !header) {
			printf("\nNot decoded (address, reason, register, dumps):\n");
			header = true;
		}
		if (m->why == W_RESERVED && !rheader) {
			printf("\nDecoded, with reserved bits set (address, register, bits, dumps):\n");
			rheader = true;
		}
		reg_label(name, sizeof(name), m);
		if (m->why == W_RESERVED) {
			uint64_t bits = 0;

			for (k = i; k < j; k++)
				bits |= c->miss[k].bits;
			printf("  0x%08" PRIx32 "  %-30s 0x%016" PRIx64 "  %zu: ", m->address, name, bits, j - i);
		} else {
			printf("  0x%08" PRIx32 "  %-22s %-30s %zu: ", m->address, why_text[m->why], name, j - i);
		}
		for (k = i; k < j; k++)
			printf("%s%s", k > i ? ", " : "", c->dumps[c->miss[k].dump].name);
		putchar('\n');
	}
}

static void print_json(const struct cov *c, bool list)
{
	json_object *root = json_object_new_object(), *by = json_object_new_object();
	json_object *nd = json_object_new_array(), *rs = json_object_new_array();
	size_t total = 0, decoded, i, j, k;
	int w;

	for (w = 0; w < W_COUNT; w++) {
		total += c->counts[w];
		json_object_object_add(by, why_key[w], json_object_new_int((int)c->counts[w]));
	}
	decoded = c->counts[W_DECODED] + c->counts[W_RESERVED];
	json_object_object_add(root, "dumps", json_object_new_int((int)(c->ndumps - c->failed)));
	json_object_object_add(root, "unreadable_files", json_object_new_int((int)c->failed));
	json_object_object_add(root, "registers", json_object_new_int((int)total));
	json_object_object_add(root, "decoded", json_object_new_int((int)decoded));
	{
		char buf[32];

		/* Two decimals, as the text report gives it. */
		snprintf(buf, sizeof(buf), "%.2f", pct(decoded, total));
		json_object_object_add(root, "decoded_percent", json_object_new_double_s(pct(decoded, total), buf));
	}
	json_object_object_add(root, "by_reason", by);
	for (i = 0; i < c->nmiss; i = j) {
		const struct miss *m = &c->miss[i];
		json_object *o = json_object_new_object(), *dl = json_object_new_array();
		char buf[128];
		uint64_t bits = 0;

		for (j = i; j < c->nmiss && same_line(&c->miss[j], m); j++)
			;
		snprintf(buf, sizeof(buf), "0x%" PRIx32, m->address);
		json_object_object_add(o, "address", json_object_new_string(buf));
		reg_label(buf, sizeof(buf), m);
		json_object_object_add(o, "name", m->reg ? json_object_new_string(buf) : json_object_new_null());
		if (m->why != W_RESERVED)
			json_object_object_add(o, "reason", json_object_new_string(why_key[m->why]));
		for (k = i; k < j; k++) {
			bits |= c->miss[k].bits;
			json_object_array_add(dl, json_object_new_string(c->dumps[c->miss[k].dump].name));
		}
		if (m->why == W_RESERVED) {
			snprintf(buf, sizeof(buf), "0x%016" PRIx64, bits);
			json_object_object_add(o, "reserved_bits", json_object_new_string(buf));
		}
		json_object_object_add(o, "dumps", dl);
		json_object_array_add(m->why == W_RESERVED ? rs : nd, o);
	}
	json_object_object_add(root, "not_decoded", nd);
	json_object_object_add(root, "reserved_bits_set", rs);
	if (list) {
		json_object *pd = json_object_new_array();

		for (i = 0; i < c->ndumps; i++) {
			json_object *o = json_object_new_object();

			json_object_object_add(o, "file", json_object_new_string(c->dumps[i].name));
			json_object_object_add(o, "read", json_object_new_boolean(!c->dumps[i].failed));
			for (w = 0; w < W_COUNT; w++)
				json_object_object_add(o, why_key[w], json_object_new_int((int)c->dumps[i].counts[w]));
			json_object_array_add(pd, o);
		}
		json_object_object_add(root, "per_dump", pd);
	}
	render_json_print(root);
	json_object_put(root);
}

static bool parse_percent(const char *arg, double *out)
{
	char *end;

	errno = 0;
	*out = strtod(arg, &end);
	if (errno || end == arg || *end || *out < 0 || *out > 100) {
		cli_error("invalid --min '%s': give a percentage from 0 to 100, e.g. 98", arg);
		return false;
	}
	return true;
}

int cmd_coverage(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "json", no_argument, NULL, 'j' },
		{ "list", no_argument, NULL, 'l' },
		{ "min", required_argument, NULL, 'm' },
		{ "help", no_argument, NULL, 'h' },
		{ 0 },
	};
	struct cov c;
	bool json = false, list = false, have_min = false;
	double min = 0;
	size_t i, total = 0;
	int ch, rc = EXIT_OK, w;

	memset(&c, 0, sizeof(c));
	optind = 1;
	while ((ch = getopt_long(argc, argv, "+h", opts, NULL)) != -1) {
		switch (ch) {
		case 'j': json = true; break;
		case 'l': list = true; break;
		case 'm':
			if (!parse_percent(optarg, &min))
				return EXIT_USAGE;
			have_min = true;
			break;
		case 'h': fputs(usage_text, stdout); return EXIT_OK;
		default: fputs(usage_text, stderr); return EXIT_USAGE;
		}
	}
	if (optind == argc) {
		cli_error("coverage needs dump files or directories, e.g. 'msrkit coverage dumps/'");
		return EXIT_USAGE;
	}
	for (; optind < argc && rc == EXIT_OK; optind++) {
		struct stat st;

		if (stat(argv[optind], &st)) {
			cli_error("cannot read '%s': %s", argv[optind], strerror(errno));
			rc = EXIT_USAGE;
		} else if (S_ISDIR(st.st_mode)) {
			rc = add_dir(&c, argv[optind]);
		} else if (!add_dump(&c, argv[optind])) {
			cli_error("out of memory");
			rc = EXIT_INTERNAL;
		}
	}
	for (i = 0; i < c.ndumps && rc != EXIT_INTERNAL; i++) {
		struct msrkit_snapshot *s;

		if (snap_load(c.dumps[i].path, &s)) {
			c.dumps[i].failed = true;
			c.failed++;
			rc = EXIT_USAGE;
			continue;
		}
		if (!count_dump(&c, i, s)) {
			cli_error("out of memory");
			rc = EXIT_INTERNAL;
		}
		msrkit_snapshot_free(s);
	}
	if (rc != EXIT_INTERNAL && c.ndumps > c.failed) {
		if (c.nmiss)
			qsort(c.miss, c.nmiss, sizeof(*c.miss), miss_cmp);
		if (json)
			print_json(&c, list);
		else
			print_text(&c, list);
		for (w = 0; w < W_COUNT; w++)
			total += c.counts[w];
		if (rc == EXIT_OK && have_min && pct(c.counts[W_DECODED] + c.counts[W_RESERVED], total) < min) {
			cli_error("%.2f%% decoded, below --min %g%%",
				  pct(c.counts[W_DECODED] + c.counts[W_RESERVED], total), min);
			rc = EXIT_NEGATIVE;
		}
	}
	for (i = 0; i < c.ndumps; i++)
		free(c.dumps[i].path);
	free(c.dumps);
	free(c.miss);
	return rc;
}

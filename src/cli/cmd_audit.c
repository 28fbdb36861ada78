/* SPDX-License-Identifier: MIT */
/* msrkit audit: registers whose settings differ between the CPUs of a machine. */
#include <errno.h>
#include <getopt.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fielddiff.h"
#include "snapshots.h"
#include "varying.h"

static const char usage_text[] =
	"usage: msrkit audit [--from FILE] [-c CPUS | -a] [--json] [--all]\n"
	"\n"
	"Check that the CPUs of one machine are configured alike: list every\n"
	"register whose value differs between CPUs (IA32_FEATURE_CONTROL lock and\n"
	"VMX enable, microcode revision, SPEC_CTRL, MTRRs, PAT, ...), the CPUs\n"
	"holding each value, and the fields that differ with their meaning. Reads\n"
	"that fail on some CPUs only are listed too.\n"
	"\n"
	"Some differences are expected and left out unless --all: volatile registers\n"
	"(counters, temperatures, status) and per-CPU identities (the bootstrap-\n"
	"processor flag of IA32_APIC_BASE, x2APIC IDs, IA32_TSC_AUX, per-CPU kernel\n"
	"pointers). A register missing from some CPUs of a snapshot is compared on\n"
	"the CPUs that have it.\n"
	"\n"
	"  -c, --cpus LIST   CPUs to compare (0-3,8); default: all\n"
	"  -a, --all-cpus    every CPU (the default)\n"
	"  --from FILE       audit a snapshot (msrkit or AIDA64 dump) instead of this machine\n"
	"  --backend NAME    auto (default), msr or msr-safe\n"
	"  --all             also compare volatile registers and per-CPU identities\n"
	"  --json            machine-readable output\n"
	"  --help            this text\n"
	"\n"
	"Exit codes: 0 consistent; 1 registers differ between CPUs; 2 bad usage or\n"
	"input (fewer than two CPUs with registers); 3 no MSR access; 4 no register\n"
	"could be read; 5 internal error.\n";

/* The CPUs sharing one value (or failure) of a register. */
struct vgroup {
	struct msrkit_snapshot_msr m; /* the first CPU's state */
	uint64_t key;                 /* value without the ignored bits */
	bool mixed;                   /* ignored bits differ inside the group */
	struct msrkit_cpuset *cpus;
	unsigned first;
};

struct audit {
	struct msrkit_snapshot *snap;
	unsigned *cpu;               /* compared CPUs */
	struct msrkit_cpu *id;       /* their identities */
	size_t ncpus;
	bool all, json;
	size_t compared, differing, hidden_volatile, hidden_percpu, partial;
	json_object *jlist;
};

static int addr_cmp(const void *p, const void *q)
{
	uint32_t a = *(const uint32_t *)p, b = *(const uint32_t *)q;

	return a < b ? -1 : a > b;
}

/* Every address any compared CPU has, sorted, unique. */
static uint32_t *all_addresses(const struct audit *a, size_t *n)
{
	size_t total = 0, i, j, k = 0;
	uint32_t *arr;

	for (i = 0; i < a->ncpus; i++) {
		size_t m;

		msrkit_snapshot_msrs(a->snap, a->cpu[i], &m);
		total += m;
	}
	arr = malloc((total ? total : 1) * sizeof(*arr));
	if (!arr)
		return NULL;
	for (i = 0; i < a->ncpus; i++) {
		size_t m;
		const struct msrkit_snapshot_msr *e = msrkit_snapshot_msrs(a->snap, a->cpu[i], &m);

		for (j = 0; j < m; j++)
			arr[k++] = e[j].address;
	}
	if (k)
		qsort(arr, k, sizeof(*arr), addr_cmp);
	for (i = 0, j = 0; i < k; i++)
		if (i == 0 || arr[i] != arr[j - 1])
			arr[j++] = arr[i];
	*n = j;
	return arr;
}

static void state_text(char *buf, size_t len, const struct msrkit_snapshot_msr *m)
{
	if (m->err)
		snprintf(buf, len, "read failed: %s", source_errname(m->err));
	else
		fdiff_hex(buf, len, m->value);
}

static void print_groups(const struct audit *a, uint32_t address, const struct msrkit_reg *reg,
			 const struct msrkit_reg_ref *ref, struct vgroup *g, size_t ng, uint64_t ignore)
{
	struct fdiff_item items[FDIFF_MAX], tmp[FDIFF_MAX];
	json_object *o = NULL, *arr = NULL;
	char name[128], label[1100], buf[300];
	size_t i, j, n = 0, base = ng;

	if (reg)
		msrkit_reg_ref_name(ref, name, sizeof(name));
	/* Fields are compared against the first group that has a value. */
	for (i = 0; i < ng; i++)
		if (!g[i].m.err) {
			base = i;
			break;
		}
	for (i = 0; reg && base < ng && i < ng; i++)
		if (i != base && !g[i].m.err)
			n = fdiff_merge(items, n, tmp,
					fdiff_compare(reg, g[base].m.value, g[i].m.value, &a->id[0], ignore, tmp));
	if (a->json) {
		o = json_object_new_object();
		snprintf(buf, sizeof(buf), "0x%" PRIx32, address);
		json_object_object_add(o, "address", json_object_new_string(buf));
		json_object_object_add(o, "name", reg ? json_object_new_string(name) : json_object_new_null());
		if (reg)
			json_object_object_add(o, "scope", json_object_new_string(msrkit_scope_name(reg->scope)));
		arr = json_object_new_array();
		for (i = 0; i < ng; i++) {
			json_object *go = json_object_new_object();

			msrkit_cpuset_format(g[i].cpus, label, sizeof(label));
			json_object_object_add(go, "cpus", json_object_new_string(label));
			if (g[i].m.err) {
				json_object_object_add(go, "error",
						       json_object_new_string(msrkit_snapshot_errname(g[i].m.err)));
			} else {
				snprintf(buf, sizeof(buf), "0x%016" PRIx64, g[i].m.value);
				json_object_object_add(go, "value", json_object_new_string(buf));
			}
			json_object_array_add(arr, go);
		}
		json_object_object_add(o, "groups", arr);
		arr = json_object_new_array();
	} else if (reg) {
		printf("%s (0x%" PRIx32 "), %s scope, %zu different values:\n", name, address,
		       msrkit_scope_name(reg->scope), ng);
	} else {
		printf("MSR 0x%" PRIx32 ", %zu different values:\n", address, ng);
	}
	if (!a->json) {
		for (i = 0; i < ng; i++) {
			cpus_label(label, sizeof(label), g[i].cpus);
			state_text(buf, sizeof(buf), &g[i].m);
			printf("  %s: %s%s\n", label, buf, g[i].mixed ? " (per-CPU fields vary)" : "");
		}
	}
	for (j = 0; j < n; j++) {
		json_object *fo = NULL, *fg = NULL;

		fdiff_label(&items[j], name, sizeof(name));
		if (a->json) {
			fo = json_object_new_object();
			json_object_object_add(fo, "name", items[j].name ? json_object_new_string(items[j].name)
									 : json_object_new_null());
			json_object_object_add(fo, "lsb", json_object_new_int((int)items[j].lsb));
			json_object_object_add(fo, "msb", json_object_new_int((int)items[j].msb));
			fg = json_object_new_array();
		} else {
			printf("  %s:\n", name);
		}
		for (i = 0; i < ng; i++) {
			char raw[40], mean[256];
			unsigned k;

			if (g[i].m.err)
				continue;
			/* The CPU's own identity decodes its value. */
			for (k = 0; k < a->ncpus && a->cpu[k] != g[i].first; k++)
				;
			fdiff_show(reg, &items[j], g[i].m.value, &a->id[k < a->ncpus ? k : 0], raw, sizeof(raw), mean,
				   sizeof(mean));
			if (a->json) {
				json_object *e = json_object_new_object();

				msrkit_cpuset_format(g[i].cpus, label, sizeof(label));
				json_object_object_add(e, "cpus", json_object_new_string(label));
				if (!items[j].control)
					json_object_object_add(e, "raw", json_object_new_string(raw));
				json_object_object_add(e, "meaning", json_object_new_string(mean));
				json_object_array_add(fg, e);
				continue;
			}
			cpus_label(label, sizeof(label), g[i].cpus);
			if (items[j].control)
				printf("    %s: %s\n", label, mean);
			else
				printf("    %s: %s%s%s\n", label, raw, mean[0] ? "  " : "", mean);
		}
		if (a->json) {
			json_object_object_add(fo, "groups", fg);
			json_object_array_add(arr, fo);
		}
	}
	if (a->json) {
		json_object_object_add(o, "fields", arr);
		json_object_array_add(a->jlist, o);
	}
}

/* Compares one register over the CPUs; false when out of memory. */
static bool audit_one(struct audit *a, uint32_t address, struct vgroup *g)
{
	const struct msrkit_reg *reg = NULL;
	struct msrkit_reg_ref ref;
	uint64_t ignore = 0;
	size_t i, ng = 0, present = 0;
	bool raw_differs = false;
	bool ok = true;

	for (i = 0; i < a->ncpus; i++) {
		struct msrkit_snapshot_msr m = { .address = address };
		int rc = msrkit_snapshot_read_msr(a->snap, a->cpu[i], address, &m.value);
		size_t k;

		if (rc == -ENOENT)
			continue;
		m.err = rc;
		if (rc)
			m.value = 0;
		if (!present++) {
			reg = snap_definition(address, &a->id[i], &ref);
			if (!a->all)
				ignore = varying_mask(address, reg, &a->id[i], VARY_PER_CPU, NULL);
		}
		for (k = 0; k < ng; k++) {
			if (g[k].m.err == m.err && (m.err || g[k].key == (m.value & ~ignore))) {
				if (!m.err && g[k].m.value != m.value)
					g[k].mixed = raw_differs = true;
				break;
			}
		}
		if (k == ng) {
			g[ng].m = m;
			g[ng].key = m.err ? 0 : m.value & ~ignore;
			g[ng].mixed = false;
			g[ng].first = a->cpu[i];
			msrkit_cpuset_clear(g[ng].cpus);
			if (ng > 0)
				raw_differs = true;
			ng++;
		}
		msrkit_cpuset_add(g[k].cpus, a->cpu[i]);
	}
	if (!present)
		return ok;
	a->compared++;
	if (present < a->ncpus)
		a->partial++;
	if (reg && reg->is_volatile && !a->all) {
		if (ng > 1 || raw_differs)
			a->hidden_volatile++;
		return ok;
	}
	if (ng == 1) {
		if (raw_differs)
			a->hidden_percpu++;
		return ok;
	}
	a->differing++;
	print_groups(a, address, reg, &ref, g, ng, ignore);
	return ok;
}

static int audit_run(struct audit *a)
{
	struct vgroup *g = calloc(a->ncpus, sizeof(*g));
	struct msrkit_cpuset *sets = calloc(a->ncpus, sizeof(*sets));
	struct msrkit_cpuset all;
	uint32_t *addrs;
	size_t n, i;
	char label[1100];
	int rc = EXIT_OK;

	addrs = all_addresses(a, &n);
	if (!g || !sets || !addrs) {
		cli_error("out of memory");
		rc = EXIT_INTERNAL;
		goto out;
	}
	for (i = 0; i < a->ncpus; i++)
		g[i].cpus = &sets[i];
	if (a->json)
		a->jlist = json_object_new_array();
	for (i = 0; i < n; i++)
		audit_one(a, addrs[i], g);
	msrkit_cpuset_clear(&all);
	for (i = 0; i < a->ncpus; i++)
		msrkit_cpuset_add(&all, a->cpu[i]);
	if (a->json) {
		json_object *root = json_object_new_object();

		msrkit_cpuset_format(&all, label, sizeof(label));
		json_object_object_add(root, "cpus", json_object_new_string(label));
		json_object_object_add(root, "registers", json_object_new_int((int)a->compared));
		json_object_object_add(root, "consistent", json_object_new_boolean(a->differing == 0));
		json_object_object_add(root, "differences", a->jlist);
		json_object_object_add(root, "hidden_volatile", json_object_new_int((int)a->hidden_volatile));
		json_object_object_add(root, "hidden_per_cpu", json_object_new_int((int)a->hidden_percpu));
		json_object_object_add(root, "partial", json_object_new_int((int)a->partial));
		render_json_print(root);
		json_object_put(root);
	} else {
		cpus_label(label, sizeof(label), &all);
		if (a->differing)
			printf("\n%zu of %zu registers differ between CPUs (%s).", a->differing, a->compared, label);
		else
			printf("Consistent: all %zu registers agree on %s.", a->compared, label);
		if (a->hidden_volatile)
			printf(" %zu volatile register%s (counters, temperatures, status) also differ%s%s.",
			       a->hidden_volatile, a->hidden_volatile == 1 ? "" : "s", a->hidden_volatile == 1 ? "s" : "",
			       a->hidden_percpu ? "" : ": --all shows them");
		if (a->hidden_percpu)
			printf(" %zu register%s differ%s only in per-CPU fields (APIC ID, bootstrap processor, "
			       "TSC_AUX, ...): --all shows them.",
			       a->hidden_percpu, a->hidden_percpu == 1 ? "" : "s", a->hidden_percpu == 1 ? "s" : "");
		if (a->partial)
			printf(" %zu register%s captured on some CPUs only, compared where present.", a->partial,
			       a->partial == 1 ? " was" : "s were");
		putchar('\n');
	}
	rc = a->differing ? EXIT_NEGATIVE : EXIT_OK;
out:
	free(addrs);
	free(sets);
	free(g);
	return rc;
}

int cmd_audit(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "cpus", required_argument, NULL, 'c' },
		{ "all-cpus", no_argument, NULL, 'a' },
		{ "from", required_argument, NULL, 'F' },
		{ "backend", required_argument, NULL, 'B' },
		{ "all", no_argument, NULL, 'A' },
		{ "json", no_argument, NULL, 'j' },
		{ "help", no_argument, NULL, 'h' },
		{ 0 },
	};
	struct source_opts so = { .default_all = true };
	struct msrkit_snapshot *captured = NULL;
	struct msrkit_cpuset with_msrs;
	struct audit a;
	struct source src;
	size_t i;
	int c, rc;

	memset(&a, 0, sizeof(a));
	optind = 1;
	while ((c = getopt_long(argc, argv, "+hc:a", opts, NULL)) != -1) {
		switch (c) {
		case 'A': a.all = true; break;
		case 'j': a.json = true; break;
		case 'h': fputs(usage_text, stdout); return EXIT_OK;
		default:
			if (source_opt(&so, c, optarg))
				break;
			fputs(usage_text, stderr);
			return EXIT_USAGE;
		}
	}
	if (optind < argc) {
		cli_error("audit takes no arguments ('%s'); use --from FILE for a snapshot", argv[optind]);
		return EXIT_USAGE;
	}
	rc = source_open(&src, &so);
	if (rc == EXIT_OK && src.live)
		rc = snap_capture(&src, NULL, &captured, NULL);
	if (rc != EXIT_OK)
		goto out;
	a.snap = src.live ? captured : src.snap;
	a.cpu = calloc(src.ncpus, sizeof(*a.cpu));
	a.id = calloc(src.ncpus, sizeof(*a.id));
	if (!a.cpu || !a.id) {
		cli_error("out of memory");
		rc = EXIT_INTERNAL;
		goto out;
	}
	snap_msr_cpus(a.snap, &with_msrs);
	for (i = 0; i < src.ncpus; i++) {
		if (!msrkit_cpuset_has(&with_msrs, src.cpu[i]))
			continue;
		a.cpu[a.ncpus] = src.cpu[i];
		msrkit_snapshot_cpu(a.snap, src.cpu[i], &a.id[a.ncpus]);
		a.ncpus++;
	}
	if (a.ncpus < 2) {
		char list[256];

		msrkit_cpuset_format(&with_msrs, list, sizeof(list));
		if (a.ncpus == 1)
			cli_error("audit compares CPUs, but of the selected CPUs only CPU %u has registers in %s; capture "
				  "every CPU (msrkit dump) or select more with -c",
				  a.cpu[0], src.label);
		else
			cli_error("none of the selected CPUs has registers in %s (CPUs with registers: %s)", src.label,
				  *list ? list : "none");
		rc = EXIT_USAGE;
		goto out;
	}
	rc = audit_run(&a);
out:
	free(a.cpu);
	free(a.id);
	msrkit_snapshot_free(captured);
	source_close(&src);
	return rc;
}

/* SPDX-License-Identifier: MIT */
/* msrkit diff A B: decoded, field-level differences between two machines. */
#include <getopt.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cpuid_diff.h"
#include "fielddiff.h"
#include "snapshots.h"
#include "varying.h"

static const char usage_text[] =
	"usage: msrkit diff [--all] [--json] [-c CPUS] [--backend NAME] A B\n"
	"\n"
	"Compare the registers of two machines, or of one machine at two moments:\n"
	"A and B are snapshot files (msrkit dumps or AIDA64 CPUID dumps) or 'live'\n"
	"for this machine. For each register that differs: the CPUs, both values,\n"
	"and every field that changed with what each value means. Registers read on\n"
	"one side only and reads that failed on one side are listed too.\n"
	"\n"
	"CPUs are paired by number. When one side has the registers of a single CPU\n"
	"(an AIDA64 dump with one MSR section, a dump made with -c), that CPU is\n"
	"compared with each CPU of the other side. Volatile registers (counters,\n"
	"temperatures, status) and addresses the running kernel sets at every boot\n"
	"(system-call entry points, per-CPU pointers; and per-CPU identities such\n"
	"as the APIC ID when CPUs of different numbers are compared) are left out\n"
	"unless --all.\n"
	"\n"
	"Then the CPUID leaves of the same CPU pairs: each output register that\n"
	"differs, with every changed feature bit or field by name (\"bit N (no name)\"\n"
	"for bits without one), and leaves captured on one side only. Per-CPU\n"
	"identity fields (APIC IDs, node IDs) are left out as above unless --all.\n"
	"\n"
	"  --all              also show volatile and kernel-set registers and\n"
	"                     per-CPU CPUID fields\n"
	"  --json             machine-readable output\n"
	"  -c, --cpus LIST    compare only these CPUs (0-3,8)\n"
	"  --backend NAME     for 'live': auto (default), msr or msr-safe\n"
	"  --help             this text\n"
	"\n"
	"Exit codes: 0 no differences; 1 differences (registers or CPUID); 2 bad\n"
	"usage or unreadable snapshot; 3 no MSR access (live); 4 no register could\n"
	"be read (live); 5 internal error.\n";

struct side {
	const char *arg;
	char label[400];
	struct msrkit_snapshot *snap;
	struct msrkit_cpuset cpus; /* CPUs with registers (after -c) */
	unsigned ncpus;
};

/* One difference on one pair of CPUs. */
enum { R_VALUE = 0, R_ONLY_A, R_ONLY_B };

struct raw {
	uint32_t address;
	int kind;
	struct msrkit_snapshot_msr a, b;
	unsigned label_cpu;  /* the CPU the difference is listed under */
	unsigned cpu_a, cpu_b;
};

struct addrlist {
	uint32_t *a;
	size_t n, cap;
};

struct diff_ctx {
	struct side s[2];
	bool all;
	bool json;
	int pairing; /* 0 by number, 1: A is one CPU, 2: B is one CPU */
	struct msrkit_cpuset only[2]; /* by number: CPUs with registers on one side only */
	struct raw *raws;
	size_t nraws, capraws;
	/* Addresses left out (repeated per CPU; counted once at the end):
	 * volatile, differing only in kernel-set or per-CPU bits, and failed
	 * reads of registers the other side did not capture. */
	struct addrlist hidden_volatile, hidden_kernel, hidden_fail[2];
	size_t nhv, nhk, nhf[2];
	struct cpuid_diff *cpuid;
};

static int load_side(struct side *sd, const char *arg, const struct source_opts *so)
{
	int rc;

	sd->arg = arg;
	if (!strcmp(arg, "live")) {
		struct source src;

		rc = source_open(&src, so);
		if (rc == EXIT_OK) {
			rc = snap_capture(&src, NULL, &sd->snap, NULL);
			snprintf(sd->label, sizeof(sd->label), "live: %s", src.label);
		}
		source_close(&src);
		return rc;
	}
	rc = snap_load(arg, &sd->snap);
	if (rc)
		return rc;
	{
		const char *source = msrkit_snapshot_get_meta(sd->snap, MSRKIT_META_SOURCE);
		const char *host = msrkit_snapshot_get_meta(sd->snap, MSRKIT_META_HOST);
		const char *time = msrkit_snapshot_get_meta(sd->snap, MSRKIT_META_TIME);

		if (host && time)
			snprintf(sd->label, sizeof(sd->label), "%s (%s, %s)", arg, host, time);
		else if (source && strcmp(source, "live"))
			snprintf(sd->label, sizeof(sd->label), "%s (%s)", arg, source);
		else
			snprintf(sd->label, sizeof(sd->label), "%s", arg);
	}
	return EXIT_OK;
}

static bool addr_push(struct addrlist *l, uint32_t v)
{
	if (!cli_grow(&l->a, &l->cap, l->n, sizeof(*l->a), 64))
		return false;
	l->a[l->n++] = v;
	return true;
}

static int u32_cmp(const void *p, const void *q)
{
	uint32_t a = *(const uint32_t *)p, b = *(const uint32_t *)q;

	return a < b ? -1 : a > b;
}

/* The number of distinct addresses in l (sorts l). */
static size_t addr_distinct(struct addrlist *l)
{
	size_t i, n = 0;

	if (l->n)
		qsort(l->a, l->n, sizeof(*l->a), u32_cmp);
	for (i = 0; i < l->n; i++)
		if (i == 0 || l->a[i] != l->a[i - 1])
			n++;
	return n;
}

static bool push(struct diff_ctx *d, const struct raw *r)
{
	if (!cli_grow(&d->raws, &d->capraws, d->nraws, sizeof(*d->raws), 256))
		return false;
	d->raws[d->nraws++] = *r;
	return true;
}

static bool same_state(const struct msrkit_snapshot_msr *x, const struct msrkit_snapshot_msr *y)
{
	return x->err == y->err && (x->err || x->value == y->value);
}

/* Compares one register present on both CPUs of a pair. */
static bool compare_one(struct diff_ctx *d, const struct msrkit_snapshot_msr *a, const struct msrkit_snapshot_msr *b,
			unsigned ca, unsigned cb, unsigned label, const struct msrkit_cpu *id)
{
	struct raw r = { .address = a->address, .kind = R_VALUE, .a = *a, .b = *b, .label_cpu = label, .cpu_a = ca,
			 .cpu_b = cb };

	if (same_state(a, b))
		return true;
	if (!a->err && !b->err && !d->all) {
		struct msrkit_reg_ref ref;
		const struct msrkit_reg *reg = snap_definition(a->address, id, &ref);
		uint64_t ignore;

		if (reg && reg->is_volatile)
			return addr_push(&d->hidden_volatile, a->address);
		ignore = varying_mask(a->address, reg, id, VARY_PER_BOOT | (ca != cb ? VARY_PER_CPU : 0), NULL);
		if (!((a->value ^ b->value) & ~ignore))
			return addr_push(&d->hidden_kernel, a->address);
	}
	return push(d, &r);
}

static bool compare_pair(struct diff_ctx *d, unsigned ca, unsigned cb, unsigned label)
{
	size_t na, nb, i = 0, j = 0;
	const struct msrkit_snapshot_msr *ma = msrkit_snapshot_msrs(d->s[0].snap, ca, &na);
	const struct msrkit_snapshot_msr *mb = msrkit_snapshot_msrs(d->s[1].snap, cb, &nb);
	struct msrkit_cpu id;

	if (!cpuid_diff_pair(d->cpuid, d->s[0].snap, ca, d->s[1].snap, cb, label))
		return false;
	/* A's CPU decides which definition a register has. */
	msrkit_snapshot_cpu(d->s[0].snap, ca, &id);
	while (i < na || j < nb) {
		struct raw r = { .label_cpu = label, .cpu_a = ca, .cpu_b = cb };

		if (j == nb || (i < na && ma[i].address < mb[j].address)) {
			r.address = ma[i].address;
			r.kind = R_ONLY_A;
			r.a = ma[i++];
		} else if (i == na || mb[j].address < ma[i].address) {
			r.address = mb[j].address;
			r.kind = R_ONLY_B;
			r.b = mb[j++];
		} else {
			if (!compare_one(d, &ma[i], &mb[j], ca, cb, label, &id))
				return false;
			i++;
			j++;
			continue;
		}
		/* A register one side could not read and the other did not
		 * capture says little (one tool probes more than the other). */
		if (!d->all && (r.kind == R_ONLY_A ? r.a.err : r.b.err)) {
			if (!addr_push(&d->hidden_fail[r.kind == R_ONLY_B], r.address))
				return false;
			continue;
		}
		if (!push(d, &r))
			return false;
	}
	return true;
}

static int state_cmp(const struct msrkit_snapshot_msr *x, const struct msrkit_snapshot_msr *y)
{
	if (x->err != y->err)
		return x->err < y->err ? -1 : 1;
	if (x->value != y->value)
		return x->value < y->value ? -1 : 1;
	return 0;
}

/* Orders raws so that equal differences on different CPUs are adjacent. A
 * register only one side has groups by read status alone: its values are
 * listed once when every CPU agrees. */
static int raw_key_cmp(const struct raw *x, const struct raw *y)
{
	int c;

	if (x->address != y->address)
		return x->address < y->address ? -1 : 1;
	if (x->kind != y->kind)
		return x->kind < y->kind ? -1 : 1;
	if (x->kind == R_ONLY_A)
		return x->a.err < y->a.err ? -1 : x->a.err > y->a.err;
	if (x->kind == R_ONLY_B)
		return x->b.err < y->b.err ? -1 : x->b.err > y->b.err;
	c = state_cmp(&x->a, &y->a);
	if (c)
		return c;
	return state_cmp(&x->b, &y->b);
}

static int raw_cmp(const void *p, const void *q)
{
	const struct raw *x = p, *y = q;
	int c = raw_key_cmp(x, y);

	if (c)
		return c;
	return x->label_cpu < y->label_cpu ? -1 : x->label_cpu > y->label_cpu;
}

static void reg_name(const struct diff_ctx *d, const struct raw *r, char *buf, size_t len,
		     const struct msrkit_reg **reg, struct msrkit_cpu ids[2])
{
	struct msrkit_reg_ref ref;
	char name[96];

	msrkit_snapshot_cpu(d->s[0].snap, r->cpu_a, &ids[0]);
	msrkit_snapshot_cpu(d->s[1].snap, r->cpu_b, &ids[1]);
	*reg = snap_definition(r->address, r->kind == R_ONLY_B ? &ids[1] : &ids[0], &ref);
	if (!*reg && r->kind == R_VALUE)
		*reg = snap_definition(r->address, &ids[1], &ref);
	if (*reg)
		msrkit_reg_ref_name(&ref, name, sizeof(name));
	else
		snprintf(name, sizeof(name), "MSR 0x%" PRIx32, r->address);
	snprintf(buf, len, "%s", name);
}

/* "IA32_FEATURE_CONTROL (0x3a)" or "MSR 0x1141". */
static void text_name(char *buf, size_t len, const char *name, const struct msrkit_reg *reg, uint32_t address)
{
	if (reg)
		snprintf(buf, len, "%s (0x%" PRIx32 ")", name, address);
	else
		snprintf(buf, len, "%s", name);
}

static void state_text(char *buf, size_t len, const struct msrkit_snapshot_msr *m)
{
	if (m->err)
		snprintf(buf, len, "read failed: %s", source_errname(m->err));
	else
		fdiff_hex(buf, len, m->value);
}

/* Meanings up to this long go on the field's line ("no → yes", "95 °C → 93 °C"). */
#define SHORT_MEANING 24

static void print_fields(const struct diff_ctx *d, const struct msrkit_reg *reg, const struct raw *r,
			 const struct msrkit_cpu ids[2])
{
	struct fdiff_item items[FDIFF_MAX];
	uint64_t ignore = 0;
	size_t n, i;

	if (!d->all)
		ignore = varying_mask(r->address, reg, &ids[0],
				      VARY_PER_BOOT | (r->cpu_a != r->cpu_b ? VARY_PER_CPU : 0), NULL);
	n = fdiff_compare(reg, r->a.value, r->b.value, &ids[0], ignore, items);
	for (i = 0; i < n; i++) {
		char label[128], raw[2][40], mean[2][256];

		fdiff_label(&items[i], label, sizeof(label));
		fdiff_show(reg, &items[i], r->a.value, &ids[0], raw[0], sizeof(raw[0]), mean[0], sizeof(mean[0]));
		fdiff_show(reg, &items[i], r->b.value, &ids[1], raw[1], sizeof(raw[1]), mean[1], sizeof(mean[1]));
		if (items[i].control) {
			printf("  %s: %s → %s\n", label, mean[0], mean[1]);
			continue;
		}
		if (!mean[0][0] && !mean[1][0])
			printf("  %s: %s → %s\n", label, raw[0], raw[1]);
		else if (strlen(mean[0]) <= SHORT_MEANING && strlen(mean[1]) <= SHORT_MEANING)
			printf("  %s: %s → %s (%s → %s)\n", label, raw[0], raw[1], mean[0][0] ? mean[0] : raw[0],
			       mean[1][0] ? mean[1] : raw[1]);
		else
			printf("  %s: %s → %s\n    A: %s\n    B: %s\n", label, raw[0], raw[1],
			       mean[0][0] ? mean[0] : raw[0], mean[1][0] ? mean[1] : raw[1]);
	}
}

static json_object *state_json(const struct msrkit_snapshot_msr *m)
{
	json_object *o = json_object_new_object();
	char buf[24];

	if (m->err) {
		json_object_object_add(o, "error", json_object_new_string(msrkit_snapshot_errname(m->err)));
	} else {
		snprintf(buf, sizeof(buf), "0x%016" PRIx64, m->value);
		json_object_object_add(o, "value", json_object_new_string(buf));
	}
	return o;
}

static json_object *fields_json(const struct diff_ctx *d, const struct msrkit_reg *reg, const struct raw *r,
				const struct msrkit_cpu ids[2])
{
	struct fdiff_item items[FDIFF_MAX];
	json_object *arr = json_object_new_array();
	uint64_t ignore = 0;
	size_t n, i;
	int k;

	if (!d->all)
		ignore = varying_mask(r->address, reg, &ids[0],
				      VARY_PER_BOOT | (r->cpu_a != r->cpu_b ? VARY_PER_CPU : 0), NULL);
	n = fdiff_compare(reg, r->a.value, r->b.value, &ids[0], ignore, items);
	for (i = 0; i < n; i++) {
		json_object *o = json_object_new_object();

		json_object_object_add(o, "name", items[i].name ? json_object_new_string(items[i].name)
								: json_object_new_null());
		json_object_object_add(o, "lsb", json_object_new_int((int)items[i].lsb));
		json_object_object_add(o, "msb", json_object_new_int((int)items[i].msb));
		if (items[i].control)
			json_object_object_add(o, "control", json_object_new_boolean(1));
		for (k = 0; k < 2; k++) {
			char raw[40], mean[256];
			json_object *side = json_object_new_object();

			fdiff_show(reg, &items[i], k ? r->b.value : r->a.value, &ids[k], raw, sizeof(raw), mean,
				   sizeof(mean));
			if (!items[i].control)
				json_object_object_add(side, "raw", json_object_new_string(raw));
			json_object_object_add(side, "meaning", json_object_new_string(mean));
			json_object_object_add(o, k ? "b" : "a", side);
		}
		json_object_array_add(arr, o);
	}
	return arr;
}

/* The same difference on several CPUs: raws[first .. end). */
struct rgroup {
	const struct raw *raws;
	size_t first, end;
};

/* Groups of one register in the order of their first CPU. */
static int rgroup_cmp(const void *p, const void *q)
{
	const struct rgroup *x = p, *y = q;
	const struct raw *a = &x->raws[x->first], *b = &y->raws[y->first];

	if (a->address != b->address)
		return a->address < b->address ? -1 : 1;
	if (a->kind != b->kind)
		return a->kind < b->kind ? -1 : 1;
	return a->label_cpu < b->label_cpu ? -1 : a->label_cpu > b->label_cpu;
}

/* Prints (or adds to JSON) every group; counts[kind] gets the number of
 * registers with differences of that kind. Returns false when out of memory. */
static bool report(struct diff_ctx *d, size_t counts[3], json_object *jroot)
{
	json_object *jlist[3] = { NULL, NULL, NULL };
	static const char *const jnames[3] = { "differences", "only_in_a", "only_in_b" };
	uint32_t last_addr[3] = { 0, 0, 0 };
	bool have_last[3] = { false, false, false };
	struct rgroup *groups = malloc((d->nraws ? d->nraws : 1) * sizeof(*groups));
	size_t ngroups = 0, i, j, gi;
	bool printed = false;
	int pass;

	if (!groups)
		return false;
	for (i = 0; i < d->nraws; i = j) {
		for (j = i; j < d->nraws && raw_key_cmp(&d->raws[j], &d->raws[i]) == 0; j++)
			;
		groups[ngroups].raws = d->raws;
		groups[ngroups].first = i;
		groups[ngroups].end = j;
		ngroups++;
	}
	if (ngroups)
		qsort(groups, ngroups, sizeof(*groups), rgroup_cmp);
	if (jroot)
		for (pass = 0; pass < 3; pass++)
			jlist[pass] = json_object_new_array();
	counts[0] = counts[1] = counts[2] = 0;
	/* Value differences first, then what only one side has. */
	for (pass = 0; pass < 3; pass++) {
		bool header = false;

		for (gi = 0; gi < ngroups; gi++) {
			const struct raw *r = &d->raws[groups[gi].first];
			struct msrkit_cpuset cpus;
			const struct msrkit_reg *reg;
			struct msrkit_cpu ids[2];
			char name[160], tname[180], cpul[1100], sa[300], sb[300];
			bool uniform;

			if (r->kind != pass)
				continue;
			msrkit_cpuset_clear(&cpus);
			uniform = true;
			for (j = groups[gi].first; j < groups[gi].end; j++) {
				msrkit_cpuset_add(&cpus, d->raws[j].label_cpu);
				if (!same_state(pass == R_ONLY_B ? &d->raws[j].b : &d->raws[j].a,
						pass == R_ONLY_B ? &r->b : &r->a))
					uniform = false;
			}
			if (!have_last[pass] || last_addr[pass] != r->address)
				counts[pass]++;
			have_last[pass] = true;
			last_addr[pass] = r->address;
			reg_name(d, r, name, sizeof(name), &reg, ids);
			cpus_label(cpul, sizeof(cpul), &cpus);
			state_text(sa, sizeof(sa), &r->a);
			state_text(sb, sizeof(sb), &r->b);
			if (jroot) {
				json_object *o = json_object_new_object();
				char buf[16];

				snprintf(buf, sizeof(buf), "0x%" PRIx32, r->address);
				json_object_object_add(o, "address", json_object_new_string(buf));
				json_object_object_add(o, "name", reg ? json_object_new_string(name)
								      : json_object_new_null());
				msrkit_cpuset_format(&cpus, cpul, sizeof(cpul));
				json_object_object_add(o, "cpus", json_object_new_string(cpul));
				if (!uniform)
					json_object_object_add(o, "values_differ_between_cpus", json_object_new_boolean(1));
				else if (pass != R_ONLY_B)
					json_object_object_add(o, "a", state_json(&r->a));
				if (uniform && pass != R_ONLY_A)
					json_object_object_add(o, "b", state_json(&r->b));
				if (pass == R_VALUE && reg && !r->a.err && !r->b.err)
					json_object_object_add(o, "fields", fields_json(d, reg, r, ids));
				json_object_array_add(jlist[pass], o);
				continue;
			}
			text_name(tname, sizeof(tname), name, reg, r->address);
			if (pass == R_VALUE) {
				printf("%s, %s: %s → %s\n", tname, cpul, sa, sb);
				if (reg && !r->a.err && !r->b.err)
					print_fields(d, reg, r, ids);
				printed = true;
				continue;
			}
			if (!header) {
				printf("%sOnly in %s (not captured in %s):\n", printed ? "\n" : "",
				       pass == R_ONLY_A ? "A" : "B", pass == R_ONLY_A ? "B" : "A");
				header = printed = true;
			}
			printf("  %s, %s: %s\n", tname, cpul,
			       !uniform ? "values differ between CPUs" : pass == R_ONLY_A ? sa : sb);
		}
	}
	if (jroot)
		for (pass = 0; pass < 3; pass++)
			json_object_object_add(jroot, jnames[pass], jlist[pass]);
	free(groups);
	return true;
}

/* Decides how CPUs pair up (after -c); EXIT_USAGE when they cannot. */
static int pair_cpus(struct diff_ctx *d, const char *cpus_opt)
{
	struct msrkit_cpuset want;
	size_t w;
	int k;

	for (k = 0; k < 2; k++) {
		snap_msr_cpus(d->s[k].snap, &d->s[k].cpus);
		d->s[k].ncpus = msrkit_cpuset_count(&d->s[k].cpus);
		if (!d->s[k].ncpus) {
			cli_error("%s holds no MSR values: nothing to compare", d->s[k].arg);
			return EXIT_USAGE;
		}
	}
	if (cpus_opt) {
		size_t bad = 0;
		int c;

		if (msrkit_cpuset_parse(cpus_opt, &want, &bad)) {
			cli_error("invalid CPU list '%s' at character %zu: use numbers and ranges, e.g. 0-3,8", cpus_opt,
				  bad + 1);
			return EXIT_USAGE;
		}
		for (k = 0; k < 2; k++) {
			/* A one-CPU side is compared with every selected CPU. */
			if (d->s[k].ncpus == 1 && d->s[!k].ncpus > 1)
				continue;
			for (c = msrkit_cpuset_next(&want, 0); c >= 0; c = msrkit_cpuset_next(&want, (unsigned)c + 1)) {
				if (!msrkit_cpuset_has(&d->s[k].cpus, (unsigned)c)) {
					char list[256];

					msrkit_cpuset_format(&d->s[k].cpus, list, sizeof(list));
					cli_error("CPU %d has no registers in %s (CPUs with registers: %s)", c,
						  d->s[k].arg, list);
					return EXIT_USAGE;
				}
			}
			for (w = 0; w < MSRKIT_CPUSET_MAX / 64; w++)
				d->s[k].cpus.bits[w] &= want.bits[w];
			d->s[k].ncpus = msrkit_cpuset_count(&d->s[k].cpus);
		}
	}
	if (d->s[0].ncpus == 1 && d->s[1].ncpus > 1)
		d->pairing = 1;
	else if (d->s[1].ncpus == 1 && d->s[0].ncpus > 1)
		d->pairing = 2;
	else if (d->s[0].ncpus == 1 && d->s[1].ncpus == 1 && memcmp(&d->s[0].cpus, &d->s[1].cpus, sizeof(want)))
		d->pairing = 1;
	for (k = 0; !d->pairing && k < 2; k++)
		for (w = 0; w < MSRKIT_CPUSET_MAX / 64; w++)
			d->only[k].bits[w] = d->s[k].cpus.bits[w] & ~d->s[!k].cpus.bits[w];
	return EXIT_OK;
}

/* Says how CPUs were paired and which could not be compared. */
static void describe_pairing(const struct diff_ctx *d, json_object *jroot)
{
	char list[1100];
	int k;

	if (d->pairing) {
		int one = d->pairing - 1;

		if (jroot) {
			json_object_object_add(jroot, "pairing",
					       json_object_new_string(one ? "each CPU of A with B's one CPU"
									  : "A's one CPU with each CPU of B"));
			return;
		}
		cpus_label(list, sizeof(list), &d->s[one].cpus);
		printf("%s has the registers of one CPU (%s): compared with each CPU of %s.\n", one ? "B" : "A", list,
		       one ? "A" : "B");
		return;
	}
	if (jroot)
		json_object_object_add(jroot, "pairing", json_object_new_string("by CPU number"));
	for (k = 0; k < 2; k++) {
		if (!msrkit_cpuset_count(&d->only[k]))
			continue;
		if (jroot) {
			msrkit_cpuset_format(&d->only[k], list, sizeof(list));
			json_object_object_add(jroot, k ? "cpus_only_in_b" : "cpus_only_in_a",
					       json_object_new_string(list));
		} else {
			cpus_label(list, sizeof(list), &d->only[k]);
			printf("%s has registers only in %s: not compared.\n", list, k ? "B" : "A");
		}
	}
}

static bool run_pairs(struct diff_ctx *d)
{
	int c;

	if (d->pairing) {
		int one = d->pairing - 1;
		unsigned single = (unsigned)msrkit_cpuset_next(&d->s[one].cpus, 0);

		for (c = msrkit_cpuset_next(&d->s[!one].cpus, 0); c >= 0;
		     c = msrkit_cpuset_next(&d->s[!one].cpus, (unsigned)c + 1))
			if (!compare_pair(d, one ? (unsigned)c : single, one ? single : (unsigned)c, (unsigned)c))
				return false;
		return true;
	}
	for (c = msrkit_cpuset_next(&d->s[0].cpus, 0); c >= 0; c = msrkit_cpuset_next(&d->s[0].cpus, (unsigned)c + 1))
		if (msrkit_cpuset_has(&d->s[1].cpus, (unsigned)c) && !compare_pair(d, (unsigned)c, (unsigned)c, (unsigned)c))
			return false;
	return true;
}

static void side_json(json_object *root, const char *key, const struct side *sd)
{
	json_object *o = json_object_new_object();
	char list[1100];

	json_object_object_add(o, "name", json_object_new_string(sd->arg));
	json_object_object_add(o, "label", json_object_new_string(sd->label));
	msrkit_cpuset_format(&sd->cpus, list, sizeof(list));
	json_object_object_add(o, "cpus", json_object_new_string(list));
	json_object_object_add(root, key, o);
}

static int diff_run(struct diff_ctx *d, const char *cpus_opt)
{
	json_object *jroot;
	size_t counts[3];
	struct cpuid_diff_counts cc;
	bool cpu_sets_differ, any_cpuid;
	int rc = pair_cpus(d, cpus_opt), k;

	if (rc)
		return rc;
	jroot = d->json ? json_object_new_object() : NULL;
	for (k = 0; k < 2; k++) {
		if (jroot)
			side_json(jroot, k ? "b" : "a", &d->s[k]);
		else
			printf("%s: %s\n", k ? "B" : "A", d->s[k].label);
	}
	describe_pairing(d, jroot);
	cpu_sets_differ = msrkit_cpuset_count(&d->only[0]) || msrkit_cpuset_count(&d->only[1]);
	if (!run_pairs(d)) {
		cli_error("out of memory");
		json_object_put(jroot);
		return EXIT_INTERNAL;
	}
	if (d->nraws)
		qsort(d->raws, d->nraws, sizeof(*d->raws), raw_cmp);
	d->nhv = addr_distinct(&d->hidden_volatile);
	d->nhk = addr_distinct(&d->hidden_kernel);
	for (k = 0; k < 2; k++)
		d->nhf[k] = addr_distinct(&d->hidden_fail[k]);
	if (!d->json)
		putchar('\n');
	if (!report(d, counts, jroot) || !cpuid_diff_report(d->cpuid, jroot, counts[0] + counts[1] + counts[2], &cc)) {
		cli_error("out of memory");
		json_object_put(jroot);
		return EXIT_INTERNAL;
	}
	any_cpuid = cc.regs + cc.only[0] + cc.only[1] != 0;
	if (jroot) {
		json_object_object_add(jroot, "hidden_volatile", json_object_new_int((int)d->nhv));
		json_object_object_add(jroot, "hidden_kernel_or_per_cpu", json_object_new_int((int)d->nhk));
		json_object_object_add(jroot, "hidden_failed_only_in_a", json_object_new_int((int)d->nhf[0]));
		json_object_object_add(jroot, "hidden_failed_only_in_b", json_object_new_int((int)d->nhf[1]));
		render_json_print(jroot);
		json_object_put(jroot);
	} else {
		if (counts[0] + counts[1] + counts[2] == 0)
			fputs(cc.printed ? "\nNo MSR differences." : "No differences.", stdout);
		else
			printf("\n%zu register%s differ%s, %zu only in A, %zu only in B.", counts[0],
			       counts[0] == 1 ? "" : "s", counts[0] == 1 ? "s" : "", counts[1], counts[2]);
		if (d->nhv)
			printf(" %zu volatile register%s (counters, temperatures, status) also differ%s%s.", d->nhv,
			       d->nhv == 1 ? "" : "s", d->nhv == 1 ? "s" : "", d->nhk ? "" : ": --all shows them");
		if (d->nhk)
			printf(" %zu register%s differ%s only in fields the kernel sets at boot or that are per CPU%s.",
			       d->nhk, d->nhk == 1 ? "" : "s", d->nhk == 1 ? "s" : "",
			       d->nhf[0] + d->nhf[1] ? "" : ": --all shows them");
		for (k = 0; k < 2; k++)
			if (d->nhf[k])
				printf(" %zu register%s failed to read in %s and %s not captured in %s%s.", d->nhf[k],
				       d->nhf[k] == 1 ? "" : "s", k ? "B" : "A", d->nhf[k] == 1 ? "was" : "were",
				       k ? "A" : "B", k == 0 && d->nhf[1] ? "" : ": --all lists them");
		cpuid_diff_summary(&cc);
		putchar('\n');
	}
	return counts[0] + counts[1] + counts[2] || any_cpuid || cpu_sets_differ ? EXIT_NEGATIVE : EXIT_OK;
}

int cmd_diff(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "all", no_argument, NULL, 'A' },
		{ "json", no_argument, NULL, 'j' },
		{ "cpus", required_argument, NULL, 'c' },
		{ "backend", required_argument, NULL, 'B' },
		{ "help", no_argument, NULL, 'h' },
		{ 0 },
	};
	struct diff_ctx d;
	struct source_opts so = { .default_all = true };
	int c, rc = EXIT_OK, k;

	memset(&d, 0, sizeof(d));
	optind = 1;
	while ((c = getopt_long(argc, argv, "+hc:", opts, NULL)) != -1) {
		switch (c) {
		case 'A': d.all = true; break;
		case 'j': d.json = true; break;
		case 'c': so.cpus = optarg; break;
		case 'B': so.backend = optarg; break;
		case 'h': fputs(usage_text, stdout); return EXIT_OK;
		default: fputs(usage_text, stderr); return EXIT_USAGE;
		}
	}
	if (argc - optind != 2) {
		cli_error("diff needs two snapshots (or 'live'), e.g. 'msrkit diff before.snap live'");
		return EXIT_USAGE;
	}
	if (!strcmp(argv[optind], "live") && !strcmp(argv[optind + 1], "live")) {
		cli_error("compare this machine with a snapshot: 'msrkit dump -o before.snap', then later "
			  "'msrkit diff before.snap live'");
		return EXIT_USAGE;
	}
	d.cpuid = cpuid_diff_new(d.all);
	if (!d.cpuid) {
		cli_error("out of memory");
		return EXIT_INTERNAL;
	}
	for (k = 0; k < 2 && rc == EXIT_OK; k++)
		rc = load_side(&d.s[k], argv[optind + k], &so);
	if (rc == EXIT_OK)
		rc = diff_run(&d, so.cpus);
	for (k = 0; k < 2; k++)
		msrkit_snapshot_free(d.s[k].snap);
	free(d.raws);
	free(d.hidden_volatile.a);
	free(d.hidden_kernel.a);
	free(d.hidden_fail[0].a);
	free(d.hidden_fail[1].a);
	cpuid_diff_free(d.cpuid);
	return rc;
}

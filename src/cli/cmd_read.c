/* SPDX-License-Identifier: MIT */
/*
 * msrkit read REG[.FIELD] [REG...]: read registers on one or many CPUs and
 * decode them. CPUs with the same value print once; when values differ, each
 * value prints with its CPUs and the fields that differ are marked.
 */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "cpugroup.h"
#include "regsel.h"
#include "source.h"

static const char usage_text[] =
	"usage: msrkit read REG[.FIELD] [REG...] [-c CPUS | -a] [--json | --raw] [--from FILE]\n"
	"\n"
	"Read registers and decode them field by field (default: on CPU 0). REG is a\n"
	"name (IA32_FEATURE_CONTROL, MSR_IA32_FEAT_CTL, any case) or an address\n"
	"(0x3a); REG.FIELD selects one field. CPUs that hold the same value are shown\n"
	"once; when values differ, each value is shown with its CPUs and '*' marks the\n"
	"fields that differ.\n"
	"\n"
	SOURCE_HELP
	"  --json            machine-readable output (keys documented in the README)\n"
	"  --raw             values only, in hex\n"
	"  -h, --help        this text\n"
	"\n"
	"exit codes: 0 read, 2 bad input, 3 no MSR access, 4 a read failed on some CPU\n";

/* One register argument and its values on the selected CPUs. */
struct read_reg {
	struct regsel sel;
	const char *arg;
	int *err;        /* per CPU: 0 or -errno */
	uint64_t *value; /* per CPU */
};

struct read_ctx {
	struct source *s;
	struct read_reg *regs;
	size_t nregs;
	bool json, raw;
};

/* The decoded piece of field f in value (its raw bits and meaning). */
static bool field_piece(const struct regsel *sel, uint64_t value, const struct msrkit_cpu *id,
			struct msrkit_decoded *out)
{
	return msrkit_decode_field(sel->ref.reg, sel->field, value, id, out);
}

/* "NAME (0xADDR)" for a defined register; "MSR 0xADDR" (already the name) otherwise. */
static const char *title(const struct msrkit_reg_ref *ref, const char *name, char *buf, size_t len)
{
	if (!ref->reg)
		return name;
	snprintf(buf, len, "%s (0x%x)", name, ref->address);
	return buf;
}

static void reg_name(const struct regsel *sel, char *buf, size_t len)
{
	if (!sel->ref.reg)
		snprintf(buf, len, "MSR 0x%x", sel->ref.address);
	else
		msrkit_reg_ref_name(&sel->ref, buf, len);
}

/* "bit 2", "bits 14:8", or "control 5" for VMX capability layouts. */
static void field_where(const struct regsel *sel, const struct msrkit_cpu *id, char *buf, size_t len)
{
	if (sel->ref.reg->layout != MSRKIT_LAYOUT_FIELDS)
		snprintf(buf, len, "control %u", sel->field->lsb);
	else
		regsel_field_bits(sel->field, id, buf, len);
}

static void raw_piece_text(const struct msrkit_decoded *d, char *buf, size_t len)
{
	if (d->msb == d->lsb)
		snprintf(buf, len, "%llu", (unsigned long long)d->raw);
	else
		snprintf(buf, len, "0x%llx", (unsigned long long)d->raw);
}

/* Group keys of one register: the value (or the field's bits) of CPUs that
 * were read, the error of the others. */
static char **make_keys(const struct read_ctx *ctx, const struct read_reg *r)
{
	size_t n = ctx->s->ncpus;
	char **keys = calloc(n, sizeof(*keys));

	for (size_t i = 0; keys && i < n; i++) {
		struct msrkit_decoded d;
		uint64_t v = r->value[i];

		keys[i] = malloc(32);
		if (!keys[i])
			continue;
		if (r->err[i])
			snprintf(keys[i], 32, "e%d", r->err[i]);
		else if (r->sel.field && field_piece(&r->sel, v, &ctx->s->id[i], &d))
			snprintf(keys[i], 32, "v%llx", (unsigned long long)d.raw);
		else
			snprintf(keys[i], 32, "v%016llx", (unsigned long long)v);
	}
	return keys;
}

static void free_keys(char **keys, size_t n)
{
	for (size_t i = 0; keys && i < n; i++)
		free(keys[i]);
	free(keys);
}

/* "CPUs 0-3": the CPUs of group g. */
static void group_label(const struct read_ctx *ctx, const size_t *group_of, size_t g, char *buf, size_t len)
{
	cpugroup_label(ctx->s->cpu, group_of, ctx->s->ncpus, g, buf, len);
}

/* The CPUs whose read succeeded (ok) or failed (!ok). */
static void label_read(const struct read_ctx *ctx, const struct read_reg *r, bool ok, char *buf, size_t len)
{
	bool *member = calloc(ctx->s->ncpus, sizeof(*member));

	buf[0] = '\0';
	if (!member)
		return;
	for (size_t i = 0; i < ctx->s->ncpus; i++)
		member[i] = (r->err[i] == 0) == ok;
	cpugroup_label_if(ctx->s->cpu, member, ctx->s->ncpus, buf, len);
	free(member);
}

/* Notes the CPUs, among those read, that the definition excludes. */
static void applies_note(const struct read_ctx *ctx, const struct read_reg *r)
{
	bool *member = calloc(ctx->s->ncpus, sizeof(*member)), any = false;
	char label[4096], name[96];

	if (!member || !r->sel.ref.reg) {
		free(member);
		return;
	}
	for (size_t i = 0; i < ctx->s->ncpus; i++) {
		member[i] = r->err[i] == 0 && msrkit_reg_applies(r->sel.ref.reg, &ctx->s->id[i]) == MSRKIT_NO;
		any |= member[i];
	}
	if (any) {
		cpugroup_label_if(ctx->s->cpu, member, ctx->s->ncpus, label, sizeof(label));
		reg_name(&r->sel, name, sizeof(name));
		printf("  note: %s does not apply to %s (its vendor, model or CPUID conditions exclude it): the value "
		       "may mean something else there\n", name, label);
	}
	free(member);
}

static size_t first_of(const size_t *group_of, size_t g)
{
	size_t i = 0;

	while (group_of[i] != g)
		i++;
	return i;
}

static void text_register(const struct read_ctx *ctx, const struct read_reg *r, const size_t *group_of, size_t groups)
{
	const struct msrkit_reg_ref *ref = &r->sel.ref;
	char name[96], t[128], label[4096], where[32], raw[24], meaning[256];
	size_t nvalues = 0, g, first_ok = SIZE_MAX; /* distinct values read; the first CPU read */
	uint64_t differ = 0;

	reg_name(&r->sel, name, sizeof(name));
	for (g = 0; g < groups; g++) {
		size_t i = first_of(group_of, g);

		if (r->err[i])
			continue;
		nvalues++;
		if (first_ok == SIZE_MAX)
			first_ok = i;
		else
			differ |= r->value[i] ^ r->value[first_ok];
	}
	if (nvalues == 0) {
		label_read(ctx, r, false, label, sizeof(label));
		printf("%s: no value on %s (see the error below)\n", title(ref, name, t, sizeof(t)), label);
		return;
	}
	if (r->sel.field) {
		struct msrkit_decoded d;

		field_where(&r->sel, &ctx->s->id[first_ok], where, sizeof(where));
		if (nvalues == 1) {
			label_read(ctx, r, true, label, sizeof(label));
			field_piece(&r->sel, r->value[first_ok], &ctx->s->id[first_ok], &d);
			raw_piece_text(&d, raw, sizeof(raw));
			msrkit_decoded_meaning(&d, meaning, sizeof(meaning));
			printf("%s.%s (0x%x %s) = %s on %s\n", name, r->sel.field->name, ref->address, where, raw, label);
			if (strcmp(meaning, raw))
				printf("  %s\n", meaning);
		} else {
			label_read(ctx, r, true, label, sizeof(label));
			printf("%s.%s (0x%x %s) differs between %s\n", name, r->sel.field->name, ref->address, where,
			       label);
			for (g = 0; g < groups; g++) {
				size_t i = first_of(group_of, g);

				if (r->err[i])
					continue;
				field_piece(&r->sel, r->value[i], &ctx->s->id[i], &d);
				raw_piece_text(&d, raw, sizeof(raw));
				msrkit_decoded_meaning(&d, meaning, sizeof(meaning));
				group_label(ctx, group_of, g, label, sizeof(label));
				if (strcmp(meaning, raw))
					printf("%s = %s: %s\n", label, raw, meaning);
				else
					printf("%s = %s\n", label, raw);
			}
		}
		printf("  %s: %s\n", r->sel.field->name, r->sel.field->desc ? r->sel.field->desc : "");
		applies_note(ctx, r);
		return;
	}
	if (nvalues == 1) {
		label_read(ctx, r, true, label, sizeof(label));
		if (ref->reg)
			printf("%s = 0x%016llx on %s\n", title(ref, name, t, sizeof(t)), (unsigned long long)r->value[first_ok],
			       label);
		else
			printf("%s = 0x%016llx on %s\n", name, (unsigned long long)r->value[first_ok], label);
		render_reg_body(stdout, ref, r->value[first_ok], &ctx->s->id[first_ok], NULL);
		applies_note(ctx, r);
		return;
	}
	label_read(ctx, r, true, label, sizeof(label));
	if (ref->reg) {
		char fields[1024];
		size_t used = 0;

		fields[0] = '\0';
		for (size_t k = 0; k < ref->reg->nfields && ref->reg->layout == MSRKIT_LAYOUT_FIELDS; k++)
			if (differ & regsel_field_mask(&ref->reg->fields[k], &ctx->s->id[first_ok])) {
				int w = snprintf(fields + used, sizeof(fields) - used, "%s%s", used ? ", " : "",
						 ref->reg->fields[k].name);

				if (w < 0 || (size_t)w >= sizeof(fields) - used)
					break;
				used += (size_t)w;
			}
		if (differ & msrkit_reg_reserved_mask(ref->reg, &ctx->s->id[first_ok]))
			snprintf(fields + used, sizeof(fields) - used, "%sreserved bits", used ? ", " : "");
		printf("%s differs between %s%s%s\n", title(ref, name, t, sizeof(t)), label,
		       fields[0] ? " in " : "", fields);
		printf("  %s\n", ref->reg->desc);
	} else {
		printf("%s differs between %s\n", name, label);
	}
	if (ref->reg && ref->reg->layout == MSRKIT_LAYOUT_FIELDS) {
		/* The fields every CPU agrees on once, then each value's differing rows. */
		struct render_opts common = { .mark = differ, .only = -1 };
		struct render_opts rows = { .mark = differ, .only = 1, .no_header = true };
		bool any_common = false;

		for (size_t k = 0; k < ref->reg->nfields; k++)
			any_common |= !(differ & regsel_field_mask(&ref->reg->fields[k], &ctx->s->id[first_ok]));
		if (any_common)
			render_reg_body(stdout, ref, r->value[first_ok], &ctx->s->id[first_ok], &common);
		else
			rows.no_header = false; /* the column header once, above the first value */
		for (g = 0; g < groups; g++) {
			size_t i = first_of(group_of, g);

			if (r->err[i])
				continue;
			group_label(ctx, group_of, g, label, sizeof(label));
			printf("%s = 0x%016llx\n", label, (unsigned long long)r->value[i]);
			render_reg_body(stdout, ref, r->value[i], &ctx->s->id[i], &rows);
			rows.no_header = true;
		}
		applies_note(ctx, r);
		return;
	}
	for (g = 0; g < groups; g++) {
		size_t i = first_of(group_of, g);
		struct render_opts all = { 0 };

		if (r->err[i])
			continue;
		group_label(ctx, group_of, g, label, sizeof(label));
		printf("%s = 0x%016llx\n", label, (unsigned long long)r->value[i]);
		if (ref->reg)
			render_reg_body(stdout, ref, r->value[i], &ctx->s->id[i], &all);
	}
	applies_note(ctx, r);
}

static void raw_register(const struct read_ctx *ctx, const struct read_reg *r, const size_t *group_of, size_t groups)
{
	char name[96], label[4096];

	reg_name(&r->sel, name, sizeof(name));
	for (size_t g = 0; g < groups; g++) {
		size_t i = first_of(group_of, g);
		struct msrkit_decoded d;

		if (r->err[i])
			continue;
		group_label(ctx, group_of, g, label, sizeof(label));
		if (ctx->nregs > 1)
			printf("%s%s", name, r->sel.field ? "." : "");
		if (ctx->nregs > 1 && r->sel.field)
			printf("%s", r->sel.field->name);
		if (ctx->nregs > 1 && ctx->s->ncpus > 1)
			putchar(' ');
		if (ctx->s->ncpus > 1)
			printf("%s", label);
		if (ctx->nregs > 1 || ctx->s->ncpus > 1)
			printf(": ");
		if (r->sel.field && field_piece(&r->sel, r->value[i], &ctx->s->id[i], &d))
			printf("0x%llx\n", (unsigned long long)d.raw);
		else
			printf("0x%016llx\n", (unsigned long long)r->value[i]);
	}
}

/* Explains each distinct read error of r once, on stderr. */
static void explain_errors(const struct read_ctx *ctx, const struct read_reg *r, const size_t *group_of, size_t groups)
{
	char name[96], label[4096], what[4300];

	reg_name(&r->sel, name, sizeof(name));
	for (size_t g = 0; g < groups; g++) {
		size_t i = first_of(group_of, g);

		if (!r->err[i])
			continue;
		group_label(ctx, group_of, g, label, sizeof(label));
		snprintf(what, sizeof(what), "reading %s on %s", name, label);
		source_explain(ctx->s, what, MSRKIT_IO_READ, ctx->s->cpu[i], r->sel.ref.address, 0, r->err[i]);
		if (r->err[i] == -EIO && r->sel.ref.reg && r->sel.ref.reg->access == MSRKIT_WO)
			cli_error("%s is write-only: reading it faults by design ('msrkit write' writes it)", name);
	}
}

static json_object *json_cpu(const struct read_ctx *ctx, const struct read_reg *r, size_t i)
{
	json_object *o = json_object_new_object(), *dec, *v;
	struct msrkit_diagnosis d;
	char msg[1024];

	json_object_object_add(o, "cpu", json_object_new_int64(ctx->s->cpu[i]));
	if (r->err[i]) {
		msrkit_diagnose(NULL, msrkit_backend_name(&ctx->s->backend), MSRKIT_IO_READ, ctx->s->cpu[i],
				r->sel.ref.address, 0, r->err[i], &d);
		msrkit_diag_format(&d, msg, sizeof(msg));
		json_object_object_add(o, "error", json_object_new_string(msrkit_diag_name(d.code)));
		json_object_object_add(o, "errno", json_object_new_int(-r->err[i]));
		json_object_object_add(o, "message", json_object_new_string(msg));
		return o;
	}
	dec = render_reg_json(&r->sel.ref, r->value[i], &ctx->s->id[i]);
	json_object_object_add(o, "value", json_object_get(json_object_object_get(dec, "value")));
	json_object_object_add(o, "value_hex", json_object_get(json_object_object_get(dec, "value_hex")));
	if (r->sel.ref.reg) {
		enum msrkit_tristate a = msrkit_reg_applies(r->sel.ref.reg, &ctx->s->id[i]);

		json_object_object_add(o, "applies", a == MSRKIT_UNKNOWN ? NULL : json_object_new_boolean(a == MSRKIT_YES));
	}
	v = json_object_object_get(dec, "fields");
	if (r->sel.field) {
		json_object *one = json_object_new_array();

		for (size_t k = 0; k < json_object_array_length(v); k++) {
			json_object *fo = json_object_array_get_idx(v, k), *nm = json_object_object_get(fo, "name");

			if (nm && json_object_is_type(nm, json_type_string) &&
			    strcmp(json_object_get_string(nm), r->sel.field->name) == 0)
				json_object_array_add(one, json_object_get(fo));
		}
		json_object_object_add(o, "fields", one);
	} else {
		json_object_object_add(o, "fields", json_object_get(v));
	}
	json_object_put(dec);
	return o;
}

static json_object *json_register(const struct read_ctx *ctx, const struct read_reg *r)
{
	json_object *o = json_object_new_object(), *cpus = json_object_new_array();
	char name[96], hex[16];

	snprintf(hex, sizeof(hex), "0x%x", r->sel.ref.address);
	json_object_object_add(o, "address", json_object_new_int64(r->sel.ref.address));
	json_object_object_add(o, "address_hex", json_object_new_string(hex));
	if (r->sel.ref.reg) {
		msrkit_reg_ref_name(&r->sel.ref, name, sizeof(name));
		json_object_object_add(o, "name", json_object_new_string(name));
	} else {
		json_object_object_add(o, "name", NULL);
	}
	if (r->sel.field)
		json_object_object_add(o, "field", json_object_new_string(r->sel.field->name));
	for (size_t i = 0; i < ctx->s->ncpus; i++)
		json_object_array_add(cpus, json_cpu(ctx, r, i));
	json_object_object_add(o, "cpus", cpus);
	return o;
}

/* Reads every register on every selected CPU in one batch (CPUs in parallel). */
static int read_all(struct read_ctx *ctx)
{
	size_t ncpus = ctx->s->ncpus, n = ctx->nregs * ncpus;
	struct msrkit_op *ops = calloc(n, sizeof(*ops));
	int rc;

	if (!ops)
		return -1;
	for (size_t r = 0; r < ctx->nregs; r++)
		for (size_t i = 0; i < ncpus; i++)
			ops[r * ncpus + i] = (struct msrkit_op){ .cpu = ctx->s->cpu[i],
								 .address = ctx->regs[r].sel.ref.address };
	rc = msrkit_backend_batch(&ctx->s->backend, ops, n, false);
	for (size_t r = 0; r < ctx->nregs && rc == 0; r++)
		for (size_t i = 0; i < ncpus; i++) {
			ctx->regs[r].err[i] = ops[r * ncpus + i].err;
			ctx->regs[r].value[i] = ops[r * ncpus + i].err ? 0 : ops[r * ncpus + i].value;
		}
	free(ops);
	return rc;
}

static int show(struct read_ctx *ctx)
{
	json_object *top = NULL, *arr = NULL;
	size_t *group_of = calloc(ctx->s->ncpus, sizeof(*group_of));
	int ret = EXIT_OK;

	if (!group_of)
		return EXIT_INTERNAL;
	if (ctx->json) {
		top = json_object_new_object();
		arr = json_object_new_array();
		json_object_object_add(top, "source", json_object_new_string(ctx->s->label));
		json_object_object_add(top, "registers", arr);
	}
	for (size_t k = 0; k < ctx->nregs; k++) {
		struct read_reg *r = &ctx->regs[k];
		char **keys = make_keys(ctx, r);
		size_t groups;

		if (!keys) {
			ret = EXIT_INTERNAL;
			break;
		}
		for (size_t i = 0; i < ctx->s->ncpus; i++)
			if (!keys[i]) {
				free_keys(keys, ctx->s->ncpus);
				free(group_of);
				json_object_put(top);
				return EXIT_INTERNAL;
			}
		groups = cpugroup_make((const char *const *)keys, ctx->s->ncpus, group_of);
		free_keys(keys, ctx->s->ncpus);
		if (ctx->json) {
			json_object_array_add(arr, json_register(ctx, r));
		} else if (ctx->raw) {
			raw_register(ctx, r, group_of, groups);
		} else {
			if (k)
				putchar('\n');
			text_register(ctx, r, group_of, groups);
		}
		fflush(stdout);
		explain_errors(ctx, r, group_of, groups);
		for (size_t i = 0; i < ctx->s->ncpus; i++)
			if (r->err[i])
				ret = EXIT_MSR;
	}
	if (top) {
		render_json_print(top);
		json_object_put(top);
	}
	free(group_of);
	return ret;
}

int cmd_read(int argc, char **argv)
{
	static const struct option opts[] = {
		SOURCE_LONG_OPTIONS,
		{ "json", no_argument, NULL, 'j' },
		{ "raw", no_argument, NULL, 'r' },
		{ "help", no_argument, NULL, 'h' },
		{ 0 },
	};
	struct source_opts so = { 0 };
	struct source s;
	struct read_ctx ctx = { .s = &s };
	int c, rc;

	optind = 1;
	while ((c = getopt_long(argc, argv, SOURCE_SHORT_OPTIONS "h", opts, NULL)) != -1) {
		if (source_opt(&so, c, optarg))
			continue;
		switch (c) {
		case 'j': ctx.json = true; break;
		case 'r': ctx.raw = true; break;
		case 'h': fputs(usage_text, stdout); return EXIT_OK;
		default: fputs(usage_text, stderr); return EXIT_USAGE;
		}
	}
	if (ctx.json && ctx.raw) {
		cli_error("use either --json or --raw, not both");
		return EXIT_USAGE;
	}
	if (optind >= argc) {
		cli_error("read needs a register, e.g. 'msrkit read IA32_FEATURE_CONTROL' or 'msrkit read -a 0x1a0'");
		return EXIT_USAGE;
	}
	ctx.nregs = (size_t)(argc - optind);
	ctx.regs = calloc(ctx.nregs, sizeof(*ctx.regs));
	if (!ctx.regs) {
		cli_error("out of memory");
		return EXIT_INTERNAL;
	}
	/* Bad names are reported before the machine is opened. */
	for (size_t k = 0; k < ctx.nregs; k++) {
		ctx.regs[k].arg = argv[optind + (int)k];
		if (!regsel_parse(ctx.regs[k].arg, NULL, &ctx.regs[k].sel)) {
			free(ctx.regs);
			return EXIT_USAGE;
		}
	}
	rc = source_open(&s, &so);
	if (rc)
		goto out;
	for (size_t k = 0; k < ctx.nregs; k++) {
		/* Again with the CPU's identity, for vendor-specific definitions. */
		if (!regsel_parse(ctx.regs[k].arg, &s.id[0], &ctx.regs[k].sel)) {
			rc = EXIT_USAGE;
			goto out;
		}
		ctx.regs[k].err = calloc(s.ncpus, sizeof(int));
		ctx.regs[k].value = calloc(s.ncpus, sizeof(uint64_t));
		if (!ctx.regs[k].err || !ctx.regs[k].value) {
			cli_error("out of memory");
			rc = EXIT_INTERNAL;
			goto out;
		}
	}
	if (read_all(&ctx)) {
		cli_error("cannot read from %s", s.label);
		rc = EXIT_MSR;
		goto out;
	}
	rc = show(&ctx);
out:
	for (size_t k = 0; k < ctx.nregs; k++) {
		free(ctx.regs[k].err);
		free(ctx.regs[k].value);
	}
	free(ctx.regs);
	source_close(&s);
	return rc;
}

/* SPDX-License-Identifier: MIT */
/* Showing a write's plan before it runs, and what happened on each CPU after. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cpugroup.h"
#include "write_plan.h"

/* The meaning of field f at value, as the decoder words it. */
static void field_meaning(const struct wp_cpu *c, const struct msrkit_field *f, uint64_t value, char *buf, size_t len)
{
	struct msrkit_decoded d;

	buf[0] = '\0';
	if (msrkit_decode_field(c->t->sel.ref.reg, f, value, c->id, &d))
		msrkit_decoded_meaning(&d, buf, len);
}

static void raw_text(char *buf, size_t len, uint64_t raw, unsigned width)
{
	if (width == 1)
		snprintf(buf, len, "%llu", (unsigned long long)raw);
	else
		snprintf(buf, len, "0x%llx", (unsigned long long)raw);
}

/* The decoded changes of a readable register. */
static void changes(FILE *m, const struct wp_cpu *c)
{
	const struct msrkit_reg *reg = c->t->sel.ref.reg;
	uint64_t changed = c->write_only ? c->new_value : c->old_value ^ c->new_value, covered = 0;
	char bits[32], was[256], now[256], a[24], b[24];

	if (!reg || reg->layout != MSRKIT_LAYOUT_FIELDS)
		return;
	for (size_t i = 0; i < reg->nfields; i++) {
		const struct msrkit_field *f = &reg->fields[i];
		uint64_t fm = regsel_field_mask(f, c->id);
		unsigned width = msrkit_field_msb(f, c->id) - f->lsb + 1u;

		covered |= fm;
		if (!(changed & fm))
			continue;
		regsel_field_bits(f, c->id, bits, sizeof(bits));
		raw_text(a, sizeof(a), (c->old_value & fm) >> f->lsb, width);
		raw_text(b, sizeof(b), (c->new_value & fm) >> f->lsb, width);
		field_meaning(c, f, c->old_value, was, sizeof(was));
		field_meaning(c, f, c->new_value, now, sizeof(now));
		if (c->write_only) {
			fprintf(m, "  %s (%s) = %s: %s\n", f->name, bits, b, now);
		} else {
			fprintf(m, "  %s (%s): %s -> %s\n", f->name, bits, a, b);
			fprintf(m, "    was: %s\n    now: %s\n", was, now);
		}
	}
	/* Reserved bits that change, run by run, high first. */
	for (int hi = 63; hi >= 0; hi--) {
		int lo = hi;
		uint64_t run;

		if (!((changed & ~covered) >> hi & 1))
			continue;
		while (lo > 0 && ((changed & ~covered) >> (lo - 1) & 1))
			lo--;
		run = (hi - lo == 63 ? ~UINT64_C(0) : (UINT64_C(1) << (hi - lo + 1)) - 1) << lo;
		raw_text(a, sizeof(a), (c->old_value & run) >> lo, (unsigned)(hi - lo + 1));
		raw_text(b, sizeof(b), (c->new_value & run) >> lo, (unsigned)(hi - lo + 1));
		if (hi == lo)
			fprintf(m, "  reserved bit %d: %s -> %s\n", hi, a, b);
		else
			fprintf(m, "  reserved bits %d:%d: %s -> %s\n", hi, lo, a, b);
		hi = lo;
	}
}

/* The plan of one CPU, after its "CPU N: " label. Returns a malloc'd string. */
static char *plan_text(const struct wp_cpu *c, bool force)
{
	char *text = NULL, reasons[4096], names[512];
	size_t size = 0;
	FILE *m = open_memstream(&text, &size);
	const struct msrkit_reg *reg = c->t->sel.ref.reg;

	if (!m)
		return NULL;
	if (c->read_err) {
		fprintf(m, "cannot read the current value (%s): nothing will be written\n",
			wp_errtext(MSRKIT_IO_READ, c->read_err));
	} else if (c->write_only) {
		fprintf(m, "write 0x%016llx (a write-only register: its value cannot be read, so the write can be "
			   "neither verified nor undone)\n", (unsigned long long)c->new_value);
		changes(m, c);
	} else if (!wp_changes(c)) {
		fprintf(m, "0x%016llx already: nothing to write\n", (unsigned long long)c->old_value);
	} else {
		fprintf(m, "0x%016llx -> 0x%016llx\n", (unsigned long long)c->old_value,
			(unsigned long long)c->new_value);
		changes(m, c);
	}
	if (c->sets_lock && reg) {
		uint64_t rwl = 0;

		for (size_t i = 0; i < reg->nfields; i++)
			if (regsel_field_access(reg, &reg->fields[i]) == MSRKIT_RWL)
				rwl |= regsel_field_mask(&reg->fields[i], c->id);
		names[0] = '\0';
		for (size_t i = 0, used = 0; i < reg->nfields; i++)
			if ((rwl | c->sets_lock) & regsel_field_mask(&reg->fields[i], c->id)) {
				int k = snprintf(names + used, sizeof(names) - used, "%s%s", used ? ", " : "",
						 reg->fields[i].name);

				if (k < 0 || (size_t)k >= sizeof(names) - used)
					break;
				used += (size_t)k;
			}
		fprintf(m, "  warning: this sets a write-once bit: %s cannot change again until reset\n", names);
	}
	if (c->read_err == 0 && wp_changes(c) && c->reasons) {
		char *line = reasons, *nl;

		wp_reasons_text(c, reasons, sizeof(reasons));
		for (; *line; line = nl + 1) {
			nl = strchr(line, '\n');
			if (!nl)
				break;
			*nl = '\0';
			if (force && strncmp(line, "refused: ", 9) == 0)
				fprintf(m, "  overridden by --force: %s\n", line + 9);
			else
				fprintf(m, "  %s\n", line);
		}
	}
	fclose(m);
	return text;
}

/* Prints texts[i] grouped by equal text, with "CPUs ...: " labels; a
 * register header before each register when several are written. */
static void print_groups(FILE *f, const struct wp_cpu *c, size_t n, char **texts)
{
	char **keys = calloc(n, sizeof(*keys));
	size_t *group_of = calloc(n, sizeof(*group_of));
	unsigned *cpus = calloc(n, sizeof(*cpus));
	bool multi = false;
	size_t groups;

	if (!keys || !group_of || !cpus)
		goto out;
	for (size_t i = 0; i < n; i++) {
		size_t len = strlen(texts[i]) + 16;

		cpus[i] = c[i].cpu;
		multi |= c[i].t->sel.ref.address != c[0].t->sel.ref.address;
		keys[i] = malloc(len);
		if (!keys[i])
			goto out;
		snprintf(keys[i], len, "%08x %s", c[i].t->sel.ref.address, texts[i]);
	}
	groups = cpugroup_make((const char *const *)keys, n, group_of);
	for (size_t g = 0, last = SIZE_MAX; g < groups; g++) {
		char label[4096], name[96];
		size_t first = 0;

		while (group_of[first] != g)
			first++;
		if (multi && c[first].t->sel.ref.address != last) {
			wp_reg_name(c[first].t, name, sizeof(name));
			fprintf(f, "%s (0x%x):\n", name, c[first].t->sel.ref.address);
			last = c[first].t->sel.ref.address;
		}
		/* Several registers: a CPU's label is per register. */
		{
			bool *member = calloc(n, sizeof(*member));

			if (!member)
				goto out;
			for (size_t i = 0; i < n; i++)
				member[i] = group_of[i] == g;
			cpugroup_label_if(cpus, member, n, label, sizeof(label));
			free(member);
		}
		fprintf(f, "%s: %s", label, texts[first]);
	}
out:
	for (size_t i = 0; keys && i < n; i++)
		free(keys[i]);
	free(keys);
	free(group_of);
	free(cpus);
}

void wp_print_plan(FILE *f, const struct wp_cpu *c, size_t n, bool force)
{
	char **texts = calloc(n, sizeof(*texts));

	if (!texts)
		return;
	for (size_t i = 0; i < n; i++)
		if (!(texts[i] = plan_text(&c[i], force)))
			goto out;
	print_groups(f, c, n, texts);
out:
	for (size_t i = 0; i < n; i++)
		free(texts[i]);
	free(texts);
}

/* The CPU whose write failed first, for "stopped after the failure on CPU N". */
static long failed_cpu(const struct wp_cpu *c, size_t n, const struct msrkit_txn_item *items)
{
	for (size_t i = 0; i < n; i++) {
		if (c[i].wo_err)
			return (long)c[i].cpu;
		if (c[i].item >= 0) {
			const struct msrkit_txn_item *it = &items[c[i].item];

			if (it->failed_stage == MSRKIT_TXN_STAGE_WRITE || it->failed_stage == MSRKIT_TXN_STAGE_VERIFY)
				return (long)c[i].cpu;
		}
	}
	return -1;
}

/* What went wrong on the item that failed, before its restore. */
static void failure_text(FILE *m, const struct msrkit_txn_item *it)
{
	if (it->failed_stage == MSRKIT_TXN_STAGE_VERIFY && it->err == 0)
		fprintf(m, "written, but read back 0x%016llx instead of 0x%016llx", (unsigned long long)it->readback,
			(unsigned long long)it->new_value);
	else if (it->failed_stage == MSRKIT_TXN_STAGE_VERIFY)
		fprintf(m, "written, but reading it back failed (%s)", wp_errtext(MSRKIT_IO_READ, it->err));
	else
		fprintf(m, "write of 0x%016llx failed (%s)", (unsigned long long)it->new_value,
			wp_errtext(MSRKIT_IO_WRITE, it->err));
}

static char *report_text(const struct wp_cpu *c, const struct msrkit_txn_item *items, long failed)
{
	char *text = NULL, stop[64];
	size_t size = 0;
	FILE *m = open_memstream(&text, &size);
	const struct msrkit_txn_item *it = c->item >= 0 ? &items[c->item] : NULL;

	if (!m)
		return NULL;
	if (failed >= 0)
		snprintf(stop, sizeof(stop), " (stopped after the failure on CPU %ld)", failed);
	else
		stop[0] = '\0';
	if (c->read_err) {
		fprintf(m, "not written: cannot read the current value (%s)", wp_errtext(MSRKIT_IO_READ, c->read_err));
	} else if (c->write_only) {
		if (c->wo_written)
			fprintf(m, "written 0x%016llx (write-only: not verified)", (unsigned long long)c->new_value);
		else if (c->wo_err)
			fprintf(m, "write of 0x%016llx failed (%s)", (unsigned long long)c->new_value,
				wp_errtext(MSRKIT_IO_WRITE, c->wo_err));
		else
			fprintf(m, "not written%s", stop);
	} else if (!it) {
		fprintf(m, "already held 0x%016llx: not written", (unsigned long long)c->old_value);
	} else {
		switch (it->state) {
		case MSRKIT_TXN_COMMITTED:
			fprintf(m, "written and verified: 0x%016llx", (unsigned long long)it->readback);
			break;
		case MSRKIT_TXN_UNCHANGED:
			fprintf(m, "write of 0x%016llx failed (%s); still 0x%016llx (read back)",
				(unsigned long long)it->new_value, wp_errtext(MSRKIT_IO_WRITE, it->err),
				(unsigned long long)it->final_value);
			break;
		case MSRKIT_TXN_RESTORED:
			if (it->failed_stage != MSRKIT_TXN_STAGE_NONE)
				failure_text(m, it);
			else
				fprintf(m, "written and verified (0x%016llx)", (unsigned long long)it->readback);
			fprintf(m, ", then restored to 0x%016llx (verified)", (unsigned long long)it->final_value);
			break;
		case MSRKIT_TXN_RESTORE_FAILED:
			fputs("NOT RESTORED: ", m);
			if (it->failed_stage != MSRKIT_TXN_STAGE_NONE)
				failure_text(m, it);
			else
				fprintf(m, "written (0x%016llx)", (unsigned long long)it->new_value);
			if (it->restore_err)
				fprintf(m, "; restoring 0x%016llx failed (%s)", (unsigned long long)it->old_value,
					wp_errtext(MSRKIT_IO_WRITE, it->restore_err));
			else
				fprintf(m, "; restoring 0x%016llx read back 0x%016llx", (unsigned long long)it->old_value,
					(unsigned long long)it->final_value);
			fputs(": the register may hold neither value; check it with 'msrkit read'", m);
			break;
		case MSRKIT_TXN_UNTOUCHED:
			if (it->failed_stage == MSRKIT_TXN_STAGE_READ)
				fprintf(m, "not written: cannot read the current value (%s)",
					wp_errtext(MSRKIT_IO_READ, it->err));
			else if (it->failed_stage == MSRKIT_TXN_STAGE_CHECK)
				fprintf(m, "not written: it holds 0x%016llx now, not the 0x%016llx planned (it changed "
					   "since the plan)", (unsigned long long)it->old_value,
					(unsigned long long)it->expected);
			else
				fprintf(m, "not written%s; still 0x%016llx", stop, (unsigned long long)it->old_value);
			break;
		}
	}
	fputc('\n', m);
	fclose(m);
	return text;
}

void wp_print_report(FILE *f, const struct wp_cpu *c, size_t n, const struct msrkit_txn_item *items)
{
	char **texts = calloc(n, sizeof(*texts));
	long failed = failed_cpu(c, n, items);

	if (!texts)
		return;
	for (size_t i = 0; i < n; i++)
		if (!(texts[i] = report_text(&c[i], items, failed)))
			goto out;
	print_groups(f, c, n, texts);
out:
	for (size_t i = 0; i < n; i++)
		free(texts[i]);
	free(texts);
}

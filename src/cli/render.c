/* SPDX-License-Identifier: MIT */
/* Text rendering for people: aligned, one field a line, meaning spelled out. */
#include <stdio.h>
#include <string.h>

#include "cli.h"

#define MAX_PIECES 160

struct pieces {
	struct msrkit_decoded d[MAX_PIECES];
	size_t n;
};

static int collect(void *arg, const struct msrkit_decoded *d)
{
	struct pieces *p = arg;

	if (p->n < MAX_PIECES)
		p->d[p->n++] = *d;
	return 0;
}

void render_bits(char *buf, size_t len, unsigned lsb, unsigned msb)
{
	if (lsb == msb)
		snprintf(buf, len, "%u", lsb);
	else
		snprintf(buf, len, "%u:%u", msb, lsb);
}

void render_vendors(char *buf, size_t len, uint32_t vendors)
{
	static const uint32_t all[] = { MSRKIT_VENDOR_INTEL, MSRKIT_VENDOR_AMD, MSRKIT_VENDOR_HYGON,
					MSRKIT_VENDOR_CENTAUR, MSRKIT_VENDOR_OTHER };
	size_t i, used = 0;

	if (vendors == MSRKIT_VENDOR_ANY) {
		snprintf(buf, len, "any");
		return;
	}
	buf[0] = '\0';
	for (i = 0; i < sizeof(all) / sizeof(all[0]); i++) {
		if (!(vendors & all[i]))
			continue;
		used += (size_t)snprintf(buf + used, used < len ? len - used : 0, "%s%s", used ? ", " : "",
					 msrkit_vendor_name(all[i]));
	}
}

void render_model(char *buf, size_t len, const struct msrkit_model *m)
{
	if (m->model == MSRKIT_MODEL_ANY)
		snprintf(buf, len, "%02X_xxH", m->family);
	else
		snprintf(buf, len, "%02X_%02XH", m->family, m->model);
}

static const char *piece_name(const struct msrkit_decoded *d)
{
	return d->field ? d->field->name : "(reserved)";
}

static void raw_text(char *buf, size_t len, const struct msrkit_decoded *d)
{
	if (d->msb == d->lsb)
		snprintf(buf, len, "%llu", (unsigned long long)d->raw);
	else
		snprintf(buf, len, "0x%llx", (unsigned long long)d->raw);
}

/* Bits of a piece, as a mask. */
static uint64_t piece_mask(const struct msrkit_decoded *d)
{
	unsigned w = (unsigned)d->msb - d->lsb + 1u;

	return (w >= 64 ? ~UINT64_C(0) : (UINT64_C(1) << w) - 1) << d->lsb;
}

/* Row prefix: "* " marks pieces overlapping o->mark (register bits; control bits for control layouts). */
static const char *row_mark(const struct msrkit_decoded *d, const struct render_opts *o)
{
	return (piece_mask(d) & o->mark) ? "* " : "  ";
}

/* Whether o lets the row of d print. */
static bool row_shown(const struct msrkit_decoded *d, const struct render_opts *o)
{
	bool marked = (piece_mask(d) & o->mark) != 0;

	return o->only == 0 || (o->only > 0) == marked;
}

static void render_fields(FILE *f, const struct pieces *p, const struct render_opts *o)
{
	int wname = 5, wbits = 4, wraw = 3;
	char bits[16], raw[24], meaning[256];
	size_t i;

	for (i = 0; i < p->n; i++) {
		int l = (int)strlen(piece_name(&p->d[i]));

		render_bits(bits, sizeof(bits), p->d[i].lsb, p->d[i].msb);
		raw_text(raw, sizeof(raw), &p->d[i]);
		if (l > wname)
			wname = l;
		if ((int)strlen(bits) > wbits)
			wbits = (int)strlen(bits);
		if ((int)strlen(raw) > wraw)
			wraw = (int)strlen(raw);
	}
	if (p->n == 0) {
		/* A register whose layout is not published, holding 0. */
		if (!o->no_header)
			fputs("  no field is published for this register on this CPU; no bit is set\n", f);
		return;
	}
	if (!o->no_header)
		fprintf(f, "  %-*s  %-*s  %*s  %s\n", wbits, "bits", wname, "field", wraw, "raw", "meaning");
	for (i = 0; i < p->n; i++) {
		const struct msrkit_decoded *d = &p->d[i];

		if (!row_shown(d, o))
			continue;
		render_bits(bits, sizeof(bits), d->lsb, d->msb);
		raw_text(raw, sizeof(raw), d);
		msrkit_decoded_meaning(d, meaning, sizeof(meaning));
		fprintf(f, "%s%-*s  %-*s  %*s  %s\n", row_mark(d, o), wbits, bits, wname, piece_name(d), wraw, raw,
			meaning);
	}
}

static void render_controls(FILE *f, const struct msrkit_reg *reg, const struct pieces *p, const struct render_opts *o)
{
	int wname = 7;
	char meaning[256];
	size_t i;

	if (!o->no_header) {
		switch (reg->layout) {
		case MSRKIT_LAYOUT_CTLS_2X32:
			fputs("  allowed-0 settings in bits 31:0 (1 = must be 1), allowed-1 settings in bits 63:32 (0 = must be 0)\n", f);
			break;
		case MSRKIT_LAYOUT_CTLS_ALLOWED1:
			fputs("  allowed-1 settings only (1 = may be 1, 0 = must be 0)\n", f);
			break;
		case MSRKIT_LAYOUT_FIXED0:
			fputs("  a bit set here must be 1 in the control register during VMX operation\n", f);
			break;
		default:
			fputs("  a bit clear here must be 0 in the control register during VMX operation\n", f);
			break;
		}
	}
	for (i = 0; i < p->n; i++) {
		int l = (int)strlen(piece_name(&p->d[i]));

		if (l > wname)
			wname = l;
	}
	if (!o->no_header)
		fprintf(f, "  %-3s  %-*s  %s\n", "bit", wname,
			reg->layout == MSRKIT_LAYOUT_FIXED0 || reg->layout == MSRKIT_LAYOUT_FIXED1 ? "CR bit" : "control",
			"setting");
	for (i = 0; i < p->n; i++) {
		if (!row_shown(&p->d[i], o))
			continue;
		msrkit_decoded_meaning(&p->d[i], meaning, sizeof(meaning));
		fprintf(f, "%s%-3u  %-*s  %s\n", row_mark(&p->d[i], o), p->d[i].lsb, wname, piece_name(&p->d[i]),
			meaning);
	}
}

void render_reg_body(FILE *f, const struct msrkit_reg_ref *ref, uint64_t value, const struct msrkit_cpu *cpu,
		     const struct render_opts *o)
{
	static struct pieces p; /* large; the CLI is single-threaded here */
	static const struct render_opts all = { .desc = true };
	size_t i;
	bool reserved = false;

	if (!o)
		o = &all;
	if (!ref->reg) {
		fputs("  no definition in the database: raw value only\n", f);
		return;
	}
	if (o->desc)
		fprintf(f, "  %s\n", ref->reg->desc);
	p.n = 0;
	msrkit_decode(ref->reg, value, cpu, collect, &p);
	if (ref->reg->layout == MSRKIT_LAYOUT_FIELDS)
		render_fields(f, &p, o);
	else
		render_controls(f, ref->reg, &p, o);
	for (i = 0; i < p.n; i++)
		if (p.d[i].reserved && !p.d[i].is_control && row_shown(&p.d[i], o))
			reserved = true;
	if (reserved)
		fputs("  warning: reserved bits are set: the value is not what the manual defines "
		      "(wrong register, newer CPU, or a misreported value)\n", f);
}

void render_reg_text(FILE *f, const struct msrkit_reg_ref *ref, uint64_t value, const struct msrkit_cpu *cpu)
{
	char name[96];

	msrkit_reg_ref_name(ref, name, sizeof(name));
	if (!ref->reg)
		fprintf(f, "MSR 0x%x = 0x%016llx\n", ref->address, (unsigned long long)value);
	else
		fprintf(f, "%s (0x%x) = 0x%016llx\n", name, ref->address, (unsigned long long)value);
	render_reg_body(f, ref, value, cpu, NULL);
}

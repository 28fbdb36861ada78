/* SPDX-License-Identifier: MIT */
/* Field-level comparison of two values of a register. */
#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "fielddiff.h"

static uint64_t bits_mask(unsigned lsb, unsigned msb)
{
	unsigned w = msb - lsb + 1u;

	return (w >= 64 ? ~UINT64_C(0) : (UINT64_C(1) << w) - 1) << lsb;
}

void fdiff_hex(char *buf, size_t len, uint64_t v)
{
	snprintf(buf, len, "0x%" PRIx64, v);
}

static bool is_control_layout(enum msrkit_layout l)
{
	return l != MSRKIT_LAYOUT_FIELDS;
}

/* The bits of the value that hold control b. */
static uint64_t control_bits(enum msrkit_layout l, unsigned b)
{
	uint64_t m = UINT64_C(1) << b;

	return l == MSRKIT_LAYOUT_CTLS_2X32 ? m | (m << 32) : m;
}

static size_t add(struct fdiff_item *out, size_t n, const char *name, unsigned lsb, unsigned msb, bool control)
{
	if (n < FDIFF_MAX) {
		out[n].name = name;
		out[n].lsb = lsb;
		out[n].msb = msb;
		out[n].control = control;
		n++;
	}
	return n;
}

static size_t compare_controls(const struct msrkit_reg *reg, uint64_t a, uint64_t b, uint64_t ignore,
			       struct fdiff_item *out)
{
	unsigned nbits = reg->layout == MSRKIT_LAYOUT_CTLS_2X32 ? 32 : 64, bit;
	uint64_t d = (a ^ b) & ~ignore;
	size_t n = 0, fi = 0;

	for (bit = 0; bit < nbits; bit++) {
		const char *name = NULL;

		while (fi < reg->nfields && reg->fields[fi].lsb < bit)
			fi++;
		if (fi < reg->nfields && reg->fields[fi].lsb == bit)
			name = reg->fields[fi].name;
		if (d & control_bits(reg->layout, bit))
			n = add(out, n, name, bit, bit, true);
	}
	return n;
}

size_t fdiff_compare(const struct msrkit_reg *reg, uint64_t a, uint64_t b, const struct msrkit_cpu *cpu_a,
		     uint64_t ignore, struct fdiff_item *out)
{
	uint64_t d = (a ^ b) & ~ignore, reserved;
	size_t n = 0, i;
	unsigned bit;

	if (!d)
		return 0;
	if (is_control_layout(reg->layout))
		return compare_controls(reg, a, b, ignore, out);
	reserved = msrkit_reg_reserved_mask(reg, cpu_a);
	/* Fields and reserved runs, in bit order: walk the bits. */
	for (bit = 0; bit < 64;) {
		const struct msrkit_field *f = NULL;

		for (i = 0; i < reg->nfields; i++)
			if (reg->fields[i].lsb == bit) {
				f = &reg->fields[i];
				break;
			}
		if (f) {
			unsigned msb = msrkit_field_msb(f, cpu_a);

			if (d & bits_mask(bit, msb))
				n = add(out, n, f->name, bit, msb, false);
			bit = msb + 1u;
			continue;
		}
		if ((reserved >> bit) & (d >> bit) & 1) {
			unsigned e = bit;

			/* A run of differing reserved bits. */
			while (e + 1 < 64 && ((reserved & d) >> (e + 1)) & 1)
				e++;
			n = add(out, n, NULL, bit, e, false);
			bit = e + 1u;
			continue;
		}
		bit++;
	}
	return n;
}

static int item_cmp(const struct fdiff_item *x, const struct fdiff_item *y)
{
	if (x->lsb != y->lsb)
		return x->lsb < y->lsb ? -1 : 1;
	if (x->msb != y->msb)
		return x->msb < y->msb ? -1 : 1;
	return 0;
}

size_t fdiff_merge(struct fdiff_item *dst, size_t n, const struct fdiff_item *src, size_t m)
{
	size_t i, j;

	for (j = 0; j < m; j++) {
		for (i = 0; i < n && item_cmp(&dst[i], &src[j]) < 0; i++)
			;
		if (i < n && item_cmp(&dst[i], &src[j]) == 0)
			continue;
		if (n == FDIFF_MAX)
			break;
		memmove(&dst[i + 1], &dst[i], (n - i) * sizeof(dst[0]));
		dst[i] = src[j];
		n++;
	}
	return n;
}

static const struct msrkit_field *field_at(const struct msrkit_reg *reg, unsigned lsb)
{
	size_t i;

	for (i = 0; i < reg->nfields; i++)
		if (reg->fields[i].lsb == lsb)
			return &reg->fields[i];
	return NULL;
}

/* The settings a capability layout gives control b in value v, as the
 * decode engine computes them (SDM Vol. 3D Appendix A). */
static void control_piece(const struct msrkit_reg *reg, unsigned b, uint64_t v, struct msrkit_decoded *d)
{
	bool a0, a1;

	switch (reg->layout) {
	case MSRKIT_LAYOUT_CTLS_2X32:
		a0 = (v >> b) & 1;
		a1 = (v >> (32 + b)) & 1;
		break;
	case MSRKIT_LAYOUT_CTLS_ALLOWED1:
	case MSRKIT_LAYOUT_FIXED1:
		a0 = false;
		a1 = (v >> b) & 1;
		break;
	default: /* FIXED0 */
		a0 = (v >> b) & 1;
		a1 = true;
		break;
	}
	d->is_control = true;
	d->layout = reg->layout;
	d->may_be_0 = !a0;
	d->may_be_1 = a1;
	d->setting = a0 && !a1 ? MSRKIT_SETTING_INVALID
		   : a0        ? MSRKIT_SETTING_MUST1
		   : !a1       ? MSRKIT_SETTING_MUST0
			       : MSRKIT_SETTING_EITHER;
	d->raw = a1 << 1 | a0;
}

void fdiff_show(const struct msrkit_reg *reg, const struct fdiff_item *it, uint64_t v, const struct msrkit_cpu *cpu,
		char *raw, size_t rawlen, char *meaning, size_t mlen)
{
	struct msrkit_decoded d = { 0 };
	char dec[32];

	d.lsb = (uint8_t)it->lsb;
	d.msb = (uint8_t)it->msb;
	d.cpu = cpu;
	d.field = it->name ? field_at(reg, it->lsb) : NULL;
	d.reserved = d.field == NULL;
	if (it->control) {
		control_piece(reg, it->lsb, v, &d);
		snprintf(raw, rawlen, "%s", "");
		msrkit_decoded_meaning(&d, meaning, mlen);
		return;
	}
	d.raw = (v & bits_mask(it->lsb, it->msb)) >> it->lsb;
	if (it->msb == it->lsb)
		snprintf(raw, rawlen, "%" PRIu64, d.raw);
	else
		fdiff_hex(raw, rawlen, d.raw);
	if (!d.field) {
		snprintf(meaning, mlen, "%s", "");
		return;
	}
	msrkit_decoded_meaning(&d, meaning, mlen);
	/* A meaning that only repeats the number adds nothing. */
	snprintf(dec, sizeof(dec), "%" PRIu64, d.raw);
	if (!strcmp(meaning, raw) || !strcmp(meaning, dec))
		snprintf(meaning, mlen, "%s", "");
}

void fdiff_label(const struct fdiff_item *it, char *buf, size_t len)
{
	const char *name = it->name ? it->name : it->control ? "(unnamed control)" : "(reserved)";

	if (it->lsb == it->msb)
		snprintf(buf, len, "%s (bit %u)", name, it->lsb);
	else
		snprintf(buf, len, "%s (bits %u:%u)", name, it->msb, it->lsb);
}

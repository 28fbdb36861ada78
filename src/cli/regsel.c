/* SPDX-License-Identifier: MIT */
/* "REG.FIELD" selection and field values, for read and write. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "cli.h"
#include "regsel.h"

static uint64_t low_mask(unsigned width)
{
	return width >= 64 ? ~UINT64_C(0) : (UINT64_C(1) << width) - 1;
}

uint64_t regsel_field_mask(const struct msrkit_field *f, const struct msrkit_cpu *cpu)
{
	unsigned msb = msrkit_field_msb(f, cpu);

	return low_mask(msb - f->lsb + 1u) << f->lsb;
}

enum msrkit_access regsel_field_access(const struct msrkit_reg *reg, const struct msrkit_field *f)
{
	return f->access != MSRKIT_ACCESS_UNSPECIFIED ? f->access : reg->access;
}

void regsel_field_bits(const struct msrkit_field *f, const struct msrkit_cpu *cpu, char *buf, size_t len)
{
	unsigned msb = msrkit_field_msb(f, cpu);

	if (msb == f->lsb)
		snprintf(buf, len, "bit %u", f->lsb);
	else
		snprintf(buf, len, "bits %u:%u", msb, f->lsb);
}

const struct msrkit_field *regsel_find_field(const struct msrkit_reg *reg, const char *name, size_t len)
{
	size_t i;

	for (i = 0; i < reg->nfields; i++)
		if (strlen(reg->fields[i].name) == len && strncasecmp(reg->fields[i].name, name, len) == 0)
			return &reg->fields[i];
	return NULL;
}

size_t regsel_field_list(const struct msrkit_reg *reg, char *buf, size_t len)
{
	size_t used = 0, i;

	if (len)
		buf[0] = '\0';
	for (i = 0; i < reg->nfields; i++) {
		int k = snprintf(used < len ? buf + used : NULL, used < len ? len - used : 0, "%s%s", i ? ", " : "",
				 reg->fields[i].name);

		if (k > 0)
			used += (size_t)k;
	}
	return used;
}

bool regsel_parse(const char *arg, const struct msrkit_cpu *cpu, struct regsel *out)
{
	const char *dot = strchr(arg, '.');
	char name[128], list[2048];
	size_t n;

	memset(out, 0, sizeof(*out));
	if (!dot)
		return cli_parse_reg(arg, cpu, &out->ref);
	n = (size_t)(dot - arg);
	if (n == 0 || n >= sizeof(name)) {
		cli_error("invalid register '%s': write REG or REG.FIELD, e.g. IA32_FEATURE_CONTROL.LOCK", arg);
		return false;
	}
	memcpy(name, arg, n);
	name[n] = '\0';
	if (!cli_parse_reg(name, cpu, &out->ref))
		return false;
	if (!out->ref.reg) {
		cli_error("MSR 0x%x has no definition in the database, so it has no fields; read the whole register",
			  out->ref.address);
		return false;
	}
	msrkit_reg_ref_name(&out->ref, name, sizeof(name));
	out->field = regsel_find_field(out->ref.reg, dot + 1, strlen(dot + 1));
	if (!out->field) {
		regsel_field_list(out->ref.reg, list, sizeof(list));
		cli_error("%s has no field '%s'; its fields are %s", name, dot + 1, list);
		return false;
	}
	return true;
}

/* A value name of f, in any case. */
static bool named_value(const struct msrkit_field *f, const char *text, uint64_t *raw)
{
	size_t i;

	for (i = 0; i < f->nvalues; i++)
		if (f->values[i].name && strcasecmp(f->values[i].name, text) == 0) {
			*raw = f->values[i].value;
			return true;
		}
	return false;
}

bool regsel_field_value(const struct msrkit_field *f, const struct msrkit_cpu *cpu, const char *text, uint64_t *raw,
			char *err, size_t errlen)
{
	unsigned width = msrkit_field_msb(f, cpu) - f->lsb + 1u;
	uint64_t max = low_mask(width), v, limit;
	char bits[32];
	int rc;

	regsel_field_bits(f, cpu, bits, sizeof(bits));
	if (f->kind == MSRKIT_KIND_SIGNED && text[0] == '-') {
		/* Two's complement of width bits: -2^(width-1) .. -1. */
		rc = msrkit_parse_u64(text + 1, &v);
		if (rc) {
			snprintf(err, errlen, "invalid value '%s' for %s: %s", text, f->name, msrkit_parse_strerror(rc));
			return false;
		}
		limit = width >= 64 ? UINT64_C(1) << 63 : UINT64_C(1) << (width - 1);
		if (v > limit) {
			snprintf(err, errlen, "%s does not fit %s (%s, signed): the smallest value is -%llu", text, f->name,
				 bits, (unsigned long long)limit);
			return false;
		}
		*raw = (~v + 1) & max;
		return true;
	}
	rc = msrkit_parse_u64(text, &v);
	if (rc) {
		if (named_value(f, text, raw))
			return true;
		if (f->nvalues)
			snprintf(err, errlen, "invalid value '%s' for %s: not a number or one of its value names "
					      "('msrkit describe' lists them)", text, f->name);
		else
			snprintf(err, errlen, "invalid value '%s' for %s: %s", text, f->name, msrkit_parse_strerror(rc));
		return false;
	}
	if (v > max) {
		snprintf(err, errlen, "%s does not fit %s (%s): the largest value is %llu (0x%llx)", text, f->name, bits,
			 (unsigned long long)max, (unsigned long long)max);
		return false;
	}
	*raw = v;
	return true;
}

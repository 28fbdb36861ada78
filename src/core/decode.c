/* SPDX-License-Identifier: MIT */
/* The decode engine: register + value -> fields with raw values and meanings. */
#include <msrkit/decode.h>

#include "fmt.h"

static uint64_t mask_of(unsigned width)
{
	return width >= 64 ? ~UINT64_C(0) : (UINT64_C(1) << width) - 1;
}

uint8_t msrkit_field_msb(const struct msrkit_field *f, const struct msrkit_cpu *cpu)
{
	unsigned msb = (unsigned)f->lsb + f->width - 1u;

	/* Address fields end at MAXPHYADDR-1 on the actual CPU. */
	if ((f->flags & MSRKIT_FIELD_MAXPHYADDR) && cpu && cpu->maxphyaddr > f->lsb &&
	    cpu->maxphyaddr - 1u < msb)
		msb = cpu->maxphyaddr - 1u;
	return (uint8_t)msb;
}

static bool is_control_layout(enum msrkit_layout l)
{
	return l != MSRKIT_LAYOUT_FIELDS;
}

uint64_t msrkit_reg_reserved_mask(const struct msrkit_reg *reg, const struct msrkit_cpu *cpu)
{
	uint64_t covered = 0;
	size_t i;

	if (is_control_layout(reg->layout))
		return 0;
	for (i = 0; i < reg->nfields; i++) {
		const struct msrkit_field *f = &reg->fields[i];
		unsigned msb = msrkit_field_msb(f, cpu);

		covered |= mask_of(msb - f->lsb + 1u) << f->lsb;
	}
	return ~covered;
}

/* Reports the reserved runs of set bits in [from, to). */
static int reserved_runs(uint64_t value, uint64_t set, unsigned from, unsigned to, const struct msrkit_cpu *cpu,
			 msrkit_decode_fn fn, void *arg)
{
	unsigned b = from;

	while (b < to) {
		struct msrkit_decoded d = { 0 };
		unsigned e;
		int rc;

		if (!((set >> b) & 1)) {
			b++;
			continue;
		}
		for (e = b; e + 1 < to && ((set >> (e + 1)) & 1); e++)
			;
		d.lsb = (uint8_t)b;
		d.msb = (uint8_t)e;
		d.raw = (set >> b) & mask_of(e - b + 1);
		d.value = value;
		d.reserved = true;
		d.cpu = cpu;
		rc = fn(arg, &d);
		if (rc)
			return rc;
		b = e + 1;
	}
	return 0;
}

static int decode_fields(const struct msrkit_reg *reg, uint64_t value, const struct msrkit_cpu *cpu,
			 msrkit_decode_fn fn, void *arg)
{
	uint64_t reserved_set = value & msrkit_reg_reserved_mask(reg, cpu);
	unsigned next = 0; /* reserved bits below this are already reported */
	size_t i;
	int rc;

	/* Fields are sorted by lsb (the table tests check it). */
	for (i = 0; i < reg->nfields; i++) {
		const struct msrkit_field *f = &reg->fields[i];
		struct msrkit_decoded d = { 0 };

		rc = reserved_runs(value, reserved_set, next, f->lsb, cpu, fn, arg);
		if (rc)
			return rc;
		d.field = f;
		d.lsb = f->lsb;
		d.msb = msrkit_field_msb(f, cpu);
		d.raw = (value >> f->lsb) & mask_of(d.msb - d.lsb + 1u);
		d.value = value;
		d.cpu = cpu;
		rc = fn(arg, &d);
		if (rc)
			return rc;
		next = (unsigned)d.msb + 1u;
	}
	return reserved_runs(value, reserved_set, next, 64, cpu, fn, arg);
}

/* The capability of control bit b under the register's layout. */
static void control_setting(enum msrkit_layout layout, uint64_t value, unsigned b, struct msrkit_decoded *d)
{
	bool a0, a1;

	switch (layout) {
	case MSRKIT_LAYOUT_CTLS_2X32:
		a0 = (value >> b) & 1;        /* allowed-0 setting: 1 = must be 1 */
		a1 = (value >> (32 + b)) & 1; /* allowed-1 setting: 1 = may be 1 */
		d->raw = ((uint64_t)a1 << 1) | a0;
		break;
	case MSRKIT_LAYOUT_CTLS_ALLOWED1:
		a0 = false;
		a1 = (value >> b) & 1;
		d->raw = a1;
		break;
	case MSRKIT_LAYOUT_FIXED0: /* set: the CR bit must be 1 */
		a0 = (value >> b) & 1;
		a1 = true;
		d->raw = a0;
		break;
	default: /* FIXED1: clear: the CR bit must be 0 */
		a0 = false;
		a1 = (value >> b) & 1;
		d->raw = a1;
		break;
	}
	d->is_control = true;
	d->layout = layout;
	d->may_be_0 = !a0;
	d->may_be_1 = a1;
	if (a0 && !a1)
		d->setting = MSRKIT_SETTING_INVALID;
	else if (a0)
		d->setting = MSRKIT_SETTING_MUST1;
	else if (!a1)
		d->setting = MSRKIT_SETTING_MUST0;
	else
		d->setting = MSRKIT_SETTING_EITHER;
}

/* Is an unnamed control bit worth reporting? Only when it departs from what
 * a reserved bit of its kind normally shows. */
static bool unnamed_notable(const struct msrkit_reg *reg, unsigned b, const struct msrkit_decoded *d)
{
	switch (reg->layout) {
	case MSRKIT_LAYOUT_CTLS_2X32:
		/* default1 reserved controls are forced (legacy) or free (TRUE). */
		if ((reg->default1 >> b) & 1)
			return false;
		return d->setting != MSRKIT_SETTING_MUST0;
	case MSRKIT_LAYOUT_FIXED0:
		return d->setting == MSRKIT_SETTING_MUST1;
	case MSRKIT_LAYOUT_FIXED1:
		/* CPUs report reserved CR0 bits as "may be 1" (CR0_FIXED1 is
		 * usually 0xffffffff): that fixes nothing, so it is not news. */
		return false;
	default: /* ALLOWED1: a reserved control that may be 1 */
		return d->may_be_1;
	}
}

static int decode_controls(const struct msrkit_reg *reg, uint64_t value, const struct msrkit_cpu *cpu,
			   msrkit_decode_fn fn, void *arg)
{
	unsigned nbits = reg->layout == MSRKIT_LAYOUT_CTLS_2X32 ? 32 : 64;
	size_t fi = 0;
	unsigned b;
	int rc;

	for (b = 0; b < nbits; b++) {
		struct msrkit_decoded d = { 0 };
		bool named = fi < reg->nfields && reg->fields[fi].lsb == b;

		control_setting(reg->layout, value, b, &d);
		d.lsb = d.msb = (uint8_t)b;
		d.value = value;
		d.cpu = cpu;
		if (named) {
			d.field = &reg->fields[fi++];
		} else if (unnamed_notable(reg, b, &d)) {
			d.reserved = true;
		} else {
			continue;
		}
		rc = fn(arg, &d);
		if (rc)
			return rc;
	}
	return 0;
}

int msrkit_decode(const struct msrkit_reg *reg, uint64_t value, const struct msrkit_cpu *cpu,
		  msrkit_decode_fn fn, void *arg)
{
	if (is_control_layout(reg->layout))
		return decode_controls(reg, value, cpu, fn, arg);
	return decode_fields(reg, value, cpu, fn, arg);
}

struct field_search {
	const struct msrkit_field *field;
	struct msrkit_decoded *out;
};

static int find_field(void *arg, const struct msrkit_decoded *d)
{
	struct field_search *fs = arg;

	if (d->field != fs->field)
		return 0;
	*fs->out = *d;
	return 1; /* found: stop the walk */
}

bool msrkit_decode_field(const struct msrkit_reg *reg, const struct msrkit_field *field, uint64_t value,
			 const struct msrkit_cpu *cpu, struct msrkit_decoded *out)
{
	struct field_search fs = { .field = field, .out = out };

	return field && msrkit_decode(reg, value, cpu, find_field, &fs) == 1;
}

/* ---- meanings ---- */

static const struct msrkit_value_name *value_name(const struct msrkit_field *f, uint64_t raw)
{
	size_t i;

	for (i = 0; i < f->nvalues; i++)
		if (f->values[i].value == raw)
			return &f->values[i];
	return NULL;
}

static void put_value_name(struct msrkit_out *o, const struct msrkit_value_name *v)
{
	if (v->name && v->desc) {
		msrkit_out_str(o, v->name);
		msrkit_out_str(o, ": ");
		msrkit_out_str(o, v->desc);
	} else {
		msrkit_out_str(o, v->name ? v->name : v->desc ? v->desc : "");
	}
}

/* Reads bits [lsb, lsb+width) of another register of the same CPU. */
static bool other_field(const struct msrkit_cpu *cpu, uint32_t address, unsigned lsb, unsigned width, uint64_t *out)
{
	uint64_t v;

	if (!cpu || !cpu->rdmsr || cpu->rdmsr(cpu->ctx, address, &v))
		return false;
	*out = (v >> lsb) & mask_of(width);
	return true;
}

/* RAPL units: Intel MSR_RAPL_POWER_UNIT (0x606), AMD/Hygon 0xC0010299;
 * same layout. lsb selects power (0), energy (8) or time (16). */
static bool rapl_unit(const struct msrkit_cpu *cpu, unsigned lsb, uint64_t *shift)
{
	uint32_t addr = (cpu && (cpu->vendor & (MSRKIT_VENDOR_AMD | MSRKIT_VENDOR_HYGON))) ? 0xC0010299u : 0x606u;

	return other_field(cpu, addr, lsb, lsb == 8 ? 5 : 4, shift);
}

static void put_unit_needed(struct msrkit_out *o, uint64_t raw, const char *what)
{
	msrkit_out_dec(o, raw);
	msrkit_out_str(o, " (raw; ");
	msrkit_out_str(o, what);
	msrkit_out_str(o, " unknown)");
}

/* "1/2^n W (0.125 W)": the size of one step of a RAPL field; values below a
 * thousandth in the unit's micro form ("61.035 uJ"). */
static void put_inverse_pow2(struct msrkit_out *o, uint64_t n, const char *unit)
{
	msrkit_out_str(o, "1/2^");
	msrkit_out_dec(o, n);
	msrkit_out_char(o, ' ');
	msrkit_out_str(o, unit);
	if (n > 40)
		return;
	msrkit_out_str(o, " (");
	if (n <= 9) {
		msrkit_out_fixed(o, 1, (unsigned)n, 9);
		msrkit_out_char(o, ' ');
	} else {
		msrkit_out_fixed(o, 1000000, (unsigned)n, 3);
		msrkit_out_str(o, " µ");
	}
	msrkit_out_str(o, unit);
	msrkit_out_char(o, ')');
}

/* "2^n mW (32 mW)". */
static void put_pow2(struct msrkit_out *o, uint64_t n, const char *unit)
{
	msrkit_out_str(o, "2^");
	msrkit_out_dec(o, n);
	msrkit_out_char(o, ' ');
	msrkit_out_str(o, unit);
	if (n >= 64)
		return;
	msrkit_out_str(o, " (");
	msrkit_out_dec(o, UINT64_C(1) << n);
	msrkit_out_char(o, ' ');
	msrkit_out_str(o, unit);
	msrkit_out_char(o, ')');
}

static void put_number(struct msrkit_out *o, const struct msrkit_decoded *d)
{
	const struct msrkit_field *f = d->field;
	uint64_t v = d->raw, shift, tj;

	if (f->flags & MSRKIT_FIELD_PLUS_ONE)
		v++;
	if (f->scale > 1)
		v *= f->scale;
	switch (f->unit) {
	case MSRKIT_UNIT_NONE:
	case MSRKIT_UNIT_COUNT:
		msrkit_out_dec(o, v);
		break;
	case MSRKIT_UNIT_BYTES:
		msrkit_out_dec(o, v);
		msrkit_out_str(o, v == 1 ? " byte" : " bytes");
		break;
	case MSRKIT_UNIT_BITS:
		msrkit_out_dec(o, v);
		msrkit_out_str(o, v == 1 ? " bit" : " bits");
		break;
	case MSRKIT_UNIT_CELSIUS:
		msrkit_out_dec(o, v);
		msrkit_out_str(o, " °C");
		break;
	case MSRKIT_UNIT_RATIO:
		msrkit_out_str(o, "ratio ");
		msrkit_out_dec(o, v);
		break;
	case MSRKIT_UNIT_MHZ:
		msrkit_out_dec(o, v);
		msrkit_out_str(o, " MHz");
		break;
	case MSRKIT_UNIT_MHZ_100:
		msrkit_out_str(o, "ratio ");
		msrkit_out_dec(o, v);
		msrkit_out_str(o, " (");
		msrkit_out_dec(o, v * 100);
		msrkit_out_str(o, " MHz at 100 MHz bus clock)");
		break;
	case MSRKIT_UNIT_TSC_SHIFT:
		if (v < 64) {
			msrkit_out_str(o, "every ");
			msrkit_out_dec(o, UINT64_C(1) << v);
			msrkit_out_str(o, " TSC cycles (2^");
			msrkit_out_dec(o, v);
			msrkit_out_char(o, ')');
		} else {
			msrkit_out_dec(o, v);
		}
		break;
	case MSRKIT_UNIT_TJMAX_DELTA:
		if (other_field(d->cpu, 0x1A2, 16, 8, &tj) && tj) {
			msrkit_out_sdec(o, (int64_t)tj - (int64_t)v);
			msrkit_out_str(o, " °C (TjMax ");
			msrkit_out_dec(o, tj);
			msrkit_out_str(o, " - ");
			msrkit_out_dec(o, v);
			msrkit_out_char(o, ')');
		} else {
			msrkit_out_dec(o, v);
			msrkit_out_str(o, " °C below TjMax");
		}
		break;
	case MSRKIT_UNIT_RAPL_POWER:
		if (rapl_unit(d->cpu, 0, &shift)) {
			msrkit_out_fixed(o, v, (unsigned)shift, 3);
			msrkit_out_str(o, " W");
		} else {
			put_unit_needed(o, v, "RAPL power unit");
		}
		break;
	case MSRKIT_UNIT_RAPL_ENERGY:
		if (rapl_unit(d->cpu, 8, &shift)) {
			msrkit_out_fixed(o, v, (unsigned)shift, 6);
			msrkit_out_str(o, " J");
		} else {
			put_unit_needed(o, v, "RAPL energy unit");
		}
		break;
	case MSRKIT_UNIT_RAPL_TIME:
		if (rapl_unit(d->cpu, 16, &shift)) {
			msrkit_out_fixed(o, v, (unsigned)shift, 6);
			msrkit_out_str(o, " s");
		} else {
			put_unit_needed(o, v, "RAPL time unit");
		}
		break;
	case MSRKIT_UNIT_RAPL_TIME_WINDOW: {
		/* 2^Y * (1 + Z/4) time units: Y = bits 4:0, Z = bits 6:5. */
		uint64_t y = v & 0x1f, z = (v >> 5) & 3;

		if (rapl_unit(d->cpu, 16, &shift) && y + 2 < 62) {
			msrkit_out_fixed(o, (4 + z) << y, (unsigned)shift + 2, 6);
			msrkit_out_str(o, " s");
		} else {
			put_unit_needed(o, v, "RAPL time unit");
		}
		break;
	}
	case MSRKIT_UNIT_WATTS_EIGHTH:
		msrkit_out_fixed(o, v, 3, 3);
		msrkit_out_str(o, " W");
		break;
	case MSRKIT_UNIT_RAPL_POWER_MW:
		if (rapl_unit(d->cpu, 0, &shift) && v < (UINT64_C(1) << (63 - shift))) {
			msrkit_out_decimal(o, v << shift, 3);
			msrkit_out_str(o, " W");
		} else {
			put_unit_needed(o, v, "RAPL power unit");
		}
		break;
	case MSRKIT_UNIT_RAPL_ENERGY_UJ:
		if (rapl_unit(d->cpu, 8, &shift) && shift < 32 && v < (UINT64_C(1) << (63 - shift))) {
			msrkit_out_decimal(o, v << shift, 6);
			msrkit_out_str(o, " J");
		} else {
			put_unit_needed(o, v, "RAPL energy unit");
		}
		break;
	case MSRKIT_UNIT_SECONDS:
		msrkit_out_dec(o, v);
		msrkit_out_str(o, " s");
		break;
	case MSRKIT_UNIT_AMPS_EIGHTH:
		msrkit_out_fixed(o, v, 3, 3);
		msrkit_out_str(o, " A");
		break;
	case MSRKIT_UNIT_VOLTS_8192:
		msrkit_out_fixed(o, v, 13, 4);
		msrkit_out_str(o, " V");
		break;
	case MSRKIT_UNIT_JOULES_2_16:
		msrkit_out_fixed(o, v, 16, 6);
		msrkit_out_str(o, " J");
		break;
	case MSRKIT_UNIT_AMD_COF_DFS: {
		uint64_t dfs = (d->value >> 8) & 0x3f;

		if (dfs) {
			/* rounded to the nearest MHz */
			msrkit_out_dec(o, (v * 200 + dfs / 2) / dfs);
			msrkit_out_str(o, " MHz (");
			msrkit_out_dec(o, v);
			msrkit_out_str(o, " x 200 MHz / divisor ");
			msrkit_out_dec(o, dfs);
			msrkit_out_char(o, ')');
		} else {
			msrkit_out_dec(o, v);
			msrkit_out_str(o, " (divisor 0: clock off)");
		}
		break;
	}
	case MSRKIT_UNIT_AMD_COF_DID: {
		uint64_t did = (d->value >> 6) & 0x7;

		msrkit_out_dec(o, (100 * (v + 0x10)) >> did);
		msrkit_out_str(o, " MHz (100 MHz x (");
		msrkit_out_dec(o, v);
		msrkit_out_str(o, " + 16) / 2^");
		msrkit_out_dec(o, did);
		msrkit_out_char(o, ')');
		break;
	}
	case MSRKIT_UNIT_INV_POW2_W:
		put_inverse_pow2(o, v, "W");
		break;
	case MSRKIT_UNIT_INV_POW2_J:
		put_inverse_pow2(o, v, "J");
		break;
	case MSRKIT_UNIT_INV_POW2_S:
		put_inverse_pow2(o, v, "s");
		break;
	case MSRKIT_UNIT_POW2_MW:
		put_pow2(o, v, "mW");
		break;
	case MSRKIT_UNIT_POW2_UJ:
		put_pow2(o, v, "µJ");
		break;
	case MSRKIT_UNIT_SHARE_255:
		msrkit_out_decimal(o, (v * 1000 + 127) / 255, 1);
		msrkit_out_str(o, " %");
		break;
	default:
		msrkit_out_dec(o, v);
		break;
	}
}

static void put_control(struct msrkit_out *o, const struct msrkit_decoded *d)
{
	switch (d->setting) {
	case MSRKIT_SETTING_EITHER:
		msrkit_out_str(o, "either: may be 0 or 1");
		break;
	case MSRKIT_SETTING_MUST0:
		msrkit_out_str(o, "must be 0: not supported");
		break;
	case MSRKIT_SETTING_MUST1:
		msrkit_out_str(o, "must be 1: forced on");
		break;
	default:
		msrkit_out_str(o, "invalid: allowed-0 is 1 but allowed-1 is 0");
		break;
	}
	if (d->reserved)
		msrkit_out_str(o, " (reserved control bit)");
}

static void put_fixed(struct msrkit_out *o, const struct msrkit_decoded *d)
{
	if (d->setting == MSRKIT_SETTING_MUST1)
		msrkit_out_str(o, "must be 1 in VMX operation");
	else if (d->setting == MSRKIT_SETTING_MUST0)
		msrkit_out_str(o, "must be 0 in VMX operation");
	else if (d->layout == MSRKIT_LAYOUT_FIXED0)
		msrkit_out_str(o, "may be 0");
	else
		msrkit_out_str(o, "may be 1");
	if (d->reserved)
		msrkit_out_str(o, " (reserved bit)");
}

size_t msrkit_decoded_meaning(const struct msrkit_decoded *d, char *buf, size_t len)
{
	struct msrkit_out o;
	const struct msrkit_field *f = d->field;
	const struct msrkit_value_name *vn;

	msrkit_out_init(&o, buf, len);
	if (d->is_control) {
		/* FIXED layouts speak of CR bits; the others of VMX controls. */
		if (d->layout == MSRKIT_LAYOUT_FIXED0 || d->layout == MSRKIT_LAYOUT_FIXED1)
			put_fixed(&o, d);
		else
			put_control(&o, d);
		return msrkit_out_finish(&o);
	}
	if (!f) {
		msrkit_out_str(&o, "reserved bits set: ");
		msrkit_out_hex(&o, d->raw, 1);
		return msrkit_out_finish(&o);
	}
	vn = value_name(f, d->raw);
	if (vn) {
		put_value_name(&o, vn);
		return msrkit_out_finish(&o);
	}
	switch (f->kind) {
	case MSRKIT_KIND_FLAG:
		msrkit_out_str(&o, d->raw ? "yes" : "no");
		break;
	case MSRKIT_KIND_ENUM:
		msrkit_out_str(&o, "undefined value ");
		msrkit_out_dec(&o, d->raw);
		break;
	case MSRKIT_KIND_HEX:
		msrkit_out_hex(&o, d->raw, 1);
		break;
	case MSRKIT_KIND_ADDRESS:
		msrkit_out_hex(&o, d->raw << d->lsb, 1);
		break;
	case MSRKIT_KIND_SIGNED: {
		unsigned w = (unsigned)d->msb - d->lsb + 1u;
		uint64_t sign = UINT64_C(1) << (w - 1);
		int64_t s = (w < 64 && (d->raw & sign)) ? -(int64_t)((~d->raw & (sign - 1)) + 1)
							: (int64_t)d->raw;

		msrkit_out_sdec(&o, s);
		break;
	}
	default:
		put_number(&o, d);
		break;
	}
	return msrkit_out_finish(&o);
}

const char *msrkit_access_name(enum msrkit_access a)
{
	switch (a) {
	case MSRKIT_RW: return "RW";
	case MSRKIT_RO: return "RO";
	case MSRKIT_WO: return "WO";
	case MSRKIT_RWO: return "RWO";
	case MSRKIT_RWL: return "RWL";
	case MSRKIT_RW1C: return "RW1C";
	case MSRKIT_RW0C: return "RW0C";
	case MSRKIT_RW1S: return "RW1S";
	default: return "-";
	}
}

const char *msrkit_scope_name(enum msrkit_scope s)
{
	switch (s) {
	case MSRKIT_SCOPE_THREAD: return "thread";
	case MSRKIT_SCOPE_CORE: return "core";
	case MSRKIT_SCOPE_MODULE: return "module";
	case MSRKIT_SCOPE_DIE: return "die";
	case MSRKIT_SCOPE_PACKAGE: return "package";
	default: return "unspecified";
	}
}

const char *msrkit_setting_name(enum msrkit_setting s)
{
	switch (s) {
	case MSRKIT_SETTING_EITHER: return "either";
	case MSRKIT_SETTING_MUST0: return "must-be-0";
	case MSRKIT_SETTING_MUST1: return "must-be-1";
	default: return "invalid";
	}
}

/* SPDX-License-Identifier: MIT */
/* CPU identity from CPUID, and register applicability. */
#include <msrkit/cpu.h>

#include "fmt.h"

static bool cpuid(const struct msrkit_cpu *cpu, uint32_t leaf, uint32_t sub, uint32_t out[4])
{
	return cpu && cpu->cpuid && cpu->cpuid(cpu->ctx, leaf, sub, out);
}

uint32_t msrkit_vendor_from_string(const char vendor[12])
{
	static const struct {
		const char *id;
		uint32_t vendor;
	} known[] = {
		{ "GenuineIntel", MSRKIT_VENDOR_INTEL },
		{ "AuthenticAMD", MSRKIT_VENDOR_AMD },
		{ "HygonGenuine", MSRKIT_VENDOR_HYGON },
		{ "CentaurHauls", MSRKIT_VENDOR_CENTAUR },
		{ "  Shanghai  ", MSRKIT_VENDOR_CENTAUR },
		{ "GenuineTMx86", MSRKIT_VENDOR_OTHER },
		{ "TransmetaCPU", MSRKIT_VENDOR_OTHER },
	};
	size_t i, j;

	for (i = 0; i < sizeof(known) / sizeof(known[0]); i++) {
		for (j = 0; j < 12 && vendor[j] == known[i].id[j]; j++)
			;
		if (j == 12)
			return known[i].vendor;
	}
	return 0;
}

const char *msrkit_vendor_name(uint32_t vendor)
{
	switch (vendor) {
	case MSRKIT_VENDOR_INTEL: return "Intel";
	case MSRKIT_VENDOR_AMD: return "AMD";
	case MSRKIT_VENDOR_HYGON: return "Hygon";
	case MSRKIT_VENDOR_CENTAUR: return "Centaur/Zhaoxin";
	case MSRKIT_VENDOR_OTHER: return "other";
	default: return "unknown";
	}
}

int msrkit_cpu_identify(struct msrkit_cpu *cpu)
{
	uint32_t r[4], max_ext = 0;
	char id[12];
	unsigned i;

	if (!cpuid(cpu, 0, 0, r))
		return -1;
	for (i = 0; i < 4; i++) {
		/* The vendor string is EBX, EDX, ECX. */
		id[i] = (char)(r[1] >> (8 * i));
		id[4 + i] = (char)(r[3] >> (8 * i));
		id[8 + i] = (char)(r[2] >> (8 * i));
	}
	cpu->vendor = msrkit_vendor_from_string(id);
	if (r[0] >= 1 && cpuid(cpu, 1, 0, r)) {
		uint32_t base_family = (r[0] >> 8) & 0xf;
		uint32_t base_model = (r[0] >> 4) & 0xf;

		cpu->stepping = r[0] & 0xf;
		cpu->family = base_family;
		cpu->model = base_model;
		if (base_family == 0xf)
			cpu->family += (r[0] >> 20) & 0xff;
		/* The extended model counts from base family 6 up (Intel 6,
		 * Zhaoxin 7, AMD and Intel 15), as Linux computes it. */
		if (base_family >= 0x6)
			cpu->model |= ((r[0] >> 16) & 0xf) << 4;
		/* Without leaf 0x80000008: 36 bits with PAE or PSE-36, else 32. */
		cpu->maxphyaddr = (r[3] & ((1u << 6) | (1u << 17))) ? 36 : 32;
	}
	if (cpuid(cpu, 0x80000000u, 0, r))
		max_ext = r[0];
	if (max_ext >= 0x80000008u && max_ext < 0x8000ffffu && cpuid(cpu, 0x80000008u, 0, r) && (r[0] & 0xff))
		cpu->maxphyaddr = r[0] & 0xff;
	return 0;
}

/* Is leaf within the CPU's basic or extended range? Beyond the maximum a
 * real CPU returns another leaf's data, so such a leaf means "feature absent". */
static enum msrkit_tristate leaf_in_range(const struct msrkit_cpu *cpu, uint32_t leaf)
{
	uint32_t r[4];
	uint32_t base = leaf & 0xffff0000u;

	if (!cpuid(cpu, base, 0, r))
		return MSRKIT_UNKNOWN;
	if (base && (r[0] & 0xffff0000u) != base)
		return MSRKIT_NO; /* extended range not implemented at all */
	return leaf <= r[0] ? MSRKIT_YES : MSRKIT_NO;
}

static uint64_t field_bits(uint64_t v, uint8_t lsb, uint8_t width)
{
	v >>= lsb;
	return width >= 64 ? v : v & ((UINT64_C(1) << width) - 1);
}

enum msrkit_tristate msrkit_cond_eval(const struct msrkit_cond *c, const struct msrkit_cpu *cpu)
{
	uint8_t width = c->width ? c->width : 1;
	uint32_t min = c->min ? c->min : 1;
	uint64_t v;

	if (!cpu)
		return MSRKIT_UNKNOWN;
	if (c->kind == MSRKIT_COND_CPUID) {
		uint32_t r[4];
		enum msrkit_tristate in = leaf_in_range(cpu, c->leaf);

		if (in != MSRKIT_YES)
			return in;
		if (!cpuid(cpu, c->leaf, c->subleaf, r))
			return MSRKIT_UNKNOWN;
		v = r[c->reg];
	} else {
		int rc;

		if (!cpu->rdmsr)
			return MSRKIT_UNKNOWN;
		rc = cpu->rdmsr(cpu->ctx, c->leaf, &v);
		if (rc == -MSRKIT_EIO)
			return MSRKIT_NO; /* the register itself faults */
		if (rc)
			return MSRKIT_UNKNOWN;
	}
	return field_bits(v, c->lsb, width) >= min ? MSRKIT_YES : MSRKIT_NO;
}

static enum msrkit_tristate conds_eval(const struct msrkit_reg *reg, const struct msrkit_cpu *cpu)
{
	enum msrkit_tristate acc = reg->cond_any ? MSRKIT_NO : MSRKIT_YES;
	size_t i;

	for (i = 0; i < reg->ncond; i++) {
		enum msrkit_tristate t = msrkit_cond_eval(&reg->cond[i], cpu);

		if (reg->cond_any) {
			if (t == MSRKIT_YES)
				return MSRKIT_YES;
			if (t == MSRKIT_UNKNOWN)
				acc = MSRKIT_UNKNOWN;
		} else {
			if (t == MSRKIT_NO)
				return MSRKIT_NO;
			if (t == MSRKIT_UNKNOWN)
				acc = MSRKIT_UNKNOWN;
		}
	}
	return acc;
}

enum msrkit_tristate msrkit_reg_applies(const struct msrkit_reg *reg, const struct msrkit_cpu *cpu)
{
	enum msrkit_tristate result = MSRKIT_YES;
	size_t i;

	if (reg->vendors != MSRKIT_VENDOR_ANY) {
		if (!cpu || !cpu->vendor)
			result = MSRKIT_UNKNOWN;
		else if (!(reg->vendors & cpu->vendor))
			return MSRKIT_NO;
	}
	if (reg->nmodels) {
		if (!cpu || !cpu->family) {
			result = MSRKIT_UNKNOWN;
		} else {
			for (i = 0; i < reg->nmodels; i++)
				if (reg->models[i].family == cpu->family &&
				    (reg->models[i].model == MSRKIT_MODEL_ANY || reg->models[i].model == cpu->model))
					break;
			if (i == reg->nmodels)
				return MSRKIT_NO;
		}
	}
	if (reg->ncond) {
		enum msrkit_tristate c = conds_eval(reg, cpu);

		if (c == MSRKIT_NO)
			return MSRKIT_NO;
		if (c == MSRKIT_UNKNOWN)
			result = MSRKIT_UNKNOWN;
	}
	return result;
}

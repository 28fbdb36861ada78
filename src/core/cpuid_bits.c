/* SPDX-License-Identifier: MIT */
/* Lookups in the named CPUID bits of db_cpuid.c. */
#include "cpuid_table.h"

const struct msrkit_cpuid_bit *msrkit_cpuid_bits(size_t *count)
{
	*count = msrkit_cpuid_table_count;
	return msrkit_cpuid_table;
}

/* Does entry e describe register reg of leaf/subleaf? */
static bool same_reg(const struct msrkit_cpuid_bit *e, uint32_t leaf, uint32_t subleaf, enum msrkit_cpuid_reg reg)
{
	return e->leaf == leaf && e->reg == reg && (!e->by_subleaf || e->subleaf == subleaf);
}

const struct msrkit_cpuid_bit *msrkit_cpuid_bit_find(uint32_t leaf, uint32_t subleaf, enum msrkit_cpuid_reg reg,
						     unsigned bit, uint32_t vendor)
{
	size_t i;

	for (i = 0; i < msrkit_cpuid_table_count; i++) {
		const struct msrkit_cpuid_bit *e = &msrkit_cpuid_table[i];
		unsigned width = e->width ? e->width : 1u;

		if (!same_reg(e, leaf, subleaf, reg) || bit < e->lsb || bit >= e->lsb + width)
			continue;
		if (vendor && e->vendors != MSRKIT_VENDOR_ANY && !(e->vendors & vendor))
			continue;
		return e;
	}
	return NULL;
}

bool msrkit_cpuid_reg_known(uint32_t leaf, uint32_t subleaf, enum msrkit_cpuid_reg reg)
{
	size_t i;

	for (i = 0; i < msrkit_cpuid_table_count; i++)
		if (same_reg(&msrkit_cpuid_table[i], leaf, subleaf, reg))
			return true;
	return false;
}

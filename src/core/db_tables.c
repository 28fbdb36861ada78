/* SPDX-License-Identifier: MIT */
/* Every register table of the database. Order matters only for definitions
 * sharing an address (vendor- or model-specific variants): the first wins
 * when no CPU identity is given. */
#include "tables.h"
#include <msrkit/lookup.h>

static const struct msrkit_reg_table *const all_tables[] = {
	&msrkit_table_arch,
	&msrkit_table_mtrr_pat,
	&msrkit_table_vmx,
	&msrkit_table_spec_ctrl,
	&msrkit_table_x2apic,
	&msrkit_table_arch_ext,
	&msrkit_table_pmu,
	&msrkit_table_debug,
	&msrkit_table_mca,
	&msrkit_table_amd,
	&msrkit_table_centaur,
	&msrkit_table_thermal_power,
	&msrkit_table_intel_model,
	&msrkit_table_intel_misc,
	&msrkit_table_transmeta,
};

const struct msrkit_reg_table *const *msrkit_db_tables(size_t *count)
{
	*count = sizeof(all_tables) / sizeof(all_tables[0]);
	return all_tables;
}

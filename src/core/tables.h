/* SPDX-License-Identifier: MIT */
/* The register tables, one per data file; db_tables.c lists them. */
#ifndef MSRKIT_CORE_TABLES_H
#define MSRKIT_CORE_TABLES_H

#include <msrkit/db.h>

extern const struct msrkit_reg_table msrkit_table_arch;
extern const struct msrkit_reg_table msrkit_table_mtrr_pat;
extern const struct msrkit_reg_table msrkit_table_vmx;
extern const struct msrkit_reg_table msrkit_table_spec_ctrl;
extern const struct msrkit_reg_table msrkit_table_x2apic;
extern const struct msrkit_reg_table msrkit_table_arch_ext;
extern const struct msrkit_reg_table msrkit_table_pmu;
extern const struct msrkit_reg_table msrkit_table_debug;
extern const struct msrkit_reg_table msrkit_table_mca;
extern const struct msrkit_reg_table msrkit_table_amd;
extern const struct msrkit_reg_table msrkit_table_centaur;
extern const struct msrkit_reg_table msrkit_table_thermal_power;
extern const struct msrkit_reg_table msrkit_table_intel_model;
extern const struct msrkit_reg_table msrkit_table_intel_misc;
extern const struct msrkit_reg_table msrkit_table_transmeta;

#endif

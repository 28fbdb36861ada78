/* SPDX-License-Identifier: MIT */
/* The named CPUID bits of db_cpuid.c, for the lookups of cpuid_bits.c. */
#ifndef MSRKIT_CORE_CPUID_TABLE_H
#define MSRKIT_CORE_CPUID_TABLE_H

#include <msrkit/cpuid_bits.h>

extern const struct msrkit_cpuid_bit msrkit_cpuid_table[];
extern const size_t msrkit_cpuid_table_count;

#endif

/* SPDX-License-Identifier: MIT */
/*
 * The CPUID part of diff: which CPUID output registers differ between the
 * CPUs diff pairs, with every changed feature bit or field by name, and the
 * leaves captured on one side only. Identical differences on several CPUs
 * are reported once. Per-CPU identity fields (APIC IDs, node IDs) are left
 * out when CPUs of different numbers are compared, unless all is set.
 */
#ifndef MSRKIT_CLI_CPUID_DIFF_H
#define MSRKIT_CLI_CPUID_DIFF_H

#include <stdbool.h>
#include <stddef.h>

#include <json-c/json.h>

#include <msrkit/snapshot.h>

struct cpuid_diff;

/* What the report found, for diff's summary and exit code. */
struct cpuid_diff_counts {
	size_t regs;    /* output registers (leaf, subleaf, register) with differences */
	size_t only[2]; /* leaves (leaf, subleaf) captured only in A, only in B */
	size_t hidden;  /* registers that differ only in per-CPU identity fields */
	bool printed;   /* text: the report printed something */
};

/* A new, empty comparison; all: also per-CPU identity fields. NULL when out of memory. */
struct cpuid_diff *cpuid_diff_new(bool all);

/* Frees cd; NULL is accepted. */
void cpuid_diff_free(struct cpuid_diff *cd);

/*
 * Compares the CPUID leaves of CPU ca of a with those of CPU cb of b (both
 * finalized) and records the differences under CPU label; when only one of
 * the two CPUs has CPUID leaves, notes the pair as not compared instead.
 * Returns false when out of memory.
 */
bool cpuid_diff_pair(struct cpuid_diff *cd, const struct msrkit_snapshot *a, unsigned ca,
		     const struct msrkit_snapshot *b, unsigned cb, unsigned label);

/*
 * Reports every recorded difference: as text on stdout (a "CPUID
 * differences:" section, then the leaves of one side only, then the CPUs
 * not compared; preceded by a blank line when after_output), or, with
 * jroot, as its "cpuid" array, "hidden_cpuid_per_cpu" count and, when
 * there are any, "cpuid_not_captured_in_a"/"_b" CPU lists. Fills *counts.
 * Returns false when out of memory.
 */
bool cpuid_diff_report(struct cpuid_diff *cd, json_object *jroot, bool after_output, struct cpuid_diff_counts *counts);

/* Prints the summary sentences of *counts (each with a leading space; nothing when all are 0). */
void cpuid_diff_summary(const struct cpuid_diff_counts *counts);

#endif

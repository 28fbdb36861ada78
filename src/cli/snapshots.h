/* SPDX-License-Identifier: MIT */
/* Snapshots for the commands that compare machines and CPUs: loading a file,
 * capturing this machine, per-CPU identities, CPU list labels. */
#ifndef MSRKIT_CLI_SNAPSHOTS_H
#define MSRKIT_CLI_SNAPSHOTS_H

#include <stdbool.h>
#include <stddef.h>

#include <msrkit/capture.h>
#include <msrkit/snapshot.h>

#include "source.h"

/* Loads a snapshot file; prints "file:line: reason" and returns EXIT_USAGE
 * (EXIT_INTERNAL when out of memory) on failure. */
int snap_load(const char *path, struct msrkit_snapshot **out);

/*
 * Captures the selected CPUs of the live source src into a new snapshot with
 * this machine's metadata (time, host, kernel, tool, backend). Prints
 * warnings (CPUID unavailable, unrecordable errors) and failures; returns 0
 * or an exit code. stats may be NULL.
 */
int snap_capture(struct source *src, const struct msrkit_capture_opts *co, struct msrkit_snapshot **out,
		 struct msrkit_capture_stats *stats);

/* The CPUs of s that have at least one MSR entry. */
void snap_msr_cpus(const struct msrkit_snapshot *s, struct msrkit_cpuset *out);

/* Formats "CPU 3" or "CPU 0-7,9" into buf for a set. */
void cpus_label(char *buf, size_t len, const struct msrkit_cpuset *set);

/* The definition to decode address with on cpu: the best one whose
 * applicability is not NO, else NULL. */
const struct msrkit_reg *snap_definition(uint32_t address, const struct msrkit_cpu *cpu, struct msrkit_reg_ref *ref);

#endif

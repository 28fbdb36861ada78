/* SPDX-License-Identifier: MIT */
/*
 * Register bits whose differences are expected and say nothing about a
 * machine's configuration: per-CPU identities (the bootstrap-processor flag,
 * APIC IDs, TSC_AUX) and what the running OS sets (system-call entry points
 * and per-CPU pointers chosen at boot, local APIC timer programming), which
 * differ between CPUs or between boots. audit and diff leave them out unless
 * --all.
 */
#ifndef MSRKIT_CLI_VARYING_H
#define MSRKIT_CLI_VARYING_H

#include <stdint.h>

#include <msrkit/msrkit.h>

/* Why bits vary. */
#define VARY_PER_CPU  (1u << 0) /* each logical CPU (or package) has its own value */
#define VARY_PER_BOOT (1u << 1) /* the running OS sets it (kernel addresses, timers): changes from boot to boot */

/*
 * The bits of register address (definition reg, may be NULL; cpu for
 * MAXPHYADDR-wide fields, may be NULL) that vary for one of the reasons in
 * kinds; 0 when none. *why (may be NULL) gets the reason of the first entry
 * that matched, for messages.
 */
uint64_t varying_mask(uint32_t address, const struct msrkit_reg *reg, const struct msrkit_cpu *cpu, unsigned kinds,
		      const char **why);

#endif

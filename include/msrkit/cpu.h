/* SPDX-License-Identifier: MIT */
/*
 * The identity of one logical CPU, as the core needs it: vendor, family,
 * model, MAXPHYADDR, and optional CPUID and RDMSR callbacks. The callbacks let
 * the same core code run on a live CPU, a snapshot or a test table.
 * Freestanding.
 */
#ifndef MSRKIT_CPU_H
#define MSRKIT_CPU_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "db.h"

struct msrkit_cpu {
	uint32_t vendor;     /* one MSRKIT_VENDOR_* bit; 0 = unknown */
	uint32_t family;     /* display family (base + extended), 0 = unknown */
	uint32_t model;      /* display model (extended << 4 | base) */
	uint32_t stepping;
	uint32_t maxphyaddr; /* physical address bits; 0 = unknown */
	/* CPUID of this CPU. Returns true and fills out[EAX..EDX] when the
	 * leaf/subleaf is known; false when it is not (not captured, beyond the
	 * maximum leaf). NULL = no CPUID information. */
	bool (*cpuid)(const void *ctx, uint32_t leaf, uint32_t subleaf, uint32_t out[4]);
	/* RDMSR on this CPU. Returns 0 and fills *val, or a negative value when
	 * the register cannot be read: -MSRKIT_EIO (Linux's EIO) when the read
	 * faulted, i.e. the register is not implemented; anything else when the
	 * value is unknown (not captured, no access). NULL = no MSR information. */
	int (*rdmsr)(const void *ctx, uint32_t address, uint64_t *val);
	const void *ctx;
};

/* The errno value Linux's msr driver returns when RDMSR raised #GP (EIO). */
#define MSRKIT_EIO 5

/* Three-valued answers: applicability can be unknown without CPU data. */
enum msrkit_tristate {
	MSRKIT_NO = 0,
	MSRKIT_YES = 1,
	MSRKIT_UNKNOWN = -1,
};

/*
 * Fills vendor, family, model, stepping and maxphyaddr of *cpu from its cpuid
 * callback (leaves 0, 1 and 0x80000008). Fields it cannot determine are left
 * as they were. Returns 0, or -1 when cpu->cpuid is NULL or leaf 0 is unknown.
 */
int msrkit_cpu_identify(struct msrkit_cpu *cpu);

/* Maps a 12-character CPUID vendor string to an MSRKIT_VENDOR_* bit (0 if unknown). */
uint32_t msrkit_vendor_from_string(const char vendor[12]);

/* The vendor's usual name ("Intel", "AMD", ...), or "unknown". */
const char *msrkit_vendor_name(uint32_t vendor);

/*
 * Does the register exist on this CPU? Evaluates vendor, family/model list
 * and the CPUID/MSR conditions of reg. cpu may be NULL (then MSRKIT_UNKNOWN
 * unless the register has no restriction at all, then MSRKIT_YES).
 */
enum msrkit_tristate msrkit_reg_applies(const struct msrkit_reg *reg, const struct msrkit_cpu *cpu);

/* Evaluates one condition; MSRKIT_UNKNOWN when the data is missing. */
enum msrkit_tristate msrkit_cond_eval(const struct msrkit_cond *cond, const struct msrkit_cpu *cpu);

#endif /* MSRKIT_CPU_H */

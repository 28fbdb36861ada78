/* SPDX-License-Identifier: MIT */
/*
 * Hosted access layer: where register values come from. A backend answers
 * RDMSR/WRMSR/CPUID for logical CPUs: the Linux msr driver, msr-safe, a
 * snapshot file, or an in-memory table for tests. Every function returns 0 or
 * a negative errno and never prints or exits; errno values keep the driver's
 * meaning (EIO: the CPU raised #GP, the MSR is not implemented or the value was
 * refused; ENXIO: no such CPU or CPU offline; EPERM/EACCES: no CAP_SYS_RAWIO,
 * lockdown, or writes disabled; ENOENT: the register is not in a snapshot;
 * ENODATA: CPUID leaf not captured).
 */
#ifndef MSRKIT_ACCESS_H
#define MSRKIT_ACCESS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "cpu.h"

/* A set of logical CPU numbers (0 .. MSRKIT_CPUSET_MAX-1). */
#define MSRKIT_CPUSET_MAX 8192
struct msrkit_cpuset {
	uint64_t bits[MSRKIT_CPUSET_MAX / 64];
};

void msrkit_cpuset_clear(struct msrkit_cpuset *s);
void msrkit_cpuset_add(struct msrkit_cpuset *s, unsigned cpu);
bool msrkit_cpuset_has(const struct msrkit_cpuset *s, unsigned cpu);
unsigned msrkit_cpuset_count(const struct msrkit_cpuset *s);
/* Next CPU >= from in the set, or -1. Iterates in numeric order. */
int msrkit_cpuset_next(const struct msrkit_cpuset *s, unsigned from);
/*
 * Parses a Linux CPU list ("0-3,8,10-11", as in /sys/devices/system/cpu/online;
 * a trailing newline is accepted). Returns 0 or -EINVAL (syntax, reversed
 * range) or -ERANGE (CPU >= MSRKIT_CPUSET_MAX); *bad_pos (may be NULL) gets
 * the offset of the first bad character.
 */
int msrkit_cpuset_parse(const char *text, struct msrkit_cpuset *out, size_t *bad_pos);
/* Formats as a compact list ("0-3,8"); snprintf semantics. */
size_t msrkit_cpuset_format(const struct msrkit_cpuset *s, char *buf, size_t len);

/* One operation of a batch: many registers on many CPUs in one call. */
struct msrkit_op {
	unsigned cpu;
	uint32_t address;
	uint64_t value; /* read: out; write: in */
	int err;        /* out: 0 or negative errno for this operation alone */
};

struct msrkit_backend;

struct msrkit_backend_ops {
	const char *name; /* "msr", "msr-safe", "snapshot", "memory" */
	int (*read)(struct msrkit_backend *b, unsigned cpu, uint32_t address, uint64_t *value);
	int (*write)(struct msrkit_backend *b, unsigned cpu, uint32_t address, uint64_t value);
	/* Many reads (write = false) or writes at once; fills ops[i].err. Returns
	 * 0 when the batch ran (individual errors in ops), negative errno when it
	 * could not run at all. NULL: the generic loop over read/write is used. */
	int (*batch)(struct msrkit_backend *b, struct msrkit_op *ops, size_t n, bool write);
	/* CPUID leaf/subleaf on cpu into out[EAX, EBX, ECX, EDX]. */
	int (*cpuid)(struct msrkit_backend *b, unsigned cpu, uint32_t leaf, uint32_t subleaf, uint32_t out[4]);
	/* The CPUs this backend can address. */
	int (*cpus)(struct msrkit_backend *b, struct msrkit_cpuset *out);
	void (*close)(struct msrkit_backend *b);
};

struct msrkit_backend {
	const struct msrkit_backend_ops *ops;
	void *priv;
};

#endif /* MSRKIT_ACCESS_H */
